"""The permission matrix through HTTP: every role against the real admin URLs (edit,
save, publish, unpublish, delete, move, copy, history, draft preview, lock, workflow
approval at both steps, images, documents, snippets, reports, groups, translations,
content health), checking the database afterwards, not only the status code. Each case
runs in a savepoint that is rolled back, so every case starts from the same world."""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page, TaskState

from core.models import Topic
from municipalities.models import NewsPage
from municipalities.services import CENTRAL_EDITORS, TRANSLATORS, municipal_groups_sync
from tests import factories as f

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "bosteri_editor",
    "bosteri_approver",
    "kurmanbek_editor",
    "central",
    "translator",
)


@pytest.fixture
def world(site_tree, municipality, story, reference, locales):
    kurmanbek = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, title="Курманбек", slug="kurmanbek"
    )
    kurmanbek_news = f.NewsPageFactory(parent=kurmanbek, title="Курманбек жаңылык", slug="kn")
    news = f.NewsPageFactory(parent=municipality, title="Бостери жаңылык", slug="bn")
    news_ru = f.translate(news, "ru", title="Новость Бостери")
    municipal_groups_sync()
    users = {}
    for role, group in (
        ("bosteri_editor", "Бостери editors"),
        ("bosteri_approver", "Бостери approvers"),
        ("kurmanbek_editor", "Курманбек editors"),
        ("central", CENTRAL_EDITORS),
        ("translator", TRANSLATORS),
    ):
        user = get_user_model().objects.create_user(role, f"{role}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    # the story waits for Bosteri's sign-off; a second story waits for central review
    story.save_revision(user=users["bosteri_editor"])
    step_one = story.get_workflow().start(story, users["bosteri_editor"])
    second = f.StoryPageFactory(parent=municipality, title="Экинчи окуя", slug="second")
    second.save_revision(user=users["bosteri_editor"])
    step_two = second.get_workflow().start(second, users["bosteri_editor"])
    step_two.current_task_state.approve(user=users["bosteri_approver"])
    step_two.refresh_from_db()
    return SimpleNamespace(
        users=users,
        news=news,
        news_ru=news_ru,
        kurmanbek=kurmanbek,
        kurmanbek_news=kurmanbek_news,
        municipality=municipality,
        story=story,
        step_one=step_one.current_task_state,
        second=second,
        step_two=step_two.current_task_state,
        topic=reference.water,
    )


def news_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "date": "2025-05-01",
        "summary": page.summary,
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def ok(response):
    return response.status_code == 200


def fresh(page):
    return Page.objects.filter(pk=page.pk).first()


# Each action: (client, world) -> True when the action took effect (read from the
# database) or the view was served (200 for reads).
def edit_view(c, w):
    return ok(c.get(reverse("wagtailadmin_pages:edit", args=[w.news.pk])))


def edit_view_other(c, w):
    return ok(c.get(reverse("wagtailadmin_pages:edit", args=[w.kurmanbek_news.pk])))


def edit_view_translation(c, w):
    return ok(c.get(reverse("wagtailadmin_pages:edit", args=[w.news_ru.pk])))


def save_draft(c, w):
    c.post(reverse("wagtailadmin_pages:edit", args=[w.news.pk]), news_form(w.news, title="Draft X"))
    revision = fresh(w.news).latest_revision
    return revision is not None and revision.content["title"] == "Draft X"


def save_draft_other(c, w):
    page = w.kurmanbek_news
    c.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), news_form(page, title="Draft Y"))
    revision = fresh(page).latest_revision
    return revision is not None and revision.content["title"] == "Draft Y"


def publish(c, w):
    c.post(
        reverse("wagtailadmin_pages:edit", args=[w.news.pk]),
        news_form(w.news, title="Published X", **{"action-publish": "publish"}),
    )
    page = NewsPage.objects.get(pk=w.news.pk)
    return page.title == "Published X" and page.live


def unpublish(c, w):
    c.post(reverse("wagtailadmin_pages:unpublish", args=[w.news.pk]))
    return not fresh(w.news).live


def delete(c, w):
    c.post(reverse("wagtailadmin_pages:delete", args=[w.news.pk]))
    return fresh(w.news) is None


