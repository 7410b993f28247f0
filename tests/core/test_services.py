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


def test_page_child_add_places_the_page_as_treebeard_does(municipality):
    from wagtail.models import Page, PageLogEntry

    from core.services import page_child_add

    first = f.StoryPageFactory(parent=municipality, title="Биринчи", slug="first")
    municipality.refresh_from_db()
    before = municipality.numchild
    expected = municipality.get_children().last()._inc_path()
    page = page_child_add(
        municipality, StoryPage(title="Экинчи", slug="second", summary="Кыскача", live=True)
    )
    municipality.refresh_from_db()
    assert municipality.numchild == before + 1
    assert page.depth == first.depth
    assert page.path == expected
    assert Page.objects.get(pk=page.pk).get_parent().pk == municipality.pk
    assert page.url_path == f"{municipality.url_path}second/"
    assert list(municipality.get_children().values_list("pk", flat=True))[-1] == page.pk
    # The caller logs the creation with its revision: no entry of Wagtail's own here.
    assert not PageLogEntry.objects.filter(page=page).exists()

    empty = f.StandardPageFactory(parent=municipality.get_parent(), title="Бош", slug="empty")
    child = page_child_add(
        empty, StoryPage(title="Жалгыз", slug="only", summary="Кыскача", live=True)
    )
    assert child.path == f"{empty.path}0001"


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "indexed"])
def test_a_new_pages_revision_holds_empty_only_the_relations_it_was_added_without(
    municipality, bulk
):
    """`relations_held_empty` spares the reads of a new page's empty relations, and only
    of those: the rows a page was added with are serialised into its revision, whether
    they were inserted in bulk (index updates off) or by modelcluster's save."""
    from core.services import page_child_add, relations_held_empty
    from stories.models import StoryOutput

    page = StoryPage(title="Көпүрө", slug="bridge", summary="Кыскача", live=True)
    page.outputs = [
        StoryOutput(quantity=3, unit="km", description="түтүк", locale=municipality.locale)
    ]
    with index_auto_update(not bulk):
        page_child_add(municipality, page)
    with relations_held_empty(page):
        content = page.serializable_data()
    assert [row["unit"] for row in content["outputs"]] == ["km"]
    assert content["votes"] == [] and content["quotes"] == []
    # After the block the relations are read from the database again.
    page.votes.model.objects.create(page=page, alternative="Суу", votes=3, chosen=True)
    assert page.votes.count() == 1


def test_page_child_add_validates_a_live_page_and_writes_nothing_when_bad(municipality):
    from django.core.exceptions import ValidationError
    from wagtail.models import Page

    from core.services import page_child_add

    count = Page.objects.count()
    municipality.refresh_from_db()
    numchild = municipality.numchild
    with pytest.raises(ValidationError) as error:
        page_child_add(
            municipality, StoryPage(title="x" * 300, slug="long", summary="Кыскача", live=True)
        )
    assert "title" in error.value.message_dict
    taken = f.StoryPageFactory(parent=municipality, title="Бар", slug="taken")
    with pytest.raises(ValidationError) as error:
        page_child_add(
            municipality, StoryPage(title="Дагы", slug=taken.slug, summary="Кыскача", live=True)
        )
    assert "slug" in error.value.message_dict
    municipality.refresh_from_db()
    assert Page.objects.count() == count + 1  # only `taken`
    assert municipality.numchild == numchild + 1


REFERENCE_FIELDS = ("content_type", "base_content_type", "object_id", "to_content_type")
REFERENCE_FIELDS += ("to_object_id", "model_path", "content_path", "content_path_hash")


def _story_with_images(municipality, reference):
    """A story with inline rows, a main image and a gallery photo: references of every kind."""
    from tests.stories.conftest import make_image

    story = _story_with_relations(municipality, reference)
    story.image = make_image("Main")
    story.save()
    story.gallery_images.create(image=make_image("Gallery"), consent_recorded=True)
    story.save()
    return story


def test_references_rebuild_writes_what_wagtails_command_writes(municipality, reference):
    from django.core.management import call_command
    from wagtail.models import ReferenceIndex

    from core.indexing import references_rebuild

    _story_with_images(municipality, reference)
    call_command("rebuild_references_index", verbosity=0)
    wagtails = set(ReferenceIndex.objects.values_list(*REFERENCE_FIELDS))
    assert references_rebuild() > 0
    ours = set(ReferenceIndex.objects.values_list(*REFERENCE_FIELDS))
    assert ours == wagtails
    assert any(row[5].startswith("gallery_images.") for row in ours)


def test_references_update_writes_what_wagtail_writes_for_each_object(municipality, reference):
    """The bulk writers' reference index update (`core.indexing.references_update`) leaves
    the rows `ReferenceIndex.create_or_update_for_object` leaves, stale rows removed."""
    from wagtail.models import ReferenceIndex

    from core.indexing import references_update

    story = _story_with_images(municipality, reference)
    objects = [story, municipality.specific]
    ReferenceIndex.objects.all().delete()
    for obj in objects:
        ReferenceIndex.create_or_update_for_object(obj)
    wagtails = set(ReferenceIndex.objects.values_list(*REFERENCE_FIELDS))
    assert any(row[5].startswith("gallery_images.") for row in wagtails)

    # A stale row (the image no longer referenced) goes; a second run changes nothing.
    ReferenceIndex.objects.filter(model_path="image").update(to_object_id="999999")
    references_update(objects)
    assert set(ReferenceIndex.objects.values_list(*REFERENCE_FIELDS)) == wagtails
    references_update(objects)
    assert set(ReferenceIndex.objects.values_list(*REFERENCE_FIELDS)) == wagtails
