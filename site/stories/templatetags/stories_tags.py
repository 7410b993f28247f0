"""Template helpers of the story pages."""

from django import template
from django.template.defaultfilters import floatformat

register = template.Library()


@register.filter
def percent(value):
    """A share in per cent as readers see it: whole numbers, "<1" for a sliver that would
    otherwise read as 0, and "" for nothing at all."""
    if value is None or value == "":
        return ""
    try:
        share = float(value)
    except (TypeError, ValueError):
        return ""
    if 0 < share < 0.5:
        return "<1"
    return floatformat(share, 0)
