"""`core.services.workflows_start`: the importers start the workflows of the pages they
submit together, in bulk, and leave the same states, task states, signals and log entries
as Wagtail's own `Workflow.start`, page by page."""

import pytest
from django.db import connection
from wagtail.models import PageLogEntry, TaskState, Workflow, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

from core.services import PageLog, workflows_start
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    """The submission signals sent, in order: (signal, sender, instance's class, user)."""
    sent = []

    def note(name, *, sender, instance, user, **kwargs):
        sent.append((name, sender, type(instance), user))

    def on_task(**kwargs):
        note("task_submitted", **kwargs)

    def on_workflow(**kwargs):
        note("workflow_submitted", **kwargs)

    task_submitted.connect(on_task, weak=False, dispatch_uid="test-heard-task")
    workflow_submitted.connect(on_workflow, weak=False, dispatch_uid="test-heard-workflow")
    yield sent
    task_submitted.disconnect(dispatch_uid="test-heard-task")
    workflow_submitted.disconnect(dispatch_uid="test-heard-workflow")


def drafts(municipality, editor, count):
    pages = []
    for number in range(count):
        page = f.NewsPageFactory(parent=municipality, title=f"Угуу {number}", slug=f"u{number}")
        pages.append((page, page.save_revision(user=editor)))
    return pages


def started(page):
    """What a page's start left: its state, its task state and its log entry."""
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.start")
    return state, task_state, entry


def shape(page, revision):
    state, task_state, entry = started(page)
    workflow = entry.data["workflow"]
    assert workflow.pop("task_state_id") == task_state.pk
    return {
        "state": (
            state.content_type_id,
            state.base_content_type.model,
            state.workflow_id,
            state.status,
            state.requested_by_id,
        ),
        "task state": (
            task_state.task_id,
            task_state.status,
            task_state.revision_id == revision.pk,
            task_state.content_type.model,
            task_state.workflow_state_id == state.pk,
        ),
        "log": (entry.user_id, entry.revision_id == revision.pk, workflow),
        "page": (page.workflow_in_progress, page.current_workflow_task.pk),
    }


def test_a_bulk_start_leaves_what_wagtails_start_leaves(bosteri_team, municipality, heard):
    editor, _approver = bosteri_team
    (own, own_revision), *bulk = drafts(municipality, editor, 3)
    workflow = own.get_workflow()
    workflow.start(own, editor)
    expected = shape(own, own_revision)
    by_wagtail = list(heard)
    heard.clear()

    log = PageLog()
    workflows_start([(workflow, page, revision) for page, revision in bulk], user=editor, log=log)
    log.write()
    for page, revision in bulk:
        assert shape(page, revision) == expected
    assert heard == by_wagtail * 2  # the task's signal, then the workflow's, for each page


def test_a_page_started_in_bulk_goes_on_to_the_next_task(bosteri_team, municipality):
    editor, approver = bosteri_team
    [(page, revision)] = drafts(municipality, editor, 1)
    workflow = page.get_workflow()
    log = PageLog()
    workflows_start([(workflow, page, revision)], user=editor, log=log)
    log.write()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, approver, "approve")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    tasks = list(workflow.tasks.filter(active=True))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task == tasks[1]
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


def test_without_ids_from_bulk_inserts_each_page_starts_on_its_own(
    bosteri_team, municipality, monkeypatch
):
    editor, _approver = bosteri_team
    pages = drafts(municipality, editor, 2)
    workflow = pages[0][0].get_workflow()
    calls = []
    wagtail_start = Workflow.start

    def start(self, obj, user):
        calls.append(obj.pk)
        return wagtail_start(self, obj, user)

    monkeypatch.setattr(Workflow, "start", start)
    # A property of the backend's features: replaced on their class for the test.
    monkeypatch.setattr(type(connection.features), "can_return_rows_from_bulk_insert", False)
    workflows_start([(workflow, page, rev) for page, rev in pages], user=editor, log=PageLog())
    assert calls == [page.pk for page, _revision in pages]
    assert all(page.workflow_in_progress for page, _revision in pages)
