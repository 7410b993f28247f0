"""Tree rules of the home page and the site-wide pages, and the featured-story rows."""

import pytest
from wagtail.models import Page

from home.models import HomeFeaturedStory, HomePage, ProgrammePage, StandardPage
from municipalities.models import (
    MunicipalityIndexPage,
    MunicipalityPage,
    NewsIndexPage,
    NewsPage,
)
from registry.models import RegistryIndexPage, ServicePage, ServiceRegisterPage
from stories.models import StoryIndexPage, StoryPage
from tests import factories as f


def test_home_page_sits_only_at_the_tree_root():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_home_page_holds_the_indexes_and_the_site_wide_pages():
    assert set(HomePage.allowed_subpage_models()) == {
        StoryIndexPage,
        MunicipalityIndexPage,
        NewsIndexPage,
        RegistryIndexPage,
        StandardPage,
        ProgrammePage,
    }


@pytest.mark.parametrize(
    "model",
    [StoryPage, MunicipalityPage, NewsPage, ServiceRegisterPage, ServicePage, HomePage],
)
def test_content_that_belongs_to_a_municipality_cannot_go_straight_under_the_home_page(model):
    assert model not in HomePage.allowed_subpage_models()


def test_standard_pages_nest_under_the_home_page_and_each_other_only():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert StandardPage.allowed_subpage_models() == [StandardPage]


def test_programme_page_lives_under_the_home_page_and_has_no_children():
    assert ProgrammePage.allowed_parent_page_models() == [HomePage]
    assert ProgrammePage.allowed_subpage_models() == []


def test_standard_page_can_be_created_under_another_standard_page(site_tree):
    assert StandardPage.can_create_at(site_tree.about)
    assert not ProgrammePage.can_create_at(site_tree.about)
    assert not StandardPage.can_create_at(site_tree.stories)


def test_programme_page_can_be_created_under_the_home_page_but_not_deeper(site_tree):
    assert ProgrammePage.can_create_at(site_tree.home)
    assert not ProgrammePage.can_create_at(site_tree.municipalities)


def test_a_second_home_page_cannot_be_created_under_the_first(site_tree):
    assert not HomePage.can_create_at(site_tree.home)


def test_featured_story_reads_as_its_story(story, site_tree):
    pick = HomeFeaturedStory.objects.create(page=site_tree.home, story=story, sort_order=0)

    assert str(pick) == story.title
    assert list(site_tree.home.featured_stories.all()) == [pick]


def test_deleting_a_story_removes_it_from_the_featured_list(story, site_tree):
    HomeFeaturedStory.objects.create(page=site_tree.home, story=story, sort_order=0)

    StoryPage.objects.get(pk=story.pk).delete()

    assert not HomeFeaturedStory.objects.filter(page=site_tree.home).exists()


def test_programme_page_points_at_its_programme_in_each_language(site_tree, reference):
    programme_page = f.ProgrammePageFactory(parent=site_tree.home, programme=reference.programme)

    russian = f.translate(programme_page, "ru")

    assert russian.programme.locale.language_code == "ru"
    assert russian.programme.translation_key == reference.programme.translation_key
