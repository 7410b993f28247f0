"""The municipal editor's dashboard panel and the explorer's start page: her
municipality, her drafts, her pages in review, those sent back with the reviewer's
comment, the stories residents shared and the correction requests they sent. Reads
only."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TaskState, WorkflowState

from core.models import Region
from stories.models import StoryPage

from .groups import APPROVERS_SUFFIX, EDITORS_SUFFIX
from .models import MunicipalityPage
from .residents import CorrectionRequest
from .selectors import PROBLEMS_BY_KEY, content_health
from .services import CENTRAL_EDITORS

LIMIT = 20


def editor_municipalities(user):
    """The municipalities (their pages in the default language) whose editors or
    approvers group `user` belongs to."""
    titles = set()
    for name in user.groups.values_list("name", flat=True):
        for suffix in (EDITORS_SUFFIX, APPROVERS_SUFFIX):
            if name.endswith(suffix):
                titles.add(name[: -len(suffix)])
    if not titles:
        return MunicipalityPage.objects.none()
    return MunicipalityPage.objects.filter(locale=Locale.get_default(), title__in=titles).order_by(
        "title"
    )


def is_central_editor(user):
    """A superuser or a member of the central editors: sees every municipality."""
    return user.is_superuser or user.groups.filter(name=CENTRAL_EDITORS).exists()


def content_health_scope(user):
    """The municipalities whose content health `user` may see: None for every one (central
    editors), the municipalities she edits or approves, or an empty list: none."""
    if is_central_editor(user):
        return None
    return list(editor_municipalities(user))


def municipality_for_admin(municipality, language_code):
    """`municipality`'s page in the admin's language when it is translated, else itself."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None or locale.pk == municipality.locale_id:
        return municipality
    return municipality.get_translation_or_none(locale) or municipality


def _subtrees(municipalities):
    paths = MunicipalityPage.objects.filter(
        translation_key__in=[m.translation_key for m in municipalities]
    ).values_list("path", flat=True)
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


@dataclass
class SentBack:
    page: Page
    comment: str
    reviewer: object
    at: object


@dataclass
class EditorWork:
    drafts: list
    in_review: list
    sent_back: list


