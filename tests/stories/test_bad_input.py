"""Whatever a reader or a robot puts in the story index's URL, the answer is a page, never
a server error.

Choice documented here: an unknown filter value (a region, topic … slug that does not
exist, or a year that is not a year) is ignored and the page says so in a visible note
("Unknown filter ignored"); it is not a 404, because the rest of the request is still
meaningful and old shared links keep working after a slug changes.
"""

import pytest

from tests import world
from tests.stories.conftest import build_corpus, places_build

# Search and odd queries behave per database: CI runs this module on SQLite too.
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

NOTE = "Unknown filter ignored"


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """13 stories: the world's story (2019, Issyk-Kul) and 12 of the corpus, indexed; built
    once for the module (every test here only reads)."""
    with world.module_corpus(django_db_blocker, indexed=True):
        yield build_corpus(places_build(), world.reference(), 12, with_images=False)


def index(client, query):
    """The Kyrgyz story index for `query`: a dict of parameters or a raw query string."""
    if isinstance(query, dict):
        response = client.get("/ky/stories/", query)
    else:
        response = client.get(f"/ky/stories/?{query}")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("page", ["abc", "", "1.5", "-5", "0", "٣", "1e3", "²"])
def test_a_page_that_is_not_a_positive_number_gives_the_first_page(client, corpus, page):
    response = index(client, {"page": page})
    assert response.context["page_obj"].number == 1


@pytest.mark.parametrize("page", ["2", "99999", "9" * 40])
def test_a_page_past_the_end_gives_the_last_page(client, corpus, page):
    response = index(client, {"page": page})
    assert response.context["page_obj"].number == 2
    assert len(response.context["stories"]) == 1


@pytest.mark.parametrize(
    "query",
    [
        "region=atlantis",
        "topic=nothing",
        "district=nowhere",
        "municipality=x",
        "programme=zzz",
        "group=%D0%AB%D1%81%D1%8B%D0%BA",
        "region=" + "a" * 3000,
    ],
)
def test_an_unknown_slug_is_ignored_with_a_visible_note(client, corpus, query):
    response = index(client, query)
    assert response.context["result_count"] == 13
    assert NOTE in response.content.decode()
    assert response.context["active_chips"] == []


def test_known_filters_still_apply_next_to_an_unknown_one(client, corpus):
    response = index(client, "region=osh&region=atlantis&topic=street-lighting")
    assert [chip["name"] for chip in response.context["active_chips"]] == [
        "Ош облусу",
        "Көчөлөрдү жарыктандыруу",
    ]
    assert response.context["result_count"] == 2
    assert "Region “atlantis”" in response.content.decode()


@pytest.mark.parametrize("year", ["1e99", "-5", "abc", "20190", "1800", "2019.0", " ", "٢٠١٩"])
def test_a_year_that_is_not_a_year_is_ignored(client, corpus, year):
    response = index(client, {"year": year})
    assert response.context["result_count"] == 13
    assert response.context["state"].filters == {}


def test_a_real_year_filters(client, corpus):
    assert index(client, "year=2012").context["result_count"] == 3


def test_repeated_parameters_count_once(client, corpus):
    response = index(client, "region=osh&region=osh&year=2012&year=2012&topic=drinking-water")
    state = response.context["state"]
    assert state.filters == {"region": ["osh"], "year": ["2012"], "topic": ["drinking-water"]}
    assert len(response.context["active_chips"]) == 3


def test_slugs_are_matched_without_regard_to_case_or_spaces(client, corpus):
    assert index(client, "region=%20OSH%20").context["state"].filters == {"region": ["osh"]}


@pytest.mark.parametrize("sort", ["bogus", "", "-newest", "beneficiaries;drop"])
def test_an_unknown_sort_gives_the_default_order(client, corpus, sort):
    response = index(client, {"sort": sort})
    assert response.context["state"].sort == "newest"
    assert [story.year for story in response.context["stories"]][:3] == [2019, 2016, 2016]


def test_a_5000_character_query_is_cut_to_200(client, corpus):
    response = index(client, {"q": "суу " * 1250})
    assert len(response.context["state"].q) <= 200
    assert 'maxlength="200"' in response.content.decode()


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Окуя\x00 1", "Окуя 1"),
        ("\u200fОкуя\u200e 1\u202e", "Окуя 1"),
        ("Окуя 1 😀🔥", "Окуя 1"),
        ("Оку\u200dя", "Оку я"),
        ("\tОкуя\n\n1  ", "Окуя 1"),
    ],
)
def test_control_characters_direction_marks_and_emoji_are_removed(client, corpus, raw, cleaned):
    response = index(client, {"q": raw})
    assert response.context["state"].q == cleaned


def test_a_lone_surrogate_or_broken_utf8_in_the_query_is_removed(client, corpus):
    # %ED%A0%80 is a UTF-16 surrogate encoded as UTF-8: not valid UTF-8 at all.
    response = index(client, "q=%ED%A0%80%D0%9E%D0%BA%D1%83%D1%8F%FF")
    assert response.context["state"].q == "Окуя"


def test_a_query_of_only_punctuation_searches_nothing(client, corpus):
    response = index(client, {"q": "!!! ... ---"})
    assert response.context["result_count"] == 13


def test_a_query_of_only_emoji_shows_every_story(client, corpus):
    response = index(client, {"q": "😀"})
    assert response.context["state"].q == ""
    assert response.context["result_count"] == 13


def test_sql_and_fts_syntax_in_the_query_is_just_text(client, corpus):
    for query in ['"', "суу OR 1=1", "NEAR(a b)", "*", "a AND NOT b", "'); DROP TABLE x; --"]:
        index(client, {"q": query})
