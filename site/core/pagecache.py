"""The anonymous page cache: whole HTML responses for visitors without a session, kept in
the Django cache (Redis in production) and purged when a page is published, unpublished
or moved.

A page's entries are stored under a generation number of its path, so purging a path
(one cache write) drops every variant of it at once: filters, search, pagination. What a
publish purges (`purge_paths_for_page`): the page and each of its ancestors (its
municipality, the municipality index, the home page) and the index pages right under each
home page (stories, news, services, …), in every language.
"""

import hashlib
import logging
import time
from contextlib import contextmanager
from contextvars import ContextVar
from uuid import uuid4

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import http_date

logger = logging.getLogger("ashar.pagecache")

EXCLUDED_PREFIXES = ("/admin/", "/api/", "/i18n/", "/documents/", "/healthz", "/static/")
# Headers that describe one delivery, not the page.
_NOT_STORED = {"set-cookie", "date", "content-length"}
MAX_QUERY_LENGTH = 300


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.PAGE_CACHE_SECONDS <= 0:
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    # A visitor with a session may be a signed-in editor (userbar, previews, drafts).
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-cache", "no-store"))


def _generation_key(path):
    return "pagecache:gen:" + hashlib.sha256(path.encode()).hexdigest()[:32]


def _entry_key(request, generation):
    query = request.META.get("QUERY_STRING", "")
    digest = hashlib.sha256(f"{request.get_host()}|{request.path}?{query}".encode()).hexdigest()
    return f"pagecache:page:{generation}:{digest[:40]}"


def _generation(path):
    generation = cache.get(_generation_key(path))
    if generation is None:
        generation = uuid4().hex[:12]
        cache.add(_generation_key(path), generation, None)
        generation = cache.get(_generation_key(path)) or generation
    return generation


def cached_response(request):
    """The stored response for this request, or None."""
    entry = cache.get(_entry_key(request, _generation(request.path)))
    if entry is None:
        return None
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


def store_response(request, response):
    response.setdefault("Last-Modified", http_date(time.time()))
    headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_STORED]
    key = _entry_key(request, _generation(request.path))
    cache.set(key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS)
    response["X-Page-Cache"] = "miss"


def purge_paths(paths):
    """Drop every cached variant of each path (a new generation for it)."""
    for path in set(paths):
        cache.set(_generation_key(path), uuid4().hex[:12], None)


def page_urls_to_purge(page):
    """The URLs a change of `page` makes stale, in every language: the page and its
    ancestors, and every live page right under the home page of each language (the
    indexes of stories, municipalities, news and services)."""
    from wagtail.models import Page

    urls = set()
    homes = {}
    for item in (page, *page.get_translations()):
        for ancestor in item.get_ancestors(inclusive=True).filter(depth__gte=2):
            urls.add(ancestor.get_url())
            if ancestor.depth == 2:
                homes[ancestor.pk] = ancestor
    for home in homes.values():
        urls.update(index.get_url() for index in Page.objects.child_of(home).live())
    return {url for url in urls if url}


def path_of(url):
    """The path of a page URL, relative or absolute (several sites give absolute URLs)."""
    if "://" in url:
        url = "/" + url.split("://", 1)[1].partition("/")[2]
    return url


def purge_urls(urls, *, extra_paths=()):
    """Purge `urls` from the application's page cache and, when one is configured, the
    CDN (Wagtail's frontend cache invalidation). Returns the paths purged."""
    paths = {path_of(url) for url in urls} | set(extra_paths)
    purge_paths(paths)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import PurgeBatch

        batch = PurgeBatch()
        root = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        batch.add_urls(url if "://" in url else root + url for url in urls)
        batch.purge()
    return paths


def purge_page(page, *, old_url_path=None):
    """Purge what a publish, unpublish or move of `page` made stale."""
    # A moved page: its old address in its own language (url_path minus the site root).
    old = [path_of(url) for url in _old_urls(page, old_url_path)] if old_url_path else []
    paths = purge_urls(page_urls_to_purge(page), extra_paths=old)
    logger.info("Purged %d cached paths after a change of page %s", len(paths), page.pk)


# The pages published or unpublished inside `purges_batched()`, by primary key.
_batch = ContextVar("ashar_pagecache_batch", default=None)


@contextmanager
def purges_batched():
    """Inside the block, a publish or unpublish purges nothing at once; on the way out the
    caches are purged once for all of them: each page's own address, and what
    `page_urls_to_purge` gives for each of their parents (an import of hundreds of stories
    purges its few municipalities once, not once per story). A move purges at once."""
    if _batch.get() is not None:
        yield
        return
    pages = {}
    token = _batch.set(pages)
    try:
        yield
    finally:
        _batch.reset(token)
        if pages:
            try:
                _purge_batch(pages.values())
            except Exception:  # noqa: BLE001 - a failed purge must never undo a publish
                logger.exception("Could not purge the caches after %d pages", len(pages))


def _purge_batch(pages):
    from wagtail.models import Page

    urls = {url for page in pages if (url := page.get_url())}
    steplen = Page.steplen
    parent_paths = {page.path[:-steplen] for page in pages if page.depth > 2}
    # page_urls_to_purge covers a page's translations: one parent per translation key.
    parents = {}
    for parent in Page.objects.filter(path__in=parent_paths).order_by("path"):
        parents.setdefault(parent.translation_key, parent)
    for parent in parents.values():
        urls |= page_urls_to_purge(parent)
    paths = purge_urls(urls)
    logger.info("Purged %d cached paths after a change of %d pages", len(paths), len(pages))


def _old_urls(page, old_url_path):
    """The address a moved page had: its old url_path without the home page's segment,
    under its language's prefix."""
    parts = old_url_path.strip("/").split("/", 1)
    relative = parts[1] + "/" if len(parts) > 1 else ""
    return [f"/{page.locale.language_code}/{relative}"]


def _purge_safely(page, old_url_path=None):
    try:
        purge_page(page, old_url_path=old_url_path)
    except Exception:  # noqa: BLE001 - a failed purge must never undo a publish
        logger.exception("Could not purge the caches after a change of page %s", page.pk)


def on_page_changed(sender, instance, **kwargs):
    """`page_published`, `page_unpublished` and `post_page_move`: purge now, and again when
    the transaction commits, so that a reader who re-cached the old page in between does
    not keep it."""
    from django.db import transaction

    old_url_path = kwargs.get("url_path_before")
    batch = _batch.get()
    if batch is not None and not old_url_path:
        batch[instance.pk] = instance
        return
    _purge_safely(instance, old_url_path)
    transaction.on_commit(lambda: _purge_safely(instance, old_url_path))


def connect_purge_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_changed, dispatch_uid=f"ashar-pagecache-{id(signal)}")
