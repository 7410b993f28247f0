"""Writes of stories: their search documents (see `search.py`) and the spreadsheet import
(docs/import.md, "Stories").

`story_import` reads a spreadsheet of stories (one row per story, the texts in columns per
language), checks every row against the reference data and the story's own rules, and
plans what each row changes — new, updated, unchanged — without writing. A dry run stops
there. Otherwise every planned change is written in one transaction
(`core.imports.plans_write`): the story in every language that has a title, under the
municipality's page in that language, all sharing one `translation_key` as
wagtail-localize translations do (each built from the row and added with
`core.services.page_child_add`; a language added to an existing story is a copy of it,
`core.services.page_translation_add`), a draft revision of each page that changed,
submitted to the page's workflow, or published when a central editor asks for it.
"""

import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page

from core import imports as im
from core.models import Programme, Topic, VulnerableGroup
from core.photos import PhotoSource, photo_named
from core.places import place_rows
from core.services import (
    PageWriter,
    page_child_add,
    page_drafts,
    page_latest,
    translations_original,
)
from core.textsearch import TRANSLIT, fold

from .choices import IdentificationMethod, OperatorKind
from .models import (
    MONEY_PARTS,
    StoryGalleryImage,
    StoryOutput,
    StoryPage,
    StoryQuote,
    StorySearchDocument,
    StoryVote,
)
from .search import story_search_text

REBUILD_CHUNK = 500


def story_search_document_save(*, story):
    """Write the search document of `story` (a StoryPage) from what it holds now."""
    StorySearchDocument.objects.update_or_create(
        page_id=story.pk,
        defaults={"locale_id": story.locale_id, "text": story_search_text(story)},
    )


def story_search_documents_write(*, ids):
    """Write the search documents of the story pages `ids` again, in chunks (a few queries
    per chunk, not per story): after an import. Returns the number written."""
    written = 0
    ids = sorted(ids)
    with transaction.atomic():
        for start in range(0, len(ids), REBUILD_CHUNK):
            chunk = ids[start : start + REBUILD_CHUNK]
            stories = StoryPage.objects.filter(pk__in=chunk)
            stories = list(stories.prefetch_related("outputs", "quotes", "votes"))
            paths = {story.path[: -Page.steplen] for story in stories}
            places = {row["path"]: row for row in place_rows(paths=sorted(paths))}
            StorySearchDocument.objects.filter(page_id__in=chunk).delete()
            StorySearchDocument.objects.bulk_create(
                [
                    StorySearchDocument(
                        page_id=story.pk,
                        locale_id=story.locale_id,
                        text=story_search_text(story, places),
                    )
                    for story in stories
                ]
            )
            written += len(stories)
    return written


def story_search_documents_rebuild():
    """Write the search document of every story page again: after a bulk load or
    `manage.py update_index`. Returns the number of documents written."""
    with transaction.atomic():
        StorySearchDocument.objects.exclude(page_id__in=StoryPage.objects.all()).delete()
        ids = StoryPage.objects.values_list("pk", flat=True)
        return story_search_documents_write(ids=list(ids))


# ---- The spreadsheet import ---------------------------------------------------------

LANGS = im.LANGUAGES
# Texts per language; the rich ones become paragraphs. PLAIN_TEXTS also have a column
# without a language (an export's); NOTES only have their columns per language.
PLAIN_TEXTS = ("title", "summary", "villages")
NOTES = (
    "beneficiaries_note",
    "operator_name",
    "tariff_decision",
    "sustainability_note",
    "monitoring_note",
    "source_title",
)
RICH_TEXTS = ("problem", "identification_details", "outputs_text", "result")
TEXTS = PLAIN_TEXTS + NOTES + RICH_TEXTS
TEXT_LIMITS = {
    "title": 255,
    "summary": 600,
    "villages": 255,
    "beneficiaries_note": 255,
    "operator_name": 255,
    "tariff_decision": 255,
    "source_title": 255,
}
NUMBERS = (
    "year",
    "gathering_participants",
    "gathering_women",
    "gathering_voters",
    "beneficiaries_people",
    "beneficiaries_households",
)
DATES = ("gathering_date", "implementation_start", "opened_on", "source_date")
MONEY = ("total_kgs", *MONEY_PARTS)
COMMUNITY_PARTS = ("community_cash_kgs", "community_in_kind_kgs", "community_labour_kgs")
SHARED_TEXTS = ("source_title", "source_url")
CHOICES = ("identification_method", "operator_kind")
FLAGS = ("tariff_approved", "monitored_by_group", "is_sample")
SCALARS = NUMBERS + DATES + MONEY + SHARED_TEXTS + CHOICES + FLAGS + ("monitoring_group_members",)
# The inline rows of a story a file may give: relation -> (the shared column, which sets
# how many rows there are, or None; {field: the column per language, one row per line}).
ROWS = {
    "votes": ("vote_counts", {"alternative": "vote_alternatives"}),
    "outputs": (
        "output_quantities",
        {"unit": "output_units", "description": "output_descriptions"},
    ),
    "quotes": (None, {"text": "quotes", "role": "quote_roles"}),
}
ROW_MODELS = {"votes": StoryVote, "outputs": StoryOutput, "quotes": StoryQuote}
ROW_LIMITS = {"alternative": 255, "unit": 40, "description": 255, "role": 120}
# Key of the deterministic translation keys of the imported votes, outputs and quotes: a
# row has the same key in every language.
ROW_KEYS = uuid.UUID("8a3e2f51-7b0c-4c7e-9d59-35c1f0e2a7b4")


