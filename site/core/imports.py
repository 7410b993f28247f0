"""The import framework: reading a spreadsheet safely, matching its columns, parsing its
cells, collecting every error by row and column, and running an import all-or-nothing.
App-neutral: an importer (`stories.services.story_import`) declares its `Layout` and
writes its rows; this module does the rest (docs/import.md).

The flow of one import:

1. `read_table(data, name=...)` reads CSV (UTF-8, with or without a byte-order mark;
   comma, semicolon or tab) or XLSX (the first sheet; openpyxl in read-only mode with
   formulas kept, so that they are seen and refused) within hard limits: file size, ZIP
   members and their unpacked size (an XLSX is a ZIP), data rows, cell length. A file it
   cannot read raises `ImportFailure` with the reason in the editor's language.
2. `layout.parse(table)` matches the header row to the layout's columns (by key or by the
   header in Kyrgyz, Russian or English), then parses every cell with its column's parser:
   `Record`s for the rows, `ImportIssue`s for every problem (row, column header, message).
3. The importer checks what needs the database (references, its model's rules), then
   writes inside `atomic_import`: nothing is kept when there is an error or on a dry run.
   The page importers do both through `plans_write` with their planner and writer.
4. The `ImportResult` (new / updated / unchanged per row, the errors) is logged
   (`import_log_add`), shown, and can be downloaded as the same spreadsheet with an error
   column (`annotated_xlsx`).

Messages are made with `gettext` when the problem is found: run the import under
`translation.override(<the editor's language>)`.
"""

import csv
import datetime
import functools
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.datavalidation import DataValidation

from .indexing import index_auto_update, index_objects, index_updates_enabled
from .mail import submissions_batched
from .models import ImportLog
from .pagecache import purges_batched
from .renditions import renditions_deferred
from .services import translations_original
from .spreadsheets import text_cell, unneutralise

# ---- Limits ---------------------------------------------------------------------------

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 10_000  # data rows, the header not counted
MAX_COLUMNS = 200
# Excel's own limit of a cell; longer text is not something a person typed.
MAX_CELL_CHARS = 32_767
# An XLSX is a ZIP: at most so many members, so much unpacked in all, and no member that
# unpacks to more than MAX_ZIP_RATIO times its packed size once it is larger than 1 MB.
MAX_ZIP_MEMBERS = 1_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 150
LIST_SEPARATOR = ";"

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# 1899-12-30: day 0 of Excel's (1900) date system, as openpyxl counts it.
EXCEL_EPOCH = datetime.date(1899, 12, 30)


class ImportFailure(Exception):
    """The file as a whole cannot be imported (not a spreadsheet, too large, missing
    columns …): `issues` say why."""

    def __init__(self, issues):
        if isinstance(issues, str):
            issues = [ImportIssue(row=None, column="", message=issues)]
        self.issues = list(issues)
        super().__init__("; ".join(issue.message for issue in self.issues))


class CellError(ValueError):
    """Raised by a cell parser: the message says what is wrong with the cell."""


@dataclass(frozen=True)
class ImportIssue:
    """One problem: the row number of the spreadsheet (1 is the header; None for the file
    as a whole), the column's header as the file has it ("" for the row or the file) and
    the message in the editor's language."""

    row: int | None
    column: str
    message: str

    def __str__(self):
        where = []
        if self.row is not None:
            where.append(_("row %(row)s") % {"row": self.row})
        if self.column:
            where.append(_("column “%(column)s”") % {"column": self.column})
        return f"{', '.join(where)}: {self.message}" if where else self.message


# ---- Reading a file ---------------------------------------------------------------------


@dataclass
class Table:
    """What a spreadsheet holds: its name, its rows as (row number, [values]) with the
    header first, and the issues found while reading (merged cells, formulas, long
    cells). Values are str, int, float, bool, datetime or None."""

    name: str
    rows: list
    issues: list = field(default_factory=list)


def _megabytes(size):
    return size // (1024 * 1024)


def _too_many_rows():
    return _(
        "The file has more than %(rows)s rows of data; split it into several files of at most "
        "%(rows)s rows."
    ) % {"rows": f"{MAX_ROWS:,}".replace(",", " ")}