def editor_work(user, municipalities):
    """`user`'s pages in `municipalities`: drafts (unpublished changes, no workflow
    running), in review, and sent back with the reviewer's comment."""
    if not municipalities:
        return EditorWork([], [], [])
    page_type = ContentType.objects.get_for_model(Page)
    mine = WorkflowState.objects.filter(base_content_type=page_type, requested_by=user)
    in_review_states = mine.filter(status=WorkflowState.STATUS_IN_PROGRESS).order_by("-created_at")
    sent_back_states = mine.filter(status=WorkflowState.STATUS_NEEDS_CHANGES).order_by(
        "-created_at"
    )
    in_workflow = set(
        WorkflowState.objects.active()
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.filter(_subtrees(municipalities))
    drafts = [
        page
        for page in pages.filter(has_unpublished_changes=True, latest_revision__user=user)
        .order_by("-latest_revision_created_at")
        .specific()[: LIMIT * 2]
        if str(page.pk) not in in_workflow
    ][:LIMIT]
    by_id = {str(p.pk): p for p in pages.filter(pk__in=_ids(in_review_states, sent_back_states))}
    in_review = [by_id[s.object_id] for s in in_review_states[:LIMIT] if s.object_id in by_id]
    sent_back = []
    for state in sent_back_states[:LIMIT]:
        if state.object_id not in by_id:
            continue
        rejected = (
            TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
            .select_related("finished_by")
            .order_by("-finished_at")
            .first()
        )
        sent_back.append(
            SentBack(
                page=by_id[state.object_id],
                comment=rejected.get_comment() if rejected else "",
                reviewer=rejected.finished_by if rejected else None,
                at=rejected.finished_at if rejected else None,
            )
        )
    return EditorWork(drafts=drafts, in_review=in_review, sent_back=sent_back)


def _ids(*querysets):
    ids = set()
    for queryset in querysets:
        ids.update(queryset.values_list("object_id", flat=True)[:LIMIT])
    return [int(pk) for pk in ids]


@dataclass
class Shared:
    """A story a resident shared, where it stands in the workflow."""

    page: StoryPage
    submission: object
    status: str  # a WorkflowState status, "" when no workflow runs
    comment: str


def shared_initiatives(municipalities):
    """The stories residents shared in `municipalities` that are not live yet, newest
    first, with their workflow status and, when sent back, the reviewer's comment."""
    if not municipalities:
        return []
    pages = list(
        StoryPage.objects.filter(_subtrees(municipalities), public_submission=True, live=False)
        .select_related("locale", "resident_submission")
        .order_by("-pk")[:LIMIT]
    )
    if not pages:
        return []
    page_type = ContentType.objects.get_for_model(Page)
    states = {}
    for state in WorkflowState.objects.filter(
        base_content_type=page_type, object_id__in=[str(page.pk) for page in pages]
    ).order_by("created_at"):
        states[state.object_id] = state  # the latest wins
    rejected = {}
    for task_state in TaskState.objects.filter(
        workflow_state__in=[
            s for s in states.values() if s.status == WorkflowState.STATUS_NEEDS_CHANGES
        ],
        status=TaskState.STATUS_REJECTED,
    ).order_by("finished_at"):
        rejected[task_state.workflow_state_id] = task_state.get_comment()
    items = []
    for page in pages:
        state = states.get(str(page.pk))
        items.append(
            Shared(
                page=page,
                submission=getattr(page, "resident_submission", None),
                status=state.status if state else "",
                comment=rejected.get(state.pk, "") if state else "",
            )
        )
    return items


def correction_requests_for(user):
    """The correction requests `user` may see: every one for a superuser or a central
    editor, else those of the municipalities whose editors or approvers she is."""
    requests = CorrectionRequest.objects.select_related("page", "municipality", "resolved_by")
    if is_central_editor(user):
        return requests
    return requests.filter(municipality__in=list(editor_municipalities(user)))


def open_corrections(municipalities):
    """The correction requests of `municipalities` nobody has marked done yet."""
    if not municipalities:
        return []
    return list(
        CorrectionRequest.objects.filter(
            municipality__in=municipalities, resolved_at__isnull=True
        ).select_related("page")[:LIMIT]
    )


class MunicipalEditorPanel(Component):
    """Dashboard panel of a municipal editor or approver."""

    name = "municipal_editor"
    order = 50
    template_name = "municipalities/admin/editor_panel.html"

    def __init__(self, request, municipalities):
        self.request = request
        self.municipalities = municipalities

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        language = get_language()
        context["municipalities"] = [
            municipality_for_admin(m, language) for m in self.municipalities
        ]
        context["work"] = editor_work(self.request.user, self.municipalities)
        context["shared"] = shared_initiatives(self.municipalities)
        context["corrections"] = open_corrections(self.municipalities)
        context["health"] = content_health(municipalities=self.municipalities)
        return context


# ---- The content health report ---------------------------------------------------------

HEALTH_SORTS = ("total", "title", *PROBLEMS_BY_KEY)


@dataclass
class HealthReport:
    """The content health report for one user and one query: the rows as filtered and
    sorted, the filters understood, the choices offered and the parameters ignored."""

    rows: list
    regions: list
    region: object
    problem: object
    sort: str
    ignored: list


def content_health_report(user, params):
    """The content health of the municipalities `user` may see, filtered by the GET
    `params` region (a region id) and problem (a problem key), sorted by `sort` (a
    problem key, "title", or by default "total": most missing first). Unknown values are
    listed in `ignored` and change nothing. None when `user` may see no municipality."""
    scope = content_health_scope(user)
    if scope == []:
        return None
    ignored = []
    regions = list(
        Region.objects.filter(locale=Locale.get_default()).order_by("sort_order", "name")
    )
    region = None
    if params.get("region"):
        region = next((r for r in regions if str(r.pk) == params["region"]), None)
        if region is None:
            ignored.append(("region", params["region"]))
    problem = None
    if params.get("problem"):
        problem = PROBLEMS_BY_KEY.get(params["problem"])
        if problem is None:
            ignored.append(("problem", params["problem"]))
    sort = params.get("sort") or "total"
    if sort not in HEALTH_SORTS:
        ignored.append(("sort", sort))
        sort = "total"
    rows = content_health(municipalities=scope, region=region)
    if problem is not None:
        rows = [row for row in rows if row.count(problem.key)]
    if sort != "title":  # rows come by title; the sort is stable
        rows.sort(key=lambda row: -(row.total if sort == "total" else row.count(sort)))
    return HealthReport(
        rows=rows, regions=regions, region=region, problem=problem, sort=sort, ignored=ignored
    )
