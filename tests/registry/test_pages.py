"""The registry pages render in every language with what a resident needs."""

import re

import pytest

from stories.models import StoryServiceLink
from tests import factories as f
from tests import world
from tests.pages import interface, text_of, translation
from tests.registry.conftest import registers_build
from tests.registry.helpers import register_for

LANGUAGES = ("ky", "ru", "en")
NUMBER_CELL = r'<td class="num" data-label="[^"]+">(\d+)</td>'


@pytest.fixture(scope="module")
def registers(django_db_setup, django_db_blocker):
    """tests/registry/conftest.py's registers, built once for the module: what a test here
    writes is rolled back after it."""
    with world.module_corpus(django_db_blocker):
        yield registers_build()


# ---- Registry index --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_registry_index_renders_in_every_language(client, registers, language):
    response = client.get(f"/{language}/services/")
    assert response.status_code == 200
    html = text_of(response)
    assert html.count("<h1") == 1
    assert 'class="breadcrumbs"' in html
    assert translation(registers.tamchy, language).title in html
    assert translation(registers.base.water, language).name in html


def test_registry_index_computes_the_pipeline_from_the_service_records(client, registers):
    html = text_of(client.get("/en/services/"))
    assert "5 services were initiated by vulnerable groups; councils approved 2 of them." in html
    funnel = html[html.index('class="funnel"') :]
    assert re.search(r"Initiated by vulnerable groups.*?funnel__value num\">5<", funnel)
    assert re.search(r"Approved by the council.*?funnel__value num\">2<", funnel)
    assert "40% of those initiated" in funnel
    rest = html[html.index('class="registry-pipeline__rest"') :]
    for label in ("Still proposed", "Rejected", "Withdrawn"):
        assert re.search(rf'<dt>{label}</dt><dd class="num">1</dd>', rest)


def test_registry_index_pipeline_follows_the_records(client, registers):
    registers.services.proposed.status = "approved"
    registers.services.proposed.decision_date = registers.services.water.decision_date
    registers.services.proposed.save_revision().publish()
    html = text_of(client.get("/ky/services/"))
    assert re.search(r'funnel__value num">3<', html)


def test_registry_index_lists_every_register_with_its_counts(client, registers):
    html = text_of(client.get("/en/services/"))
    table = html[html.index('class="registers-table') :]
    row = re.search(r"Bosteri</a>.*?</tr>", table).group(0)
    cells = re.findall(NUMBER_CELL, row)
    assert cells == ["6", "2", "0", "1", "5"]  # services, approved, outsourced, free, paid
    tamchy = re.search(r"Tamchy</a>.*?</tr>", table).group(0)
    assert re.findall(NUMBER_CELL, tamchy) == ["1", "1", "1", "0", "1"]
    assert "1 of 7 services are outsourced" in html


def test_registry_index_counts_municipalities_per_base_service(client, registers):
    html = text_of(client.get("/en/services/"))
    base = html[html.index('id="base-list"') :]
    water = base[base.index("Drinking water supply") :]
    assert "2 municipalities" in water[:200]
    waste = base[base.index("Solid waste collection") :]
    assert "1 municipality" in waste[:200]


def test_registry_index_compares_one_base_service_across_municipalities(client, registers):
    html = text_of(client.get("/en/services/?compare=2.1"))
    table = html[html.index('class="service-compare-table') :]
    assert table.index("Bosteri") < table.index("Tamchy")
    assert "Таза Суу ЖЧК" in table and "Private contractor" in table
    assert re.search(r'num">120</span>\xa0KGS', table)
    assert "айына бир үй-бүлөгө" in table
    assert "Туташтыруу 10 жумуш күнү ичинде" in table
    assert "Approved" in table
    assert '<meta name="robots" content="noindex, follow">' in html


def test_registry_index_comparison_sorts_by_fee(client, registers):
    html = text_of(client.get("/en/services/?compare=2.1&sort=fee"))
    table = html[html.index('class="service-compare-table') :]
    assert table.index("Tamchy") < table.index("Bosteri")  # 80 KGS before 120 KGS
    assert 'aria-sort="ascending"' in table


@pytest.mark.parametrize(
    "query", ["compare=9.99", "compare=%3Cscript%3E", "compare=" + "x" * 500, "compare=2.1&sort=x"]
)
def test_registry_index_answers_bad_comparisons_kindly(client, registers, query):
    response = client.get(f"/en/services/?{query}")
    assert response.status_code == 200
    html = text_of(response)
    if query.endswith("sort=x"):
        assert 'class="service-compare-table' in html
    else:
        assert "There is no base service with this code." in html
        assert "<script>" not in html.split("<body", 1)[1].split("ashar.js")[0]


