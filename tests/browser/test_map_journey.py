"""A reader's way in from the map, on a desktop and a phone screen: the home page's
region map → the stories of that region → one of its municipalities → a story there →
the municipality's page → one of its stories."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def open_filters(page):
    """The story filters fold away on a phone: unfold them when they are closed."""
    filters = page.locator("details#listing-facets")
    if filters.count() and filters.get_attribute("open") is None:
        filters.locator("summary").first.click()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_from_the_region_map_to_a_municipality_and_its_story(page, viewport, screenshot):
    page.goto("/ky/")
    region_link = page.locator(".home-map .region-map__svg a[href*='region=']").first
    region = parse_qs(urlsplit(region_link.get_attribute("href")).query)["region"][0]
    region_link.click()
    page.wait_for_url(re.compile(rf"/ky/stories/\?region={re.escape(region)}$"))

    # The municipalities of that region, as the story filters offer them.
    open_filters(page)
    municipality_link = page.locator(f".listing-facet a[href*='region={region}&municipality=']")
    assert municipality_link.count() > 0, f"the region {region} offers its municipalities"
    href = municipality_link.first.get_attribute("href")
    municipality = parse_qs(urlsplit(href).query)["municipality"][0]
    municipality_link.first.click()
    page.wait_for_url(re.compile(rf"municipality={re.escape(municipality)}"))

    cards = page.locator(".story-card .card__title a")
    assert cards.count() > 0
    for href in cards.evaluate_all("links => links.map(link => link.getAttribute('href'))"):
        assert href.startswith(f"/ky/municipalities/{municipality}/"), href
    cards.first.click()
    page.wait_for_url(re.compile(rf"/ky/municipalities/{re.escape(municipality)}/[\w-]+/$"))
    story_path = urlsplit(page.url).path
    assert page.locator("h1").count() == 1

    # The story's breadcrumb leads to its municipality, in the region chosen on the map.
    breadcrumbs = page.locator(".story__breadcrumbs")
    assert breadcrumbs.locator(f"a[href='/ky/stories/?region={region}']").count() == 1
    breadcrumbs.locator(f"a[href='/ky/municipalities/{municipality}/']").click()
    page.wait_for_url(re.compile(rf"/ky/municipalities/{re.escape(municipality)}/$"))
    assert page.locator("h1").count() == 1

    # Its page lists its stories (this one, when it is among the latest shown); one opens.
    story_links = page.locator(".story-card .card__title a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert story_links, "the municipality's page lists its stories"
    assert all(href.startswith(f"/ky/municipalities/{municipality}/") for href in story_links)
    target = story_path if story_path in story_links else story_links[0]
    page.locator(f".story-card .card__title a[href='{target}']").first.click()
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert page.locator("h1").count() == 1
    screenshot(page, f"map-journey-story-{viewport['width']}")
