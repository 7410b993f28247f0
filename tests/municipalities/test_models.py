"""Tree rules of the municipal pages and the validation of profiles and figures."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from home.models import HomePage
from municipalities.models import (
    MunicipalityFigure,
    MunicipalityIndexPage,
    MunicipalityPage,
    NewsIndexPage,
    NewsPage,
)
from registry.models import ServiceRegisterPage
from stories.models import StoryPage
from tests import factories as f


def test_municipality_index_sits_under_the_home_page_once_and_holds_municipalities():
    assert MunicipalityIndexPage.allowed_parent_page_models() == [HomePage]
    assert MunicipalityIndexPage.allowed_subpage_models() == [MunicipalityPage]
    assert MunicipalityIndexPage.max_count_per_parent == 1


def test_municipality_lives_in_the_index_and_holds_its_own_stories_news_and_register():
    assert MunicipalityPage.allowed_parent_page_models() == [MunicipalityIndexPage]
    assert set(MunicipalityPage.allowed_subpage_models()) == {
        StoryPage,
        NewsPage,
        ServiceRegisterPage,
    }


def test_news_index_sits_under_the_home_page_once_and_has_no_children():
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsIndexPage.allowed_subpage_models() == []
    assert NewsIndexPage.max_count_per_parent == 1


def test_news_belongs_to_a_municipality_and_has_no_children():
    assert NewsPage.allowed_parent_page_models() == [MunicipalityPage]
    assert NewsPage.allowed_subpage_models() == []


def test_a_second_municipality_index_cannot_be_created_under_the_same_home(site_tree):
    assert not MunicipalityIndexPage.can_create_at(site_tree.home)
    assert not NewsIndexPage.can_create_at(site_tree.home)


def test_news_can_be_created_under_a_municipality_only(municipality, site_tree):
    assert NewsPage.can_create_at(municipality)
    assert not NewsPage.can_create_at(site_tree.municipalities)
    assert not NewsPage.can_create_at(site_tree.news)
    assert not MunicipalityPage.can_create_at(site_tree.home)


def figure(**values):
    defaults = {
        "kind": "hearings_held",
        "value": 3,
        "as_of": datetime.date(2023, 12, 31),
        "source_title": "Annual report",
    }
    return MunicipalityFigure(**{**defaults, **values})


def test_figure_with_date_and_source_is_valid():
    figure().clean()


def test_figure_without_as_of_date_is_rejected():
    with pytest.raises(ValidationError) as error:
        figure(as_of=None).clean()
    assert "as_of" in error.value.message_dict


def test_figure_dated_in_the_future_is_rejected():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        figure(as_of=tomorrow).clean()
    assert "as_of" in error.value.message_dict


def test_figure_without_any_source_is_rejected():
    with pytest.raises(ValidationError) as error:
        figure(source_title="", source_url="").clean()
    assert "source_title" in error.value.message_dict


def test_figure_with_only_a_source_link_is_valid():
    figure(source_title="", source_url="https://stat.kg/ru/").clean()


def test_municipality_with_a_district_of_another_region_is_rejected(reference):
    other_district = f.DistrictFactory(slug="other", name="Башка район")
    page = MunicipalityPage(
        title="Ак-Суу",
        slug="ak-suu",
        official_name="Ак-Суу айыл аймагы",
        region=reference.region,
        district=other_district,
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "district" in error.value.message_dict


def test_municipality_with_a_district_of_its_region_is_valid(reference):
    page = MunicipalityPage(
        title="Ак-Суу",
        slug="ak-suu",
        official_name="Ак-Суу айыл аймагы",
        region=reference.region,
        district=reference.district,
    )
    page.clean()


def test_municipality_that_ends_before_it_starts_is_rejected(reference):
    page = MunicipalityPage(
        title="Ак-Суу",
        slug="ak-suu",
        official_name="Ак-Суу айыл аймагы",
        region=reference.region,
        valid_from=datetime.date(2010, 1, 1),
        valid_until=datetime.date(2005, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "valid_until" in error.value.message_dict
