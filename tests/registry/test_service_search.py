"""The service search of the registry index (a core.listing listing): every municipality's
services filtered by category, region, municipality, cost, outsourcing, status and
initiating group, searched, sorted, and downloaded under the same filters."""

import csv
import io

import pytest

from tests.pages import text_of, translation
from tests.registry.conftest import registers_once

pytestmark = pytest.mark.django_db


registers = registers_once()


APPROVED = ["Ичүүчү суу", "Таштанды чыгаруу", "Тамчыда ичүүчү суу"]


def search(client, query="", language="ky"):
    response = client.get(f"/{language}/services/?{query}")
    assert response.status_code == 200
    return response


def titles(response):
    return [service.title for service in response.context["services"]]


def counts(response, name):
    group = next(g for g in response.context["facet_groups"] if g["name"] == name)
    return {value["value"]: value["count"] for value in group["values"]}


def test_every_service_of_every_register_by_municipality(client, registers):
    response = search(client)
    assert response.context["result_count"] == 7
    # By municipality, then base service, then title.
    assert titles(response) == [
        "Ичүүчү суу",
        "Кайтарылып алынган кызмат",
        "Сунушталган кызмат",
        "Таштанды чыгаруу",
        "Тургундар сунуштаган кызмат",
        "Четке кагылган кызмат",
        "Тамчыда ичүүчү суу",
    ]
    assert [s.municipality.title for s in response.context["services"]] == ["Бостери"] * 6 + [
        "Тамчы"
    ]
    assert counts(response, "fee") == {"free": 1, "paid": 6}
    assert counts(response, "outsourced") == {"yes": 1, "no": 6}
    assert counts(response, "status") == {
        "proposed": 2,
        "approved": 3,
        "rejected": 1,
        "withdrawn": 1,
    }
    assert counts(response, "group") == {"women": 5}
    assert counts(response, "category") == {"2": 7}
    assert counts(response, "region") == {"issyk-kul": 7}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=approved", APPROVED),
        ("status=approved&fee=free", ["Таштанды чыгаруу"]),
        ("fee=paid&outsourced=yes", ["Тамчыда ичүүчү суу"]),
        ("region=issyk-kul&municipality=tamchy", ["Тамчыда ичүүчү суу"]),
        ("group=women&status=approved", ["Ичүүчү суу", "Таштанды чыгаруу"]),
        (
            "category=2&status=rejected&status=withdrawn",
            ["Кайтарылып алынган кызмат", "Четке кагылган кызмат"],
        ),
        ("status=approved&sort=fee", ["Таштанды чыгаруу", "Тамчыда ичүүчү суу", "Ичүүчү суу"]),
        ("status=approved&outsourced=no&fee=free&fee=paid", ["Ичүүчү суу", "Таштанды чыгаруу"]),
    ],
)
def test_each_filter(client, registers, query, expected):
    assert titles(search(client, query)) == expected


def test_counts_are_disjunctive(client, registers):
    response = search(client, "status=approved&fee=paid&region=issyk-kul")
    assert counts(response, "status") == {
        "proposed": 2,
        "approved": 2,
        "rejected": 1,
        "withdrawn": 1,
    }
    assert counts(response, "fee") == {"free": 1, "paid": 2}
    assert counts(response, "municipality") == {"bosteri": 1, "tamchy": 1}


def test_municipalities_wait_for_a_region(client, registers):
    names = {g["name"] for g in search(client).context["facet_groups"]}
    assert "municipality" not in names
    response = search(client, "region=issyk-kul&status=approved")
    assert counts(response, "municipality") == {"bosteri": 2, "tamchy": 1}


def test_each_result_names_its_municipality_and_leads_to_its_page(client, registers):
    html = text_of(search(client, "municipality=tamchy&region=issyk-kul", "en"))
    assert '<a href="/en/municipalities/tamchy/">Tamchy</a>' in html
    assert 'href="/en/municipalities/tamchy/services/water/"' in html


def test_the_search_finds_words_of_a_service(client, registers):
    assert titles(search(client, "q=Таза Суу")) == ["Тамчыда ичүүчү суу"]
    assert titles(search(client, "q=Таштанды&status=approved")) == ["Таштанды чыгаруу"]
    assert titles(search(client, "q=Таштанды&status=proposed")) == []
    assert titles(search(client, "q=Atlantis")) == []


@pytest.mark.parametrize(
    "query",
    [
        "q=ТАШТАНДЫ",  # any case
        "q=таштандылар",  # a word ending
        "q=таштандыны чыгаруу",  # every word, each with its ending
        "q=Таштанды&sort=fee",
    ],
)
def test_the_search_folds_and_stems_as_the_story_search(client, registers, query):
    assert titles(search(client, query + "&status=approved")) == ["Таштанды чыгаруу"]


def test_kyrgyz_letters_typed_on_a_russian_keyboard_find_the_service(client, registers):
    # "ичүүчү" typed without ү: in every approved service's summary ("Айылда ичүүчү суу
    # түтүгү курулду."); "тамчыда" only in one title.
    assert titles(search(client, "q=ичуучу&status=approved")) == APPROVED
    assert titles(search(client, "q=тамчыда ичуучу")) == ["Тамчыда ичүүчү суу"]


def test_nothing_found_says_what_was_asked_and_how_to_widen_it(client, registers):
    html = text_of(search(client, "fee=free&outsourced=yes", "en"))
    assert "No service matches" in html
    assert "Nothing matches all of these at once: Cost: Free; Outsourced: yes." in html
    assert '<a href="?fee=free">Remove the last filter, “yes”</a>' in html
    assert "See all 7 services" in html


@pytest.mark.parametrize(
    "query",
    [
        "status=maybe",
        "fee=cheap",
        "category=%00",
        "group=" + "x" * 400,
        "municipality=nowhere",
        "outsourced=1",
    ],
)
def test_unknown_values_are_ignored_with_a_visible_note(client, registers, query):
    response = search(client, query, "en")
    assert "Unknown filter ignored" in response.content.decode()
    assert response.context["result_count"] == 7


@pytest.mark.parametrize("query", ["page=abc", "page=9999999999", "sort=';drop", "q=%00"])
def test_odd_parameters_give_the_whole_list(client, registers, query):
    assert search(client, query).context["result_count"] == 7


def test_the_comparison_keeps_working_next_to_the_search(client, registers):
    response = search(client, "compare=2.1&sort=fee")
    assert [s.title for s in response.context["compare"]["services"]] == [
        "Тамчыда ичүүчү суу",
        "Ичүүчү суу",
    ]
    assert response.context["result_count"] == 7


def test_a_filtered_search_is_not_for_search_engines(client, registers):
    robots = '<meta name="robots" content="noindex, follow">'
    assert robots not in search(client).content.decode()
    assert robots in search(client, "fee=free").content.decode()


def test_the_download_gives_the_filtered_services(client, registers, site_tree):
    page = translation(site_tree.registry, "en")
    response = client.get(f"/exports/{page.pk}/services.csv?fee=paid&outsourced=yes")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][1] == "municipality"  # the second header row: the column keys
    assert [row[1] for row in rows[2:]] == ["Tamchy"]
