"""Signal receivers of the stories app: a story's search document follows its saves and
moves, while index updates are on (`core.indexing`), as Wagtail's own index does. Each
receiver makes a one-line call to a service."""

from django.db.models.signals import post_save
from wagtail.signals import post_page_move

from core.indexing import index_updates_enabled

from .models import StoryPage
from .services import story_search_document_save

# Fields a search document is made of (with the inline rows, saved with them); a save of
# other fields only (a draft's revision pointer, a lock) leaves the document as it is.
SEARCHED_FIELDS = {
    "title",
    "summary",
    "villages",
    "problem",
    "identification_details",
    "outputs_text",
    "result",
    "body",
    "beneficiaries_note",
    "operator_name",
    "path",
    "url_path",
    "locale",
}


def _story_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not index_updates_enabled():
        return
    if update_fields is not None and not SEARCHED_FIELDS.intersection(update_fields):
        return
    story_search_document_save(story=instance)


def _page_moved(sender, instance, **kwargs):
    if isinstance(instance, StoryPage) and index_updates_enabled():
        story_search_document_save(story=instance)


def connect():
    post_save.connect(_story_saved, sender=StoryPage, dispatch_uid="stories.search_document")
    post_page_move.connect(_page_moved, dispatch_uid="stories.search_document_move")
