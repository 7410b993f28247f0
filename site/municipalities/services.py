"""Writes of the municipalities app: each municipality's editor groups, collection and
editorial workflow, and the central part of the workflow.

Every municipality has its own workflow, assigned to its page in every language: its own
approvers sign off, then central editors review and publish. The home page of every
language has the "Central review" workflow, which covers the pages outside the
municipalities. No approver can see or act on another municipality's pages.

The functions are idempotent: they create what is missing and add missing permissions,
and never remove what an administrator granted on top.
"""

from dataclasses import dataclass

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
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import MunicipalityPage

CENTRAL_EDITORS = "Central editors"
EDITORS_SUFFIX = " editors"
APPROVERS_SUFFIX = " approvers"
REVIEW_TASK = "Central review"
# The site-wide workflow of the home pages: central review only.
CENTRAL_WORKFLOW = "Central review"
# The workflow and the sign-off task of one municipality, by its title.
MUNICIPAL_WORKFLOW = "{title}: municipal sign-off, then central review"
SIGN_OFF_TASK = "{title}: municipal sign-off"
# The former site-wide workflow, whose one sign-off task every municipality's approvers
# shared: editorial_workflow_ensure() retires it.
LEGACY_WORKFLOW = "Municipal sign-off, then central review"
LEGACY_SIGN_OFF_TASK = "Municipal sign-off"

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


def municipality_group_names(title):
    """(editors group name, approvers group name) of the municipality called `title`."""
    return f"{title}{EDITORS_SUFFIX}", f"{title}{APPROVERS_SUFFIX}"


def municipality_workflow_names(title):
    """(workflow name, sign-off task name) of the municipality called `title`."""
    return MUNICIPAL_WORKFLOW.format(title=title), SIGN_OFF_TASK.format(title=title)


def _translations(source):
    return list(source.get_translations(inclusive=True).order_by("pk"))


@transaction.atomic
def municipality_groups_ensure(*, municipality):
    """The editors and approvers groups of `municipality`, its image and document
    collection and its workflow. Both groups may add and edit pages in the municipality's
    subtree, in every language it is translated to, and use the collection; neither may
    publish. The approvers sign off in the municipality's workflow."""
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


@transaction.atomic
def municipality_workflow_ensure(*, municipality):
    """The workflow "<title>: municipal sign-off, then central review" of `municipality`:
    the task "<title>: municipal sign-off", for its approvers group only, then the shared
    "Central review" task of central editors. It is assigned to the municipality's page in
    every language, so it applies to everything below them, and takes precedence over the
    home page's workflow. A workflow an administrator chose for one of those pages stays.

    The approvers and "Central editors" groups are created if missing; the central
    editors' permissions come with editorial_workflow_ensure()."""
    source = _source_page(municipality)
    approvers_name = municipality_group_names(source.title)[1]
    approvers = Group.objects.get_or_create(name=approvers_name)[0]
    central = Group.objects.get_or_create(name=CENTRAL_EDITORS)[0]
    workflow_name, task_name = municipality_workflow_names(source.title)
    workflow = _workflow_ensure(
        workflow_name, [_task_ensure(task_name, [approvers]), _task_ensure(REVIEW_TASK, [central])]
    )
    for page in _translations(source):
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _central_editors_ensure():
    group = Group.objects.get_or_create(name=CENTRAL_EDITORS)[0]
    codenames = [ADMIN_ACCESS, TRANSLATION_PERMISSION]
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


def _legacy_workflow_retire(workflow, roots):
    """Retire the former site-wide workflow, whose one sign-off task let any municipality's
    approvers act on every municipality's pages: every municipality gets its own workflow,
    the home pages that had the former one get `workflow`, and the former workflow and its
    sign-off task are deactivated, which cancels their moderation in progress (those pages
    are to be submitted again)."""
    legacy = Workflow.objects.filter(name=LEGACY_WORKFLOW, active=True).first()
    if legacy is None:
        return
    for municipality in MunicipalityPage.objects.filter(locale=Locale.get_default()):
        municipality_workflow_ensure(municipality=municipality)
    WorkflowPage.objects.filter(workflow=legacy, page__in=roots).update(workflow=workflow)
    legacy.deactivate()
    sign_off = GroupApprovalTask.objects.filter(name=LEGACY_SIGN_OFF_TASK, active=True).first()
    if sign_off is not None:
        sign_off.deactivate()


@transaction.atomic
def editorial_workflow_ensure():
    """The "Central editors" group (publish anywhere, curate the reference snippets, all
    collections) and the workflow "Central review", where central editors review and
    publish. It applies to the home page of every language, so to every page outside the
    municipalities, which have their own workflows (municipality_workflow_ensure())."""
    central = _central_editors_ensure()
    workflow = _workflow_ensure(CENTRAL_WORKFLOW, [_task_ensure(REVIEW_TASK, [central])])
    roots = _site_roots()
    _legacy_workflow_retire(workflow, roots)
    for page in roots:
        # A workflow an administrator chose for a language's home page stays.
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow
