"""The municipal sign-off: one workflow task for every municipality, which routes each
page to the approvers of the municipality it belongs to."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Task, TaskState

from .groups import APPROVERS_SUFFIX, municipality_group_names


def municipality_of(obj):
    """The municipality page (in the default language) that `obj` belongs to: the page
    itself or its nearest MunicipalityPage ancestor; None outside the municipalities."""
    if not isinstance(obj, Page):
        return None
    model = apps.get_model("municipalities", "MunicipalityPage")
    found = model.objects.ancestor_of(obj, inclusive=True).first()
    if found is None:
        return None
    if found.locale_id != Locale.get_default().pk:
        found = found.get_translation_or_none(Locale.get_default()) or found
    return found


def approvers_group_of(obj):
    """The approvers group of the municipality `obj` belongs to, or None."""
    municipality = municipality_of(obj)
    if municipality is None:
        return None
    return Group.objects.filter(name=municipality_group_names(municipality.title)[1]).first()


def _approver_paths(user):
    """The tree paths of every page (in every language) of the municipalities whose
    approvers `user` is, read once per user object (one request): every check of a page
    against them is then a prefix test, whatever the number of pages in review."""
    cached = user.__dict__.get("_municipal_approver_paths")
    if cached is not None:
        return cached
    titles = [
        name[: -len(APPROVERS_SUFFIX)]
        for name in user.groups.filter(name__endswith=APPROVERS_SUFFIX).values_list(
            "name", flat=True
        )
    ]
    paths = ()
    if titles:
        model = apps.get_model("municipalities", "MunicipalityPage")
        keys = model.objects.filter(locale=Locale.get_default(), title__in=titles).values_list(
            "translation_key", flat=True
        )
        paths = tuple(
            model.objects.filter(translation_key__in=list(keys)).values_list("path", flat=True)
        )
    user.__dict__["_municipal_approver_paths"] = paths
    return paths


def _municipality_pages_of_approver(user):
    """Every page (in every language) of the municipalities whose approvers `user` is."""
    condition = Q()
    for path in _approver_paths(user):
        condition |= Q(path__startswith=path)
    return Page.objects.filter(condition) if condition else Page.objects.none()


class MunicipalApprovalTask(Task):
    """Sign-off by the approvers of the page's own municipality: one task serves every
    municipality, each page goes to the approvers group of the municipality it is in
    ("<Kyrgyz title> approvers"), and no approver sees or acts on another
    municipality's pages."""

    def _is_approver(self, obj, user):
        """Whether `user` signs off `obj`: it lies in one of her municipalities."""
        paths = _approver_paths(user)
        return bool(paths) and isinstance(obj, Page) and obj.path.startswith(paths)

    def approvers(self, obj):
        """The users who may sign off `obj`."""
        group = approvers_group_of(obj)
        if group is None:
            return get_user_model().objects.none()
        return group.user_set.filter(is_active=True)

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or self._is_approver(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self._is_approver(obj, user))

    def user_can_lock(self, obj, user):
        return self._is_approver(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if user.is_superuser or self._is_approver(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        pages = _municipality_pages_of_approver(user)
        page_type = ContentType.objects.get_for_model(Page)
        ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
        if not ids:
            return TaskState.objects.none()
        return states.filter(
            workflow_state__base_content_type=page_type, workflow_state__object_id__in=ids
        )

    @classmethod
    def get_description(cls):
        return _("The approvers of the page's own municipality sign it off")

    class Meta:
        verbose_name = _("municipal sign-off task")
        verbose_name_plural = _("municipal sign-off tasks")
