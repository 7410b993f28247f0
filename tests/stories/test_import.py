"""The stories importer (stories.services.story_import) and `manage.py import_stories`:
a good file, re-import, photos, the workflow, every kind of bad input (nothing written, a
clear message) and the round trip with the export."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelcluster.models import get_all_child_relations
from openpyxl import Workbook
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Comment, Revision

from core.imports import Action, ImportFailure
from core.models import ImportLog
from core.photos import PhotoSource, PhotoSourceError
from stories.models import StoryPage
from stories.services import StoryPlan, story_import
from tests.imports import draft_checks_revision_reads

pytestmark = pytest.mark.django_db

HEADER = [
    "external_id",
    "municipality",
    "title_ky",
    "title_ru",
    "title_en",
    "summary_ky",
    "summary_ru",
    "summary_en",
    "year",
    "topics",
    "programme",
    "vulnerable_groups",
    "total_kgs",
    "grant_kgs",
    "community_cash_kgs",
    "gathering_date",
    "gathering_participants",
    "gathering_women",
]


def row(**values):
    base = {
        "external_id": "t-1",
        "municipality": "Бостери",
        "title_ky": "Жаңы көпүрө",
        "title_ru": "Новый мост",
        "title_en": "A new bridge",
        "summary_ky": "Айылда көпүрө курулду.",
        "summary_ru": "В селе построили мост.",
        "summary_en": "The village built a bridge.",
        "year": 2021,
        "topics": "drinking-water; Уличное освещение",
        "programme": "VAP",
        "vulnerable_groups": "Women",
        "total_kgs": 1_000_000,
        "grant_kgs": 700_000,
        "community_cash_kgs": 300_000,
        "gathering_date": "05.03.2021",
        "gathering_participants": 120,
        "gathering_women": 60,
    }
    base.update(values)
    return base


def xlsx(*rows, header=None):
    header = header or list(rows[0].keys())
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append([values.get(key) for key in header])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def run(data, **kwargs):
    kwargs.setdefault("name", "stories.xlsx")
    result, _table = story_import(source=data, **kwargs)
    return result


def imported(external_id="t-1"):
    return StoryPage.objects.filter(external_id=external_id)


def messages(result):
    return [issue.message for issue in result.all_issues()]


def photo_bytes(colour="red", size=(64, 48), fmt="JPEG"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


# ---- A good file ---------------------------------------------------------------------


def test_good_file_makes_a_story_in_three_languages(story, reference):
    result = run(xlsx(row(), row(external_id="t-2", title_en="A second bridge")))
    assert result.ok, result.all_issues()
    assert result.committed
    assert result.counts[Action.NEW] == 2
    pages = {p.locale.language_code: p for p in imported().select_related("locale")}
    assert set(pages) == {"ky", "ru", "en"}
    assert len({p.translation_key for p in pages.values()}) == 1
    assert (
        pages["ru"].title == "Новый мост" and pages["en"].summary == "The village built a bridge."
    )
    assert all(not p.live for p in pages.values())
    assert all(
        Revision.page_revisions.filter(object_id=str(p.pk)).count() == 1 for p in pages.values()
    )
    # Snippets in each page's own language; the parent is the municipality's translation.
    assert {t.locale.language_code for t in pages["ru"].topics.all()} == {"ru"}
    assert sorted(t.slug for t in pages["en"].topics.all()) == ["drinking-water", "street-lighting"]
    assert pages["en"].get_parent().title == "Bosteri"
    assert pages["ky"].programme.slug == "vap" and pages["ky"].grant_kgs == 700_000
    assert str(pages["ky"].gathering_date) == "2021-03-05"


def test_municipality_by_code_or_name_and_references_in_any_language(story, reference):
    municipality = story.get_parent().specific
    municipality.coate = "41707215000000"
    municipality.save()
    for index, name in enumerate(("41707215000000", "Bosteri", "Бостеринский айылный аймак")):
        result = run(xlsx(row(external_id=f"m-{index}", municipality=name, topics="Питьевая вода")))
        assert result.ok, result.all_issues()
    assert StoryPage.objects.filter(external_id__startswith="m-").count() == 9


def test_a_story_may_start_in_russian_only(story, reference):
    result = run(xlsx(row(title_ky=None, summary_ky=None, title_en=None, summary_en=None)))
    assert result.ok, result.all_issues()
    assert [p.locale.language_code for p in imported()] == ["ru"]


def test_reimport_changes_nothing_and_makes_no_revision(story, reference):
    data = xlsx(row())
    run(data)
    revisions = Revision.objects.count()
    result = run(data)
    assert result.counts[Action.UNCHANGED] == 1 and result.counts[Action.NEW] == 0
    assert imported().count() == 3
    assert Revision.objects.count() == revisions


def test_drafts_are_compared_as_their_latest_revision_read_together(story, reference):
    """A draft is compared as its editors see it, its latest revision, not the page's row
    (which an editor's saved draft leaves as it was); the revisions of all the file's
    drafts are read together, in queries that do not grow with them (a 234-row file has
    702 pages: read one by one they were a fifth of the check). A page without
    unpublished changes is compared as it is."""
    rows = [row(external_id=f"d-{n}", title_ky=f"Көпүрө {n}") for n in range(4)]
    assert run(xlsx(*rows)).ok  # twelve drafts, in the workflow
    draft = imported("d-0").get(locale__language_code="ky")
    draft.title = "Редактордун долбоору"
    draft.save_revision()
    assert StoryPage.objects.get(pk=draft.pk).title == "Көпүрө 0"  # the row as it was

    reads = draft_checks_revision_reads(lambda part: run(xlsx(*part), dry_run=True), rows)
    assert reads[0] == reads[1]

    draft.save_revision().publish()
    live = StoryPage.objects.get(pk=draft.pk)
    assert StoryPlan(record=None, key="d-0").current(live) is live


def test_a_changed_cell_updates_only_what_changed(story, reference):
    run(xlsx(row()))
    revisions = Revision.objects.count()
    result = run(xlsx(row(title_ru="Мост через реку", total_kgs=1_200_000)))
    assert result.counts[Action.UPDATED] == 1
    # The money is on every translation, the Russian title on one: three new revisions.
    assert Revision.objects.count() == revisions + 3
    ru = imported().get(locale__language_code="ru")
    latest = ru.get_latest_revision_as_object()
    assert latest.title == "Мост через реку" and latest.total_kgs == 1_200_000
    assert (
        run(xlsx(row(title_ru="Мост через реку", total_kgs=1_200_000))).counts[Action.UNCHANGED]
        == 1
    )


def test_a_column_left_out_leaves_the_field_alone(story, reference):
    run(xlsx(row()))
    result = run(xlsx({"external_id": "t-1", "title_en": "A new bridge"}))
    assert result.counts[Action.UNCHANGED] == 1
    assert imported().get(locale__language_code="en").grant_kgs == 700_000


def test_dry_run_writes_nothing(story, reference):
    result = run(xlsx(row()), dry_run=True)
    assert result.ok and not result.committed
    assert result.rows[0].action == Action.NEW
    assert not imported().exists()


def test_publish(story, reference):
    result = run(xlsx(row()), publish=True)
    assert result.ok
    assert all(page.live for page in imported())


def test_workflow_is_started(story, reference):
    from municipalities.services import municipality_workflow_ensure

    municipality_workflow_ensure(municipality=story.get_parent().specific)
    run(xlsx(row()))
    for page in imported():
        assert page.workflow_in_progress, page.locale


def test_import_log_and_progress(story, reference, django_user_model):
    from core.imports import import_log_add

    seen = []
    result = run(xlsx(row()), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2, 2)
    user = django_user_model.objects.create_user("central")
    log = import_log_add(result=result, user=user)
    assert (log.new, log.committed, log.user) == (1, True, user)


# ---- Bad input: nothing written, a clear message ------------------------------------


BAD_ROWS = {
    "unknown municipality": (row(municipality="Атлантида"), "Unknown municipality: “Атлантида”."),
    "unknown topic": (row(topics="Space travel"), "Unknown topic: “Space travel”."),
    "negative money": (row(grant_kgs=-5), "An amount of money cannot be negative."),
    "parts exceed the total": (
        row(total_kgs=100),
        "The parts of the money (1 000 000 KGS) exceed the total (100 KGS).",
    ),
    "more women than participants": (
        row(gathering_women=500),
        "There cannot be more women than participants.",
    ),
    "text in a number column": (row(year="two thousand"), "Expected a whole number"),
    "impossible date": (row(gathering_date="30.02.2021"), "30.02.2021 is not a date that exists."),
    "no title": (
        row(title_ky=None, title_ru=None, title_en=None),
        "A new story needs a title in at least one language.",
    ),
    "title without summary": (row(summary_en=None), "A story with a title needs its summary."),
    "no key": (row(external_id=None), "Give the story an external ID"),
    "bad link": ({**row(), "source_url": "not a link"}, "This is not a web address"),
}


@pytest.mark.parametrize("case", BAD_ROWS)
def test_bad_row(case, story, reference):
    bad, message = BAD_ROWS[case]
    revisions = Revision.objects.count()
    result = run(xlsx(row(external_id="good"), bad, header=list(bad.keys())))
    assert not result.committed
    assert any(message in text for text in messages(result)), messages(result)
    assert [r.action for r in result.rows] == [Action.NEW, Action.ERROR]
    assert result.rows[1].issues[0].row == 3
    assert not StoryPage.objects.filter(external_id="good").exists()
    assert Revision.objects.count() == revisions


def test_duplicate_external_id_in_one_file(story, reference):
    result = run(xlsx(row(), row(title_en="Other")))
    assert "The external ID “t-1” is also in row 2." in messages(result)
    assert not imported().exists()


def test_formula_in_a_cell(story, reference):
    workbook = Workbook()
    sheet = workbook.active
    header = list(row().keys())
    sheet.append(header)
    sheet.append(list(row().values()))
    sheet.cell(row=2, column=header.index("total_kgs") + 1, value="=700000+300000")
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run(buffer.getvalue())
    assert any("formula" in text for text in messages(result))
    assert not imported().exists()


@pytest.mark.parametrize(
    ("data", "message"),
    (
        (b"%PDF-1.4 not a sheet\x00\x01", "not a spreadsheet"),
        (b"external_id,Colonne inconnue\r\nx,y\r\n", "Unknown column “Colonne inconnue”"),
    ),
)
def test_unreadable_files(data, message, story, reference):
    with pytest.raises(ImportFailure, match=message):
        run(data, name="x.csv")
    assert not imported("x").exists()


def test_updating_a_story_under_another_municipality_is_refused(story, reference):
    from tests import factories as f

    run(xlsx(row()))
    other = f.MunicipalityPageFactory(
        parent=story.get_parent().get_parent(), title="Кара-Суу", slug="kara-suu"
    )
    other.save_revision().publish()
    result = run(xlsx(row(municipality="Кара-Суу")))
    assert any("another municipality" in text for text in messages(result))


# ---- Photos -------------------------------------------------------------------------


def photo_dir(tmp_path, **files):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_photos_with_credit_and_consent(story, reference, tmp_path):
    photos = photo_dir(
        tmp_path, **{"a.jpg": photo_bytes("red"), "b.png": photo_bytes("blue", fmt="PNG")}
    )
    data = xlsx(
        row(photos="a.jpg; b.png", photo_credit="Айгүл", photo_consent="yes"),
        row(external_id="t-2", photos="a.jpg", photo_consent="no"),
    )
    before = get_image_model().objects.count()
    result = run(data, photos=photos)
    assert result.ok, result.all_issues()
    # The same file in two rows is stored once.
    assert get_image_model().objects.count() == before + 2
    first = imported().get(locale__language_code="ru").get_latest_revision_as_object()
    assert [(g.credit, g.consent_recorded) for g in first.gallery_images.all()] == [
        ("Айгүл", True)
    ] * 2
    assert first.image is not None
    second = imported("t-2").get(locale__language_code="en").get_latest_revision_as_object()
    assert second.image is None  # no consent: not the main image, not shown
    assert [g.consent_recorded for g in second.gallery_images.all()] == [False]
    # Imported again: the same images, nothing new, no revision.
    revisions = Revision.objects.count()
    again = run(data, photos=photos)
    assert again.counts[Action.UNCHANGED] == 2
    assert get_image_model().objects.count() == before + 2
    assert Revision.objects.count() == revisions


def test_photos_from_a_zip(story, reference):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/a.jpg", photo_bytes())
    result = run(
        xlsx(row(photos="a.jpg", photo_consent="yes")),
        photos=PhotoSource.from_zip(buffer.getvalue()),
    )
    assert result.ok, result.all_issues()


def test_zip_with_path_traversal_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/a.jpg", photo_bytes())
    with pytest.raises(PhotoSourceError, match="outside the archive"):
        PhotoSource.from_zip(buffer.getvalue())


def test_bad_photos(story, reference, tmp_path, settings):
    settings.PUBLIC_PHOTO_MAX_PIXELS = 1000
    photos = photo_dir(
        tmp_path,
        **{
            "text.jpg": b"this is not an image",
            "bomb.png": photo_bytes(size=(100, 100), fmt="PNG"),
        },
    )
    result = run(xlsx(row(photos="text.jpg; bomb.png; missing.jpg")), photos=photos)
    found = " ".join(messages(result))
    assert "“text.jpg” is not a photo" in found
    assert "“bomb.png” has too many pixels" in found
    assert "There is no photo “missing.jpg”." in found
    assert not imported().exists()


def test_dry_run_stores_no_photo(story, reference, tmp_path):
    before = get_image_model().objects.count()
    run(
        xlsx(row(photos="a.jpg")),
        photos=photo_dir(tmp_path, **{"a.jpg": photo_bytes()}),
        dry_run=True,
    )
    assert get_image_model().objects.count() == before


# ---- The command --------------------------------------------------------------------


def test_command(story, reference, tmp_path, capsys):
    path = tmp_path / "stories.xlsx"
    path.write_bytes(xlsx(row()))
    call_command("import_stories", str(path), "--dry-run")
    assert "Checked (dry run): 1 new" in capsys.readouterr().out
    assert not imported().exists()
    call_command("import_stories", str(path))
    assert "Imported: 1 new" in capsys.readouterr().out
    assert imported().count() == 3
    assert list(ImportLog.objects.values_list("dry_run", "new")[:2]) == [(False, 1), (True, 1)]


def test_command_errors(story, reference, tmp_path):
    path = tmp_path / "stories.xlsx"
    path.write_bytes(xlsx(row(grant_kgs=-1)))
    errors = tmp_path / "errors.xlsx"
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_stories", str(path), "--errors", str(errors))
    assert errors.exists()
    with pytest.raises(CommandError, match="central editor"):
        call_command("import_stories", str(path), "--publish")
    assert not imported().exists()


# ---- Round trip with the export ------------------------------------------------------


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
@pytest.mark.parametrize("fmt", ("xlsx", "csv"))
def test_exported_stories_import_without_a_change(client, story, reference, language, fmt):
    from stories.models import StoryIndexPage

    assert run(xlsx(row(), row(external_id="t-2")), publish=True).ok
    index = StoryIndexPage.objects.get(locale__language_code=language)
    response = client.get(f"/exports/{index.pk}/stories.{fmt}")
    assert response.status_code == 200
    revisions, pages = Revision.objects.count(), StoryPage.objects.count()
    result = run(response.content, name=f"export.{fmt}")
    assert result.ok, result.all_issues()
    assert len(result.rows) == 3  # the world's story and the two imported
    assert result.counts[Action.UNCHANGED] == 3, [(r.action, r.key) for r in result.rows]
    assert (Revision.objects.count(), StoryPage.objects.count()) == (revisions, pages)


def test_an_edited_export_updates_the_story(client, story, reference):
    from openpyxl import load_workbook

    from stories.models import StoryIndexPage

    assert run(xlsx(row()), publish=True).ok
    index = StoryIndexPage.objects.get(locale__language_code="ru")
    workbook = load_workbook(io.BytesIO(client.get(f"/exports/{index.pk}/stories.xlsx").content))
    sheet = workbook.worksheets[0]
    keys = [cell.value for cell in sheet[2]]
    for cells in sheet.iter_rows(min_row=3):
        if cells[keys.index("title")].value == "Новый мост":
            cells[keys.index("title")].value = "Новый мост через реку"
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run(buffer.getvalue())
    assert result.counts[Action.UPDATED] == 1 and result.counts[Action.UNCHANGED] == 1
    ru = imported().get(locale__language_code="ru")
    assert ru.get_latest_revision_as_object().title == "Новый мост через реку"


def test_imported_pages_are_indexed_once_written(story, reference, search_index):
    from wagtail.models import ReferenceIndex

    run(xlsx(row(title_en="A unique suspension bridge")))
    found = StoryPage.objects.search("suspension")
    assert [(page.external_id, page.locale.language_code) for page in found] == [("t-1", "en")]
    en = imported().get(locale__language_code="en")
    assert ReferenceIndex.get_references_for_object(en).exists()


def test_a_dry_run_indexes_nothing(story, reference, search_index):
    run(xlsx(row(title_en="A unique suspension bridge")), dry_run=True)
    assert not StoryPage.objects.search("suspension")


def test_a_name_shared_by_two_municipalities_asks_for_the_code(story, reference):
    from tests import factories as f

    index = story.get_parent().get_parent()
    other = f.MunicipalityPageFactory(parent=index, title="Бостери", slug="bosteri-2", coate="417")
    other.save_revision().publish()
    result = run(xlsx(row()))
    assert "Several municipalities are called “Бостери”: give its СОАТЕ code." in messages(result)
    by_code = messages(run(xlsx(row(municipality="417"))))
    assert by_code == [
        "The municipality has no page in ru yet.",
        "The municipality has no page in en yet.",
    ]


def test_photos_changed_on_a_published_story(story, reference, tmp_path):
    import hashlib

    blue = photo_bytes("blue")
    photos = photo_dir(tmp_path, **{"a.jpg": photo_bytes("red"), "b.jpg": blue})
    assert run(
        xlsx(row(photos="a.jpg; b.jpg", photo_consent="yes")), photos=photos, publish=True
    ).ok
    result = run(xlsx(row(photos="b.jpg; a.jpg", photo_consent="yes")), photos=photos, publish=True)
    assert result.ok and result.counts[Action.UPDATED] == 1
    ky = imported().get(locale__language_code="ky")
    gallery = list(ky.gallery_images.all())
    assert [g.image.file_hash for g in gallery][0] == hashlib.sha1(blue).hexdigest()  # noqa: S324
    assert ky.image_id == gallery[0].image_id and len(gallery) == 2


def _merged():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(row().keys()))
    sheet.append(list(row().values()))
    sheet.append(list(row(external_id="t-2").values()))
    sheet.merge_cells("B2:B3")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv(*lines):
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode()


BAD_FILES = {
    "merged cells": (_merged, "Merged cells (B2:B3)"),
    "10 MB in one cell": (
        lambda: _csv("external_id,municipality,title_en,summary_en", "x,Bosteri,a," + "x" * 10**7),
        "characters",
    ),
    "10 001 rows": (
        lambda: _csv(
            "external_id,municipality,title_en,summary_en",
            *(f"r{n},Bosteri,Title {n},Summary" for n in range(10_001)),
        ),
        "more than 10 000 rows",
    ),
    "password-protected": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
        "protected with a password",
    ),
    "empty rows only": (lambda: _csv("external_id,title_en", ",", ",", ""), "no rows of data"),
    "dates three ways and one impossible": (
        lambda: _csv(
            "external_id,municipality,title_en,summary_en,gathering_date",
            "d1,Bosteri,A,S,05.03.2021",
            "d2,Bosteri,B,S,2021-03-05",
            "d3,Bosteri,C,S,44260",
            "d4,Bosteri,D,S,29.02.2021",
        ),
        "29.02.2021 is not a date that exists.",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_files_write_nothing(case, story, reference):
    make, message = BAD_FILES[case]
    pages, revisions = StoryPage.objects.count(), Revision.objects.count()
    try:
        result = run(make(), name="bad.csv")
    except ImportFailure as failure:
        found = str(failure)
    else:
        assert not result.committed
        found = " ".join(messages(result))
    assert message in found
    assert (StoryPage.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_a_real_decompression_bomb_is_refused(story, reference, tmp_path):
    buffer = io.BytesIO()
    PILImage.new("1", (20_000, 20_000)).save(buffer, "PNG")  # 400 million pixels, ~60 kB
    photos = photo_dir(tmp_path, **{"bomb.png": buffer.getvalue()})
    result = run(xlsx(row(photos="bomb.png")), photos=photos)
    assert "“bomb.png” has too many pixels (at most 40 million)." in messages(result)
    assert not imported().exists()


def test_rich_texts_are_escaped_paragraphs(story, reference):
    data = xlsx({**row(), "problem_en": "No water.\n\n<script>alert(1)</script> & mud\nagain"})
    assert run(data).ok
    en = imported().get(locale__language_code="en").get_latest_revision_as_object()
    assert en.problem == (
        "<p>No water.</p><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; mud<br/>again</p>"
    )


# ---- The whole story: notes, choices, flags, votes, outputs, quotes, captions --------


def full_row(**values):
    base = row(
        identification_method="Фокус-группа с уязвимой группой",
        identification_details_ky="Аялдар менен жолугушуу.",
        identification_details_en="A meeting with women.",
        body_en="First paragraph.\n\nSecond paragraph.",
        body_ru=None,  # an empty body: unchanged on the next import
        beneficiaries_note_ru="Семьи с детьми",
        operator_kind="users_association",
        operator_name_en="Water users' association",
        tariff_approved="ооба",
        tariff_decision_ru="Постановление № 5 от 01.02.2022",
        sustainability_note_en="Paid for by the tariff.",
        monitored_by_group="yes",
        monitoring_group_members=7,
        monitoring_note_ky="Топ ай сайын текшерет.",
        vote_counts="65*; 38",
        vote_alternatives_ky="Көпүрө\nЖол",
        vote_alternatives_ru="Мост\nДорога",
        output_quantities="1; 2,5",
        output_units_en="bridge\nkm",
        output_units_ru="мост\nкм",
        output_descriptions_en="a new bridge\nof road",
        quotes_en="Now the children walk to school.",
        quote_roles_en="a mother",
        source_title_ky="Булак",
        source_title_en="Source",
        is_sample="yes",
    )
    base.update(values)
    return base


def test_every_field_of_a_story_from_its_columns(story, reference, tmp_path):
    photos = photo_dir(tmp_path, **{"a.jpg": photo_bytes("red"), "b.jpg": photo_bytes("blue")})
    data = xlsx(
        full_row(
            photos="a.jpg; b.jpg",
            photo_consent="yes",
            photo_credit_ky="Ашар",
            photo_credit_en="Ashar",
            photo_captions_ky="Көпүрө\nЖол",
        )
    )
    result = run(data, photos=photos, publish=True)
    assert result.ok, result.all_issues()
    pages = {p.locale.language_code: p for p in imported().select_related("locale")}
    ky, ru, en = pages["ky"], pages["ru"], pages["en"]
    assert ky.identification_method == "focus_group" and en.operator_kind == "users_association"
    assert ky.identification_details == "<p>Аялдар менен жолугушуу.</p>"
    assert [block.value.source for block in en.body] == [
        "<p>First paragraph.</p><p>Second paragraph.</p>"
    ]
    assert ru.beneficiaries_note == "Семьи с детьми" and en.beneficiaries_note == ""
    assert ru.tariff_approved and ru.tariff_decision == "Постановление № 5 от 01.02.2022"
    assert en.monitored_by_group and en.monitoring_group_members == 7 and en.is_sample
    assert [(v.alternative, v.votes, v.chosen) for v in ru.votes.all()] == [
        ("Мост", 65, True),
        ("Дорога", 38, False),
    ]
    # A language without the texts shows the first language's.
    assert [v.alternative for v in en.votes.all()] == ["Көпүрө", "Жол"]
    assert [(str(o.quantity), o.unit) for o in ru.outputs.all()] == [
        ("1.00", "мост"),
        ("2.50", "км"),
    ]
    assert [(q.text, q.role) for q in ky.quotes.all()] == [
        ("Now the children walk to school.", "a mother")
    ]
    assert len({v.translation_key for p in pages.values() for v in p.votes.all()}) == 2
    assert (ky.source_title, en.source_title) == ("Булак", "Source")
    assert [(g.caption, g.credit) for g in ky.gallery_images.all()] == [
        ("Көпүрө", "Ашар"),
        ("Жол", "Ашар"),
    ]
    assert [g.credit for g in en.gallery_images.all()] == ["Ashar", "Ashar"]
    for page in pages.values():
        page.full_clean()
    # Imported again: nothing changes, no revision.
    revisions = Revision.objects.count()
    again = run(data, photos=photos, publish=True)
    assert again.counts[Action.UNCHANGED] == 1, again.all_issues()
    assert Revision.objects.count() == revisions
    # One vote changed: an update of the rows, in every language.
    changed = run(xlsx(full_row(vote_counts="60*; 38")), publish=True)
    assert changed.counts[Action.UPDATED] == 1
    assert [v.votes for v in imported().get(locale__language_code="en").votes.all()] == [60, 38]


@pytest.mark.parametrize(
    ("values", "column", "message"),
    [
        ({"identification_method": "by magic"}, "identification_method", "Unknown value"),
        ({"operator_kind": "nobody"}, "operator_kind", "Unknown value"),
        ({"tariff_approved": "maybe"}, "tariff_approved", "Write yes or no"),
        ({"vote_counts": "65*; many"}, "vote_counts", "whole number"),
        ({"vote_alternatives_ru": "Мост"}, "vote_alternatives_ru", "1 lines for 2 rows"),
        ({"output_quantities": "-1; 2"}, "output_quantities", "Expected a number from 0"),
        ({"output_units_ru": "x" * 41 + "\nкм"}, "output_units_ru", "At most 40 characters"),
        ({"quote_roles_en": "a mother\na father"}, "quote_roles_en", "2 lines for 1 rows"),
        ({"source_title": "Both"}, "source_title", "not both"),
    ],
)
def test_bad_cells_of_the_story_columns_are_named_and_nothing_is_written(
    story, reference, values, column, message
):
    result = run(xlsx(full_row(**values)))
    assert not result.ok and not imported().exists()
    [issue] = result.all_issues()
    assert issue.column == column and message in issue.message, issue


def test_numbers_of_rows_without_any_text_are_refused(story, reference):
    data = full_row(vote_alternatives_ky=None, vote_alternatives_ru=None)
    result = run(xlsx(data))
    assert not result.ok
    assert [issue.column for issue in result.all_issues()] == ["vote_alternatives_ky"]


def test_more_captions_than_photos_are_refused(story, reference, tmp_path):
    photos = photo_dir(tmp_path, **{"a.jpg": photo_bytes("red")})
    result = run(xlsx(row(photos="a.jpg", photo_captions_en="One\nTwo")), photos=photos)
    assert "More captions than photos" in messages(result)[0]


def test_a_long_title_makes_a_slug_cut_at_a_word(story, reference):
    title = "Warm classrooms in winter: a new boiler and windows for the school of the village"
    assert run(xlsx(row(title_en=title))).ok
    slug = imported().get(locale__language_code="en").slug
    assert slug == "warm-classrooms-in-winter-a-new-boiler-and-windows-for-the"


def test_a_caller_that_switched_the_indexes_off_indexes_itself(story, reference, search_index):
    from core.indexing import index_auto_update

    with index_auto_update(False):
        assert run(xlsx(row(title_en="A unique suspension bridge"))).ok
    assert not StoryPage.objects.search("suspension")


def test_each_page_written_is_logged_once_with_its_revision(story, reference, django_user_model):
    from wagtail.models import PageLogEntry

    editor = django_user_model.objects.create_user("importer", password="x")
    result = run(
        xlsx(row(), row(external_id="t-2", title_en="A school")), publish=True, user=editor
    )
    assert result.ok
    for page in StoryPage.objects.filter(external_id__in=["t-1", "t-2"]):
        entries = PageLogEntry.objects.filter(page=page)
        actions = sorted(entries.values_list("action", flat=True))
        assert actions == ["wagtail.create", "wagtail.publish"], page.locale
        assert {entry.revision_id for entry in entries} == {page.live_revision_id}
        assert {entry.user_id for entry in entries} == {editor.pk}
        assert {entry.label for entry in entries} == {page.title}


def test_translations_are_built_from_the_row_with_shared_keys(story, reference):
    data = xlsx(
        row(
            vote_alternatives_ky="Көпүрө\nЖол",
            vote_alternatives_ru="Мост\nДорога",
            vote_alternatives_en="Bridge\nRoad",
            vote_counts="40; 20",
        )
    )
    result = run(data, publish=True)
    assert result.ok, result.all_issues()
    pages = {page.locale.language_code: page for page in imported().select_related("locale")}
    assert set(pages) == {"ky", "ru", "en"}
    assert len({page.translation_key for page in pages.values()}) == 1
    for code, page in pages.items():
        assert page.get_parent().locale.language_code == code
        assert {topic.locale_id for topic in page.topics.all()} == {page.locale_id}
        assert page.programme.locale_id == page.locale_id
    votes = {code: list(page.votes.order_by("sort_order")) for code, page in pages.items()}
    assert [v.alternative for v in votes["ru"]] == ["Мост", "Дорога"]
    assert [v.votes for v in votes["en"]] == [40, 20]
    # An inline row and its translations share a key, as wagtail-localize's copies do.
    keys = {code: [v.translation_key for v in rows] for code, rows in votes.items()}
    assert keys["ky"] == keys["ru"] == keys["en"]
    # Each first revision holds the rows as written, with their ids and topics.
    for code, page in pages.items():
        content = page.live_revision.content
        assert [v["pk"] for v in content["votes"]] == [v.pk for v in votes[code]]
        assert sorted(content["topics"]) == sorted(page.topics.values_list("pk", flat=True))


def test_a_photo_named_by_several_rows_is_checked_once(story, reference, tmp_path, monkeypatch):
    from core import photos as photo_module

    checked = []
    real_check = photo_module.photo_check
    monkeypatch.setattr(
        photo_module,
        "photo_check",
        lambda upload: checked.append(upload.name) or real_check(upload),
    )
    folder = photo_dir(tmp_path, **{"a.jpg": photo_bytes("red")})
    rows = [
        row(external_id=f"t-{n}", title_en=f"Bridge {n}", photos="a.jpg", photo_consent="yes")
        for n in range(3)
    ]
    result = run(xlsx(*rows), photos=folder)
    assert result.ok, result.all_issues()
    assert checked == ["a.jpg"]


def test_a_reimport_compares_rows_in_queries_that_do_not_grow_with_them(story, reference):
    def rows(count):
        return [
            row(
                external_id=f"q-{n}",
                title_en=f"Bridge {n}",
                title_ru=f"Мост {n}",
                title_ky=f"Көпүрө {n}",
            )
            for n in range(count)
        ]

    assert run(xlsx(*rows(4)), publish=True).ok
    counts = []
    for count in (1, 4):
        with CaptureQueriesContext(connection) as queries:
            result = run(xlsx(*rows(count)), dry_run=True)
        assert result.counts[Action.UNCHANGED] == count
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_new_stories_read_none_of_their_inline_rows_back(story, reference, search_index):
    """A new story has no votes, outputs, quotes, documents or service links yet: its first
    revision is serialised and its references indexed without reading each of those
    relations back page by page (a 234-row file is 702 pages: the reads were a third of
    the write's queries). The reference index reads each relation once for the file, the
    search index some of them once more."""
    relations = [
        relation.related_model._meta.db_table
        for relation in get_all_child_relations(StoryPage)
        if relation.related_model is not Comment
    ]
    reads = []
    for count in (1, 4):
        rows = [
            row(external_id=f"n{count}-{n}", title_en=f"Bridge {count}.{n}") for n in range(count)
        ]
        with CaptureQueriesContext(connection) as queries:
            assert run(xlsx(*rows)).ok
        reads.append(
            [sum(f'FROM "{table}"' in query["sql"] for query in queries) for table in relations]
        )
    assert len(relations) >= 5
    assert reads[0] == reads[1]
