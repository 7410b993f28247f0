"""RSS 2.0 and Atom feeds of stories and news: all of a language, or one topic, region or
municipality. URLs: /feeds/<language>/<stories|news>[/<topic|region|municipality>/<slug>]
.<rss|atom>. An unknown language, facet or slug is a 404."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core.models import Region, Topic
from core.public import page_public_url, public_url
from core.selectors import private_pages_q
from municipalities.models import MunicipalityPage, NewsPage
from stories.models import StoryPage
from stories.selectors import story_ids_newest

FEED_SIZE = 50
KINDS = {"stories": StoryPage, "news": NewsPage}
FACETS = ("topic", "region", "municipality")
FORMATS = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
CONTENT_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


@dataclass(frozen=True)
class FeedScope:
    language: str
    locale: Locale
    kind: str
    facet: str | None
    slug: str | None
    label: str | None
    page: Page | None
    format: str


def feed_path(*, language, kind, facet=None, slug=None, format="rss"):
    kwargs = {"language": language, "kind": kind, "format": format}
    if facet:
        return reverse("partners:feed_facet", kwargs={**kwargs, "facet": facet, "slug": slug})
    return reverse("partners:feed", kwargs=kwargs)


def _facet_label(locale, facet, slug):
    """The name of the facet value in `locale` and the page that lists it, or 404."""
    if facet == "topic":
        topic = Topic.objects.filter(locale=locale, slug=slug).first()
        if topic is None:
            raise Http404("No topic with this slug.")
        return topic.name, None
    if facet == "region":
        region = Region.objects.filter(locale=locale, slug=slug).first()
        if region is None:
            raise Http404("No region with this slug.")
        return region.name, None
    municipality = (
        MunicipalityPage.objects.live()
        .exclude(private_pages_q())
        .filter(locale=locale, slug=slug)
        .first()
    )
    if municipality is None:
        raise Http404("No municipality with this slug.")
    return municipality.title, municipality


def feed_scope(*, language, kind, facet=None, slug=None, format="rss"):
    if language not in dict(settings.LANGUAGES) or kind not in KINDS or format not in FORMATS:
        raise Http404("No such feed.")
    if facet is not None and (facet not in FACETS or not slug or len(slug) > 100):
        raise Http404("No such feed.")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise Http404("No such language.")
    label, page = _facet_label(locale, facet, slug) if facet else (None, None)
    return FeedScope(language, locale, kind, facet, slug, label, page, format)


def feed_items(scope):
    model = KINDS[scope.kind]
    if model is StoryPage:
        return _story_items(scope)
    pages = model.objects.live().exclude(private_pages_q()).filter(locale=scope.locale)
    if scope.facet == "topic":
        pages = pages.filter(topics__slug=scope.slug)
    elif scope.facet == "region":
        paths = MunicipalityPage.objects.filter(
            locale=scope.locale, region__slug=scope.slug
        ).values_list("path", flat=True)
        condition = Q(pk__in=[])
        for path in paths:
            condition |= Q(path__startswith=path)
        pages = pages.filter(condition)
    elif scope.facet == "municipality":
        pages = pages.child_of(scope.page)
    pages = pages.select_related("locale").prefetch_related("topics")
    return list(pages.order_by("-date", "-pk")[:FEED_SIZE])


def _story_items(scope):
    """The stories of the feed, the last published first, picked from the stories' cached
    records (`story_ids_newest`) and then read by id: the same cost at any number of
    stories (ordering the pages of a language by publication read every one of them)."""
    slug = scope.page.slug if scope.facet == "municipality" else scope.slug
    ids = story_ids_newest(locale=scope.locale, limit=FEED_SIZE, facet=scope.facet, slug=slug)
    pages = StoryPage.objects.filter(pk__in=ids).select_related("locale").prefetch_related("topics")
    by_id = {page.pk: page for page in pages}
    return [by_id[story_id] for story_id in ids if story_id in by_id]


def published_at(page):
    """When the item appeared: a news item's date, else the first publication (pages
    published by an import may lack it; then their last publication or creation)."""
    if isinstance(page, NewsPage) and page.date:
        return timezone.make_aware(datetime.datetime.combine(page.date, datetime.time(9)))
    return page.first_published_at or page.last_published_at or page.latest_revision_created_at


class SiteFeed(Feed):
    """One class for both formats and both kinds; the scope comes from the URL."""

    def __call__(self, request, *args, **kwargs):
        scope = feed_scope(**kwargs)
        self.feed_type = FORMATS[scope.format]
        with translation.override(scope.language):
            response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = f"{CONTENT_TYPES[scope.format]}; charset=utf-8"
        return response

    def get_object(self, request, **kwargs):
        return feed_scope(**kwargs)

    def title(self, scope):
        kind = _("Stories") if scope.kind == "stories" else _("News")
        parts = [_("Ashar"), kind]
        if scope.label:
            parts.append(scope.label)
        return " · ".join(str(part) for part in parts)

    def link(self, scope):
        if scope.page is not None:
            return page_public_url(scope.page)
        return public_url(f"/{scope.language}/")

    def feed_url(self, scope):
        return public_url(
            feed_path(
                language=scope.language,
                kind=scope.kind,
                facet=scope.facet,
                slug=scope.slug,
                format=scope.format,
            )
        )

    def description(self, scope):
        return _("Local initiatives, municipalities and their services in Kyrgyzstan")

    def author_name(self, scope):
        return _("Ashar")

    def feed_copyright(self, scope):
        return settings.ASHAR_CONTENT_LICENCE

    def items(self, scope):
        return feed_items(scope)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return page_public_url(item)

    def item_guid(self, item):
        if isinstance(item, StoryPage):
            return public_url(reverse("story_permalink", args=[item.pk]))
        return page_public_url(item)

    def item_pubdate(self, item):
        return published_at(item)

    def item_updateddate(self, item):
        # Atom requires a date on every entry; a page created without publishing
        # (a raw import) has none, so it is as new as the feed.
        return item.last_published_at or published_at(item) or timezone.now()

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]

    def item_copyright(self, item):
        return settings.ASHAR_CONTENT_LICENCE


def site_feed(request, **kwargs):
    """A fresh feed object per request: the format is set on it."""
    return SiteFeed()(request, **kwargs)
