"""Content health keeps its query count whatever the number of municipalities, pages,
figures and photos (tests/municipalities/corpus.py at two sizes)."""

import datetime

import pytest

from municipalities.selectors import content_health

pytestmark = pytest.mark.django_db

URL = "/admin/content-health/"
TODAY = datetime.date(2026, 6, 15)
# The admin's own (session, user, menus), the regions and the report's five: the same at
# both sizes.
QUERY_BUDGET = 14


@pytest.mark.parametrize("sized_corpus", (2, 8), indirect=True)
def test_content_health_takes_five_queries(sized_corpus, django_assert_num_queries):
    with django_assert_num_queries(5):
        rows = content_health(today=TODAY)
    assert len(rows) == len(sized_corpus.municipalities) + 1  # and the world's Бостери


@pytest.mark.parametrize("sized_corpus", (2, 8), indirect=True)
def test_report_query_count_does_not_grow(
    sized_corpus, client, django_user_model, django_assert_num_queries
):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    client.get(URL)  # warm the content types and the admin's own caches
    with django_assert_num_queries(QUERY_BUDGET):
        response = client.get(URL)
    assert len(response.context["report"].rows) == len(sized_corpus.municipalities) + 1
