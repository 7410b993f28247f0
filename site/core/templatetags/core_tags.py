"""Template helpers shared by every app: language links, numbers, query strings."""

import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from core import l10n
from core.hyphenation import hyphenate, hyphenate_kyrgyz_words
from core.public import page_public_url
from core.translations import fallback_urls, live_translations, outdated_original

register = template.Library()


# Routes that serve pages: their other languages are the page's translations.
PAGE_ROUTES = {"ashar_serve", "wagtail_serve"}


def _view_in_language(request, code):
    """The address of the same view that is not a page (the data dictionary …) in
    language `code`, or None: a named route under the language prefix exists in every
    language."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or match.url_name in PAGE_ROUTES:
        return None
    url = translate_url(request.path, code)
    return url if url.startswith(f"/{code}/") else None


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per site language: the page's translation there or, when it has none yet,
    the page itself shown under that language's interface (marked not translated). A link
    keeps the query string, so a listing's filters, search, sort and page survive the
    change of language."""
    request = context.get("request")
    current = get_language()
    query = request.GET.urlencode() if request is not None else ""
    translations = live_translations(page, request) if isinstance(page, Page) else {}
    missing = [code for code, _name in settings.LANGUAGES if code not in translations]
    fallbacks = fallback_urls(page, missing, request) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        view_url = None if isinstance(page, Page) else _view_in_language(request, code)
        if view_url is not None:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": f"{view_url}?{query}" if query else view_url,
                    "is_current": code == current,
                    "is_translated": True,
                }
            )
            continue
        if translation is not None:
            url = translation.get_url(request=request)
        elif code in fallbacks:
            url = fallbacks[code]
        else:
            url = f"/{code}/"
        if query and isinstance(page, Page):
            url = f"{url}?{query}"
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
def translation_note(context, page=None):
    """What the page says about its language: {"fallback": Fallback} when it is shown in
    another language than the interface's, {"outdated": original page, "url": …} when its
    original was published again after it; else None."""
    request = context.get("request")
    fallback = getattr(request, "translation_fallback", None)
    if fallback is not None:
        return {"fallback": fallback}
    if not isinstance(page, Page) or request is None:
        return None
    original = outdated_original(page, request)
    if original is None:
        return None
    return {"outdated": original, "url": original.get_url(request=request)}


@register.simple_tag(takes_context=True)
def hreflang_links(context, page=None):
    """Alternate URLs of the page in the languages it is published in (on the public
    host), then `x-default` for readers of any other language: the page in the default
    language (Kyrgyz), or in the first language it is published in."""
    if not isinstance(page, Page):
        return []
    by_language = {
        code: page_public_url(translation)
        for code, translation in live_translations(page, context.get("request")).items()
    }
    links = [
        {"code": code, "url": by_language[code]}
        for code, _name in settings.LANGUAGES
        if code in by_language
    ]
    if links:
        default = by_language.get(settings.LANGUAGE_CODE, links[0]["url"])
        links.append({"code": "x-default", "url": default})
    return links


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


@register.simple_tag
def money(value, per=""):
    """A sum of money with its currency said once, for the current language:
    `<span class="num">8</span> сом / м³`; "" for no value. See core.l10n.money_text."""
    amount, currency, rest = l10n.money_parts(value, per=per)
    if not amount:
        return ""
    html = format_html('<span class="num">{}</span>{}{}', amount, l10n.NBSP, currency)
    return format_html("{} {}", html, rest) if rest else html


@register.simple_tag
def qualified_figure(value, qualifier):
    """A figure with its qualifier where the language puts it, the number in bold:
    «<strong>140</strong>тан ашык», «более <strong>140</strong>»."""
    before, number, after = l10n.qualified_parts(value, qualifier)
    return format_html("{}<strong>{}</strong>{}", before, number, after)


@register.filter
def shy(value):
    """Soft hyphens where a heading, stat label or table header may break, by syllable
    rules (core.hyphenation): every Cyrillic word on Kyrgyz and Russian pages (Debian's
    Chromium has no Russian hyphenation dictionary either: «благополучат|елей» broke
    without a hyphen at 375 px); on English pages only words with Kyrgyz letters (ң, ө,
    ү), as Kyrgyz content shown under the English interface."""
    if value is None or value == "":
        return value
    return _shy_text(str(value))


# Interfaces whose pages are written in Cyrillic: every long Cyrillic word is hyphenated.
CYRILLIC_INTERFACES = ("ky", "ru")
_MARKUP = re.compile(r"(<[^>]*>|&[#\w]+;)")


def _shy_text(text):
    if get_language() in CYRILLIC_INTERFACES:
        return hyphenate(text)
    return hyphenate_kyrgyz_words(text)


class ShyNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        pieces = _MARKUP.split(html)
        return mark_safe(  # noqa: S308 — the rendered template, with only text changed
            "".join(piece if index % 2 else _shy_text(piece) for index, piece in enumerate(pieces))
        )


@register.tag("shy")
def shy_block(parser, token):
    """{% shy %}…{% endshy %}: the `shy` filter on the text of rendered HTML (tags and
    entities untouched), for headings and labels made of interface strings."""
    nodelist = parser.parse(("endshy",))
    parser.delete_first_token()
    return ShyNode(nodelist)
