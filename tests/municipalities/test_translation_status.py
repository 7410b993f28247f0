"""The translation status report in the admin: missing, outdated and up to date per page
and language, filters, and what each kind of editor may see."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from municipalities.services import (
    CENTRAL_EDITORS,
    editorial_workflow_ensure,
    municipality_groups_ensure,
)
from stories.models import StoryPage
from tests import factories as f
from tests.pages import translation

URL = "/admin/translation-status/"
ROW = re.compile(
    r'<tr class="translation-status--(\w+)">\s*<td><a href="[^"]*">([^<]*)</a></td>'
    r"\s*<td>[^<]*</td>\s*<td>[^<]*</td>\s*<td>(\w+)</td>"
)


def rows(response):
    """{(page title, language): status} of the report."""
    assert response.status_code == 200
    html = response.content.decode()
    return {(title, language): status for status, title, language in ROW.findall(html)}


@pytest.fixture
def statuses(site_tree, municipality, story, reference):
    """The story: Russian up to date, English outdated. A second story in Tamchy with no
    translation at all."""
    translated = timezone.make_aware(datetime.datetime(2030, 1, 10))
    changed = timezone.make_aware(datetime.datetime(2030, 4, 30))
    ru, en = translation(story, "ru"), translation(story, "en")
    StoryPage.objects.filter(pk=story.pk).update(last_published_at=changed)
    StoryPage.objects.filter(pk=ru.pk).update(last_published_at=changed)
    StoryPage.objects.filter(pk=en.pk).update(last_published_at=translated)
    tamchy = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тамчы",
        slug="tamchy",
        region=reference.region,
        district=reference.district,
    )
    f.translate(tamchy, "ru", title="Тамчы")
    f.translate(tamchy, "en", title="Tamchy")
    lonely = f.StoryPageFactory(parent=tamchy, title="Тамчыда жаңы көпүрө", slug="bridge")
    return {"story": story, "tamchy": tamchy, "lonely": lonely}


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def editor_client(client, django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return client


def test_report_shows_the_three_states(superuser_client, statuses):
    found = rows(superuser_client.get(URL))
    title = statuses["story"].title
    assert found[(title, "ru")] == "up_to_date"
    assert found[(title, "en")] == "outdated"
    assert found[("Тамчыда жаңы көпүрө", "ru")] == "missing"
    assert found[("Тамчыда жаңы көпүрө", "en")] == "missing"
    assert (title, "ky") not in found  # the original's own language is no row


def test_report_links_to_translate_or_edit(superuser_client, statuses):
    html = superuser_client.get(URL).content.decode()
    lonely = statuses["lonely"]
    submit = reverse("wagtail_localize:submit_page_translation", args=[lonely.pk])
    assert f'href="{submit}"' in html
    en = translation(statuses["story"], "en")
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[en.pk])}"' in html
    assert "30.04.2030" in html  # when the original was published again


def test_report_filters_by_language_municipality_and_page_type(superuser_client, statuses):
    by_language = rows(superuser_client.get(URL, {"language": "en"}))
    assert by_language and {language for _title, language in by_language} == {"en"}

    tamchy = statuses["tamchy"]
    in_tamchy = rows(superuser_client.get(URL, {"municipality": tamchy.pk}))
    assert {title for title, _language in in_tamchy} == {"Тамчы", "Тамчыда жаңы көпүрө"}

    story_type = ContentType.objects.get_for_model(StoryPage).pk
    stories = rows(superuser_client.get(URL, {"page_type": story_type}))
    assert {title for title, _language in stories} == {
        statuses["story"].title,
        "Тамчыда жаңы көпүрө",
    }


@pytest.mark.parametrize(
    "query", [{"language": "xx"}, {"municipality": "abc"}, {"page_type": "999999"}]
)
def test_report_ignores_unknown_filter_values(superuser_client, statuses, query):
    assert rows(superuser_client.get(URL, query))  # 200, unfiltered


def test_municipal_editor_sees_only_their_municipality(client, django_user_model, statuses):
    groups = municipality_groups_ensure(municipality=statuses["story"].get_parent())
    editor = editor_client(client, django_user_model, groups.editors.name, "bosteri-editor")
    found = rows(editor.get(URL))
    titles = {title for title, _language in found}
    assert statuses["story"].title in titles
    assert "Тамчыда жаңы көпүрө" not in titles
    assert "Тамчы" not in titles


def test_central_editor_sees_every_page(client, django_user_model, statuses):
    editorial_workflow_ensure()  # the central editors group, with its permissions at the root
    central = editor_client(client, django_user_model, CENTRAL_EDITORS, "central")
    titles = {title for title, _language in rows(central.get(URL))}
    assert {statuses["story"].title, "Тамчыда жаңы көпүрө", "Тамчы"} <= titles


def test_report_needs_a_login(client, statuses):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
