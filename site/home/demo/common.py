"""Helpers the demo builders share: texts in three languages, translation keys, the snippets
of each language, and adding a page with its translations in one go."""

import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from string import Formatter

from django.utils import timezone
from django.utils.html import escape

from core.indexing import index_auto_update
from core.services import PageLog, page_child_add
from home.demo_data import LANGS

# Translation keys of demo content are derived from stable names, so that a rebuild gives
# every page and snippet the same key as before.
KEY_NAMESPACE = uuid.UUID("5f0b7a0e-3c1d-4f6a-9a59-0a5ba5a12d01")


def translation_key(*parts):
    return uuid.uuid5(KEY_NAMESPACE, ":".join(str(part) for part in parts))


class _Blank(dict):
    def __missing__(self, key):
        return "{" + key + "}"


_FORMATTER = Formatter()


def fill(template, **values):
    """`template` with the placeholders in `values` filled; others are left as they are."""
    return _FORMATTER.vformat(template, (), _Blank(values)) if "{" in template else template


def text(value, lang, fallback=None, **values):
    """The text of a {ky, ru, en} mapping in `lang`, placeholders filled; a None falls back to
    `fallback` (a str, or such a mapping read in `lang`)."""
    chosen = value.get(lang) if value else None
    if chosen is None:
        chosen = fallback.get(lang) if isinstance(fallback, dict) else fallback
    return fill(chosen or "", **values)


def paragraphs(value):
    """Plain text or HTML as HTML paragraphs."""
    value = value.strip()
    if not value or value.startswith("<"):
        return value
    return "".join(f"<p>{escape(part.strip())}</p>" for part in value.split("\n\n") if part.strip())


def stream(blocks, lang, **values):
    """A body StreamField value from ("heading" | "paragraph", {ky, ru, en}) pairs."""
    result = []
    for kind, content in blocks:
        body = text(content, lang, **values)
        if kind == "heading":
            result.append({"type": "heading", "value": {"text": body}})
        else:
            result.append({"type": "paragraph", "value": paragraphs(body)})
    return result


@dataclass
class Snippets:
    """The reference snippets by slug (or code) and language code."""

    locales: dict
    regions: dict = field(default_factory=dict)
    districts: dict = field(default_factory=dict)
    topics: dict = field(default_factory=dict)
    groups: dict = field(default_factory=dict)
    programmes: dict = field(default_factory=dict)
    base_services: dict = field(default_factory=dict)

    def topic_list(self, lang):
        return [by_lang[lang] for by_lang in self.topics.values()]


def by_slug(queryset, attribute="slug"):
    """{slug: {language code: instance}} of a translatable model's queryset."""
    result = {}
    for obj in queryset.select_related("locale"):
        result.setdefault(getattr(obj, attribute), {})[obj.locale.language_code] = obj
    return result


def publish(page, when):
    """Mark an unsaved page as published at `when`, without a revision: the demo builds
    hundreds of pages, and an editor's first save in the admin makes the first revision."""
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = when
    page.last_published_at = when
    return page


def load_time():
    """The moment the demo content is said to be published: now, to the minute."""
    return timezone.now().replace(second=0, microsecond=0)


def translations_add(*, parents, build, key, locales, when, drafts=()):
    """Add one page per language under the parent of that language: `build(lang)` returns
    the unsaved specific page (its M2M fields and inline rows set in memory); every
    translation shares `key`. The languages in `drafts` get a draft, never published.
    Returns {language code: page}."""
    pages = {}
    log = PageLog()
    for lang in LANGS:
        page = build(lang)
        page.locale = locales[lang]
        page.translation_key = key
        if lang in drafts:
            page.live = False
            page.has_unpublished_changes = True
        else:
            publish(page, when)
        page_child_add(parents[lang], page)
        log.add(page, "wagtail.create", content_changed=True)
        pages[lang] = page
    log.write()
    return pages


@contextmanager
def bulk_writes():
    """Skip the search index and the reference index while the demo writes hundreds of
    pages; `demo_load` runs `update_index` once at the end instead."""
    with index_auto_update(False):
        yield
