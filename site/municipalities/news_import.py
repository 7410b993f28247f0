"""The spreadsheet import of news (docs/import.md, "News"): one row per news item, the
texts in columns per language, a municipality's news under its page, the programmes' own
("central news", no municipality) under the news index.

`news_import` reads the file, plans what each row changes — new, updated, unchanged —
without writing, and a dry run stops there. Otherwise every planned change is written in
one transaction (`core.imports.plans_write`): a news item in the first language that
has a title, its translations under the parent's translations
(`core.services.page_translation_add`), a draft revision of each page that changed,
submitted to its workflow, or published when a central editor asks for it. A row finds
its item by `external_id`, else by its number on the site (`id`, the export's); a row
that changes nothing makes no revision.
"""

import time
from dataclasses import dataclass, field
from functools import partial

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import find_available_slug

from core import imports as im
from core.photos import PhotoSource, photo_named
from core.services import (
    PageWriter,
    page_child_add,
    page_drafts,
    page_latest,
    translations_original,
)
from stories.services import References, _slug

from .models import NewsIndexPage, NewsPage

LANGS = im.LANGUAGES
TEXTS = ("title", "summary", "body")
MUNICIPALITY = gettext_lazy("municipality")
TOPIC = gettext_lazy("topic")


def _column(key, label, description, parse=None, **kwargs):
    return im.Column(key, label, description, parse=parse or im.text(255), **kwargs)


def _choices(kind):
    def choices(language):
        return References().choices(kind, language)

    return choices


NEWS_LAYOUT = im.Layout(
    kind="news",
    title=gettext_lazy("News"),
    columns=(
        _column(
            "external_id",
            gettext_lazy("External ID"),
            gettext_lazy(
                "The news item's own key in your records; a second import with the same key "
                "updates the item instead of adding one."
            ),
            im.text(64),
            example="news-2025-001",
        ),
        _column(
            "id",
            gettext_lazy("News number"),
            gettext_lazy("The number of a news item already on the site (as the export gives it)."),
            im.integer(minimum=1),
            in_template=False,
        ),
        _column(
            "municipality",
            gettext_lazy("Municipality"),
            gettext_lazy(
                "The aiyl aimak or town that publishes it: its СОАТЕ code or its name in any "
                "language. Empty: news of the programmes, under the news index."
            ),
            choices=_choices("municipality"),
            example="Бостери",
        ),
        _column(
            "municipality_slug",
            gettext_lazy("Municipality key"),
            gettext_lazy("The municipality's key, as the export gives it (instead of its name)."),
            in_template=False,
        ),
        _column("date", gettext_lazy("Date"), gettext_lazy("The day of the news."), im.date()),
        *im.translated_columns(
            "title", gettext_lazy("Title"), gettext_lazy("The headline (255 characters).")
        ),
        *im.translated_columns(
            "summary",
            gettext_lazy("Short description"),
            gettext_lazy("The news in a few sentences (400 characters)."),
            im.text(400),
        ),
        *im.translated_columns(
            "body",
            gettext_lazy("Full text"),
            gettext_lazy("The news in full; a blank line starts a new paragraph."),
            im.text(),
        ),
        _column(
            "title",
            gettext_lazy("Title"),
            gettext_lazy("The headline in the language of the item the number names."),
            in_template=False,
        ),
        _column(
            "summary",
            gettext_lazy("Short description"),
            gettext_lazy(
                "The news in a few sentences, in the language of the item the number names."
            ),
            im.text(400),
            in_template=False,
        ),
        _column(
            "topics",
            gettext_lazy("Topics"),
            gettext_lazy("Topics, separated by “;”: key or name in any language."),
            im.listing(im.text(255)),
            choices=_choices("topic"),
        ),
        _column(
            "photo",
            gettext_lazy("Photo"),
            gettext_lazy("The file name of the news item's photo in the folder or ZIP."),
        ),
        _column(
            "is_sample",
            gettext_lazy("Sample content"),
            gettext_lazy("yes for invented news that demonstrates the site; it is marked so."),
            im.boolean(),
        ),
    ),
    ignored=("region", "url"),
    ignored_labels=(gettext_lazy("Region"), gettext_lazy("Page")),
)


@dataclass
class NewsPlan:
    """What one row does: its key, the municipality (its translation key; None: central
    news), the pages it updates by language, the texts by language, the values shared by
    every language, the photo, and the fields it changes by language."""

    record: object
    key: str = ""
    municipality: str | None = None
    pages: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict)
    shared: dict = field(default_factory=dict)
    topics: list | None = None
    photo: object = False  # False: the file has no photo column; None: no photo
    changes: dict = field(default_factory=dict)
    id_language: str | None = None  # the language of the page the row's number names
    drafts: dict = field(default_factory=dict)  # page id -> its draft (`page_drafts`)

    @property
    def new(self):
        return not self.pages


