"""Request middleware of the whole site: the admin language fallback, incomplete admin
forms, the health check, the password-reset rate limit and the security headers."""

import json
import logging
import threading
from collections import OrderedDict

from csp.middleware import CSPMiddleware
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

try:
    import brotli
except ImportError:  # brotli is optional: gzip only
    brotli = None
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext as _

from . import pagecache
from .health import health_status
from .security import client_ip, rate_limit_hit, too_many_requests

logger = logging.getLogger("ashar.security")


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


class IncompleteAdminFormMiddleware:
    """An admin form posted without the fields its widgets read (a StreamField's counters,
    a JSON value cut short: a stale tab, a browser extension, a forged request) makes
    Wagtail raise while it reads the form, before anything is saved. Instead of a server
    error the editor gets the form again with a message that nothing was saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.path.startswith("/admin/"):
            return None
        if not isinstance(exception, MultiValueDictKeyError | json.JSONDecodeError):
            return None
        logger.warning("Incomplete admin form at %s: %r", request.path, exception)
        with translation.override(_admin_language(request)):
            messages.error(
                request,
                _(
                    "The form arrived incomplete, so nothing was saved. Reload the page and "
                    "try again."
                ),
            )
        return HttpResponseRedirect(request.get_full_path())


def _admin_language(request):
    """The signed-in editor's admin language, else the request's."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from wagtail.users.models import UserProfile

        preferred = UserProfile.get_for_user(user).get_preferred_language()
        if preferred:
            return preferred
    return translation.get_language()


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


class PasswordResetThrottleMiddleware:
    """At most `PASSWORD_RESET_LIMIT_PER_ADDRESS` reset requests per address and
    `PASSWORD_RESET_LIMIT_PER_EMAIL` per e-mail address in `PASSWORD_RESET_PERIOD`
    seconds: beyond that the form answers 429 and sends nothing, so the reset form cannot
    be used to flood an inbox or the mail server."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == reverse("wagtailadmin_password_reset"):
            email = request.POST.get("email", "")
            by_address = rate_limit_hit(
                scope="reset-ip",
                key=client_ip(request),
                limit=settings.PASSWORD_RESET_LIMIT_PER_ADDRESS,
                period=settings.PASSWORD_RESET_PERIOD,
            )
            by_email = bool(email) and rate_limit_hit(
                scope="reset-email",
                key=email,
                limit=settings.PASSWORD_RESET_LIMIT_PER_EMAIL,
                period=settings.PASSWORD_RESET_PERIOD,
            )
            if by_address or by_email:
                logger.warning(
                    "Password reset refused: too many requests (%s)",
                    "address" if by_address else "e-mail address",
                    extra={"client_ip": client_ip(request)},
                )
                return too_many_requests(
                    request, reason="password_reset", period=settings.PASSWORD_RESET_PERIOD
                )
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the site's three policies: the strict one of `CONTENT_SECURITY_POLICY`
    for public pages; the Wagtail admin's, which still needs inline scripts and styles and
    frames its own previews (`ADMIN_CSP_UPDATE`); and the embeddable pages under
    `/embed/`, which any site may frame (`EMBED_CSP_UPDATE`). Adds Permissions-Policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        path = request.path_info
        extra = None
        if path.startswith("/admin/"):
            extra = settings.ADMIN_CSP_REPLACE
        elif path.startswith("/embed/"):
            extra = settings.EMBED_CSP_REPLACE
        if extra:
            parts.replace = {**extra, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' HTML from the page cache (`core.pagecache`), and store
    what they are sent. Visitors with a session (editors), previews, the admin and the
    API are never cached; nor is a response that sets a cookie. Pages are sent with
    `Cache-Control: public, max-age=0, must-revalidate` (plus `s-maxage` for a CDN that
    Wagtail purges), so browsers revalidate with ETag / Last-Modified and get 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable = pagecache.request_is_cacheable(request)
        if cacheable:
            response = pagecache.cached_response(request)
            if response is not None:
                return response
        response = self.get_response(request)
        if cacheable and pagecache.response_is_cacheable(response):
            self._set_cache_control(response)
            pagecache.store_response(request, response)
        elif not response.has_header("Cache-Control") and (
            settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies
        ):
            # A signed-in editor's page or one that sets a cookie: no shared cache keeps it.
            response["Cache-Control"] = "private, no-cache"
        return response

    @staticmethod
    def _set_cache_control(response):
        if response.has_header("Cache-Control"):
            return
        value = "public, max-age=0, must-revalidate"
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            value += f", s-maxage={settings.PAGE_CACHE_SECONDS}"
        response["Cache-Control"] = value


class CompressionMiddleware(GZipMiddleware):
    """Compress responses: brotli when the client accepts it (smaller than gzip at the same
    speed), else gzip (Django's GZipMiddleware). Brotli only outside the admin: Django's
    gzip pads each response against the BREACH attack on pages with secret tokens, brotli
    here does not, and public pages hold no secret.

    A page from the anonymous page cache is compressed once per process and content (its
    ETag), not on every hit: compressing costs three times what serving the hit does."""

    brotli_quality = 5
    memo_size = 256
    _memo = OrderedDict()
    _memo_lock = threading.Lock()

    def process_response(self, request, response):
        if getattr(response, "progressive", False):
            # A page streamed while it is made (an import's progress): compressed, its
            # parts would wait in the compressor's buffer instead of reaching the reader.
            return response
        key = self._memo_key(request, response)
        if key is not None:
            with self._memo_lock:
                found = self._memo.get(key)
                if found is not None:
                    self._memo.move_to_end(key)
            if found is not None:
                return self._encoded(response, found, key[0])
        response = self._compress(request, response)
        encoding = response.get("Content-Encoding")
        if key is not None and encoding == key[0]:
            with self._memo_lock:
                self._memo[key] = response.content
                while len(self._memo) > self.memo_size:
                    self._memo.popitem(last=False)
        return response

    def _memo_key(self, request, response):
        """(encoding, ETag) of a page-cache response that will be compressed, or None."""
        etag = response.get("ETag")
        if not etag or response.get("X-Page-Cache") not in ("hit", "miss"):
            return None
        if response.streaming or len(response.content) < 200:
            return None
        if response.has_header("Content-Encoding") or request.path.startswith("/admin/"):
            return None
        accepted = _accepted_encodings(request)
        if brotli is not None and "br" in accepted:
            return ("br", etag)
        return ("gzip", etag) if "gzip" in accepted else None

    @staticmethod
    def _encoded(response, body, encoding):
        patch_vary_headers(response, ("Accept-Encoding",))
        response.content = body
        response["Content-Length"] = str(len(body))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response["ETag"] = "W/" + etag
        response["Content-Encoding"] = encoding
        return response

    def _compress(self, request, response):
        if (
            brotli is None
            or response.streaming
            or len(response.content) < 200
            or response.has_header("Content-Encoding")
            or request.path.startswith("/admin/")
            or "br" not in _accepted_encodings(request)
        ):
            return super().process_response(request, response)
        compressed = brotli.compress(response.content, quality=self.brotli_quality)
        if len(compressed) >= len(response.content):
            patch_vary_headers(response, ("Accept-Encoding",))
            return response
        return self._encoded(response, compressed, "br")


def _accepted_encodings(request):
    return {
        part.split(";")[0].strip().lower()
        for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(",")
        if part.strip() and not part.replace(" ", "").endswith(";q=0")
    }
