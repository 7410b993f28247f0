"""Writes for stories: their search documents (see `search.py`)."""

from django.db import transaction
from wagtail.models import Page

from core.places import place_rows

from .models import StoryPage, StorySearchDocument
from .search import story_search_text

REBUILD_CHUNK = 500


def story_search_document_save(*, story):
    """Write the search document of `story` (a StoryPage) from what it holds now."""
    StorySearchDocument.objects.update_or_create(
        page_id=story.pk,
        defaults={"locale_id": story.locale_id, "text": story_search_text(story)},
    )


def story_search_documents_rebuild():
    """Write the search document of every story page again, in chunks (a few queries per
    chunk, not per story): after a bulk load, an import or `manage.py update_index`.
    Returns the number of documents written."""
    written = 0
    ids = list(StoryPage.objects.order_by("pk").values_list("pk", flat=True))
    with transaction.atomic():
        StorySearchDocument.objects.exclude(page_id__in=StoryPage.objects.all()).delete()
        for start in range(0, len(ids), REBUILD_CHUNK):
            chunk = ids[start : start + REBUILD_CHUNK]
            stories = StoryPage.objects.filter(pk__in=chunk)
            stories = list(stories.prefetch_related("outputs", "quotes", "votes"))
            paths = {story.path[: -Page.steplen] for story in stories}
            places = {row["path"]: row for row in place_rows(paths=sorted(paths))}
            StorySearchDocument.objects.filter(page_id__in=chunk).delete()
            StorySearchDocument.objects.bulk_create(
                [
                    StorySearchDocument(
                        page_id=story.pk,
                        locale_id=story.locale_id,
                        text=story_search_text(story, places),
                    )
                    for story in stories
                ]
            )
            written += len(stories)
    return written