def _existing(records):
    """{external id: translation key}, {page id: (translation key, language)},
    {translation key: {language: page}} of the items the rows name and {page id: the page
    as its draft has it} (`page_drafts`)."""
    external = {r.get("external_id") for r in records if r.get("external_id")}
    ids = {r.get("id") for r in records if r.get("id")}
    by_external = dict(
        NewsPage.objects.filter(external_id__in=external).values_list(
            "external_id", "translation_key"
        )
    )
    by_id = {
        pk: (key, code)
        for pk, key, code in NewsPage.objects.filter(pk__in=ids).values_list(
            "pk", "translation_key", "locale__language_code"
        )
    }
    keys = {*by_external.values(), *(key for key, _code in by_id.values())}
    pages = {}
    news = list(NewsPage.objects.filter(translation_key__in=keys).select_related("locale"))
    for page in news:
        pages.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return by_external, by_id, pages, page_drafts(news)


def _body(value):
    html = im.paragraphs(value or "")
    return [{"type": "paragraph", "value": html}] if html else []


def _value(page, name):
    if name == "body":
        return [{"type": block["type"], "value": block["value"]} for block in page.body.raw_data]
    if name == "topics":
        return sorted(topic.slug for topic in page.topics.all())
    if name == "image":
        return page.image.file_hash if page.image_id else None
    return getattr(page, name)


def _texts(record, plan):
    """The row's texts by language; the export's columns without a language are in the
    language of the item its number names."""
    for code in LANGS:
        texts = {}
        for name in TEXTS:
            key = f"{name}_{code}"
            if record.has(key):
                value = record.get(key) or ""
                texts[name] = _body(value) if name == "body" else value
        plan.texts[code] = texts
    plain = [name for name in ("title", "summary") if record.has(name)]
    if not plain:
        return
    language = plan.id_language
    if language is None:
        record.error(plain[0], _("A column without a language needs the item's number."))
        return
    for name in plain:
        plan.texts[language].setdefault(name, record.get(name) or "")


def _photo(record, photos, plan):
    if not record.has("photo"):
        return
    name = record.get("photo")
    if not name:
        plan.photo = None
        return
    photo = photo_named(record, "photo", name, photos)
    if photo is not None:
        plan.photo = photo


def _plan_row(record, references, photos, existing):
    by_external, by_id, pages_by_key, drafts = existing
    plan = NewsPlan(record=record, key=record.get("external_id") or "", drafts=drafts)
    key = by_external.get(record.get("external_id"))
    if key is None and record.get("id"):
        found = by_id.get(record.get("id"))
        if found is None:
            record.error("id", _("There is no news item number %(id)s.") % {"id": record.get("id")})
        else:
            key, plan.id_language = found
    if key is not None:
        plan.pages = pages_by_key.get(key, {})
    if record.get("id") and plan.pages and plan.id_language is None:
        found = by_id.get(record.get("id"))
        if found is None or found[0] != key:
            record.error("id", _("The number and the external ID name different news items."))
        else:
            plan.id_language = found[1]
    plan.key = plan.key or (str(record.get("id")) if record.get("id") else "")
    for column in ("municipality_slug", "municipality"):
        if record.get(column):
            plan.municipality = references.resolve(record, column, "municipality", MUNICIPALITY)
            break
    _texts(record, plan)
    for name in ("date", "is_sample"):
        if record.has(name):
            value = record.get(name)
            if name == "date" and value is None:
                record.error("date", _("Give the day of the news."))
                continue
            plan.shared[name] = bool(value) if name == "is_sample" else value
    if record.has("topics"):
        plan.topics = references.resolve_list(record, "topics", "topic", TOPIC)
    _photo(record, photos, plan)
    if plan.new:
        _plan_new(plan, references, record)
    else:
        _plan_update(plan, record)
    return plan


def _parent_exists(plan, references, code):
    if plan.municipality is None:
        return references.news_index_path(code) is not None
    return references.place_paths.get((plan.municipality, code)) is not None


