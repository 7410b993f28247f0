"""Wagtail's two workflow panels of the dashboard, with their newest rows only.

Wagtail lists every page awaiting the user's review and every page of hers in a workflow,
with a dozen queries and a table row each: after an import of 234 stories in three
languages an approver's dashboard held 702 rows (3.6 MB of HTML, 8 s of the server's CPU).
These panels show the newest `DASHBOARD_ROWS`, say how many there are, and link to
Wagtail's workflow reports, which page through them all and filter them.
"""

from django.conf import settings
from django.db.models import Exists, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.admin.views.home import (
    UserObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel,
)
from wagtail.models import (
    Page,
    Revision,
    TaskState,
    WorkflowState,
    get_default_page_content_type,
)

DASHBOARD_ROWS = 20


def reviews_url():
    """The admin's list of every page awaiting the user's review (Wagtail's workflow
    tasks report, filtered), paged and filterable."""
    return reverse("wagtailadmin_reports:workflow_tasks") + "?reviewable=true&status=in_progress"


class ReviewsPanel(WorkflowObjectsToModeratePanel):
    """ "Awaiting your review": the newest rows; the rest in the workflow tasks report."""

    template_name = "core/admin/dashboard_reviews.html"

    def get_context_data(self, parent_context):
        context = super(WorkflowObjectsToModeratePanel, self).get_context_data(parent_context)
        request = parent_context["request"]
        context.update(request=request, csrf_token=parent_context["csrf_token"], states=[])
        reviewable = TaskState.objects.reviewable_by(request.user)
        context["total"] = reviewable.count()
        context["all_url"] = reviews_url()
        states = (
            reviewable.select_related(
                "revision", "revision__user", "workflow_state", "workflow_state__workflow"
            )
            .prefetch_related(
                "revision__content_object", "revision__content_object__latest_revision"
            )
            .order_by("-started_at")
            .annotate(previous_revision_id=Revision.objects.previous_revision_id_subquery())
        )[:DASHBOARD_ROWS]
        # The rows as Wagtail 8.0's WorkflowObjectsToModeratePanel builds them.
        for state in states:
            obj = state.revision.content_object
            if not obj:  # a revision of a deleted object
                continue
            names = _url_names(obj)
            context["states"].append(
                {
                    "obj": obj,
                    "revision": state.revision,
                    "previous_revision_id": state.previous_revision_id,
                    "live_revision_id": obj.live_revision_id,
                    "task_state": state,
                    "actions": state.task.specific.get_actions(obj, request.user),
                    "workflow_tasks": state.workflow_state.all_tasks_with_status(),
                    "workflow_action_url_name": names["workflow_action"],
                    "workflow_preview_url_name": (
                        names["workflow_preview"] if getattr(obj, "is_previewable", False) else None
                    ),
                    "revisions_compare_url_name": names["revisions_compare"],
                }
            )
        context["shown"] = len(context["states"])
        return context


def _url_names(obj):
    if isinstance(obj, Page):
        return {
            "workflow_action": "wagtailadmin_pages:workflow_action",
            "workflow_preview": "wagtailadmin_pages:workflow_preview",
            "revisions_compare": "wagtailadmin_pages:revisions_compare",
        }
    viewset = obj.snippet_viewset
    return {
        name: viewset.get_url_name(name)
        for name in ("workflow_action", "workflow_preview", "revisions_compare")
    }


class InWorkflowPanel(UserObjectsInWorkflowModerationPanel):
    """ "Your pages and snippets in a workflow": the newest rows; the rest in the
    workflows report."""

    template_name = "core/admin/dashboard_in_workflow.html"

    def get_context_data(self, parent_context):
        context = super(UserObjectsInWorkflowModerationPanel, self).get_context_data(parent_context)
        request = parent_context["request"]
        context.update(request=request, csrf_token=parent_context["csrf_token"])
        # Wagtail 8.0's query: in progress, requested by the user or on her pages.
        owned = Q(base_content_type_id=get_default_page_content_type().id) & Exists(
            Page.objects.filter(
                owner=request.user, id=Cast(OuterRef("object_id"), output_field=IntegerField())
            )
        )
        states = WorkflowState.objects.active().filter(owned | Q(requested_by=request.user))
        context["total"] = states.count()
        shown = (
            states.prefetch_related("content_object", "content_object__latest_revision")
            .select_related("current_task_state", "current_task_state__task")
            .order_by("-current_task_state__started_at")[:DASHBOARD_ROWS]
        )
        context["workflow_states"] = [state for state in shown if state.content_object]
        context["shown"] = len(context["workflow_states"])
        context["all_url"] = (
            reverse("wagtailadmin_reports:workflow")
            + f"?status=in_progress&requested_by={request.user.pk}"
        )
        return context


def dashboard_panels_capped(panels):
    """Replace Wagtail's workflow panels in `panels` (the construct_homepage_panels list)
    by the capped ones, in place (Wagtail's own show nothing with workflows off)."""
    if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
        return
    capped = {
        WorkflowObjectsToModeratePanel: ReviewsPanel,
        UserObjectsInWorkflowModerationPanel: InWorkflowPanel,
    }
    for index, panel in enumerate(panels):
        if type(panel) in capped:
            panels[index] = capped[type(panel)]()