# ---- Reference look-ups ------------------------------------------------------------


class References:
    """The reference values by every name they go by, read once per import: the
    municipalities (СОАТЕ code, slug, title and official name in every language), the
    topics, vulnerable groups and programmes (slug, names in every language)."""

    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.places = {}  # folded name -> translation key
        self.ambiguous = set()  # names of several municipalities (Ак-Чий)
        self.place_paths = {}  # (translation key, language) -> path
        self.place_titles = {}  # translation key -> title in the first language found
        self.parents = {}  # path -> the municipality's page
        by_id = {locale.pk: code for code, locale in self.locales.items()}
        for row in place_rows():
            code = by_id.get(row["locale_id"])
            key = row["translation_key"]
            self.place_paths[(key, code)] = row["path"]
            self.place_titles.setdefault(key, row["title"])
            for name in (row["title"], row["official_name"], row["slug"], row.get("coate")):
                if name:
                    folded = im.fold(name)
                    if self.places.setdefault(folded, key) != key:
                        self.ambiguous.add(folded)
        self.snippets = {}
        self.names = {}
        for model, kind in ((Topic, "topic"), (VulnerableGroup, "group"), (Programme, "programme")):
            by_name = self.names[kind] = {}
            for obj in model.objects.select_related("locale"):
                code = obj.locale.language_code
                self.snippets[(kind, obj.slug, code)] = obj
                names = [obj.slug, obj.name]
                if kind == "programme":
                    names += [obj.abbreviation, obj.local_abbreviation, str(obj)]
                for name in names:
                    if name:
                        by_name.setdefault(im.fold(name), obj.slug)

    def resolve(self, record, key, kind, what):
        """The slug (or the municipality's translation key) the cell `key` names, or
        None (an error of the row when it names nothing known)."""
        raw = record.get(key)
        if not raw:
            return None
        table = self.places if kind == "municipality" else self.names[kind]
        found = table.get(im.fold(raw))
        if kind == "municipality" and im.fold(raw) in self.ambiguous:
            record.error(
                key,
                _("Several municipalities are called “%(value)s”: give its СОАТЕ code.")
                % {"value": raw[:80]},
            )
            return None
        if found is None:
            record.error(
                key, _("Unknown %(what)s: “%(value)s”.") % {"what": what, "value": raw[:80]}
            )
        return found

    def resolve_list(self, record, key, kind, what):
        found = []
        for raw in record.get(key) or []:
            slug = self.names[kind].get(im.fold(raw))
            if slug is None:
                record.error(
                    key, _("Unknown %(what)s: “%(value)s”.") % {"what": what, "value": raw[:80]}
                )
            else:
                found.append(slug)
        return sorted(set(found))

    def snippet(self, kind, slug, language):
        return self.snippets.get((kind, slug, language)) or self.snippets.get(
            (kind, slug, LANGS[0])
        )

    def parent(self, key, language):
        """The municipality's page in `language` (read once per import)."""
        path = self.place_paths.get((key, language))
        if path not in self.parents:
            self.parents[path] = Page.objects.get(path=path).specific if path else None
        return self.parents[path]

    def choices(self, kind, language):
        if kind == "municipality":
            locale = self.locales.get(language)
            return sorted(
                {
                    row["title"]
                    for row in place_rows()
                    if locale is None or row["locale_id"] == locale.pk
                }
            )
        return sorted(
            obj.name
            for (k, _slug, code), obj in self.snippets.items()
            if k == kind and code == language
        )


def _reference_choices(kind):
    def choices(language):
        return References().choices(kind, language)

    return choices


def _choice(choices):
    """A value of `choices` (a TextChoices) by its key or its label in any language."""
    names = {}
    for code in LANGS:
        with translation.override(code):
            for value, label in choices.choices:
                names.setdefault(im.fold(str(label)), value)
    for value in choices.values:
        names[im.fold(value)] = value

    def parse(value):
        raw = str(value).strip()
        found = names.get(im.fold(raw))
        if found is None:
            raise im.CellError(
                _("Unknown value “%(value)s”: use one of the list.") % {"value": raw[:80]}
            )
        return found

    parse.kind = "choice"
    return parse


def _choice_values(choices):
    def values(language):
        with translation.override(language):
            return [str(label) for _value, label in choices.choices]

    return values


def _vote_count(value):
    """A number of votes; a “*” after it marks the alternative chosen: “65*”."""
    raw = str(value).strip()
    chosen = raw.endswith("*")
    return im.integer()(raw.rstrip("*").strip()), chosen


def _quantity(value):
    raw = im.NUMBER_SPACES.sub("", str(value)).replace(",", ".")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise im.CellError(
            _("Expected a number, not “%(value)s”.") % {"value": str(value)[:40]}
        ) from None
    if not number.is_finite() or number < 0 or number >= 10**10:
        raise im.CellError(_("Expected a number from 0 to 9 999 999 999."))
    return number.quantize(Decimal("0.01"))


def _lines(value):
    """The lines of a cell, one item per line (blank lines and spaces around dropped)."""
    return [line.strip() for line in str(value).replace("\r\n", "\n").split("\n") if line.strip()]


def _reference_text():
    """Reference cells are read as text and looked up when the row is planned
    (`References.resolve`), against the reference data of that moment."""
    return im.text(255)


# ---- The layout -------------------------------------------------------------------


