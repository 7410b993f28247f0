"""Writes of the municipalities app: each municipality's editor groups, collection and
permissions, the editorial workflows, the translators group, and the repair of all of it;
and the spreadsheet import of municipal figures (`figures_import`).

One workflow, "Municipal sign-off, then central review", is assigned to every
municipality page in every language: its first task (MunicipalApprovalTask) goes to the
approvers of the page's own municipality, its second to central editors, who publish.
The home page of every language has the "Central review" workflow, which covers the pages
outside the municipalities. No approver can see or act on another municipality's pages.

The functions are idempotent: they create what is missing and add missing permissions,
and never remove what an administrator granted on top (but for Wagtail's default
"Editors" and "Moderators" groups, whose rights on the whole site are taken away).
"""

import time
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core import imports as im
from core.choices import FigureKind
from stories.services import References

from .groups import APPROVERS_SUFFIX, EDITORS_SUFFIX, municipality_group_names
from .models import MunicipalityFigure, MunicipalityPage
from .workflows import MunicipalApprovalTask

__all__ = [
    "APPROVERS_SUFFIX",
    "EDITORS_SUFFIX",
    "municipality_group_names",
]

CENTRAL_EDITORS = "Central editors"
TRANSLATORS = "Translators"
REVIEW_TASK = "Central review"
# The site-wide workflow of the home pages: central review only.
CENTRAL_WORKFLOW = "Central review"
# The one workflow of every municipality and its routing sign-off task.
MUNICIPAL_WORKFLOW = "Sign-off by the municipality, then central review"
MUNICIPAL_SIGN_OFF_TASK = "Sign-off by the municipality's approvers"
# Former layouts, retired by editorial_workflow_ensure(): one workflow and one group task
# per municipality ("<title>: …"), and before that one shared group task.
RETIRED_WORKFLOW_SUFFIX = ": municipal sign-off, then central review"
RETIRED_TASK_SUFFIX = ": municipal sign-off"
LEGACY_WORKFLOW = "Municipal sign-off, then central review"
LEGACY_SIGN_OFF_TASK = "Municipal sign-off"
# Wagtail's initial migration creates these with rights on the whole tree.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
# Municipal groups add and edit pages but never publish: publishing is the workflow's
# last step, taken by central editors.
MUNICIPAL_PAGE_PERMISSIONS = ("add_page", "change_page")
CENTRAL_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MUNICIPAL_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
CENTRAL_COLLECTION_PERMISSIONS = (
    *MUNICIPAL_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)
# The reference snippets central editors curate and translate.
CENTRAL_SNIPPETS = (
    "core.Region",
    "core.District",
    "core.Topic",
    "core.VulnerableGroup",
    "core.Programme",
    "registry.BaseServiceCategory",
    "registry.BaseService",
)
SNIPPET_ACTIONS = ("add", "change", "delete", "view")
TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")
# Central editors import spreadsheets and read the import log (docs/import.md).
IMPORT_PERMISSIONS = (("core", "import_content"), ("core", "view_importlog"))


@dataclass
class MunicipalityGroups:
    """The groups and the collection of one municipality."""

    editors: Group
    approvers: Group
    collection: Collection
    workflow: Workflow


def _permissions(pairs):
    """The permissions named by (app_label, codename) `pairs`, in their order, in one query
    (the sync asks for a dozen per municipality)."""
    pairs = list(pairs)
    named = Q()
    for app_label, codename in pairs:
        named |= Q(content_type__app_label=app_label, codename=codename)
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.filter(named).select_related("content_type")
    }
    missing = [pair for pair in pairs if pair not in found]
    if missing:
        raise Permission.DoesNotExist(f"No permission {missing}")
    return [found[pair] for pair in pairs]


def _page_permission_pairs(codenames):
    return [("wagtailcore", codename) for codename in codenames]


