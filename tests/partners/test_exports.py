"""Downloads of every public listing (CSV, XLSX, JSON) as a partner uses them: the rows the
page shows for its filters, headers in the page's language over stable keys, the licence
and the source in every file, formulas made inert, numbers kept numbers, hostile
parameters answered without a server error, a query count that does not grow with the
corpus; the data dictionary and the Dataset JSON-LD made from the same declarations."""

import csv
import io
import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import Page

from municipalities.models import MunicipalityIndexPage, NewsIndexPage
from partners import datasets
from registry.models import RegistryIndexPage, ServiceRegisterPage
from stories.models import StoryIndexPage
from tests import factories as f
from tests import world as session_world

pytestmark = pytest.mark.django_db

FORMATS = ("csv", "xlsx", "json")
# listing key -> the page type it is downloaded from
PAGE_TYPES = {
    "stories": StoryIndexPage,
    "municipalities": MunicipalityIndexPage,
    "figures": MunicipalityIndexPage,
    "news": NewsIndexPage,
    "services": RegistryIndexPage,
    "register": ServiceRegisterPage,
}
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def listing_page(key, language="en"):
    return PAGE_TYPES[key].objects.get(locale__language_code=language)


def export_path(key, fmt, language="en"):
    return f"/exports/{listing_page(key, language).pk}/{key}.{fmt}"


def parse(response, fmt):
    """(labels, keys, rows as lists of cells) of a download, whatever its format."""
    assert response.status_code == 200, response.content[:500]
    if fmt == "json":
        data = json.loads(response.content)
        keys = [column["key"] for column in data["columns"]]
        labels = [column["label"] for column in data["columns"]]
        return labels, keys, [[row[key] for key in keys] for row in data["rows"]]
    if fmt == "csv":
        lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        return lines[0], lines[1], lines[2:]
    workbook = load_workbook(io.BytesIO(response.content))
    values = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    return values[0], values[1], values[2:]


@pytest.fixture
def export(client, world):
    def get(key, fmt="json", language="en", **params):
        return client.get(export_path(key, fmt, language), params)

    return get


# ---- Every listing, every format ---------------------------------------------------------

EXPECTED_ROWS = {
    # the partner world: two municipalities with a story each, one figure-less pair, one
    # news item, one register with one service
    "stories": 2,
    "municipalities": 2,
    "figures": 0,
    "news": 1,
    "services": 1,
    "register": 1,
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_each_listing_downloads_in_each_format(export, key, fmt):
    response = export(key, fmt)
    labels, keys, rows = parse(response, fmt)
    listing = datasets.LISTINGS_BY_KEY[key]
    assert keys == [column.key for column in listing.columns]
    assert len(labels) == len(keys)
    assert len(rows) == EXPECTED_ROWS[key]
    assert response["Content-Type"].startswith(
        {"csv": "text/csv", "xlsx": "application/vnd.openxml", "json": "application/json"}[fmt]
    )
    disposition = response["Content-Disposition"]
    assert re.fullmatch(
        rf'attachment; filename="ashar-{key}-en-\d{{4}}-\d\d-\d\d\.{fmt}"', disposition
    )
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("key", "params", "expected"),
    [
        ("stories", {"region": "osh"}, ["Light in Kurshab"]),
        ("stories", {"topic": "drinking-water"}, ["Bosteri rebuilds its kindergarten"]),
        ("stories", {"q": "Kurshab"}, ["Light in Kurshab"]),
        ("stories", {"region": "osh", "topic": "drinking-water"}, []),
        ("news", {"region": "osh"}, []),
        ("news", {"region": "issyk-kul"}, ["Public hearing in Bosteri"]),
        ("services", {"compare": "2.1"}, ["Drinking water"]),
        ("services", {"compare": "9.9"}, ["Drinking water"]),  # unknown: ignored, as on the page
    ],
)
def test_the_page_filters_choose_the_rows(export, key, params, expected, fmt):
    labels, keys, rows = parse(export(key, fmt, **params), fmt)
    title = keys.index("title")
    assert sorted(row[title] for row in rows) == expected


def test_an_unknown_filter_is_reported_as_ignored(export):
    data = export("stories", region="atlantis", topic="drinking-water").json()
    assert [row["title"] for row in data["rows"]] == ["Bosteri rebuilds its kindergarten"]
    assert data["source"]["ignored_filters"] == ["Region: atlantis"]
    assert data["source"]["filters"] == {"region": "atlantis", "topic": "drinking-water"}


