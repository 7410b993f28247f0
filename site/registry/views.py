"""The public page of one base service of the national list, under each language prefix
(/ky/services/base/2.1/): who provides it, at what cost and on what terms, in every
municipality. A view rather than a page: it is made from the records, nobody edits it."""

from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from core.public import public_url
from core.selectors import page_ancestors

from .selectors import (
    BASE_CODE_MAX,
    base_service_alternates,
    base_service_page,
    base_service_url,
)


@require_safe
def base_service(request, code):
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is None or len(code) > BASE_CODE_MAX:
        raise Http404
    context = base_service_page(locale_id=locale.pk, code=code, sort=request.GET.get("sort"))
    if context is None:
        raise Http404
    index = context["registry_index"]
    ancestors = [*page_ancestors(page=index), index] if index is not None else []
    return render(
        request,
        "registry/base_service.html",
        {
            **context,
            "ancestors": ancestors,
            "current": {"title": context["base_service"].name},
            "canonical_url": public_url(base_service_url(code, locale.language_code)),
            "alternates": base_service_alternates(code),
            # A sorted copy of the page is the same page for a search engine.
            "noindex": bool(request.GET),
        },
    )
