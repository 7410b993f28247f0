"""The import framework (core/imports.py): reading files within limits, matching headers,
parsing cells, the error spreadsheet, the templates, all-or-nothing and the log."""

import datetime
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook
from wagtail.models import Locale, Page

from core import imports as im
from core.models import ImportLog, Topic
from core.services import PageWriter, page_child_add

LAYOUT = im.Layout(
    kind="things",
    title=gettext_lazy("Things"),
    columns=(
        im.Column("code", gettext_lazy("Code"), "The key.", required=True),
        im.Column("amount", gettext_lazy("Amount"), "Money.", parse=im.money()),
        im.Column("people", gettext_lazy("People"), "A count.", parse=im.integer()),
        im.Column("day", gettext_lazy("Date"), "A date.", parse=im.date()),
        im.Column("done", gettext_lazy("Done"), "Yes or no.", parse=im.boolean()),
        *im.translated_columns("title", gettext_lazy("Title"), "The title."),
    ),
    ignored=("permalink",),
)


@pytest.fixture(autouse=True)
def english():
    """Messages in English here (the default language is Kyrgyz); a test of the editor's
    language overrides it."""
    with translation.override("en"):
        yield


def csv_file(*lines, bom=True):
    text = "\r\n".join(lines) + "\r\n"
    return (("\ufeff" if bom else "") + text).encode()


def xlsx_file(rows, *, merge=None, formula=None):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    if formula:
        sheet[formula] = "=1+1"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def parse(data, name="f.csv"):
    return LAYOUT.parse(im.read_table(data, name=name))


def failure(data, name="f.csv"):
    with pytest.raises(im.ImportFailure) as caught:
        parse(data, name)
    return " ".join(issue.message for issue in caught.value.issues)


# ---- Reading ---------------------------------------------------------------------------


@pytest.mark.parametrize("bom", (True, False))
def test_csv_utf8_with_or_without_bom(bom):
    records, issues = parse(csv_file("code,title_ky", "a1,Суу түтүгү", bom=bom))
    assert issues == []
    assert records[0].values == {"code": "a1", "title_ky": "Суу түтүгү"}
    assert records[0].row == 2


def test_csv_semicolons_and_tabs():
    for separator in (";", "\t"):
        records, _ = parse(csv_file(f"code{separator}amount", f"a1{separator}1 200"))
        assert records[0].values == {"code": "a1", "amount": 1200}


def test_csv_not_utf8():
    assert "UTF-8" in failure("code,title_ru\na,Вода\n".encode("cp1251"))


def test_xlsx_is_read_with_types():
    data = xlsx_file([["code", "amount", "day"], ["a1", 5000, datetime.datetime(2020, 5, 1)]])
    records, issues = parse(data, "f.xlsx")
    assert issues == []
    assert records[0].values == {"code": "a1", "amount": 5000, "day": datetime.date(2020, 5, 1)}


def test_formula_is_refused_with_its_place():
    data = xlsx_file([["code", "amount"], ["a1", 5]], formula="B2")
    records, issues = parse(data, "f.xlsx")
    assert [(i.row, i.column) for i in issues] == [(2, "B")]
    assert "formula" in issues[0].message
    assert records[0].values["amount"] is None


def test_merged_cells_are_refused():
    data = xlsx_file([["code", "title_ru"], ["a1", "x"], ["a2", None]], merge="B2:B3")
    _records, issues = parse(data, "f.xlsx")
    assert [(i.row, i.column) for i in issues] == [(2, "B")]
    assert "B2:B3" in issues[0].message


def test_not_a_spreadsheet():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
    assert "not a spreadsheet" in failure(png, "photo.png")
    assert "not a spreadsheet" in failure(b"PK\x03\x04 broken zip", "f.xlsx")


def test_password_protected_workbook():
    # An encrypted OOXML file is an OLE compound file holding an "EncryptedPackage".
    data = im.OLE_MAGIC + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    assert "password" in failure(data, "secret.xlsx")


def test_zip_bomb_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<x/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (50 * 1024 * 1024))
    assert "ZIP bomb" in failure(buffer.getvalue(), "bomb.xlsx")