def _grant_pages(group, pages, permissions):
    """Grant `group` each of `permissions` on each of `pages`: the missing ones, in one
    insert (the sync runs over every municipality on every deploy and demo load)."""
    held = set(
        GroupPagePermission.objects.filter(group=group, page__in=pages).values_list(
            "page_id", "permission_id"
        )
    )
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page=page, permission=permission)
            for page in pages
            for permission in permissions
            if (page.pk, permission.pk) not in held
        ]
    )


def _grant_collection(group, collection, permissions):
    held = set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission_id", flat=True
        )
    )
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission=permission)
            for permission in permissions
            if permission.pk not in held
        ]
    )


def _source_page(page):
    """The municipality's page in the default language, or `page` when it has none: the
    groups are named after it whichever translation the caller holds."""
    page = page.specific if isinstance(page, Page) else page
    if page.locale_id == Locale.get_default().pk:
        return page
    return page.get_translation_or_none(Locale.get_default()) or page


def _collection_ensure(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _translations(source):
    return list(source.get_translations(inclusive=True).order_by("pk"))


@transaction.atomic
def municipality_groups_ensure(*, municipality, workflow=None):
    """The editors and approvers groups of `municipality`, its image and document
    collection and the municipal workflow on its pages (`workflow`, when the caller has
    ensured it already). Both groups may add and edit pages in the municipality's subtree,
    in every language it is translated to, and use the collection; neither may publish.
    The approvers sign off in the municipal workflow, which routes the municipality's pages
    to them."""
    source = _source_page(municipality)
    pages = _translations(source)
    collection = _collection_ensure(source.title)
    page_pairs = _page_permission_pairs(MUNICIPAL_PAGE_PERMISSIONS)
    admin, *permissions = _permissions(
        [ADMIN_ACCESS, *page_pairs, *MUNICIPAL_COLLECTION_PERMISSIONS]
    )
    page_permissions = permissions[: len(page_pairs)]
    collection_permissions = permissions[len(page_pairs) :]
    groups = []
    for name in municipality_group_names(source.title):
        group = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(admin)
        _grant_pages(group, pages, page_permissions)
        _grant_collection(group, collection, collection_permissions)
        groups.append(group)
    editors, approvers = groups
    workflow = municipality_workflow_ensure(municipality=source, workflow=workflow)
    return MunicipalityGroups(
        editors=editors, approvers=approvers, collection=collection, workflow=workflow
    )


def municipality_collection_get(*, municipality):
    """The image and document collection of `municipality` (in any language): the one its
    editors and approvers use; created when missing."""
    return _collection_ensure(_source_page(municipality).title)


def municipal_workflow():
    """The workflow "Municipal sign-off, then central review": the routing sign-off task,
    then the "Central review" task of central editors."""
    central = Group.objects.get_or_create(name=CENTRAL_EDITORS)[0]
    sign_off = MunicipalApprovalTask.objects.filter(name=MUNICIPAL_SIGN_OFF_TASK).first()
    if sign_off is None:
        sign_off = MunicipalApprovalTask.objects.create(name=MUNICIPAL_SIGN_OFF_TASK)
    elif not sign_off.active:
        sign_off.active = True
        sign_off.save(update_fields=["active"])
    return _workflow_ensure(MUNICIPAL_WORKFLOW, [sign_off, _task_ensure(REVIEW_TASK, [central])])


@transaction.atomic
def municipality_workflow_ensure(*, municipality, workflow=None):
    """Assign the municipal workflow (`workflow`, when the caller has ensured it already)
    to `municipality`'s page in every language, so it applies to everything below them and
    takes precedence over the home page's workflow. A page still on a retired
    per-municipality workflow is moved to it; a workflow an administrator chose otherwise
    stays."""
    workflow = workflow or municipal_workflow()
    retired = Workflow.objects.filter(name__endswith=RETIRED_WORKFLOW_SUFFIX)
    for page in _translations(_source_page(municipality)):
        WorkflowPage.objects.filter(page=page, workflow__in=retired).update(workflow=workflow)
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _central_editors_ensure():
    group = Group.objects.get_or_create(name=CENTRAL_EDITORS)[0]
    codenames = [ADMIN_ACCESS, TRANSLATION_PERMISSION, *IMPORT_PERMISSIONS]
    for label in CENTRAL_SNIPPETS:
        model = apps.get_model(label)
        codenames += [
            (model._meta.app_label, f"{action}_{model._meta.model_name}")
            for action in SNIPPET_ACTIONS
        ]
    group.permissions.add(*_permissions(codenames))
    _grant_pages(
        group,
        [Page.get_first_root_node()],
        _permissions(_page_permission_pairs(CENTRAL_PAGE_PERMISSIONS)),
    )
    _grant_collection(
        group, Collection.get_first_root_node(), _permissions(CENTRAL_COLLECTION_PERMISSIONS)
    )
    return group


def _task_ensure(name, groups):
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    task.groups.add(*groups)
    return task


def _workflow_ensure(name, tasks):
    """The workflow called `name` with `tasks` in this order; tasks an administrator
    added stay."""
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def _site_roots():
    """Every site's root page with its translations: the home page of each language."""
    roots = []
    for site in Site.objects.select_related("root_page"):
        roots += list(site.root_page.get_translations(inclusive=True))
    return roots


def _retired_workflows_retire(roots):
    """Move every page off the former workflows (one per municipality, and the former
    shared one) and deactivate them with their sign-off group tasks; deactivating cancels
    their moderation in progress (those pages are to be submitted again)."""
    central = Workflow.objects.get(name=CENTRAL_WORKFLOW)
    retired = Workflow.objects.filter(active=True, name__endswith=RETIRED_WORKFLOW_SUFFIX)
    legacy = Workflow.objects.filter(active=True, name=LEGACY_WORKFLOW)
    former = [*retired, *legacy]
    if former:  # their municipalities' pages move to the municipal workflow first
        municipal = municipal_workflow()
        for municipality in MunicipalityPage.objects.filter(locale=Locale.get_default()):
            municipality_workflow_ensure(municipality=municipality, workflow=municipal)
    for workflow in former:
        WorkflowPage.objects.filter(workflow=workflow, page__in=roots).update(workflow=central)
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.deactivate()
    tasks = GroupApprovalTask.objects.filter(active=True).filter(
        name__endswith=RETIRED_TASK_SUFFIX
    ) | GroupApprovalTask.objects.filter(active=True, name=LEGACY_SIGN_OFF_TASK)
    for task in tasks:
        task.deactivate()


@transaction.atomic
def editorial_workflow_ensure():
    """The "Central editors" group (publish anywhere, curate the reference snippets, all
    collections) and the workflow "Central review", where central editors review and
    publish. It applies to the home page of every language, so to every page outside the
    municipalities, which have the municipal workflow (municipality_workflow_ensure()).
    The former per-municipality workflows are retired."""
    central = _central_editors_ensure()
    workflow = _workflow_ensure(CENTRAL_WORKFLOW, [_task_ensure(REVIEW_TASK, [central])])
    roots = _site_roots()
    _retired_workflows_retire(roots)
    for page in roots:
        # A workflow an administrator chose for a language's home page stays.
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def translators_ensure():
    """The "Translators" group: they open the admin, submit pages for translation with
    wagtail-localize and edit (never publish) the Russian and English pages, which is
    where the translation editor writes. They cannot touch the Kyrgyz originals, the
    reference snippets, the images or the documents; their drafts go through the
    workflow like anyone's."""
    group = Group.objects.get_or_create(name=TRANSLATORS)[0]
    group.permissions.add(*_permissions([ADMIN_ACCESS, TRANSLATION_PERMISSION]))
    default = Locale.get_default()
    roots = [page for page in _site_roots() if page.locale_id != default.pk]
    _grant_pages(group, roots, _permissions(_page_permission_pairs(("change_page",))))
    return group


@transaction.atomic
def wagtail_default_groups_confine():
    """Wagtail's initial "Editors" and "Moderators" groups may edit, publish and delete
    anywhere: an empty one is deleted; one that still has members keeps them but loses
    every page and collection right and every model permission but admin access, so
    nobody is given the whole site by mistake. Returns the names of the groups changed."""
    changed = []
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        if not group.user_set.exists():
            group.delete()
            changed.append(f"deleted group {group.name}")
            continue
        removed = GroupPagePermission.objects.filter(group=group).delete()[0]
        removed += GroupCollectionPermission.objects.filter(group=group).delete()[0]
        extra = group.permissions.exclude(
            content_type__app_label=ADMIN_ACCESS[0], codename=ADMIN_ACCESS[1]
        )
        removed += extra.count()
        group.permissions.remove(*extra)
        if removed:
            changed.append(f"confined group {group.name}: {removed} rights removed")
    return changed


@dataclass
class SyncReport:
    """What municipal_groups_sync() changed: one line per change."""

    changes: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.changes)


