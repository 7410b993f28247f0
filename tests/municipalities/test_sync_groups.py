"""manage.py sync_municipal_groups, the translators group, Wagtail's default groups, and
the groups a new municipality page gets in the admin."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Collection, GroupPagePermission, Locale, WorkflowPage

from municipalities.models import MunicipalityPage
from municipalities.services import MUNICIPAL_WORKFLOW, TRANSLATORS
from tests import factories as f

pytestmark = pytest.mark.django_db


def sync():
    out = StringIO()
    call_command("sync_municipal_groups", stdout=out)
    return out.getvalue()


def test_sync_creates_what_is_missing_then_reports_nothing(site_tree, reference, locales):
    # The world's Бостери got its groups when it was translated; Тамчы, made here in
    # Kyrgyz alone without the admin, has none yet.
    tamchy = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тамчы",
        slug="tamchy",
        region=reference.region,
        district=reference.district,
    )
    first = sync()
    assert "created group Тамчы editors" in first
    assert "created group Тамчы approvers" in first
    assert "created group Translators" in first
    assert "created collection Тамчы" in first
    assert WorkflowPage.objects.get(page=tamchy).workflow.name == MUNICIPAL_WORKFLOW
    assert sync() == "Nothing to change: groups and workflows are in order.\n"


def test_sync_repairs_drift(municipality):
    sync()
    editors = Group.objects.get(name="Бостери editors")
    GroupPagePermission.objects.filter(group=editors).delete()
    Collection.objects.get(name="Бостери").delete()
    report = sync()
    assert "created collection Бостери" in report
    assert "page permissions" in report
    english = municipality.get_translation(municipality.get_translations().last().locale)
    assert english.permissions_for_user(member(editors, "e")).can_edit()
    assert sync().startswith("Nothing to change")


def member(group, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(group)
    return user


def test_wagtail_default_groups_are_removed_or_confined(site_tree):
    # Wagtail's initial migration made both, with rights on the whole tree
    assert GroupPagePermission.objects.filter(group__name="Editors").exists()
    moderators = Group.objects.get(name="Moderators")
    someone = member(moderators, "old-moderator")
    report = sync()
    assert "deleted group Editors" in report
    assert "confined group Moderators" in report
    assert not Group.objects.filter(name="Editors").exists()
    assert not GroupPagePermission.objects.filter(group=moderators).exists()
    assert not site_tree.home.permissions_for_user(someone).can_edit()
    assert someone.groups.filter(name="Moderators").exists()  # members are kept


def test_translators_edit_translations_but_never_publish_or_touch_originals(story, locales):
    sync()
    translator = member(Group.objects.get(name=TRANSLATORS), "translator")
    assert translator.has_perm("wagtail_localize.submit_translation")
    russian = story.get_translation(locales["ru"])
    assert russian.permissions_for_user(translator).can_edit()
    assert not russian.permissions_for_user(translator).can_publish()
    assert not story.permissions_for_user(translator).can_edit()
    assert not translator.has_perm("core.change_topic")
    assert not translator.has_perm("wagtailimages.add_image")


def test_creating_a_municipality_in_the_admin_creates_its_groups(client, site_tree, reference):
    sync()
    admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    url = reverse(
        "wagtailadmin_pages:add",
        args=["municipalities", "municipalitypage", site_tree.municipalities.pk],
    )
    response = client.post(
        url,
        {
            "title": "Ак-Суу",
            "slug": "ak-suu",
            "official_name": "Ак-Суу айыл аймагы",
            "kind": "aiyl_aimak",
            "region": reference.region.pk,
            "district": reference.district.pk,
            "figures-TOTAL_FORMS": "0",
            "figures-INITIAL_FORMS": "0",
            "figures-MIN_NUM_FORMS": "0",
            "figures-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    page = MunicipalityPage.objects.get(slug="ak-suu")
    editors = Group.objects.get(name="Ак-Суу editors")
    approvers = Group.objects.get(name="Ак-Суу approvers")
    assert Collection.objects.filter(name="Ак-Суу").exists()
    assert page.permissions_for_user(member(editors, "e1")).can_add_subpage()
    assert page.permissions_for_user(member(approvers, "a1")).can_edit()
    assert page.get_workflow().name == MUNICIPAL_WORKFLOW
    assert sync().startswith("Nothing to change")


def test_a_municipality_translated_later_gets_its_groups_and_workflow(
    client, site_tree, reference, locales, django_capture_on_commit_callbacks
):
    sync()
    page = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тоң",
        slug="tong",
        region=reference.region,
        district=reference.district,
    )
    sync()
    admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    russian = Locale.objects.get(language_code="ru")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [russian.pk]},
        )
    assert response.status_code == 302
    translation = page.get_translation(russian)
    editor = member(Group.objects.get(name="Тоң editors"), "tong-editor")
    assert translation.permissions_for_user(editor).can_edit()
    assert WorkflowPage.objects.get(page=translation).workflow.name == MUNICIPAL_WORKFLOW
