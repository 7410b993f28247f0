"""The municipality index is a listing (core.listing): filters by region, district,
programme, register and stories with counts, search by name in any language and script,
sort, a compact page, and its download under the same filters."""

import pytest

from tests import factories as f
from tests.pages import text_of

pytestmark = pytest.mark.django_db

NOTE = "Unknown filter ignored"


@pytest.fixture
def places(site_tree, reference, municipality, story):
    """Бостери (Issyk-Kul, Tong, with a story, no register) and, in Osh, Өзгөн (Узген,
    Uzgen; with a register, no story, in the programme PSI) and Кара-Суу (nothing)."""
    osh = f.RegionFactory(slug="osh", name="Ош облусу", sort_order=7)
    f.translate_snippet(osh, "ru", name="Ошская область")
    f.translate_snippet(osh, "en", name="Osh Region")
    uzgen_district = f.DistrictFactory(region=osh, slug="uzgen", name="Өзгөн району")
    kara_suu_district = f.DistrictFactory(region=osh, slug="kara-suu", name="Кара-Суу району")
    f.translate_snippet(uzgen_district, "ru", name="Узгенский район")
    f.translate_snippet(uzgen_district, "en", name="Uzgen District")
    psi = f.ProgrammeFactory(slug="psi", abbreviation="PSI", name="Мамлекеттик кызматтар")
    uzgen = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Өзгөн",
        slug="ozgon",
        official_name="Өзгөн шаары",
        district=uzgen_district,
        region=osh,
        population=60000,
    )
    uzgen.programmes.set([psi])
    uzgen.save()
    f.translate(uzgen, "ru", title="Узген", official_name="город Узген")
    f.translate(uzgen, "en", title="Uzgen", official_name="Uzgen town")
    f.ServiceRegisterPageFactory(parent=uzgen)
    kara_suu = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Кара-Суу",
        slug="kara-suu",
        district=kara_suu_district,
        region=osh,
        population=None,
    )
    return {"bosteri": municipality, "uzgen": uzgen, "kara_suu": kara_suu}


def index(client, query="", language="ky"):
    response = client.get(f"/{language}/municipalities/?{query}")
    assert response.status_code == 200
    return response


def titles(response):
    return [m.title for m in response.context["municipalities"]]


def facet(response, name):
    group = next(g for g in response.context["facet_groups"] if g["name"] == name)
    return {value["value"]: value["count"] for value in group["values"]}


def test_unfiltered_lists_every_municipality_by_region_with_counts(client, places):
    response = index(client)
    assert titles(response) == ["Бостери", "Кара-Суу", "Өзгөн"]
    assert response.context["result_count"] == 3
    assert facet(response, "region") == {"issyk-kul": 1, "osh": 2}
    assert facet(response, "register") == {"yes": 1, "no": 2}
    assert facet(response, "stories") == {"yes": 1, "no": 2}
    assert facet(response, "programme") == {"psi": 1}
    # Districts wait for a region (a drill-down, as on the story index).
    assert "district" not in {g["name"] for g in response.context["facet_groups"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=osh", ["Кара-Суу", "Өзгөн"]),
        ("region=osh&region=issyk-kul", ["Бостери", "Кара-Суу", "Өзгөн"]),
        ("region=osh&district=uzgen", ["Өзгөн"]),
        ("programme=psi", ["Өзгөн"]),
        ("register=yes", ["Өзгөн"]),
        ("register=no", ["Бостери", "Кара-Суу"]),
        ("stories=yes", ["Бостери"]),
        ("stories=no&region=osh", ["Кара-Суу", "Өзгөн"]),
        ("stories=yes&register=yes", []),
    ],
)
def test_each_filter(client, places, query, expected):
    assert titles(index(client, query)) == expected


def test_counts_are_disjunctive(client, places):
    response = index(client, "region=osh&register=yes")
    # Other regions keep their count under the register filter; Osh's registers are counted
    # within Osh.
    assert facet(response, "region") == {"osh": 1}
    assert facet(response, "register") == {"yes": 1, "no": 1}
    assert facet(response, "district") == {"uzgen": 1}


@pytest.mark.parametrize(
    ("q", "language"),
    [
        ("Өзгөн", "ky"),
        ("Узген", "ky"),
        ("Uzgen", "ky"),
        ("озгон", "ky"),
        ("Өзгөн", "ru"),
        ("uzgen", "en"),
        ("Узгене", "ru"),
        ("Узг", "en"),
        ("город Узген", "en"),
    ],
)
def test_search_finds_a_municipality_by_its_name_in_any_language_and_script(
    client, places, q, language
):
    response = index(client, f"q={q}", language)
    assert [m.pk for m in response.context["municipalities"]] == [
        places["uzgen"].get_translation(response.context["page"].locale).pk
    ]


def test_search_by_a_district_or_region_lists_its_municipalities(client, places):
    assert titles(index(client, "q=Ошская область")) == ["Кара-Суу", "Өзгөн"]
    assert titles(index(client, "q=Tong")) == ["Бостери"]


def test_search_for_nothing_known_says_so_and_offers_the_way_back(client, places):
    response = index(client, "q=Atlantis&region=osh", "en")
    assert titles(response) == []
    html = text_of(response)
    assert "No municipality matches" in html
    assert "Nothing matches all of these at once" in html
    assert '<a href="?q=Atlantis">Remove the last filter, “Osh Region”</a>' in html
    assert "See all 2 municipalities" in html


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["Бостери", "Кара-Суу", "Өзгөн"]),
        ("population", ["Өзгөн", "Бостери", "Кара-Суу"]),
        ("stories", ["Бостери", "Кара-Суу", "Өзгөн"]),
        ("bogus", ["Бостери", "Кара-Суу", "Өзгөн"]),
    ],
)
def test_sorts(client, places, sort, expected):
    assert titles(index(client, f"sort={sort}")) == expected


def test_default_order_groups_the_page_by_region(client, places):
    response = index(client)
    assert [group.region.slug for group in response.context["regions"]] == ["issyk-kul", "osh"]
    assert index(client, "sort=name").context["regions"] == []


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("region=atlantis", 2),
        ("register=maybe", 2),
        ("stories=%00", 2),
        ("programme=" + "x" * 3000, 2),
        ("district=nowhere&region=osh", 1),
    ],
)
def test_unknown_values_are_ignored_with_a_visible_note(client, places, query, shown):
    """The English index lists Bosteri and Uzgen (Кара-Суу is not translated)."""
    response = index(client, query, "en")
    assert NOTE in response.content.decode()
    assert response.context["result_count"] == shown


@pytest.mark.parametrize("query", ["page=abc", "page=99999999999999", "page=-1", "q=%00%00"])
def test_odd_pages_and_queries_give_a_page(client, places, query):
    assert index(client, query).context["result_count"] == 3


def test_filtered_pages_are_not_for_search_engines(client, places):
    robots = '<meta name="robots" content="noindex, follow">'
    assert robots not in index(client).content.decode()
    assert robots in index(client, "region=osh").content.decode()


def test_filters_work_as_plain_links(client, places):
    html = index(client).content.decode()
    assert 'href="?region=osh" rel="nofollow"' in html
    assert 'href="?register=yes" rel="nofollow"' in html


def test_the_download_gives_the_filtered_list(client, places, site_tree):
    page_id = site_tree.municipalities.pk
    response = client.get(f"/exports/{page_id}/municipalities.csv?region=osh&register=yes")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert "Өзгөн" in text
    assert "Кара-Суу" not in text and "Бостери" not in text
