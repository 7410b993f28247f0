"""Printed on A4: a service on one page, a story on at most two, both with their address
and the date printed."""

import json
import re
import urllib.request

import pytest

pytestmark = pytest.mark.browser


def pages_of(pdf):
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def fetch_json(url):
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (local server)
        return json.load(response)


def longest(live_site, page_type, field):
    """The html_url of the page of `page_type` (Kyrgyz) with the longest `field`."""
    items = fetch_json(
        f"{live_site}/api/v2/pages/?type={page_type}&locale=ky&limit=100&fields={field}"
    )["items"]
    return max(items, key=lambda item: len(str(item[field] or "")))["meta"]["html_url"]


@pytest.mark.parametrize(
    ("page_type", "field", "max_pages"),
    [("registry.ServicePage", "summary", 1), ("stories.StoryPage", "outputs_text", 2)],
)
def test_printed_pages_fit_and_carry_address_and_date(page, live_site, page_type, field, max_pages):
    url = longest(live_site, page_type, field)
    page.goto(url.removeprefix(live_site))
    page.emulate_media(media="print")
    printed = page.locator(".service-page__printed, .story__printed").first
    assert printed.is_visible()
    assert re.search(r"\d{4}", printed.inner_text())
    pdf = page.pdf(format="A4", print_background=False)
    assert 1 <= pages_of(pdf) <= max_pages, (url, pages_of(pdf))


def test_every_fourth_story_prints_on_at_most_two_pages(page, live_site):
    """Not only the longest text: the stories with a photo, votes, quotes and service links
    too (a story of the demo once printed on three)."""
    items = fetch_json(f"{live_site}/api/v2/pages/?type=stories.StoryPage&locale=ky&limit=100")[
        "items"
    ]
    page.emulate_media(media="print")
    too_long = []
    for item in items[::4]:
        page.goto(item["meta"]["html_url"].removeprefix(live_site))
        count = pages_of(page.pdf(format="A4", print_background=False))
        if count > 2:
            too_long.append((item["meta"]["html_url"], count))
    assert len(items[::4]) >= 10
    assert too_long == []
