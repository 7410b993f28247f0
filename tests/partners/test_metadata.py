"""Head metadata: a description of each page (not the site-wide sentence), canonical and
og:url on the public host, OpenGraph and Twitter cards, and schema.org JSON-LD with the
fields each type must have."""

import json
import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db

SITE_SENTENCE = "Local initiatives, municipalities and their services in Kyrgyzstan"


def head(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return unescape(match.group(1)) if match else None


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.mark.parametrize(
    ("path", "description"),
    [
        (
            "/en/municipalities/bosteri/kindergarten/",
            "The village repaired the roof and heating of its kindergarten.",
        ),
        ("/ru/municipalities/kurshab/light/", "Поставили 3 км освещения."),
        ("/en/municipalities/bosteri/hearing/", "A hearing was held."),
        ("/ky/municipalities/bosteri/services/water/", "Ичүүчү суу менен камсыз кылуу."),
        ("/en/municipalities/kurshab/", "Kurshab aiyl aimak, Uzgen District, Osh Region"),
    ],
)
def test_each_page_has_its_own_description(client, world, path, description):
    html = head(client, path)
    assert meta(html, "name", "description") == description
    assert meta(html, "property", "og:description") == description
    assert meta(html, "name", "twitter:description") == description
    assert meta(html, "name", "twitter:card") in {"summary", "summary_large_image"}


def test_pages_without_text_keep_the_site_sentence(client, world):
    assert meta(head(client, "/en/stories/"), "name", "description") == SITE_SENTENCE


def test_canonical_and_og_url_use_the_public_host(client, world, settings):
    settings.ASHAR_PUBLIC_BASE_URL = "https://ashar.example.org"
    html = head(client, "/en/municipalities/bosteri/kindergarten/")
    url = "https://ashar.example.org/en/municipalities/bosteri/kindergarten/"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "property", "og:url") == url
    assert 'hreflang="ru" href="https://ashar.example.org/ru/municipalities/' in html


def test_a_story_is_an_article(client, world):
    data = json_ld(head(client, "/en/municipalities/bosteri/kindergarten/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Bosteri rebuilds its kindergarten"
    assert data["url"] == "http://testserver/en/municipalities/bosteri/kindergarten/"
    assert data["inLanguage"] == "en"
    assert data["datePublished"].startswith("2025-06-01")
    assert data["dateModified"]
    assert data["publisher"]["@type"] == "Organization"
    assert data["author"]["name"]
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["about"] == [{"@type": "Thing", "name": "Drinking water"}]
    place = data["contentLocation"]
    assert place["@type"] == "AdministrativeArea"
    assert place["name"] == "Bosteri aiyl aimak"
    assert place["identifier"]["value"] == "41707215"
    assert place["containedInPlace"]["name"] == "Tong District"
    assert place["containedInPlace"]["containedInPlace"]["name"] == "Issyk-Kul Region"


def test_a_news_item_is_a_news_article(client, world):
    data = json_ld(head(client, "/ky/municipalities/bosteri/hearing/"))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Бостериде коомдук угуу"
    assert data["datePublished"] == "2025-05-01"
    assert data["publisher"]["name"]


def test_a_service_is_a_government_service(client, world):
    data = json_ld(head(client, "/en/municipalities/bosteri/services/water/"))
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Drinking water"
    assert data["serviceType"] == "Ичүүчү суу менен камсыз кылуу"
    assert data["identifier"] == "2.1"
    assert data["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "Bosteri aiyl aimak",
        "url": "http://testserver/en/municipalities/bosteri/",
    }
    assert data["areaServed"]["@type"] == "AdministrativeArea"
    assert data["offers"] == {
        "@type": "Offer",
        "priceCurrency": "KGS",
        "price": "50.00",
        "description": "айына бир үй-бүлөгө",
    }


def test_a_municipality_is_an_administrative_area(client, world):
    data = json_ld(head(client, "/ru/municipalities/bosteri/"))
    assert data["@type"] == "AdministrativeArea"
    assert data["name"] == "Бостери"
    assert data["alternateName"] == "Бостеринский айылный аймак"
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "СОАТЕ",
        "value": "41707215",
    }
    assert data["url"] == "http://testserver/ru/municipalities/bosteri/"


def test_the_home_page_has_no_json_ld(client, world):
    assert "application/ld+json" not in head(client, "/en/")


@pytest.mark.parametrize("path", ["/en/stories/", "/en/news/"])
def test_listing_pages_describe_only_their_downloads(client, world, path):
    """A listing is not an article: its only JSON-LD is the Dataset of its downloads
    (tests/partners/test_exports.py checks the Dataset itself)."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head(client, path))
    assert [json.loads(block)["@type"] for block in blocks] == ["Dataset"]


def test_json_ld_cannot_break_out_of_its_script(client, world):
    world.story.title = "</script><script>alert(1)</script> & co"
    world.story.save()
    html = head(client, "/ky/municipalities/bosteri/kindergarten/")
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script> & co"