def _cell_too_long(row, column):
    return ImportIssue(
        row=row,
        column=column,
        message=_("The cell holds more than %(chars)s characters.")
        % {"chars": f"{MAX_CELL_CHARS:,}".replace(",", " ")},
    )


def read_table(data, *, name):
    """The table of the spreadsheet `data` (bytes) called `name`; raises ImportFailure."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailure(
            _("The file is larger than %(size)s MB.") % {"size": _megabytes(MAX_FILE_BYTES)}
        )
    if not data.strip():
        raise ImportFailure(_("The file is empty."))
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_PACKAGE in data:
            raise ImportFailure(
                _(
                    "The workbook is protected with a password. Save it again without a "
                    "password (File → Info → Protect workbook) and import that copy."
                )
            )
        raise ImportFailure(
            _("This is an old Excel 97–2003 file (.xls). Save it as .xlsx or CSV UTF-8.")
        )
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data, name)
    return _read_csv(data, name)


def _not_a_spreadsheet():
    return ImportFailure(
        _("This file is not a spreadsheet. Import an .xlsx workbook or a CSV file in UTF-8.")
    )


def _read_csv(data, name):
    if b"\x00" in data:
        raise _not_a_spreadsheet()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailure(
            _(
                "The CSV file is not in UTF-8. Save it as “CSV UTF-8 (comma delimited)” and "
                "import it again."
            )
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, issues, data_rows = [], [], 0
    number = 0
    try:
        for number, values in enumerate(reader, start=1):
            if len(values) > MAX_COLUMNS:
                raise ImportFailure(
                    _("Row %(row)s has more than %(columns)s columns.")
                    % {"row": number, "columns": MAX_COLUMNS}
                )
            if number > 1 and any(value.strip() for value in values):
                data_rows += 1
                if data_rows > MAX_ROWS:
                    raise ImportFailure(_too_many_rows())
            rows.append((number, [value if value != "" else None for value in values]))
    except csv.Error:
        # The one error csv raises on text is a field over its size limit (128 kB; longer
        # cells up to it are found below).
        raise ImportFailure([_cell_too_long(number + 1, "")]) from None
    for number, values in rows:
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                issues.append(_cell_too_long(number, get_column_letter(index + 1)))
    return Table(name=name, rows=rows, issues=issues)


def _zip_check(archive):
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise _not_a_spreadsheet()
    unpacked = sum(member.file_size for member in members)
    bomb = unpacked > MAX_UNPACKED_BYTES or any(
        member.file_size > 1024 * 1024
        and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if bomb:
        raise ImportFailure(
            _("The workbook unpacks to far more than it holds (a “ZIP bomb”); it is refused.")
        )


MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def _merged_ranges(archive, path):
    """The merged ranges of the sheet at `path` ("A2:C2"), read from its XML in chunks
    (read-only openpyxl does not report them)."""
    found, tail = set(), b""
    with archive.open(path) as stream:
        while chunk := stream.read(1 << 20):
            buffer = tail + chunk
            found.update(f"{a.decode()}:{b.decode()}" for a, b in MERGE_RE.findall(buffer))
            tail = buffer[-100:]  # a match cut by the chunk's end is whole in the next buffer
    return sorted(found)


def _read_xlsx(data, name):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _zip_check(archive)
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ImportFailure:
        raise
    except Exception:  # noqa: BLE001 - any damage to the file is the same answer
        raise _not_a_spreadsheet() from None
    try:
        sheet = workbook.worksheets[0]
        issues = []
        for ref in _merged_ranges(archive, sheet._worksheet_path.lstrip("/")):
            min_col, min_row, _max_col, _max_row = range_boundaries(ref)
            issues.append(
                ImportIssue(
                    row=min_row,
                    column=get_column_letter(min_col),
                    message=_("Merged cells (%(range)s): unmerge them and fill every cell.")
                    % {"range": ref},
                )
            )
        sheet.reset_dimensions()
        rows, data_rows = [], 0
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            if len(cells) > MAX_COLUMNS:
                raise ImportFailure(
                    _("Row %(row)s has more than %(columns)s columns.")
                    % {"row": number, "columns": MAX_COLUMNS}
                )
            values = []
            for index, cell in enumerate(cells):
                value = getattr(cell, "value", None)
                if getattr(cell, "data_type", None) == "f" or (
                    isinstance(value, str) and value.startswith("=") and len(value) > 1
                ):
                    issues.append(
                        ImportIssue(
                            row=number,
                            column=get_column_letter(index + 1),
                            message=_(
                                "A formula (%(formula)s) is not imported: copy the cells and "
                                "paste them as values."
                            )
                            % {"formula": str(value)[:40]},
                        )
                    )
                    value = None
                elif isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                    issues.append(_cell_too_long(number, get_column_letter(index + 1)))
                    value = None
                values.append(value)
            if number > 1 and any(_filled(value) for value in values):
                data_rows += 1
                if data_rows > MAX_ROWS:
                    raise ImportFailure(_too_many_rows())
            rows.append((number, values))
    except ImportFailure:
        raise
    except Exception:  # noqa: BLE001 - a sheet damaged inside the ZIP
        raise _not_a_spreadsheet() from None
    finally:
        workbook.close()
    return Table(name=name, rows=rows, issues=issues)


def _filled(value):
    return value is not None and not (isinstance(value, str) and not value.strip())


# ---- Cell parsers -----------------------------------------------------------------------
# Each takes the raw value (never None or blank: an empty cell is None without a parser)
# and returns the Python value, or raises CellError with the message for the editor.


def _as_text(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return unneutralise(str(value).strip())


def text(max_length=None):
    def parse(value):
        value = _as_text(value)
        if max_length and len(value) > max_length:
            raise CellError(
                _("At most %(max)s characters (this one has %(length)s).")
                % {"max": max_length, "length": len(value)}
            )
        return value

    parse.kind = "text"
    return parse


def paragraphs(value):
    """Plain text as rich text, escaped (never taken as HTML): one paragraph per
    blank-line block, a line break per line."""
    value = (value or "").strip()
    blocks = [block.strip() for block in value.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line) for line in block.splitlines()))
        for block in blocks
        if block
    )


NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f']")


def integer(minimum=0, maximum=None):
    """A whole number (spaces as thousands separators allowed) from `minimum` up."""

    def parse(value):
        if isinstance(value, bool):
            raise CellError(_("Expected a whole number."))
        if isinstance(value, int | float):
            number = value
        else:
            raw = NUMBER_SPACES.sub("", str(value)).replace(",", ".")
            try:
                number = Decimal(raw)
            except InvalidOperation:
                raise CellError(
                    _("Expected a whole number, not “%(value)s”.") % {"value": str(value)[:40]}
                ) from None
        if number != int(number):
            raise CellError(_("Expected a whole number, not %(value)s.") % {"value": value})
        number = int(number)
        if minimum is not None and number < minimum:
            raise CellError(_("The number cannot be less than %(minimum)s.") % {"minimum": minimum})
        if maximum is not None and number > maximum:
            raise CellError(_("The number cannot be more than %(maximum)s.") % {"maximum": maximum})
        return number

    parse.kind = "integer"
    return parse


def money():
    """Whole KGS, never negative."""
    whole = integer(minimum=None, maximum=10**15)

    def parse(value):
        number = whole(value)
        if number < 0:
            raise CellError(_("An amount of money cannot be negative."))
        return number

    parse.kind = "money"
    return parse


def decimal(places=2, maximum=10**12):
    """A non-negative amount with at most `places` decimals (a fee: 12.50); a comma or a
    point before the decimals, spaces as thousands separators."""

    def parse(value):
        if isinstance(value, bool):
            raise CellError(_("Expected a number."))
        if isinstance(value, int | float):
            number = Decimal(str(value))
        else:
            raw = NUMBER_SPACES.sub("", str(value)).replace(",", ".")
            try:
                number = Decimal(raw)
            except InvalidOperation:
                raise CellError(
                    _("Expected a number, not “%(value)s”.") % {"value": str(value)[:40]}
                ) from None
        if not number.is_finite():
            raise CellError(_("Expected a number, not “%(value)s”.") % {"value": str(value)[:40]})
        if number < 0:
            raise CellError(_("An amount of money cannot be negative."))
        if number > maximum:
            raise CellError(_("The number cannot be more than %(maximum)s.") % {"maximum": maximum})
        if number != round(number, places):
            raise CellError(
                _("At most %(places)s digits after the decimal point.") % {"places": places}
            )
        return number.quantize(Decimal(1).scaleb(-places))

    parse.kind = "decimal"
    return parse


@functools.cache
def _choice_keys(choices):
    """{folded key or label in any language: key} of a `choices` class, made once per
    class and process (the labels are the catalogues', which do not change while it
    runs). Made again for each cell, it switched the language three times a label: 140 to
    170 µs a cell of a service's status, against 1 to 2 µs."""
    found = {}
    for key, label in choices.choices:
        found[fold(key)] = key
        for code in LANGUAGES:
            with translation.override(code):
                found.setdefault(fold(str(label)), key)
    return found


