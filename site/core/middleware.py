"""Request middleware of the whole site: the admin language fallback and the health check."""

from django.conf import settings
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from .health import health_status


class AdminLanguageMiddleware:
    """Inside the admin, fall back to the first permitted admin language when the
    negotiated one (Kyrgyz, most often) has no admin translation."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permitted = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
        self.fallback = settings.WAGTAILADMIN_PERMITTED_LANGUAGES[0][0]

    def __call__(self, request):
        if request.path.startswith("/admin/") and translation.get_language() not in self.permitted:
            translation.activate(self.fallback)
            request.LANGUAGE_CODE = self.fallback
        return self.get_response(request)


class HealthCheckMiddleware:
    """`GET /healthz` for the load balancer: the database and cache status as JSON, 200,
    or 503 when the database does not answer. First in the chain, so that the check works
    over plain HTTP with any Host header (the balancer probes servers by address), and
    never cached."""

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != self.path:
            return self.get_response(request)
        if request.method not in {"GET", "HEAD"}:
            response = HttpResponseNotAllowed(["GET", "HEAD"])
        else:
            healthy, report = health_status()
            response = JsonResponse(report, status=200 if healthy else 503)
        add_never_cache_headers(response)
        return response
