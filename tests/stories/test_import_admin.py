"""The stories import in the admin (core.import_admin): who may use it, upload → preview
→ confirm → result, the error spreadsheet, the templates, and bad uploads."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from core.models import ImportLog
from municipalities.services import municipal_groups_sync
from stories.models import StoryPage
from tests import factories as f
from tests.pages import streamed
from tests.stories.test_import import photo_bytes, row, xlsx

pytestmark = pytest.mark.django_db

URL = "/admin/import/stories/"


@pytest.fixture
def central(client, story, reference):
    municipal_groups_sync()
    user = f.group_member("Central editors", "central", language="ru")
    client.force_login(user)
    return user


def upload(client, data, name="stories.xlsx", photos=None):
    files = {"file": SimpleUploadedFile(name, data)}
    if photos is not None:
        files["photos"] = SimpleUploadedFile("photos.zip", photos)
    return client.post(URL, files)


def token_of(response):
    html = response.content.decode()
    return html.split('name="token" value="', 1)[1].split('"', 1)[0]


def test_central_editor_sees_the_page_with_templates(
    client, central, django_assert_max_num_queries
):
    with django_assert_max_num_queries(16):  # with the admin menu's content health item
        response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for code in ("ky", "ru", "en"):
        assert f"{URL}template/{code}.xlsx" in html
    assert URL in client.get("/admin/").content.decode()  # the menu item


def test_others_are_refused_clearly(client, story):
    municipal_groups_sync()
    editor = f.group_member(f"{story.get_parent().title} editors", "municipal")
    client.force_login(editor)
    for response in (
        client.get(URL),
        client.post(URL, {"file": SimpleUploadedFile("s.xlsx", xlsx(row()))}),
        client.post(f"{URL}confirm/", {"token": "x"}),
        client.get(f"{URL}template/ky.xlsx"),
    ):
        assert response.status_code == 403
        assert "Only central editors may import" in response.content.decode()
    assert not StoryPage.objects.filter(external_id="t-1").exists()


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_upload_preview_confirm_result(client, central):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.jpg", photo_bytes())
    data = xlsx(row(photos="a.jpg", photo_consent="да"), row(external_id="t-2"))
    response = upload(client, data, photos=buffer.getvalue())
    assert response.status_code == 200
    html = response.content.decode()
    assert "ashar-import__row--new" in html and html.count("ashar-import__row--new") == 2
    assert not StoryPage.objects.filter(external_id="t-1").exists()
    token = token_of(response)
    response = client.post(f"{URL}confirm/", {"token": token})
    assert response.status_code == 200
    html = streamed(response)
    # The progress, then the result.
    first_step = html.index('<p class="ashar-import__step" aria-hidden="true"><progress value=')
    assert first_step < html.index("is imported.")
    assert 'value="4" max="4"' in html  # two rows checked and written: the last step
    assert html.rstrip().endswith("</html>")
    assert StoryPage.objects.filter(external_id__in=["t-1", "t-2"]).count() == 6
    assert not StoryPage.objects.filter(external_id="t-1", live=True).exists()
    logs = list(ImportLog.objects.filter(user=central).values_list("dry_run", "committed", "new"))
    assert logs == [(False, True, 2), (True, False, 2)]
    # The same token cannot import twice.
    again = client.post(f"{URL}confirm/", {"token": token})
    assert again.status_code == 400
    assert StoryPage.objects.filter(external_id__in=["t-1", "t-2"]).count() == 6


def test_confirm_and_publish(client, central):
    response = upload(client, xlsx(row()))
    streamed(client.post(f"{URL}confirm/", {"token": token_of(response), "publish": "1"}))
    assert StoryPage.objects.filter(external_id="t-1", live=True).count() == 3


def test_errors_are_listed_and_downloadable(client, central):
    response = upload(client, xlsx(row(), row(external_id="t-2", grant_kgs=-3)))
    html = response.content.decode()
    assert "ashar-import__row--error" in html
    assert 'name="token"' not in html  # nothing to confirm
    link = html.split(f'href="{URL}errors/', 1)[1].split('"', 1)[0]
    download = client.get(f"{URL}errors/{link}")
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(download.content)).active
    rows = list(sheet.values)
    assert rows[1][0] is None and "grant_kgs" in rows[2][0]
    # Another editor's session cannot download it.
    client.logout()
    other = f.group_member("Central editors", "central2")
    client.force_login(other)
    assert client.get(f"{URL}errors/{link}").status_code == 404


@pytest.mark.parametrize(
    ("data", "name", "message"),
    (
        (b"\x89PNG\r\n\x1a\n\x00\x00", "photo.xlsx", "not a spreadsheet"),
        (b"external_id\r\n", "empty.csv", "no rows of data"),
    ),
)
def test_bad_files_get_a_message(client, central, data, name, message):
    response = upload(client, data, name)
    assert response.status_code == 400
    html = response.content.decode()
    assert "The file cannot be imported; nothing was written." in html
    assert message in html


def test_zip_with_path_traversal_in_the_admin(client, central):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../evil.jpg", photo_bytes())
    response = upload(client, xlsx(row(photos="evil.jpg")), photos=buffer.getvalue())
    assert response.status_code == 400
    assert "../evil.jpg" in response.content.decode()


def test_bogus_token(client, central):
    assert client.post(f"{URL}confirm/", {"token": "../../etc"}).status_code == 400
    assert client.get(f"{URL}errors/nothing/").status_code == 404
    assert client.get(f"{URL}template/de.xlsx").status_code == 404


@pytest.mark.parametrize("language", ("ky", "ru", "en"))
def test_template_per_language(client, central, language):
    from stories.services import STORY_LAYOUT

    response = client.get(f"{URL}template/{language}.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    headers = [cell.value for cell in workbook.worksheets[0][1]]
    assert headers[0] == STORY_LAYOUT.column("external_id").header(language)
    assert STORY_LAYOUT.column("title_ru").header(language) in headers
    # Drop-downs: municipalities, topics, programmes, groups, how the problem was
    # identified, the operator, and yes/no for the tariff, the monitoring group, the
    # photos' consent and a sample story.
    assert len(workbook.worksheets[0].data_validations.dataValidation) == 10
    lists = workbook.worksheets[1]
    expected = "Bosteri" if language == "en" else "Бостери"
    assert [c.value for c in lists["A"] if c.value] == ["municipality", expected]


def test_the_menu_item_is_for_central_editors_only(client, story):
    municipal_groups_sync()
    client.force_login(f.group_member(f"{story.get_parent().title} editors", "municipal"))
    assert URL not in client.get("/admin/").content.decode()


def test_too_large_uploads_are_refused_by_the_form(client, central, monkeypatch):
    import core.import_admin

    monkeypatch.setattr(core.import_admin, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(core.import_admin, "MAX_PHOTOS_ZIP_BYTES", 100)
    response = upload(client, xlsx(row()), photos=b"x" * 200)
    assert response.status_code == 200
    assert response.content.decode().count("The file is larger than 0 MB.") == 2
    assert not StoryPage.objects.filter(external_id="t-1").exists()