def _column(key, label, description, parse=None, **kwargs):
    return im.Column(key, label, description, parse=parse or im.text(), **kwargs)


MUNICIPALITY = gettext_lazy("municipality")
TOPIC = gettext_lazy("topic")
GROUP = gettext_lazy("vulnerable group")
PROGRAMME = gettext_lazy("programme")

STORY_LAYOUT = im.Layout(
    kind="stories",
    title=gettext_lazy("Stories"),
    columns=(
        _column(
            "external_id",
            gettext_lazy("External ID"),
            gettext_lazy(
                "The story's own key in your records (letters, digits, - and _); a second "
                "import with the same key updates the story instead of adding one."
            ),
            im.text(64),
            example="vap-2021-001",
        ),
        _column(
            "id",
            gettext_lazy("Story number"),
            gettext_lazy("The number of a story already on the site (its link is /s/<number>/)."),
            im.integer(minimum=1),
        ),
        _column(
            "municipality",
            gettext_lazy("Municipality"),
            gettext_lazy("The aiyl aimak or town: its СОАТЕ code or its name in any language."),
            _reference_text(),
            choices=_reference_choices("municipality"),
        ),
        _column(
            "municipality_slug",
            gettext_lazy("Municipality key"),
            gettext_lazy("The municipality's key, as the export gives it (instead of its name)."),
            _reference_text(),
        ),
        *im.translated_columns(
            "title", gettext_lazy("Title"), gettext_lazy("The story's title (255 characters).")
        ),
        *im.translated_columns(
            "summary",
            gettext_lazy("Summary"),
            gettext_lazy("The story in a few sentences (600 characters)."),
        ),
        *im.translated_columns(
            "villages",
            gettext_lazy("Villages"),
            gettext_lazy("The villages the initiative served, separated by “;”."),
        ),
        *im.translated_columns(
            "problem",
            gettext_lazy("Problem"),
            gettext_lazy("The problem, as plain text; a blank line starts a new paragraph."),
        ),
        *im.translated_columns(
            "outputs_text", gettext_lazy("What was done"), gettext_lazy("What was done.")
        ),
        *im.translated_columns("result", gettext_lazy("Result"), gettext_lazy("What it changed.")),
        _column(
            "identification_method",
            gettext_lazy("How the problem was identified"),
            gettext_lazy("One of the list: its name in any language."),
            _choice(IdentificationMethod),
            choices=_choice_values(IdentificationMethod),
        ),
        *im.translated_columns(
            "identification_details",
            gettext_lazy("How it was identified: details"),
            gettext_lazy("Who took part, how the need was found."),
        ),
        *im.translated_columns(
            "body",
            gettext_lazy("More of the story"),
            gettext_lazy("Further text of the story; a blank line starts a new paragraph."),
        ),
        _column(
            "title",
            gettext_lazy("Title"),
            gettext_lazy("The title in the language of the column “Language of the text”."),
            im.text(255),
        ),
        _column(
            "summary",
            gettext_lazy("Short description"),
            gettext_lazy("The summary in the language of the column “Language of the text”."),
            im.text(600),
        ),
        _column(
            "villages",
            gettext_lazy("Villages"),
            gettext_lazy("The villages in the language of the column “Language of the text”."),
            im.text(255),
        ),
        _column(
            "language",
            gettext_lazy("Language of the text"),
            gettext_lazy("ky, ru or en: the language of the columns without a language."),
            im.text(2),
        ),
        _column(
            "year",
            gettext_lazy("Year"),
            gettext_lazy("The year the initiative was carried out."),
            im.integer(minimum=1991, maximum=2100),
        ),
        _column(
            "topics",
            gettext_lazy("Topics"),
            gettext_lazy("Topics, separated by “;”: key or name in any language."),
            im.listing(_reference_text()),
            choices=_reference_choices("topic"),
        ),
        _column(
            "programme",
            gettext_lazy("Programme"),
            gettext_lazy("The programme: key, abbreviation or name."),
            _reference_text(),
            choices=_reference_choices("programme"),
        ),
        _column(
            "vulnerable_groups",
            gettext_lazy("Vulnerable groups"),
            gettext_lazy("Vulnerable groups, separated by “;”: key or name in any language."),
            im.listing(_reference_text()),
            choices=_reference_choices("group"),
        ),
        _column(
            "gathering_date",
            gettext_lazy("Gathering date"),
            gettext_lazy("The village gathering that chose the initiative."),
            im.date(),
        ),
        _column(
            "gathering_participants",
            gettext_lazy("Participants"),
            gettext_lazy("People at the gathering."),
            im.integer(),
        ),
        _column(
            "gathering_women",
            gettext_lazy("Of whom women"),
            gettext_lazy("Women at the gathering (not more than the participants)."),
            im.integer(),
        ),
        _column(
            "gathering_voters",
            gettext_lazy("Voters"),
            gettext_lazy("People who voted (not more than the participants)."),
            im.integer(),
        ),
        _column(
            "implementation_start",
            gettext_lazy("Implementation started"),
            gettext_lazy("When the work began."),
            im.date(),
        ),
        _column(
            "opened_on",
            gettext_lazy("Opened on"),
            gettext_lazy("When it opened (not before the work began)."),
            im.date(),
        ),
        _column(
            "total_kgs",
            gettext_lazy("Total cost"),
            gettext_lazy("What the initiative cost in all, KGS (not less than its parts)."),
            im.money(),
        ),
        _column("grant_kgs", gettext_lazy("Grant"), gettext_lazy("The grant, KGS."), im.money()),
        _column(
            "municipal_kgs",
            gettext_lazy("Municipal budget"),
            gettext_lazy("What the local budget paid, KGS."),
            im.money(),
        ),
        _column(
            "community_cash_kgs",
            gettext_lazy("Community: cash"),
            gettext_lazy("Residents' cash, KGS."),
            im.money(),
        ),
        _column(
            "community_in_kind_kgs",
            gettext_lazy("Community: in kind"),
            gettext_lazy("Goods residents gave, valued in KGS."),
            im.money(),
        ),
        _column(
            "community_labour_kgs",
            gettext_lazy("Community: labour"),
            gettext_lazy("Residents' labour, valued in KGS."),
            im.money(),
        ),
        _column(
            "community_kgs",
            gettext_lazy("Community contribution"),
            gettext_lazy(
                "The community's parts together, as the export gives them; used only when the "
                "three community columns are absent (then kept as cash when it differs)."
            ),
            im.money(),
        ),
        _column(
            "other_kgs",
            gettext_lazy("Other sources"),
            gettext_lazy("Other money, KGS."),
            im.money(),
        ),
        _column(
            "beneficiaries_people",
            gettext_lazy("People reached"),
            gettext_lazy("How many people benefit."),
            im.integer(),
        ),
        _column(
            "beneficiaries_households",
            gettext_lazy("Households reached"),
            gettext_lazy("How many households benefit."),
            im.integer(),
        ),
        *im.translated_columns(
            "beneficiaries_note",
            gettext_lazy("About the beneficiaries"),
            gettext_lazy("Who benefits, in a few words (255 characters)."),
        ),
        _column(
            "operator_kind",
            gettext_lazy("Operator"),
            gettext_lazy("Who runs what was built: one of the list."),
            _choice(OperatorKind),
            choices=_choice_values(OperatorKind),
        ),
        *im.translated_columns(
            "operator_name", gettext_lazy("Operator name"), gettext_lazy("Its name.")
        ),
        _column(
            "tariff_approved",
            gettext_lazy("Tariff approved"),
            gettext_lazy("yes when the council approved a tariff for the service."),
            im.boolean(),
            choices=im.yes_no_values,
        ),
        *im.translated_columns(
            "tariff_decision",
            gettext_lazy("Tariff decision"),
            gettext_lazy("The council's decision: its number and date."),
        ),
        *im.translated_columns(
            "sustainability_note",
            gettext_lazy("Sustainability"),
            gettext_lazy("How it is kept running and paid for."),
        ),
        _column(
            "monitored_by_group",
            gettext_lazy("Monitored by a group"),
            gettext_lazy("yes when a monitoring group of residents follows it."),
            im.boolean(),
            choices=im.yes_no_values,
        ),
        _column(
            "monitoring_group_members",
            gettext_lazy("Monitoring group members"),
            gettext_lazy("How many people the monitoring group has."),
            im.integer(),
        ),
        *im.translated_columns(
            "monitoring_note",
            gettext_lazy("Monitoring"),
            gettext_lazy("What the monitoring found."),
        ),
        _column(
            "vote_counts",
            gettext_lazy("Votes"),
            gettext_lazy(
                "The votes per alternative at the gathering, separated by “;”, in the order of "
                "the alternatives; a “*” after a number marks the one chosen: 65*; 38; 33."
            ),
            im.listing(_vote_count),
        ),
        *im.translated_columns(
            "vote_alternatives",
            gettext_lazy("Alternatives voted on"),
            gettext_lazy("The alternatives, one per line, in the order of the votes."),
        ),
        _column(
            "output_quantities",
            gettext_lazy("Output quantities"),
            gettext_lazy("What was built or bought, as numbers separated by “;”: 3; 1.5."),
            im.listing(_quantity),
        ),
        *im.translated_columns(
            "output_units",
            gettext_lazy("Output units"),
            gettext_lazy("The unit of each quantity, one per line: km, m³, places."),
        ),
        *im.translated_columns(
            "output_descriptions",
            gettext_lazy("Outputs"),
            gettext_lazy("What each quantity is, one per line."),
        ),
        *im.translated_columns(
            "quotes",
            gettext_lazy("Quotes"),
            gettext_lazy("Words of residents or officials, one quote per line."),
        ),
        *im.translated_columns(
            "quote_roles",
            gettext_lazy("Who is quoted"),
            gettext_lazy("Who said each quote (a role, not a name), one per line."),
        ),
        _column(
            "source_title",
            gettext_lazy("Source"),
            gettext_lazy("Where the account comes from."),
            im.text(255),
        ),
        *im.translated_columns(
            "source_title",
            gettext_lazy("Source"),
            gettext_lazy("Where the account comes from, in this language (instead of “Source”)."),
        ),
        _column(
            "source_url",
            gettext_lazy("Source link"),
            gettext_lazy("A web address of the source."),
            im.text(500),
        ),
        _column(
            "source_date",
            gettext_lazy("Source date"),
            gettext_lazy("Date of the source."),
            im.date(),
        ),
        _column(
            "photos",
            gettext_lazy("Photos"),
            gettext_lazy(
                "File names of the story's photos in the folder or ZIP, separated by “;”; the "
                "first is the main image."
            ),
            im.listing(im.text(255)),
        ),
        _column(
            "photo_credit",
            gettext_lazy("Photo credit"),
            gettext_lazy("Who took the photos."),
            im.text(255),
        ),
        _column(
            "photo_consent",
            gettext_lazy("Consent to publish the photos"),
            gettext_lazy(
                "yes when the people shown agreed to publication; only such photos are shown."
            ),
            im.boolean(),
            choices=im.yes_no_values,
        ),
        *im.translated_columns(
            "photo_credit",
            gettext_lazy("Photo credit"),
            gettext_lazy("Who took the photos, in this language (instead of “Photo credit”)."),
        ),
        *im.translated_columns(
            "photo_captions",
            gettext_lazy("Photo captions"),
            gettext_lazy("A caption per photo, one per line, in the order of the photos."),
        ),
        _column(
            "is_sample",
            gettext_lazy("Sample story"),
            gettext_lazy("yes for an invented story that demonstrates the site; it is marked so."),
            im.boolean(),
            choices=im.yes_no_values,
        ),
    ),
    ignored=("district", "region", "first_published", "permalink", "url"),
    ignored_labels=(
        gettext_lazy("District"),
        gettext_lazy("Region"),
        gettext_lazy("Published"),
        gettext_lazy("Permalink"),
        gettext_lazy("Page"),
    ),
)


