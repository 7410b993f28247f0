"""Writes of the municipalities app: each municipality's editor groups, collection and
permissions, the editorial workflows, the translators group, and the repair of all of it.

One workflow, "Municipal sign-off, then central review", is assigned to every
municipality page in every language: its first task (MunicipalApprovalTask) goes to the
approvers of the page's own municipality, its second to central editors, who publish.
The home page of every language has the "Central review" workflow, which covers the pages
outside the municipalities. No approver can see or act on another municipality's pages.

The functions are idempotent: they create what is missing and add missing permissions,
and never remove what an administrator granted on top (but for Wagtail's default
"Editors" and "Moderators" groups, whose rights on the whole site are taken away).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
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

from .groups import APPROVERS_SUFFIX, EDITORS_SUFFIX, municipality_group_names
from .models import MunicipalityPage
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


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permissions(codenames):
    return [_permission("wagtailcore", codename) for codename in codenames]


def _grant_pages(group, pages, permissions):
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_collection(group, collection, permissions):
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
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
def municipality_groups_ensure(*, municipality):
    """The editors and approvers groups of `municipality`, its image and document
    collection and the municipal workflow on its pages. Both groups may add and edit pages
    in the municipality's subtree, in every language it is translated to, and use the
    collection; neither may publish. The approvers sign off in the municipal workflow,
    which routes the municipality's pages to them."""
    source = _source_page(municipality)
    pages = _translations(source)
    collection = _collection_ensure(source.title)
    page_permissions = _page_permissions(MUNICIPAL_PAGE_PERMISSIONS)
    collection_permissions = [_permission(*pair) for pair in MUNICIPAL_COLLECTION_PERMISSIONS]
    admin = _permission(*ADMIN_ACCESS)
    groups = []
    for name in municipality_group_names(source.title):
        group = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(admin)
        _grant_pages(group, pages, page_permissions)
        _grant_collection(group, collection, collection_permissions)
        groups.append(group)
    editors, approvers = groups
    workflow = municipality_workflow_ensure(municipality=source)
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
def municipality_workflow_ensure(*, municipality):
    """Assign the municipal workflow to `municipality`'s page in every language, so it
    applies to everything below them and takes precedence over the home page's workflow.
    A page still on a retired per-municipality workflow is moved to it; a workflow an
    administrator chose otherwise stays."""
    workflow = municipal_workflow()
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
    group.permissions.add(*(_permission(*codename) for codename in codenames))
    _grant_pages(group, [Page.get_first_root_node()], _page_permissions(CENTRAL_PAGE_PERMISSIONS))
    _grant_collection(
        group,
        Collection.get_first_root_node(),
        [_permission(*pair) for pair in CENTRAL_COLLECTION_PERMISSIONS],
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
    for municipality in MunicipalityPage.objects.filter(locale=Locale.get_default()):
        municipality_workflow_ensure(municipality=municipality)
    central = Workflow.objects.get(name=CENTRAL_WORKFLOW)
    retired = Workflow.objects.filter(active=True, name__endswith=RETIRED_WORKFLOW_SUFFIX)
    legacy = Workflow.objects.filter(active=True, name=LEGACY_WORKFLOW)
    for workflow in [*retired, *legacy]:
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
    group.permissions.add(_permission(*ADMIN_ACCESS), _permission(*TRANSLATION_PERMISSION))
    default = Locale.get_default()
    roots = [page for page in _site_roots() if page.locale_id != default.pk]
    _grant_pages(group, roots, _page_permissions(("change_page",)))
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
    for municipality in MunicipalityPage.objects.filter(locale=Locale.get_default()):
        municipality_groups_ensure(municipality=municipality)
    # a municipality that exists only in another language still gets its groups
    default = Locale.get_default()
    for municipality in MunicipalityPage.objects.exclude(locale=default):
        if municipality.get_translation_or_none(default) is None:
            municipality_groups_ensure(municipality=municipality)
    return SyncReport(changes=confined + _differences(before, _state()))
