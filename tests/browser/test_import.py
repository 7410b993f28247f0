"""A central editor imports stories with photos in the admin, in Chromium, on the demo:
the upload page (its templates), a file with an error (the preview names the row and
column, the error file downloads), the corrected file (preview: new rows), confirm, the
result, and the imported story in the admin's page list: a file of 234 stories, as many as
the programmes' spreadsheet holds. Screenshots at 1280 and 375 px
(test-artifacts/screenshots/import-*.png). The time of an import is measured by command
(README, docs/import.md), not here."""

import io
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image

from tests.browser.conftest import (
    ADMIN_LOCALE,
    CONTEXT_OPTIONS,
    assert_no_serious_axe_violations,
    sign_in,
)

pytestmark = pytest.mark.browser

ROWS = 234  # as many as the programmes' spreadsheet of stories holds
# A file with an error is refused whole, whatever its length (tests/stories/test_import.py),
# and its error page and error file are the same: the broken files are shorter, of the
# same rows, the broken one among them.
BROKEN_ROWS = 12
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
    "total_kgs",
    "grant_kgs",
    "gathering_participants",
    "gathering_women",
    "photos",
    "photo_credit",
    "photo_consent",
]


def spreadsheet(*, broken=False, rows=ROWS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for number in range(1, rows + 1):
        sheet.append(
            [
                f"browser-import-{number}",
                ("Бостери", "41702215808000", "Bosteri")[number % 3],
                f"Браузер аркылуу импорт №{number}",
                f"Импорт через браузер №{number}",
                f"Imported in a browser no. {number}",
                "Айыл суу түтүгүн оңдоду.",
                "Село отремонтировало водопровод.",
                "The village repaired its water pipe.",
                2022,
                "Питьевая вода",
                "VAP",
                900_000,
                # Row 5 (the fourth story): a grant above the total, when `broken`.
                1_000_000 if broken and number == 4 else 600_000,
                150,
                70,
                f"suu-{number % 3}.jpg",
                "Ашар",
                "ооба",
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def photos_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number, colour in enumerate(((61, 110, 143), (143, 110, 61), (80, 140, 80))):
            image = io.BytesIO()
            Image.new("RGB", (640, 400), colour).save(image, "JPEG")
            archive.writestr(f"suu-{number}.jpg", image.getvalue())
    return buffer.getvalue()


def login(page):
    """The central editor, signed in, with a minute for each step (an import runs long)."""
    page.set_default_timeout(60_000)
    return sign_in(page, "central")


def central_page(open_page, viewport):
    """A page of the pool signed in as the central editor, a minute for each step."""
    page = open_page(viewport, ADMIN_LOCALE, user="central")
    page.set_default_timeout(60_000)
    return page


def upload(page, data, name):
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": name,
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": data,
            }
        ],
    )
    page.set_input_files(
        "#id_photos",
        files=[{"name": "photos.zip", "mimeType": "application/zip", "buffer": photos_zip()}],
    )
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Проверить файл|Check the file")).click()