def move(c, w):
    c.post(reverse("wagtailadmin_pages:move_confirm", args=[w.news.pk, w.kurmanbek.pk]))
    return fresh(w.news).get_parent().pk == w.kurmanbek.pk


def copy(c, w):
    c.post(
        reverse("wagtailadmin_pages:copy", args=[w.news.pk]),
        {"new_title": "Copy", "new_slug": "bn-copy", "new_parent_page": w.municipality.pk},
    )
    return Page.objects.filter(slug="bn-copy").exists()


def history(c, w):
    return ok(c.get(reverse("wagtailadmin_pages:history", args=[w.news.pk])))


def view_draft(c, w):
    return ok(c.get(reverse("wagtailadmin_pages:view_draft", args=[w.news.pk])))


def lock(c, w):
    c.post(reverse("wagtailadmin_pages:lock", args=[w.news.pk]))
    return fresh(w.news).locked


def approve_step_one(c, w):
    c.post(
        reverse("wagtailadmin_pages:workflow_action", args=[w.story.pk, "approve", w.step_one.pk])
    )
    return TaskState.objects.get(pk=w.step_one.pk).status == TaskState.STATUS_APPROVED


def approve_step_two(c, w):
    c.post(
        reverse("wagtailadmin_pages:workflow_action", args=[w.second.pk, "approve", w.step_two.pk])
    )
    return TaskState.objects.get(pk=w.step_two.pk).status == TaskState.STATUS_APPROVED


def images(c, w):
    return ok(c.get(reverse("wagtailimages:index")))


def documents(c, w):
    return ok(c.get(reverse("wagtaildocs:index")))


def edit_snippet(c, w):
    topic = w.topic
    c.post(
        reverse("wagtailsnippets_core_topic:edit", args=[topic.pk]),
        {
            "name": "Changed",
            "slug": topic.slug,
            "colour": topic.colour,
            "icon": topic.icon,
            "description": topic.description,
            "sort_order": topic.sort_order,
        },
    )
    return Topic.objects.get(pk=topic.pk).name == "Changed"


def site_history(c, w):
    return ok(c.get(reverse("wagtailadmin_reports:site_history")))


def groups_admin(c, w):
    return ok(c.get(reverse("wagtailusers_groups:index")))


def content_health(c, w):
    return ok(c.get(reverse("ashar_content_health")))


def content_health_of_bosteri(c, w):
    return ok(c.get(reverse("ashar_content_health_municipality", args=[w.municipality.pk])))


E, A, K, C, T = "bosteri_editor", "bosteri_approver", "kurmanbek_editor", "central", "translator"
# action: the roles for whom it takes effect; every other role must be refused.
MATRIX = {
    edit_view: {E, A, C},
    edit_view_other: {K, C},
    edit_view_translation: {E, A, C, T},
    save_draft: {E, A, C},
    save_draft_other: {K, C},
    publish: {C},
    unpublish: {C},
    delete: {C},
    move: {C},  # central editors may reorganise the whole tree
    copy: {E, A, C},
    history: {E, A, C},
    view_draft: {E, A, C},
    lock: {C},
    approve_step_one: {A},
    approve_step_two: {C},
    images: {E, A, K, C},
    documents: {E, A, K, C},
    edit_snippet: {C},
    site_history: {E, A, K, C, T},
    groups_admin: set(),
    content_health: {E, A, K, C},  # each municipal editor sees her own municipality's row
    content_health_of_bosteri: {E, A, C},
}


class Rollback(Exception):
    pass


def test_permission_matrix(client, world):
    cases = [(action, role) for action in MATRIX for role in ROLES]
    assert len(cases) >= 60
    wrong = []
    for action, role in cases:
        expected = role in MATRIX[action]
        try:
            with transaction.atomic():
                client.logout()
                if role != "anonymous":
                    client.force_login(world.users[role])
                observed = action(client, world)
                raise Rollback
        except Rollback:
            pass
        if observed != expected:
            wrong.append(f"{action.__name__} by {role}: expected {expected}, got {observed}")
    assert wrong == [], "\n".join(wrong)
