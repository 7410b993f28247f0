"""Page serving with a fallback for pages not yet translated into the requested language
(see core.translations): the page is shown in its own language under the requested
language's interface instead of a 404; and the site's error page (`server_error`)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template import loader
from wagtail import hooks
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from .sites import site_attach
from .translations import fallback_route

# When a reader may try again after the database did not answer (a restart or a failover
# takes seconds).
RETRY_AFTER_SECONDS = 30


def serve(request, path):
    """Wagtail's serve; when nothing of the requested language answers `path`, the page of
    another language it names, with `request.translation_fallback` set for the note."""
    site_attach(request)
    if Page.route_for_request(request, path) is None:
        found = fallback_route(request, path)
        if found is not None and found[0] == "redirect":
            return redirect(found[1])
        if found is not None:
            _kind, fallback, args, kwargs = found
            page = fallback.page.specific
            request._wagtail_route_for_request = (page, args, kwargs)
            request.translation_fallback = fallback
            for fn in hooks.get_hooks("before_serve_page"):
                result = fn(page, request, args, kwargs)
                if result is not None:
                    return result
            return page.serve(request, *args, **kwargs)
    return wagtail_serve(request, path)


def server_error(request):
    """The site's error page (templates/500.html: "try again in a moment", in ky, ru and
    en). When the database did not answer (restarting, failing over, out of connections)
    it is a 503 with Retry-After, not a 500: the server is fine and the request may be
    made again, which browsers, crawlers and partners' caches understand. Any other error
    is a 500."""
    error = sys.exc_info()[1]  # Django calls the handler while handling the exception
    unavailable = isinstance(error, OperationalError | InterfaceError)
    response = HttpResponse(
        loader.get_template("500.html").render(), status=503 if unavailable else 500
    )
    if unavailable:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
