"""PSI, stated against recorded: a programme's headline figures about the registers (14
regulations, 129 → 64, "100+ services in 20 registers") beside what the published
registers record, computed, with a note where they differ."""

import pytest

from core.models import ProgrammeFigure
from home.selectors import register_figure_totals, service_pipeline
from tests import factories as f
from tests.registry.conftest import registers_build

pytestmark = pytest.mark.django_db

STATED = [
    ("participation_regulations", "exact", 14),
    ("services_by_vulnerable_groups", "exact", 5),
    ("approved_from_vulnerable_groups", "exact", 2),
    ("services_in_registers", "more_than", 5),
    ("registers", "exact", 3),
]


@pytest.fixture(autouse=True)
def interface_in_source_strings(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path / "no-catalogues"]


@pytest.fixture
def psi_page(site_tree, reference, municipality):
    registers_build()
    psi = f.ProgrammeFactory(slug="psi", name="Кызмат көрсөтүүлөрдү жакшыртуу", abbreviation="PSI")
    for order, (kind, qualifier, value) in enumerate(STATED):
        ProgrammeFigure.objects.create(
            programme=psi, kind=kind, qualifier=qualifier, value=value, sort_order=order
        )
    return f.ProgrammePageFactory(parent=site_tree.home, title="УУМУ", slug="psi", programme=psi)


def rows(response):
    return {row["figure"].kind: row for row in response.context["headline_comparison"]["rows"]}


def test_the_registers_record_is_computed(psi_page, locales):
    # Bosteri: 6 services (5 by vulnerable groups, 2 of them approved), its regulation;
    # Tamchy: 1 service, no regulation (tests/registry/conftest.py).
    totals = register_figure_totals(service_pipeline(locale=psi_page.locale))
    assert {kind: entry["value"] for kind, entry in totals.items()} == {
        "participation_regulations": 1,
        "services_by_vulnerable_groups": 5,
        "approved_from_vulnerable_groups": 2,
        "services_in_registers": 7,
        "registers": 2,
    }


def test_the_programme_page_sets_stated_beside_recorded(client, psi_page):
    response = client.get(psi_page.url)
    found = rows(response)
    assert [found[kind]["recorded"] for kind, _q, _v in STATED] == [1, 5, 2, 7, 2]
    assert [found[kind]["agrees"] for kind, _q, _v in STATED] == [False, True, True, True, False]
    html = response.content.decode()
    assert "13 fewer than stated" in html
    assert "1 fewer than stated" in html
    assert "counted from every register published here in this language" in html
    assert "Registers whose regulation fixes citizens&#x27; participation" in html or (
        "Registers whose regulation fixes citizens' participation" in html
    )


def test_a_new_register_moves_the_record(client, psi_page, site_tree, reference):
    third = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, region=reference.region, district=reference.district
    )
    f.ServiceRegisterPageFactory(parent=third, has_participation_regulation=True)
    found = rows(client.get(psi_page.url))
    assert found["registers"]["recorded"] == 3
    assert found["registers"]["agrees"] is True
    assert found["participation_regulations"]["recorded"] == 2


def test_register_figures_are_not_offered_as_other_municipal_figures(client, psi_page):
    response = client.get(psi_page.url)
    kinds = {stat["kind"] for stat in response.context["other_recorded_figures"]}
    assert not kinds & {kind for kind, _q, _v in STATED}


def test_the_home_page_compares_them_too(client, psi_page):
    response = client.get("/ky/")
    psi = next(
        item
        for item in response.context["programme_comparisons"]
        if item["programme"].slug == "psi"
    )
    recorded = {row["figure"].kind: row["recorded"] for row in psi["comparison"]["rows"]}
    assert recorded == {
        "participation_regulations": 1,
        "services_by_vulnerable_groups": 5,
        "approved_from_vulnerable_groups": 2,
        "services_in_registers": 7,
        "registers": 2,
    }
