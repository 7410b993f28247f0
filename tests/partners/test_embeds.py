"""Embeddable cards and the oEmbed provider: shape of the answer (JSON and XML), the card's
size, attribution and licence, framing allowed on /embed/ only, and every parameter
fuzzed: other sites, unknown URLs and languages, bad sizes."""

import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

STORY_URL = "http://testserver/en/municipalities/bosteri/kindergarten/"


def oembed(client, url, **params):
    query = "&".join(f"{key}={value}" for key, value in {"url": quote(url), **params}.items())
    return client.get(f"/oembed/?{query}")


@pytest.fixture
def photo(world):
    """A noisy 1600×1000 photo on the Bosteri story: the worst case for the card's size."""
    import random

    rng = random.Random(8)
    image = PILImage.new("RGB", (1600, 1000))
    image.putdata(
        [(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(1600 * 1000)]
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    photo = get_image_model().objects.create(
        title="Noise", file=ImageFile(buffer, name="noise.jpg")
    )
    for page in world.story.get_translations(inclusive=True):
        page.specific.image = photo
        page.specific.save()
    return photo


def test_oembed_json_describes_a_story_card(client, world):
    response = oembed(client, STORY_URL)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == "Bosteri rebuilds its kindergarten"
    assert data["provider_name"] == "Ashar"
    assert data["provider_url"] == "http://testserver/"
    assert data["author_name"] == "Bosteri"
    assert data["author_url"] == "http://testserver/en/municipalities/bosteri/"
    assert data["width"] == 480 and data["height"] > 0
    assert data["license"] == "CC BY 4.0"
    src = f"http://testserver/embed/story/{world.story.get_translation(world.locales['en']).pk}/?lang=en"
    assert f'<iframe src="{src}"' in data["html"]


def test_oembed_xml_has_the_same_fields(client, world):
    response = oembed(client, STORY_URL, format="xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == "oembed"
    assert root.findtext("version") == "1.0"
    assert root.findtext("type") == "rich"
    assert "<iframe" in root.findtext("html")


def test_oembed_takes_the_short_link_municipalities_and_services(client, world):
    data = oembed(client, f"http://testserver/s/{world.story.pk}/").json()
    assert data["title"] == "Бостериде бала бакча оңдолду"
    data = oembed(client, "http://testserver/ru/municipalities/bosteri/").json()
    assert data["title"] == "Бостери"
    assert "/embed/municipality/" in data["html"]
    data = oembed(client, "http://testserver/en/municipalities/bosteri/services/water/").json()
    assert "/embed/service/" in data["html"]


def test_oembed_respects_maxwidth(client, world):
    assert oembed(client, STORY_URL, maxwidth="320").json()["width"] == 320
    assert oembed(client, STORY_URL, maxwidth="5000").json()["width"] == 480


@pytest.mark.parametrize(
    ("url", "params", "status"),
    [
        ("https://example.com/en/municipalities/bosteri/kindergarten/", {}, 404),
        ("http://evil.testserver.example/en/", {}, 404),
        ("http://testserver/en/nowhere/", {}, 404),
        ("http://testserver/en/stories/", {}, 404),
        ("http://testserver/en/", {}, 404),
        ("http://testserver/s/99999999999999999999/", {}, 404),
        ("http://testserver/s/0/", {}, 404),
        ("http://testserver/xx/municipalities/bosteri/", {}, 404),
        ("javascript:alert(1)", {}, 404),
        ("", {}, 400),
        (STORY_URL, {"maxwidth": "-1"}, 400),
        (STORY_URL, {"maxwidth": "0"}, 400),
        (STORY_URL, {"maxwidth": "abc"}, 400),
        (STORY_URL, {"maxwidth": "9" * 30}, 400),
        (STORY_URL, {"maxheight": "1.5"}, 400),
        (STORY_URL, {"maxwidth": "50"}, 404),
        (STORY_URL, {"format": "yaml"}, 400),
        (STORY_URL, {"format": "json%00"}, 400),
        (STORY_URL + "\x00", {}, 400),
    ],
)
def test_oembed_refuses_what_it_cannot_embed(client, world, url, params, status):
    response = oembed(client, url, **params)
    assert response.status_code == status, response.content


def test_oembed_not_found_answers_json_with_a_message(client, world):
    response = oembed(client, "https://example.com/")
    assert response.status_code == 404
    assert response.json()["message"] == "This URL is not on this site."


def test_oembed_without_url_is_a_bad_request(client, world):
    response = client.get("/oembed/")
    assert response.status_code == 400
    assert "url" in response.json()["message"]


def test_embed_card_shows_attribution_and_licence_and_can_be_framed(client, world):
    response = client.get(f"/embed/story/{world.story.pk}/?lang=ru")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    html = response.content.decode()
    assert "В Бостери отремонтировали детский сад" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    assert "CC BY 4.0" in html
    assert 'lang="ru"' in html
    assert "Бостери" in html


def test_pages_other_than_embeds_cannot_be_framed(client, world):
    assert client.get("/en/municipalities/bosteri/kindergarten/")["X-Frame-Options"] == "DENY"


def test_embed_card_makes_no_third_party_request_and_is_small(client, world, photo):
    response = client.get(f"/embed/story/{world.story.pk}/")
    html = response.content.decode()
    assert "<script" not in html
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    fetched = [url for url in urls if 'src="' + url in html]
    assert all(url.startswith("http://testserver/") for url in fetched), fetched
    image_url = re.search(r'<img src="([^"]+)"', html).group(1)
    image = client.get(image_url.removeprefix("http://testserver"))
    image_bytes = b"".join(image.streaming_content) if image.streaming else image.content
    total = len(response.content) + len(image_bytes)
    assert total < 30 * 1024, total


@pytest.mark.parametrize(
    "path",
    [
        "/embed/story/{story}/?lang=xx",
        "/embed/story/{story}/?lang=ky%00",
        "/embed/municipality/{story}/",
        "/embed/service/{story}/",
        "/embed/page/{story}/",
        "/embed/story/99999999999999999999999/",
        "/embed/story/0/",
        "/embed/story/abc/",
    ],
)
def test_embed_refuses_unknown_things(client, world, path):
    assert client.get(path.format(story=world.story.pk)).status_code == 404


def test_pages_announce_their_oembed_endpoints(client, world):
    html = client.get("/en/municipalities/bosteri/kindergarten/").content.decode()
    assert 'type="application/json+oembed"' in html
    assert 'type="text/xml+oembed"' in html
    link = re.search(r'type="application/json\+oembed" title="[^"]*" href="([^"]+)"', html)
    href = link.group(1).replace("&amp;", "&").removeprefix("http://testserver")
    assert client.get(href).status_code == 200