# ---- Planning -----------------------------------------------------------------------


@dataclass
class PhotoPlan:
    name: str
    sha1: str
    photo: object  # core.photos.Photo


@dataclass
class RowsPlan:
    """A story's inline rows of one kind (votes, outputs, quotes) as the file gives them:
    the values every language shares, and the texts by language, one dict per row."""

    shared: list
    texts: dict  # language -> [{field: text}]

    def values(self, language):
        """[{field: value}] of the rows in `language`; a text the file does not give in
        that language is taken from the first language that has it."""
        others = [self.texts[code] for code in LANGS if code in self.texts]
        rows = []
        for index, shared in enumerate(self.shared):
            row = dict(shared)
            for texts in [self.texts.get(language, []), *others]:
                for name, value in (texts[index] if index < len(texts) else {}).items():
                    if value and not row.get(name):
                        row[name] = value
            rows.append(row)
        return rows


@dataclass
class StoryPlan:
    """What one row does: the story it updates (its pages by language) or None for a new
    one, the municipality, the texts by language, the shared values, the photos."""

    record: im.Record
    key: str
    pages: dict = field(default_factory=dict)
    municipality: str | None = None
    texts: dict = field(default_factory=dict)  # language -> {field: value}
    shared: dict = field(default_factory=dict)  # field -> value
    topics: list | None = None
    groups: list | None = None
    programme: object = False  # False: not in the file
    photos: list | None = None
    credit: str = ""
    credits: dict = field(default_factory=dict)  # language -> credit in that language
    captions: dict = field(default_factory=dict)  # language -> [caption per photo]
    consent: bool = False
    rows: dict = field(default_factory=dict)  # relation -> RowsPlan
    changes: dict = field(default_factory=dict)  # language -> [field names]
    drafts: dict = field(default_factory=dict)  # page id -> its draft (`page_drafts`)

    @property
    def new(self):
        return not self.pages

    def current(self, page):
        """`page` as its editors see it: its latest revision when it has unpublished
        changes (read with the file's pages, `_existing`)."""
        return page_latest(page, self.drafts)


