"""Story page models: tree rules, validation, the folded search text and the cache of
story records following publication."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from home.models import HomePage
from municipalities.models import MunicipalityPage
from stories import cache as story_cache
from stories.models import StoryIndexPage, StoryPage, StorySearchDocument
from stories.selectors import story_facts
from tests import factories as f


def test_story_index_lives_under_the_home_page_and_has_no_children():
    assert StoryIndexPage.allowed_parent_page_models() == [HomePage]
    assert StoryIndexPage.allowed_subpage_models() == []
    assert StoryIndexPage.max_count_per_parent == 1


def test_story_lives_under_a_municipality_and_has_no_children():
    assert StoryPage.allowed_parent_page_models() == [MunicipalityPage]
    assert StoryPage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_story_can_be_created_under_a_municipality_only(site_tree, municipality):
    assert StoryPage.can_create_at(municipality)
    assert not StoryPage.can_create_at(site_tree.home)
    assert not StoryPage.can_create_at(site_tree.stories)


def make_story(**values):
    defaults = {"title": "Окуя", "summary": "Кыскача.", "total_kgs": 1000, "grant_kgs": 600}
    return StoryPage(**{**defaults, **values})


@pytest.mark.django_db  # a page's constructor reads its content type
def test_clean_rejects_money_parts_above_the_total():
    story = make_story(total_kgs=1000, grant_kgs=600, municipal_kgs=300, community_labour_kgs=200)
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "total_kgs" in error.value.message_dict
    assert "1 100" in error.value.message_dict["total_kgs"][0]


@pytest.mark.django_db  # a page's constructor reads its content type
def test_clean_accepts_parts_equal_to_the_total():
    make_story(total_kgs=1000, grant_kgs=600, municipal_kgs=300, community_cash_kgs=100).clean()


@pytest.mark.django_db  # a page's constructor reads its content type
def test_clean_rejects_more_women_than_participants():
    story = make_story(gathering_participants=40, gathering_women=41)
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "gathering_women" in error.value.message_dict


@pytest.mark.django_db  # a page's constructor reads its content type
def test_clean_rejects_more_voters_than_participants():
    story = make_story(gathering_participants=40, gathering_voters=45)
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "gathering_voters" in error.value.message_dict


@pytest.mark.django_db  # a page's constructor reads its content type
def test_community_contribution_is_the_sum_of_its_parts_or_none():
    assert make_story().community_kgs is None
    assert make_story(community_cash_kgs=5, community_labour_kgs=7).community_kgs == 12


@pytest.mark.django_db
def test_search_text_is_folded_stemmed_and_holds_the_place_names(story):
    # The story's search document, written by `update_index` when the world was built.
    text = StorySearchDocument.objects.get(page_id=story.pk).text.split()
    # Title "Бостериде бала бакча оңдолду": ң folded to н, and the stem kept beside it.
    assert "ондолду" in text
    assert "бостериде" in text
    # The district and region of the municipality, folded: "Тоң району", "Ысык-Көл облусу".
    assert {"тон", "ысык", "кол", "облусу"} <= set(text)
    assert "тоң" not in text


@pytest.mark.django_db
def test_story_records_are_rebuilt_after_a_story_is_published_or_unpublished(story):
    assert [fact.id for fact in story_facts(locale="ky").stories] == [story.pk]
    version = story_cache.facts_version()

    second = f.StoryPageFactory(parent=story.get_parent(), live=False, title="Экинчи окуя")
    second.save_revision().publish()
    assert story_cache.facts_version() != version
    assert {fact.id for fact in story_facts(locale="ky").stories} == {story.pk, second.pk}

    second.refresh_from_db()
    second.unpublish()
    assert [fact.id for fact in story_facts(locale="ky").stories] == [story.pk]


@pytest.mark.django_db
def test_story_records_follow_a_renamed_region(story, reference):
    assert story_facts(locale="ky").municipalities["bosteri"].region_name == "Ысык-Көл облусу"
    reference.region.name = "Ысык-Көл"
    reference.region.save()
    assert story_facts(locale="ky").municipalities["bosteri"].region_name == "Ысык-Көл"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "impact", "valid"),
    [
        ("approved", "created", True),
        ("approved", "changed", True),
        ("rejected", "created", False),
        ("proposed", "created", False),
        ("withdrawn", "created", False),
        ("rejected", "changed", True),
    ],
)
def test_a_story_may_say_it_created_a_service_only_if_the_service_was_approved(
    story, municipality, status, impact, valid
):
    from stories.models import StoryServiceLink

    register = f.ServiceRegisterPageFactory(parent=municipality)
    service = f.ServicePageFactory(
        parent=register,
        status=status,
        status_reason="Бюджет жок." if status == "rejected" else "",
        decision_date=datetime.date(2021, 3, 1) if status == "approved" else None,
    )
    link = StoryServiceLink(page=story, service=service, impact=impact)
    if valid:
        link.full_clean()
    else:
        with pytest.raises(ValidationError) as raised:
            link.full_clean()
        assert "impact" in raised.value.message_dict
