"""Template helpers of the site-wide pages: breadcrumbs, child pages, big amounts."""

from decimal import Decimal

from django import template

from core.selectors import page_ancestors, private_pages_q
from home.models import StandardPage

register = template.Library()

MILLION = Decimal(1_000_000)


@register.simple_tag
def breadcrumb_pages(page):
    """The live ancestors of `page` from its home page down; the tree root left out."""
    return page_ancestors(page=page, live_only=True)


@register.simple_tag
def standard_children(page):
    """The live, public standard pages directly below `page`, in the editors' order."""
    return list(StandardPage.objects.child_of(page).live().exclude(private_pages_q()))


@register.filter
def millions(value):
    """12 345 678 → Decimal("12.345678"): an amount in millions, for `floatformat`."""
    if value in (None, ""):
        return value
    return Decimal(value) / MILLION
