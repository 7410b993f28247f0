"""The demo smoke test (STYLE.md, Tests): after `load_demo_data`, every live page of every
language answers 200, and story short links lead to their story. The demo is loaded once
for the module inside a transaction that is rolled back afterwards.

The corpus is the demo with 60 stories per language instead of 234: still every page
type, municipality, register, news item, topic and both story templates of each topic, in
a third less time. CI crawls the full demo with `scripts/crawl.py`."""

from collections import Counter

import pytest
from django.db import transaction
from wagtail.models import Page

from home.demo import demo_load
from stories.models import StoryPage

pytestmark = pytest.mark.django_db

STORIES = 60


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield demo_load(stories=STORIES)
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def live_paths():
    """(language code, page type, path) of every live public page a Site routes to."""
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale", "content_type")
        .order_by("path")
    )
    found = []
    for page in pages:
        parts = page.get_url_parts()
        assert parts is not None, f"{page.locale.language_code} #{page.pk} cannot be routed"
        found.append((page.locale.language_code, page.content_type.model, parts[2]))
    return found


def test_every_live_page_in_every_language_answers_200(demo, client):
    paths = live_paths()
    failures = []
    for code, model, path in paths:
        status = client.get(path).status_code
        if status != 200:
            failures.append(f"{status} {code} {model} {path}")
    per_language = Counter(code for code, _model, _path in paths)
    assert set(per_language) == {"ky", "ru", "en"}
    assert len(set(per_language.values())) == 1
    assert failures == []


def test_every_story_short_link_leads_to_the_story(demo, client):
    stories = StoryPage.objects.live().filter(locale__language_code="ru")[:10]
    for story in stories:
        response = client.get(f"/s/{story.pk}/", follow=True)
        assert response.status_code == 200
        assert response.redirect_chain
