"""The site-wide search and the base services' pages in a real browser, with the demo: a
service page leads to its base service, and on to another municipality's version of it;
the header's search, from a phone-width Kyrgyz page, finds a municipality by its name in
another script and its stories; without JavaScript the header's form still searches."""

import re

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, load_lazy_images

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.mark.parametrize("viewport", [PHONE], ids=["375"])
def test_service_to_its_base_service_to_another_municipalitys_version(page, viewport, screenshot):
    page.goto("/ky/municipalities/bosteri/services/")
    page.locator("main a[href^='/ky/municipalities/bosteri/services/']").first.click()
    service_url = page.url
    assert re.search(r"/ky/municipalities/bosteri/services/[\w-]+/$", service_url)
    screenshot(page, "findall-service-ky-375")

    page.get_by_role("link", name="Бул кызмат көрсөтүү башка муниципалитеттерде").click()
    assert re.search(r"/ky/services/base/[\d.]+/$", page.url)
    heading = page.locator("h1").inner_text()
    assert page.locator(".base-service__coverage").inner_text().startswith("41 муниципалитеттин")
    rows = page.locator(".service-compare-table tbody th[scope=row] a")
    assert rows.count() >= 2
    assert_no_serious_axe_violations(page)
    load_lazy_images(page)
    screenshot(page, "findall-base-service-ky-375")

    others = [
        (rows.nth(index).inner_text(), rows.nth(index).get_attribute("href"))
        for index in range(rows.count())
        if not rows.nth(index).get_attribute("href").startswith("/ky/municipalities/bosteri/")
    ]
    name, href = others[0]
    page.locator(f".service-compare-table a[href='{href}']").click()
    assert page.url.endswith(href) and href != service_url
    assert name.replace("\xad", "") in page.locator(".breadcrumbs").inner_text()
    # The other municipality's version leads back to the same base service.
    base_link = page.get_by_role("link", name="Бул кызмат көрсөтүү башка муниципалитеттерде")
    base_link.click()
    assert page.locator("h1").inner_text() == heading


@pytest.mark.parametrize("viewport", [PHONE], ids=["375"])
def test_header_search_on_a_phone_finds_a_municipality_in_another_script_and_stories(
    page, viewport, screenshot
):
    page.goto("/ky/municipalities/kyzyl-suu/")
    assert not page.locator(".site-search").is_visible()  # the form is behind the icon
    page.locator(".site-search__link").click()
    assert page.url.endswith("/ky/search/")
    # Russian spelling on the Kyrgyz site: Гульча is Гүлчө.
    page.locator("#search-page-q").fill("Гульча")
    page.locator("#search-page-q").press("Enter")
    municipalities = page.locator("#results-municipalities .search-hit__title")
    assert municipalities.first.inner_text() == "Гүлчө"
    # Latin spelling: Bosteri is Бостери, with its stories.
    page.locator("#search-page-q").fill("Bosteri")
    page.locator("#search-page-q").press("Enter")
    assert page.locator("#results-municipalities .search-hit__title").first.inner_text() == (
        "Бостери"
    )
    stories = page.locator("#results-stories .story-card")
    assert stories.count() >= 1
    assert page.locator("meta[name=robots]").get_attribute("content") == "noindex, follow"
    # Measured once the page has loaded with its styles and fonts (on a loaded machine an
    # unstyled page measured 408 px).
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_no_serious_axe_violations(page)
    load_lazy_images(page)
    screenshot(page, "findall-search-ky-375")

    stories.first.locator("a").first.click()
    assert "/ky/municipalities/bosteri/" in page.url


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_header_form_searches_without_javascript(browser, live_site, viewport, screenshot):
    context = browser.new_context(
        viewport=viewport, locale="ru", base_url=live_site, java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto("/ru/stories/")
        box = page.locator(".site-header #site-search-q")
        assert box.is_visible()
        box.fill("вода")
        with page.expect_navigation():  # loaded, not only begun: is_visible does not wait
            box.press("Enter")
        assert "/ru/search/?q=" in page.url
        assert page.locator("#results-services").is_visible()
        summary = page.locator(".search-summary").inner_text()
        assert "Услуги" in summary
        # The language switcher keeps the query.
        page.locator(".lang-switcher a[hreflang=ky]").click()
        assert re.search(r"/ky/search/\?q=", page.url)
        assert page.locator("#search-page-q").input_value() == "вода"
        screenshot(page, "findall-search-ky-1280")
    finally:
        context.close()
