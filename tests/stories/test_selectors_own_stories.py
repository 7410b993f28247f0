"""Story selectors with stories of a test's own: the world's story found from another
script, pagination, related stories. (The tests in test_selectors.py share one catalogue
for their module, which would be in the way here.)"""

import pytest

from tests.stories.conftest import build_corpus, story_in
from tests.stories.test_selectors import titles

# Search and odd queries behave per database: CI runs this module on SQLite too.
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def test_english_place_search_finds_a_story_named_in_another_script(client, story):
    response = client.get("/en/stories/", {"q": "Бостери"})
    assert titles(response) == ["Bosteri rebuilds its kindergarten"]
    response = client.get("/ru/stories/", {"q": "Bosteri"})
    assert titles(response) == ["В Бостери отремонтировали детский сад"]


def test_pagination_shows_twelve_stories_a_page(client, places, reference, without_world_story):
    build_corpus(places, reference, 30, with_images=False)
    first = client.get("/ky/stories/")
    assert len(first.context["stories"]) == 12
    assert first.context["page_obj"].paginator.num_pages == 3
    assert list(first.context["page_range"]) == [1, 2, 3]
    last = client.get("/ky/stories/?page=3")
    assert len(last.context["stories"]) == 6
    shown = {
        story.pk
        for page in (1, 2, 3)
        for story in client.get(f"/ky/stories/?page={page}").context["stories"]
    }
    assert len(shown) == 30


def test_related_stories_share_topic_and_region_first_then_municipality(
    client, places, reference, without_world_story
):
    page = story_in(places.bosteri, title="Негизги", topics=[reference.water], year=2020)
    same_municipality = story_in(
        places.bosteri, title="Ошол айыл", topics=[reference.light], year=2022
    )
    same_topic_region = story_in(
        places.bosteri, title="Ошол тема", topics=[reference.water], year=2018
    )
    story_in(places.kurshab, title="Башка облус", topics=[reference.water], year=2023)
    response = client.get(page.url)
    assert [story.pk for story in response.context["related_stories"]] == [
        same_topic_region.pk,
        same_municipality.pk,
    ]
