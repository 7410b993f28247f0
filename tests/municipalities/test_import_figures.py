"""The municipal figures importer (municipalities.services.figures_import) and `manage.py
import_figures`: new figures on every language's profile, the upsert by (municipality,
kind, as-of date, programme), the figure's own rules, bad input (nothing written, a clear
message) and the round trip with the figures export."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import Workbook

from core.imports import Action, ImportFailure
from core.models import ImportLog
from municipalities.models import MunicipalityFigure, MunicipalityIndexPage
from municipalities.services import FIGURE_LAYOUT, figures_import
from tests import factories as f
from tests.pages import streamed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def messages_in_english():
    with translation.override("en"):
        yield


def csv(*lines):
    return ("\n".join(lines) + "\n").encode()


HEADER = "municipality,kind,value,as_of,source_title,programme"


def run(data, **kwargs):
    kwargs.setdefault("name", "figures.csv")
    result, _table = figures_import(source=data, **kwargs)
    return result


def figures(**lookup):
    return MunicipalityFigure.objects.filter(**lookup).select_related("page__locale", "programme")


def test_a_new_figure_lands_on_every_languages_profile(municipality, reference):
    data = csv(HEADER, "41702215808000,hearing_participants,320,05.03.2024,VAP monitoring,VAP")
    result = run(data)
    assert result.ok, result.all_issues()
    assert result.committed and result.counts[Action.NEW] == 1
    added = figures(kind="hearing_participants")
    assert {f.page.locale.language_code for f in added} == {"ky", "ru", "en"}
    assert {(f.value, f.as_of, f.source_title) for f in added} == {
        (320, datetime.date(2024, 3, 5), "VAP monitoring")
    }
    assert {f.programme.locale.language_code for f in added} == {"ky", "ru", "en"}
    assert all(f.page.translation_key == municipality.translation_key for f in added)


def test_same_key_updates_and_a_second_run_changes_nothing(municipality, reference):
    before = figures().count()
    data = csv(HEADER, "Bosteri,Public hearings held,6,31.12.2023,Annual report,")
    result = run(data)
    assert result.counts[Action.UPDATED] == 1, result.all_issues()
    assert figures().count() == before
    assert set(figures(kind="hearings_held").values_list("value", flat=True)) == {6}
    assert run(data).counts[Action.UNCHANGED] == 1
    # Another date or programme is another figure.
    other = run(csv(HEADER, "Bosteri,hearings_held,7,31.12.2024,Annual report,VAP"))
    assert other.counts[Action.NEW] == 1
    assert figures().count() == before + 3


def test_the_source_in_each_language(municipality, reference):
    header = "municipality,kind,value,as_of,source_title_ky,source_title_ru,source_title_en"
    data = csv(header, "Bosteri,projects_monitored,12,01.06.2024,Отчёт ky,Отчёт,Report")
    result = run(data)
    assert result.ok, result.all_issues()
    sources = {
        f.page.locale.language_code: f.source_title for f in figures(kind="projects_monitored")
    }
    assert sources == {"ky": "Отчёт ky", "ru": "Отчёт", "en": "Report"}
    assert run(data).counts[Action.UNCHANGED] == 1
    changed = csv(header, "Bosteri,projects_monitored,12,01.06.2024,Отчёт ky,Отчёт,Summary")
    assert run(changed).counts[Action.UPDATED] == 1
    assert figures(kind="projects_monitored", source_title="Summary").count() == 1
    both = csv(f"{header},source_title", "Bosteri,projects_monitored,12,01.06.2024,a,b,c,d")
    assert "Give the source once" in str(run(both).all_issues())


def test_municipality_by_code_or_any_name_and_kind_by_any_language(municipality, reference):
    with translation.override("ky"):
        kind = str(dict(MunicipalityFigure._meta.get_field("kind").choices)["budget_changes"])
    rows = [
        f"Бостеринский айылный аймак,{kind},3,2023-06-30,Отчёт,Голос граждан",
        "bosteri,budget_changes,3,30.06.2022,Report,vap",
    ]
    result = run(csv(HEADER, *rows), dry_run=True)
    assert result.ok, result.all_issues()
    assert result.counts[Action.NEW] == 2
    assert not figures(kind="budget_changes").exists()


def test_headers_in_kyrgyz_and_russian(municipality, reference):
    keys = ["municipality", "kind", "value", "as_of", "source_title"]
    for language in ("ky", "ru"):
        header = ",".join(FIGURE_LAYOUT.column(key).header(language) for key in keys)
        result = run(csv(header, "Bosteri,hearings_held,4,31.12.2023,Annual report"), dry_run=True)
        assert result.ok, result.all_issues()
        assert result.counts[Action.UNCHANGED] == 1


def test_bad_rows_write_nothing(municipality, reference):
    before = figures().count()
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).strftime("%d.%m.%Y")
    result = run(
        csv(
            HEADER + ",source_url",
            "Atlantis,hearings_held,4,31.12.2023,Report,,",
            "Bosteri,parades,4,31.12.2023,Report,,",
            "Bosteri,hearings_held,-4,30.12.2023,Report,,",
            "Bosteri,hearings_held,many,29.12.2023,Report,,",
            "Bosteri,hearings_held,4,31.02.2023,Report,,",
            f"Bosteri,hearings_held,4,{tomorrow},Report,,",
            "Bosteri,hearings_held,4,31.12.2020,,,",
            "Bosteri,hearings_held,4,31.12.2021,Report,Space agency,",
            "Bosteri,hearings_held,4,31.12.2022,Report,,not a link",
            "Bosteri,people_benefiting,4,31.12.2022,Report,,",
            "Bosteri,people_benefiting,5,31.12.2022,Report,,",
        )
    )
    assert not result.committed and figures().count() == before
    by_row = {(i.row, i.column): i.message for i in result.all_issues()}
    assert by_row[(2, "municipality")] == "Unknown municipality: “Atlantis”."
    assert by_row[(3, "kind")] == "Unknown kind of figure: “parades”."
    assert "cannot be less than 0" in by_row[(4, "value")]
    assert "whole number" in by_row[(5, "value")]
    assert "not a date that exists" in by_row[(6, "as_of")]
    assert by_row[(7, "as_of")] == "The “as of” date cannot be in the future."
    assert by_row[(8, "source_title")] == "Name the source: a title, a link or a document."
    assert by_row[(9, "programme")] == "Unknown programme: “Space agency”."
    assert by_row[(10, "source_url")] == "This is not a web address (https://…)."
    assert by_row[(12, "kind")] == (
        "The same figure (municipality, kind, date, programme) is also in row 11."
    )
    assert len(by_row) == 10


def test_a_profile_with_a_draft_is_not_overwritten(municipality, reference):
    municipality.title = "Бостери (долбоор)"
    municipality.save_revision()
    result = run(csv(HEADER, "Bosteri,hearings_held,9,31.12.2023,Annual report,"))
    assert "has a draft waiting" in result.all_issues()[0].message
    assert set(figures(kind="hearings_held").values_list("value", flat=True)) == {4}


def test_file_level_failures(municipality, reference):
    with pytest.raises(ImportFailure, match="is missing"):
        run(csv("municipality,value,as_of", "Bosteri,4,31.12.2023"))
    with pytest.raises(ImportFailure, match="not a spreadsheet"):
        run(b"PK\x03\x04not really a zip", name="figures.xlsx")


def test_xlsx_with_a_formula_is_refused(municipality, reference):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["municipality", "kind", "value", "as_of", "source_title"])
    sheet.append(["Bosteri", "hearings_held", "=2+2", "31.12.2023", "Report"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run(buffer.getvalue(), name="figures.xlsx")
    assert any("A formula (=2+2)" in i.message for i in result.all_issues())
    assert set(figures(kind="hearings_held").values_list("value", flat=True)) == {4}


def test_command_logs_and_refuses_a_municipal_editor(municipality, reference, tmp_path):
    from municipalities.services import municipal_groups_sync

    municipal_groups_sync()
    f.group_member("Бостери editors", "editor")
    f.group_member("Central editors", "central")
    path = tmp_path / "figures.csv"
    path.write_bytes(csv(HEADER, "Bosteri,projects_monitored,12,01.06.2024,Monitoring,VAP"))
    with pytest.raises(CommandError, match="not a central editor"):
        call_command("import_figures", str(path), "--user", "editor")
    out = io.StringIO()
    call_command("import_figures", str(path), "--dry-run", stdout=out)
    assert "Checked (dry run): 1 new" in out.getvalue()
    assert not figures(kind="projects_monitored").exists()
    call_command("import_figures", str(path), "--user", "central", stdout=out)
    assert figures(kind="projects_monitored").count() == 3
    log = ImportLog.objects.filter(kind="figures", committed=True).get()
    assert (log.user.username, log.new, log.file_name) == ("central", 1, "figures.csv")


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
def test_exported_figures_import_without_a_change(client, municipality, reference, language):
    assert run(csv(HEADER, "Bosteri,budget_changes,3,30.06.2022,Report,VAP")).ok
    index = MunicipalityIndexPage.objects.get(locale__language_code=language)
    response = client.get(f"/exports/{index.pk}/figures.xlsx")
    assert response.status_code == 200
    before = list(figures().order_by("pk").values_list("pk", "value", "source_title"))
    result = run(response.content, name="export.xlsx")
    assert result.ok, result.all_issues()
    assert result.counts[Action.UNCHANGED] == 2, [(r.action, r.key) for r in result.rows]
    assert list(figures().order_by("pk").values_list("pk", "value", "source_title")) == before


def test_docs_hold_the_figures_layout():
    from pathlib import Path

    from core.imports import layout_markdown

    docs = (Path(__file__).parents[2] / "docs" / "import.md").read_text()
    assert layout_markdown(FIGURE_LAYOUT) in docs


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
def test_headers_of_the_figures_layout_are_unique(language):
    from core.imports import fold

    headers = [fold(column.header(language)) for column in FIGURE_LAYOUT.columns]
    assert len(headers) == len(set(headers))


# ---- In the admin ----------------------------------------------------------------------

ADMIN_URL = "/admin/import/figures/"


def test_admin_import_for_central_editors_only(client, municipality, reference):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from municipalities.services import municipal_groups_sync

    municipal_groups_sync()
    client.force_login(f.group_member("Бостери editors", "editor"))
    assert client.get(ADMIN_URL).status_code == 403
    client.force_login(f.group_member("Central editors", "central", language="ru"))
    page = client.get(ADMIN_URL)
    assert page.status_code == 200 and f"{ADMIN_URL}template/ky.xlsx" in page.content.decode()
    assert ADMIN_URL in client.get("/admin/").content.decode()  # the menu item
    template = client.get(f"{ADMIN_URL}template/ru.xlsx")
    assert template.status_code == 200
    data = csv(HEADER, "Bosteri,projects_monitored,12,01.06.2024,Monitoring,VAP")
    preview = client.post(ADMIN_URL, {"file": SimpleUploadedFile("f.csv", data)})
    html = preview.content.decode()
    assert html.count("ashar-import__row--new") == 1 and 'name="publish"' not in html
    assert not figures(kind="projects_monitored").exists()
    token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
    confirmed = client.post(f"{ADMIN_URL}confirm/", {"token": token})
    assert confirmed.status_code == 200 and "help-info" in streamed(confirmed)
    assert figures(kind="projects_monitored").count() == 3
