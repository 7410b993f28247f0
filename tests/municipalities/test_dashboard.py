"""The municipal editor's dashboard panel and the explorer's start at her municipality."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.admin.wagtail_hooks import ExplorerMenuItem

from municipalities.services import municipal_groups_sync
from municipalities.wagtail_hooks import municipality_explorer
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def work(story, municipality, site_tree, locales):
    """Bosteri's editor with a draft, a page in review and one sent back with a comment;
    Kurmanbek's editor with nothing."""
    f.MunicipalityPageFactory(parent=site_tree.municipalities, title="Курманбек", slug="kurm")
    municipal_groups_sync()
    editor = f.group_member("Бостери editors", "editor")
    approver = f.group_member("Бостери approvers", "approver")
    other = f.group_member("Курманбек editors", "other")
    draft = f.NewsPageFactory(parent=municipality, title="Жаңы кудук", slug="well")
    draft.title = "Жаңы кудук (долбоор)"
    draft.save_revision(user=editor)
    reviewed = f.NewsPageFactory(parent=municipality, title="Жолдор", slug="roads")
    reviewed.save_revision(user=editor)
    reviewed.get_workflow().start(reviewed, editor)
    story.save_revision(user=editor)
    state = story.get_workflow().start(story, editor)
    state.current_task_state.reject(user=approver, comment="Сумманы текшериңиз")
    return editor, other, draft, reviewed, story


def test_editor_dashboard_lists_drafts_review_and_sent_back_with_comment(
    client, work, municipality, locales
):
    editor, _other, draft, reviewed, story = work
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "My municipality" in html
    english = municipality.get_translation(locales["en"])  # her admin language
    assert f"/admin/pages/{english.pk}/" in html
    sent_back = html.index("Sent back to you")
    in_review = html.index("In review")
    drafts = html.index("Your drafts")
    assert sent_back < html.index("Сумманы текшериңиз") < in_review
    assert sent_back < html.index(story.title) < in_review
    assert in_review < html.index("Жолдор") < drafts
    assert drafts < html.index("Жаңы кудук (долбоор)")


def test_another_municipality_editor_sees_none_of_it(client, work):
    _editor, other, _draft, _reviewed, story = work
    client.force_login(other)
    html = client.get("/admin/").content.decode()
    assert "My municipality" in html
    assert "Курманбек" in html
    assert "Сумманы текшериңиз" not in html
    assert "Жаңы кудук" not in html
    assert story.title not in html


def test_central_editor_has_no_municipal_panel(client, story):
    municipal_groups_sync()
    central = f.group_member("Central editors", "central")
    client.force_login(central)
    assert "My municipality" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize(("language", "code"), [("ru", "ru"), ("en", "en")])
def test_explorer_starts_at_her_municipality_in_her_admin_language(
    work, municipality, locales, language, code
):
    editor = work[0]
    request = RequestFactory().get("/admin/")
    request.user = editor
    items = [ExplorerMenuItem("Pages", "/admin/pages/", name="explorer", icon_name="folder")]
    with translation.override(language):
        municipality_explorer(request, items)
        component = items[0].render_component(request)
    assert component.start_page_id == municipality.get_translation(locales[code]).pk