def paragraphs_html(text):
    """Plain text as rich text, escaped: one paragraph per blank-line block, a line break
    per line (the public "share your initiative" form and the import)."""
    return im.paragraphs(text)


def _body(value):
    """The body StreamField's value of a cell: its text as one paragraph block."""
    html = paragraphs_html(value)
    return [{"type": "paragraph", "value": html}] if html else []


def _rows_of(record):
    """{relation: RowsPlan} of the inline rows the file has columns for. The rows of a
    relation with a shared column (the votes, the quantities) are as many as its values;
    the quotes, as many as the lines of the first language that has them. Every language
    given must have one line per row."""
    found = {}
    for relation, (shared_key, text_keys) in ROWS.items():
        keys = [f"{key}_{code}" for key in text_keys.values() for code in LANGS]
        if not (shared_key and record.has(shared_key)) and not any(map(record.has, keys)):
            continue
        header = record.headers.get(shared_key, shared_key)
        if shared_key and any(issue.column == header for issue in record.issues):
            continue  # the numbers are wrong: the texts cannot be matched with them
        if shared_key:
            values = record.get(shared_key) or []
            if relation == "votes":
                shared = [{"votes": votes, "chosen": chosen} for votes, chosen in values]
            else:
                shared = [{"quantity": quantity} for quantity in values]
        else:
            first = next(
                (lines for code in LANGS if (lines := _lines(record.get(f"quotes_{code}") or ""))),
                [],
            )
            shared = [{} for _line in first]
        texts = {}
        for code in LANGS:
            rows = [{} for _row in shared]
            given = False
            for name, key in text_keys.items():
                column = f"{key}_{code}"
                lines = _lines(record.get(column) or "")
                if not lines:
                    continue
                given = True
                if len(lines) != len(shared):
                    record.error(
                        column,
                        _("%(lines)s lines for %(rows)s rows: write one line per row.")
                        % {"lines": len(lines), "rows": len(shared)},
                    )
                    continue
                limit = ROW_LIMITS.get(name)
                for row, line in zip(rows, lines, strict=True):
                    if limit and len(line) > limit:
                        record.error(
                            column,
                            _("At most %(max)s characters (this one has %(length)s).")
                            % {"max": limit, "length": len(line)},
                        )
                    row[name] = line
            if given:
                texts[code] = rows
        required = "alternative" if relation == "votes" else "description"
        if relation != "quotes" and shared and not texts:
            record.error(
                f"{text_keys[required]}_{LANGS[0]}",
                _("Each number needs its text in at least one language."),
            )
        found[relation] = RowsPlan(shared=shared, texts=texts)
    return found


