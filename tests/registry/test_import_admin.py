"""The register import in the admin (core.import_admin with a target): a municipal editor
imports into her own municipality's register only, from a button on the register's
pages; upload → preview → confirm → the services wait in the workflow; central editors
may publish at once; the error file, the templates, and everyone else refused."""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from openpyxl import load_workbook
from wagtail import hooks

from core.models import ImportLog
from municipalities.services import CENTRAL_EDITORS, municipal_groups_sync
from registry.models import ServicePage
from tests import factories as f
from tests.pages import streamed
from tests.registry.conftest import registers_once
from tests.registry.test_import import row, xlsx

pytestmark = pytest.mark.django_db

registers = registers_once()


@pytest.fixture
def people(registers, municipality):
    municipal_groups_sync()
    return {
        "editor": f.group_member("Бостери editors", "editor", language="ky"),
        "other": f.group_member("Тамчы editors", "other"),
        "central": f.group_member(CENTRAL_EDITORS, "central", language="ru"),
    }


def url(register, view=""):
    return f"/admin/import/register/{register.pk}/{view}"


def upload(client, register, data, name="register.xlsx"):
    return client.post(url(register), {"file": SimpleUploadedFile(name, data)})


def token_of(response):
    html = response.content.decode()
    return html.split('name="token" value="', 1)[1].split('"', 1)[0]


def imported():
    return ServicePage.objects.filter(local_code="7")


def test_editor_sees_the_page_of_her_register(
    client, people, registers, django_assert_max_num_queries
):
    client.force_login(people["editor"])
    with django_assert_max_num_queries(30):  # with the admin menu's report and import items
        response = client.get(url(registers.bosteri))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Бостери" in html
    for code in ("ky", "ru", "en"):
        assert f"{url(registers.bosteri)}template/{code}.xlsx" in html
    template = client.get(f"{url(registers.bosteri)}template/ky.xlsx")
    assert template.status_code == 200
    assert load_workbook(io.BytesIO(template.content)).active["A1"].value


def test_the_registers_pages_offer_the_import_to_whom_may(people, registers):
    def offered(user):
        urls = []
        for hook in hooks.get_hooks("register_page_header_buttons"):
            urls += [button.url for button in hook(registers.bosteri, user, view_name="edit")]
        return url(registers.bosteri) in urls

    assert offered(people["editor"]) and offered(people["central"])
    assert not offered(people["other"]) and not offered(AnonymousUser())


def in_language(language, message):
    with translation.override(language):
        return str(translation.gettext(message))


def test_the_button_is_on_the_registers_edit_page(client, people, registers):
    client.force_login(people["editor"])
    html = client.get(f"/admin/pages/{registers.bosteri.pk}/edit/").content.decode()
    assert url(registers.bosteri) in html


def test_another_municipalitys_register_refuses_her(client, people, registers):
    client.force_login(people["editor"])
    other = registers.tamchy_register
    for response in (
        client.get(url(other)),
        upload(client, other, xlsx(row())),
        client.post(f"{url(other)}confirm/", {"token": "x"}),
        client.get(f"{url(other)}template/ky.xlsx"),
    ):
        assert response.status_code == 403
    refusal = (
        "You may import services only into the register of your own municipality. Open your "
        "municipality's register, or ask a central editor."
    )
    assert in_language("ky", refusal) in client.get(url(other)).content.decode()
    assert not imported().exists()


def test_anonymous_is_sent_to_log_in_and_a_missing_register_is_404(client, people, registers):
    response = client.get(url(registers.bosteri))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(people["central"])
    assert client.get("/admin/import/register/999999/").status_code == 404
    assert client.get(f"/admin/import/register/{registers.services.water.pk}/").status_code == 404


def test_upload_preview_confirm_waits_in_the_workflow(client, people, registers):
    client.force_login(people["editor"])
    response = upload(client, registers.bosteri, xlsx(row()))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("ashar-import__row--new") == 1
    assert 'name="publish"' not in html  # publishing at once is for central editors
    assert not imported().exists()
    token = token_of(response)
    response = client.post(f"{url(registers.bosteri)}confirm/", {"token": token, "publish": "1"})
    assert response.status_code == 200
    assert "help-info" in streamed(response)
    pages = list(imported())
    assert len(pages) == 3
    assert all(not page.live and page.workflow_in_progress for page in pages)
    log = ImportLog.objects.filter(user=people["editor"], committed=True).get()
    assert (log.kind, log.new) == ("register", 1)


def test_central_editor_may_publish_at_once(client, people, registers):
    client.force_login(people["central"])
    response = upload(client, registers.tamchy_register, xlsx(row()))
    assert 'name="publish"' in response.content.decode()
    # The check's token is this register's: it imports into no other.
    wrong = client.post(f"{url(registers.bosteri)}confirm/", {"token": token_of(response)})
    assert wrong.status_code == 400 and not imported().exists()
    streamed(
        client.post(
            f"{url(registers.tamchy_register)}confirm/",
            {"token": token_of(response), "publish": "1"},
        )
    )
    assert imported().filter(live=True).count() == 3


def test_errors_are_listed_in_her_language_and_downloadable(client, people, registers):
    client.force_login(people["editor"])
    response = upload(client, registers.bosteri, xlsx(row(fee_kgs="-5")))
    html = response.content.decode()
    assert "ashar-import__row--error" in html and 'name="token"' not in html
    assert in_language("ky", "An amount of money cannot be negative.") in html
    link = html.split(f'href="{url(registers.bosteri)}errors/', 1)[1].split('"', 1)[0]
    download = client.get(f"{url(registers.bosteri)}errors/{link}")
    assert download.status_code == 200
    rows = list(load_workbook(io.BytesIO(download.content)).active.values)
    assert rows[1][0].startswith("fee_kgs: ")
    assert not imported().exists()


def test_a_file_that_is_not_a_spreadsheet(client, people, registers):
    client.force_login(people["editor"])
    response = upload(client, registers.bosteri, b"\x89PNG\r\n\x1a\n\x00", name="photo.png")
    assert response.status_code == 400
    assert not imported().exists()