def test_registry_index_counts_only_its_language(client, registers):
    html = text_of(client.get("/ru/services/"))
    assert "Обеспечение питьевой водой" in html
    assert "Ичүүчү суу менен камсыз кылуу" not in html


# ---- Register --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_register_renders_in_every_language(client, registers, language):
    page = translation(registers.bosteri, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = text_of(response)
    assert html.count("<h1") == 1
    assert 'class="breadcrumbs"' in html
    assert translation(registers.services.water, language).title in html
    assert "15/4" in html


def test_register_shows_the_council_decision_regulation_year_and_notes(client, registers):
    html = text_of(client.get(translation(registers.bosteri, "en").url))
    assert "Decision № 15/4" in html
    assert "Fixed by a regulation (Положение) of the council." in html
    assert "<dt>Year</dt><dd>2021</dd>" in html
    assert "Реестр жыл сайын кайра каралат." in html


def test_register_groups_approved_services_by_category_then_its_proposals(client, registers):
    html = text_of(client.get(translation(registers.bosteri, "en").url))
    category = html[html.index("2. Utilities") : html.index('id="proposals-heading"')]
    assert category.count('<li class="service-row service-row--approved') == 2
    assert category.count('<li class="service-row service-row--') == 2
    proposals = html[html.index('id="proposals-heading"') : html.index("register__aside")]
    rows = re.findall(r'<li class="service-row service-row--(\w+)', proposals)
    assert rows == ["proposed", "proposed", "rejected", "withdrawn"]  # open ones first
    for status in ("Proposed", "Rejected", "Withdrawn"):
        assert f"</span> {status}</span>" in proposals
    rejected = proposals[proposals.index("service-row--rejected") :]
    assert "Reason: Бюджетте каражат жок." in rejected[: rejected.index("</li>")]
    water = category[category.index("Ичүүчү суу (en)") :]
    water = water[: water.index("</li>")]
    assert re.search(r'Paid: <span class="num">120</span>\xa0KGS айына бир үй-бүлөгө', water)
    assert "A vulnerable group: Women" in water
    assert "Туташтыруу 10 жумуш күнү ичинде" in water


def test_a_register_of_proposals_only_says_nothing_is_approved_yet(client, site_tree, reference):
    municipality = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, region=reference.region, district=reference.district
    )
    register = register_for(municipality, languages=())
    f.ServicePageFactory(parent=register, status="proposed", decision_date=None)
    html = text_of(client.get(register.url))
    assert interface("ky", "No service of this register is approved by the council yet.") in html
    assert interface("ky", "No services of this register are published yet.") not in html
    assert 'id="proposals-heading"' in html


def test_register_marks_outsourced_services(client, registers):
    html = text_of(client.get(translation(registers.tamchy_register, "en").url))
    assert 'badge badge--outsourced">outsourced' in html
    assert "Таза Суу ЖЧК" in html


def test_register_without_services_suggests_other_registers(client, site_tree, reference):
    municipality = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, region=reference.region, district=reference.district
    )
    html = text_of(client.get(register_for(municipality, languages=()).url))
    assert interface("ky", "No services of this register are published yet.") in html
    assert 'href="/ky/services/"' in html


