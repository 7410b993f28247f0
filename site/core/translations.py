"""Reads about a page's translations for readers: where a page not yet translated into the
reader's language is shown instead, what the switcher links to, and whether a translation
is older than its original.

A page without a live translation in the requested language is not a 404: `fallback_route`
walks the requested language's tree as far as it goes (`/ru/municipalities/bosteri/`), then
routes the rest (`kindergarten/`) through that page's translations in other languages.
The interface stays in the requested language and a note names the language shown.

A link to such a page is its own address with the language swapped
(`/ky/municipalities/bosteri/kindergarten/` → `/ru/…`), so no query is needed to make it.

The original of a set of translations is the one created first (the lowest page id): it is
what wagtail-localize and `core.services.page_translation_add` translate from.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from .versions import ProcessCopy, version_bump

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# "Not yet translated into X — shown in Y", one whole sentence per pair so that each
# language can decline the names as it must.
FALLBACK_NOTES = {
    ("ky", "ru"): _("Not yet translated into Kyrgyz — shown in Russian."),
    ("ky", "en"): _("Not yet translated into Kyrgyz — shown in English."),
    ("ru", "ky"): _("Not yet translated into Russian — shown in Kyrgyz."),
    ("ru", "en"): _("Not yet translated into Russian — shown in English."),
    ("en", "ky"): _("Not yet translated into English — shown in Kyrgyz."),
    ("en", "ru"): _("Not yet translated into English — shown in Russian."),
}

# "Shown in Y" for a listing's marker next to an item in another language.
SHOWN_IN = {
    "ky": _("in Kyrgyz"),
    "ru": _("in Russian"),
    "en": _("in English"),
}


LOCALES_VERSION_KEY = "core:locales:version"
_locales = ProcessCopy(LOCALES_VERSION_KEY)


def locale_by_id(locale_id):
    """The Locale with this id, from the process's copy of the (three) locales: a page's
    `.locale` without a query each time (None for an unknown id)."""
    locales = _locales.get("by_id", lambda: {locale.pk: locale for locale in Locale.objects.all()})
    return locales.get(locale_id)


def page_locale_attach(page):
    """Give `page` its `.locale` from the process's copy, so reading it needs no query."""
    locale = locale_by_id(page.locale_id)
    if locale is not None:
        page.locale = locale
    return page


def _locales_changed(**kwargs):
    version_bump(LOCALES_VERSION_KEY)


def locales_follow():
    """Move the locales' version on when a locale is saved or deleted."""
    for signal in (post_save, post_delete):
        signal.connect(_locales_changed, sender=Locale, dispatch_uid=f"locales-{id(signal)}")


@dataclass(frozen=True)
class Fallback:
    """A page shown under another language's interface."""

    page: Page
    requested: str  # the language of the URL and the interface
    shown: str  # the language of the page

    @property
    def note(self):
        return FALLBACK_NOTES[(self.requested, self.shown)]


def _ordered(pages):
    """Pages in the order of the site's languages (Kyrgyz, Russian, English)."""
    rank = {code: index for index, code in enumerate(LANGUAGE_CODES)}
    return sorted(pages, key=lambda page: rank.get(page.locale.language_code, len(rank)))


def fallback_route(request, path):
    """Where `path` under the active language leads when no live page of that language
    answers it: ("redirect", url) when the page it names has a live translation here after
    all, ("page", Fallback, args, kwargs) when it exists only in other languages, or None."""
    language = translation.get_language()
    locale = Locale.objects.filter(language_code=language).first()
    site = Site.find_for_request(request)
    if locale is None or site is None:
        return None
    node = site.root_page.get_translation_or_none(locale)
    if node is None or not node.live:
        return None
    components = [component for component in path.split("/") if component]
    walked = 0
    while walked < len(components):
        child = node.get_children().live().filter(slug=components[walked]).first()
        if child is None:
            break
        node = child
        walked += 1
    rest = components[walked:]
    if not rest:
        return None
    others = node.get_translations().live().exclude(locale=locale).select_related("locale")
    for other in _ordered(others):
        try:
            page, args, kwargs = other.specific.route(request, rest)
        except Http404:
            continue
        here = page.get_translation_or_none(locale)
        if here is not None and here.live:
            return ("redirect", here.get_url(request=request))
        fallback = Fallback(page=page, requested=language, shown=page.locale.language_code)
        return ("page", fallback, args, kwargs)
    return None


def fallback_urls(page, languages, request=None):
    """{language: URL} of `page` (shown in its own language) under each of `languages`'
    interfaces: the page's own address with the language swapped (`/ky/a/b/` →
    `/ru/a/b/`). No query: `fallback_route` resolves it, through the translated ancestors
    as far as they go, even where their slugs differ."""
    url = page.get_url(request=request) if languages else None
    if not url:
        return {language: f"/{language}/" for language in languages}
    parts = url.split("/", 2)  # "", language, rest
    rest = parts[2] if len(parts) == 3 and parts[1] in LANGUAGE_CODES else url.lstrip("/")
    return {language: f"/{language}/{rest}" for language in languages}


def live_translations(page, request=None):
    """{language code: page} of `page`'s live translations, itself included; read once per
    request and page (the switcher and the translation note share it)."""
    memo = getattr(request, "_ashar_translations", None) if request is not None else None
    if memo is not None and page.pk in memo:
        return memo[page.pk]
    pages = {
        other.locale.language_code: other
        for other in page.get_translations(inclusive=True).live().select_related("locale")
    }
    if request is not None:
        if memo is None:
            memo = request._ashar_translations = {}
        memo[page.pk] = pages
    return pages


def original_of(translations):
    """The original among `translations` (a {code: page} dict): the one created first."""
    return min(translations.values(), key=lambda page: page.pk) if translations else None


def outdated_original(page, request=None):
    """The original of `page` when it was published again after `page`, else None."""
    translations = live_translations(page, request)
    original = original_of(translations)
    if original is None or original.pk == page.pk:
        return None
    if not (original.last_published_at and page.last_published_at):
        return None
    return original if original.last_published_at > page.last_published_at else None
