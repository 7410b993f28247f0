"""Reads every page app shares: private sections, the breadcrumb trail, index pages."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def private_pages_q():
    """A Q matching pages in private sections (one query, for the view restrictions).
    Excluding it keeps the public pages; a selector computes it once and reuses it."""
    return Page.objects.private_q()


def page_ancestors(*, page, live_only=False):
    """The page's ancestors below the tree root, from its home page down, for the
    breadcrumb trail (one query); with `live_only`, the live ones."""
    ancestors = page.get_ancestors()
    if live_only:
        ancestors = ancestors.live()
    return list(ancestors.filter(depth__gt=1))


def index_page_for(model, *, locale_id):
    """The live index page of `model` in a locale (news index, registry index …)."""
    return model.objects.live().filter(locale_id=locale_id).order_by("path").first()


def index_pages_for(*models, locale_id):
    """{model: its live index page in a locale} for several index page types, in one
    query (plain pages: title and URL)."""
    content_types = ContentType.objects.get_for_models(*models)
    by_type = {content_types[model].pk: model for model in models}
    pages = (
        Page.objects.live()
        .filter(locale_id=locale_id, content_type_id__in=by_type)
        .order_by("-path")
    )
    return {by_type[page.content_type_id]: page for page in pages}
