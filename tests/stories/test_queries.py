"""The story index and the story page run the same number of SQL queries whatever the
size of the corpus: pinned exactly at 3 and at 30 stories, with the cache of story
records empty (the first reader after a change) and filled (every reader after that)."""

import pytest
from django.core.cache import cache
from django.db import connection

from stories.selectors import INDEX_ONLY_STATEMENTS
from tests import world
from tests.stories.conftest import build_corpus, places_build

# Search and odd queries behave per database: CI runs this module on SQLite too.
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

# (cache empty, cache filled). The filled count is what nearly every request costs: the
# page route, the language links, the search when there is one, and the 12 cards
# (pages, images, renditions; their topics come from the records); the records add a
# fixed number when rebuilt. Issue 12: the site, the private sections and the locales
# come from each process's memory, a story is routed in two queries whatever its depth.
# On PostgreSQL the text search plans with index scans only, in a savepoint of its own
# (`stories.selectors._by_the_index`): a few statements more, whatever the corpus.
FULL_TEXT = INDEX_ONLY_STATEMENTS[True] if connection.vendor == "postgresql" else 0
INDEX_QUERIES = {
    "plain": ("", (23, 8)),
    "filtered": ("?region=issyk-kul&topic=street-lighting&year=2012&sort=beneficiaries", (23, 8)),
    "searched": ("?q=Окуя", (24 + FULL_TEXT, 9 + FULL_TEXT)),
    # One text search: the word in the place.
    "place and word": ("?q=Бостери+суу", (24 + FULL_TEXT, 9 + FULL_TEXT)),
    "page 2": ("?page=2", (23, 8)),
}
# The Russian list of the same Kyrgyz corpus (issue 9): every story not yet translated,
# listed in Kyrgyz and marked; its search runs over them too. One query more than the
# Kyrgyz list (the page's translations for the language links), whatever the corpus.
RUSSIAN_INDEX_QUERIES = {
    "plain": ("", (24, 9)),
    "searched": ("?q=Окуя", (25 + FULL_TEXT, 10 + FULL_TEXT)),
    "place and word": ("?q=Бостери+суу", (25 + FULL_TEXT, 10 + FULL_TEXT)),
}
# With the partners' JSON-LD, share image, feed links and citation (issue 8).
STORY_QUERIES = (37, 21)


@pytest.fixture(scope="module", params=[3, 30], ids=["3 stories", "30 stories"])
def corpus(request, django_db_setup, django_db_blocker):
    """Built, indexed, once per size for the module; the tests only read it."""
    with world.module_corpus(django_db_blocker, indexed=True):
        yield build_corpus(places_build(), world.reference(), request.param)


def measure(client, url, django_assert_num_queries, expected):
    cold, warm = expected
    client.get(url)  # renders the image renditions once; they are then in the database
    cache.clear()
    with django_assert_num_queries(cold):
        assert client.get(url).status_code == 200
    with django_assert_num_queries(warm):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("kind", INDEX_QUERIES)
def test_story_index_queries_do_not_grow_with_the_corpus(
    client, corpus, kind, django_assert_num_queries
):
    query, expected = INDEX_QUERIES[kind]
    measure(client, f"/ky/stories/{query}", django_assert_num_queries, expected)


@pytest.mark.parametrize("kind", RUSSIAN_INDEX_QUERIES)
def test_untranslated_stories_in_the_russian_index_do_not_grow_the_queries(
    client, corpus, kind, django_assert_num_queries
):
    query, expected = RUSSIAN_INDEX_QUERIES[kind]
    measure(client, f"/ru/stories/{query}", django_assert_num_queries, expected)
    # What was counted lists the corpus's stories, marked as shown in Kyrgyz.
    assert 'class="story-card__language"' in client.get(f"/ru/stories/{query}").content.decode()


def test_story_page_queries_do_not_grow_with_the_corpus(client, corpus, django_assert_num_queries):
    measure(client, corpus[0].url, django_assert_num_queries, STORY_QUERIES)
