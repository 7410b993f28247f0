"""Municipalities as the places stories stand in (core.places), and the stories' cached
records following a change of a municipality."""

import pytest

from core.places import PLACE_FIELDS, place_row, place_rows
from stories import cache as story_cache
from stories.selectors import story_facts


@pytest.mark.django_db
def test_place_rows_hold_every_live_municipality_with_its_district_and_region(municipality):
    rows = [row for row in place_rows() if row["locale_id"] == municipality.locale_id]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == set(PLACE_FIELDS)
    assert row["path"] == municipality.path
    assert row["title"] == municipality.title
    assert row["official_name"] == municipality.official_name
    assert row["district__name"] == municipality.district.name
    assert row["region__slug"] == municipality.region.slug


@pytest.mark.django_db
def test_a_draft_municipality_is_a_place_by_its_path_only(municipality):
    municipality.unpublish()
    assert all(row["path"] != municipality.path for row in place_rows())
    assert place_row(municipality.path)["title"] == municipality.title


@pytest.mark.django_db
def test_story_records_follow_a_renamed_municipality(story, municipality):
    assert story_facts(locale="ky").municipalities["bosteri"].title == municipality.title
    version = story_cache.facts_version()

    municipality.title = "Бостери айылы"
    municipality.save_revision().publish()

    assert story_cache.facts_version() != version
    assert story_facts(locale="ky").municipalities["bosteri"].title == "Бостери айылы"


@pytest.mark.django_db
def test_a_story_under_a_draft_municipality_still_shows_its_place(client, story, municipality):
    municipality.unpublish()
    story.refresh_from_db()
    response = client.get(story.url)
    # The municipality is not served, but the story's place comes from its parent.
    assert response.status_code == 200
    assert response.context["place"].municipality == municipality.title
    assert response.context["place"].region_slug == municipality.region.slug
