"""The translation status of pages for editors: for each page and each other language,
missing, outdated (its original was published again after it) or up to date.

The original of a page is its translation created first (the lowest id), as in
`core.translations`. What an editor sees follows Wagtail's page permissions: central
editors hold them at the root and see every page; a municipality's editors hold them on
their municipality (every translation of it) and see its pages only.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import MunicipalityPage

MISSING = "missing"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
STATUS_LABELS = {
    MISSING: _("missing"),
    OUTDATED: _("outdated"),
    UP_TO_DATE: _("up to date"),
}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
ROW_LIMIT = 500


@dataclass
class StatusRow:
    original: Page
    language: str
    status: str
    translation: Page | None
    url: str = ""

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def _status(original, translation):
    if translation is None or not translation.live:
        return MISSING
    if (
        original.last_published_at
        and translation.last_published_at
        and original.last_published_at > translation.last_published_at
    ):
        return OUTDATED
    return UP_TO_DATE


def editable_pages(user):
    """Pages `user` may edit, by Wagtail's page permissions."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])


def municipalities_for(user):
    """The municipalities (in the default language first) whose pages `user` may edit."""
    return (
        MunicipalityPage.objects.filter(pk__in=editable_pages(user).values("pk"))
        .select_related("locale")
        .order_by("title")
    )


def translation_status(*, user, municipality=None, page_type=None, language=None):
    """StatusRow for each page `user` may edit and each language it is not written in,
    filtered by municipality (a MunicipalityPage: its pages in every language), page
    type (a ContentType id) and language; at most ROW_LIMIT rows, originals by title.
    Returns (rows, total number of rows before the limit)."""
    pages = (
        Page.objects.filter(depth__gt=1)
        .filter(pk__in=editable_pages(user).values("pk"))
        .select_related("locale", "content_type")
        .order_by("pk")
    )
    if municipality is not None:
        paths = [
            other.path
            for other in municipality.get_translations(inclusive=True).only("path", "locale")
        ]
        subtree = Q()
        for path in paths:
            subtree |= Q(path__startswith=path)
        pages = pages.filter(subtree)
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    # Translations the user may not edit still count for the status of a page they may.
    all_translations = Page.objects.filter(translation_key__in=list(by_key)).select_related(
        "locale"
    )
    for page in all_translations:
        by_key[page.translation_key].setdefault(page.locale.language_code, page)
    rows = []
    for translations in by_key.values():
        original = min(translations.values(), key=lambda page: page.pk)
        if page_type and original.content_type_id != page_type:
            continue
        for code in LANGUAGE_CODES:
            if code == original.locale.language_code or (language and code != language):
                continue
            translation = translations.get(code)
            rows.append(
                StatusRow(
                    original=original,
                    language=code,
                    status=_status(original, translation),
                    translation=translation,
                )
            )
    rows.sort(key=lambda row: (row.original.title.casefold(), row.language))
    return rows[:ROW_LIMIT], len(rows)