def test_file_too_large(settings, monkeypatch):
    monkeypatch.setattr(im, "MAX_FILE_BYTES", 1000)
    assert "larger than" in failure(csv_file("code", "x" * 2000))


def test_ten_megabytes_in_one_cell(monkeypatch):
    assert "characters" in failure(csv_file("code,title_en", "a," + "x" * (10 * 1024 * 1024)))
    # openpyxl cuts what it writes at Excel's own limit: a lower limit shows the check.
    monkeypatch.setattr(im, "MAX_CELL_CHARS", 100)
    data = xlsx_file([["code", "title_en"], ["a", "x" * 101]])
    _records, issues = parse(data, "f.xlsx")
    assert [(i.row, i.column) for i in issues] == [(2, "B")]


def test_row_limit():
    lines = ["code"] + [f"a{n}" for n in range(im.MAX_ROWS)]
    records, _ = parse(csv_file(*lines))
    assert len(records) == im.MAX_ROWS
    message = failure(csv_file(*lines, "one-more"))
    assert "10 000" in message and "split" in message


def test_empty_rows_are_skipped_and_an_empty_file_is_refused():
    records, _ = parse(csv_file("code", "", "a1", ",", "a2", ""))
    assert [r.values["code"] for r in records] == ["a1", "a2"]
    assert [r.row for r in records] == [3, 5]
    assert "empty" in failure(b"\r\n \r\n")
    assert "no rows" in failure(csv_file("code,amount", ",", ""))


# ---- Headers ---------------------------------------------------------------------------


def test_headers_in_each_language_and_keys():
    with translation.override("ru"):
        ru = LAYOUT.column("code").header("ru")
    records, _ = parse(csv_file(f"{ru} *,Title (ky),AMOUNT", "a,b,3"))
    assert records[0].values == {"code": "a", "title_ky": "b", "amount": 3}


def test_unknown_missing_and_repeated_columns():
    message = failure(csv_file("Kod,title_xx", "a,b"))
    assert "Unknown column “Kod”" in message and "“title_xx”" in message
    assert "is missing" in failure(csv_file("amount", "3"))
    assert "twice" in failure(csv_file("code,code", "a,b"))


def test_header_in_another_language_is_refused():
    assert "Unknown column “Montant”" in failure(csv_file("code,Montant", "a,3"))


def test_export_key_row_and_ignored_columns():
    records, _ = parse(csv_file("Code,Permalink,Amount", "code,permalink,amount", "a,http://x,5"))
    assert records[0].values == {"code": "a", "amount": 5}


# ---- Cells -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    (
        ("05.03.2021", datetime.date(2021, 3, 5)),
        ("2021-03-05", datetime.date(2021, 3, 5)),
        (44260, datetime.date(2021, 3, 5)),
        (datetime.datetime(2021, 3, 5), datetime.date(2021, 3, 5)),
    ),
)
def test_dates_in_three_formats(raw, expected):
    assert im.date()(raw) == expected


@pytest.mark.parametrize("raw", ("31.02.2021", "2021-13-01", "March 2021", "5/3/21"))
def test_impossible_dates(raw):
    with pytest.raises(im.CellError):
        im.date()(raw)


def test_cell_errors_by_row_and_column():
    records, _ = parse(
        csv_file("code,amount,people,day,done", "a,-5,many,31.02.2020,maybe", ",,,,")
    )
    assert len(records) == 1
    messages = {issue.column: issue.message for issue in records[0].issues}
    assert messages["amount"] == "An amount of money cannot be negative."
    assert "whole number" in messages["people"]
    assert "not a date that exists" in messages["day"]
    assert "yes or no" in messages["done"]


def test_required_cell_empty():
    records, _ = parse(csv_file("code,amount", ",5"))
    assert records[0].issues[0].message == "This cell must be filled."


