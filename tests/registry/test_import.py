"""The register importer (registry.services.register_import) and `manage.py
import_register`: a good file, re-import without duplicates or new revisions, the workflow,
who may import, the register-specific bad input (nothing written, a clear message) and the
round trip with the register's export."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import Workbook, load_workbook
from wagtail.models import PageLogEntry, Revision

from core.imports import Action, ImportFailure, template_xlsx
from core.models import ImportLog
from municipalities.services import CENTRAL_EDITORS, municipal_groups_sync
from registry.models import ServicePage, ServiceRegisterPage
from registry.services import (
    REGISTER_LAYOUT,
    municipality_find,
    register_import,
    register_import_allowed,
)
from tests import factories as f
from tests.registry.conftest import registers_once

pytestmark = pytest.mark.django_db


registers = registers_once()


@pytest.fixture(autouse=True)
def messages_in_english():
    """The messages are made in the language active during the import: English here."""
    with translation.override("en"):
        yield


def row(**values):
    base = {
        "local_code": "7",
        "base_service_code": "2.1",
        "title_ky": "Таза суу",
        "title_ru": "Чистая вода",
        "title_en": "Clean water",
        "summary_ky": "Үйлөргө суу берүү.",
        "summary_ru": "Подача воды в дома.",
        "summary_en": "Water to the houses.",
        "provider_kind": "municipal_enterprise",
        "is_free": "no",
        "fee_kgs": "95.50",
        "fee_unit_ky": "айына",
        "fee_unit_ru": "в месяц",
        "fee_unit_en": "per month",
        "initiated_by": "vulnerable_group",
        "initiating_groups": "Women",
        "status": "approved",
        "decision_number": "12/3",
        "decision_date": "05.03.2021",
        "planning_hearings": 2,
    }
    base.update(values)
    return base


def xlsx(*rows, header=None):
    header = header or list(dict.fromkeys(key for values in rows for key in values))
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append([values.get(key) for key in header])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def run(data, municipality, **kwargs):
    kwargs.setdefault("name", "register.xlsx")
    result, _table = register_import(source=data, municipality=municipality, **kwargs)
    return result


def messages(result):
    return [issue.message for issue in result.all_issues()]


def imported():
    return ServicePage.objects.filter(local_code="7")


def counts():
    return ServicePage.objects.count(), Revision.objects.count()


# ---- A good file ---------------------------------------------------------------------


def test_good_file_adds_a_service_in_three_languages(registers, municipality):
    result = run(xlsx(row()), municipality)
    assert result.ok, result.all_issues()
    assert result.committed and result.counts[Action.NEW] == 1
    pages = {p.locale.language_code: p for p in imported().select_related("locale", "base_service")}
    assert set(pages) == {"ky", "ru", "en"}
    assert len({p.translation_key for p in pages.values()}) == 1
    assert pages["ru"].title == "Чистая вода" and pages["en"].fee_unit == "per month"
    assert pages["ky"].get_parent().pk == registers.bosteri.pk
    assert pages["ru"].get_parent().get_parent().locale.language_code == "ru"
    assert {p.base_service.locale.language_code for p in pages.values()} == {"ky", "ru", "en"}
    assert pages["en"].base_service.code == "2.1"
    assert pages["ky"].fee_kgs == Decimal("95.50") and pages["ky"].is_free is False
    assert pages["ky"].decision_date == datetime.date(2021, 3, 5)
    assert [g.slug for g in pages["en"].initiating_groups.all()] == ["women"]
    assert pages["en"].initiating_groups.get().locale.language_code == "en"
    assert all(not p.live for p in pages.values())
    assert all(
        Revision.page_revisions.filter(object_id=str(p.pk)).count() == 1 for p in pages.values()
    )
    # Each page's creation is logged once, with its revision.
    for page in pages.values():
        entries = PageLogEntry.objects.filter(page=page, action="wagtail.create")
        assert list(entries.values_list("revision_id", flat=True)) == [page.latest_revision_id]


def test_a_new_service_takes_its_address_and_publishes_live(registers, municipality):
    result = run(xlsx(row(slug="clean-water")), municipality, publish=True)
    assert result.ok, result.all_issues()
    pages = list(imported())
    assert {page.slug for page in pages} == {"clean-water"}
    # Published at once: saved live, each with its revision as its live revision.
    assert all(page.live and page.live_revision_id for page in pages)
    assert all(page.first_published_at for page in pages)
    # The address of an existing service is not changed by an import.
    again = run(xlsx(row(slug="other-address")), municipality, publish=True)
    assert again.counts[Action.UNCHANGED] == 1
    assert set(imported().values_list("slug", flat=True)) == {"clean-water"}


def test_an_address_with_other_characters_is_refused(registers, municipality):
    result = run(xlsx(row(slug="Чистая вода")), municipality)
    assert not result.ok and not imported().exists()
    assert any("Latin letters" in message for message in messages(result))


def test_a_language_without_a_name_takes_the_base_services(registers, municipality):
    assert run(
        xlsx(row(title_ru=None, recipients_ru="Все жители", fee_unit_ru=None)), municipality
    ).ok
    ru = imported().get(locale__language_code="ru")
    assert ru.title == "Обеспечение питьевой водой"
    assert (ru.summary, ru.recipients, ru.base_service.name) == (
        "Подача воды в дома.",
        "Все жители",
        "Обеспечение питьевой водой",
    )
    assert imported().get(locale__language_code="en").recipients == ""


def test_reimport_changes_nothing_and_an_edit_updates_one_language(registers, municipality):
    assert run(xlsx(row()), municipality).ok
    before = counts()
    again = run(xlsx(row()), municipality)
    assert again.counts[Action.UNCHANGED] == 1 and counts() == before
    edited = run(xlsx(row(title_en="Clean drinking water")), municipality)
    assert edited.counts[Action.UPDATED] == 1
    assert counts() == (before[0], before[1] + 1)
    en = imported().get(locale__language_code="en")
    assert en.get_latest_revision_as_object().title == "Clean drinking water"


def test_a_row_finds_its_service_by_base_service_or_number(registers, municipality):
    """Tamchy's register holds one water service: a row of base service 2.1 without a
    number updates it instead of adding a second one."""
    service = registers.services.tamchy_water
    data = xlsx({"base_service_code": "2.1", "fee_kgs": "85", "time_limit_ky": "3 күн"})
    before = ServicePage.objects.count()
    result = run(data, registers.tamchy)
    assert result.ok, result.all_issues()
    assert result.counts[Action.UPDATED] == 1 and ServicePage.objects.count() == before
    service.refresh_from_db()
    assert service.get_latest_revision_as_object().fee_kgs == Decimal("85.00")
    by_number = run(
        xlsx({"id": service.pk, "base_service_code": "2.1", "fee_kgs": "85"}), registers.tamchy
    )
    assert by_number.counts[Action.UNCHANGED] == 1


def test_a_service_of_another_register_cannot_be_named(registers, municipality):
    """A service number of Tamchy's register names nothing in Bosteri's: an editor cannot
    reach another municipality's services through an import."""
    tamchy = registers.services.tamchy_water
    result = run(xlsx({"id": tamchy.pk, "base_service_code": "2.1", "fee_kgs": "1"}), municipality)
    assert messages(result) == [f"There is no service number {tamchy.pk} in this register."]
    tamchy.refresh_from_db()
    assert tamchy.fee_kgs == Decimal("80.00") and not tamchy.has_unpublished_changes


