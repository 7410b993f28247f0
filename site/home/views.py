"""The site-wide search results page: stories, municipalities, services, base services and
news found together, grouped by kind, in the reader's language."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from .selectors import site_search


@require_safe
@never_cache
def site_search_view(request):
    """Never cached: any text makes a new address, and the answer must follow every
    publish. Never indexed (noindex in the page and the header)."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        raise Http404
    results = site_search(locale=locale, raw_query=request.GET.get("q", ""), request=request)
    response = render(
        request, "home/site_search.html", {"results": results, "site_search_q": results.q}
    )
    response["X-Robots-Tag"] = "noindex"
    return response
