"""The registry pages run the same number of queries however big the corpus is.

Measured as in tests/municipalities/test_queries.py: second request, two corpus sizes."""

import re

import pytest

from registry.selectors import STORIES_SHOWN
from tests.municipalities.test_queries import warm_then_count

SIZES = (2, 8)
# Issue 12: the site, the private sections and the locales come from each process's memory
# and a page below a municipality is routed in two queries: every count below fell.
# Issue 10: the index holds the service search (core.listing): the municipalities' place
# rows, the categories, regions and groups for its filters, one GROUP BY per facet (six:
# region and municipality share theirs), the count and the page of services with their
# initiating groups: thirteen more, whatever the number of services.
# Issue 12 (listperf): the facets counted under the same filters share one GROUP BY (the
# initiating groups, a many-to-many, keep theirs): six became two; the number of results
# is the sum of the fee counts, not a COUNT; the pipeline, the registers' counts,
# outsourcing and the base services' coverage come from one GROUP BY of the services
# (`service_tally`), not four: eight fewer.
REGISTRY_INDEX_QUERIES = 17
REGISTRY_COMPARISON_QUERIES = 19  # the index, plus the compared services and their places
# Filtered by every facet: one GROUP BY per filtered facet (each is counted under the
# other filters; the number of all services is the tally's): five more than unfiltered.
FILTERED_SERVICE_SEARCH_QUERIES = 22
REGISTER_PAGE_QUERIES = 8
SERVICE_PAGE_QUERIES = 12  # with the partners' JSON-LD and feed links (issue 8)


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
def test_filtered_service_search_query_count(db, client, sized_corpus, django_assert_num_queries):
    data, n = sized_corpus, len(sized_corpus.municipalities)
    category = data.base.water.category.code
    url = (
        f"/ky/services/?category={category}&region=issyk-kul&fee=paid&outsourced=yes"
        "&status=approved&group=women&sort=fee"
    )
    html = warm_then_count(client, url, django_assert_num_queries, FILTERED_SERVICE_SEARCH_QUERIES)
    results = html[html.index('class="service-rows service-results"') :]
    results = results[: results.index("</ul>")]
    # Every other service is an approved, outsourced water service (tests/.../corpus.py).
    assert results.count('<li class="service-row ') == min(n * (n // 2), 10)


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
    # Every story of the corpus links to it: the newest STORIES_SHOWN are named.
    assert stories.count("<li>") == min(n * n, STORIES_SHOWN)


BASE_SERVICE_PAGE_QUERIES = 9


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_base_service_page_query_count(db, client, sized_corpus, django_assert_num_queries):
    data, n = sized_corpus, len(sized_corpus.municipalities)
    url = f"/ky/services/base/{data.base.water.code}/?sort=fee"
    html = warm_then_count(client, url, django_assert_num_queries, BASE_SERVICE_PAGE_QUERIES)
    start = html.index('class="service-compare-table')
    table = html[start : html.index("</table>", start)]
    assert table.count("<tr>") - 1 == n * (n // 2)  # a row per water service, after the head
