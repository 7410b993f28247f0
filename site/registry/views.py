"""The public page of one base service of the national list, under each language prefix
(/ky/services/base/2.1/): who provides it, at what cost and on what terms, in every
municipality. A view rather than a page: it is made from the records, nobody edits it."""

import re

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

# A base service's code as the national list writes them (1.1, 2.10); anything else, a NUL
# byte or a quote included, is a 404 before any query.
BASE_CODE = re.compile(r"[\w.-]+")


@require_safe
def base_service(request, code):
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is None or len(code) > BASE_CODE_MAX or not BASE_CODE.fullmatch(code):
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