def test_a_base_service_the_register_has_twice_needs_a_number(registers, municipality):
    result = run(xlsx({"base_service_code": "2.2", "summary_ky": "Таштанды"}), municipality)
    assert not result.committed
    assert any("give the number in the register" in m for m in messages(result))


def test_headers_in_kyrgyz_and_russian_and_csv(registers, municipality):
    keys = ["local_code", "base_service_code", "summary_ky", "fee_kgs", "is_free", "status"]
    for language in ("ky", "ru"):
        headers = [REGISTER_LAYOUT.column(key).header(language) for key in keys]
        values = ["7", "2.1", "Суу", "1 200,50", "жок" if language == "ky" else "нет"]
        with translation.override(language):
            values.append(str(ServicePage._meta.get_field("status").choices[0][1]))
        data = "\n".join([",".join(headers), ",".join(f'"{v}"' for v in values)]).encode()
        result = run(data, municipality, name="r.csv", dry_run=True)
        assert result.ok, result.all_issues()
        assert result.counts[Action.NEW] == 1
    assert not imported().exists()


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
def test_the_template_of_each_language_imports(registers, municipality, language):
    result = run(template_xlsx(REGISTER_LAYOUT, language), municipality, dry_run=True)
    assert result.ok, result.all_issues()
    assert result.counts[Action.NEW] == 1


