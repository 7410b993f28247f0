"""The listings of core.listing in a real browser, with the demo content: the service search
(filter by clicking facet links, then open a service), the municipality index (a compact
list on a phone, a region link filters it, a name in another script finds it) and the
news index, on a phone and a desktop screen, in Kyrgyz and Russian, with axe-core's
checks."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.browser.test_stories import DESKTOP, LANGUAGES, PHONE, VIEWPORTS, open_filters

pytestmark = pytest.mark.browser


def result_count(page):
    """The number in "37 services" (or "6 services of 234")."""
    text = page.locator(".listing-results__count").inner_text()
    return int(re.match(r"\s*([\d\u202f ]+)", text).group(1).replace("\u202f", "").strip())


def query(page):
    return parse_qs(urlsplit(page.url).query)


WIDER_THAN_THE_SCREEN = """() => [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
    .slice(-3).map((el) => `${el.tagName}.${el.className}: ${el.textContent.slice(0, 40)}`)"""


def fits_the_screen(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    wide = page.evaluate(WIDER_THAN_THE_SCREEN) if overflow > 0 else []
    assert overflow <= 0, f"the page is {overflow}px wider than the screen: {wide}"


def click_facet(page, name):
    """Click the first value of the facet `name` that is not chosen yet; its count."""
    open_filters(page)
    link = page.locator(f".listing-facet__values a[href*='{name}=']:not(.is-active)").first
    facet = link.locator("xpath=ancestor::details[contains(@class, 'listing-facet')]")
    if facet.get_attribute("open") is None:
        facet.locator("summary").click()
    count = int(link.locator("small").inner_text().replace("\u202f", ""))
    with page.expect_navigation():
        link.click()
    return count


@LANGUAGES
@VIEWPORTS
def test_service_search_then_filters_then_a_service_page(
    page, viewport, browser_locale, screenshot
):
    response = page.goto(f"/{browser_locale}/services/")
    assert response is not None and response.status == 200
    total = result_count(page)
    assert total > 0
    fits_the_screen(page)

    free = click_facet(page, "fee")
    assert query(page)["fee"]
    assert result_count(page) == free
    status = click_facet(page, "status")
    assert set(query(page)) >= {"fee", "status"}
    assert result_count(page) == status <= free
    assert page.locator(".listing-active-filters .chip--remove").count() == 2
    fits_the_screen(page)
    screenshot(page, f"service-search-{browser_locale}-{viewport['width']}")
    assert_no_serious_axe_violations(page, ".service-search")

    service = page.locator(".service-results .service-row__title a").first
    title = service.inner_text()
    with page.expect_navigation():
        service.click()
    assert page.locator("h1").inner_text().replace("\u00ad", "") == title
    assert "/services/" in page.url and page.url.rstrip("/").count("/") >= 6
    assert page.javascript_errors == []
    assert page.external_requests == []


@LANGUAGES
@VIEWPORTS
def test_municipality_index_is_compact_and_filters_by_region(
    page, viewport, browser_locale, screenshot
):
    response = page.goto(f"/{browser_locale}/municipalities/")
    assert response is not None and response.status == 200
    fits_the_screen(page)
    rows = page.locator(".place-row").count()
    assert rows == min(result_count(page), 50)
    height = page.evaluate("document.documentElement.scrollHeight")
    # 52 municipalities of the demo: once a card each (18,000 px on a phone), now two lines.
    assert height < (9000 if viewport == PHONE else 7000), height
    screenshot(page, f"municipalities-{browser_locale}-{viewport['width']}")

    in_region = click_facet(page, "region")
    assert query(page)["region"]
    assert page.locator(".place-row").count() == in_region == result_count(page)
    assert page.locator(".region-group").count() == 1
    fits_the_screen(page)
    assert_no_serious_axe_violations(page)
    assert page.javascript_errors == []


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
@pytest.mark.parametrize("browser_locale", ["ky"])
def test_municipality_search_finds_a_name_written_in_another_script(page, viewport):
    page.goto("/ky/municipalities/?sort=population")
    link = page.locator(".place-row__name a").first
    name, slug = link.inner_text(), link.get_attribute("href").rstrip("/").rsplit("/", 1)[1]
    page.goto("/ru/municipalities/?sort=population")
    russian = page.locator(f".place-row__name a[href$='/{slug}/']").inner_text()
    page.goto("/ky/municipalities/")
    page.fill("#listing-q", russian)
    with page.expect_navigation():
        page.locator(".listing-search button[type=submit]").click()
    assert name in page.locator(".place-row__name a").all_inner_texts()


@LANGUAGES
@pytest.mark.parametrize("viewport", [PHONE], ids=["375"])
def test_news_index_filters_like_the_others(page, viewport, browser_locale, screenshot):
    page.goto(f"/{browser_locale}/news/")
    total = result_count(page)
    topic = click_facet(page, "topic")
    assert result_count(page) == topic <= total
    fits_the_screen(page)
    screenshot(page, f"news-{browser_locale}-{viewport['width']}")
    assert page.javascript_errors == []
