"""CORS for the read-only interfaces partners call from their own pages: any origin may
GET (and HEAD, and ask with OPTIONS) the API, the feeds, oEmbed, the embeds, citations
and the listings' downloads. Nothing else gets CORS headers; no credentials."""

from django.http import HttpResponse
from django.middleware import locale as django_locale
from django.utils.translation import get_language

OPEN_PREFIXES = ("/api/", "/feeds/", "/oembed/", "/embed/", "/cite/", "/exports/")
# Feeds are also served under a language prefix: /ky/feeds/…
OPEN_LANGUAGE_PARTS = ("feeds",)
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def is_open_path(path):
    if path.startswith(OPEN_PREFIXES):
        return True
    parts = path.split("/")
    return len(parts) > 2 and parts[2] in OPEN_LANGUAGE_PARTS


class OpenReadCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_open_path(request.path) or request.method not in READ_METHODS:
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        response["Access-Control-Allow-Origin"] = "*"
        return response


# Paths that are endpoints, not pages: their 404 stays a 404.
NOT_PAGE_PREFIXES = (
    *OPEN_PREFIXES,
    "/s/",
    "/share/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
)


class LocaleMiddleware(django_locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 of an endpoint (API, short link, feed,
    oEmbed, embed …) is not redirected to /ky/…: Wagtail's catch-all page route makes any
    prefixed path look valid, so an API client would get a redirect to an HTML 404."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(NOT_PAGE_PREFIXES):
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