def test_dry_run_writes_nothing_and_is_logged(registers, municipality, django_user_model):
    before = counts()
    result = run(xlsx(row()), municipality, dry_run=True)
    assert result.ok and not result.committed and counts() == before
    assert result.counts[Action.NEW] == 1


# ---- The workflow and who may import -------------------------------------------------


@pytest.fixture
def people(registers, municipality):
    municipal_groups_sync()
    return {
        "editor": f.group_member("Бостери editors", "editor"),
        "other": f.group_member("Тамчы editors", "other"),
        "central": f.group_member(CENTRAL_EDITORS, "central"),
    }


def test_who_may_import_into_a_register(people, registers, municipality):
    from django.contrib.auth.models import AnonymousUser

    assert register_import_allowed(user=people["editor"], municipality=municipality)
    assert not register_import_allowed(user=people["editor"], municipality=registers.tamchy)
    assert not register_import_allowed(user=people["other"], municipality=municipality)
    assert not register_import_allowed(user=AnonymousUser(), municipality=municipality)
    assert not register_import_allowed(user=None, municipality=municipality)
    assert register_import_allowed(user=people["central"], municipality=registers.tamchy)


def test_municipal_editors_import_waits_in_the_workflow(people, registers, municipality):
    result = run(xlsx(row()), municipality, user=people["editor"])
    assert result.committed
    for page in imported():
        assert not page.live
        assert page.workflow_in_progress
        assert page.current_workflow_state.requested_by == people["editor"]


def test_central_editor_publishes(people, registers, municipality):
    assert run(xlsx(row()), municipality, user=people["central"], publish=True).committed
    assert all(page.live for page in imported())


def test_command_refuses_another_municipality_and_publishing_for_an_editor(
    people, registers, municipality, tmp_path
):
    path = tmp_path / "register.xlsx"
    path.write_bytes(xlsx(row()))
    with pytest.raises(CommandError, match="may not edit the register of Тамчы"):
        call_command("import_register", str(path), "--municipality", "tamchy", "--user", "editor")
    with pytest.raises(CommandError, match="central editor"):
        call_command(
            "import_register",
            str(path),
            "--municipality",
            "bosteri",
            "--user",
            "editor",
            "--publish",
        )
    with pytest.raises(CommandError, match="No municipality"):
        call_command("import_register", str(path), "--municipality", "atlantis")
    assert not imported().exists()
    out = io.StringIO()
    call_command(
        "import_register",
        str(path),
        "--municipality",
        "Бостеринский айылный аймак",
        "--user",
        "editor",
        stdout=out,
    )
    assert "Imported: 1 new, 0 updated, 0 unchanged, 0 errors" in out.getvalue()
    log = ImportLog.objects.get(kind="register", committed=True)
    assert (log.user.username, log.file_name, log.new) == ("editor", "register.xlsx", 1)


