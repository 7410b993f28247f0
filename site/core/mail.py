"""Workflow notifications: those that fail are logged, never dropped in silence; those of
a bulk write (an import) go out as one e-mail per reviewer."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from .dashboard import reviews_url

logger = logging.getLogger("ashar.notifications")


def install_notification_failure_logging():
    """Wagtail sends notifications inside `OpenedConnection`, whose `__exit__` returns a
    true value and so swallows any exception raised while the messages are built or sent
    (a missing template, a subject Django refuses, an SMTP error): the notification is
    dropped without a trace. Keep the editor's action going (a notification must not undo
    a publish), but log the failure with its traceback."""
    from wagtail.admin import mail

    original_exit = mail.OpenedConnection.__exit__
    if getattr(original_exit, "ashar_logs_failures", False):
        return

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            logger.error(
                "Workflow notification not sent: %s: %s",
                exc_type.__name__,
                exc_value,
                exc_info=(exc_type, exc_value, traceback),
            )
        original_exit(self, exc_type, exc_value, traceback)
        return True

    __exit__.ashar_logs_failures = True
    mail.OpenedConnection.__exit__ = __exit__


# ---- Submissions of a bulk write, one e-mail per reviewer -------------------------------
#
# Wagtail mails the reviewers of every page that enters a workflow, one e-mail per page and
# reviewer ("submitted"): an import of 234 stories in three languages sent each central
# reviewer 702 e-mails, and took 5 of its 50 seconds to do it. Inside
# `submissions_batched()` the submission notifiers note the pages instead; the batch's
# `send()` (an importer calls it after its commit) mails each reviewer once, in her admin
# language, with the pages that await her and the link to her dashboard. Outside a batch
# (an editor submitting one page) nothing changes.

_batch = ContextVar("ashar_submissions_batch", default=None)
# How many pages the e-mail names; the dashboard lists the rest.
SUBMISSIONS_LISTED = 30


class SubmissionsBatch:
    """The pages each recipient would have been told about, by recipient."""

    def __init__(self):
        self.recipients = {}  # user pk -> user
        self.pages = {}  # user pk -> {page id: None}, in the order submitted
        self.requesters = {}  # user pk -> {requesting user pk: user}
        self.recipients_of = {}  # (notifier class, its recipients_key) -> users

    def hold(self, recipients, *, page_id, requester):
        for user in recipients:
            self.recipients[user.pk] = user
            self.pages.setdefault(user.pk, {})[int(page_id)] = None
            if requester is not None:
                self.requesters.setdefault(user.pk, {})[requester.pk] = requester

    def send(self):
        """One e-mail per recipient; a failure is logged and the others still go."""
        if not self.pages:
            return 0
        ids = {page_id for pages in self.pages.values() for page_id in pages}
        found = Page.objects.filter(pk__in=ids).select_related("locale").in_bulk()
        sent = 0
        for user_pk, page_ids in self.pages.items():
            user = self.recipients[user_pk]
            pages = [found[page_id] for page_id in page_ids if page_id in found]
            if not pages:
                continue
            requesters = list(self.requesters.get(user_pk, {}).values())
            if _submissions_mail(user, pages, requesters):
                sent += 1
        self.pages.clear()
        return sent


def _submissions_mail(user, pages, requesters):
    listed = pages[:SUBMISSIONS_LISTED]
    context = {
        "user": user,
        "count": len(pages),
        "pages": [
            {
                "title": page.get_admin_display_title(),
                "language": page.locale.language_code,
                "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
            }
            for page in listed
        ],
        "more": len(pages) - len(listed),
        "requesters": ", ".join(
            (requester.get_full_name() or requester.get_username()) for requester in requesters
        ),
        "reviews_url": admin_url(reviews_url()),
    }
    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        subject = " ".join(
            render_to_string("core/notifications/pages_submitted_subject.txt", context).split()
        )
        body = render_to_string("core/notifications/pages_submitted.txt", context)
    try:
        send_mail(subject, body, None, [user.email])
    except Exception:
        logger.exception("Submissions e-mail not sent to %s", user.email)
        return False
    return True


def admin_url(path):
    """`path` of the admin as an absolute URL, on WAGTAILADMIN_BASE_URL (never the host of
    the request being served)."""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


@contextmanager
def submissions_batched():
    """Hold the submission e-mails of the workflows started inside, for one `send()` each
    recipient; the batch is dropped when the block raises."""
    batch = SubmissionsBatch()
    token = _batch.set(batch)
    try:
        yield batch
    finally:
        _batch.reset(token)


class BatchedSubmissionMixin:
    """A submission notifier that, inside `submissions_batched()`, notes the page and its
    recipients in the batch instead of mailing them (before the e-mail's context is built:
    that reads the page again)."""

    def __call__(self, instance=None, **kwargs):
        batch = _batch.get()
        if batch is None or not self.can_handle(instance, **kwargs):
            return super().__call__(instance, **kwargs)
        state = getattr(instance, "workflow_state", instance)
        user = kwargs.get("user")  # who submitted: never told of her own submission
        key = (type(self), getattr(user, "pk", None), self.recipients_key(instance))
        if key[-1] is None or key not in batch.recipients_of:
            batch.recipients_of[key] = self.get_valid_recipients(instance, **kwargs)
        batch.hold(batch.recipients_of[key], page_id=state.object_id, requester=state.requested_by)
        return True

    def recipients_key(self, instance):
        """What the recipients depend on besides the notifier, for the batch to look them
        up once per key; None: look them up for every page."""
        return None


def install_batched_submissions():
    """Wagtail's two submission notifiers, batched. Connected under Wagtail's own
    `dispatch_uid`s before wagtail.admin connects its notifiers (core comes first in
    INSTALLED_APPS), so that Wagtail's later `connect` finds the place taken."""
    from wagtail.admin.mail import (
        GroupApprovalTaskStateSubmissionEmailNotifier,
        WorkflowStateSubmissionEmailNotifier,
    )
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import task_submitted, workflow_submitted

    class TaskSubmissionNotifier(
        BatchedSubmissionMixin, GroupApprovalTaskStateSubmissionEmailNotifier
    ):
        def recipients_key(self, task_state):
            return task_state.task_id  # the task's groups

    class WorkflowSubmissionNotifier(BatchedSubmissionMixin, WorkflowStateSubmissionEmailNotifier):
        def recipients_key(self, workflow_state):
            return "superusers"  # whatever the page

    task_submitted.connect(
        TaskSubmissionNotifier(),
        sender=TaskState,
        dispatch_uid="group_approval_task_submitted_email_notification",
        weak=False,
    )
    workflow_submitted.connect(
        WorkflowSubmissionNotifier(),
        sender=WorkflowState,
        dispatch_uid="workflow_state_submitted_email_notification",
        weak=False,
    )