def test_messages_in_the_editors_language():
    with translation.override("ru"):
        records, _ = parse(csv_file("code,amount", "a,-5"))
        assert records[0].issues[0].message == "Сумма денег не может быть отрицательной."
        assert str(records[0].issues[0]) == (
            "строка 2, столбец «amount»: Сумма денег не может быть отрицательной."
        )
    with translation.override("ky"):
        records, _ = parse(csv_file("code,amount", "a,-5"))
        assert records[0].issues[0].message == "Акча суммасы терс болушу мүмкүн эмес."


def test_apostrophe_of_an_export_is_dropped():
    assert im.text()("'=SUM(A1)") == "=SUM(A1)"
    assert im.text()("'plain") == "'plain"


def test_reference_and_list(reference):
    topics = {im.fold(t.name): t.slug for t in Topic.objects.all()}
    parse_list = im.listing(im.reference(topics.get, "topic"))
    assert parse_list("Drinking water; ПИТЬЕВАЯ ВОДА") == ["drinking-water", "drinking-water"]
    with pytest.raises(im.CellError, match="Unknown topic"):
        parse_list("Drinking water; Space travel")


@pytest.mark.parametrize(
    ("raw", "expected"),
    (("12.5", "12.50"), ("1 250,75", "1250.75"), (80, "80.00"), (12.25, "12.25"), ("0", "0.00")),
)
def test_decimal_amounts(raw, expected):
    assert str(im.decimal()(raw)) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    (
        ("-5", "cannot be negative"),
        ("12.345", "digits after the decimal point"),
        ("cheap", "Expected a number"),
        ("NaN", "Expected a number"),
        (True, "Expected a number"),
    ),
)
def test_decimal_refuses(raw, message):
    with pytest.raises(im.CellError, match=message):
        im.decimal()(raw)


def test_choice_by_key_or_label_in_any_language():
    from django.db import models

    class Colour(models.TextChoices):
        RED = "red", gettext_lazy("Yes")  # a label the catalogues translate

    parse = im.choice(Colour, "colour")
    assert parse("red") == parse(" RED ") == parse("Yes") == "red"
    with translation.override("ru"):
        russian = str(gettext_lazy("Yes"))
    assert parse(russian) == "red"
    with pytest.raises(im.CellError, match="Unknown colour"):
        parse("blue")
    assert im.choice_labels(Colour)("ru") == [russian]


def test_choice_reads_its_labels_once_not_once_a_cell(monkeypatch):
    """The labels in every language are read once per `choices` class, not again for
    each cell (three language switches a label a cell: 140 to 170 µs a cell of a
    service's status)."""
    from django.db import models

    class Fee(models.TextChoices):
        FREE = "free", gettext_lazy("Yes")
        PAID = "paid", gettext_lazy("No")

    switches = []
    override = translation.override.__enter__

    def counted(self):
        switches.append(self.language)
        return override(self)

    monkeypatch.setattr(translation.override, "__enter__", counted)
    im.choice(Fee, "fee")("free")
    first = len(switches)
    assert first == 2 * 3  # each label in each language
    values = ("paid", " FREE ", "No") * 10
    for parse in (im.choice(Fee, "fee"), im.choice(Fee, "")):  # another column, the same class
        assert [parse(value) for value in values] == ["paid", "free", "paid"] * 10
    assert len(switches) == first


# ---- Writing ---------------------------------------------------------------------------


def test_annotated_spreadsheet_has_an_error_column():
    table = im.read_table(csv_file("code,amount", "a,-5", "b,3"), name="f.csv")
    records, issues = LAYOUT.parse(table)
    result = im.ImportResult(kind="things", file_name="f.csv", dry_run=True)
    result.rows = [
        im.RowResult(r.row, r.values["code"], "", im.Action.ERROR, r.issues) for r in records
    ]
    sheet = load_workbook(io.BytesIO(im.annotated_xlsx(table, result))).active
    rows = list(sheet.values)
    assert rows[0] == ("Errors", "code", "amount")
    assert rows[1][0] == "amount: An amount of money cannot be negative."
    assert rows[2] == (None, "b", "3")