# ---- Service ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_service_renders_in_every_language(client, registers, language):
    page = translation(registers.services.water, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = text_of(response)
    assert html.count("<h1") == 1
    assert 'class="breadcrumbs"' in html
    assert translation(registers.base.water, language).name in html


def test_service_answers_who_what_how_much_how_long_where_documents_and_basis(client, registers):
    html = text_of(client.get(translation(registers.services.water, "en").url))
    sections = re.findall(r'<section class="service-section" id="(\w+)"', html)
    assert sections[:11] == [
        "who",
        "what",
        "cost",
        "time",
        "apply",
        "documents",
        "where",
        "legal",
        "initiative",
        "decision",
        "planning",
    ]
    assert "Айылдын бардык тургундары" in html
    assert '2.1</span> <a href="/en/services/base/2.1/">Drinking water supply</a>' in html
    assert "2. Utilities" in html
    assert re.search(r'num">120</span>\xa0KGS айына бир үй-бүлөгө', html)
    assert "Айылдык кеңештин 2021-жылдын 1-мартындагы № 15/4 токтому" in html
    assert "Туташтыруу 10 жумуш күнү ичинде" in html
    assert "<li>Арыз жазыңыз.</li>" in html and "<li>Паспорт</li>" in html
    assert "Айыл өкмөтү, 3-бөлмө" in html and "9:00–17:00" in html
    assert "Мыйзам № 139" in html
    assert "No service standard has been published" in html


def test_service_says_who_initiated_it_how_and_the_planning(client, registers):
    html = text_of(client.get(translation(registers.services.water, "en").url))
    initiative = html[html.index('id="initiative"') :]
    assert "A vulnerable group: Women" in initiative
    assert "How: Focus group" in initiative
    planning = html[html.index('id="planning"') :]
    for value, label in (("2", "public hearings"), ("3", "focus groups"), ("140", "participants")):
        assert f'stat__value">{value}</span><span class="stat__label">{label}' in planning


def test_service_shows_its_status_decision_and_reason(client, registers):
    approved = text_of(client.get(translation(registers.services.water, "en").url))
    assert "№ 7/2" in approved
    assert "March 1, 2021" in approved
    rejected = text_of(client.get(translation(registers.services.rejected, "en").url))
    assert "</span> Rejected</span>" in rejected
    assert "Бюджетте каражат жок." in rejected


def test_service_links_to_its_base_service_and_its_register(client, registers):
    html = text_of(client.get(registers.services.water.url))
    assert 'href="/ky/services/base/2.1/"' in html
    assert f'href="{registers.bosteri.url}"' in html


def test_service_is_printable(client, registers):
    html = text_of(client.get(registers.services.water.url))
    assert 'class="print-only service-page__printed"' in html
    assert "http://localhost/ky/municipalities/bosteri/services/water/" in html


def test_service_shows_live_stories_of_its_language_that_changed_it(client, registers, story):
    water = registers.services.water
    StoryServiceLink.objects.create(page=story, service=water, impact="created")
    russian_story = translation(story, "ru")
    StoryServiceLink.objects.create(page=russian_story, service=water, impact="changed")
    draft = f.StoryPageFactory(parent=story.get_parent(), title="Долбоор", live=False)
    StoryServiceLink.objects.create(page=draft, service=water, impact="changed")

    html = text_of(client.get(water.url))
    stories = html[html.index('id="stories"') :]
    assert "Бостериде бала бакча оңдолду" in stories
    assert interface("ky", "created the service") in stories
    assert "В Бостери отремонтировали детский сад" not in html
    assert "Долбоор" not in html


def test_service_names_its_newest_stories_and_links_to_all(client, registers, story):
    """A service many initiatives changed names the newest six, then a link to all of
    them (`?stories=all`), which lists every one."""
    import datetime

    from django.utils import timezone

    from registry.selectors import STORIES_SHOWN

    water = registers.services.water
    parent = story.get_parent()
    start = timezone.now() - datetime.timedelta(days=30)
    for number in range(STORIES_SHOWN + 2):
        page = f.StoryPageFactory(
            parent=parent,
            title=f"Суу окуясы {number}",
            first_published_at=start + datetime.timedelta(days=number),
        )
        StoryServiceLink.objects.create(page=page, service=water, impact="changed")

    html = text_of(client.get(water.url))
    stories = html[html.index('id="stories"') :]
    newest = [f"Суу окуясы {number}" for number in range(STORIES_SHOWN + 1, 1, -1)]
    assert [title for title in newest if title in stories] == newest
    assert "Суу окуясы 1<" not in stories and "Суу окуясы 0<" not in stories
    assert stories.index(newest[0]) < stories.index(newest[-1])  # newest first
    assert 'href="?stories=all#stories"' in stories
    assert interface_count("ky", STORIES_SHOWN + 2) in stories

    everything = text_of(client.get(water.url, {"stories": "all"}))
    listed = everything[everything.index('id="stories"') :]
    assert all(f"Суу окуясы {number}<" in listed for number in range(STORIES_SHOWN + 2))
    assert "?stories=all" not in listed


def interface_count(language, count):
    from django.utils import translation as translations

    with translations.override(language):
        return translations.ngettext(
            "The %(counter)s story about this service",
            "All %(counter)s stories about this service",
            count,
        ) % {"counter": count}


def test_service_without_stories_has_no_stories_section(client, registers):
    html = text_of(client.get(translation(registers.services.waste, "en").url))
    assert 'id="stories"' not in html
    assert "Free of charge." in html


def test_register_names_groups_only_for_services_a_vulnerable_group_initiated(
    client, registers, reference
):
    by_residents = registers.services.by_residents
    by_residents.initiating_groups.set([reference.women])
    by_residents.save_revision().publish()
    html = text_of(client.get(registers.bosteri.url))
    row = html[html.index(by_residents.title) :]
    row = row[: row.index("</li>")]
    assert interface("ky", "Residents") in row
    assert "Аялдар" not in row
