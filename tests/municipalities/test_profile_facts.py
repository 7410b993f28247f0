"""A municipality's page: its region and district link to the filtered municipality
index, the region map locates it, the register says which council decision approved it,
and the page says plainly what is not known yet."""

import datetime
import re

import pytest

from tests import factories as f
from tests.pages import text_of, translation
from tests.registry.helpers import register_for

pytestmark = pytest.mark.django_db


def test_region_and_district_link_to_the_filtered_index(client, profile):
    for language in ("ky", "ru", "en"):
        html = text_of(client.get(translation(profile, language).url))
        facts = html[html.index('id="facts-heading"') :]
        assert f'href="/{language}/municipalities/?district=tong"' in facts
        assert f'href="/{language}/municipalities/?region=issyk-kul"' in facts
        header = html[html.index("<h1") : html.index("</header>", html.index("<h1"))]
        assert f'href="/{language}/municipalities/?region=issyk-kul"' in header


def test_the_locator_highlights_the_region_and_places_the_dot(client, profile):
    html = text_of(client.get(translation(profile, "en").url))
    locator = html[
        html.index('class="region-locator"') : html.index(
            "</figure>", html.index('class="region-locator"')
        )
    ]
    active = re.findall(
        r'<a href="([^"]+)" class="region-map__tile region-map__tile--3 is-active"', locator
    )
    assert active == ["/en/municipalities/?region=issyk-kul"]
    assert locator.count('class="region-locator__marker"') == 1
    assert "placed from the municipality's coordinates" in locator


def test_without_coordinates_the_locator_has_no_dot_and_says_why(client, municipality):
    html = text_of(client.get(translation(municipality, "en").url))
    locator = html[html.index('class="region-locator"') :]
    assert "region-locator__marker" not in locator
    assert "coordinates are not recorded yet" in locator


def test_the_register_summary_names_the_council_decision(client, profile):
    register_for(profile, decision_number="12/3", decision_date=datetime.date(2022, 5, 17))
    html = text_of(client.get(translation(profile, "en").url))
    register = html[html.index('id="register-heading"') :]
    assert "Approved by the council: decision № 12/3 of May 17, 2022." in register


def test_a_register_without_its_decision_says_so(client, profile):
    register_for(profile, decision_number="", decision_date=None)
    html = text_of(client.get(translation(profile, "en").url))
    register = html[html.index('id="register-heading"') :]
    assert "The council's decision that approved it is not recorded yet." in register


def test_the_page_says_what_is_not_known_yet(client, municipality):
    html = text_of(client.get(translation(municipality, "en").url))
    notice = html[html.index('class="notice notice--unknown"') :]
    notice = notice[: notice.index("</div>")]
    assert "population" not in notice  # the world's Bosteri has its population
    for key, label, anchor in (
        ("head", "the head of the municipality", "contacts-heading"),
        ("contacts", "a phone number or e-mail address", "contacts-heading"),
        ("villages", "the villages it covers", "facts-heading"),
        ("coordinates", "coordinates", "facts-heading"),
        ("register", "its register of municipal services", "register-heading"),
    ):
        assert f'<a href="#{anchor}" data-gap="{key}">{label}</a>' in notice
    assert 'Villages</dt><dd><span class="unknown">not known yet' in html


def test_a_complete_profile_has_no_such_notice(client, profile):
    register_for(profile, decision_number="1", decision_date=datetime.date(2020, 1, 1))
    page = translation(profile, "en")
    page.address = "Тамга айылы"
    page.save_revision().publish()
    html = text_of(client.get(page.url))
    assert "notice--unknown" not in html


def test_a_municipality_of_another_region_is_located_there(client, site_tree, reference):
    naryn = f.RegionFactory(slug="naryn", name="Нарын облусу")
    page = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, slug="ak-muz", title="Ак-Муз", region=naryn, district=None
    )
    html = text_of(client.get(page.url))
    assert re.search(r'<a href="/ky/municipalities/\?region=naryn" class="[^"]*is-active"', html)