def test_template_has_headers_and_drop_downs():
    layout = im.Layout(
        kind="x",
        title=gettext_lazy("Things"),
        columns=(
            im.Column("code", gettext_lazy("Code"), "", required=True, example="a1"),
            im.Column(
                "done", gettext_lazy("Done"), "", parse=im.boolean(), choices=im.yes_no_values
            ),
        ),
    )
    workbook = load_workbook(io.BytesIO(im.template_xlsx(layout, "ru")))
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == [
        layout.column("code").header("ru") + " *",
        layout.column("done").header("ru"),
    ]
    assert sheet[1][0].value.startswith("Код")
    assert sheet["A2"].value == "a1"
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1 and "B2:B10001" in str(validations[0].sqref)
    assert [c.value for c in workbook.worksheets[1]["A"]][1:] == im.yes_no_values("ru")
    # The template reads back as the layout's header.
    parsed, _ = layout.parse(im.read_table(im.template_xlsx(layout, "ky"), name="t.xlsx"))
    assert parsed[0].values == {"code": "a1", "done": None}


def test_a_column_left_out_of_the_template_is_still_read():
    layout = im.Layout(
        kind="x",
        title=gettext_lazy("Things"),
        columns=(
            im.Column("code", gettext_lazy("Code"), "", example="a1"),
            im.Column("url", gettext_lazy("Page"), "", in_template=False),
        ),
    )
    sheet = load_workbook(io.BytesIO(im.template_xlsx(layout, "en"))).worksheets[0]
    assert [c.value for c in sheet[1]] == ["Code"]
    records, _ = layout.parse(im.read_table(csv_file("code,Page", "a,b"), name="f.csv"))
    assert records[0].values == {"code": "a", "url": "b"}


def test_layout_markdown():
    table = im.layout_markdown(LAYOUT)
    headers = " | ".join(LAYOUT.column("code").header(code) for code in ("ky", "ru", "en"))
    assert f"| `code` | {headers} | yes | The key. |" in table
    assert "| `title_ru` | Аталышы (ru) | Название (ru) | Title (ru) |  | The title. |" in table


# ---- All or nothing, the log ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("dry_run", "error", "kept"), ((True, False, 0), (False, True, 0), (False, False, 1))
)
def test_atomic_import(dry_run, error, kept):
    result = im.ImportResult(kind="x", file_name="f", dry_run=dry_run)
    cleaned = []
    with im.atomic_import(result) as cleanups:
        ImportLog.objects.create(kind="probe", file_name="f")
        cleanups.append(lambda: cleaned.append(True))
        if error:
            result.issues.append(im.ImportIssue(2, "code", "bad"))
    assert ImportLog.objects.filter(kind="probe").count() == kept
    assert result.committed is bool(kept)
    assert cleaned == ([] if kept else [True])


@pytest.mark.django_db
def test_atomic_import_rolls_back_on_an_exception():
    result = im.ImportResult(kind="x", file_name="f", dry_run=False)
    with pytest.raises(RuntimeError), im.atomic_import(result):
        ImportLog.objects.create(kind="probe", file_name="f")
        raise RuntimeError
    assert not ImportLog.objects.filter(kind="probe").exists()


@pytest.mark.django_db
def test_import_log(django_user_model):
    user = django_user_model.objects.create_user("ed", password="pw")
    result = im.ImportResult(kind="stories", file_name="s.xlsx", dry_run=False, committed=True)
    result.rows = [
        im.RowResult(2, "a", "A", im.Action.NEW),
        im.RowResult(3, "b", "B", im.Action.UNCHANGED),
    ]
    log = im.import_log_add(result=result, user=user)
    assert (log.user, log.kind, log.rows, log.new, log.unchanged, log.errors) == (
        user,
        "stories",
        2,
        1,
        1,
        0,
    )


@pytest.mark.django_db
def test_import_log_admin_is_read_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    log = ImportLog.objects.create(kind="stories", file_name="s.xlsx")
    assert client.get("/admin/import_log/").status_code == 200
    assert client.get(f"/admin/import_log/inspect/{log.pk}/").status_code == 200
    assert client.get("/admin/import_log/new/").status_code in (302, 403)
    assert client.get(f"/admin/import_log/edit/{log.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/import_log/delete/{log.pk}/").status_code in (302, 403)
    assert ImportLog.objects.filter(pk=log.pk).exists()