def _texts_of(record, default_language):
    """{language: {field: value}} of the row's text columns (only those the file has).
    The columns without a language (an export's) are in the language the column
    `language` names, else `default_language`."""
    texts = {code: {} for code in LANGS}
    for code in LANGS:
        for name in TEXTS:
            key = f"{name}_{code}"
            if record.has(key):
                value = record.get(key) or ""
                texts[code][name] = paragraphs_html(value) if name in RICH_TEXTS else value
        if record.has(f"body_{code}"):
            texts[code]["body"] = _body(record.get(f"body_{code}"))
    if record.has("source_title") and any(record.has(f"source_title_{c}") for c in LANGS):
        record.error(
            "source_title",
            _("Give the source either in one column or in a column per language, not both."),
        )
    language = record.get("language")
    if language is not None and language not in LANGS:
        record.error("language", _("Write ky, ru or en."))
        language = None
    for name in PLAIN_TEXTS:
        if record.has(name):
            target = language or default_language
            if name in texts[target]:
                record.error(
                    name,
                    _("The column “%(column)s” gives this text already.")
                    % {"column": f"{name}_{target}"},
                )
            texts[target][name] = record.get(name) or ""
    for code, values in texts.items():
        for name, limit in TEXT_LIMITS.items():
            if len(values.get(name) or "") > limit:
                record.error(
                    f"{name}_{code}",
                    _("At most %(max)s characters (this one has %(length)s).")
                    % {"max": limit, "length": len(values[name])},
                )
    return {code: values for code, values in texts.items() if values}


def _existing(records):
    """{external id: translation key} and {page id: (translation key, language)} of the
    stories the rows name, {translation key: {language: page}} (with the relations a
    row is compared with) and {page id: the page as its draft has it} (`page_drafts`), in
    a constant number of queries."""
    external = {r.get("external_id") for r in records if r.get("external_id")}
    ids = {r.get("id") for r in records if r.get("id")}
    by_external, by_id = {}, {}
    for key, ext in StoryPage.objects.filter(external_id__in=external).values_list(
        "translation_key", "external_id"
    ):
        by_external[ext] = key
    for pk, key, code in StoryPage.objects.filter(pk__in=ids).values_list(
        "pk", "translation_key", "locale__language_code"
    ):
        by_id[pk] = (key, code)
    keys = {*by_external.values(), *(key for key, _code in by_id.values())}
    pages = {}
    # What a row is compared with, read with the pages (a re-import compares every field).
    stories = (
        StoryPage.objects.filter(translation_key__in=keys)
        .select_related("locale", "programme")
        .prefetch_related(*ROWS, "topics", "vulnerable_groups", "gallery_images__image")
    )
    for page in stories:
        pages.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return by_external, by_id, pages, page_drafts(stories)


def _current_value(page, name):
    if name == "body":
        return [{"type": block["type"], "value": block["value"]} for block in page.body.raw_data]
    if name in ROWS:
        fields = [*_row_fields(name)]
        return [{f: getattr(row, f) for f in fields} for row in getattr(page, name).all()]
    if name in ("topics", "vulnerable_groups"):
        return sorted(obj.slug for obj in getattr(page, name).all())
    if name == "programme":
        return page.programme.slug if page.programme_id else None
    return getattr(page, name)


def _row_fields(relation):
    shared_key, text_keys = ROWS[relation]
    shared = {"votes": ("votes", "chosen"), "outputs": ("quantity",)}.get(relation, ())
    return (*shared, *text_keys)


def _gallery_signature(page):
    rows = page.gallery_images.all()
    return [(row.image.file_hash, row.credit, row.consent_recorded, row.caption) for row in rows]


def _gallery_wanted(plan, language):
    credit = plan.credits.get(language) or plan.credit
    captions = plan.captions.get(language) or next(
        (plan.captions[code] for code in LANGS if plan.captions.get(code)), []
    )
    return [
        (photo.sha1, credit, plan.consent, captions[order] if order < len(captions) else "")
        for order, photo in enumerate(plan.photos)
    ]


