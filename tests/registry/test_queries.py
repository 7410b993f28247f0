"""The registry pages run the same number of queries however big the corpus is.

Measured as in tests/municipalities/test_queries.py: second request, two corpus sizes."""

import re

import pytest

from tests.municipalities.test_queries import warm_then_count

SIZES = (2, 8)
REGISTRY_INDEX_QUERIES = 18
REGISTRY_COMPARISON_QUERIES = 20  # the index, plus the compared services and their places
REGISTER_PAGE_QUERIES = 18
SERVICE_PAGE_QUERIES = 24  # with the partners' JSON-LD and feed links (issue 8)


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_registry_index_query_count(db, client, sized_corpus, django_assert_num_queries):
    n = len(sized_corpus.municipalities)
    html = warm_then_count(
        client, "/ky/services/", django_assert_num_queries, REGISTRY_INDEX_QUERIES
    )
    assert html.count("registers-table") == 1
    footer = html[html.index("<tfoot>") :]
    assert re.search(rf'data-label="[^"]+">{n * n}</td>', footer)  # services in all registers


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_registry_comparison_query_count(db, client, sized_corpus, django_assert_num_queries):
    data, n = sized_corpus, len(sized_corpus.municipalities)
    url = f"/ky/services/?compare={data.base.water.code}&sort=fee"
    html = warm_then_count(client, url, django_assert_num_queries, REGISTRY_COMPARISON_QUERIES)
    start = html.index('class="service-compare-table')
    table = html[start : html.index("</table>", start)]
    assert table.count("<tr>") - 1 == n * (n // 2)  # a row per water service, after the head


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_register_page_query_count(db, client, sized_corpus, django_assert_num_queries):
    data, n = sized_corpus, len(sized_corpus.municipalities)
    html = warm_then_count(
        client, data.registers[0].url, django_assert_num_queries, REGISTER_PAGE_QUERIES
    )
    assert html.count('<li class="service-row service-row--') == n


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_service_page_query_count(db, client, sized_corpus, django_assert_num_queries):
    data, n = sized_corpus, len(sized_corpus.municipalities)
    html = warm_then_count(
        client, data.services[0].url, django_assert_num_queries, SERVICE_PAGE_QUERIES
    )
    stories = html[html.index('<ul class="story-links">') :]
    stories = stories[: stories.index("</ul>")]
    assert stories.count("<li>") == n * n  # every story of the corpus links to it


BASE_SERVICE_PAGE_QUERIES = 10


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_base_service_page_query_count(db, client, sized_corpus, django_assert_num_queries):
    data, n = sized_corpus, len(sized_corpus.municipalities)
    url = f"/ky/services/base/{data.base.water.code}/?sort=fee"
    html = warm_then_count(client, url, django_assert_num_queries, BASE_SERVICE_PAGE_QUERIES)
    start = html.index('class="service-compare-table')
    table = html[start : html.index("</table>", start)]
    assert table.count("<tr>") - 1 == n * (n // 2)  # a row per water service, after the head