def test_a_download_gives_every_matching_row_not_one_page(export, world):
    municipality = Page.objects.get(pk=world.kurshab.pk).specific
    for number in range(13):  # more than a page of the index (12)
        f.StoryPageFactory(parent=municipality, title=f"Extra {number}")
    rows = export("stories", language="ky", page="2").json()["rows"]
    assert len(rows) == 2 + 13


# ---- Headers, keys, encoding -----------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_headers_are_in_the_page_language_over_the_same_keys(export, fmt):
    found = {
        language: parse(export("stories", fmt, language), fmt) for language in ("ky", "ru", "en")
    }
    keys = {language: tuple(found[language][1]) for language in found}
    assert len(set(keys.values())) == 1
    labels = {language: found[language][0] for language in found}
    assert labels["en"][:2] == ["Story number", "Title"]
    assert labels["ru"][:2] == ["Номер истории", "Название"]
    assert labels["ky"][:2] == ["Окуянын номери", "Аталышы"]
    assert found["ru"][2][0][keys["ru"].index("title")] in {
        "В Бостери отремонтировали детский сад",
        "Свет в Куршабе",
    }


def test_csv_starts_with_a_byte_order_mark_and_keeps_kyrgyz_letters(export):
    response = export("stories", "csv", "ky")
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8-sig")
    assert "Бостериде бала бакча оңдолду" in text
    assert "Ысык-Көл облусу" in text


def test_formulas_are_neutralised_and_numbers_stay_numbers(export, world):
    municipality = Page.objects.get(pk=world.kurshab.pk).specific
    f.StoryPageFactory(
        parent=municipality,
        title='=HYPERLINK("http://evil.example","click")',
        summary="-2+3",
        villages="@SUM(A1)",
        year=2020,
        total_kgs=1_500_000,
    )
    kurshab = municipality.get_translation(world.locales["en"])
    kurshab.latitude, kurshab.longitude = "-40.25000", "73.20000"
    kurshab.save()

    _labels, keys, rows = parse(export("stories", "csv"), "csv")
    evil = next(row for row in rows if "HYPERLINK" in row[keys.index("title")])
    assert evil[keys.index("title")] == '\'=HYPERLINK("http://evil.example","click")'
    assert evil[keys.index("summary")] == "'-2+3"
    assert evil[keys.index("villages")] == "'@SUM(A1)"
    assert evil[keys.index("total_kgs")] == "1500000"

    response = export("stories", "xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    keys = [cell.value for cell in sheet[2]]
    row = next(
        row
        for row in sheet.iter_rows(min_row=3)
        if "HYPERLINK" in str(row[keys.index("title")].value)
    )
    assert row[keys.index("title")].data_type == "s"
    assert row[keys.index("title")].value.startswith("'=")
    assert row[keys.index("summary")].value == "'-2+3"
    assert row[keys.index("year")].value == 2020
    assert row[keys.index("total_kgs")].value == 1_500_000
    assert row[keys.index("id")].data_type == "n"

    _labels, keys, rows = parse(export("municipalities", "csv"), "csv")
    kurshab_row = next(row for row in rows if row[keys.index("municipality_slug")] == "kurshab")
    assert kurshab_row[keys.index("latitude")] == "-40.25"  # a real negative number, untouched
    sheet = load_workbook(io.BytesIO(export("municipalities", "xlsx").content)).worksheets[0]
    keys = [cell.value for cell in sheet[2]]
    latitudes = [
        row[keys.index("latitude")] for row in sheet.iter_rows(min_row=3, values_only=True)
    ]
    assert -40.25 in latitudes
    data = export("municipalities").json()
    assert -40.25 in [row["latitude"] for row in data["rows"]]


def test_xlsx_reads_back_with_its_about_sheet(export, world):
    bosteri_ru = world.bosteri.get_translation(world.locales["ru"])
    f.MunicipalityFigureFactory(page=bosteri_ru, kind="hearings_held", value=7)
    workbook = load_workbook(io.BytesIO(export("figures", "xlsx", "ru").content))
    assert workbook.sheetnames == ["Данные", "About"]
    data = list(workbook["Данные"].iter_rows(values_only=True))
    keys = list(data[1])
    assert data[2][keys.index("value")] == 7
    assert data[2][keys.index("municipality_slug")] == "bosteri"
    about = dict(workbook["About"].iter_rows(values_only=True))
    assert about["Лицензия"] == "CC BY 4.0"
    assert about["Текст лицензии"] == LICENCE_URL
    assert about["Этот файл"].endswith(f"/exports/{listing_page('figures', 'ru').pk}/figures.xlsx")
    assert about["Строк"] == 1


# ---- Licence and source ------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_the_licence_and_source_are_in_every_format(export, key):
    data = export(key, "json", region="osh").json()
    assert data["licence"]["url"] == LICENCE_URL
    assert data["licence"]["name"] == "CC BY 4.0"
    assert data["source"]["url"].startswith("http")
    assert data["source"]["url"].endswith(f"/{key}.json?region=osh")
    assert data["source"]["data_dictionary"].endswith("/en/data-dictionary/")
    assert data["source"]["exported_at"]

    workbook = load_workbook(io.BytesIO(export(key, "xlsx").content))
    about = dict(workbook["About"].iter_rows(values_only=True))
    assert LICENCE_URL in about.values()

    response = export(key, "csv")
    assert f'<{LICENCE_URL}>; rel="license"' in response["Link"]
    assert '/en/data-dictionary/>; rel="describedby"' in response["Link"]


# ---- Hostile parameters ------------------------------------------------------------------

HOSTILE = [
    "q=%00",
    "q=" + "x" * 5000,
    "region=%00&topic=%FF%FE",
    "year=%C2%B2",  # "²" is a digit to Python's isdigit, not to int()
    "year=99999999999999999999",
    "page=-1&sort=../../etc/passwd",
    "municipality=<script>alert(1)</script>",
    "compare=" + "9" * 3000,
    "topic=" + "&topic=".join(str(n) for n in range(200)),
    "region[]=osh&region=osh&region=osh",
    "q=%D0",
]


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_hostile_parameters_never_give_a_server_error(client, world, key, query):
    for fmt in FORMATS:
        response = client.get(f"{export_path(key, fmt)}?{query}")
        assert response.status_code in (200, 400), (fmt, response.status_code)
        if response.status_code == 400:
            assert response.json()["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/exports/{stories}/news.csv",  # a listing the page does not have
        "/exports/{stories}/nothing.json",
        "/exports/{stories}/stories.pdf",
        "/exports/999999999999/stories.csv",
        "/exports/{home}/stories.json",
    ],
)
def test_what_does_not_exist_is_a_404(client, world, path):
    path = path.format(stories=listing_page("stories").pk, home=world.home.pk)
    assert client.get(path).status_code == 404


