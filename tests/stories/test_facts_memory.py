"""The decoded story records are kept in process memory for the current shared version:
read once from the shared cache, then from memory, and rebuilt after any publish."""

from django.core.cache import cache

from stories import selectors
from stories.cache import facts_invalidate
from tests import factories as f


def test_records_come_from_memory_until_the_version_moves(story, monkeypatch):
    first = selectors.story_facts(locale="ky")
    reads = []
    original_get = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *a, **k: reads.append(key) or original_get(key, *a, **k)
    )
    assert selectors.story_facts(locale="ky") is first
    assert not [key for key in reads if key.startswith("stories:facts:") and key.count(":") == 3]

    new = f.StoryPageFactory(parent=story.get_parent(), title="Жаңы көпүрө", slug="bridge")
    new.save_revision().publish()
    after = selectors.story_facts(locale="ky")
    assert after is not first
    assert new.pk in {fact.id for fact in after.stories}


def test_without_a_version_nothing_is_kept(story, monkeypatch):
    monkeypatch.setattr(selectors, "facts_version", lambda: None)
    first = selectors.story_facts(locale="ky")
    assert selectors.story_facts(locale="ky") is not first


def test_invalidation_empties_the_memory_copy(story):
    first = selectors.story_facts(locale="ky")
    facts_invalidate()
    assert selectors.story_facts(locale="ky") is not first
