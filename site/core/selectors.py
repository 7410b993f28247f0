"""Reads every page app shares: private sections, the breadcrumb trail, index pages."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from .restrictions import private_q


def private_pages_q():
    """A Q matching pages in private sections (no query: `core.restrictions` keeps the
    restricted paths in memory). Excluding it keeps the public pages."""
    return private_q()


def pages_of(model):
    """`model.objects` (a page type's queryset) read from the page type's own table: the
    same rows, but the database starts from the few rows of that table (the services, the
    news, the municipalities) and finds each one's page by its id.

    Filtered on a page field such as the locale, a page type's query otherwise walks every
    page of the locale and keeps those with a row in the type's table: SQLite plans it so
    (it knows no table sizes), and the pages of a locale are mostly stories, so each such
    query grew with the story corpus. The `pk IN (SELECT pk FROM <type's table>)` turns
    it into id look-ups."""
    return model.objects.filter(pk__in=model.objects.values("pk"))


def page_ancestors(*, page, live_only=False):
    """The page's ancestors below the tree root, from its home page down, for the
    breadcrumb trail (one query, none when routing read them); with `live_only`, the live ones."""
    routed = getattr(page, "_route_ancestors", None)
    if routed is not None:  # read while routing the request (`core.pages.PathRouteMixin`)
        return [ancestor for ancestor in routed if ancestor.live or not live_only]
    ancestors = page.get_ancestors()
    if live_only:
        ancestors = ancestors.live()
    return list(ancestors.filter(depth__gt=1))


def index_page_for(model, *, locale_id):
    """The live index page of `model` in a locale (news index, registry index …)."""
    return pages_of(model).live().filter(locale_id=locale_id).order_by("path").first()


def index_pages_for(*models, locale_id):
    """{model: its live index page in a locale} for several index page types, in one
    query (plain pages: title and URL). The pages of those types in every language are
    read by their content type and the language kept here: filtered on the locale too,
    SQLite walks every page of the language (mostly stories) from the locale's index."""
    content_types = ContentType.objects.get_for_models(*models)
    by_type = {content_types[model].pk: model for model in models}
    pages = Page.objects.live().filter(content_type_id__in=by_type).order_by("-path")
    return {by_type[page.content_type_id]: page for page in pages if page.locale_id == locale_id}
