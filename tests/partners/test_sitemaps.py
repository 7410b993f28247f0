"""sitemap.xml lists every live page in every language with hreflang alternates and an
x-default; robots.txt points to it and keeps filtered listings out."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == f"{SM}urlset"
    entries = {}
    for url in root.findall(f"{SM}url"):
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        assert all(link.get("rel") == "alternate" for link in url.findall(f"{XHTML}link"))
        entries[url.findtext(f"{SM}loc")] = (url.findtext(f"{SM}lastmod"), alternates)
    return entries


def test_sitemap_lists_pages_in_every_language_with_alternates(client, world):
    entries = sitemap(client)
    story = "http://testserver/{}/municipalities/bosteri/kindergarten/"
    for language in ("ky", "ru", "en"):
        assert story.format(language) in entries
        lastmod, alternates = entries[story.format(language)]
        assert lastmod
        assert alternates == {
            "ky": story.format("ky"),
            "ru": story.format("ru"),
            "en": story.format("en"),
            "x-default": story.format("ky"),
        }
    assert "http://testserver/en/" in entries
    assert "http://testserver/ru/municipalities/bosteri/services/water/" in entries


def test_sitemap_leaves_out_unpublished_pages_even_once_cached(client, world):
    assert "http://testserver/en/municipalities/bosteri/kindergarten/" in sitemap(client)
    world.story.get_translation(world.locales["en"]).unpublish()
    entries = sitemap(client)
    assert "http://testserver/en/municipalities/bosteri/kindergarten/" not in entries
    _lastmod, alternates = entries["http://testserver/ky/municipalities/bosteri/kindergarten/"]
    assert set(alternates) == {"ky", "ru", "x-default"}


def test_sitemap_uses_the_public_host(client, world, settings):
    settings.ASHAR_PUBLIC_BASE_URL = "https://ashar.example.org"
    entries = sitemap(client)
    assert all(url.startswith("https://ashar.example.org/") for url in entries)


def test_robots_points_to_the_sitemap_and_keeps_filtered_listings_out(client, world):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /*?" in lines
    assert "Disallow: /admin/" in lines


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_sitemap_and_robots_refuse_writes(client, world, path):
    assert client.post(path).status_code == 405
