"""E-mails of the municipal sign-off. Wagtail mails a group task's members when a page
reaches their task, and the editor when a page is sent back (with the comment); it knows
nothing of MunicipalApprovalTask, and tells the editor nothing when one step approves.
Links use WAGTAILADMIN_BASE_URL; e-mails are in each recipient's admin language."""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.users.models import UserProfile

from core.mail import BatchedSubmissionMixin, admin_url
from core.public import page_public_url, public_url

from .groups import municipality_group_names
from .models import MunicipalityPage
from .workflows import MunicipalApprovalTask

logger = logging.getLogger("ashar.notifications")


class _MunicipalTaskNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, MunicipalApprovalTask)


class MunicipalSubmissionNotifier(BatchedSubmissionMixin, _MunicipalTaskNotifier):
    """A page reached its municipality's sign-off: its approvers are told."""

    notification = "submitted"

    def recipients_key(self, task_state):
        """The approvers of a page are those of its municipality: the page itself when it
        is one, else found among its ancestors, the same for every page under one parent."""
        page = task_state.workflow_state.content_object
        if issubclass(page.specific_class, MunicipalityPage):
            return page.path
        return page.path[: -page.steplen]

    def get_recipient_users(self, task_state, **kwargs):
        approvers = task_state.task.specific.approvers(task_state.workflow_state.content_object)
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            approvers = approvers.exclude(pk=triggering_user.pk)
        return set(approvers)


class MunicipalApprovalNotifier(_MunicipalTaskNotifier):
    """The municipality signed a page off: the editor who submitted it is told, with the
    approver's comment, that it has gone on to central review."""

    notification = "approved"
    template_directory = "municipalities/notifications/"

    def get_recipient_users(self, task_state, **kwargs):
        requester = task_state.workflow_state.requested_by
        if requester is None or requester == kwargs.get("user"):
            return set()
        return {requester}

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["comment"] = task_state.get_comment()
        context["approver"] = task_state.finished_by
        return context


submission_notifier = MunicipalSubmissionNotifier()
approval_notifier = MunicipalApprovalNotifier()


# What residents send through the public forms (municipalities.submissions): the
# municipality's editors and approvers are told, each in her admin language, and the
# sender, in the language she wrote in. Admin links use WAGTAILADMIN_BASE_URL, links to
# public pages ASHAR_PUBLIC_BASE_URL: never the host of the request that was served.


def municipality_team(municipality, *, approvers=True):
    """The active users with an e-mail address in the editors (and approvers) group of
    `municipality` (its page in the default language)."""
    editors, approvers_group = municipality_group_names(municipality.title)
    names = [editors, approvers_group] if approvers else [editors]
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=names)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _send(*, template, context, recipients, language):
    with translation.override(language):
        folder = "municipalities/notifications"
        subject = " ".join(render_to_string(f"{folder}/{template}_subject.txt", context).split())
        body = render_to_string(f"{folder}/{template}.txt", context)
    try:
        send_mail(subject, body, None, recipients)
    except Exception:
        logger.exception("Notification %s not sent to %s", template, ", ".join(recipients))


def _team_notify(*, municipality, template, context, approvers=True):
    for user in municipality_team(municipality, approvers=approvers):
        language = UserProfile.get_for_user(user).get_preferred_language()
        _send(
            template=template,
            context={**context, "user": user},
            recipients=[user.email],
            language=language,
        )


def initiative_submission_notify(*, submission):
    """The municipality's editors hear of a story a resident shared, with the sender's
    contact. Its approvers are told by the workflow (MunicipalSubmissionNotifier)."""
    story = submission.story
    _team_notify(
        municipality=submission.municipality,
        approvers=False,
        template="initiative_submitted",
        context={
            "submission": submission,
            "story": story,
            "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[story.pk])),
            "dashboard_url": admin_url(reverse("wagtailadmin_home")),
        },
    )


def initiative_submission_confirm(*, submission):
    """The sender hears that her story arrived and will be checked before publication."""
    _send(
        template="initiative_received",
        context={
            "submission": submission,
            "story": submission.story,
            "site_url": public_url(f"/{submission.language}/"),
        },
        recipients=[submission.email],
        language=submission.language,
    )


def correction_request_notify(*, correction):
    """The municipality's editors and approvers hear of a correction request, with the
    page's public address and the reader's text."""
    _team_notify(
        municipality=correction.municipality,
        template="correction_requested",
        context={
            "correction": correction,
            "page": correction.page,
            "page_url": page_public_url(correction.page),
            "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[correction.page_id])),
            "list_url": admin_url(reverse("ashar_corrections")),
        },
    )
