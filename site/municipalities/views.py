"""Views of the municipalities app: in the admin, the translation status of pages, the
content health report and the correction requests; in public, "share your initiative" and
the correction request form."""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Locale, Page, get_page_models

from core.security import client_ip, too_many_requests

from .dashboard import content_health_report, content_health_scope, correction_requests_for
from .forms import CorrectionRequestForm, InitiativeSubmissionForm
from .models import MunicipalityPage
from .selectors import PROBLEMS, content_health, correctable_page_get, municipality_choices
from .submissions import (
    CORRECTION,
    SHARE,
    correction_request_create,
    correction_request_resolve,
    initiative_submission_create,
    public_form_throttled,
)
from .translation_status import (
    MISSING,
    ROW_LIMIT,
    STATUS_LABELS,
    municipalities_for,
    translation_status,
)

logger = logging.getLogger("ashar.submissions")
# Page ids are 32-bit on PostgreSQL: a longer number names no page.
MAX_PAGE_ID = 2**31 - 1
CORRECTIONS_SHOWN = 200


def _int(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number <= MAX_PAGE_ID else None


def _translate_url(row):
    """Where an editor translates: a missing page is submitted for translation, an
    existing translation is opened in the editor."""
    if row.status == MISSING and row.translation is None:
        return reverse("wagtail_localize:submit_page_translation", args=[row.original.pk])
    return reverse("wagtailadmin_pages:edit", args=[row.translation.pk])


def translation_status_view(request):
    """Each page the editor may edit × each other language: missing, outdated, up to
    date; filters by municipality, page type and language (unknown values are ignored)."""
    municipalities = list(municipalities_for(request.user))
    by_id = {page.pk: page for page in municipalities}
    municipality = by_id.get(_int(request.GET.get("municipality")))
    page_types = sorted(
        (
            (ContentType.objects.get_for_model(model).pk, str(model._meta.verbose_name))
            for model in get_page_models()
            if model is not Page
        ),
        key=lambda pair: pair[1],
    )
    page_type = _int(request.GET.get("page_type"))
    if page_type not in {pk for pk, _name in page_types}:
        page_type = None
    codes = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("language")
    if language not in codes:
        language = None
    rows, total = translation_status(
        user=request.user, municipality=municipality, page_type=page_type, language=language
    )
    for row in rows:
        row.url = _translate_url(row)
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for row in rows:
        counts[row.status] += 1
    return render(
        request,
        "municipalities/admin/translation_status.html",
        {
            "rows": rows,
            "total": total,
            "limit": ROW_LIMIT,
            "counts": [(STATUS_LABELS[key], value) for key, value in counts.items()],
            "municipalities": [
                page
                for page in municipalities
                if page.locale.language_code == settings.LANGUAGE_CODE
            ]
            or municipalities,
            "municipality": municipality,
            "page_types": page_types,
            "page_type": page_type,
            "languages": settings.LANGUAGES,
            "language": language,
            "header_title": _("Translation status"),
        },
    )


def corrections_view(request):
    """The correction requests of the editor's municipalities (every one for central
    editors), open ones first; `?done=1` shows those marked done."""
    done = request.GET.get("done") == "1"
    requests = correction_requests_for(request.user).filter(resolved_at__isnull=not done)
    return render(
        request,
        "municipalities/admin/corrections.html",
        {
            "corrections": requests.order_by("-created_at")[:CORRECTIONS_SHOWN],
            "done": done,
            "header_title": _("Correction requests"),
        },
    )


@require_POST
def correction_done_view(request, pk):
    """Mark a correction request done; one the editor may not see is not found."""
    correction = get_object_or_404(correction_requests_for(request.user), pk=pk)
    correction_request_resolve(correction=correction, user=request.user)
    messages.success(request, _("The correction request is marked done."))
    return redirect("ashar_corrections")


def _robot(request, form_name):
    """A filled-in honeypot: the robot is thanked as anyone would be, nothing is kept."""
    logger.warning(
        "Public form %s: honeypot filled, nothing stored",
        form_name,
        extra={"client_ip": client_ip(request)},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def initiative_share(request):
    """ "Share your initiative": the form (`?municipality=<id>` preselects one), then a
    draft story in the municipality's workflow and the confirmation page."""
    locale = Locale.get_active()
    choices = municipality_choices(locale=locale)
    if request.method == "POST":
        if public_form_throttled(request=request, form=SHARE):
            return too_many_requests(
                request, reason="public_form", period=settings.PUBLIC_FORM_PERIOD
            )
        form = InitiativeSubmissionForm(
            request.POST, request.FILES, municipalities=choices, locale=locale
        )
        if form.is_robot:
            _robot(request, SHARE)
            return redirect("initiative_shared")
        if form.is_valid():
            data = form.cleaned_data
            initiative_submission_create(
                municipality=MunicipalityPage.objects.get(pk=data["municipality"]),
                title=data["title"],
                text=data["outputs_text"],
                name=data["name"],
                language=get_language(),
                topic=data["topic"],
                villages=data["villages"],
                year=data["year"],
                figures=form.figures(),
                photos=data["photos"],
                phone=data["phone"],
                email=data["email"],
            )
            return redirect("initiative_shared")
    else:
        preselected = _int(request.GET.get("municipality"))
        initial = {"municipality": preselected} if preselected in dict(choices) else {}
        form = InitiativeSubmissionForm(initial=initial, municipalities=choices, locale=locale)
    return render(request, "municipalities/share_initiative.html", {"form": form})


@never_cache
def initiative_shared(request):
    return render(request, "municipalities/share_thanks.html")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def correction_request(request):
    """ "Something is wrong here" on a story, municipality or service page (`?page=<id>`):
    the form, then a task for the municipality's editors and the confirmation page."""
    source = request.POST if request.method == "POST" else request.GET
    page = correctable_page_get(page_id=_int(source.get("page")))
    if page is None:
        raise Http404("No page to correct.")
    if request.method == "POST":
        if public_form_throttled(request=request, form=CORRECTION):
            return too_many_requests(
                request, reason="public_form", period=settings.PUBLIC_FORM_PERIOD
            )
        form = CorrectionRequestForm(request.POST)
        if form.is_robot:
            _robot(request, CORRECTION)
            return redirect("correction_sent")
        if form.is_valid():
            correction_request_create(
                page=page,
                text=form.cleaned_data["text"],
                contact=form.cleaned_data["contact"],
                language=get_language(),
            )
            return redirect("correction_sent")
    else:
        form = CorrectionRequestForm()
    return render(
        request,
        "municipalities/correction_request.html",
        {"form": form, "target": page, "target_url": page.get_url(request=request)},
    )


@never_cache
def correction_sent(request):
    return render(request, "municipalities/correction_thanks.html")


def content_health_refused(request):
    """A plain 403 inside the admin, in the admin's language."""
    return render(
        request,
        "municipalities/admin/content_health_refused.html",
        {"header_title": _("Content health")},
        status=403,
    )


def content_health_view(request):
    """Municipalities × what is missing or stale, with counts linking to each
    municipality's list of fixes: every municipality for central editors, her own for a
    municipal editor; filters by region and problem, sortable, downloadable as CSV."""
    report = content_health_report(request.user, request.GET)
    if report is None:
        return content_health_refused(request)
    query = request.GET.copy()
    query.pop("sort", None)
    return render(
        request,
        "municipalities/admin/content_health.html",
        {
            "report": report,
            "problems": PROBLEMS,
            "sort_query": query.urlencode(),
            "csv_query": request.GET.urlencode(),
            "header_title": _("Content health"),
        },
    )


def content_health_municipality_view(request, pk):
    """One municipality's fixes, problem by problem, each with the link that fixes it;
    for central editors and the municipality's own editors and approvers."""
    scope = content_health_scope(request.user)
    if scope == []:
        return content_health_refused(request)
    municipality = MunicipalityPage.objects.filter(pk=pk).first() if pk <= MAX_PAGE_ID else None
    if municipality is None:
        raise Http404("No such municipality.")
    if scope is not None and municipality.translation_key not in {m.translation_key for m in scope}:
        return content_health_refused(request)
    rows = content_health(municipalities=[municipality])
    if not rows:
        raise Http404("No such municipality.")
    return render(
        request,
        "municipalities/admin/content_health_municipality.html",
        {
            "health": rows[0],
            "header_title": _("Content health: %(municipality)s")
            % {"municipality": rows[0].municipality.title},
        },
    )