def test_municipality_by_slug_code_or_any_name(registers, municipality):
    for name in ("bosteri", "Bosteri", "БОСТЕРИ", "Bosteri aiyl aimak"):
        assert municipality_find(name).pk == municipality.pk
    assert municipality_find("nowhere") is None


def test_a_municipality_without_a_register_gets_one(registers, site_tree, locales):
    kurmanbek = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, title="Курманбек", slug="kurmanbek"
    )
    f.translate(kurmanbek, "ru", title="Курманбек")
    result = run(xlsx(row(title_en=None, summary_en=None, fee_unit_en=None)), kurmanbek)
    assert result.ok, result.all_issues()
    ky_register = ServiceRegisterPage.objects.child_of(kurmanbek).get()
    translations = ServiceRegisterPage.objects.filter(translation_key=ky_register.translation_key)
    titles = {page.locale.language_code: page.title for page in translations}
    assert titles == {
        "ky": "Муниципалдык кызмат көрсөтүүлөрдүн реестри",
        "ru": "Реестр муниципальных услуг",
    }
    assert all(page.slug == "services" and not page.live for page in translations)
    assert {p.locale.language_code for p in imported()} == {"ky", "ru"}


# ---- Bad input: nothing written, a clear message -----------------------------------


def refused(data, municipality, *, name="register.xlsx"):
    before = counts()
    with pytest.raises(ImportFailure) as caught:
        run(data, municipality, name=name)
    assert counts() == before
    return " ".join(issue.message for issue in caught.value.issues)


def failed(data, municipality):
    before = counts()
    result = run(data, municipality)
    assert not result.ok and not result.committed
    assert counts() == before
    return result


def test_wrong_missing_and_foreign_columns(registers, municipality):
    assert "Unknown column “Colour”" in refused(xlsx(row(Colour="red")), municipality)
    missing = dict(row())
    missing.pop("base_service_code")
    assert "is missing" in refused(xlsx(missing), municipality)
    assert "Unknown column “Dienstleistung”" in refused(
        xlsx({"base_service_code": "2.1", "Dienstleistung": "Wasser"}), municipality
    )


def test_not_a_spreadsheet_and_empty_rows(registers, municipality):
    assert "not a spreadsheet" in refused(b"\x89PNG\r\n\x1a\n\x00\x00", municipality)
    data = xlsx(row(), {}, row(local_code="8", base_service_code="2.2"))
    result = run(data, municipality, dry_run=True)
    assert result.ok and [r.row for r in result.rows] == [2, 4]


def test_merged_cells_and_formulas(registers, municipality):
    workbook = Workbook()
    sheet = workbook.active
    header = list(row())
    sheet.append(header)
    sheet.append([row()[key] for key in header])
    sheet.append([row(local_code="8")[key] for key in header])
    sheet.merge_cells("A2:A3")
    sheet["K2"] = "=50+45.5"
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = failed(buffer.getvalue(), municipality)
    text = " ".join(messages(result))
    assert "Merged cells (A2:A3)" in text and "A formula (=50+45.5)" in text


@pytest.mark.parametrize("raw", ("05.03.2021", "2021-03-05", datetime.date(2021, 3, 5)))
def test_dates_in_three_formats(registers, municipality, raw):
    result = run(xlsx(row(decision_date=raw)), municipality, dry_run=True)
    assert result.ok, result.all_issues()


def test_impossible_date_text_in_a_number_and_a_negative_fee(registers, municipality):
    result = failed(
        xlsx(
            row(decision_date="31.02.2021"),
            row(local_code="8", planning_hearings="two"),
            row(local_code="9", fee_kgs="-20"),
        ),
        municipality,
    )
    by_row = {(i.row, i.column): i.message for i in result.all_issues()}
    assert "not a date that exists" in by_row[(2, "decision_date")]
    assert "whole number" in by_row[(3, "planning_hearings")]
    assert by_row[(4, "fee_kgs")] == "An amount of money cannot be negative."


