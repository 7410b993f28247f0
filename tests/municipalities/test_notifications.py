"""Workflow e-mails of the municipal sign-off, workflow names in the admin's language,
and the order of a reviewer's actions."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from core import mail
from municipalities.models import MunicipalityPage
from municipalities.names import NAMES
from municipalities.services import (
    CENTRAL_EDITORS,
    CENTRAL_WORKFLOW,
    MUNICIPAL_SIGN_OFF_TASK,
    MUNICIPAL_WORKFLOW,
    REVIEW_TASK,
    municipal_groups_sync,
)
from stories.models import StoryPage
from stories.services import story_import
from tests import factories as f

pytestmark = pytest.mark.django_db
BASE = "https://ashar.example.org"


@pytest.fixture
def people(story, site_tree):
    neighbour = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, title="Курманбек", slug="kurmanbek"
    )
    assert neighbour
    municipal_groups_sync()
    get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    return {
        "editor": f.group_member("Бостери editors", "editor"),
        "approver": f.group_member("Бостери approvers", "approver"),
        "other": f.group_member("Курманбек approvers", "other"),
        "central": f.group_member(CENTRAL_EDITORS, "central", language="ru"),
    }


def submit(story, editor):
    story.save_revision(user=editor)
    return story.get_workflow().start(story, editor)


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_submission_mails_the_municipality_approvers_only(people, story, mailoutbox):
    submit(story, people["editor"])
    recipients = sorted(address for mail in mailoutbox for address in mail.to)
    assert recipients == ["approver@example.org"]
    assert f"{BASE}/admin/" in mailoutbox[0].body
    assert "root@example.org" not in recipients  # no superuser copy


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_sign_off_tells_the_editor_with_the_comment(people, story, mailoutbox):
    state = submit(story, people["editor"])
    mailoutbox.clear()
    state.current_task_state.approve(user=people["approver"], comment="Фото жакшы, рахмат")
    to_editor = [mail for mail in mailoutbox if mail.to == ["editor@example.org"]]
    assert len(to_editor) == 1
    assert "Фото жакшы, рахмат" in to_editor[0].body
    assert "central review" in to_editor[0].body
    assert f"{BASE}/admin/pages/{story.pk}/edit/" in to_editor[0].body
    # central editors hear that it reached them, in their own language
    to_central = [mail for mail in mailoutbox if mail.to == ["central@example.org"]]
    assert len(to_central) == 1
    assert "Центральная проверка" in to_central[0].body + to_central[0].subject


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_send_back_tells_the_editor_with_the_comment(people, story, mailoutbox):
    state = submit(story, people["editor"])
    mailoutbox.clear()
    state.current_task_state.reject(user=people["approver"], comment="Сумманы текшериңиз")
    to_editor = [mail for mail in mailoutbox if mail.to == ["editor@example.org"]]
    assert len(to_editor) == 1
    assert "Сумманы текшериңиз" in to_editor[0].body
    assert f"{BASE}/admin/pages/{story.pk}/edit/" in to_editor[0].body


def test_names_print_in_the_active_language_and_stay_english_in_the_database(people):
    assert {CENTRAL_WORKFLOW, REVIEW_TASK, MUNICIPAL_WORKFLOW, MUNICIPAL_SIGN_OFF_TASK} == NAMES
    workflow = Workflow.objects.get(name=MUNICIPAL_WORKFLOW)
    task = Task.objects.get(name=MUNICIPAL_SIGN_OFF_TASK).specific
    with translation.override("ru"):
        assert str(workflow.name) == "Подписание муниципалитетом, затем центральная проверка"
        assert str(task.name) == "Подписание утверждающими муниципалитета"
        workflow.save()
        task.save()
    with translation.override("en"):
        assert str(workflow.name) == MUNICIPAL_WORKFLOW
    assert Workflow.objects.filter(name=MUNICIPAL_WORKFLOW).exists()
    assert Task.objects.filter(name=MUNICIPAL_SIGN_OFF_TASK).exists()
    # an admin form sends back the Russian name it showed: the English id is kept
    workflow.name = "Подписание муниципалитетом, затем центральная проверка"
    workflow.save()
    assert Workflow.objects.filter(pk=workflow.pk, name=MUNICIPAL_WORKFLOW).exists()


def test_central_editor_sees_approve_and_publish_above_publish(client, people, story):
    state = submit(story, people["editor"])
    state.current_task_state.approve(user=people["approver"])
    client.force_login(people["central"])
    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[story.pk]), HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    approve = html.index('data-workflow-action-name="approve"')
    publish = html.index('name="action-publish"')
    assert approve < publish
    assert "Центральная проверка" in html
    assert "Central review" not in html


def test_snippet_pickers_have_translated_headings(client, people, story):
    client.force_login(get_user_model().objects.get(username="root"))
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="root"))
    profile.preferred_language = "ru"
    profile.save()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert ">Темы<" in html or "Темы\n" in html
    assert "Topics" not in html


@pytest.mark.parametrize(("language", "label"), [("ru", "Найти"), ("en", "Search")])
def test_image_chooser_search_tab_speaks_the_admin_language(client, people, language, label):
    user = get_user_model().objects.get(username="root")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    html = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert label in html
    assert "Издөө" not in html


def _stories_file(rows):
    """A stories spreadsheet of `rows` ((key, municipality), ...) in three languages."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["external_id", "municipality", *TITLES, "summary_ky", "summary_ru", "summary_en"])
    for key, municipality in rows:
        sheet.append(
            [
                key,
                municipality,
                *(f"{title} {key}" for title in TITLES.values()),
                "Көпүрө курулду.",
                "Построили мост.",
                "A bridge was built.",
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


TITLES = {"title_ky": "Көпүрө", "title_ru": "Мост", "title_en": "Bridge"}


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_an_import_mails_each_approver_once_with_the_pages_that_await_her(people, mailoutbox):
    """234 stories in three languages were 702 e-mails to each approver; now one e-mail
    per approver, after the commit, listing her municipality's pages only."""
    UserProfile.objects.filter(user=people["other"]).update(preferred_language="ru")
    neighbour = MunicipalityPage.objects.get(slug="kurmanbek")
    f.translate(neighbour, "ru", title="Курманбек")
    f.translate(neighbour, "en", title="Kurmanbek")
    municipal_groups_sync()  # the translations' workflow
    rows = [("imp-1", "Бостери"), ("imp-2", "Бостери"), ("imp-3", "Курманбек")]
    result, _table = story_import(
        source=_stories_file(rows), name="stories.xlsx", user=people["central"]
    )
    assert result.ok and result.committed
    by_address = {tuple(mail.to): mail for mail in mailoutbox}
    assert sorted(by_address) == [("approver@example.org",), ("other@example.org",)]

    mine = by_address[("approver@example.org",)]
    assert mine.subject == "6 pages await your review"
    assert "central submitted 6 pages for review at once" in mine.body
    for key in ("imp-1", "imp-2"):
        for language, title in zip(("ky", "ru", "en"), TITLES.values(), strict=True):
            page = StoryPage.objects.get(external_id=key, locale__language_code=language)
            assert page.workflow_in_progress
            assert f"{title} {key} ({language}): {BASE}/admin/pages/{page.pk}/edit/" in mine.body
    assert "imp-3" not in mine.body
    every = f"{BASE}/admin/reports/workflow_tasks/?reviewable=true&status=in_progress"
    assert f"Every page that awaits your review: {every}" in mine.body

    theirs = by_address[("other@example.org",)]
    assert theirs.subject == "3 страницы ждут вашей проверки"  # in her language
    assert "Bridge imp-3 (en)" in theirs.body and "imp-1" not in theirs.body


def test_an_import_that_writes_nothing_mails_nobody(people, mailoutbox):
    rows = [("imp-1", "Бостери"), ("imp-2", "Нет такого")]
    result, _table = story_import(
        source=_stories_file(rows), name="stories.xlsx", user=people["central"]
    )
    assert not result.ok and not result.committed
    assert mailoutbox == []
    result, _table = story_import(
        source=_stories_file(rows[:1]), name="stories.xlsx", user=people["central"], dry_run=True
    )
    assert result.ok and not result.committed
    assert mailoutbox == []


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_a_long_batch_names_the_first_pages_and_counts_the_rest(
    people, story, mailoutbox, monkeypatch
):
    monkeypatch.setattr(mail, "SUBMISSIONS_LISTED", 2)
    batch = mail.SubmissionsBatch()
    pages = [story, *story.get_translations()]
    for page in pages:
        batch.hold([people["approver"]], page_id=page.pk, requester=people["editor"])
    assert batch.send() == 1
    body = mailoutbox[0].body
    assert body.count("/edit/") == 2
    assert "… and 1 more page." in body
    assert batch.send() == 0  # sent once


def test_a_submission_outside_a_batch_is_mailed_at_once(people, story, mailoutbox):
    with mail.submissions_batched():
        submit(story, people["editor"])
        assert mailoutbox == []  # held
    translation_page = story.get_translations().first()
    submit(translation_page, people["editor"])
    assert [m.to for m in mailoutbox] == [["approver@example.org"]]


def test_a_summary_that_cannot_be_sent_is_logged_and_the_import_stands(
    people, story, mailoutbox, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr(mail, "send_mail", refuse)
    batch = mail.SubmissionsBatch()
    batch.hold([people["approver"]], page_id=story.pk, requester=people["editor"])
    with caplog.at_level("ERROR", logger="ashar.notifications"):
        assert batch.send() == 0
    assert "Submissions e-mail not sent to approver@example.org" in caplog.text
    assert mailoutbox == []
