"""Translations of pages: the fast path of the demo, importers and tests
(`page_translation_add`) and wagtail-localize's own path (`copy_for_translation`, what
an editor's "Translate this page" does) give the same translation."""

import pytest
from wagtail.models import Locale

from core.indexing import index_auto_update
from core.services import page_translation_add
from stories.models import StoryPage
from tests import factories as f

pytestmark = pytest.mark.django_db


def _story_with_relations(municipality, reference):
    page = f.StoryPageFactory(parent=municipality, title="Суу түтүгү", slug="pipe")
    page.topics.set([reference.water, reference.light])
    page.vulnerable_groups.set([reference.women])
    page.programme = reference.programme
    page.save()
    page.votes.create(alternative="Суу", votes=30, chosen=True)
    return StoryPage.objects.get(pk=page.pk)


def _shape(page):
    return {
        "class": type(page),
        "parent": page.get_parent().specific.translation_key,
        "topics": sorted(str(t.translation_key) for t in page.topics.all()),
        "topic_locales": {t.locale_id for t in page.topics.all()},
        "programme": page.programme.translation_key,
        "programme_locale": page.programme.locale_id,
        "votes": [(v.alternative, v.votes, v.chosen) for v in page.votes.all()],
        "total_kgs": page.total_kgs,
    }


def test_the_fast_path_makes_the_translation_wagtail_localize_makes(municipality, reference):
    russian = Locale.objects.get(language_code="ru")
    source = _story_with_relations(municipality, reference)

    fast = page_translation_add(page=source, locale=russian, values={"title": "Водопровод"})
    fast = StoryPage.objects.get(pk=fast.pk)
    assert fast.translation_key == source.translation_key
    assert fast.locale == russian
    assert (fast.title, fast.draft_title, fast.live) == ("Водопровод", "Водопровод", True)
    assert fast.get_parent().locale == russian
    assert fast.url_path.startswith(fast.get_parent().url_path)
    fast_shape = _shape(fast)
    assert fast_shape["topic_locales"] == {russian.pk}
    assert fast_shape["programme_locale"] == russian.pk
    fast.delete()

    # wagtail-localize's copy, with the snippet relations localised the same way.
    copied = source.copy_for_translation(russian).specific
    copied = StoryPage.objects.get(pk=copied.pk)
    from core.services import relations_localise

    relations_localise(instance=copied, locale=russian)
    copied.save()
    copied_shape = _shape(StoryPage.objects.get(pk=copied.pk))
    assert copied_shape == fast_shape
    assert _shape(source)["votes"] == fast_shape["votes"]


def test_a_draft_translation_is_not_live(municipality):
    source = f.StoryPageFactory(parent=municipality, title="Көпүрө", slug="bridge")
    draft = page_translation_add(
        page=source, locale=Locale.objects.get(language_code="en"), publish=False
    )
    assert draft.live is False
    assert draft.has_unpublished_changes is True
    assert draft.first_published_at is None


def test_a_home_page_translation_stands_beside_it_under_the_root(site_tree):
    german = Locale.objects.create(language_code="de")
    home = page_translation_add(page=site_tree.home, locale=german)
    assert home.depth == site_tree.home.depth
    assert home.slug == "home-de"


def test_saves_update_the_search_index_only_when_a_test_asks(municipality):
    from wagtail.search.backends import get_search_backend

    quiet = f.StoryPageFactory(parent=municipality, title="Жаңы көпүрө", slug="new-bridge")
    with index_auto_update(True):
        indexed = f.StoryPageFactory(parent=municipality, title="Эски көпүрө", slug="old-bridge")
    found = list(get_search_backend().search("көпүрө", StoryPage))
    assert indexed in found
    assert quiet not in found