def test_docs_hold_the_layout_of_every_importer():
    """docs/import.md holds each importer's table as `layout_markdown` makes it."""
    from stories.services import STORY_LAYOUT

    docs = (Path(__file__).parents[2] / "docs" / "import.md").read_text()
    assert im.layout_markdown(STORY_LAYOUT) in docs


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
def test_headers_of_the_stories_layout_are_unique(language):
    """Two columns with the same header in a language could not be told apart."""
    from stories.services import STORY_LAYOUT

    headers = [im.fold(column.header(language)) for column in STORY_LAYOUT.columns]
    assert len(headers) == len(set(headers))
    with translation.override(language):
        skipped = {im.fold(str(label)) for label in STORY_LAYOUT.ignored_labels}
    assert not skipped & set(headers)


def test_paragraphs_of_a_text_cell():
    assert im.paragraphs("One\nline two\n\nNext <b>") == (
        "<p>One<br/>line two</p><p>Next &lt;b&gt;</p>"
    )
    assert im.paragraphs("<p>Not HTML</p>") == "<p>&lt;p&gt;Not HTML&lt;/p&gt;</p>"
    assert im.paragraphs("  ") == ""


# ---- plans_write: the importers' shared write ----------------------------------------


@dataclass
class TitlePlan:
    """A row of a file of page titles (`code`, `title_ky`), planned against `existing`."""

    record: im.Record
    key: str
    texts: dict
    new: bool = True
    changes: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)


def title_planner(existing=None):
    existing = existing or {}

    def plan(record):
        key, title = record.get("code"), record.get("title_ky")
        row = TitlePlan(record=record, key=key, texts={"ky": {"title": title}})
        page = existing.get(key)
        if page is None:
            if not title:
                record.error("title_ky", "A title is needed.")
            row.changes = {"ky": ["new"]}
        else:
            row.new, row.pages = False, {"ky": page}
            if title and title != page.title:
                row.changes = {"ky": ["title"]}
        return row

    return plan


class TitleWriter(PageWriter):
    """Writes plain pages under `parent`: the smallest real writer."""

    def __init__(self, *, parent, **kwargs):
        super().__init__(**kwargs)
        self.parent = parent

    def apply(self, page, plan, language):
        page.title = plan.texts[language]["title"]

    def create(self, plan):
        page = Page(slug=plan.key, locale=self.locales["ky"])
        self.apply(page, plan, "ky")
        page_child_add(self.parent, self.live_now(page))
        self.finish(page, created=True)
        return page


def title_records(*rows):
    return [
        im.Record(row=number, values={"code": code, "title_ky": title}, headers={})
        for number, (code, title) in enumerate(rows, start=2)
    ]


def titles_write(site_tree, records, *, dry_run=False, existing=None, **hooks):
    """Run `plans_write` over `records`; returns (result, progress calls, writers made)."""
    result = im.ImportResult(kind="titles", file_name="titles.csv", dry_run=dry_run)
    steps, writers = [], []

    def make_writer(*, cleanups):
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        writer = TitleWriter(
            parent=site_tree.home, user=None, publish=False, locales=locales, cleanups=cleanups
        )
        writers.append(writer)
        return writer

    im.plans_write(
        result=result,
        records=records,
        plan=title_planner(existing),
        make_writer=make_writer,
        progress=lambda done, total: steps.append((done, total)),
        **hooks,
    )
    return result, steps, writers


def _titled(*titles):
    return Page.objects.filter(title__in=titles)


@pytest.mark.django_db
def test_plans_write_writes_every_row_and_links_the_new_ones(site_tree):
    result, steps, _writers = titles_write(
        site_tree, title_records(("pipe", "Суу түтүгү"), ("road", "Жол"))
    )
    assert result.committed
    assert [(row.action, row.title) for row in result.rows] == [
        (im.Action.NEW, "Суу түтүгү"),
        (im.Action.NEW, "Жол"),
    ]
    pages = {page.title: page for page in _titled("Суу түтүгү", "Жол")}
    assert [row.url for row in result.rows] == [
        f"/admin/pages/{pages['Суу түтүгү'].pk}/edit/",
        f"/admin/pages/{pages['Жол'].pk}/edit/",
    ]
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]


