"""The language switcher keeps the reader's place: filters, search, sort and page of every
listing survive a change of language."""

import html as html_lib
import re

import pytest

SWITCHER = re.compile(r'<nav class="lang-switcher".*?</nav>', re.S)


def switcher_links(response):
    """{language code: href} of the switcher's links (the current language has none)."""
    nav = SWITCHER.search(response.content.decode()).group(0)
    return {
        code: html_lib.unescape(href)
        for href, code in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', nav)
    }


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("stories/", "region=issyk-kul&topic=drinking-water&q=%D1%81%D1%83%D1%83&sort=community"),
        ("stories/", "topic=drinking-water&page=1"),
        ("news/", "region=issyk-kul&topic=drinking-water&year=2025&page=1"),
        ("services/", "compare=2.1&sort=fee"),
        ("municipalities/", "region=issyk-kul&q=%D0%B1%D0%BE%D1%81%D1%82%D0%B5%D1%80%D0%B8"),
    ],
)
def test_switcher_carries_the_query_string_of_every_listing(client, story, path, query):
    response = client.get(f"/ky/{path}?{query}")
    assert response.status_code == 200
    links = switcher_links(response)
    assert links == {"ru": f"/ru/{path}?{query}", "en": f"/en/{path}?{query}"}
    # And the link answers in the other language with the same query.
    assert client.get(links["ru"]).status_code == 200


def test_switcher_on_a_filtered_story_list_keeps_the_filtered_stories(client, story):
    response = client.get("/ky/stories/?topic=drinking-water")
    ru = client.get(switcher_links(response)["ru"]).content.decode()
    assert "В Бостери отремонтировали детский сад" in ru


def test_switcher_without_a_query_links_the_bare_translation(client, story):
    links = switcher_links(client.get("/ky/stories/"))
    assert links == {"ru": "/ru/stories/", "en": "/en/stories/"}


def test_switcher_escapes_the_query_it_carries(client, story):
    response = client.get('/ky/stories/?q="><script>alert(1)</script>')
    nav = SWITCHER.search(response.content.decode()).group(0)
    assert "<script>" not in nav
    assert switcher_links(response)["en"].startswith("/en/stories/?q=")
