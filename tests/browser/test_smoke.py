"""The Kyrgyz home page works in a real browser, on a phone and on a desktop screen.

The smoke test of the browser set-up itself (server, Chromium, screenshots, the pool of
pages, the run's axe results); the home page's content, layout and accessibility are
tested in test_home.py.
"""

import re
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import (
    ADMIN_LOCALE,
    RESTING_PATH,
    AxeResults,
    serious_axe_violations,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])


@WIDTHS
def test_home_page_loads_in_kyrgyz(page, viewport):
    response = page.goto("/ky/")

    assert response is not None
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "ky"
    assert page.locator("h1").count() == 1, "the page has exactly one h1"
    assert page.locator("h1").inner_text().strip()
    # Chromium draws the page: a PNG of the screen (what `make screenshots` writes).
    assert page.screenshot().startswith(b"\x89PNG\r\n\x1a\n")


@WIDTHS
def test_home_page_needs_no_other_server_and_raises_no_script_errors(page, viewport):
    page.goto("/ky/", wait_until="networkidle")

    assert page.external_requests == [], "the page must not depend on third-party servers"
    assert page.javascript_errors == []


def test_a_request_to_another_server_is_listed_and_never_leaves_the_machine(page):
    """What the test above relies on: a request to another host is listed, and fails in
    Chromium (its host name does not resolve), so no test depends on another server."""
    page.goto("/ky/")
    outcome = page.evaluate(
        """() => new Promise((done) => {
            const image = new Image();
            image.onload = () => done("loaded");
            image.onerror = () => done("failed");
            image.src = "https://tiles.elsewhere.example/1/2/3.png";
        })"""
    )
    assert outcome == "failed"
    assert page.external_requests == ["https://tiles.elsewhere.example/1/2/3.png"]


def test_a_page_given_back_to_the_pool_forgets_its_visitor(page_pool):
    """The next test that borrows the page is nobody: no cookie (signed out), screen media,
    its lists of external requests and script errors empty, at the viewport it asks for."""
    page = page_pool.take(locale="ru")
    page.context.add_cookies([{"name": "sessionid", "value": "hers", "url": page_pool.live_site}])
    page.emulate_media(media="print")
    page.external_requests.append("https://elsewhere.example/")
    page.javascript_errors.append("Error: boom")
    page_pool.give_back(page)

    again = page_pool.take({"width": 375, "height": 812}, locale="ru")
    try:
        assert again is page  # the same page, reused
        assert again.context.cookies() == []
        assert again.evaluate("matchMedia('print').matches") is False
        assert again.external_requests == [] and again.javascript_errors == []
        assert again.viewport_size == {"width": 375, "height": 812}
    finally:
        page_pool.give_back(again)


def test_axe_checks_a_changed_page_again(page):
    """The run's axe results are kept by the page's state: the same page gives the kept
    result, a page changed since (a photo without its alternative text) is checked anew."""
    page.goto("/ky/about/")
    assert serious_axe_violations(page) == []
    kept = len(list(AxeResults.folder.iterdir()))
    assert serious_axe_violations(page) == []
    assert len(list(AxeResults.folder.iterdir())) == kept

    page.evaluate(
        """() => document.querySelector("main").insertAdjacentHTML(
            "beforeend", '<img src="/static/img/none.png">')"""
    )
    assert "image-alt" in {violation["id"] for violation in serious_axe_violations(page)}


def test_a_page_lent_for_a_user_stays_signed_in_as_her(page_pool):
    """As her own browser would: signed in once, still signed in when lent again, signed
    in again when her session is gone."""

    def session(browser_page):
        return {c["name"]: c["value"] for c in browser_page.context.cookies()}.get("sessionid")

    page = page_pool.take(locale=ADMIN_LOCALE, user="central")
    first_session = session(page)
    page_pool.give_back(page)
    assert first_session

    again = page_pool.take(locale=ADMIN_LOCALE, user="central")
    try:
        assert again is page
        assert session(again) == first_session  # not signed in a second time
        again.context.clear_cookies()  # her session is gone (signed out, expired)
    finally:
        page_pool.give_back(again)

    third = page_pool.take(locale=ADMIN_LOCALE, user="central")
    try:
        assert session(third) not in {None, first_session}  # signed in again
        assert urlsplit(third.goto("/admin/").url).path == "/admin/"
    finally:
        page_pool.give_back(third)


def test_a_page_given_back_from_an_admin_edit_view_rests_outside_the_admin(page_pool):
    """An open edit view pings the server every 10 s (a write) and shows its user as
    editing the page to the others: given back, the page leaves the admin for a small
    file of the site, still signed in."""
    page = page_pool.take(locale=ADMIN_LOCALE, user="central")
    try:
        page.goto("/admin/pages/")
        page.goto(page.locator("a[href$='/edit/']").first.get_attribute("href"))
        assert re.search(r"/admin/pages/\d+/edit/$", page.url)
    finally:
        page_pool.give_back(page)
    assert urlsplit(page.url).path == RESTING_PATH
    assert any(cookie["name"] == "sessionid" for cookie in page.context.cookies())
