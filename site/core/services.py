"""Writes shared by the apps: creating page translations with their relations localised."""

import contextlib
import functools

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import connection, models, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from treebeard.exceptions import PathOverflow
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.log_actions import get_active_log_context
from wagtail.models import (
    Collection,
    Locale,
    Page,
    PageLogEntry,
    Revision,
    Task,
    TaskState,
    TranslatableMixin,
    WorkflowState,
)

# Wagtail's own copy of a page's fields and inline rows, used by `Page.copy` (no public
# equivalent that leaves out the copy action, its revision and its log entry).
from wagtail.models.copying import _copy
from wagtail.signals import page_published, task_submitted, workflow_submitted

from .indexing import index_updates_enabled


def _translated(obj, locale, cache):
    """The translation of a translatable snippet in `locale` (cached per call)."""
    if obj is None or not isinstance(obj, TranslatableMixin) or obj.locale_id == locale.pk:
        return obj
    key = (obj.__class__, obj.translation_key)
    if key not in cache:
        cache[key] = obj.get_translation_or_none(locale) or obj
    return cache[key]


def relations_localise(*, instance, locale, cache=None):
    """Point foreign keys and many-to-many fields of `instance` (a page or an inline row)
    at the translations of translatable snippets in `locale`. Saves nothing."""
    cache = {} if cache is None else cache
    for field in instance._meta.get_fields():
        related = getattr(field, "related_model", None)
        if not (related and isinstance(related, type) and issubclass(related, TranslatableMixin)):
            continue
        if issubclass(related, Page):
            continue
        if isinstance(field, models.ForeignKey):
            setattr(instance, field.name, _translated(getattr(instance, field.name), locale, cache))
        elif field.many_to_many and not field.auto_created:
            current = list(getattr(instance, field.name).all())
            getattr(instance, field.name).set([_translated(o, locale, cache) for o in current])


@functools.cache
def _snippet_relations(model):
    """The foreign keys and parental many-to-many fields of `model` that point at a
    translatable snippet (not at a page)."""
    fields = []
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        if not (related and isinstance(related, type) and issubclass(related, TranslatableMixin)):
            continue
        if issubclass(related, Page) or field.auto_created:
            continue
        if isinstance(field, models.ForeignKey | ParentalManyToManyField):
            fields.append(field)
    return fields


def page_snippets_follow_locale(*, page, fields=None):
    """Point `page`'s snippet relations (topics, programmes, vulnerable groups, region …)
    at their translations in the page's own locale, wherever such a translation exists.
    Saves nothing: the many-to-many values stay in memory until the page is saved.

    wagtail-localize copies many-to-many values from the source page as they are (it does
    not translate them), both when it creates a translation and when it syncs one; this
    keeps a Russian page from showing Kyrgyz topics. `fields`: only these fields (names)
    when given. Returns the names of the fields it changed."""
    if not page.locale_id:
        return []
    changed = []
    cache = {}
    locale = None
    for field in _snippet_relations(type(page)):
        if fields is not None and field.name not in fields:
            continue
        if isinstance(field, models.ForeignKey):
            current = getattr(page, field.name)
            if current is None or current.locale_id == page.locale_id:
                continue
            locale = locale or page.locale
            translated = _translated(current, locale, cache)
            if translated.pk != current.pk:
                setattr(page, field.name, translated)
                changed.append(field.name)
            continue
        current = list(getattr(page, field.name).all())
        if all(obj.locale_id == page.locale_id for obj in current):
            continue
        locale = locale or page.locale
        translated = [_translated(obj, locale, cache) for obj in current]
        if [obj.pk for obj in translated] != [obj.pk for obj in current]:
            getattr(page, field.name).set(translated)
            changed.append(field.name)
    return changed


@functools.cache
def _parent_page_field(model):
    """The ParentalKey of an inline row model that points at a page, or None."""
    for field in model._meta.get_fields():
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            return field
    return None


def inline_snippets_follow_locale(*, row):
    """Point the snippet foreign keys of an inline row (a municipality's figure and its
    programme) at their translations in the locale of the page the row belongs to.
    Saves nothing; returns the names of the fields it changed."""
    relations = [f for f in _snippet_relations(type(row)) if isinstance(f, models.ForeignKey)]
    parent_field = _parent_page_field(type(row)) if relations else None
    if parent_field is None:
        return []
    page = getattr(row, parent_field.name, None)
    if page is None or not page.locale_id:
        return []
    changed, cache = [], {}
    for field in relations:
        current = getattr(row, field.name)
        if current is None or current.locale_id == page.locale_id:
            continue
        translated = _translated(current, page.locale, cache)
        if translated.pk != current.pk:
            setattr(row, field.name, translated)
            changed.append(field.name)
    return changed


