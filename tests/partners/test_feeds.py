"""RSS 2.0 and Atom feeds of stories and news, parsed and checked against the elements each
format requires; discovery links on the matching pages; 404 for what does not exist."""

import datetime
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/rss+xml")
    assert response["Access-Control-Allow-Origin"] == "*"
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    items = channel.findall("item")
    for item in items:
        assert item.findtext("title")
        assert item.findtext("link").startswith("http://testserver/")
        assert item.findtext("guid")
        assert item.findtext("pubDate")
    return channel, items


def atom(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    assert root.find(f"{ATOM}author/{ATOM}name").text
    assert root.find(f"{ATOM}link[@rel='self']").get("href").startswith("http://testserver/feeds/")
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
    return root, entries


def titles(items, ns=""):
    return sorted(item.findtext(f"{ns}title") for item in items)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/feeds/en/stories.rss", ["Bosteri rebuilds its kindergarten", "Light in Kurshab"]),
        ("/feeds/ru/stories.rss", ["В Бостери отремонтировали детский сад", "Свет в Куршабе"]),
        ("/feeds/en/stories/topic/street-lighting.rss", ["Light in Kurshab"]),
        ("/feeds/en/stories/region/issyk-kul.rss", ["Bosteri rebuilds its kindergarten"]),
        ("/feeds/en/stories/municipality/kurshab.rss", ["Light in Kurshab"]),
        ("/feeds/ky/news.rss", ["Бостериде коомдук угуу"]),
        ("/feeds/en/news/topic/drinking-water.rss", ["Public hearing in Bosteri"]),
        ("/feeds/en/news/region/osh.rss", []),
        ("/feeds/en/news/municipality/bosteri.rss", ["Public hearing in Bosteri"]),
    ],
)
def test_rss_feeds_are_valid_and_scoped(client, world, path, expected):
    channel, items = rss(client, path)
    assert titles(items) == expected
    assert channel.findtext("language") == path.split("/")[2]


def test_a_story_item_links_its_page_and_guid_is_its_permalink(client, world):
    _channel, items = rss(client, "/feeds/en/stories/municipality/bosteri.rss")
    (item,) = items
    assert item.findtext("link").endswith("/en/municipalities/bosteri/kindergarten/")
    assert item.findtext("guid").startswith("http://testserver/s/")
    assert item.findtext("category") == "Drinking water"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/feeds/en/stories.atom", ["Bosteri rebuilds its kindergarten", "Light in Kurshab"]),
        ("/feeds/ky/stories/topic/drinking-water.atom", ["Бостериде бала бакча оңдолду"]),
        ("/feeds/ru/news.atom", ["Публичные слушания в Бостери"]),
    ],
)
def test_atom_feeds_are_valid_and_scoped(client, world, path, expected):
    _root, entries = atom(client, path)
    assert titles(entries, ATOM) == expected


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/xx/stories.rss",
        "/feeds/de/stories.atom",
        "/feeds/en/events.rss",
        "/feeds/en/stories.json",
        "/feeds/en/stories/topic/atlantis.rss",
        "/feeds/en/stories/region/mars.atom",
        "/feeds/en/stories/municipality/nowhere.rss",
        "/feeds/en/stories/year/2020.rss",
        "/feeds/en/stories/topic/%00.rss",
        "/feeds/en/stories/topic/" + "a" * 300 + ".rss",
        "/feeds/EN/stories.rss",
    ],
)
def test_unknown_feeds_are_not_found(client, world, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/en/", "/feeds/en/stories.rss"),
        ("/en/", "/feeds/en/news.atom"),
        ("/ru/stories/", "/feeds/ru/stories.rss"),
        ("/en/stories/?topic=street-lighting", "/feeds/en/stories/topic/street-lighting.rss"),
        ("/en/stories/?region=osh", "/feeds/en/stories/region/osh.atom"),
        ("/ky/news/", "/feeds/ky/news.rss"),
        ("/en/municipalities/bosteri/", "/feeds/en/stories/municipality/bosteri.rss"),
        ("/en/municipalities/bosteri/", "/feeds/en/news/municipality/bosteri.atom"),
        ("/en/municipalities/bosteri/kindergarten/", "/feeds/en/stories/municipality/bosteri.rss"),
    ],
)
def test_pages_announce_their_matching_feeds(client, world, path, feed):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    kind = "rss" if feed.endswith(".rss") else "atom"
    assert f'type="application/{kind}+xml"' in html
    assert f'href="http://testserver{feed}"' in html
    # Every announced feed answers.
    assert client.get(feed).status_code == 200


def test_stories_come_last_published_first_in_their_own_language_only(client, world):
    from django.utils import timezone
    from wagtail.models import Page

    from stories.cache import facts_invalidate
    from tests import factories as f

    def published(page, day):
        moment = timezone.make_aware(datetime.datetime(2025, 7, day, 10, 0))
        Page.objects.filter(translation_key=page.translation_key).update(first_published_at=moment)

    def order(path):
        facts_invalidate()
        _channel, items = rss(client, path)
        return [item.findtext("title") for item in items]

    published(world.story, 1)
    published(world.kurshab_story, 2)
    assert order("/feeds/en/stories.rss") == [
        "Light in Kurshab",
        "Bosteri rebuilds its kindergarten",
    ]
    published(world.story, 3)
    assert order("/feeds/en/stories.rss") == [
        "Bosteri rebuilds its kindergarten",
        "Light in Kurshab",
    ]
    # A story not yet translated into English is listed on the English index in its own
    # language, but an English feed carries English stories only.
    bridge = f.StoryPageFactory(parent=world.kurshab, title="Жаңы көпүрө", slug="bridge")
    published(bridge, 4)
    assert order("/feeds/ky/stories/municipality/kurshab.rss") == [
        "Жаңы көпүрө",
        "Куршабдагы көчө жарыгы",
    ]
    assert order("/feeds/en/stories/municipality/kurshab.rss") == ["Light in Kurshab"]
