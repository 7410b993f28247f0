"""The Kyrgyz home page works in a real browser, on a phone and on a desktop screen.

The smoke test of the browser set-up itself (server, Chromium, screenshots); the home
page's content, layout and accessibility are tested in test_home.py.
"""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])


@WIDTHS
def test_home_page_loads_in_kyrgyz(page, viewport, screenshot):
    response = page.goto("/ky/")

    assert response is not None
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "ky"
    assert page.locator("h1").count() == 1, "the page has exactly one h1"
    assert page.locator("h1").inner_text().strip()
    path = screenshot(page, f"smoke-home-ky-{viewport['width']}")
    assert path.is_file()
    assert path.stat().st_size > 0


@WIDTHS
def test_home_page_needs_no_other_server_and_raises_no_script_errors(page, viewport):
    page.goto("/ky/", wait_until="networkidle")

    assert page.external_requests == [], "the page must not depend on third-party servers"
    assert page.javascript_errors == []
