"""E-mails of the municipal sign-off. Wagtail mails a group task's members when a page
reaches their task, and the editor when a page is sent back (with the comment); it knows
nothing of MunicipalApprovalTask, and tells the editor nothing when one step approves.
Links use WAGTAILADMIN_BASE_URL; e-mails are in each recipient's admin language."""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier

from .workflows import MunicipalApprovalTask


class _MunicipalTaskNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, MunicipalApprovalTask)


class MunicipalSubmissionNotifier(_MunicipalTaskNotifier):
    """A page reached its municipality's sign-off: its approvers are told."""

    notification = "submitted"

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
