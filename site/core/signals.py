"""Signal receivers of the core app. wagtail-localize offers no hook around the moment it
creates or syncs a translated page, so a pre_save receiver is the one place that sees
every such save; it makes a one-line call to a service."""

from django.db.models.signals import pre_save
from wagtail.models import Page

from .services import inline_snippets_follow_locale, page_snippets_follow_locale


def snippets_follow_locale(sender, instance, raw=False, update_fields=None, **kwargs):
    """A page's (or its inline rows') snippets are those of the page's locale. A save of
    some fields only (a new revision's pointer, a publish date) looks at those fields."""
    if raw:
        return
    if isinstance(instance, Page):
        page_snippets_follow_locale(page=instance, fields=update_fields)
    else:
        inline_snippets_follow_locale(row=instance)


def connect():
    pre_save.connect(snippets_follow_locale, dispatch_uid="core.snippets_follow_locale")