def test_an_unpublished_listing_cannot_be_downloaded(client, world):
    page = listing_page("news")
    page.unpublish()
    assert client.get(export_path("news", "json")).status_code == 404


# ---- Cost ------------------------------------------------------------------------------

# Queries of one download, whatever the corpus: the page (two: the page, then its specific
# row), its locale and view restrictions, then one query per kind of thing the listing
# shows. Stories: the story records are built on the first download after a change (11
# queries, then cached) and the texts of the matching stories are one query.
# Municipalities: their story counts come from the same records (with the stories not yet
# translated, as the municipality pages count them), so the first download builds them too;
# issue 10: it asks the index's listing (core.listing), which also reads the
# municipalities' programmes and registers to filter by them: two queries more. Services
# (issue 10): the registry's download is its service search, which reads the labels of its
# filters (categories, regions, groups) and the municipalities' place rows: three more.
QUERY_PINS = {
    "stories": 16,
    "municipalities": 21,
    "figures": 7,
    "news": 11,
    "services": 11,
    "register": 8,
}


def _grow(world, size, start=0):
    """`size` more municipalities, each with a story, a figure, a news item and a register
    with a service, in Kyrgyz."""
    index = MunicipalityIndexPage.objects.get(pk=world.municipalities.pk)
    register = ServiceRegisterPage.objects.get(pk=world.register.pk)
    for number in range(start, start + size):
        municipality = f.MunicipalityPageFactory(
            parent=index, district=world.uzgen, region=world.osh, slug=f"grow-{number}"
        )
        f.MunicipalityFigureFactory(page=municipality)
        f.MunicipalityFigureFactory(page=municipality, kind="residents_involved", value=300)
        story = f.StoryPageFactory(parent=municipality)
        story.topics.set([world.water, world.light])
        story.vulnerable_groups.set([world.women])
        story.save()
        news = f.NewsPageFactory(parent=municipality)
        news.topics.set([world.water])
        news.save()
        own = f.ServiceRegisterPageFactory(parent=municipality)
        service = f.ServicePageFactory(parent=own, base_service=world.service.base_service)
        service.initiating_groups.set([world.women])
        service.save()
        f.ServicePageFactory(parent=register, base_service=world.service.base_service)


