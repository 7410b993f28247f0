"""The site-wide search runs the same number of queries however many stories,
municipalities, services and news there are (tests/municipalities/corpus.py at two sizes)."""

import pytest

from tests.municipalities.test_queries import warm_then_count
from tests.stories.test_queries import FULL_TEXT

SIZES = (2, 8)
# Pinned exactly: a change here is a decision, not noise.
SITE_SEARCH_QUERIES = 9 + FULL_TEXT  # the stories' full-text search among them
SITE_SEARCH_PLACE_QUERIES = 7  # a place: its stories from the cached records, no base service


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_site_search_query_count(db, client, sized_corpus, django_assert_num_queries):
    html = warm_then_count(
        client, "/ky/search/?q=суу", django_assert_num_queries, SITE_SEARCH_QUERIES
    )
    assert 'id="results-services"' in html


@pytest.mark.parametrize("sized_corpus", SIZES, indirect=True)
def test_site_search_of_a_place_query_count(db, client, sized_corpus, django_assert_num_queries):
    html = warm_then_count(
        client, "/ky/search/?q=Бостери", django_assert_num_queries, SITE_SEARCH_PLACE_QUERIES
    )
    assert 'id="results-municipalities"' in html