@pytest.mark.django_db
def test_plans_write_on_a_dry_run_plans_every_row_and_writes_nothing(site_tree):
    result, steps, writers = titles_write(
        site_tree, title_records(("pipe", "Суу түтүгү"), ("road", "Жол")), dry_run=True
    )
    assert [row.action for row in result.rows] == [im.Action.NEW, im.Action.NEW]
    assert not result.committed
    assert not writers
    assert not _titled("Суу түтүгү", "Жол").exists()
    assert steps == [(1, 2), (2, 2)]


@pytest.mark.django_db
def test_plans_write_writes_no_row_when_one_has_an_error(site_tree):
    result, steps, writers = titles_write(
        site_tree, title_records(("pipe", "Суу түтүгү"), ("road", ""))
    )
    assert [row.action for row in result.rows] == [im.Action.NEW, im.Action.ERROR]
    assert [issue.message for issue in result.rows[1].issues] == ["A title is needed."]
    assert not result.committed
    assert not writers
    assert not _titled("Суу түтүгү").exists()
    assert steps == [(1, 4), (2, 4)]


@pytest.mark.django_db
def test_plans_write_blocks_every_write_on_an_issue_of_the_check(site_tree):
    def check(plans):
        plans[-1].record.error("code", "The same code twice.")

    records = title_records(("pipe", "Суу түтүгү"), ("pipe", "Жол"))
    result, _steps, writers = titles_write(site_tree, records, check=check)
    assert [row.action for row in result.rows] == [im.Action.NEW, im.Action.ERROR]
    assert not writers
    assert not _titled("Суу түтүгү", "Жол").exists()


@pytest.mark.django_db
def test_plans_write_updates_a_changed_row_as_a_draft_and_leaves_an_unchanged_one(site_tree):
    first, _steps, _writers = titles_write(
        site_tree, title_records(("pipe", "Суу түтүгү"), ("road", "Жол"))
    )
    existing = {page.slug: page for page in _titled("Суу түтүгү", "Жол")}
    result, _steps, writers = titles_write(
        site_tree, title_records(("pipe", "Суу түтүгү 2"), ("road", "")), existing=existing
    )
    assert [(row.action, row.title) for row in result.rows] == [
        (im.Action.UPDATED, "Суу түтүгү 2"),
        (im.Action.UNCHANGED, "Жол"),  # no title in the row: the page's
    ]
    assert [page.pk for page in writers[0].written] == [existing["pipe"].pk]
    pipe = Page.objects.get(pk=existing["pipe"].pk)
    assert pipe.title == "Суу түтүгү"  # a draft: the page is as it was
    assert pipe.get_latest_revision_as_object().title == "Суу түтүгү 2"
    assert first.committed and result.committed


@pytest.mark.django_db
def test_plans_write_leaves_the_indexes_to_a_caller_that_switched_them_off(site_tree):
    """The suite runs with index updates off, as the demo loader does: the import indexes
    nothing, and its `after_index` does not run, unless it indexes always."""
    indexed = []
    titles_write(site_tree, title_records(("pipe", "Суу түтүгү")), after_index=indexed.append)
    assert indexed == []
    titles_write(
        site_tree,
        title_records(("road", "Жол")),
        after_index=indexed.append,
        index_always=True,
    )
    assert [[page.title for page in pages] for pages in indexed] == [["Жол"]]


@pytest.mark.django_db
def test_plans_write_indexes_what_it_wrote_after_the_commit(site_tree, search_index):
    indexed = []
    result, _steps, _writers = titles_write(
        site_tree, title_records(("pipe", "Суу түтүгү")), after_index=indexed.append
    )
    assert result.committed
    assert [[page.title for page in pages] for pages in indexed] == [["Суу түтүгү"]]
