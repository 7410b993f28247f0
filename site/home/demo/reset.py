"""Deleting the demo content: the page tree, the demo snippets, users, groups, the workflows
and their tasks, the demo collections and their images. Reference data (regions, districts, topics,
vulnerable groups) stays: the loader brings it back to the data's state anyway."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Task, Workflow

from core.models import Programme
from home.demo_data import csv_rows
from home.models import HomePage
from municipalities.services import (
    CENTRAL_EDITORS,
    CENTRAL_WORKFLOW,
    LEGACY_SIGN_OFF_TASK,
    LEGACY_WORKFLOW,
    MUNICIPAL_SIGN_OFF_TASK,
    MUNICIPAL_WORKFLOW,
    RETIRED_TASK_SUFFIX,
    RETIRED_WORKFLOW_SUFFIX,
    REVIEW_TASK,
    TRANSLATORS,
    municipality_group_names,
)
from registry.models import BaseService, BaseServiceCategory

from .photos import COLLECTION_NAME
from .users import demo_usernames


def _municipality_names():
    return [row["name_ky"] for row in csv_rows("municipalities.csv")]


def demo_reset():
    """Delete everything the demo made. Returns the number of pages deleted."""
    homes = Page.objects.type(HomePage).filter(depth=2)
    pages = sum(home.get_descendant_count() + 1 for home in homes)
    # The tree's own queryset delete takes the subtrees in a few statements, where
    # Page.delete() would fetch and log every one of thousands of pages first.
    homes.delete()
    Programme.objects.all().delete()
    BaseService.objects.all().delete()
    BaseServiceCategory.objects.all().delete()
    get_user_model().objects.filter(username__in=demo_usernames()).delete()
    names = _municipality_names()
    group_names = [CENTRAL_EDITORS, TRANSLATORS]
    for name in names:
        group_names += municipality_group_names(name)
    Group.objects.filter(name__in=group_names).delete()
    # The central and the municipal workflow, with the former ones.
    workflow_names = [CENTRAL_WORKFLOW, MUNICIPAL_WORKFLOW, LEGACY_WORKFLOW]
    task_names = [REVIEW_TASK, MUNICIPAL_SIGN_OFF_TASK, LEGACY_SIGN_OFF_TASK]
    for name in names:
        workflow_names.append(f"{name}{RETIRED_WORKFLOW_SUFFIX}")
        task_names.append(f"{name}{RETIRED_TASK_SUFFIX}")
    Workflow.objects.filter(name__in=workflow_names).delete()
    for task in Task.objects.filter(name__in=task_names).specific():
        task.delete()
    collections = (
        Collection.get_first_root_node().get_children().filter(name__in=[COLLECTION_NAME, *names])
    )
    for collection in collections:
        for image in get_image_model().objects.filter(collection=collection):
            image.delete()
        collection.delete()
    return pages
