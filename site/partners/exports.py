"""The one export layer: a listing declares its columns and where its rows come from
(`datasets.py`); this module writes any listing as CSV, XLSX or JSON with the licence and
the source, and describes it for the data dictionary and schema.org.

What every file holds (docs/exports.md):
- the columns in a stable order, each with a machine key that never changes and a label in
  the page's language;
- text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
  carriage return) prefixed with an apostrophe in CSV and XLSX; numbers stay numbers;
- the licence and the source: JSON `licence` and `source` objects, an "About" sheet in
  XLSX, and for CSV (which has no place for them without breaking parsers) the HTTP `Link`
  header and the file name, with the licence stated in the data dictionary.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font

from core.public import page_public_url, public_url
from core.spreadsheets import neutralise, text_cell

FORMATS = ("csv", "xlsx", "json")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
}
FORMAT_NAMES = {"csv": "CSV", "xlsx": "XLSX", "json": "JSON"}
# Far above any listing of the site (234 stories a language); a bound on the work of one
# request all the same. A cut file says so (JSON `source.truncated`, the About sheet and
# the `X-Ashar-Truncated` header).
MAX_ROWS = 20_000
LIST_SEPARATOR = "; "
# Parameters that page through a listing; a download gives every matching row.
PAGING_PARAMETERS = ("page",)


class Kind:
    """What a column holds; the data dictionary names it and the writers follow it."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    URL = "url"
    BOOLEAN = "boolean"
    LIST = "list"

    LABELS = {
        TEXT: gettext_lazy("text"),
        INTEGER: gettext_lazy("whole number"),
        DECIMAL: gettext_lazy("number"),
        DATE: gettext_lazy("date (YYYY-MM-DD)"),
        URL: gettext_lazy("web address"),
        BOOLEAN: gettext_lazy("true or false"),
        LIST: gettext_lazy("list, separated by “; ” in CSV and XLSX"),
    }


@dataclass(frozen=True)
class Column:
    """One exported column: its stable key, its label and meaning in the reader's
    language, its unit, and how to read it from a row."""

    key: str
    label: object
    description: object
    value: object  # callable(row) -> the value
    kind: str = Kind.TEXT
    unit: object = ""

    @property
    def kind_label(self):
        return Kind.LABELS[self.kind]


@dataclass
class Rows:
    """What a listing's source returns: the rows in order, and the parameters it could
    not use (shown as the HTML listing shows them, as ignored)."""

    rows: list
    ignored: list = field(default_factory=list)


@dataclass(frozen=True)
class Listing:
    """A public listing that can be downloaded: `source(page, params)` gives its Rows
    with the same selectors as the HTML page; `columns` is the single declaration of what
    the files hold and what the data dictionary says about them."""

    key: str
    title: object
    description: object
    page_types: tuple
    columns: tuple
    source: object

    def offered_on(self, page):
        return isinstance(page, self.page_types)


# ---- Values ---------------------------------------------------------------------------


