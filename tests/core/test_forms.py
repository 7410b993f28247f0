"""Admin pickers of topics, programmes, groups and regions offer the snippets of the
page's own locale only, in the edit and the add views and in inline rows."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def offered(html, name):
    """The primary keys a form offers for the field `name` (checkboxes or a select)."""
    checkboxes = re.findall(rf'name="{name}" value="(\d+)"', html)
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    options = re.findall(r'<option value="(\d+)"', select.group(1)) if select else []
    return {int(pk) for pk in checkboxes + options}


def pks(snippet, code, locales):
    return snippet.get_translation(locales[code]).pk


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_story_edit_view_offers_snippets_of_the_pages_locale(
    admin, story, reference, locales, code
):
    page = story.get_translation(locales[code])
    html = admin.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    topics = {pks(reference.water, code, locales), pks(reference.light, code, locales)}
    assert offered(html, "topics") == topics
    assert offered(html, "vulnerable_groups") == {pks(reference.women, code, locales)}
    assert offered(html, "programme") == {pks(reference.programme, code, locales)}


def test_ticked_topics_are_those_of_the_translation(admin, story, reference, locales):
    page = story.get_translation(locales["en"])
    html = admin.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    english_water = pks(reference.water, "en", locales)
    assert re.search(rf'name="topics" value="{english_water}"[^>]*checked', html)


def test_add_view_offers_the_parents_locale(admin, municipality, reference, locales):
    parent = municipality.get_translation(locales["ru"])
    url = reverse("wagtailadmin_pages:add", args=["municipalities", "newspage", parent.pk])
    html = admin.get(url).content.decode()
    topics = {pks(reference.water, "ru", locales), pks(reference.light, "ru", locales)}
    assert offered(html, "topics") == topics


def test_municipality_form_offers_regions_and_inline_programmes_of_its_locale(
    admin, municipality, reference, locales
):
    page = municipality.get_translation(locales["en"])
    html = admin.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert offered(html, "region") == {pks(reference.region, "en", locales)}
    assert offered(html, "district") == {pks(reference.district, "en", locales)}
    assert offered(html, "programmes") == {pks(reference.programme, "en", locales)}
    assert offered(html, "figures-0-programme") == {pks(reference.programme, "en", locales)}
    # the template of a new row too
    assert offered(html, "figures-__prefix__-programme") == {
        pks(reference.programme, "en", locales)
    }


def test_a_topic_of_another_locale_is_refused(admin, site_tree, municipality, reference, locales):
    parent = municipality.get_translation(locales["ru"])
    url = reverse("wagtailadmin_pages:add", args=["municipalities", "newspage", parent.pk])
    response = admin.post(
        url,
        {
            "title": "Новость",
            "slug": "novost",
            "date": "2026-01-05",
            "summary": "Кратко",
            "body-count": "0",
            "topics": [reference.water.pk],  # the Kyrgyz topic
            "action-publish": "publish",
        },
    )
    assert response.status_code == 200
    assert "topics" in response.context["form"].errors
    assert not parent.get_children().filter(slug="novost").exists()
