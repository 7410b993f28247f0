"""The dashboard's workflow panels show their newest rows and link to the reports: an
approver with hundreds of pages in review (an import) gets the same small dashboard."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.dashboard import DASHBOARD_ROWS
from municipalities.services import municipal_groups_sync
from tests import factories as f

pytestmark = pytest.mark.django_db


def submit(municipality, editor, count, start=0):
    """`count` news items of Бостери written and submitted by `editor`."""
    for number in range(start, start + count):
        page = f.NewsPageFactory(parent=municipality, title=f"Жаңылык {number}", slug=f"n{number}")
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)


def review_rows(html):
    panel = html.split('id="awaiting-review-content"', 1)[1].split("</table>", 1)[0]
    return re.findall(r"Жаңылык \d+", panel)


def test_a_few_pages_in_review_are_all_listed_without_a_note(client, bosteri_team, municipality):
    editor, approver = bosteri_team
    submit(municipality, editor, 3)
    client.force_login(approver)
    html = client.get("/admin/").content.decode()
    assert sorted(review_rows(html)) == ["Жаңылык 0", "Жаңылык 1", "Жаңылык 2"]
    assert "ashar-dashboard-more" not in html


def test_the_newest_rows_and_a_link_to_every_page_in_review(
    client, bosteri_team, municipality, django_assert_num_queries
):
    editor, approver = bosteri_team
    submit(municipality, editor, DASHBOARD_ROWS + 1)
    client.force_login(approver)
    client.get("/admin/")
    with CaptureQueriesContext(connection) as first:
        html = client.get("/admin/").content.decode()
    queries = len(first)  # now: the next request empties the log
    rows = review_rows(html)
    assert len(rows) == DASHBOARD_ROWS
    assert "Жаңылык 0" not in rows  # the oldest is left for the report
    note = f"The newest {DASHBOARD_ROWS} of {DASHBOARD_ROWS + 1} pages awaiting your review."
    assert note in html
    link = re.search(r'href="(/admin/reports/workflow_tasks/\?[^"]+)"', html).group(1)
    report = client.get(link.replace("&amp;", "&"))
    assert report.status_code == 200
    assert "Жаңылык 0" in report.content.decode()

    # Twice as many pages in review: not one query more.
    submit(municipality, editor, DASHBOARD_ROWS, start=DASHBOARD_ROWS + 1)
    with django_assert_num_queries(queries):
        html = client.get("/admin/").content.decode()
    assert f"The newest {DASHBOARD_ROWS} of {2 * DASHBOARD_ROWS + 1} pages" in html


def test_the_editor_sees_her_newest_pages_in_a_workflow_and_a_link_to_all(
    client, bosteri_team, municipality
):
    editor, _approver = bosteri_team
    submit(municipality, editor, DASHBOARD_ROWS + 2)
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    panel = html.split('id="objects-in-workflow-content"', 1)[1].split("</table>", 1)[0]
    assert len(re.findall(r"Жаңылык \d+", panel)) == DASHBOARD_ROWS
    assert f"The newest {DASHBOARD_ROWS} of {DASHBOARD_ROWS + 2} of your pages" in html
    link = re.search(r'href="(/admin/reports/workflow/\?[^"]+)"', html).group(1)
    assert f"requested_by={editor.pk}" in link
    assert client.get(link.replace("&amp;", "&")).status_code == 200


def test_an_approver_is_checked_against_every_page_in_four_queries(
    bosteri_team, municipality, django_assert_num_queries
):
    """Her groups, the default locale, her municipalities and their translations are read
    once for her; then each page is a prefix test."""
    editor, approver = bosteri_team
    pages = [f.NewsPageFactory(parent=municipality, slug=f"p{n}") for n in range(5)]
    task = pages[0].get_workflow().tasks.first().specific
    with django_assert_num_queries(4):
        assert all(task.get_actions(page, approver) for page in pages)
    assert not any(task.get_actions(page, editor) for page in pages)


def test_another_municipalitys_approver_sees_none_of_them(
    client, bosteri_team, municipality, site_tree
):
    editor, _approver = bosteri_team
    f.MunicipalityPageFactory(parent=site_tree.municipalities, title="Курманбек", slug="kurm")
    municipal_groups_sync()
    neighbour = f.group_member("Курманбек approvers", "neighbour")
    submit(municipality, editor, DASHBOARD_ROWS + 1)
    client.force_login(neighbour)
    html = client.get("/admin/").content.decode()
    assert "Жаңылык" not in html
    assert "ashar-dashboard-more" not in html
    report = client.get("/admin/reports/workflow_tasks/?reviewable=true&status=in_progress")
    assert report.status_code == 200
    assert "Жаңылык" not in report.content.decode()