def test_central_editor_imports_stories_with_photos(browser, live_site, screenshot):
    # A context of its own: the test adds a script to its page (add_init_script).
    context = browser.new_context(
        base_url=live_site, viewport={"width": 1280, "height": 900}, **CONTEXT_OPTIONS
    )
    page = login(context.new_page())
    # The menu leads to the import.
    page.goto("/admin/import/stories/")
    assert page.locator("h1").inner_text().strip() == "Импорт историй"
    assert page.locator(".ashar-import__templates a").count() == 3
    screenshot(page, "import-upload-1280")
    assert_no_serious_axe_violations(page)
    with page.expect_download() as download:
        page.locator(".ashar-import__templates a").first.click()
    template = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    assert template.worksheets[0]["A1"].value == "Тышкы ID"  # headers in Kyrgyz

    # A file with an error: nothing can be imported; the row and column are named.
    upload(page, spreadsheet(broken=True, rows=BROKEN_ROWS), "stories-broken.xlsx")
    error_row = page.locator(".ashar-import__row--error")
    assert error_row.count() == 1
    # Its preview has both kinds of row, an error and new ones: accessibility is checked
    # here, where the table is short (axe-core on the 234-row preview took Chromium 3.5 s
    # of CPU, for the same markup repeated).
    assert page.locator(".ashar-import__row--new").count() == BROKEN_ROWS - 1
    assert_no_serious_axe_violations(page)
    assert error_row.locator("td").first.inner_text() == "5"
    assert "total_kgs: Сумма частей (1 000 000 сом) превышает" in error_row.inner_text()
    assert page.locator("input[name=token]").count() == 0
    screenshot(page, "import-errors-1280")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("столбцом ошибок|error column")).click()
    rows = list(load_workbook(io.BytesIO(download.value.path().read_bytes())).active.values)
    assert rows[4][0].startswith("total_kgs: Сумма частей")

    # The corrected file: every row new, then imported.
    page.goto("/admin/import/stories/")
    upload(page, spreadsheet(), "stories.xlsx")
    assert page.locator(".ashar-import__row--new").count() == ROWS
    screenshot(page, "import-preview-1280")
    # "Import": the page streams while the import runs — the progress steps arrive
    # one by one (each replaces the one before), then the result. A MutationObserver
    # (installed before the page loads) notes when each part reached the page.
    page.add_init_script(
        """
        window.__importSeen = [];
        new MutationObserver(records => {
            for (const record of records) for (const node of record.addedNodes) {
                if (!(node instanceof HTMLElement)) continue;
                if (node.matches(".ashar-import__step"))
                    window.__importSeen.push(["step", node.innerText, performance.now()]);
                if (node.matches(".help-info"))
                    window.__importSeen.push(["result", "", performance.now()]);
            }
        }).observe(document, {childList: true, subtree: true});
        """
    )
    with page.expect_navigation(timeout=180_000):
        page.get_by_role("button", name=re.compile("^(Импорт|Import)$")).click()
    page.wait_for_selector(".ashar-import .help-info", timeout=180_000)
    seen = page.evaluate("window.__importSeen")
    steps = [text for kind, text, _at in seen if kind == "step"]
    assert re.search(rf"(Импортирована строка|Imported row) {ROWS} (из|of) {ROWS}", steps[-1])
    assert any(re.search(r"(Проверена строка|Checked row) 1 ", text) for text in steps)
    assert [kind for kind, _text, _at in seen][-1] == "result"
    # The first step reached the page well before the result: it was streamed.
    first_step = next(at for kind, _text, at in seen if kind == "step")
    assert seen[-1][2] - first_step > 100
    # The last step is drawn over the others: it is what the reader sees.
    on_top = page.evaluate(
        """() => {
            const box = document.querySelector(".ashar-import__running").getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + 40, box.top + box.height / 2);
            return hit.closest(".ashar-import__step").innerText;
        }"""
    )
    assert on_top == steps[-1]
    assert page.locator(".ashar-import__row--new").count() == ROWS
    screenshot(page, "import-result-1280")

    # The story is a draft in the admin, with its main photo.
    link = page.locator(".ashar-import__row--new a").first
    story_url = link.get_attribute("href")
    assert re.fullmatch(r"/s/\d+/", story_url)
    page_id = story_url.strip("/").split("/")[1]
    page.goto(f"/admin/pages/{page_id}/edit/")
    assert page.locator("#id_title").input_value() == "Браузер аркылуу импорт №1"

    # The same file again: every row unchanged.
    page.goto("/admin/import/stories/")
    upload(page, spreadsheet(), "stories.xlsx")
    assert page.locator(".ashar-import__row--unchanged").count() == ROWS
    context.close()


def test_import_pages_on_a_phone(open_page, screenshot):
    page = central_page(open_page, {"width": 375, "height": 812})
    page.goto("/admin/import/stories/")
    screenshot(page, "import-upload-375")
    upload(page, spreadsheet(broken=True, rows=BROKEN_ROWS), "stories-broken.xlsx")
    assert page.locator(".ashar-import__row--error").count() == 1
    # Every button stays inside its box (the download button overflowed it by 2 px).
    for button in page.locator(".ashar-import .help-critical .button").all():
        box = button.bounding_box()
        frame = button.locator("xpath=ancestor::div[contains(@class,'help-critical')]")
        outer = frame.bounding_box()
        assert box["x"] >= outer["x"] and box["x"] + box["width"] <= outer["x"] + outer["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # The row's error is read on the screen, not past its edge (the table scrolled).
    error = page.locator(".ashar-import__row--error .ashar-import__issues li").first
    error.scroll_into_view_if_needed()
    box = error.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
    assert "total_kgs" in error.inner_text()
    screenshot(page, "import-errors-375")


def test_a_municipal_editor_is_refused(open_page):
    page = open_page(locale=ADMIN_LOCALE, user="bosteri-editor")
    response = page.goto("/admin/import/stories/")
    assert response.status == 403
    assert page.locator(".help-warning").count() == 1