def _plan_row(record, references, photos, existing):
    by_external, by_id, pages_by_key, drafts = existing
    external_id, number = record.get("external_id"), record.get("id")
    key = by_external.get(external_id) if external_id else None
    # The texts without a language are in the language of the page the number names (an
    # export of the Russian index gives the Russian pages' numbers).
    key_of_id, language = by_id.get(number, (None, LANGS[0])) if number else (None, LANGS[0])
    if number and key_of_id is None:
        record.error("id", _("There is no story number %(id)s.") % {"id": number})
    if key is None:
        key = key_of_id
    if key is None and not external_id and not number:
        record.error(
            "external_id",
            _("Give the story an external ID (or the number of a story on the site)."),
        )
    plan = StoryPlan(record=record, key=external_id or str(number or ""), drafts=drafts)
    if key is not None:
        plan.pages = {code: page.specific for code, page in pages_by_key.get(key, {}).items()}
    plan.municipality = references.resolve(
        record, "municipality_slug", "municipality", MUNICIPALITY
    ) or references.resolve(record, "municipality", "municipality", MUNICIPALITY)
    plan.texts = _texts_of(record, language)
    for name in SCALARS:
        if record.has(name):
            value = record.get(name)
            if name in FLAGS:
                value = bool(value)
            elif name in CHOICES or name in SHARED_TEXTS:
                value = value or ""  # an empty cell clears a text: never NULL
            plan.shared[name] = value
    plan.rows = _rows_of(record)
    if plan.shared.get("source_url"):
        try:
            URLValidator()(plan.shared["source_url"])
        except ValidationError:
            record.error("source_url", _("This is not a web address (https://…)."))
    if record.has("external_id") and external_id:
        plan.shared["external_id"] = external_id
    if record.has("topics"):
        plan.topics = references.resolve_list(record, "topics", "topic", TOPIC)
    if record.has("vulnerable_groups"):
        plan.groups = references.resolve_list(record, "vulnerable_groups", "group", GROUP)
    if record.has("programme"):
        plan.programme = references.resolve(record, "programme", "programme", PROGRAMME)
    if record.has("photos"):
        plan.credit = record.get("photo_credit") or ""
        plan.credits = {
            code: record.get(f"photo_credit_{code}")
            for code in LANGS
            if record.get(f"photo_credit_{code}")
        }
        plan.captions = {
            code: _lines(record.get(f"photo_captions_{code}") or "")
            for code in LANGS
            if record.get(f"photo_captions_{code}")
        }
        for code, captions in plan.captions.items():
            if len(captions) > len(record.get("photos") or []):
                record.error(
                    f"photo_captions_{code}",
                    _("More captions than photos: one line per photo."),
                )
            if any(len(caption) > 255 for caption in captions):
                record.error(f"photo_captions_{code}", _("A caption has at most 255 characters."))
        plan.consent = bool(record.get("photo_consent"))
        plan.photos = []
        for name in record.get("photos") or []:
            photo = photo_named(record, "photos", name, photos)
            if photo is not None:
                plan.photos.append(PhotoPlan(name=photo.name, sha1=photo.sha1, photo=photo))
    if plan.new:
        _plan_new(plan, references)
    else:
        _plan_update(plan, references)
    _figures_check(plan)
    return plan


def _plan_new(plan, references):
    record = plan.record
    if plan.municipality is None and not any(
        i.column in (record.headers.get("municipality"), record.headers.get("municipality_slug"))
        for i in record.issues
    ):
        record.error("municipality", _("A new story needs its municipality."))
    titled = [code for code in LANGS if plan.texts.get(code, {}).get("title")]
    if not titled:
        record.error("title_ky", _("A new story needs a title in at least one language."))
    for code in titled:
        if not plan.texts[code].get("summary"):
            record.error(f"summary_{code}", _("A story with a title needs its summary."))
        if plan.municipality and references.place_paths.get((plan.municipality, code)) is None:
            record.error(
                "municipality",
                _("The municipality has no page in %(language)s yet.") % {"language": code},
            )
    plan.changes = {code: ["new"] for code in titled}


def _plan_update(plan, references):
    """Which fields of which page the row changes (empty: unchanged)."""
    record = plan.record
    if plan.municipality is not None:
        original = translations_original(plan.pages)
        home = references.place_paths.get((plan.municipality, original.locale.language_code))
        if original.path[: -Page.steplen] != home:
            record.error(
                "municipality",
                _("The story stands under another municipality; move it in the admin first."),
            )
    for code in LANGS:
        page = plan.pages.get(code)
        texts = plan.texts.get(code, {})
        if page is None:
            if texts.get("title"):
                if not texts.get("summary"):
                    record.error(f"summary_{code}", _("A story with a title needs its summary."))
                plan.changes[code] = ["new"]
            continue
        current = plan.current(page)
        changed = [
            name
            for name, value in texts.items()
            if (_current_value(current, name) or type(value)()) != value
        ]
        for relation, rows in plan.rows.items():
            fields = _row_fields(relation)
            wanted = [{f: row.get(f, "") for f in fields} for row in rows.values(code)]
            if _current_value(current, relation) != wanted:
                changed.append(relation)
        for name, value in plan.shared.items():
            if _current_value(current, name) != value:
                changed.append(name)
        if record.has("community_kgs") and not any(record.has(n) for n in COMMUNITY_PARTS):
            total = record.get("community_kgs")
            if current.community_kgs != total:
                changed.append("community_kgs")
        if plan.topics is not None and _current_value(current, "topics") != plan.topics:
            changed.append("topics")
        if plan.groups is not None and _current_value(current, "vulnerable_groups") != plan.groups:
            changed.append("vulnerable_groups")
        if plan.programme is not False and _current_value(current, "programme") != plan.programme:
            changed.append("programme")
        if plan.photos is not None and _gallery_signature(current) != _gallery_wanted(plan, code):
            changed.append("gallery_images")
        if changed:
            plan.changes[code] = changed


def _figures_check(plan):
    """The story's money and people rules (StoryPage.figures_errors), on the values the
    story will have."""
    record = plan.record
    base = plan.current(translations_original(plan.pages)) if plan.pages else None
    story = StoryPage()
    for name in (*MONEY, *NUMBERS, *DATES):
        setattr(story, name, getattr(base, name) if base is not None else None)
    for name, value in plan.shared.items():
        setattr(story, name, value)
    _community_apply(story, record)
    for name, message in story.figures_errors().items():
        column = (
            name
            if record.has(name)
            else next(
                (n for n in (*MONEY, "community_kgs", "gathering_participants") if record.has(n)),
                name,
            )
        )
        record.error(column, message)