def choice(choices, what):
    """One of a Django `choices` class (TextChoices): its key or its label in any
    language; `what` names the kind of value in the message."""

    def parse(value):
        raw = _as_text(value)
        key = _choice_keys(choices).get(fold(raw))
        if key is None:
            raise CellError(_("Unknown %(what)s: “%(value)s”.") % {"what": what, "value": raw[:80]})
        return key

    parse.kind = "choice"
    return parse


def choice_labels(choices):
    """The drop-down values of a `choice` column in a language: its labels there."""

    def values(language):
        with translation.override(language):
            return [str(label) for _key, label in choices.choices]

    return values


DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")


def date():
    """DD.MM.YYYY, YYYY-MM-DD, a date cell or an Excel date number."""

    def parse(value):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            if 1 <= value < 2958466:  # up to 31.12.9999
                return EXCEL_EPOCH + datetime.timedelta(days=int(value))
            raise CellError(_("%(value)s is not a date.") % {"value": value})
        raw = str(value).strip()
        for pattern in DATE_FORMATS:
            try:
                return datetime.datetime.strptime(raw, pattern).date()
            except ValueError:
                continue
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2}", raw):
            raise CellError(_("%(value)s is not a date that exists.") % {"value": raw})
        raise CellError(
            _("“%(value)s” is not a date: write it as DD.MM.YYYY or YYYY-MM-DD.")
            % {"value": raw[:40]}
        )

    parse.kind = "date"
    return parse


