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
from wagtail.models import Page

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