def _plain(column, value):
    """The value as JSON gives it: numbers as numbers, dates as ISO text, lists as lists."""
    if value is None or value == "":
        return None
    if column.kind == Kind.LIST:
        return [str(item) for item in value]
    if column.kind == Kind.INTEGER:
        return int(value)
    if column.kind == Kind.DECIMAL:
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() else float(number)
    if column.kind == Kind.BOOLEAN:
        return bool(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if column.kind == Kind.DATE else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _cell(column, value):
    """The value as a spreadsheet cell holds it: numbers and booleans as such, anything
    else as neutralised text ("" when empty)."""
    value = _plain(column, value)
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    return neutralise(value)


# ---- Where a download comes from --------------------------------------------------------


def export_query(params):
    """The listing's query string without its paging: [(name, value)] in request order."""
    return [
        (name, value)
        for name, values in params.lists()
        if name not in PAGING_PARAMETERS
        for value in values
    ]


def export_url(page, listing, fmt, params=None):
    """/exports/<page id>/<listing>.<format>?<the listing's filters>"""
    url = reverse(
        "partners:export", kwargs={"page_id": page.pk, "listing": listing.key, "fmt": fmt}
    )
    query = urlencode(export_query(params)) if params is not None else ""
    return f"{url}?{query}" if query else url


def download_links(page, listing, params=None):
    """[{format, type, url}] of the three downloads of `listing` on `page` with the
    filters of `params` (the request's GET, or none)."""
    return [
        {
            "format": FORMAT_NAMES[fmt],
            "type": CONTENT_TYPES[fmt].split(";")[0],
            "url": export_url(page, listing, fmt, params),
        }
        for fmt in FORMATS
    ]


def dictionary_url(language=None):
    """The data dictionary in `language` (the active one when None)."""
    if language is None:
        return reverse("data_dictionary")
    with translation.override(language):
        return reverse("data_dictionary")


@dataclass
class Export:
    """One listing of one page for one request, ready to be written in any format."""

    listing: Listing
    page: object
    language: str
    rows: list
    ignored: list
    query: list
    truncated: bool
    exported_at: datetime.datetime

    @property
    def columns(self):
        return self.listing.columns

    def filename(self, fmt):
        day = self.exported_at.date().isoformat()
        return f"ashar-{self.listing.key}-{self.language}-{day}.{fmt}"

    def source_url(self, fmt):
        params = urlencode(self.query)
        path = reverse(
            "partners:export",
            kwargs={"page_id": self.page.pk, "listing": self.listing.key, "fmt": fmt},
        )
        return public_url(f"{path}?{params}" if params else path)

    def page_url(self):
        url = page_public_url(self.page)
        params = urlencode(self.query)
        return f"{url}?{params}" if url and params else url

    def licence(self):
        return {
            "name": settings.ASHAR_CONTENT_LICENCE,
            "url": settings.ASHAR_CONTENT_LICENCE_URL,
            "attribution": _("Ashar (%(url)s), %(title)s")
            % {
                "url": public_url("/"),
                "title": str(self.listing.title),
            },
        }

    def source(self, fmt):
        return {
            "publisher": _("Ashar"),
            "title": str(self.listing.title),
            "page": self.page_url(),
            "url": self.source_url(fmt),
            "data_dictionary": public_url(dictionary_url(self.language)),
            "language": self.language,
            "exported_at": self.exported_at.isoformat(timespec="seconds"),
            "filters": dict(self.query),
            "ignored_filters": [f"{label}: {value}" for label, value in self.ignored],
            "rows": len(self.rows),
            "truncated": self.truncated,
        }

    def header_rows(self):
        return (
            [str(column.label) for column in self.columns],
            [column.key for column in self.columns],
        )

    def cells(self):
        for row in self.rows:
            yield [_cell(column, column.value(row)) for column in self.columns]


def export_build(*, listing, page, params):
    """The rows of `listing` on `page` for the GET `params`, at most MAX_ROWS."""
    result = listing.source(page, params)
    rows = list(result.rows[: MAX_ROWS + 1])
    return Export(
        listing=listing,
        page=page,
        language=page.locale.language_code,
        rows=rows[:MAX_ROWS],
        ignored=list(result.ignored),
        query=export_query(params),
        truncated=len(rows) > MAX_ROWS,
        exported_at=timezone.now().replace(microsecond=0),
    )


# ---- Writers ----------------------------------------------------------------------------


class _Line:
    """A file-like object that hands back what csv.writer writes to it."""

    def write(self, text):
        return text


def csv_bytes(export):
    """The CSV file: a UTF-8 byte-order mark (Excel then reads Kyrgyz letters right), the
    labels, the keys, then one line per row. Written whole, in the page's language, while
    that language is active (labels and choice names are translated as they are read)."""
    writer = csv.writer(_Line(), lineterminator="\r\n")
    labels, keys = export.header_rows()
    lines = ["\ufeff", writer.writerow(labels), writer.writerow(keys)]
    lines += [writer.writerow(cells) for cells in export.cells()]
    return "".join(lines).encode()


def xlsx_bytes(export):
    """The workbook: the sheet of data (labels, keys, rows) and the "About" sheet with
    the licence and the source."""
    workbook = Workbook(write_only=True)
    data = workbook.create_sheet(title=_("Data")[:31])
    data.freeze_panes = "A3"
    bold = Font(bold=True)
    labels, keys = export.header_rows()
    data.append([text_cell(data, label, bold) for label in labels])
    data.append([text_cell(data, key) for key in keys])
    for cells in export.cells():
        data.append([text_cell(data, value) for value in cells])
    about = workbook.create_sheet(title="About")
    licence, source = export.licence(), export.source("xlsx")
    lines = [
        (_("Dataset"), source["title"]),
        (_("Publisher"), source["publisher"]),
        (_("Licence"), licence["name"]),
        (_("Licence text"), licence["url"]),
        (_("Cite as"), licence["attribution"]),
        (_("Listing"), source["page"]),
        (_("This file"), source["url"]),
        (_("Data dictionary"), source["data_dictionary"]),
        (_("Language"), source["language"]),
        (_("Exported at"), source["exported_at"]),
        (_("Rows"), source["rows"]),
        (_("Filters"), "; ".join(f"{k}={v}" for k, v in export.query)),
        (_("Ignored filters"), "; ".join(source["ignored_filters"])),
        (_("Cut at the row limit"), _("yes") if export.truncated else _("no")),
    ]
    for name, value in lines:
        value = neutralise(value) if isinstance(value, str) else value
        about.append([text_cell(about, str(name), bold), text_cell(about, value)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def json_data(export):
    """The JSON document: licence, source, the columns with their labels, the rows."""
    columns = export.columns
    return {
        "licence": export.licence(),
        "source": export.source("json"),
        "columns": [
            {
                "key": column.key,
                "label": str(column.label),
                "type": column.kind,
                "unit": str(column.unit),
            }
            for column in columns
        ],
        "rows": [
            {column.key: _plain(column, column.value(row)) for column in columns}
            for row in export.rows
        ],
    }


def link_header(export):
    """RFC 8288 links of a download: its licence, its data dictionary, its listing (as
    URIs: a header is ASCII)."""
    links = [
        f'<{iri_to_uri(settings.ASHAR_CONTENT_LICENCE_URL)}>; rel="license"',
        f'<{iri_to_uri(public_url(dictionary_url(export.language)))}>; rel="describedby"',
    ]
    page = export.page_url()
    if page:
        links.append(f'<{iri_to_uri(page)}>; rel="alternate"; type="text/html"')
    return ", ".join(links)