YES = {"1", "yes", "true", "y", "да", "ооба", "+", "x", "✓"}
NO = {"0", "no", "false", "n", "нет", "жок", "-"}


def boolean():
    def parse(value):
        if isinstance(value, bool):
            return value
        raw = _as_text(value).casefold()
        if raw in YES:
            return True
        if raw in NO:
            return False
        raise CellError(_("Write yes or no, not “%(value)s”.") % {"value": raw[:40]})

    parse.kind = "boolean"
    return parse


def yes_no_values(language):
    """The words the template offers for yes and no in `language`."""
    with translation.override(language):
        return [str(_("yes")), str(_("no"))]


def fold(value):
    """A name as it is compared: case, accents, spaces and Latin/Cyrillic look-alikes
    aside."""
    value = unicodedata.normalize("NFKC", str(value)).casefold().strip()
    return " ".join(value.replace("ё", "е").split())


def reference(lookup, what):
    """A value found by `lookup(folded text)` (an object, or None when not known); `what`
    names the kind of value in the message ("municipality")."""

    def parse(value):
        raw = _as_text(value)
        found = lookup(fold(raw))
        if found is None:
            raise CellError(_("Unknown %(what)s: “%(value)s”.") % {"what": what, "value": raw[:80]})
        return found

    parse.kind = "reference"
    return parse


def listing(item):
    """A list of values separated by “;”, each parsed by `item`."""

    def parse(value):
        parts = [part.strip() for part in _as_text(value).split(LIST_SEPARATOR)]
        return [item(part) for part in parts if part]

    parse.kind = "list"
    return parse


