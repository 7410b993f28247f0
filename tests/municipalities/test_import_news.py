"""The news importer (municipalities.news_import) and `manage.py import_news`: a news item
in three languages under its municipality or (central news) under the news index, the
update by external ID without a new revision for an unchanged row, photos by file name,
bad input (nothing written, a clear message by row and column), the admin import with its
streamed progress, and the round trip with the news export."""

import csv as csvlib
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation
from PIL import Image as PILImage
from wagtail.models import Locale, Revision

from core.imports import Action, ImportFailure, template_xlsx
from core.models import ImportLog
from core.photos import PhotoSource
from municipalities.models import NewsPage
from municipalities.news_import import NEWS_LAYOUT, news_import
from municipalities.services import municipal_groups_sync
from tests import factories as f
from tests.imports import draft_checks_revision_reads

pytestmark = pytest.mark.django_db

COLUMNS = (
    "external_id",
    "municipality",
    "date",
    "title_ky",
    "title_ru",
    "title_en",
    "summary_ky",
    "summary_ru",
    "summary_en",
    "body_ky",
    "body_ru",
    "body_en",
    "topics",
    "photo",
    "is_sample",
)


@pytest.fixture(autouse=True)
def messages_in_english():
    with translation.override("en"):
        yield


def row(**values):
    base = {
        "external_id": "n-1",
        "municipality": "41702215808000",
        "date": "05.03.2025",
        "title_ky": "Угуу өттү",
        "title_ru": "Прошли слушания",
        "title_en": "A hearing was held",
        "summary_ky": "Тургундар чогулду.",
        "summary_ru": "Жители собрались.",
        "summary_en": "Residents gathered.",
        "body_ky": "Биринчи абзац.\n\nЭкинчи абзац.",
        "body_ru": "Первый абзац.\n\nВторой абзац.",
        "body_en": "First paragraph.\n\nSecond paragraph.",
        "topics": "drinking-water",
        "photo": "",
        "is_sample": "no",
    }
    base.update(values)
    return base


def csv(*rows, columns=COLUMNS):
    buffer = io.StringIO()
    writer = csvlib.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def run(data, **kwargs):
    kwargs.setdefault("name", "news.csv")
    kwargs.setdefault("publish", True)
    result, _table = news_import(source=data, **kwargs)
    return result


