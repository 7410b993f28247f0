"""Switching the automatic updates of the search index and Wagtail's reference index.

Every save of an indexed model updates both indexes through signal handlers. Bulk writes
(the demo loader, importers, the test suite's fixture world) switch them off and index
once at the end (`manage.py update_index`, `rebuild_references_index`)."""

from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import reference_index_auto_update_disabled


def _auto_updated_models():
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


def _search_signals(connect):
    for model in _auto_updated_models():
        for signal, handler in (
            (post_save, post_save_signal_handler),
            (post_delete, post_delete_signal_handler),
        ):
            (signal.connect if connect else signal.disconnect)(handler, sender=model)


def _set_reference_index_disabled(disabled):
    if disabled:
        reference_index_auto_update_disabled.value = True
    elif hasattr(reference_index_auto_update_disabled, "value"):
        del reference_index_auto_update_disabled.value


# Process-wide, as the signal connections are (Wagtail's own switch is per thread, so it
# cannot tell the previous state to a block entered in another thread).
_state = {"enabled": True}


def _apply(enabled):
    _state["enabled"] = enabled
    _search_signals(connect=enabled)
    _set_reference_index_disabled(not enabled)


def index_auto_update_enabled():
    """Whether saves update the indexes now (False inside `index_auto_update(False)`)."""
    return _state["enabled"]


@contextmanager
def index_auto_update(enabled):
    """Within the block, saves update the search and reference indexes when `enabled`,
    and leave them alone otherwise; the previous state is restored afterwards."""
    was_enabled = _state["enabled"]
    _apply(enabled)
    try:
        yield
    finally:
        _apply(was_enabled)


def index_objects(objects):
    """Add or update `objects` in the search index (in bulk, per model) and the reference
    index: what a bulk write inside `index_auto_update(False)` does once at its end."""
    from modelsearch.backends import get_search_backends
    from modelsearch.index import get_indexed_instance
    from wagtail.models import ReferenceIndex

    by_model = {}
    for obj in objects:
        indexed = get_indexed_instance(obj)
        if indexed is not None:
            by_model.setdefault(type(indexed), []).append(indexed)
        ReferenceIndex.create_or_update_for_object(obj)
    for backend in get_search_backends(with_auto_update=True):
        for model, instances in by_model.items():
            backend.add_bulk(model, instances)
