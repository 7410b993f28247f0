"""The reference data loader: regions, districts, topics and vulnerable groups in every
language, idempotent, and safe to run again after an edit."""

import pytest
from django.core.management import call_command

from core.models import District, Region, Topic, VulnerableGroup
from core.reference_data import csv_rows, reference_data_load
from tests import world

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def empty_site_for_module(django_db_setup, django_db_blocker):
    """The fixture world deleted once for the module, restored after it."""
    with world.module_corpus(django_db_blocker):
        world.clear()
        yield


@pytest.fixture(autouse=True)
def empty_site(empty_site_for_module, db):
    """The loader's first run is on an empty site; what a test loads is rolled back after
    it, so each test starts from the empty site."""


LANGUAGES = ("ky", "ru", "en")


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Region, District, Topic, VulnerableGroup)
    }


def test_nine_regions_and_forty_districts_in_every_language():
    reference_data_load()
    for code in LANGUAGES:
        assert Region.objects.filter(locale__language_code=code).count() == 9
        assert District.objects.filter(locale__language_code=code).count() == 40
        assert Topic.objects.filter(locale__language_code=code).count() == 15
        assert VulnerableGroup.objects.filter(locale__language_code=code).count() == 6


def test_districts_point_at_the_region_of_their_language():
    reference_data_load()
    districts = District.objects.select_related("locale", "region__locale")
    assert districts.count() == 120
    for district in districts:
        assert district.region.locale == district.locale


def test_translations_share_the_translation_key_and_carry_their_names():
    reference_data_load()
    issyk_kul = {
        region.locale.language_code: region
        for region in Region.objects.filter(slug="issyk-kul").select_related("locale")
    }
    assert {region.translation_key for region in issyk_kul.values()} == {
        issyk_kul["ky"].translation_key
    }
    assert issyk_kul["ky"].name == "Ысык-Көл облусу"
    assert issyk_kul["ru"].name == "Иссык-Кульская область"
    assert issyk_kul["en"].name == "Issyk-Kul Region"
    assert issyk_kul["ru"].admin_centre == "Каракол"


def test_topics_carry_icon_colour_and_description_in_every_language():
    reference_data_load()
    water = Topic.objects.get(slug="drinking-water", locale__language_code="ru")
    assert (water.icon, water.colour) == ("water-tap", "water")
    assert water.description.startswith("Обеспечение питьевой водой")
    assert list(
        Topic.objects.filter(locale__language_code="en").values_list("slug", flat=True)
    ) == [row["slug"] for row in csv_rows("topics.csv")]


def test_second_load_creates_and_changes_nothing():
    first = reference_data_load()
    before = counts()
    second = reference_data_load()
    assert first.changed
    assert not second.changed
    assert counts() == before


def test_load_restores_an_edited_name_and_a_missing_translation():
    reference_data_load()
    Region.objects.filter(slug="talas", locale__language_code="ru").update(name="Талас?")
    District.objects.filter(slug="tong", locale__language_code="en").delete()
    result = reference_data_load()
    assert Region.objects.get(slug="talas", locale__language_code="ru").name == (
        "Таласская область"
    )
    tong = District.objects.get(slug="tong", locale__language_code="en")
    assert tong.region.slug == "issyk-kul"
    assert tong.region.locale == tong.locale
    assert sum(result.updated.values()) == 1
    assert sum(result.created.values()) == 1


def test_command_reports_what_it_did(capsys):
    call_command("load_reference_data")
    assert "Created 120 districts." in capsys.readouterr().out
    call_command("load_reference_data")
    assert "up to date" in capsys.readouterr().out
