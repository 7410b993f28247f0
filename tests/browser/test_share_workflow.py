"""The whole editorial workflow, in Chromium, on the demo. Бостери's editor writes a news
item in the admin and submits it → Бостери's approver signs it off → a central editor
approves and it goes live. A resident shares a story through the public form from her
municipality's page → the editor sees it on her dashboard → approver → central → live.
A second story is sent back with a comment, which the editor reads on her dashboard. A
screenshot per step (test-artifacts/screenshots/news-*.png, share-*.png, sendback-*.png)."""

import io
import re
import time
from urllib.parse import urlsplit

import pytest
from PIL import Image

from tests.browser.conftest import ADMIN_LOCALE, assert_no_serious_axe_violations

pytestmark = pytest.mark.browser


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (61, 110, 143)).save(buffer, "PNG")
    return buffer.getvalue()


def open_as(open_page, username, path="/admin/"):
    """`path` (her dashboard, or the page she was sent to review) in a page of the pool
    signed in as `username`, at 1280 px, with the browser's own language (the admin's
    language is the user's)."""
    page = open_page({"width": 1280, "height": 900}, ADMIN_LOCALE, user=username)
    page.set_default_timeout(20_000)
    page.goto(path)
    return page


def share(page, title, screenshot, name):
    """From Бостери's page, through the form: the municipality is already chosen."""
    page.goto("/ky/municipalities/")
    page.get_by_role("link", name="Бостери", exact=True).first.click()
    page.locator(".share-callout a.button").click()
    page.wait_for_url(re.compile(r"/ky/share/\?municipality=\d+"))
    selected = page.locator("#id_municipality option:checked").inner_text()
    assert selected == "Бостери"
    page.fill("#id_title", title)
    page.fill("#id_outputs_text", "Айыл чогулушу суу түтүгүн тандады.\n\nЭл 3 км түтүк тартты.")
    page.fill("#id_total_kgs", "1200000")
    page.fill("#id_grant_kgs", "800000")
    page.fill("#id_beneficiaries_people", "1500")
    page.fill("#id_name", "Айгүл Токтобаева")
    page.fill("#id_phone", "+996 555 12 34 56")
    page.set_input_files(
        "#id_photos", files=[{"name": "suu.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    page.check("#id_photos_consent")
    if screenshot:
        assert_no_serious_axe_violations(page)
        screenshot(page, f"{name}-1-resident-form")
    page.get_by_role("button", name="Окуяны жөнөтүү").click()
    page.wait_for_url(re.compile(r"/ky/share/thanks/$"))
    assert "Рахмат" in page.locator("h1").inner_text()
    if screenshot:
        screenshot(page, f"{name}-2-confirmation")


def edit_url_on_dashboard(page, title):
    link = page.locator(".municipal-shared a", has_text=title).first
    link.wait_for()
    return link.get_attribute("href")


def workflow_action(page, *, name, comment=None):
    """Click a workflow action of the edit view's footer (in its dropdown), with a
    comment in the modal when given, and wait until the page the action leads to has
    loaded (the POST answered and its redirect followed; not "network idle", which can
    come before the POST has been answered on a loaded machine, and costs half a second)."""
    selector = f'button[data-workflow-action-name="{name}"]'
    selector += (
        "[data-workflow-action-modal-url]" if comment else ":not([data-workflow-action-modal-url])"
    )
    action = page.locator(selector).first
    if comment is None:
        with page.expect_navigation(timeout=60_000):
            action.dispatch_event("click")
    else:
        action.dispatch_event("click")
        modal = page.locator(".modal-dialog, [role=dialog]").filter(has=page.locator("textarea"))
        modal.locator("textarea").first.fill(comment)
        with page.expect_navigation(timeout=60_000):
            modal.locator("button[type=submit], input[type=submit]").first.click()


def test_an_editors_news_item_goes_through_both_reviews_and_live(open_page, page, screenshot):
    title = f"Бостериде бюджет угуусу {int(time.time())}"
    found = page.request.get(
        "/api/v2/pages/?type=municipalities.MunicipalityPage&slug=bosteri&locale=ky"
    ).json()
    bosteri = found["items"][0]["id"]

    editor = open_as(
        open_page, "bosteri-editor", f"/admin/pages/add/municipalities/newspage/{bosteri}/"
    )
    editor.fill("#id_title", title)
    editor.fill("#id_summary", "Айылдык кеңеш 2027-жылдын бюджети боюнча коомдук угуу өткөрдү.")
    # Leaving the title, the admin's script makes the slug from it a moment later:
    # submitted before, the page is refused for its empty slug.
    editor.wait_for_function("() => document.querySelector('#id_slug').value !== ''")
    screenshot(editor, "news-1-editor-writes")
    with editor.expect_navigation(timeout=60_000):
        editor.locator('button[name="action-submit"]').first.dispatch_event("click")
    editor.goto("/admin/")
    link = editor.locator("#municipal-editor-heading ~ * a, .listing a", has_text=title).first
    link.wait_for()
    edit_url = link.get_attribute("href")
    screenshot(editor, "news-2-editor-in-review")

    news_id = re.search(r"/pages/(\d+)/edit/", edit_url).group(1)
    public = f"/api/v2/pages/{news_id}/"
    assert page.request.get(public).status == 404  # not live yet

    approver = open_as(open_page, "bosteri-approver", edit_url)
    workflow_action(approver, name="approve", comment="Туура, жарыялоого болот.")
    screenshot(approver, "news-3-approver-signed-off")
    assert page.request.get(public).status == 404  # still waits for the central review

    central = open_as(open_page, "central", edit_url)
    workflow_action(central, name="approve")
    screenshot(central, "news-4-central-published")

    live = page.request.get(public)
    assert live.ok
    page.goto(urlsplit(live.json()["meta"]["html_url"]).path)
    assert page.locator("h1").inner_text().replace("\u00ad", "") == title
    screenshot(page, "news-5-live")


def test_a_shared_story_goes_through_both_reviews_and_live(open_page, page, screenshot):
    title = f"Бостериге таза суу {int(time.time())}"
    share(page, title, screenshot, "share")

    editor = open_as(open_page, "bosteri-editor")
    edit_url = edit_url_on_dashboard(editor, title)
    assert "Айгүл Токтобаева" in editor.locator(".municipal-shared").inner_text()
    screenshot(editor, "share-3-editor-dashboard")
    editor.goto(edit_url)
    assert editor.locator("input[name=title]").input_value() == title
    screenshot(editor, "share-4-editor-opens-draft")

    approver = open_as(open_page, "bosteri-approver")
    assert title in approver.content()  # in her "awaiting your review" and her panel
    screenshot(approver, "share-5-approver-dashboard")
    approver.goto(edit_url)
    workflow_action(approver, name="approve", comment="Айгүл менен сүйлөштүм, сандар туура.")
    screenshot(approver, "share-6-approver-signed-off")

    central = open_as(open_page, "central", edit_url)
    workflow_action(central, name="approve")
    screenshot(central, "share-7-central-published")

    story_id = re.search(r"/pages/(\d+)/edit/", edit_url).group(1)
    response = page.goto(f"/s/{story_id}/")  # the short link of a live story
    assert response.ok
    assert page.locator("h1").inner_text().replace("\u00ad", "") == title
    screenshot(page, "share-8-live")


def test_a_shared_story_sent_back_shows_the_comment_to_the_editor(open_page, page, screenshot):
    title = f"Көчө жарыгы {int(time.time())}"
    share(page, title, None, "sendback")

    editor = open_as(open_page, "bosteri-editor")
    edit_url = edit_url_on_dashboard(editor, title)

    approver = open_as(open_page, "bosteri-approver", edit_url)
    comment = "Сүрөттөгү адамдардын макулдугун тактаңыз."
    workflow_action(approver, name="reject", comment=comment)
    screenshot(approver, "sendback-1-approver-requests-changes")

    editor = open_as(open_page, "bosteri-editor")
    item = editor.locator(".municipal-shared li", has_text=title).first
    item.wait_for()
    assert comment in item.inner_text()
    screenshot(editor, "sendback-2-editor-sees-the-comment")
    story_id = re.search(r"/pages/(\d+)/edit/", edit_url).group(1)
    assert page.goto(f"/s/{story_id}/").status == 404  # nothing went live
