"""The news index is a listing (core.listing) over the news of every municipality and the
programmes' own, central news published under the news index itself."""

import datetime

import pytest

from tests import factories as f
from tests.pages import text_of, translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def central(site_tree, news_items, reference):
    """A central news item of the programmes, in Kyrgyz and English."""
    item = f.NewsPageFactory(
        parent=site_tree.news,
        title="Программа жаңы грант жарыялады",
        slug="grant-call",
        date=datetime.date(2025, 7, 1),
        summary="Жаңы грант.",
    )
    item.topics.set([reference.water])
    item.save()
    f.translate(item, "en", title="The programme opens a new grant call", summary="A grant.")
    return item


def news(client, query="", language="en"):
    response = client.get(f"/{language}/news/?{query}")
    assert response.status_code == 200
    return response


def titles(response):
    return [item.title for item in response.context["news_items"]]


def counts(response, name):
    group = next(g for g in response.context["facet_groups"] if g["name"] == name)
    return {value["value"]: value["count"] for value in group["values"]}


def test_central_news_are_listed_with_the_municipalities_news(client, central):
    response = news(client)
    assert titles(response) == [
        "The programme opens a new grant call",
        "News 2",
        "News 1",
        "News 0",
    ]
    assert counts(response, "source") == {"central": 1, "municipal": 3}
    assert counts(response, "topic") == {"drinking-water": 3, "street-lighting": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("source=central", ["The programme opens a new grant call"]),
        ("source=municipal&year=2025", ["News 2", "News 1"]),
        ("source=central&source=municipal&year=2024", ["News 0"]),
        ("region=issyk-kul", ["News 2", "News 1", "News 0"]),
        ("municipality=bosteri&topic=drinking-water", ["News 2", "News 0"]),
        ("topic=drinking-water&year=2025", ["The programme opens a new grant call", "News 2"]),
        ("topic=street-lighting&topic=drinking-water&year=2024", ["News 0"]),
        ("sort=oldest&year=2025", ["News 1", "News 2", "The programme opens a new grant call"]),
    ],
)
def test_the_filters_of_every_listing(client, central, query, expected):
    assert titles(news(client, query)) == expected


def test_counts_are_disjunctive(client, central):
    response = news(client, "source=central&topic=drinking-water")
    assert counts(response, "source") == {"central": 1, "municipal": 2}
    assert counts(response, "topic") == {"drinking-water": 1}
    assert counts(response, "year") == {"2025": 1}


def test_a_central_news_page_belongs_to_no_municipality(client, central):
    item = translation(central, "en")
    response = client.get(item.url)
    assert response.status_code == 200
    assert response.context["municipality"] is None
    assert "The programme opens a new grant call" in text_of(response)


@pytest.mark.parametrize(
    "query",
    ["source=nobody", "municipality=nowhere", "region=%00", "topic=" + "z" * 500, "year=1e99"],
)
def test_unknown_values_are_ignored_with_a_visible_note(client, central, query):
    response = news(client, query)
    assert "Unknown filter ignored" in response.content.decode()
    assert len(titles(response)) == 4


def test_the_search_finds_words_of_the_news(client, site_tree, municipality, search_index):
    f.NewsPageFactory(parent=site_tree.news, title="Грант", slug="grant", summary="Суу түтүгү")
    f.NewsPageFactory(parent=municipality, title="Угуу", slug="hearing", summary="Бюджет угуусу")
    assert titles(news(client, "q=түтүгү", "ky")) == ["Грант"]
    assert titles(news(client, "q=Бюджет&source=municipal", "ky")) == ["Угуу"]
    assert titles(news(client, "q=Бюджет&source=central", "ky")) == []


def test_the_download_gives_the_filtered_news(client, central, site_tree):
    page = translation(site_tree.news, "en")
    response = client.get(f"/exports/{page.pk}/news.csv?source=central")
    text = response.content.decode("utf-8-sig")
    assert "The programme opens a new grant call" in text
    assert "News 1" not in text
