"""What every page app shares: the context-selector mixin, the index-page mixin, the
editing tabs and the rich-text features.

Page models stay thin and never import their selectors (the selectors import the models,
so the reverse import would be a cycle). A page names its context selector instead:

    class StoryPage(ContextSelectorMixin, Page):
        context_selector = "story_page_context"

and the app's `selectors.py` registers the function under that name:

    @page_context_selector
    def story_page_context(*, request, page): ...

`CoreConfig.ready` imports every app's `selectors` module, so the registry is full before
the first request; the `core.E001` system check names a page whose selector is missing.
"""

import inspect

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction

from .restrictions import restriction_ids_for
from .translations import page_locale_attach

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# (app label, function name) -> (function, whether it takes the request)
_context_selectors = {}


def page_context_selector(function):
    """Register `function(*, page[, request])` as a context selector of its app; a page of
    that app whose `context_selector` is the function's name gets what it returns."""
    app_config = apps.get_containing_app_config(function.__module__)
    if app_config is None:
        raise ValueError(f"{function.__module__} is not in an installed app")
    takes_request = "request" in inspect.signature(function).parameters
    _context_selectors[(app_config.label, function.__name__)] = (function, takes_request)
    return function


def context_selector_for(model):
    """(function, takes_request) registered for a page model, or None."""
    name = getattr(model, "context_selector", "")
    return _context_selectors.get((model._meta.app_label, name)) if name else None


class ContextSelectorMixin:
    """Adds what the page's context selector returns to its template context."""

    # The name of a function in this app's selectors.py decorated with
    # @page_context_selector.
    context_selector = ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        registered = context_selector_for(type(self))
        if registered is None:
            raise LookupError(
                f"{type(self).__name__}.context_selector {self.context_selector!r} is not "
                f"registered in {self._meta.app_label}.selectors"
            )
        function, takes_request = registered
        if takes_request:
            context.update(function(request=request, page=self))
        else:
            context.update(function(page=self))
        return context


class RestrictionsMixin:
    """Wagtail checks the view restrictions of a page and its ancestors before serving it
    (two queries); this page answers from the restricted paths `core.restrictions` keeps
    in memory, and queries only when a restriction applies (an alias asks Wagtail)."""

    def get_view_restrictions(self):
        ids = restriction_ids_for(self)
        if ids is None:
            return super().get_view_restrictions()
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)


class PathRouteMixin:
    """Routes a request for a page below this one (the home page of a language) in two
    queries whatever its depth: the pages on the way by their `url_path`, then the page
    itself. Wagtail's own routing reads two per level (a story: six). When a page on the
    way routes by itself (it overrides `route`) or a step is missing, Wagtail's routing
    runs as before: it answers sub-paths and 404s exactly as it always did."""

    def route(self, request, path_components):
        if not path_components:
            page_locale_attach(self)
            return super().route(request, path_components)
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[:size])}/"
            for size in range(1, len(path_components) + 1)
        ]
        found = {
            page.url_path: page
            # The slugs make the query an index look-up (Wagtail indexes `slug`, not
            # `url_path` or a path prefix): it reads the few pages with these slugs, not
            # every page of the language. A page's `url_path` ends with its slug.
            for page in Page.objects.filter(
                slug__in=set(path_components),
                url_path__in=prefixes,
                path__startswith=self.path,
                depth__gt=self.depth,
            )
        }
        chain = [found.get(prefix) for prefix in prefixes]
        if any(
            page is None or page.depth != self.depth + step
            for step, page in enumerate(chain, start=1)
        ):
            return super().route(request, path_components)
        if any(_routes_itself(page) for page in chain[:-1]):
            return super().route(request, path_components)
        target = page_locale_attach(chain[-1].specific)
        # As Wagtail does: the parent is known, `get_parent()` needs no query; and so are
        # the ancestors below the tree root (`core.selectors.page_ancestors`).
        target._cached_parent_obj = chain[-2] if len(chain) > 1 else self
        target._route_ancestors = [self, *chain[:-1]]
        return target.route(request, [])


def _routes_itself(page):
    model = page.specific_class
    return model is None or model.route is not Page.route


def page_tabs(*tabs):
    """The editing tabs of a page: its own (panels, heading) tabs, then Wagtail's Promote
    and Settings."""
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for panels, heading in tabs),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class IndexPageMixin(models.Model):
    """The index of one kind of page, once per language below the home page, with an
    introduction."""

    # Every index sits once below the home page (a string reference, not an import).
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True
