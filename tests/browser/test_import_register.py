"""A municipal editor imports her register in the admin, in Chromium, on the demo: Бостери's
editor logs in, opens her register, chooses "Import services from a spreadsheet" in its
actions, uploads a file, sees the check (one new service), confirms, and finds the new
service waiting in the workflow; Kurmanbek's register refuses her. Screenshots at 1280 and
375 px (test-artifacts/screenshots/register-import-*.png)."""

import io
import re

import pytest
from django.utils import translation
from openpyxl import Workbook

from home.demo_data import yaml_data
from registry.choices import ServiceStatus
from registry.services import REGISTER_LAYOUT
from tests.browser.conftest import ADMIN_LOCALE, assert_no_serious_axe_violations

pytestmark = pytest.mark.browser

EXPORT_LINK = re.compile(r"/exports/(\d+)/register\.xlsx")


def register_id(page, municipality):
    """The number of a municipality's register (Kyrgyz), from its public page's download."""
    page.goto(f"/ky/municipalities/{municipality}/services/")
    href = page.locator("a[href*='/register.xlsx']").first.get_attribute("href")
    return int(EXPORT_LINK.search(href).group(1))


def register_file(number):
    """One new service in Бостери's register, texts in Kyrgyz and Russian, with the
    headers and the status in Russian, as the Russian template gives them."""
    cells = {
        "local_code": str(number),
        "base_service_code": yaml_data("reference")["base_services"][0][0],
        "title_ky": f"Жаш үй-бүлөлөргө кеңеш берүү {number}",
        "title_ru": f"Консультации для молодых семей {number}",
        "summary_ky": "Айыл өкмөтү жаш үй-бүлөлөргө акысыз кеңеш берет.",
        "summary_ru": "Айыл окмоту бесплатно консультирует молодые семьи.",
        "is_free": "да",
    }
    with translation.override("ru"):
        cells["status"] = str(ServiceStatus.PROPOSED.label)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([REGISTER_LAYOUT.column(key).header("ru") for key in cells])
    sheet.append(list(cells.values()))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("width", (1280, 375))
def test_municipal_editor_imports_her_register(open_page, screenshot, width):
    page = open_page({"width": width, "height": 900}, ADMIN_LOCALE, user="bosteri-editor")
    own = register_id(page, "bosteri")
    other = register_id(page, "kurmanbek")

    # Her register in the admin: the import is one of its actions.
    page.goto(f"/admin/pages/{own}/edit/")
    page.locator("header [data-controller='w-dropdown'] button").first.click()
    item = page.locator(f"a[href='/admin/import/register/{own}/']")
    item.click()
    page.wait_for_url(re.compile(rf"/admin/import/register/{own}/$"))
    assert "Бостери" in page.locator("h1").inner_text()
    assert page.locator("a[href$='/template/ru.xlsx']").count() == 1
    assert_no_serious_axe_violations(page)
    screenshot(page, f"register-import-1-upload-{width}")

    # Upload: the check shows one new service and writes nothing yet.
    page.set_input_files(
        "input[name=file]",
        files=[
            {
                "name": "reestr.xlsx",
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": register_file(width),
            }
        ],
    )
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    page.locator(".ashar-import__rows").wait_for()
    rows = page.locator(".ashar-import__row--new")
    assert rows.count() == 1, page.locator(".ashar-import__rows").inner_text()
    assert f"Жаш үй-бүлөлөргө кеңеш берүү {width}" in rows.first.inner_text()
    assert page.locator("input[name=publish]").count() == 0  # a municipal editor cannot
    assert_no_serious_axe_violations(page)
    screenshot(page, f"register-import-2-preview-{width}")

    # Confirm: the service is made, as a draft in the workflow.
    page.locator("form[data-ashar-import-confirm] button[type=submit]").click()
    done = page.locator(".ashar-import .help-info")
    done.wait_for()
    assert "reestr.xlsx" in done.inner_text()
    screenshot(page, f"register-import-3-result-{width}")
    page.locator(".ashar-import__row--new a").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert page.locator("#id_title").input_value() == f"Жаш үй-бүлөлөргө кеңеш берүү {width}"
    # Submitted to the municipality's workflow: its sign-off is the step in progress.
    assert page.locator("button[name='action-cancel-workflow']").count() == 1
    step = page.locator("#workflow-status-dialog .workflow-timeline__item--in_progress")
    assert step.count() == 1
    screenshot(page, f"register-import-4-in-workflow-{width}")

    # Another municipality's register refuses her.
    response = page.goto(f"/admin/import/register/{other}/")
    assert response.status == 403
    assert "реестр своего муниципалитета" in page.locator("main").inner_text()
    screenshot(page, f"register-import-5-refused-{width}")
