"""Every page type of the site, in Kyrgyz, on a phone (375 px) and a desktop screen
(1280 px): no accessibility violation of impact serious or critical by axe-core.

One page of the worker's pool shows them all. Each path is loaded once, at the width of
its first test; the other width's test resizes the same page (the layout follows the
viewport's media queries), loads its photos again and checks it again with the axe-core
already injected.

A new page type is one line in PAGE_TYPES: its name and a path in the browser tests'
demo (tests/browser/conftest.py: the 18 real stories and 42 samples)."""

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations, load_lazy_images

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

# Real demo content (home/demo_data), so the paths do not depend on the samples drawn.
PAGE_TYPES = {
    "home": "/ky/",
    "story-index": "/ky/stories/",
    "story": "/ky/municipalities/ak-chiy/water-supply-rehabilitated-in-kachybek/",
    "municipality-index": "/ky/municipalities/",
    "municipality": "/ky/municipalities/ak-chiy/",
    "register": "/ky/municipalities/ak-chiy/services/",
    "service": "/ky/municipalities/ak-chiy/services/pre-school-education/",
    "registry-index": "/ky/services/",
    "news-index": "/ky/news/",
    "news-item": "/ky/municipalities/ak-chiy/"
    "ak-chiy-holds-a-public-hearing-on-the-draft-local-budget/",
    "programme": "/ky/vap/",
    "about": "/ky/about/",
    "data-licence": "/ky/data-licence/",
    "data-dictionary": "/ky/data-dictionary/",
    "story-search": "/ky/stories/?q=%D1%81%D1%83%D1%83",  # «суу»: water
    "filtered-story-index": "/ky/stories/?region=chuy&topic=drinking-water",
    "site-search": "/ky/search/?q=%D1%81%D1%83%D1%83",
    "filtered-municipality-index": "/ky/municipalities/?region=chuy&register=yes",
    "service-search": "/ky/services/?q=%D1%81%D1%83%D1%83&fee=free",
    "base-service": "/ky/services/base/1.1/",
    "central-news": "/ky/news/?source=central",
}


@pytest.fixture(scope="module")
def page_of_type(page_pool):
    """`page_of_type(path, viewport)` -> (page, response of its load): one Kyrgyz page of
    the pool for the module; the previous test's page resized to `viewport` when it showed
    the same path, else loaded at `path`."""
    page = page_pool.take(locale="ky")
    held = {}

    def get(path, viewport):
        page.set_viewport_size(viewport)
        if held.get("path") != path:
            held.update(path=path, response=page.goto(path))
        return page, held["response"]

    yield get
    page_pool.give_back(page)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
@pytest.mark.parametrize("path", list(PAGE_TYPES.values()), ids=list(PAGE_TYPES))
def test_page_type_has_no_serious_accessibility_violations(page_of_type, viewport, path):
    page, response = page_of_type(path, viewport)

    assert response is not None and response.status == 200, path
    assert page.locator("html").get_attribute("lang") == "ky"
    assert page.viewport_size == viewport
    load_lazy_images(page)  # what a reader scrolling down sees, photos included
    assert_no_serious_axe_violations(page)