# ---- Columns and layouts ---------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of an import: its stable key (also accepted as its header), its label
    and description (translated in each language, so the header in Kyrgyz, Russian and
    English is the label in that language), how its cells are parsed, whether it must be
    filled, the values a template offers in a drop-down (`choices(language)`), an example
    and other keys that mean the same (an export's)."""

    key: str
    label: object
    description: object
    parse: Callable = field(default_factory=text)
    required: bool = False
    choices: Callable | None = None
    example: str = ""
    aliases: tuple = ()
    language: str = ""  # for a text column of one language: its code
    in_template: bool = True  # False: read when a file has it (an export's), not offered

    def header(self, language):
        with translation.override(language):
            label = str(self.label)
        return f"{label} ({self.language})" if self.language else label

    def headers(self):
        return {self.key, *self.aliases, *(self.header(code) for code in LANGUAGES)}


def translated_columns(key, label, description, parse=None, example=None):
    """One text column per language: `<key>_ky`, `<key>_ru`, `<key>_en`."""
    return tuple(
        Column(
            key=f"{key}_{code}",
            label=label,
            description=description,
            parse=parse or text(),
            example=(example or {}).get(code, ""),
            language=code,
        )
        for code in LANGUAGES
    )


@dataclass
class Record:
    """One data row: its number, its values by column key (only the columns the file
    has; None for an empty cell), and its issues."""

    row: int
    values: dict
    headers: dict  # column key -> the header in the file
    issues: list = field(default_factory=list)

    def has(self, key):
        return key in self.values

    def get(self, key, default=None):
        return self.values.get(key, default)

    def error(self, key, message):
        self.issues.append(ImportIssue(self.row, self.headers.get(key, key), str(message)))


def _header_key(value):
    return fold(_as_text(value)).rstrip("*").strip() if _filled(value) else ""


@dataclass(frozen=True)
class Layout:
    """What an import reads: its kind (the ImportLog's), its title, its columns, the
    columns it recognises and skips (an export's computed columns) and its key column."""

    kind: str
    title: object
    columns: tuple
    ignored: tuple = ()  # keys of columns recognised and skipped
    ignored_labels: tuple = ()  # their labels (translated in every language)

    def column(self, key):
        return next(column for column in self.columns if column.key == key)

    def _lookup(self):
        found = {}
        for column in self.columns:
            for header in column.headers():
                found[fold(header)] = column
        return found

    def _skipped(self):
        skipped = {fold(key) for key in self.ignored}
        for label in self.ignored_labels:
            for code in LANGUAGES:
                with translation.override(code):
                    skipped.add(fold(str(label)))
        return skipped

    def parse(self, table):
        """(records, issues): the rows of `table` parsed by column; raises ImportFailure
        when the header is wrong (an unknown, repeated or missing column) or there is no
        data."""
        rows = [(number, values) for number, values in table.rows if any(map(_filled, values))]
        if not rows:
            raise ImportFailure(_("The file has no header row and no data."))
        header_number, header = rows[0]
        lookup, skipped = self._lookup(), self._skipped()
        positions, issues, seen = {}, [], {}
        for index, value in enumerate(header):
            name = _header_key(value)
            if not name:
                continue
            column = lookup.get(name)
            shown = _as_text(value)
            if column is None:
                if name not in skipped:
                    issues.append(
                        ImportIssue(
                            header_number,
                            shown,
                            _(
                                "Unknown column “%(header)s”. Use the headers of the template "
                                "(in Kyrgyz, Russian or English) or the column keys."
                            )
                            % {"header": shown[:80]},
                        )
                    )
                continue
            if column.key in seen:
                issues.append(
                    ImportIssue(
                        header_number,
                        shown,
                        _("The column “%(header)s” appears twice.") % {"header": shown[:80]},
                    )
                )
                continue
            seen[column.key] = shown
            positions[index] = column
        for column in self.columns:
            if column.required and column.key not in seen:
                issues.append(
                    ImportIssue(
                        header_number,
                        "",
                        _("The column “%(header)s” (%(key)s) is missing.")
                        % {"header": column.header(translation.get_language()), "key": column.key},
                    )
                )
        if issues:
            raise ImportFailure(issues)
        data = rows[1:]
        # An export's second row holds the column keys: skip it.
        if data and all(
            fold(_as_text(value)) in {*(c.key for c in self.columns), *self.ignored}
            for value in data[0][1]
            if _filled(value)
        ):
            data = data[1:]
        if not data:
            raise ImportFailure(_("The file has a header but no rows of data."))
        records = []
        for number, values in data:
            record = Record(row=number, values={}, headers=seen)
            for index, column in positions.items():
                value = values[index] if index < len(values) else None
                if not _filled(value):
                    record.values[column.key] = None
                    continue
                try:
                    record.values[column.key] = column.parse(value)
                except CellError as error:
                    record.values[column.key] = None
                    record.error(column.key, error.args[0])
            for column in self.columns:
                empty = record.values.get(column.key) in (None, "", [])
                reported = any(i.column == seen.get(column.key) for i in record.issues)
                if column.required and empty and not reported:
                    record.error(column.key, _("This cell must be filled."))
            records.append(record)
        return records, list(table.issues)


# ---- Results ----------------------------------------------------------------------------


class Action:
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"

    LABELS = {
        NEW: gettext_lazy("new"),
        UPDATED: gettext_lazy("updated"),
        UNCHANGED: gettext_lazy("unchanged"),
        ERROR: gettext_lazy("error"),
    }


@dataclass
class RowResult:
    """What happened (or, on a dry run, would happen) to one row."""

    row: int
    key: str
    title: str
    action: str
    issues: list = field(default_factory=list)
    url: str = ""

    @property
    def action_label(self):
        return Action.LABELS[self.action]


@dataclass
class ImportResult:
    """An import's outcome: each row's action, every issue, and whether it was written
    (`committed`: not a dry run and no error)."""

    kind: str
    file_name: str
    dry_run: bool
    rows: list = field(default_factory=list)
    issues: list = field(default_factory=list)
    committed: bool = False
    seconds: float = 0.0

    def all_issues(self):
        found = list(self.issues)
        for row in self.rows:
            found += row.issues
        return sorted(found, key=lambda issue: (issue.row or 0, issue.column))

    @property
    def ok(self):
        return not self.all_issues()

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self):
        return {
            Action.NEW: self.count(Action.NEW),
            Action.UPDATED: self.count(Action.UPDATED),
            Action.UNCHANGED: self.count(Action.UNCHANGED),
            Action.ERROR: len(self.all_issues()),
        }


