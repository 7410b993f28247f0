"""sitemap.xml: every live, public page of the default site in every language, each with
its translations as hreflang alternates and an x-default (the default language's version,
else the first one there is)."""

from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from wagtail.models import Page, Site

from core.public import page_public_url, public_base_url
from core.selectors import private_pages_q
from registry.models import BaseService
from registry.selectors import base_service_sitemap_entries

SITEMAP_TIMEOUT = 3600


def sitemap_entries_cached():
    """`sitemap_entries`, cached until a page is published, unpublished or moved (the key
    holds the number of live pages, the latest publication and the latest path) or a base
    service is added or removed."""
    state = Page.objects.live().aggregate(
        count=Count("pk"), published=Max("last_published_at"), path=Max("path")
    )
    published = state["published"].timestamp() if state["published"] else 0
    base_services = BaseService.objects.count()
    key = (
        f"partners:sitemap:{public_base_url()}:{state['count']}:{published}:{state['path']}"
        f":{base_services}"
    )
    entries = cache.get(key)
    if entries is None:
        entries = sitemap_entries()
        cache.set(key, entries, SITEMAP_TIMEOUT)
    # The base services' pages (registry.views): made from the records, not pages.
    return entries + base_service_sitemap_entries()


def sitemap_entries():
    """[{location, lastmod, alternates: [(code, url)], x_default}] in tree order."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    roots = site.root_page.get_translations(inclusive=True)
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    pages = list(pages.live().exclude(private_pages_q()).select_related("locale").order_by("path"))
    groups = defaultdict(dict)
    urls = {}
    for page in pages:
        url = page_public_url(page)
        if url is None:
            continue
        urls[page.pk] = url
        groups[page.translation_key][page.locale.language_code] = url
    order = [code for code, _name in settings.LANGUAGES]
    entries = []
    for page in pages:
        if page.pk not in urls:
            continue
        group = groups[page.translation_key]
        alternates = [(code, group[code]) for code in order if code in group]
        x_default = group.get(settings.LANGUAGE_CODE) or alternates[0][1]
        entries.append(
            {
                "location": urls[page.pk],
                "lastmod": page.last_published_at,
                "alternates": alternates if len(alternates) > 1 else [],
                "x_default": x_default if len(alternates) > 1 else None,
            }
        )
    # The base services' pages (registry.views): made from the records, not pages.
    return entries + base_service_sitemap_entries()