def photo_bytes(colour="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def items(external_id="n-1"):
    return NewsPage.objects.filter(external_id=external_id).select_related("locale")


def test_a_news_item_in_three_languages_under_its_municipality(municipality, reference):
    result = run(csv(row()))
    assert result.ok, result.all_issues()
    assert result.committed and result.counts[Action.NEW] == 1
    pages = {page.locale.language_code: page for page in items()}
    assert set(pages) == {"ky", "ru", "en"}
    assert len({page.translation_key for page in pages.values()}) == 1
    assert pages["ru"].title == "Прошли слушания" and pages["ru"].live
    assert pages["ru"].get_parent().translation_key == municipality.translation_key
    assert pages["ru"].get_parent().locale.language_code == "ru"
    assert pages["en"].date == datetime.date(2025, 3, 5)
    assert (
        pages["en"].body.raw_data[0]["value"] == "<p>First paragraph.</p><p>Second paragraph.</p>"
    )
    assert [t.locale.language_code for t in pages["ru"].topics.all()] == ["ru"]
    assert all(page.live_revision_id for page in pages.values())


def test_central_news_without_a_municipality_and_a_draft_without_publish(
    municipality, reference, site_tree
):
    result = run(csv(row(external_id="c-1", municipality="")), publish=False)
    assert result.ok, result.all_issues()
    pages = list(items("c-1"))
    assert len(pages) == 3
    assert all(page.get_parent().specific_class.__name__ == "NewsIndexPage" for page in pages)
    assert all(not page.live and page.has_unpublished_changes for page in pages)


def test_municipality_by_any_name(municipality, reference):
    names = ("Бостери", "Bosteri", "Бостеринский айылный аймак", "bosteri")
    rows = [row(external_id=f"n-{i}", municipality=name) for i, name in enumerate(names)]
    result = run(csv(*rows))
    assert result.ok, result.all_issues()
    assert NewsPage.objects.filter(external_id__startswith="n-").count() == 12


def test_reimport_updates_by_external_id_and_unchanged_makes_no_revision(municipality, reference):
    run(csv(row()))
    revisions = Revision.objects.count()
    again = run(csv(row()))
    assert again.counts[Action.UNCHANGED] == 1
    assert Revision.objects.count() == revisions
    changed = run(csv(row(title_en="A second hearing")))
    assert changed.counts[Action.UPDATED] == 1
    assert items().count() == 3
    assert items().get(locale__language_code="en").title == "A second hearing"
    # Only the English page changed: one revision.
    assert Revision.objects.count() == revisions + 1


def test_drafts_are_compared_as_their_latest_revision_read_together(municipality, reference):
    """As the stories importer (tests/stories/test_import.py): a draft is compared as its
    latest revision has it, and the file's drafts are read in queries that do not grow
    with them."""
    rows = [row(external_id=f"d-{n}", title_ky=f"Угуу {n}") for n in range(4)]
    assert run(csv(*rows), publish=False).ok  # twelve drafts
    draft = items("d-0").get(locale__language_code="ky")
    draft.title = "Редактордун долбоору"
    draft.save_revision()
    assert NewsPage.objects.get(pk=draft.pk).title == "Угуу 0"  # the row as it was

    reads = draft_checks_revision_reads(
        lambda part: run(csv(*part), publish=False, dry_run=True), rows
    )
    assert reads[0] == reads[1]


def test_photo_by_file_name_stored_once(municipality, reference):
    photos = PhotoSource({"a.jpg": ("A.jpg", photo_bytes)})
    result = run(csv(row(photo="a.jpg"), row(external_id="n-2", photo="A.JPG")), photos=photos)
    assert result.ok, result.all_issues()
    images = {page.image_id for page in NewsPage.objects.filter(external_id__in=["n-1", "n-2"])}
    assert len(images) == 1 and None not in images
    # The photo removed by an empty cell.
    assert run(csv(row(photo="")), photos=photos).counts[Action.UPDATED] == 1
    assert not items().filter(image__isnull=False).exists()


@pytest.mark.parametrize(
    ("values", "column", "message"),
    [
        ({"municipality": "Atlantis"}, "municipality", "Unknown municipality"),
        ({"date": "31.02.2025"}, "date", ""),
        ({"date": ""}, "date", "Give the day of the news"),
        ({"title_ky": "", "title_ru": "", "title_en": ""}, "title_ky", "needs a title"),
        ({"summary_ru": ""}, "summary_ru", "needs its summary"),
        ({"topics": "weather"}, "topics", "Unknown topic"),
        ({"photo": "missing.jpg"}, "photo", "There is no photo"),
        ({"summary_en": "x" * 401}, "summary_en", ""),
        ({"is_sample": "perhaps"}, "is_sample", ""),
    ],
)
def test_bad_rows_write_nothing_and_name_row_and_column(
    municipality, reference, values, column, message
):
    result = run(csv(row(external_id="ok"), row(**values)))
    assert not result.ok and not result.committed
    issues = result.all_issues()
    assert issues and all(issue.row == 3 for issue in issues)
    assert any(issue.column == column and message in issue.message for issue in issues), issues
    assert not NewsPage.objects.filter(external_id__in=["ok", "n-1"]).exists()


def test_duplicate_external_id_and_a_photo_that_is_not_an_image(municipality, reference):
    photos = PhotoSource({"bad.jpg": ("bad.jpg", lambda: b"not an image")})
    result = run(csv(row(), row(photo="bad.jpg")), photos=photos)
    messages = [issue.message for issue in result.all_issues()]
    assert any("also in row 2" in message for message in messages)
    assert any("not a photo" in message for message in messages)
    assert not NewsPage.objects.filter(external_id="n-1").exists()


def test_wrong_columns_and_not_a_spreadsheet(municipality, reference):
    with pytest.raises(ImportFailure, match="colour"):
        run(csv(row(), columns=(*COLUMNS, "colour")))
    with pytest.raises(ImportFailure):
        run(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, name="news.xlsx")
    assert not NewsPage.objects.filter(external_id="n-1").exists()


def test_a_dry_run_writes_nothing(municipality, reference):
    result = run(csv(row()), dry_run=True)
    assert result.counts[Action.NEW] == 1 and not result.committed
    assert not items().exists()


def test_template_has_the_columns_in_each_language(reference):
    from openpyxl import load_workbook

    headers = [
        c.value for c in load_workbook(io.BytesIO(template_xlsx(NEWS_LAYOUT, "ky"))).active[1]
    ]
    assert "Толук текст (ky)" in headers and "Сүрөт" in headers


def test_command_needs_a_central_editor_to_publish(municipality, reference, tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes(csv(row()))
    municipal_groups_sync()
    f.group_member("Бостери editors", "someone")
    with pytest.raises(CommandError, match="central editor"):
        call_command("import_news", str(path), "--publish", "--user", "someone")
    f.group_member("Central editors", "central")
    out = io.StringIO()
    call_command("import_news", str(path), "--publish", "--user", "central", stdout=out)
    assert "1 new" in out.getvalue()
    assert items().filter(live=True).count() == 3
    log = ImportLog.objects.get(kind="news", dry_run=False)
    assert (log.user.username, log.new) == ("central", 1)


def test_admin_import_streams_its_progress_then_the_result(client, municipality, reference):
    municipal_groups_sync()
    client.force_login(f.group_member("Бостери editors", "editor"))
    assert client.get("/admin/import/news/").status_code == 403
    client.force_login(f.group_member("Central editors", "central"))
    url = "/admin/import/news/"
    data = csv(row(), row(external_id="n-2"), row(external_id="n-3"))
    preview = client.post(url, {"file": SimpleUploadedFile("news.csv", data)})
    html = preview.content.decode()
    assert html.count("ashar-import__row--new") == 3
    token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
    response = client.post(
        f"{url}confirm/", {"token": token, "publish": "1"}, HTTP_ACCEPT_ENCODING="gzip, br"
    )
    assert response.status_code == 200 and response["X-Accel-Buffering"] == "no"
    assert not response.has_header("Content-Encoding")  # compressed, it would wait in a buffer
    parts = [part.decode() for part in response.streaming_content]
    steps = [part for part in parts if part.startswith('<p class="ashar-import__step" aria-hidden')]
    assert len(steps) == 6  # three rows checked, three imported
    assert "Imported row 3 of 3" in steps[-1]
    page = "".join(parts)
    assert page.index("Imported row 3 of 3") < page.index("is imported.") < page.index("</html>")
    assert NewsPage.objects.filter(external_id__in=["n-1", "n-2", "n-3"], live=True).count() == 9
    # The token is used up: a second click imports nothing.
    assert client.post(f"{url}confirm/", {"token": token}).status_code == 400


def test_round_trip_with_the_news_export(client, municipality, reference, site_tree):
    assert run(csv(row(), row(external_id="c-1", municipality=""))).ok
    for language in ("ky", "ru", "en"):
        index = site_tree.news.get_translation(Locale.objects.get(language_code=language))
        for fmt in ("csv", "xlsx"):
            exported = client.get(f"/exports/{index.pk}/news.{fmt}")
            assert exported.status_code == 200
            content = (
                b"".join(exported.streaming_content) if exported.streaming else exported.content
            )
            result = run(content, name=f"news.{fmt}")
            assert result.ok, result.all_issues()
            assert result.counts[Action.UNCHANGED] >= 2, (language, fmt, result.counts)
            assert result.counts[Action.NEW] == result.counts[Action.UPDATED] == 0


def test_docs_hold_the_news_layout():
    from pathlib import Path

    from core.imports import layout_markdown

    docs = (Path(__file__).parents[2] / "docs" / "import.md").read_text()
    assert layout_markdown(NEWS_LAYOUT) in docs


def test_a_reader_who_leaves_does_not_stop_the_import(municipality, reference, tmp_path):
    from types import SimpleNamespace

    from core.import_admin import ImportStream

    central = f.group_member("Central editors", "central")
    data = csv(*(row(external_id=f"n-{i}") for i in range(4)))
    stream = ImportStream(
        request=SimpleNamespace(user=central),
        run=lambda progress: news_import(
            source=data, name="news.csv", user=central, progress=progress
        ),
        context={"file_name": "news.csv"},
        folder=tmp_path,
        parts=("head", "middle", "tail"),
    )
    parts = iter(stream)
    assert next(parts) == b"head"
    assert b"Checked row" in next(parts)
    assert not NewsPage.objects.filter(external_id__startswith="n-").exists()
    parts.close()  # what the server does when the connection is gone
    assert NewsPage.objects.filter(external_id__startswith="n-").count() == 12
    log = ImportLog.objects.get(kind="news", dry_run=False)
    assert log.committed and log.new == 4
