"""The page of one base service (/<lang>/services/base/<code>/): every municipality that
provides it with fee, time limit, provider, outsourcing and status, its coverage computed,
in three languages, in the sitemap, cached and purged like a page."""

import re

import pytest
from django.core.cache import cache

from tests import factories as f
from tests.pages import text_of
from tests.registry.conftest import registers_once

pytestmark = pytest.mark.django_db

registers = registers_once()


@pytest.fixture(autouse=True)
def interface_in_source_strings(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path / "no-catalogues"]


def rows(html):
    start = html.index('class="service-compare-table')
    table = html[start : html.index("</table>", start)]
    return re.findall(r'<th scope="row">.*?<a href="([^"]+)">([^<]+)</a>', table)


def test_a_base_service_lists_every_municipality_with_its_terms(client, registers):
    html = text_of(client.get("/ky/services/base/2.1/"))
    assert "<h1>Ичүүчү суу менен камсыз кылуу</h1>" in html
    assert rows(html) == [
        (registers.services.water.url, "Бостери"),
        (registers.services.tamchy_water.url, "Тамчы"),
    ]
    assert "Таза Суу ЖЧК" in html and "Туташтыруу 10 жумуш күнү ичинде" in html
    assert re.search(r"Provided in <strong class=\"num\">2</strong> of 2 municipalities", html)


def test_coverage_counts_only_approved_services_of_live_municipalities(client, registers):
    html = text_of(client.get("/ky/services/base/2.2/"))
    # Waste: approved in Bosteri only; its proposals are listed with their status.
    assert re.search(r"Provided in <strong class=\"num\">1</strong> of 2 municipalities", html)
    assert len(rows(html)) == 5
    f.MunicipalityPageFactory(parent=registers.tamchy.get_parent(), title="Үчүнчү", slug="third")
    cache.clear()
    html = text_of(client.get("/ky/services/base/2.2/"))
    assert re.search(r"Provided in <strong class=\"num\">1</strong> of 3 municipalities", html)


def test_sorted_by_fee_free_first(client, registers):
    html = text_of(client.get("/ky/services/base/2.1/?sort=fee"))
    assert [name for _url, name in rows(html)] == ["Тамчы", "Бостери"]
    assert '<meta name="robots" content="noindex, follow">' in html


def test_in_three_languages_with_hreflang_and_canonical(client, registers):
    for language, name, municipality in (
        ("ru", "Обеспечение питьевой водой", "Бостери"),
        ("en", "Drinking water supply", "Bosteri"),
    ):
        html = text_of(client.get(f"/{language}/services/base/2.1/"))
        assert f"<h1>{name}</h1>" in html.replace("\xad", "")
        assert municipality in [title for _url, title in rows(html)]
        canonical = f"http://testserver/{language}/services/base/2.1/"
        assert f'<link rel="canonical" href="{canonical}">' in html
    html = text_of(client.get("/en/services/base/2.1/"))
    for code in ("ky", "ru", "en", "x-default"):
        assert f'hreflang="{code}"' in html
    assert 'href="/ru/services/base/2.1/" hreflang="ru"' in html  # the language switcher


def test_breadcrumbs_and_links_from_the_registry_and_the_service(client, registers):
    html = text_of(client.get("/ky/services/base/2.1/"))
    assert '<span aria-current="page">Ичүүчү суу менен камсыз кылуу</span>' in html
    assert 'href="/ky/services/"' in html
    index = text_of(client.get("/ky/services/"))
    assert 'href="/ky/services/base/2.1/">Ичүүчү суу менен камсыз кылуу</a>' in index
    service = text_of(client.get(registers.services.tamchy_water.url))
    assert 'href="/ky/services/base/2.1/">This service in other municipalities</a>' in service


@pytest.mark.parametrize(
    "path",
    [
        "9.99/",
        "%3Cscript%3E/",
        "x" * 500 + "/",
        "2.1%00/",
        "..%2F/",
        "%F0%9F%98%80/",
    ],
)
def test_an_unknown_code_is_a_404_page(client, registers, path):
    response = client.get(f"/ky/services/base/{path}")
    assert response.status_code == 404


def test_get_only(client, registers):
    assert client.post("/ky/services/base/2.1/").status_code == 405


def test_the_sitemap_lists_each_base_service_in_each_language(client, registers):
    xml = client.get("/sitemap.xml").content.decode()
    for language in ("ky", "ru", "en"):
        assert f"<loc>http://testserver/{language}/services/base/2.1/</loc>" in xml
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" '
        'href="http://testserver/ky/services/base/2.2/"/>' in xml
    )


def test_cached_like_a_page_and_purged_when_a_service_is_published(client, registers, settings):
    settings.PAGE_CACHE_SECONDS = 600
    url = "/en/services/base/2.1/"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    service = registers.services.tamchy_water
    english = service.get_translations().get(locale__language_code="en").specific
    english.time_limit = "Three days"
    english.save_revision().publish()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Three days" in text_of(response)


def test_purged_when_its_base_service_is_renamed(client, registers, settings):
    settings.PAGE_CACHE_SECONDS = 600
    url = "/ky/services/base/2.1/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    base = registers.base.water
    base.name = "Таза суу"
    base.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Таза суу</h1>" in text_of(response)
