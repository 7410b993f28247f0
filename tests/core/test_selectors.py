"""Reads every page app shares (core.selectors)."""

import pytest
from wagtail.models import PageViewRestriction

from core.selectors import index_page_for, index_pages_for, page_ancestors, private_pages_q
from municipalities.models import MunicipalityIndexPage, NewsIndexPage
from registry.models import RegistryIndexPage
from stories.models import StoryPage

pytestmark = pytest.mark.django_db


def test_ancestors_run_from_the_home_page_down_and_may_keep_only_the_live(story, site_tree):
    def pks(pages):
        return [page.pk for page in pages]

    municipality = story.get_parent()
    home, index = site_tree.home.pk, site_tree.municipalities.pk
    assert pks(page_ancestors(page=story)) == [home, index, municipality.pk]

    site_tree.municipalities.unpublish()
    assert pks(page_ancestors(page=story, live_only=True)) == [home, municipality.pk]
    assert pks(page_ancestors(page=story)) == [home, index, municipality.pk]


def test_index_pages_are_found_per_language(site_tree, locales):
    ky, en = locales["ky"].pk, locales["en"].pk
    assert index_page_for(RegistryIndexPage, locale_id=ky) == site_tree.registry
    assert index_page_for(RegistryIndexPage, locale_id=en).locale_id == en

    found = index_pages_for(NewsIndexPage, MunicipalityIndexPage, locale_id=ky)
    assert {model: page.pk for model, page in found.items()} == {
        NewsIndexPage: site_tree.news.pk,
        MunicipalityIndexPage: site_tree.municipalities.pk,
    }

    site_tree.registry.unpublish()
    assert index_page_for(RegistryIndexPage, locale_id=ky) is None


def test_private_sections_are_excluded_by_the_private_pages_q(story):
    municipality = story.get_parent()
    assert StoryPage.objects.exclude(private_pages_q()).filter(pk=story.pk).exists()

    PageViewRestriction.objects.create(
        page=municipality, restriction_type=PageViewRestriction.LOGIN
    )
    assert not StoryPage.objects.exclude(private_pages_q()).filter(pk=story.pk).exists()
