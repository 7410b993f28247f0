"""Admin views of the municipalities app: the translation status of pages."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, get_page_models

from .translation_status import (
    MISSING,
    ROW_LIMIT,
    STATUS_LABELS,
    municipalities_for,
    translation_status,
)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


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
