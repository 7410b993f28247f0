"""Page serving with a fallback for pages not yet translated into the requested language
(see core.translations): the page is shown in its own language under the requested
language's interface instead of a 404."""

from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from .sites import site_attach
from .translations import fallback_route


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