def _community_apply(page, record):
    """An export's `community_kgs` (the three parts together): kept as cash when it is
    not what the parts already make."""
    if record.has("community_kgs") and not any(record.has(n) for n in COMMUNITY_PARTS):
        total = record.get("community_kgs")
        if page.community_kgs != total:
            page.community_cash_kgs = total
            page.community_in_kind_kgs = None
            page.community_labour_kgs = None


# ---- Writing ------------------------------------------------------------------------


def _slug(title, length=60):
    """A story's slug from its title: transliterated, cut at a word within `length`."""
    slug = slugify(fold(title).translate(TRANSLIT))
    if len(slug) > length:
        slug = slug[: length + 1].rsplit("-", 1)[0]
    return slug[:length].strip("-") or "story"


class Writer(PageWriter):
    """Writes the plans of one import."""

    def __init__(self, *, references, user, publish, cleanups):
        super().__init__(user=user, publish=publish, locales=references.locales, cleanups=cleanups)
        self.references = references

    def apply(self, page, plan, language, title=None):
        """Set on `page` (unsaved) what the row gives for `language`; `title`: the
        story's title there (its photos' titles), the page's own when not given."""
        title = page.title if title is None else title
        refs = self.references
        for name, value in plan.shared.items():
            setattr(page, name, value)
        for name, value in plan.texts.get(language, {}).items():
            setattr(page, name, value)
        _community_apply(page, plan.record)
        for relation, rows in plan.rows.items():
            model = ROW_MODELS[relation]
            fields = _row_fields(relation)
            setattr(
                page,
                relation,
                [
                    model(
                        **{f: row.get(f, "") for f in fields},
                        locale=page.locale,
                        translation_key=uuid.uuid5(
                            ROW_KEYS, f"{page.translation_key}:{relation}:{order}"
                        ),
                        sort_order=order,
                    )
                    for order, row in enumerate(rows.values(language))
                ],
            )
        if plan.topics is not None:
            page.topics = [refs.snippet("topic", slug, language) for slug in plan.topics]
        if plan.groups is not None:
            page.vulnerable_groups = [refs.snippet("group", slug, language) for slug in plan.groups]
        if plan.programme is not False:
            page.programme = (
                refs.snippet("programme", plan.programme, language) if plan.programme else None
            )
        if plan.photos is not None:
            rows = []
            wanted = _gallery_wanted(plan, language)
            for order, photo in enumerate(plan.photos):
                _sha1, credit, _consent, caption = wanted[order]
                rows.append(
                    StoryGalleryImage(
                        translation_key=uuid.uuid5(
                            ROW_KEYS, f"{page.translation_key}:gallery_images:{order}"
                        ),
                        image=self.image(photo.photo, title),
                        credit=credit,
                        caption=caption,
                        consent_recorded=plan.consent,
                        locale=page.locale,
                        sort_order=order,
                    )
                )
            page.gallery_images = rows
            consented = [row.image for row in rows if row.consent_recorded]
            page.image = consented[0] if consented else None

    def create(self, plan):
        """A new story in every language the row titles, each built from the row itself
        (not copied from the first: a copy reads back every inline row just written),
        sharing the first one's translation key. Returns the first."""
        refs = self.references
        source = None
        for language in LANGS:
            title = plan.texts.get(language, {}).get("title")
            if not title:
                continue
            parent = refs.parent(plan.municipality, language)
            if source is None:
                slug = _slug(plan.texts.get("en", {}).get("title") or title)
            else:
                slug = source.slug
            page = StoryPage(
                slug=find_available_slug(parent, slug),
                locale=refs.locales[language],
                live=False,
                has_unpublished_changes=True,
            )
            if source is not None:
                page.translation_key = source.translation_key
            self.apply(page, plan, language, title)
            page_child_add(parent, self.live_now(page))
            self.finish(page, created=True)
            source = source or page
        return source


# ---- The import ---------------------------------------------------------------------


def story_import(
    *,
    source,
    name,
    photos=None,
    user=None,
    dry_run=False,
    publish=False,
    progress=im.progress_none,
):
    """Import the stories of the spreadsheet `source` (bytes) called `name`, with the
    photos of `photos` (a core.photos.PhotoSource, a path to a folder or ZIP, or None).
    A dry run plans and checks only. `publish` publishes what changed (central editors
    only: the caller checks). Returns (ImportResult, Table or None); raises
    ImportFailure when the file cannot be read at all."""
    started = time.monotonic()
    result = im.ImportResult(kind=STORY_LAYOUT.kind, file_name=name, dry_run=dry_run)
    table = im.read_table(source, name=name)
    references = References()
    records, issues = STORY_LAYOUT.parse(table)
    result.issues += issues
    photos = PhotoSource.of(photos)
    im.external_ids_check(records)
    existing = _existing(records)
    im.plans_write(
        result=result,
        records=records,
        plan=lambda record: _plan_row(record, references, photos, existing),
        make_writer=partial(Writer, references=references, user=user, publish=publish),
        progress=progress,
        url=lambda page: f"/s/{page.pk}/",
        after_index=lambda pages: story_search_documents_write(
            ids=[page.pk for page in pages if isinstance(page, StoryPage)]
        ),
    )
    result.seconds = time.monotonic() - started
    return result, table