@functools.cache
def _foreign_keys(model):
    return tuple(
        field for field in model._meta.concrete_fields if isinstance(field, models.ForeignKey)
    )


def page_clean(page):
    """Validate `page` as `Page.save` does (a live page in full, a draft its title and
    slug), except that a foreign key is checked for a value, not looked up: the bulk
    writers set their foreign keys from rows they have just read, the database checks them
    again, and the look-ups (content type, locale, programme, image …) were a third of the
    queries of an import. Uniqueness is left to the database's constraints as well."""
    if not page.live:
        page.minimal_clean()
        return
    keys = _foreign_keys(type(page))
    errors = {}
    try:
        page.full_clean(
            exclude=[field.name for field in keys],
            validate_unique=False,
            validate_constraints=False,
        )
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    for field in keys:
        if field.primary_key:  # the link to the `Page` row, made by the save
            continue
        if not field.blank and getattr(page, field.attname) is None:
            errors.setdefault(field.name, []).append(
                ValidationError(field.error_messages["blank"], code="blank")
            )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def page_child_add(parent, page):
    """Add the unsaved `page` as the last child of `parent` and save it: treebeard's
    `add_child` (the parent's row locked, the path after its last child, its child count
    raised), validated by `page_clean` and saved without Wagtail's own "created" log entry
    — the bulk writers log the creation with its revision themselves. Returns `page`."""
    locked = Page.objects.select_for_update().filter(pk=parent.pk).values_list("path", "numchild")
    path, numchild = locked.get()
    page.depth = len(path) // Page.steplen + 1
    siblings = Page.objects.filter(path__startswith=path, depth=page.depth)
    last = siblings.order_by("-path").only("path").first() if numchild else None
    page.path = last._inc_path() if last else Page._get_path(path, page.depth, 1)
    if len(page.path) > Page._meta.get_field("path").max_length:
        raise PathOverflow("The page is too deep in the tree for its path.")
    page._cached_parent_obj = parent
    page_clean(page)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    parent.numchild = numchild + 1
    # In a bulk write (index updates off) the inline rows are inserted in bulk after the
    # page; otherwise modelcluster saves them, before the signals that index the page.
    held = getattr(page, "_cluster_related_objects", {})
    # The relations it holds nothing in: empty in the database too (`relations_held_empty`).
    page._relations_unset = frozenset(_relation_names(page)) - set(held)
    relations = {} if index_updates_enabled() else {name: held.pop(name) for name in list(held)}
    page.save(clean=False, log_action=None)
    _relations_insert(page, relations)
    return page


def _relation_names(page):
    """The names of `page`'s inline relations and parental many-to-many fields."""
    names = [relation.get_accessor_name() for relation in get_all_child_relations(page)]
    return names + [field.name for field in get_all_child_m2m_relations(page)]


def _relations_insert(page, held):
    """Insert the inline rows and parental many-to-many values the new `page` held in
    memory ({name: objects}), a bulk insert per relation where modelcluster's save would
    look for existing rows and insert them one by one; then hold them in memory again,
    with their ids, so that the page's first revision is serialised without reading them
    back."""
    if not held:
        return
    bulk_ids = connection.features.can_return_rows_from_bulk_insert
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        if name not in held:
            continue
        rows = list(held[name])
        for row in rows:
            setattr(row, relation.field.name, page)
            inline_snippets_follow_locale(row=row)
        if bulk_ids:
            relation.related_model.objects.bulk_create(rows)
        else:
            for row in rows:
                row.save()
        setattr(page, name, rows)
    for field in get_all_child_m2m_relations(page):
        if field.name not in held:
            continue
        values = list(held[field.name])
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [through(**{source: page, target: value}) for value in values],
            ignore_conflicts=True,
        )
        setattr(page, field.name, values)


