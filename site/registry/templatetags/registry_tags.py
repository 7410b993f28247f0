"""Template helpers of registers: fees in som."""

from decimal import Decimal, InvalidOperation

from django import template

from core.templatetags.core_tags import thousands

register = template.Library()


@register.filter
def kgs(value):
    """A fee as readers write it: 1250 → "1 250", 12.5 → "12.50"; no unit."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    whole = amount.to_integral_value()
    if amount == whole:
        return thousands(whole)
    integer, _dot, fraction = f"{amount:.2f}".partition(".")
    return f"{thousands(integer)}.{fraction}"
