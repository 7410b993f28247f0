"""Reading and finding stories in a real browser, with the demo content: filtering by
clicking facet links, searching in Russian and Kyrgyz, opening a story and its facts box,
on a phone and a desktop screen, in Kyrgyz and Russian, with axe-core's checks."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, load_lazy_images

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
LANGUAGES = pytest.mark.parametrize("browser_locale", ["ky", "ru"])
# A word of the demo's drinking-water stories in each language.
WATER = {"ky": "суу", "ru": "вода"}


def result_count(page):
    """The number in "37 stories" (or "6 stories of 234")."""
    text = page.locator(".listing-results__count").inner_text()
    return int(re.match(r"\s*([\d\u202f ]+)", text).group(1).replace("\u202f", "").strip())


def query(page):
    return parse_qs(urlsplit(page.url).query)


def open_filters(page):
    """On a phone the filter panel starts folded; open it like a reader would."""
    panel = page.locator("details.listing-filters")
    if panel.get_attribute("open") is None:
        panel.locator("summary").first.click()


def first_story_url(page, language):
    page.goto(f"/{language}/stories/")
    return page.locator(".story-card .card__title a").first.get_attribute("href")


@LANGUAGES
@VIEWPORTS
def test_story_index_renders_and_fits_the_screen(page, viewport, browser_locale, screenshot):
    response = page.goto(f"/{browser_locale}/stories/")

    assert response is not None and response.status == 200
    assert page.locator("h1").count() == 1
    assert result_count(page) > 0
    assert 1 <= page.locator(".story-card").count() <= 12
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than the screen"
    panel_open = page.locator("details.listing-filters").get_attribute("open") is not None
    assert panel_open == (viewport["width"] >= 960), "filters open on desktop, folded on phones"
    assert page.external_requests == []
    assert page.javascript_errors == []
    load_lazy_images(page)
    screenshot(page, f"stories-index-{browser_locale}-{viewport['width']}")


@LANGUAGES
@pytest.mark.parametrize("viewport", [PHONE], ids=["375"])
def test_filter_by_region_then_topic_by_clicking_facet_links(page, viewport, browser_locale):
    page.goto(f"/{browser_locale}/stories/")
    everything = result_count(page)

    open_filters(page)
    regions = page.locator("details.listing-facet").filter(has=page.locator("a[href*='region=']"))
    region = regions.first.locator(".listing-facet__values a").first
    region_name = region.evaluate("link => link.firstChild.textContent.trim()")
    region.click()
    page.wait_for_load_state()
    assert list(query(page)) == ["region"]
    by_region = result_count(page)
    assert 0 < by_region < everything
    chip_names = page.locator(".listing-active-filters .chip--remove").all_inner_texts()
    assert any(region_name in chip for chip in chip_names)

    open_filters(page)
    topics = page.locator("details.listing-facet").filter(has=page.locator("a[href*='topic=']"))
    topic = topics.first.locator(".listing-facet__values a:not(.is-active)").first
    expected = int(topic.locator("small").inner_text())
    topic.click()
    page.wait_for_load_state()
    assert set(query(page)) == {"region", "topic"}
    assert result_count(page) == expected
    assert page.locator(".listing-active-filters .chip--remove").count() == 2

    page.locator(".listing-active-filters__clear").click()
    page.wait_for_load_state()
    assert result_count(page) == everything


@LANGUAGES
def test_search_a_word_of_the_language(page, browser_locale):
    page.goto(f"/{browser_locale}/stories/")
    everything = result_count(page)

    page.fill("#listing-q", WATER[browser_locale])
    page.locator(".listing-search button[type=submit]").click()
    page.wait_for_load_state()

    assert query(page)["q"] == [WATER[browser_locale]]
    assert 0 < result_count(page) < everything
    assert page.locator("meta[name=robots]").get_attribute("content") == "noindex, follow"


@LANGUAGES
@VIEWPORTS
def test_open_a_story_and_see_its_facts(page, viewport, browser_locale, screenshot):
    page.goto(f"/{browser_locale}/stories/")
    page.locator(".story-card .card__title a").first.click()
    page.wait_for_load_state()

    assert page.locator("h1").count() == 1
    facts = page.locator(".story__facts")
    assert facts.locator("#story-facts-title").is_visible()
    assert facts.locator(".story-place-chain a").count() >= 2, "municipality and region links"
    if facts.locator(".money-table").count():
        amounts = facts.locator(".money-table tbody td.num").all_inner_texts()
        assert all(re.fullmatch(r"<?[\d\u202f]+%?", amount.strip()) for amount in amounts)
    short_link = page.locator(".story__short-link").get_attribute("href")
    assert re.search(r"/s/\d+/$", short_link)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the story is {overflow}px wider than the screen"
    if viewport["width"] == PHONE["width"]:
        # The facts box starts within the first two screens of a phone.
        top = facts.bounding_box()["y"]
        assert top < 2 * PHONE["height"], f"the facts box starts {top}px down"
    load_lazy_images(page)
    screenshot(page, f"stories-story-{browser_locale}-{viewport['width']}")


@LANGUAGES
def test_short_link_leads_to_the_story(page, browser_locale):
    url = first_story_url(page, browser_locale)
    page.goto(url)
    short_link = page.locator(".story__short-link").get_attribute("href")

    page.goto(short_link)

    assert urlsplit(page.url).path == url


@LANGUAGES
@VIEWPORTS
def test_story_index_has_no_serious_accessibility_violations(page, viewport, browser_locale):
    page.goto(f"/{browser_locale}/stories/")

    assert_no_serious_axe_violations(page)


@LANGUAGES
@VIEWPORTS
def test_story_page_has_no_serious_accessibility_violations(page, viewport, browser_locale):
    page.goto(first_story_url(page, browser_locale))

    assert_no_serious_axe_violations(page)


def test_an_empty_result_suggests_the_next_step(page):
    page.goto("/ky/stories/?q=zzzzqqqq")

    assert result_count(page) == 0
    empty = page.locator(".empty-state")
    assert empty.is_visible()
    empty.locator("a", has_text=re.compile(r"\d")).last.click()
    page.wait_for_load_state()
    assert result_count(page) > 0