@contextlib.contextmanager
def relations_held_empty(page):
    """For the length of the block, hold as empty the inline relations and parental
    many-to-many fields that `page_child_add` added the new `page` without (it held
    nothing in them): the page has no rows there, so its first revision is serialised (and
    Wagtail's look for new comments made) without a query per relation, a dozen per page.
    They are read from the database again after the block."""
    held = getattr(page, "_cluster_related_objects", {})
    empty = [name for name in getattr(page, "_relations_unset", ()) if name not in held]
    for name in empty:
        setattr(page, name, [])
    try:
        yield page
    finally:
        held = getattr(page, "_cluster_related_objects", {})
        for name in empty:
            held.pop(name, None)


def page_translation_add(*, page, locale, values=None, child_values=None, publish=True):
    """Add `page`'s translation in `locale` directly under the parent's translation.

    The translation is a copy of the specific page with its inline rows and many-to-many
    relations, sharing the `translation_key`, its snippet relations pointed at the
    snippets of `locale`. `values` sets fields of the translation (titles, texts);
    `child_values` maps a child relation name to a list of dicts, one per inline row in
    order. It is published when `publish`. No revision, log entry or copy action: this is
    the fast path of bulk content (the demo, importers, the test suite); editors translate
    through wagtail-localize, which copies with `copy_for_translation`.
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    source = page.specific
    parent = source.get_parent()
    if not parent.is_root():  # a home page's translation stands beside it, under the root
        parent = parent.get_translation(locale)
    exclude = [
        *source.default_exclude_fields_in_copy,
        *source.exclude_fields_in_copy,
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "alias_of",
    ]
    translation, _child_map = _copy(source, exclude_fields=exclude)
    translation.locale = locale
    translation.translation_key = source.translation_key
    cache = {}
    relations_localise(instance=translation, locale=locale, cache=cache)
    for name, value in (values or {}).items():
        setattr(translation, name, value)
    translation.draft_title = translation.title
    if parent.is_root():  # as wagtail-localize names a translated home page: home-ru
        translation.slug = f"{source.slug}-{locale.language_code}"
    translation.slug = find_available_slug(parent, translation.slug)
    for relation in get_all_child_relations(translation):
        name = relation.get_accessor_name()
        row_values = (child_values or {}).get(name, [])
        for index, row in enumerate(getattr(translation, name).all()):
            if isinstance(row, TranslatableMixin):  # a translatable row keeps its key
                row.locale = locale
            relations_localise(instance=row, locale=locale, cache=cache)
            for field_name, value in (row_values[index] if index < len(row_values) else {}).items():
                setattr(row, field_name, value)
    translation.live = publish
    translation.has_unpublished_changes = not publish
    if not publish:
        translation.first_published_at = translation.last_published_at = None
    page_child_add(parent, translation)
    return translation


class PageLog:
    """The log entries of a bulk write, kept in memory and created together by `write()`:
    each entry as `wagtail.log_actions.log` makes it (the acting user and the uuid of the
    active log context, the page's admin title), without its one-by-one validation
    (about four queries an entry)."""

    def __init__(self):
        self.entries = []

    def add(self, page, action, *, user=None, revision=None, content_changed=False, data=None):
        context = get_active_log_context()
        self.entries.append(
            PageLogEntry(
                content_type_id=page.content_type_id,
                page_id=page.pk,
                label=page.get_admin_display_title(),
                action=action,
                timestamp=timezone.now(),
                data=data or {},
                user=user or context.user,
                uuid=context.uuid,
                revision=revision,
                content_changed=content_changed,
            )
        )

    def write(self):
        PageLogEntry.objects.bulk_create(self.entries, batch_size=500)
        self.entries = []


def workflows_start(submitted, *, user, log):
    """Start the workflow of each `(workflow, page, revision)` in `submitted` (the page's
    latest revision), as Wagtail 8.0's `Workflow.start` does one page at a time: a
    `WorkflowState` in progress on the workflow's first active task, that task's
    `TaskState` on the revision, the signals `task_submitted` then `workflow_submitted`,
    and the log entry "wagtail.workflow.start" (added to `log`). The states and task
    states are inserted in bulk: one at a time, a page cost 30 ms (a `WorkflowState`
    validates itself on each of its two saves), four tenths of an import's write.

    A workflow whose first task starts itself its own way (a task class with its own
    `start` or task state class), or a workflow with no active task (Wagtail then
    finishes it at once), and a database that cannot return the ids of a bulk insert,
    take Wagtail's own `start`, page by page."""
    by_workflow = {}
    for workflow, page, revision in submitted:
        by_workflow.setdefault(workflow, []).append((page, revision))
    page_type = ContentType.objects.get_for_model(Page)
    for workflow, pages in by_workflow.items():
        task = workflow.tasks.filter(active=True).first()
        task = task.specific if task is not None else None
        if not _starts_in_bulk(task):
            for page, _revision in pages:
                workflow.start(page, user)
            continue
        states = WorkflowState.objects.bulk_create(
            WorkflowState(
                content_type_id=page.content_type_id,
                base_content_type=page_type,
                object_id=str(page.pk),
                workflow=workflow,
                status=WorkflowState.STATUS_IN_PROGRESS,
                requested_by=user,
            )
            for page, _revision in pages
        )
        task_states = TaskState.objects.bulk_create(
            TaskState(
                workflow_state=state,
                revision=revision,
                task=task,
                status=TaskState.STATUS_IN_PROGRESS,
            )
            for state, (_page, revision) in zip(states, pages, strict=True)
        )
        for state, task_state in zip(states, task_states, strict=True):
            state.current_task_state = task_state
        WorkflowState.objects.bulk_update(states, ["current_task_state"])
        next_task = {"id": task.pk, "title": task.name}
        for state, task_state, (page, revision) in zip(states, task_states, pages, strict=True):
            task_submitted.send(sender=TaskState, instance=task_state, user=user)
            workflow_submitted.send(sender=WorkflowState, instance=state, user=user)
            log.add(
                page,
                "wagtail.workflow.start",
                user=user,
                revision=revision,
                data={
                    "workflow": {
                        "id": workflow.pk,
                        "title": workflow.name,
                        "status": state.status,
                        "next": next_task,
                        "task_state_id": task_state.pk,
                    }
                },
            )


def _starts_in_bulk(task):
    """Whether `task` starts as `Task.start` does, with a plain `TaskState`, on a database
    that returns the ids of a bulk insert."""
    return (
        task is not None
        and type(task).start is Task.start
        and type(task).get_task_state_class() is TaskState
        and connection.features.can_return_rows_from_bulk_insert
    )


def translations_original(pages):
    """The first made of a row's pages ({language: page}, one translation each): the
    source of the translations an import adds."""
    return min(pages.values(), key=lambda page: page.pk)


def page_latest(page, drafts=None):
    """`page` as its latest revision has it (its draft), or the page itself. `drafts`:
    what `page_drafts` read for the pages `page` is among (no query then)."""
    if drafts and page.pk in drafts:
        return drafts[page.pk]
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page


def page_drafts(pages):
    """{page id: the page as its latest revision has it} of the (specific) `pages` with a
    draft: their revisions in one query, each read into its own page (what
    `get_latest_revision_as_object` does with two more queries per page: an importer
    checking a file of 702 draft pages spent a fifth of its check on them)."""
    waiting = {page.latest_revision_id: page for page in pages if page.has_unpublished_changes}
    found = {}
    revisions = Revision.objects.filter(pk__in=[pk for pk in waiting if pk]).only("pk", "content")
    for revision in revisions:
        page = waiting[revision.pk]
        found[page.pk] = page.with_content_json(revision.content)
    return found


class PageWriter:
    """What the importers' writers share: the photos they store (each file once, by its
    content hash), a row's update and its new translations, and a page's end — its
    revision, then its publish or its workflow; the workflows are started and the log
    entries written together after the last row (`end()`). `written`: the pages written,
    indexed once after the commit; `cleanups`: what undoes a stored file when the import
    rolls back; `locales`: {language code: Locale} of the pages it writes.

    A subclass writes its app's plans (`core.imports.plans_write`): `apply(page, plan,
    language)` sets on a page what the row gives in a language, `create(plan)` makes a
    new row's pages. A plan has `pages` ({language: page} on the site) and `changes` (the
    languages the row changes) and `texts` ({language: {field: value}})."""

    def __init__(self, *, user, publish, locales, cleanups=None):
        self.user = user
        self.publish = publish
        self.locales = locales
        self.cleanups = [] if cleanups is None else cleanups
        self.written = []
        self.log = PageLog()
        self.submitted = []  # (workflow, page, revision): started together by `end()`
        self.images = {}  # sha1 -> image
        self.workflows = {}  # parent's path -> the workflow of a new page under it
        self.collection = Collection.get_first_root_node()

    def image(self, photo, title):
        """The image of `photo` (a core.photos.Photo): the one stored with the same content,
        or a new one in the root collection."""
        image = self.images.get(photo.sha1)
        if image is None:
            model = get_image_model()
            image = model.objects.filter(file_hash=photo.sha1).first()
            if image is None:
                image = model(
                    title=title[:255],
                    file=ImageFile(photo.upload(), name=photo.name),
                    collection=self.collection,
                )
                image._set_image_file_metadata()
                image.save()
                stored, storage = image.file.name, image.file.storage
                self.cleanups.append(lambda: storage.delete(stored))
            self.images[photo.sha1] = image
        return image

    def translation_values(self, source, plan, language):
        """The fields a new translation of `source` in `language` takes from the row."""
        return dict(plan.texts.get(language, {}))

    def translate(self, source, plan, language, *, copied=False):
        """A new translation of `source` in `language`, with the row's texts there.
        `copied`: `source` holds the row's other values already (a page this import
        made), which the copy takes along, published with it when the import publishes;
        otherwise a copy of what the site has (a row need not repeat what did not change),
        the row's values set on it again, as a draft."""
        values = self.translation_values(source, plan, language)
        live = copied and self.publish
        if live:
            values["first_published_at"] = values["last_published_at"] = timezone.now()
        translation = page_translation_add(
            page=source, locale=self.locales[language], values=values, publish=live
        )
        if not copied:
            self.apply(translation, plan, language)
            translation.save()
        self.finish(translation, created=True)
        return translation

    def update(self, plan):
        """Write a row that changes pages on the site: in each language it changes, its
        page's draft, or a new translation where the page has none. Returns the first
        made of its pages."""
        source = translations_original(plan.pages)
        for code, _name in settings.LANGUAGES:
            if code not in plan.changes:
                continue
            page = plan.pages.get(code)
            if page is None:
                self.translate(source, plan, code)
                continue
            current = page_latest(page)
            self.apply(current, plan, code)
            self.finish(current, created=False)
        return source

    def live_now(self, page):
        """Mark the unsaved new `page` live as of now when the import publishes, a draft
        otherwise."""
        if self.publish:
            page.live, page.has_unpublished_changes = True, False
            page.first_published_at = page.last_published_at = timezone.now()
        else:
            page.live, page.has_unpublished_changes = False, True
        return page

    def finish(self, page, *, created):
        """A revision of `page`, then published or submitted to its workflow. A new page
        saved live (`live_now`) gets its revision as its live revision, logged and
        signalled as a publish is, without loading the revision back into the page and
        saving it again (most of the cost of an import)."""
        self.written.append(page)
        if created and self.publish and page.live:
            with relations_held_empty(page):
                revision = page.save_revision(user=self.user, changed=False, clean=False)
            page.live_revision = revision
            Page.objects.filter(pk=page.pk).update(live_revision=revision)
            for action in ("wagtail.create", "wagtail.publish"):
                self.log.add(page, action, user=self.user, revision=revision, content_changed=True)
            page_published.send(sender=page.specific_class, instance=page, revision=revision)
            return
        # A new page was validated as it was added (`page_child_add`).
        with relations_held_empty(page) if created else contextlib.nullcontext():
            revision = page.save_revision(user=self.user, log_action=not created, clean=not created)
        if created:
            self.log.add(
                page, "wagtail.create", user=self.user, revision=revision, content_changed=True
            )
        if self.publish:
            revision.publish(user=self.user)
            return
        workflow = self.workflow_of(page, created=created)
        if workflow is not None and (created or not page.workflow_in_progress):
            self.submitted.append((workflow, page, revision))

    def end(self):
        """After the last row: the workflows of the pages submitted started together,
        then every log entry of the import written."""
        workflows_start(self.submitted, user=self.user, log=self.log)
        self.submitted = []
        self.log.write()

    def workflow_of(self, page, *, created):
        """The workflow `page` goes through. A new page has no workflow of its own, so it
        takes its parent's, read once per parent (an import adds many pages under each)."""
        if not created:
            return page.get_workflow()
        parent_path = page.path[: -page.steplen]
        if parent_path not in self.workflows:
            self.workflows[parent_path] = page.get_workflow()
        return self.workflows[parent_path]
