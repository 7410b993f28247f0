"""The Wagtail admin opens every page type and reference snippet for editing."""

import pytest
from django.urls import reverse

from core.models import District, Programme, Region, Topic, VulnerableGroup
from tests import factories as f
from tests.pages import interface


@pytest.fixture
def admin_client_logged(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def every_page(site_tree, municipality, story):
    register = f.ServiceRegisterPageFactory(parent=municipality)
    service = f.ServicePageFactory(parent=register)
    news = f.NewsPageFactory(parent=municipality)
    programme = f.ProgrammePageFactory(parent=site_tree.home)
    return [
        site_tree.home,
        site_tree.stories,
        site_tree.municipalities,
        site_tree.news,
        site_tree.registry,
        site_tree.about,
        municipality,
        story,
        register,
        service,
        news,
        programme,
    ]


def test_admin_edit_view_opens_for_every_page_type(admin_client_logged, every_page):
    for page in every_page:
        response = admin_client_logged.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.specific_class.__name__


def test_admin_add_view_opens_for_story_under_municipality(admin_client_logged, municipality):
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", municipality.pk])
    response = admin_client_logged.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert b"Facts and money" in response.content


@pytest.mark.parametrize("model", [Region, District, Topic, VulnerableGroup, Programme])
def test_admin_lists_and_edits_reference_snippets(admin_client_logged, reference, model):
    app, name = model._meta.app_label, model._meta.model_name
    listing = admin_client_logged.get(reverse(f"wagtailsnippets_{app}_{name}:list"))
    assert listing.status_code == 200
    instance = model.objects.first()
    edit = admin_client_logged.get(
        reverse(f"wagtailsnippets_{app}_{name}:edit", args=[instance.pk])
    )
    assert edit.status_code == 200


def test_api_lists_stories_with_structured_fields(client, story):
    response = client.get("/api/v2/pages/", {"type": "stories.StoryPage", "fields": "*"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 3  # ky, ru, en
    first = items[0]
    assert first["total_kgs"] == 1_000_000
    assert first["grant_kgs"] == 600_000
    assert first["meta"]["locale"] in {"ky", "ru", "en"}
    names = {"ky": "Элдин үнү", "ru": "Голос граждан", "en": "Voice and accountability"}
    assert first["programme"] == {
        "slug": "vap",
        "name": names[first["meta"]["locale"]],
        "abbreviation": "VAP",
    }
    assert [topic["slug"] for topic in first["topics"]] == ["drinking-water"]


def test_api_gives_a_municipality_its_region_and_district(client, municipality):
    response = client.get(
        "/api/v2/pages/",
        {"type": "municipalities.MunicipalityPage", "fields": "region,district", "locale": "en"},
    )
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["region"] == {"slug": "issyk-kul", "name": "Issyk-Kul Region"}
    assert item["district"] == {"slug": "tong", "name": "Tong District"}


@pytest.fixture
def municipal_editor(client, municipality):
    from municipalities.services import municipal_groups_sync

    municipal_groups_sync()
    user = f.group_member("Бостери editors", "aida", language="ru")
    client.force_login(user)
    return user


@pytest.mark.parametrize("action", ["action-publish", "action-submit", None])
def test_an_incomplete_revert_form_is_refused_with_a_message(
    client, municipal_editor, story, action
):
    """A municipal editor's revert (and publish, or submit) posted without the StreamField
    counters that Wagtail reads: the form again, a message, nothing saved."""
    from django.contrib.messages import get_messages

    revision = story.save_revision(user=municipal_editor)
    revisions = story.revisions.count()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[story.pk, revision.pk])
    data = {"title": "Reverted", "slug": story.slug, "revision": str(revision.pk)}
    if action:
        data[action] = "1"
    response = client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == url
    # In the admin's language: Russian, the first the admin has, for a Kyrgyz reader.
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        interface(
            "ru",
            "The form arrived incomplete, so nothing was saved. Reload the page and try again.",
        )
    ]
    story.refresh_from_db()
    assert story.title != "Reverted"
    assert story.revisions.count() == revisions
    assert client.get(url).status_code == 200