def _queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture(scope="module")
def growth(partner_world, django_db_blocker):
    """{key: (queries of each format at 2 more municipalities, at 8 more, rows of the JSON
    at 8)}: the corpus is grown once for every download, in a block rolled back before
    the module's other tests see it."""
    client = Client()
    paths = {key: [export_path(key, fmt, "ky") for fmt in FORMATS] for key in PAGE_TYPES}
    with session_world.module_corpus(django_db_blocker):
        # Warm what no corpus changes: the site's root paths and the locales, cached per
        # process.
        for key in PAGE_TYPES:
            client.get(paths[key][0])
        _grow(partner_world, 2)
        small = {key: [_queries(client, path) for path in paths[key]] for key in PAGE_TYPES}
        _grow(partner_world, 6, start=2)
        return {
            key: (
                small[key],
                [_queries(client, path) for path in paths[key]],
                parse(client.get(paths[key][2]), "json")[2],
            )
            for key in PAGE_TYPES
        }


@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_query_count_is_pinned_and_does_not_grow_with_the_corpus(growth, key):
    small, large, rows = growth[key]
    assert small == large
    assert max(large) <= QUERY_PINS[key], large
    assert len(rows) > EXPECTED_ROWS[key]


# ---- The download control, the data dictionary, the Dataset ------------------------------

PAGE_PATHS = {
    "stories": lambda world: listing_page("stories").url,
    "municipalities": lambda world: listing_page("municipalities").url,
    "news": lambda world: listing_page("news").url,
    "services": lambda world: listing_page("services").url,
    "register": lambda world: listing_page("register").url,
}


def _json_ld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


@pytest.mark.parametrize("key", sorted(PAGE_PATHS))
def test_each_listing_page_offers_its_downloads_with_its_filters(client, world, key):
    url = PAGE_PATHS[key](world)
    response = client.get(url, {"region": "osh", "page": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    page = listing_page(key)
    listings = [
        listing.key for listing in datasets.LISTINGS if isinstance(page, listing.page_types)
    ]
    for listing in listings:
        for fmt in FORMATS:
            assert f'href="/exports/{page.pk}/{listing}.{fmt}?region=osh"' in html
    assert 'class="downloads"' in html
    assert 'href="/en/data-dictionary/#' in html

    datasets_found = [item for item in _json_ld(html) if item.get("@type") == "Dataset"]
    assert len(datasets_found) == len(listings)
    for dataset in datasets_found:
        assert dataset["inLanguage"] == "en"
        assert dataset["license"] == LICENCE_URL
        assert dataset["creator"]["name"] == "Ashar"
        assert dataset["publisher"]["@type"] == "Organization"
        assert dataset["url"].endswith("?region=osh")
        formats = {item["encodingFormat"] for item in dataset["distribution"]}
        assert formats == {
            "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/json",
        }
        for item in dataset["distribution"]:
            assert item["@type"] == "DataDownload"
            assert item["contentUrl"].startswith("http")
            path = item["contentUrl"].split("://", 1)[1].split("/", 1)[1]
            assert client.get("/" + path).status_code == 200


def test_the_dataset_of_a_russian_page_is_in_russian(client, world):
    html = client.get(listing_page("stories", "ru").url).content.decode()
    (dataset,) = [item for item in _json_ld(html) if item.get("@type") == "Dataset"]
    assert dataset["inLanguage"] == "ru"
    assert dataset["name"].startswith("Истории")
    assert {item["propertyID"] for item in dataset["variableMeasured"]} >= {"id", "title", "year"}


def test_pages_that_are_not_listings_have_no_dataset(client, world):
    html = client.get(world.story.get_url()).content.decode()
    assert not [item for item in _json_ld(html) if item.get("@type") == "Dataset"]
    assert 'class="downloads"' not in html


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_data_dictionary_lists_every_exported_column(client, world, language):
    response = client.get(f"/{language}/data-dictionary/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    for listing in datasets.LISTINGS:
        assert f'id="{listing.key}"' in html
        section = html.split(f'id="{listing.key}"', 1)[1].split("</section>", 1)[0]
        for column in listing.columns:
            assert f"<code>{column.key}</code>" in section, (listing.key, column.key)
        if listing.key != "register":
            page = listing_page(listing.key, language)
            assert f'href="/exports/{page.pk}/{listing.key}.csv"' in section
    assert LICENCE_URL in html


def test_the_data_dictionary_speaks_the_reader_language(client, world):
    russian = client.get("/ru/data-dictionary/").content.decode()
    english = client.get("/en/data-dictionary/").content.decode()
    assert "Номер истории" in russian and "Story number" not in russian
    assert "Story number" in english


def test_the_data_dictionary_switches_language_to_itself(client, world):
    html = client.get("/ky/data-dictionary/").content.decode()
    switcher = html.split('class="lang-switcher"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/ru/data-dictionary/"' in switcher
    assert 'href="/en/data-dictionary/"' in switcher
    assert "not yet translated" not in switcher
