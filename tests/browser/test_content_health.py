"""The content health report as its users see it, on the demo, on a desktop and a phone
screen: a central editor sorts and filters the table, opens a municipality's list and
follows a fix to the page's editor; a municipal editor sees her municipality only, on her
dashboard too. Both pages pass axe."""

import re

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def totals(page):
    cells = page.locator("table.content-health__table td[data-problem='total']")
    return [int(text) for text in cells.all_inner_texts()]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_central_editor_sorts_filters_and_follows_a_fix(open_page, viewport, screenshot):
    page = open_page(viewport, user="central")
    page.goto("/admin/content-health/")
    rows = page.locator("table.content-health__table tbody tr")
    assert rows.count() >= 10, "the demo's municipalities"
    assert totals(page) == sorted(totals(page), reverse=True), "most missing first"
    assert_no_serious_axe_violations(page)
    screenshot(page, f"content-health-{viewport['width']}")

    # One problem only, then sorted by the municipality's name.
    page.select_option("select[name=problem]", "stale_figures")
    page.locator("form.content-health__filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"problem=stale_figures"))
    counts = page.locator("td[data-problem='stale_figures']").all_inner_texts()
    assert counts and all(int(count) > 0 for count in counts)
    page.locator(".content-health__table thead a[href*='sort=title']").click()
    page.wait_for_url(re.compile(r"sort=title"))
    names = page.locator(".content-health__table tbody th[scope=row]").all_inner_texts()
    assert names == sorted(names, key=str.casefold)

    # The municipality's list, and a fix that opens the page's editor.
    page.locator(".content-health__table tbody th[scope=row] a").first.click()
    page.wait_for_url(re.compile(r"/admin/content-health/\d+/$"))
    assert page.locator("#problem-stale_figures li a").count() > 0
    assert_no_serious_axe_violations(page)
    page.locator("#problem-stale_figures li a").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert page.locator("form#page-edit-form").count() == 1


def test_municipal_editor_sees_her_municipality_and_it_on_her_dashboard(open_page):
    page = open_page(user="bosteri-editor")
    page.goto("/admin/")
    panel = page.locator(".municipal-health")
    assert panel.count() == 1
    assert "Бостери" in panel.inner_text()

    page.goto("/admin/content-health/")
    names = page.locator(".content-health__table tbody th[scope=row]").all_inner_texts()
    assert names == ["Бостери"]
    download = page.request.get("/admin/content-health/export.csv")  # her session's
    assert download.status == 200
    lines = download.text().lstrip("\ufeff").splitlines()
    assert [line.split(",")[0] for line in lines[2:]] == ["Бостери"]