class _Rollback(Exception):
    pass


@contextmanager
def atomic_import(result, *, on_rollback=()):
    """Run the writes of an import in one transaction, rolled back when `result` has an
    issue or is a dry run; `on_rollback` (a list the writes may append callables to, such
    as deleting a stored file) runs after a rollback. Sets `result.committed`."""
    cleanups = on_rollback if isinstance(on_rollback, list) else list(on_rollback)
    try:
        with transaction.atomic():
            yield cleanups
            if result.dry_run or not result.ok:
                raise _Rollback
    except _Rollback:
        result.committed = False
    except BaseException:
        for cleanup in cleanups:
            cleanup()
        raise
    else:
        result.committed = True
        return
    for cleanup in cleanups:
        cleanup()


def progress_none(done, total):
    """A progress callback that shows nothing."""


# ---- Writing the rows -----------------------------------------------------------------


def external_ids_check(records):
    """A row with the `external_id` of an earlier row is an error of that cell: one file
    names each item once."""
    first = {}
    for record in records:
        external_id = record.get("external_id")
        if not external_id:
            continue
        if external_id in first:
            record.error(
                "external_id",
                _("The external ID “%(id)s” is also in row %(row)s.")
                % {"id": external_id, "row": first[external_id]},
            )
        else:
            first[external_id] = record.row


def plan_title(plan):
    """The title a row's result shows: the row's own in the first language that has
    one, else its page's on the site; "" when neither has one."""
    titles = (plan.texts.get(code, {}).get("title") for code in LANGUAGES)
    title = next((title for title in titles if title), "")
    if not title and plan.pages:
        title = translations_original(plan.pages).title
    return title