def test_unknown_municipality_base_service_category_and_group(registers, municipality):
    result = failed(
        xlsx(
            row(municipality="Tamchy"),
            row(local_code="8", base_service_code="9.9"),
            row(local_code="9", category="Space travel"),
            row(local_code="10", category="Utilities", base_service="Solid waste collection"),
            row(local_code="11", initiating_groups="Astronauts"),
            row(local_code="12", status="decided"),
        ),
        municipality,
    )
    by_row = {(i.row, i.column): i.message for i in result.all_issues()}
    assert by_row[(2, "municipality")] == "This register is Бостери's, not “Tamchy”'s."
    assert by_row[(3, "base_service_code")] == "Unknown base service: “9.9”."
    assert by_row[(4, "category")] == "Unknown category: “Space travel”."
    assert "not that of the code 2.1" in by_row[(5, "base_service")]
    assert by_row[(6, "initiating_groups")] == "Unknown vulnerable group: “Astronauts”."
    assert by_row[(7, "status")] == "Unknown status: “decided”."
    assert result.counts[Action.NEW] == 0


def test_a_category_that_is_not_the_base_services(registers, municipality):
    from tests import factories as ff

    other = ff.BaseServiceCategoryFactory(code="5", name="Маданият")
    result = failed(xlsx(row(category=other.name)), municipality)
    assert "belongs to another category" in messages(result)[0]


def test_duplicate_service_in_one_file(registers, municipality):
    result = failed(xlsx(row(), row(title_en="Again")), municipality)
    issue = result.all_issues()[0]
    assert (issue.row, issue.message) == (3, "The same service is also in row 2.")
    result = failed(
        xlsx(
            {"base_service_code": "2.1", "fee_kgs": "80"},
            {"base_service_code": "2.1", "fee_kgs": "90"},
        ),
        registers.tamchy,
    )
    assert "also in row 2" in messages(result)[0]


def test_the_services_own_rules(registers, municipality):
    result = failed(
        xlsx(
            row(decision_date=None),
            row(local_code="8", fee_kgs=None),
            row(local_code="9", is_free="yes"),
            row(local_code="10", status="rejected"),
            row(local_code="11", is_outsourced="yes", provider_kind="aiyl_okmotu"),
        ),
        municipality,
    )
    by_row = {i.row: i.message for i in result.all_issues()}
    assert by_row[2] == "An approved service needs the date of the decision."
    assert by_row[3] == "A paid service needs its fee."
    assert by_row[4] == "A free service has no fee."
    assert by_row[5] == "Say why the service was rejected."
    assert by_row[6].startswith("An outsourced service is provided by")


def test_messages_in_the_editors_language(registers, municipality, settings):
    with translation.override("ru"):
        result = failed(xlsx(row(fee_kgs="-20")), municipality)
        expected = str(translation.gettext("An amount of money cannot be negative."))
    assert messages(result) == [expected]


