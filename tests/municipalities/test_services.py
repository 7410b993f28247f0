"""Each municipality's editor groups, collection and workflow, and the central workflow:
who may add, edit, sign off and publish where; the services are idempotent."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from municipalities.services import (
    CENTRAL_EDITORS,
    CENTRAL_WORKFLOW,
    LEGACY_SIGN_OFF_TASK,
    LEGACY_WORKFLOW,
    MUNICIPAL_SIGN_OFF_TASK,
    MUNICIPAL_WORKFLOW,
    REVIEW_TASK,
    editorial_workflow_ensure,
    municipality_groups_ensure,
    municipality_workflow_ensure,
)
from municipalities.workflows import MunicipalApprovalTask
from tests import factories as f

pytestmark = pytest.mark.django_db


def member_of(group, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(group)
    return user


def tasks_of(workflow):
    return [task.specific for task in workflow.tasks]


def group_names(task):
    return sorted(task.groups.values_list("name", flat=True))


def counts():
    return (
        Workflow.objects.count(),
        Task.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
        GroupPagePermission.objects.count(),
    )


def submitted(page, group):
    """`page` submitted to its workflow by a member of `group`: (workflow state, task)."""
    editor = member_of(group, f"editor-of-{page.pk}")
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    return state, state.current_task_state.task.specific


@pytest.fixture
def groups(municipality):
    return municipality_groups_ensure(municipality=municipality)


@pytest.fixture
def neighbour(site_tree, reference):
    """Another municipality, with its own groups."""
    page = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Курманбек",
        slug="kurmanbek",
        region=reference.region,
        district=reference.district,
    )
    municipality_groups_ensure(municipality=page)
    return page


def test_groups_and_collection_are_named_after_the_municipality(groups):
    assert groups.editors.name == "Бостери editors"
    assert groups.approvers.name == "Бостери approvers"
    assert groups.collection.name == "Бостери"
    assert groups.collection.get_parent() == Collection.get_first_root_node()
    assert groups.editors.permissions.filter(codename="access_admin").exists()


def test_municipal_editor_can_add_and_edit_inside_their_municipality(groups, municipality, story):
    editor = member_of(groups.editors, "bosteri-editor")
    assert municipality.permissions_for_user(editor).can_edit()
    assert municipality.permissions_for_user(editor).can_add_subpage()
    assert story.permissions_for_user(editor).can_edit()


def test_municipal_editor_can_edit_every_translation(groups, municipality):
    editor = member_of(groups.editors, "bosteri-editor")
    for translation in municipality.get_translations():
        assert translation.permissions_for_user(editor).can_edit()


def test_municipal_editor_cannot_publish(groups, municipality, story):
    editor = member_of(groups.editors, "bosteri-editor")
    approver = member_of(groups.approvers, "bosteri-approver")
    for user in (editor, approver):
        assert not municipality.permissions_for_user(user).can_publish()
        assert not story.permissions_for_user(user).can_publish()


def test_municipal_editor_cannot_edit_another_municipality(groups, neighbour, site_tree):
    editor = member_of(groups.editors, "bosteri-editor")
    assert not neighbour.permissions_for_user(editor).can_edit()
    assert not neighbour.permissions_for_user(editor).can_add_subpage()
    assert not site_tree.home.permissions_for_user(editor).can_edit()


def test_municipal_editors_use_their_own_collection(groups, neighbour):
    codenames = set(
        GroupCollectionPermission.objects.filter(group=groups.editors).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image", "change_image", "add_document"} <= codenames
    collections = set(
        GroupCollectionPermission.objects.filter(group=groups.editors).values_list(
            "collection__name", flat=True
        )
    )
    assert collections == {"Бостери"}


def test_groups_ensure_is_idempotent_from_any_translation(groups, municipality):
    before = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
    )
    again = municipality_groups_ensure(municipality=municipality.get_translations().first())
    assert again.editors == groups.editors
    assert (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
    ) == before


def test_every_municipality_uses_the_one_municipal_workflow(groups, neighbour, municipality):
    workflow = groups.workflow
    assert workflow.name == MUNICIPAL_WORKFLOW
    assert workflow.active
    sign_off, review = tasks_of(workflow)
    assert isinstance(sign_off, MunicipalApprovalTask)
    assert sign_off.name == MUNICIPAL_SIGN_OFF_TASK
    assert review.name == REVIEW_TASK
    assert group_names(review) == [CENTRAL_EDITORS]
    translations = municipality.get_translations(inclusive=True)
    assert translations.count() == 3
    for translation in translations:
        assert WorkflowPage.objects.get(page=translation).workflow == workflow
    assert neighbour.get_workflow() == workflow
    assert Workflow.objects.filter(name=MUNICIPAL_WORKFLOW).count() == 1
    assert not Workflow.objects.filter(name__contains=": municipal sign-off").exists()
    assert MunicipalApprovalTask.objects.count() == 1


def test_story_uses_the_municipal_workflow(groups, neighbour, story):
    editorial_workflow_ensure()
    for translation in story.get_translations(inclusive=True):
        assert translation.get_workflow() == groups.workflow


def test_only_the_municipality_approvers_sign_off_its_story(groups, neighbour, story):
    editorial_workflow_ensure()
    own = member_of(groups.approvers, "bosteri-approver")
    other = member_of(Group.objects.get(name="Курманбек approvers"), "kurmanbek-approver")
    editor = member_of(groups.editors, "bosteri-editor-2")
    state, task = submitted(story, groups.editors)
    assert task.name == MUNICIPAL_SIGN_OFF_TASK
    assert "approve" in [action for action, *_rest in task.get_actions(story, own)]
    assert task.get_actions(story, other) == []
    assert task.get_actions(story, editor) == []
    assert list(task.get_task_states_user_can_moderate(own)) == [state.current_task_state]
    assert not task.get_task_states_user_can_moderate(other).exists()
    assert not task.user_can_access_editor(story, other)
    assert task.user_can_access_editor(story, own)
    assert task.locked_for_user(story, other)
    assert list(task.approvers(story)) == [own]


def test_a_translated_story_goes_to_the_same_approvers(groups, neighbour, story, locales):
    editorial_workflow_ensure()
    own = member_of(groups.approvers, "bosteri-approver")
    other = member_of(Group.objects.get(name="Курманбек approvers"), "kurmanbek-approver")
    english = story.get_translation(locales["en"]).specific
    state, task = submitted(english, groups.editors)
    assert task.get_actions(english, own)
    assert task.get_actions(english, other) == []
    assert task.get_task_states_user_can_moderate(own).count() == 1


def test_each_approver_sees_only_their_municipality_in_review(groups, neighbour, story):
    editorial_workflow_ensure()
    neighbour_story = f.StoryPageFactory(parent=neighbour, title="Курманбек", slug="k-story")
    kurmanbek = Group.objects.get(name="Курманбек editors")
    submitted(story, groups.editors)
    _state, task = submitted(neighbour_story, kurmanbek)
    own = member_of(groups.approvers, "bosteri-approver")
    other = member_of(Group.objects.get(name="Курманбек approvers"), "kurmanbek-approver")
    ids = lambda user: [  # noqa: E731
        int(s.workflow_state.object_id) for s in task.get_task_states_user_can_moderate(user)
    ]
    assert ids(own) == [story.pk]
    assert ids(other) == [neighbour_story.pk]


def test_sign_off_moves_the_story_to_central_review(groups, neighbour, story):
    editorial_workflow_ensure()
    own = member_of(groups.approvers, "bosteri-approver")
    other = member_of(Group.objects.get(name="Курманбек approvers"), "kurmanbek-approver")
    central = member_of(Group.objects.get(name=CENTRAL_EDITORS), "central")
    state, _task = submitted(story, groups.editors)
    state.current_task_state.approve(user=own)
    state.refresh_from_db()
    review = state.current_task_state.task.specific
    assert review.name == REVIEW_TASK
    assert group_names(review) == [CENTRAL_EDITORS]
    assert "approve" in [action for action, *_rest in review.get_actions(story, central)]
    assert review.get_actions(story, own) == []
    assert review.get_actions(story, other) == []


def test_pages_outside_the_municipalities_get_central_review_only(groups, site_tree):
    workflow = editorial_workflow_ensure()
    assert workflow.name == CENTRAL_WORKFLOW
    (review,) = tasks_of(workflow)
    assert review.name == REVIEW_TASK
    assert group_names(review) == [CENTRAL_EDITORS]
    homes = site_tree.home.get_translations(inclusive=True)
    assert homes.count() == 3
    for home in homes:
        assert WorkflowPage.objects.get(page=home).workflow == workflow
    assert site_tree.about.get_workflow() == workflow
    assert site_tree.municipalities.get_workflow() == workflow


def test_both_workflows_share_one_central_review_task(groups):
    central = editorial_workflow_ensure()
    assert tasks_of(central)[0] == tasks_of(groups.workflow)[1]
    assert GroupApprovalTask.objects.filter(name=REVIEW_TASK).count() == 1


def test_workflow_ensure_functions_are_idempotent(groups, neighbour, municipality, site_tree):
    editorial_workflow_ensure()
    before = counts()
    editorial_workflow_ensure()
    municipality_groups_ensure(municipality=municipality)
    municipality_workflow_ensure(municipality=municipality.get_translations().first())
    municipality_groups_ensure(municipality=neighbour)
    assert counts() == before


def test_an_administrator_choice_stays(groups, municipality):
    chosen = Workflow.objects.create(name="Chosen", active=True)
    WorkflowPage.objects.filter(page=municipality).update(workflow=chosen)
    municipality_groups_ensure(municipality=municipality)
    assert municipality.get_workflow() == chosen


def test_the_former_shared_workflow_is_retired(groups, neighbour, site_tree, story):
    """A database made before municipal workflows: one shared sign-off on the home pages."""
    Workflow.objects.all().delete()
    Task.objects.all().delete()
    legacy = Workflow.objects.create(name=LEGACY_WORKFLOW, active=True)
    shared = GroupApprovalTask.objects.create(name=LEGACY_SIGN_OFF_TASK)
    shared.groups.add(*Group.objects.filter(name__endswith=" approvers"))
    WorkflowTask.objects.create(workflow=legacy, task=shared, sort_order=0)
    for home in site_tree.home.get_translations(inclusive=True):
        WorkflowPage.objects.create(page=home, workflow=legacy)
    state, _task = submitted(story, groups.editors)

    central = editorial_workflow_ensure()

    legacy.refresh_from_db()
    shared.refresh_from_db()
    assert not legacy.active
    assert not shared.active
    state.refresh_from_db()
    assert state.status == state.STATUS_CANCELLED
    for home in site_tree.home.get_translations(inclusive=True):
        assert home.get_workflow() == central
    assert story.get_workflow().name == MUNICIPAL_WORKFLOW
    assert neighbour.get_workflow().name == MUNICIPAL_WORKFLOW


def test_the_per_municipality_workflows_are_retired(
    groups, site_tree, municipality, neighbour, story
):
    """A database of the previous layout: one workflow and one group task per
    municipality, assigned to its pages."""
    Workflow.objects.all().delete()
    Task.objects.all().delete()
    WorkflowPage.objects.all().delete()
    old = {}
    for page in (municipality, neighbour):
        workflow = Workflow.objects.create(
            name=f"{page.title}: municipal sign-off, then central review", active=True
        )
        task = GroupApprovalTask.objects.create(name=f"{page.title}: municipal sign-off")
        task.groups.add(Group.objects.get(name=f"{page.title} approvers"))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        for translation in page.get_translations(inclusive=True):
            WorkflowPage.objects.create(page=translation, workflow=workflow)
        old[page.pk] = (workflow, task)

    editorial_workflow_ensure()

    for workflow, task in old.values():
        workflow.refresh_from_db()
        task.refresh_from_db()
        assert not workflow.active
        assert not task.active
    assert Workflow.objects.filter(active=True).count() == 2  # central, municipal
    for page in (municipality, neighbour, story):
        for translation in page.get_translations(inclusive=True):
            assert translation.get_workflow().name == MUNICIPAL_WORKFLOW


def test_central_editor_publishes_anywhere_and_curates_snippets(site_tree, story):
    editorial_workflow_ensure()
    central = member_of(Group.objects.get(name=CENTRAL_EDITORS), "central")
    assert story.permissions_for_user(central).can_publish()
    assert site_tree.home.permissions_for_user(central).can_publish()
    assert central.has_perm("core.change_region")
    assert central.has_perm("registry.add_baseservice")
    assert central.has_perm("wagtail_localize.submit_translation")