def _state():
    return {
        "groups": set(Group.objects.values_list("name", flat=True)),
        "collections": set(Collection.objects.values_list("name", flat=True)),
        "workflows": set(Workflow.objects.filter(active=True).values_list("name", flat=True)),
        "tasks": set(Task.objects.filter(active=True).values_list("name", flat=True)),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "group permissions": Group.permissions.through.objects.count(),
        "workflow assignments": set(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    }


def _differences(before, after):
    lines = []
    for key, old in before.items():
        new = after[key]
        if isinstance(old, set):
            label = key[:-1] if key.endswith("s") else key
            if key == "workflow assignments":
                if new - old:
                    lines.append(f"{len(new - old)} pages assigned a workflow")
                if old - new:
                    lines.append(f"{len(old - new)} workflow assignments removed")
                continue
            lines += [f"created {label} {name}" for name in sorted(new - old)]
            lines += [f"removed {label} {name}" for name in sorted(old - new)]
        elif new != old:
            lines.append(f"{key}: {old} → {new}")
    return lines


@transaction.atomic
def municipal_groups_sync():
    """Repair every municipality's groups, collection, permissions and workflow, the
    central editors, the translators and the workflows; retire the former workflows and
    confine Wagtail's default groups. Idempotent: a second run changes nothing. Returns a
    SyncReport of what changed."""
    before = _state()
    confined = wagtail_default_groups_confine()
    editorial_workflow_ensure()
    translators_ensure()
    workflow = municipal_workflow()
    for municipality in MunicipalityPage.objects.filter(locale=Locale.get_default()):
        municipality_groups_ensure(municipality=municipality, workflow=workflow)
    # a municipality that exists only in another language still gets its groups
    default = Locale.get_default()
    for municipality in MunicipalityPage.objects.exclude(locale=default):
        if municipality.get_translation_or_none(default) is None:
            municipality_groups_ensure(municipality=municipality, workflow=workflow)
    return SyncReport(changes=confined + _differences(before, _state()))


# ---- The figures import (docs/import.md, "Municipal figures") --------------------------


def _figure_column(key, label, description, parse=None, **kwargs):
    return im.Column(key, label, description, parse=parse or im.text(255), **kwargs)


FIGURE_LAYOUT = im.Layout(
    kind="figures",
    title=gettext_lazy("Municipal figures"),
    columns=(
        _figure_column(
            "municipality",
            gettext_lazy("Municipality"),
            gettext_lazy("The aiyl aimak or town: its СОАТЕ code or its name in any language."),
            choices=lambda language: References().choices("municipality", language),
            example="Бостери",
        ),
        _figure_column(
            "municipality_slug",
            gettext_lazy("Municipality key"),
            gettext_lazy("The municipality's key, as the export gives it (instead of its name)."),
            in_template=False,
        ),
        _figure_column(
            "coate",
            gettext_lazy("СОАТЕ code"),
            gettext_lazy("The municipality's СОАТЕ code, as the export gives it."),
            in_template=False,
        ),
        _figure_column(
            "kind",
            gettext_lazy("What it counts"),
            gettext_lazy("What the figure counts: its key or its name in any language."),
            im.choice(FigureKind, gettext_lazy("kind of figure")),
            required=True,
            choices=im.choice_labels(FigureKind),
        ),
        _figure_column(
            "value",
            gettext_lazy("Value"),
            gettext_lazy("The figure: a whole number, not negative."),
            im.integer(minimum=0),
            required=True,
            example="4",
        ),
        _figure_column(
            "as_of",
            gettext_lazy("As of"),
            gettext_lazy("The day the figure is valid for (not in the future)."),
            im.date(),
            required=True,
            example="31.12.2023",
        ),
        _figure_column(
            "source_title",
            gettext_lazy("Source"),
            gettext_lazy("Where the figure comes from (a report, a monitoring round)."),
            example="VAP monitoring 2023",
        ),
        *im.translated_columns(
            "source_title",
            gettext_lazy("Source"),
            gettext_lazy("Where the figure comes from, in this language (instead of “Source”)."),
            im.text(255),
        ),
        _figure_column(
            "source_url",
            gettext_lazy("Source link"),
            gettext_lazy("A web address of the source (a source or a link is needed)."),
            im.text(500),
        ),
        _figure_column(
            "programme",
            gettext_lazy("Programme"),
            gettext_lazy("The programme that monitored it: key, abbreviation or name."),
            choices=lambda language: References().choices("programme", language),
        ),
    ),
    ignored=("district", "region", "kind_label"),
    ignored_labels=(gettext_lazy("District"), gettext_lazy("Region"), gettext_lazy("Figure key")),
)
LANGS = im.LANGUAGES
MUNICIPALITY = gettext_lazy("municipality")
PROGRAMME = gettext_lazy("programme")
FIGURE_VALUES = ("value", "source_title", "source_url")


@dataclass
class FigurePlan:
    """What one row does: the municipality (its translation key), the figure's key
    (kind, as of, programme slug), its values, and the figure rows it updates by page."""

    record: object
    municipality: str | None = None
    key: tuple = ()
    values: dict = field(default_factory=dict)
    rows: dict = field(default_factory=dict)  # page id -> MunicipalityFigure
    changed: bool = False
    titles: dict = field(default_factory=dict)  # language -> the source in that language

    def values_for(self, page):
        """The values of the figure on `page` (its source in the page's language)."""
        title = self.titles.get(page.locale.language_code)
        return {**self.values, "source_title": title} if title else self.values


def _figure_plan(record, references, pages, existing):
    plan = FigurePlan(record=record)
    for column in ("municipality_slug", "coate", "municipality"):
        if record.get(column):
            plan.municipality = references.resolve(record, column, "municipality", MUNICIPALITY)
            break
    else:
        record.error("municipality", _("Name the municipality (its name or СОАТЕ code)."))
    programme = references.resolve(record, "programme", "programme", PROGRAMME)
    plan.key = (record.get("kind"), record.get("as_of"), programme)
    plan.values = {
        name: (record.get(name) if record.get(name) is not None else "")
        for name in FIGURE_VALUES
        if record.has(name)
    }
    plan.titles = {
        code: record.get(f"source_title_{code}")
        for code in LANGS
        if record.get(f"source_title_{code}")
    }
    if plan.titles and record.get("source_title"):
        record.error("source_title", _("Give the source once: in one column or per language."))
    figure = MunicipalityFigure(
        kind=record.get("kind") or "",
        value=record.get("value") or 0,
        as_of=record.get("as_of"),
        source_title=record.get("source_title") or next(iter(plan.titles.values()), ""),
        source_url=record.get("source_url") or "",
    )
    if record.get("as_of") is not None:
        try:
            figure.clean()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = name if record.has(name) else "source_title"
                record.error(column, " ".join(messages))
    if figure.source_url:
        try:
            URLValidator()(figure.source_url)
        except ValidationError:
            record.error("source_url", _("This is not a web address (https://…)."))
    if plan.municipality is None:
        return plan
    translations = pages.get(plan.municipality, [])
    for page in translations:
        if page.has_unpublished_changes:
            record.error(
                "municipality",
                _(
                    "The profile of %(municipality)s has a draft waiting: publish or discard it "
                    "first, so that the imported figures are not overwritten."
                )
                % {"municipality": page.title},
            )
            return plan
    for page in translations:
        found = existing.get((page.pk, *plan.key))
        plan.rows[page.pk] = found
        if found is None or any(
            getattr(found, name) != value for name, value in plan.values_for(page).items()
        ):
            plan.changed = True
    return plan


def _figure_duplicates_check(plans):
    first = {}
    for plan in plans:
        if plan.municipality is None or None in plan.key[:2]:
            continue
        key = (plan.municipality, *plan.key)
        if key in first:
            plan.record.error(
                "kind",
                _("The same figure (municipality, kind, date, programme) is also in row %(row)s.")
                % {"row": first[key]},
            )
        else:
            first[key] = plan.record.row


def figures_import(*, source, name, user=None, dry_run=False, progress=im.progress_none):
    """Import the municipal figures of the spreadsheet `source` (bytes) called `name`: one
    row per figure, added to the municipality's profile in every language, or updating the
    figure with the same municipality, kind, as-of date and programme. A dry run checks
    only. Returns (ImportResult, Table); raises ImportFailure when the file cannot be read
    at all. The figures are data, not text: they are written to the published profiles
    at once (the import is for central editors; the caller checks)."""
    started = time.monotonic()
    result = im.ImportResult(kind=FIGURE_LAYOUT.kind, file_name=name, dry_run=dry_run)
    table = im.read_table(source, name=name)
    records, issues = FIGURE_LAYOUT.parse(table)
    result.issues += issues
    references = References()
    pages = {}
    for page in MunicipalityPage.objects.select_related("locale").order_by("path"):
        pages.setdefault(page.translation_key, []).append(page)
    existing = {}
    for figure in MunicipalityFigure.objects.select_related("programme"):
        programme = figure.programme.slug if figure.programme_id else None
        existing.setdefault((figure.page_id, figure.kind, figure.as_of, programme), figure)
    plans = []
    total = len(records)
    for number, record in enumerate(records, start=1):
        plans.append(_figure_plan(record, references, pages, existing))
        progress(number, total * (1 if dry_run else 2))
    _figure_duplicates_check(plans)
    for plan in plans:
        record = plan.record
        if record.issues:
            action = im.Action.ERROR
        elif not any(plan.rows.values()):
            action = im.Action.NEW
        else:
            action = im.Action.UPDATED if plan.changed else im.Action.UNCHANGED
        kind, as_of, programme = plan.key
        title = references.place_titles.get(plan.municipality, "")
        result.rows.append(
            im.RowResult(
                row=record.row,
                key=" · ".join(str(part) for part in (kind, as_of, programme) if part),
                title=title,
                action=action,
                issues=list(record.issues),
            )
        )
    if not dry_run and result.ok:
        with im.atomic_import(result):
            by_id = {page.pk: page for translations in pages.values() for page in translations}
            orders = {}
            for number, plan in enumerate(plans, start=1):
                if plan.changed:
                    _figure_write(plan, by_id, references, orders)
                progress(total + number, total * 2)
    result.seconds = time.monotonic() - started
    return result, table


def _figure_write(plan, pages, references, orders):
    """Add or update the figure of `plan` on every translation; `orders`: the next
    sort order of each page (counted once per page, then kept here)."""
    kind, as_of, programme = plan.key
    for page_id, figure in plan.rows.items():
        page = pages[page_id]
        values = plan.values_for(page)
        if figure is not None and not any(getattr(figure, n) != v for n, v in values.items()):
            continue
        if figure is None:
            figure = MunicipalityFigure(page=page, kind=kind, as_of=as_of)
            figure.programme = (
                references.snippet("programme", programme, page.locale.language_code)
                if programme
                else None
            )
            if page_id not in orders:
                orders[page_id] = page.figures.count()
            figure.sort_order = orders[page_id]
            orders[page_id] += 1
        for name, value in values.items():
            setattr(figure, name, value)
        figure.save()