def _plan_new(plan, references, record):
    if record.get("id"):
        return
    titled = [code for code in LANGS if plan.texts[code].get("title")]
    if not titled:
        record.error("title_ky", _("A new news item needs a title in at least one language."))
    if "date" not in plan.shared and not record.issues:
        record.error("date", _("Give the day of the news."))
    for code in titled:
        if not plan.texts[code].get("summary"):
            record.error(f"summary_{code}", _("A news item with a title needs its summary."))
        if not _parent_exists(plan, references, code):
            record.error(
                "municipality",
                _("There is no page in %(language)s to put it under yet.") % {"language": code},
            )
    plan.changes = {code: ["new"] for code in titled}


def _plan_update(plan, record):
    original = translations_original(plan.pages)
    parent = original.get_parent()
    parent_key = None if isinstance(parent.specific, NewsIndexPage) else parent.translation_key
    if (record.get("municipality") or record.get("municipality_slug")) and (
        plan.municipality is not None and plan.municipality != parent_key
    ):
        record.error(
            "municipality",
            _("The news item stands elsewhere; move it in the admin first."),
        )
    for code in LANGS:
        page = plan.pages.get(code)
        texts = plan.texts[code]
        if page is None:
            if texts.get("title"):
                if not texts.get("summary"):
                    record.error(
                        f"summary_{code}", _("A news item with a title needs its summary.")
                    )
                plan.changes[code] = ["new"]
            continue
        current = page_latest(page, plan.drafts)
        changed = [name for name, value in texts.items() if _value(current, name) != value]
        changed += [name for name, value in plan.shared.items() if _value(current, name) != value]
        if plan.topics is not None and _value(current, "topics") != plan.topics:
            changed.append("topics")
        if plan.photo is not False:
            wanted = plan.photo.sha1 if plan.photo else None
            if _value(current, "image") != wanted:
                changed.append("image")
        if changed:
            plan.changes[code] = changed


class NewsReferences(References):
    """The stories importer's reference values, and the news index in each language."""

    def __init__(self):
        super().__init__()
        self.news_indexes = {
            page.locale.language_code: page
            for page in NewsIndexPage.objects.select_related("locale").order_by("path")
        }

    def news_index_path(self, code):
        page = self.news_indexes.get(code)
        return page.path if page else None

    def news_parent(self, municipality, code):
        if municipality is None:
            return self.news_indexes[code]
        return self.parent(municipality, code)


class Writer(PageWriter):
    """Writes the plans of one import."""

    def __init__(self, *, references, user, publish, cleanups):
        super().__init__(user=user, publish=publish, locales=references.locales, cleanups=cleanups)
        self.refs = references

    def apply(self, page, plan, language):
        for name, value in plan.texts[language].items():
            setattr(page, name, value)
        for name, value in plan.shared.items():
            setattr(page, name, value)
        if plan.record.has("external_id") and plan.key:
            page.external_id = plan.key
        if plan.topics is not None:
            page.topics = [self.refs.snippet("topic", slug, language) for slug in plan.topics]
        if plan.photo is not False:
            page.image = self.image(plan.photo, page.title) if plan.photo else None

    def create(self, plan):
        titled = [code for code in LANGS if plan.texts[code].get("title")]
        language = titled[0]
        parent = self.refs.news_parent(plan.municipality, language)
        title = plan.texts[language]["title"]
        slug = _slug(plan.texts["en"].get("title") or title)
        page = NewsPage(slug=find_available_slug(parent, slug), locale=self.refs.locales[language])
        self.apply(page, plan, language)
        page_child_add(parent, self.live_now(page))
        self.finish(page, created=True)
        for code in titled[1:]:
            self.translate(page, plan, code, copied=True)
        return page


def news_import(
    *,
    source,
    name,
    photos=None,
    user=None,
    dry_run=False,
    publish=False,
    progress=im.progress_none,
):
    """Import the news of the spreadsheet `source` (bytes) called `name`, with the photos
    of `photos` (a core.photos.PhotoSource, a path to a folder or ZIP, or None). A dry run
    plans and checks only; `publish` publishes what changed (central editors only: the
    caller checks). Returns (ImportResult, Table); raises ImportFailure when the file
    cannot be read at all."""
    started = time.monotonic()
    result = im.ImportResult(kind=NEWS_LAYOUT.kind, file_name=name, dry_run=dry_run)
    table = im.read_table(source, name=name)
    records, issues = NEWS_LAYOUT.parse(table)
    result.issues += issues
    photos = PhotoSource.of(photos)
    references = NewsReferences()
    im.external_ids_check(records)
    existing = _existing(records)
    im.plans_write(
        result=result,
        records=records,
        plan=lambda record: _plan_row(record, references, photos, existing),
        make_writer=partial(Writer, references=references, user=user, publish=publish),
        progress=progress,
    )
    result.seconds = time.monotonic() - started
    return result, table
