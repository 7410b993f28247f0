"""Template helpers shared by every app: language links, numbers, query strings."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from core.public import page_public_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per site language: the page's translation there, or that language's home
    page marked as not translated."""
    request = context.get("request")
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        url = translation.get_url(request=request) if translation else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "is_translated": translation is not None or page is None,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def hreflang_links(context, page=None):
    """Alternate URLs of the page in the languages it is published in."""
    if not isinstance(page, Page):
        return []
    return [
        {"code": t.locale.language_code, "url": page_public_url(t)}
        for t in page.get_translations(inclusive=True).live().select_related("locale")
    ]


@register.filter
def thousands(value):
    """12345 → "12 345": the thin-space grouping readers in Kyrgyzstan expect."""
    if value is None or value == "":
        return ""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return value
    return f"{number:,}".replace(",", "\u202f")


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced or removed (value None)."""
    request = context["request"]
    params = request.GET.copy()
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
