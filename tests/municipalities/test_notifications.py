"""Workflow e-mails of the municipal sign-off, workflow names in the admin's language,
and the order of a reviewer's actions."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from municipalities.names import NAMES
from municipalities.services import (
    CENTRAL_EDITORS,
    CENTRAL_WORKFLOW,
    MUNICIPAL_SIGN_OFF_TASK,
    MUNICIPAL_WORKFLOW,
    REVIEW_TASK,
    municipal_groups_sync,
)
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