def page_edit_url(page):
    """The admin's edit view of `page`: where a new row's result links by default."""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def plans_write(
    *,
    result,
    records,
    plan,
    make_writer,
    progress=progress_none,
    check=None,
    title=plan_title,
    url=page_edit_url,
    after_index=None,
    index_always=False,
):
    """Plan every record, add a `RowResult` per plan to `result`, then — unless it is a
    dry run or has an issue — write every plan all or nothing; the shared body of the
    page importers (stories, register, news).

    `plan(record)` makes a row's plan, which has `record`, `key`, `new`, `changes` (the
    languages it changes), `texts` ({language: {field: value}}) and `pages` ({language:
    page} on the site); `check(plans)` (optional) adds the issues that need every plan.
    `make_writer(cleanups=...)` makes the `core.services.PageWriter` that writes them
    (`create(plan)` returns a new row's page, `update(plan)`); `title(plan)` is a row's
    title and `url(page)` a new row's link in the result. Progress: planning is the
    first `total` of `2 * total` steps (of `total` on a dry run), writing the second.

    The writes share one transaction (`atomic_import`), the page caches are purged once
    at its end, the renditions made once per image, the reviewers of the pages submitted
    to a workflow mailed once each after it (`core.mail.submissions_batched`), and the
    search and reference indexes are updated once per page after the commit,
    `after_index(pages)` (an app's own index) with them — unless the caller had switched
    the index updates off already: then it indexes what was written itself (the demo
    loader, at its end). `index_always`: index after the commit even then."""
    total = len(records)
    plans = []
    for number, record in enumerate(records, start=1):
        plans.append(plan(record))
        progress(number, total * (1 if result.dry_run else 2))
    if check is not None:
        check(plans)
    for row_plan in plans:
        record = row_plan.record
        if record.issues:
            action = Action.ERROR
        elif row_plan.new:
            action = Action.NEW
        else:
            action = Action.UPDATED if row_plan.changes else Action.UNCHANGED
        result.rows.append(
            RowResult(
                row=record.row,
                key=row_plan.key,
                title=strip_tags(title(row_plan)),
                action=action,
                issues=list(record.issues),
            )
        )
    if result.dry_run or not result.ok:
        return
    caller_indexes = not index_updates_enabled() and not index_always
    with (
        purges_batched(),
        index_auto_update(False),
        submissions_batched() as submissions,
        atomic_import(result) as cleanups,
        renditions_deferred(),
    ):
        writer = make_writer(cleanups=cleanups)
        for number, (row_plan, row) in enumerate(zip(plans, result.rows, strict=True), 1):
            if row_plan.new:
                row.url = url(writer.create(row_plan))
            elif row_plan.changes:
                writer.update(row_plan)
            progress(total + number, total * 2)
        writer.end()
    if result.committed:
        submissions.send()
    if result.committed and not caller_indexes:
        index_objects(writer.written)
        if after_index is not None:
            after_index(writer.written)


# ---- Writing: the error column, the templates, the docs ------------------------------


ERROR_FILL = PatternFill("solid", fgColor="FFE5E5")


