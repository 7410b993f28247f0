"""Wagtail's sites, kept in each process's memory: serving a page starts by finding the
site of the request's host name (a query on every request otherwise).

The sites are read once per process and version (`core.versions`); saving or deleting a
site, or moving a page (a site's root), moves the version on (`sites_follow`). Each
request gets its own copy of its site and root page, so nothing one request caches on
them (Wagtail's `.specific`) reaches another.
"""

import copy

from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.signals import post_page_move

from .versions import ProcessCopy, version_bump

VERSION_KEY = "core:sites:version"
_copy = ProcessCopy(VERSION_KEY)


def _read():
    return tuple(Site.objects.select_related("root_page").order_by("pk"))


def _rank(site, hostname, port):
    """Wagtail's order (`get_site_for_hostname`, whose choice `site_for_request` repeats):
    host name and port, host name of the default site, the default site, then any site of
    that host name; None: no match."""
    if site.hostname == hostname and site.port == port:
        return 0
    if site.hostname == hostname and site.is_default_site:
        return 1
    if site.is_default_site:
        return 2
    if site.hostname == hostname:
        return 3
    return None


def site_for_request(request):
    """The site that answers `request` (as `Site.find_for_request`), or None."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    try:
        port = int(port)
    except (TypeError, ValueError):
        return None
    ranked = [
        (rank, site)
        for site in _copy.get("sites", _read)
        if (rank := _rank(site, hostname, port)) is not None
    ]
    ranked.sort(key=lambda pair: pair[0])
    sites = [site for _rank_, site in ranked]
    if not sites:
        return None
    if len(sites) == 1 or ranked[0][0] in (0, 1):
        site = sites[0]
    elif ranked[0][0] == 2:
        # The default and exactly one site of this host name (on another port): that one.
        site = sites[len(sites) == 2]
    else:
        return None
    site = copy.copy(site)
    site.root_page = copy.copy(site.root_page)
    return site


def site_attach(request):
    """Give `request` its site from the process's copy before Wagtail looks it up."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site_for_request(request)


def _changed(**kwargs):
    version_bump(VERSION_KEY)


def sites_follow():
    """Move the version on when a site is saved or deleted, or a page is moved."""
    for signal in (post_save, post_delete):
        signal.connect(_changed, sender=Site, dispatch_uid=f"sites-{id(signal)}")
    post_page_move.connect(_changed, dispatch_uid="sites-page-move")