def test_command_dry_run_and_error_file(registers, municipality, tmp_path):
    path = tmp_path / "register.xlsx"
    path.write_bytes(xlsx(row(fee_kgs="-20")))
    errors = tmp_path / "errors.xlsx"
    with pytest.raises(CommandError, match="1 errors; nothing was written"):
        call_command(
            "import_register",
            str(path),
            "--municipality",
            "bosteri",
            "--errors",
            str(errors),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    sheet = load_workbook(errors).active
    assert sheet["A2"].value == "fee_kgs: An amount of money cannot be negative."
    path.write_bytes(xlsx(row()))
    out = io.StringIO()
    call_command("import_register", str(path), "--municipality", "bosteri", "--dry-run", stdout=out)
    assert "Checked (dry run): 1 new" in out.getvalue()
    assert not imported().exists()


# ---- Round trip with the export ------------------------------------------------------


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
@pytest.mark.parametrize("fmt", ("xlsx", "csv"))
def test_exported_register_imports_without_a_change(client, registers, municipality, language, fmt):
    register = registers.bosteri.get_translation(
        f.default_locale().__class__.objects.get(language_code=language)
    )
    response = client.get(f"/exports/{register.pk}/register.{fmt}")
    assert response.status_code == 200
    before = counts()
    result = run(response.content, municipality, name=f"export.{fmt}")
    assert result.ok, result.all_issues()
    assert len(result.rows) == 6
    assert result.counts[Action.UNCHANGED] == 6, [(r.action, r.key) for r in result.rows]
    assert counts() == before


def test_an_edited_export_updates_the_service(client, registers, municipality):
    register = registers.bosteri.get_translation(
        f.default_locale().__class__.objects.get(language_code="ru")
    )
    content = client.get(f"/exports/{register.pk}/register.xlsx").content
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    keys = [cell.value for cell in sheet[2]]
    for cells in sheet.iter_rows(min_row=3):
        if cells[keys.index("base_service_code")].value == "2.1":
            cells[keys.index("fee_kgs")].value = 130
            cells[keys.index("time_limit")].value = "10 дней"
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run(buffer.getvalue(), municipality)
    assert result.ok, result.all_issues()
    assert result.counts[Action.UPDATED] == 1 and result.counts[Action.UNCHANGED] == 5
    water = registers.services.water
    ru = ServicePage.objects.get(translation_key=water.translation_key, locale__language_code="ru")
    latest = ru.get_latest_revision_as_object()
    assert (latest.fee_kgs, latest.time_limit) == (Decimal("130.00"), "10 дней")
    ky = ServicePage.objects.get(pk=water.pk).get_latest_revision_as_object()
    assert ky.fee_kgs == Decimal("130.00") and ky.time_limit == water.time_limit


# ---- The layout ----------------------------------------------------------------------


def test_docs_hold_the_register_layout():
    from pathlib import Path

    from core.imports import layout_markdown

    docs = (Path(__file__).parents[2] / "docs" / "import.md").read_text()
    assert layout_markdown(REGISTER_LAYOUT) in docs


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
def test_headers_of_the_register_layout_are_unique(language):
    from core.imports import fold

    headers = [fold(column.header(language)) for column in REGISTER_LAYOUT.columns]
    assert len(headers) == len(set(headers))
    with translation.override(language):
        skipped = {fold(str(label)) for label in REGISTER_LAYOUT.ignored_labels}
    assert not skipped & set(headers)


def test_the_template_leaves_out_the_exports_own_columns():
    sheet = load_workbook(io.BytesIO(template_xlsx(REGISTER_LAYOUT, "en"))).worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert "Base service code *" in headers and "Service (ky)" in headers
    assert not {"Service", "Service number", "Provider", "Municipality"} & set(headers)


# ---- Queries -------------------------------------------------------------------------


def _queries_of_a_check(municipality, data):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        result = run(data, municipality, dry_run=True)
    assert result.ok, result.all_issues()
    return len(captured)


def test_a_checks_queries_do_not_grow_with_the_rows(client, registers, municipality):
    """A dry run reads the register, the base list and the groups once, whatever the
    number of rows, new or matched (the register's six services, matched by number)."""
    register = registers.bosteri.get_translation(
        f.default_locale().__class__.objects.get(language_code="en")
    )
    export = client.get(f"/exports/{register.pk}/register.xlsx").content
    with translation.override("en"):
        few = _queries_of_a_check(municipality, xlsx(*(row(local_code=f"n{i}") for i in range(2))))
        many = _queries_of_a_check(
            municipality, xlsx(*(row(local_code=f"n{i}") for i in range(40)))
        )
        matched = _queries_of_a_check(municipality, export)
    assert few == many
    assert few <= 20 and matched <= 20, (few, matched)