def annotated_xlsx(table, result):
    """The imported spreadsheet again, as XLSX, with a first column of the errors of each
    row (and of the file, above the header): what a dry run hands back to the editor."""
    by_row = {}
    for issue in result.all_issues():
        by_row.setdefault(issue.row, []).append(issue)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Import")[:31])
    bold = Font(bold=True)
    for issue in by_row.pop(None, []):
        sheet.append([text_cell(sheet, str(issue), bold, ERROR_FILL)])
    errors = _("Errors")
    header = next((number for number, values in table.rows if any(map(_filled, values))), None)
    for number, values in table.rows:
        issues = by_row.get(number, [])
        note = "\n".join(
            f"{issue.column}: {issue.message}" if issue.column else issue.message
            for issue in issues
        )
        if number == header:
            first = text_cell(sheet, str(errors), bold)
        else:
            first = text_cell(sheet, note, None, ERROR_FILL if issues else None)
        sheet.append([first, *(text_cell(sheet, value) for value in values)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_xlsx(layout, language, *, choices_language=None):
    """The layout's template in `language`: the header row (required columns marked *),
    an example row, drop-down lists for the columns with choices (their values on the
    sheet "Lists"), and a sheet "Columns" that explains each column."""
    with translation.override(language):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = str(layout.title)[:31]
        lists = workbook.create_sheet(_("Lists")[:31])
        help_sheet = workbook.create_sheet(_("Columns")[:31])
        bold = Font(bold=True)
        help_sheet.append([_("Column"), _("Key"), _("Required"), _("What it holds")])
        for cell in help_sheet[1]:
            cell.font = bold
        list_column = 0
        offered = [column for column in layout.columns if column.in_template]
        for index, column in enumerate(offered, start=1):
            header = column.header(language) + (" *" if column.required else "")
            cell = sheet.cell(row=1, column=index, value=header)
            cell.font = bold
            cell.data_type = "s"
            sheet.column_dimensions[get_column_letter(index)].width = max(12, len(header) + 2)
            if column.example:
                example = sheet.cell(row=2, column=index, value=column.example)
                example.data_type = "s"
            help_sheet.append(
                [
                    header,
                    column.key,
                    _("yes") if column.required else _("no"),
                    str(column.description),
                ]
            )
            values = column.choices(choices_language or language) if column.choices else []
            if values:
                list_column += 1
                letter = get_column_letter(list_column)
                lists.cell(row=1, column=list_column, value=column.key).font = bold
                for offset, value in enumerate(values, start=2):
                    lists.cell(row=offset, column=list_column, value=str(value)).data_type = "s"
                validation = DataValidation(
                    type="list",
                    formula1=f"='{lists.title}'!${letter}$2:${letter}${len(values) + 1}",
                    allow_blank=True,
                    showErrorMessage=column.parse.kind != "list",
                )
                sheet.add_data_validation(validation)
                target = get_column_letter(index)
                validation.add(f"{target}2:{target}{MAX_ROWS + 1}")
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        workbook.save(buffer)
    return buffer.getvalue()


def layout_markdown(layout):
    """The layout as a Markdown table (key, headers in ky/ru/en, required, what it holds,
    in English): docs/import.md holds this for every importer, a test keeps it in sync."""
    lines = [
        "| Key | Kyrgyz | Russian | English | Required | What it holds |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    with translation.override("en"):
        for column in layout.columns:
            cells = [
                f"`{column.key}`",
                *(column.header(code) for code in LANGUAGES),
                "yes" if column.required else "",
                str(column.description),
            ]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


# ---- The log ---------------------------------------------------------------------------


def import_log_add(*, result, user):
    """Record who imported what, when, and with which outcome."""
    counts = result.counts
    return ImportLog.objects.create(
        user=user if getattr(user, "pk", None) else None,
        kind=result.kind,
        file_name=result.file_name[:255],
        dry_run=result.dry_run,
        committed=result.committed,
        rows=len(result.rows),
        new=counts[Action.NEW],
        updated=counts[Action.UPDATED],
        unchanged=counts[Action.UNCHANGED],
        errors=counts[Action.ERROR],
        seconds=round(result.seconds, 2),
    )


class TextProgress:
    """A progress bar on a terminal (`[#####.....] 120/234`), redrawn in place; nothing
    when the stream is not a terminal (a log file gets the final line only)."""

    width = 30

    def __init__(self, stream, label=""):
        self.stream = stream
        self.label = label
        self.tty = getattr(stream, "isatty", lambda: False)()
        self.last = None

    def __call__(self, done, total):
        if not self.tty or not total:
            return
        filled = self.width * done // total
        line = f"\r{self.label}[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total}"
        if line != self.last:
            self.stream.write(line)
            self.stream.flush()
            self.last = line

    def close(self):
        if self.tty and self.last:
            self.stream.write("\n")
            self.stream.flush()


def can_import(user):
    """Whether `user` may import (and, with it, publish what she imports): central
    editors and superusers (the permission core.import_content)."""
    return bool(
        user is not None
        and user.is_active
        and (user.is_superuser or user.has_perm("core.import_content"))
    )
