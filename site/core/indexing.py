"""Switching the automatic updates of the search index and Wagtail's reference index.

Every save of an indexed model updates both indexes through signal handlers. Bulk writes
(the demo loader, importers, the test suite's fixture world) switch them off and index
once at the end (`manage.py update_index`, `rebuild_references_index`). An app's own
index (the stories' search documents) asks `index_updates_enabled()` before it writes."""

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


def index_updates_enabled():
    """Whether saves update the indexes now (an app's own index follows this switch)."""
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
    index (`references_update`): what a bulk write inside `index_auto_update(False)` does
    once at its end, in one transaction."""
    from django.db import transaction
    from modelsearch.backends import get_search_backends
    from modelsearch.index import get_indexed_instance

    by_model = {}
    for obj in objects:
        indexed = get_indexed_instance(obj)
        if indexed is not None:
            by_model.setdefault(type(indexed), []).append(indexed)
    with transaction.atomic():
        references_update(objects)
        for backend in get_search_backends(with_auto_update=True):
            for model, instances in by_model.items():
                backend.add_bulk(model, instances)


def _reference_types(model):
    """The content type of `model` and that of its base model (a page's: Page), as
    Wagtail's reference index records them."""
    from django.contrib.contenttypes.models import ContentType

    types = [
        ContentType.objects.get_for_model(cls, for_concrete_model=False)
        for cls in [model, *model._meta.get_parent_list()]
    ]
    return types[0], types[-1]


def _reference_rows(instance, content_type, base, known=frozenset()):
    """The reference index rows of `instance`, except the references in `known`; returns
    (rows, the references found)."""
    from wagtail.models import ReferenceIndex

    found = set(ReferenceIndex._extract_references_from_object(instance))
    rows = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base,
            object_id=instance.pk,
            to_content_type_id=to_type,
            to_object_id=to_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for to_type, to_id, model_path, content_path in found - known
    ]
    return rows, found


def _relations_prefetch(objects):
    """Read the inline rows of `objects` that they do not hold in memory, one query per
    model and relation, where the reference index would read them object by object."""
    from django.db.models import prefetch_related_objects
    from modelcluster.models import ClusterableModel, get_all_child_relations

    by_model = {}
    for obj in objects:
        if isinstance(obj, ClusterableModel):
            by_model.setdefault(type(obj), []).append(obj)
    for model, instances in by_model.items():
        for relation in get_all_child_relations(model):
            name = relation.get_accessor_name()
            unread = [
                obj
                for obj in instances
                if name not in getattr(obj, "_cluster_related_objects", {})
                and name not in getattr(obj, "_prefetched_objects_cache", {})
            ]
            prefetch_related_objects(unread, name)


def references_update(objects, chunk_size=500):
    """Replace the reference index rows of `objects` with what they reference now: the rows
    `ReferenceIndex.create_or_update_for_object` leaves for each, with one delete per base
    content type and a bulk insert (it reads and writes object by object), their inline
    rows read a chunk at a time."""
    from django.db import connection, transaction
    from wagtail.models import ReferenceIndex

    options = {"ignore_conflicts": True} if connection.features.supports_ignore_conflicts else {}
    objects = [obj for obj in objects if ReferenceIndex.is_indexed(type(obj))]
    rows, stale = [], {}
    for number, obj in enumerate(objects):
        if number % chunk_size == 0:
            _relations_prefetch(objects[number : number + chunk_size])
        content_type, base = _reference_types(type(obj))
        stale.setdefault(base.pk, set()).add(str(obj.pk))
        rows.extend(_reference_rows(obj, content_type, base)[0])
    with transaction.atomic():
        for base_pk, ids in stale.items():
            old = ReferenceIndex.objects.filter(base_content_type_id=base_pk, object_id__in=ids)
            old._raw_delete(using=old.db)
        ReferenceIndex.objects.bulk_create(rows, batch_size=chunk_size, **options)


def references_rebuild(chunk_size=500):
    """Rebuild Wagtail's reference index from scratch, as `manage.py
    rebuild_references_index` does and with the same rows, at a fraction of its queries:
    each model's inline rows are prefetched a chunk at a time instead of read object by
    object, and the rows are inserted in bulk. (The command reads back, for each of
    thousands of objects, the rows it has just deleted.) Returns the objects indexed."""
    from django.apps import apps
    from django.db import connection, transaction
    from modelcluster.models import ClusterableModel, get_all_child_relations
    from wagtail.models import ReferenceIndex

    options = {"ignore_conflicts": True} if connection.features.supports_ignore_conflicts else {}
    done = {}  # (base content type id, object id) -> the references written for it
    pending = []
    count = 0

    def flush():
        ReferenceIndex.objects.bulk_create(pending, batch_size=chunk_size, **options)
        pending.clear()

    with transaction.atomic(), index_auto_update(False):
        everything = ReferenceIndex.objects.all()
        everything._raw_delete(using=everything.db)
        for model in apps.get_models():
            if not ReferenceIndex.is_indexed(model):
                continue
            content_type, base = _reference_types(model)
            objects = model.objects.all().order_by("pk")
            if issubclass(model, ClusterableModel):
                relations = [rel.get_accessor_name() for rel in get_all_child_relations(model)]
                objects = objects.prefetch_related(*relations)
            for instance in objects.iterator(chunk_size=chunk_size):
                count += 1
                written = done.setdefault((base.pk, instance.pk), set())
                rows, found = _reference_rows(instance, content_type, base, written)
                pending.extend(rows)
                written |= found
                if len(pending) >= chunk_size:
                    flush()
        flush()
    return count
