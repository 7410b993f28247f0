"""The home page with the demo content, in Kyrgyz and Russian, on a phone and a desktop
screen: it renders its numbers, fits the screen, passes axe, and its map leads into the
filtered story list."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
LANGUAGES = pytest.mark.parametrize("browser_locale", ["ky", "ru"])


@LANGUAGES
@VIEWPORTS
def test_home_page_shows_its_numbers_in_the_language(page, viewport, browser_locale, screenshot):
    response = page.goto(f"/{browser_locale}/")

    assert response is not None and response.status == 200
    assert page.locator("html").get_attribute("lang") == browser_locale
    assert page.locator("h1").count() == 1
    values = page.locator(".home-numbers .stat__value").all_inner_texts()
    assert len(values) == 4, "stories, municipalities, people reached and money"
    assert all(re.fullmatch(r"[\d\u202f.,]+", value.strip()) for value in values), values
    assert int(values[0].replace("\u202f", "")) > 0, "the demo has stories"
    assert page.locator(".home-money .money-table tbody tr").count() >= 3, "money by source"
    assert page.locator(".home-participation .stat").count() >= 6
    assert page.locator(".pipeline__value").count() == 2
    screenshot(page, f"home-{browser_locale}-{viewport['width']}")


@LANGUAGES
@pytest.mark.parametrize("viewport", [PHONE], ids=["375"])
def test_home_page_fits_a_phone_screen(page, viewport, browser_locale):
    page.goto(f"/{browser_locale}/")

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a 375px screen"
    assert page.locator(".home-numbers .stat").first.is_visible()


@LANGUAGES
@VIEWPORTS
def test_home_page_has_no_serious_accessibility_violations(page, viewport, browser_locale):
    page.goto(f"/{browser_locale}/")

    assert_no_serious_axe_violations(page)


@LANGUAGES
def test_clicking_a_region_on_the_map_opens_the_story_list_filtered_by_it(page, browser_locale):
    page.goto(f"/{browser_locale}/")
    region_link = page.locator(".home-map .region-map__svg a[href*='region=']").first
    href = region_link.get_attribute("href")
    region = parse_qs(urlsplit(href).query)["region"][0]

    region_link.click()
    page.wait_for_url(re.compile(rf"region={re.escape(region)}"))

    assert urlsplit(page.url).path == f"/{browser_locale}/stories/"
    assert parse_qs(urlsplit(page.url).query)["region"] == [region]
    assert page.locator("h1").count() == 1
