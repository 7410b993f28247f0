"""Content health: what each municipality's pages lack or have let grow old, for central
editors (every municipality), a municipal editor (her own, also on her dashboard) and the
public profile (`municipality_gaps`)."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile
from wagtail_factories import ImageFactory

from municipalities.selectors import PUBLIC_GAP_KEYS, content_health, municipality_gaps
from municipalities.services import editorial_workflow_ensure, municipal_groups_sync
from registry.models import ServiceRegisterPage
from stories.models import StoryGalleryImage
from tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/admin/content-health/"
CSV_URL = "/admin/content-health/export.csv"
TODAY = datetime.date(2026, 6, 15)


def fixes(health, key):
    return health.fixes.get(key, [])


def only(rows, municipality):
    [row] = [row for row in rows if row.municipality.pk == municipality.pk]
    return row


def complete(municipality):
    """Fill in everything the profile can lack."""
    municipality.head_name = "Асан Үсөнов"
    municipality.phone = "+996 3943 5 12 34"
    municipality.villages = "Бостери\nКара-Ой"
    municipality.save()


# ---- The public profile's gaps ---------------------------------------------------------


def test_gaps_of_the_world_municipality(municipality):
    """The world's Бостери has a population and a figure, nothing else of the profile."""
    gaps = [gap.key for gap in municipality_gaps(page=municipality)]
    assert gaps == ["head", "contacts", "villages", "register"]


def test_a_complete_profile_has_no_gap(municipality):
    complete(municipality)
    f.ServiceRegisterPageFactory(parent=municipality)
    assert municipality_gaps(page=municipality) == []


def test_gaps_name_every_public_problem_in_order(site_tree, reference):
    bare = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, region=reference.region, district=reference.district
    )
    assert tuple(gap.key for gap in municipality_gaps(page=bare)) == PUBLIC_GAP_KEYS
    assert all(str(gap.public_label) for gap in municipality_gaps(page=bare))


def test_the_public_profile_says_what_is_not_known_yet(client, municipality):
    html = client.get(municipality.url).content.decode()
    assert 'class="notice notice--unknown"' in html
    for key in ("head", "contacts", "villages", "register"):
        assert f'data-gap="{key}"' in html
    assert 'data-gap="population"' not in html  # Бостери's population is known
    assert f"/ky/correction/?page={municipality.pk}" in html

    complete(municipality)
    municipality.latitude, municipality.longitude = Decimal("42.65"), Decimal("77.08")
    municipality.save()
    f.ServiceRegisterPageFactory(parent=municipality)
    assert "notice--unknown" not in client.get(municipality.url).content.decode()


def test_an_e_mail_alone_is_a_contact_and_a_draft_register_is_none(municipality):
    municipality.email = "bosteri@example.org"
    municipality.save()
    register = f.ServiceRegisterPageFactory(parent=municipality)
    ServiceRegisterPage.objects.filter(pk=register.pk).update(live=False)
    gaps = [gap.key for gap in municipality_gaps(page=municipality)]
    assert "contacts" not in gaps
    assert "register" in gaps


def test_gaps_take_three_queries(municipality, django_assert_num_queries):
    with django_assert_num_queries(3):
        municipality_gaps(page=municipality)


# ---- The report's rules ----------------------------------------------------------------


def test_figures_older_than_two_years_are_stale(municipality):
    f.MunicipalityFigureFactory(page=municipality, kind="budget_changes", as_of=TODAY)
    row = only(content_health(today=TODAY), municipality)
    [stale] = fixes(row, "stale_figures")  # hearings held, as of 2023-12-31
    assert stale.note == "2023-12-31"
    assert stale.url == reverse("wagtailadmin_pages:edit", args=[municipality.pk])
    later = only(content_health(today=datetime.date(2028, 6, 16)), municipality)
    assert len(fixes(later, "stale_figures")) == 2


def test_no_figures_is_its_own_problem(municipality):
    municipality.figures.all().delete()
    row = only(content_health(today=TODAY), municipality)
    assert len(fixes(row, "figures")) == 1
    assert fixes(row, "stale_figures") == []


def test_a_missing_register_links_to_adding_one(municipality):
    [fix] = fixes(only(content_health(today=TODAY), municipality), "register")
    assert fix.url == reverse(
        "wagtailadmin_pages:add", args=["registry", "serviceregisterpage", municipality.pk]
    )


def test_a_register_not_updated_for_a_year_is_stale(municipality):
    register = f.ServiceRegisterPageFactory(parent=municipality)  # decided 2021-03-01
    old = timezone.make_aware(datetime.datetime(2025, 6, 1, 12))
    ServiceRegisterPage.objects.filter(pk=register.pk).update(last_published_at=old)
    [fix] = fixes(only(content_health(today=TODAY), municipality), "register")
    assert fix.url == reverse("wagtailadmin_pages:edit", args=[register.pk])
    assert fix.note == "2025-06-01"

    recent = timezone.make_aware(datetime.datetime(2025, 7, 1, 12))
    ServiceRegisterPage.objects.filter(pk=register.pk).update(last_published_at=recent)
    assert fixes(only(content_health(today=TODAY), municipality), "register") == []

    # A recent council decision counts as an update too.
    ServiceRegisterPage.objects.filter(pk=register.pk).update(
        last_published_at=old, decision_date=datetime.date(2026, 1, 20)
    )
    assert fixes(only(content_health(today=TODAY), municipality), "register") == []


def test_stories_without_photos_and_photos_without_consent(municipality, story):
    [bare] = fixes(only(content_health(today=TODAY), municipality), "no_photos")
    assert bare.label == story.title
    assert bare.url == reverse("wagtailadmin_pages:edit", args=[story.pk])

    StoryGalleryImage.objects.create(page=story, image=ImageFactory(), consent_recorded=False)
    StoryGalleryImage.objects.create(page=story, image=ImageFactory(), consent_recorded=False)
    StoryGalleryImage.objects.create(page=story, image=ImageFactory(), consent_recorded=True)
    row = only(content_health(today=TODAY), municipality)
    assert fixes(row, "no_photos") == []  # it has photos, if not all shown
    [unconsented] = fixes(row, "no_consent")
    assert (unconsented.label, unconsented.note) == (story.title, "2")

    with_image = f.StoryPageFactory(parent=municipality, image=ImageFactory())
    titles = [
        fix.label for fix in fixes(only(content_health(today=TODAY), municipality), "no_photos")
    ]
    assert with_image.title not in titles


def test_draft_stories_are_not_counted(municipality, story):
    f.StoryPageFactory(parent=municipality, live=False, title="Долбоор")
    titles = [
        fix.label for fix in fixes(only(content_health(today=TODAY), municipality), "no_photos")
    ]
    assert titles == [story.title]


def test_pages_without_a_live_translation(municipality, story):
    """The world's story and municipality are in three languages; a new story in Kyrgyz
    only lacks two, with the link to translate it; a draft translation still lacks."""
    lonely = f.StoryPageFactory(parent=municipality, title="Жалгыз окуя")
    [fix] = fixes(only(content_health(today=TODAY), municipality), "untranslated")
    assert (fix.label, fix.note) == ("Жалгыз окуя", "ru, en")
    assert fix.url == reverse("wagtail_localize:submit_page_translation", args=[lonely.pk])

    f.translate(lonely, "ru", title="Одинокая история")
    english = f.translate(lonely, "en", title="A lonely story")
    english.unpublish()
    [fix] = fixes(only(content_health(today=TODAY), municipality), "untranslated")
    assert fix.note == "en"
    assert fix.url == reverse("wagtailadmin_pages:edit", args=[english.pk])


def test_each_municipality_counts_only_its_own_pages(municipality, story, site_tree, reference):
    other = f.MunicipalityPageFactory(
        parent=site_tree.municipalities, region=reference.region, district=reference.district
    )
    f.StoryPageFactory(parent=other, title="Башка окуя")
    rows = content_health(today=TODAY)
    assert [fix.label for fix in fixes(only(rows, municipality), "no_photos")] == [story.title]
    assert [fix.label for fix in fixes(only(rows, other), "no_photos")] == ["Башка окуя"]
    assert only(rows, other).count("untranslated") == 2  # the municipality and its story


def test_region_and_municipality_scope(municipality, site_tree, reference):
    elsewhere = f.MunicipalityPageFactory(parent=site_tree.municipalities)  # another region
    assert {row.municipality.pk for row in content_health(region=reference.region)} == {
        municipality.pk
    }
    english = municipality.get_translation(
        f.default_locale().__class__.objects.get(language_code="en")
    )
    scoped = content_health(municipalities=[english])  # a translation counts as itself
    assert [row.municipality.pk for row in scoped] == [municipality.pk]
    assert elsewhere.pk in {row.municipality.pk for row in content_health()}


# ---- The admin report ------------------------------------------------------------------


@pytest.fixture
def editors(municipality, site_tree, reference):
    """Бостери's editor; the editor of Тамчы, another municipality; central editors."""
    tamchy = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тамчы",
        slug="tamchy",
        region=reference.region,
        district=reference.district,
    )
    municipal_groups_sync()
    editorial_workflow_ensure()
    return {
        "bosteri": f.group_member("Бостери editors", "bosteri-editor"),
        "tamchy_page": tamchy,
        "central": f.group_member("Central editors", "central"),
    }


def test_central_editor_sees_every_municipality_most_missing_first(client, editors, municipality):
    client.force_login(editors["central"])
    response = client.get(URL)
    assert response.status_code == 200
    rows = response.context["report"].rows
    assert {row.municipality.title for row in rows} == {"Бостери", "Тамчы"}
    assert [row.total for row in rows] == sorted((row.total for row in rows), reverse=True)
    html = response.content.decode()
    detail = reverse("ashar_content_health_municipality", args=[municipality.pk])
    assert f'href="{detail}#problem-register"' in html


def test_report_sorts_and_filters(client, editors, municipality):
    client.force_login(editors["central"])
    by_title = client.get(URL, {"sort": "title"}).context["report"].rows
    assert [row.municipality.title for row in by_title] == ["Бостери", "Тамчы"]
    by_population = client.get(URL, {"sort": "population"}).context["report"].rows
    assert by_population[0].municipality.title == "Тамчы"  # Бостери's population is known
    with_population_gap = client.get(URL, {"problem": "population"}).context["report"].rows
    assert [row.municipality.title for row in with_population_gap] == ["Тамчы"]
    region = editors["tamchy_page"].region
    in_region = client.get(URL, {"region": region.pk}).context["report"].rows
    assert {row.municipality.title for row in in_region} == {"Бостери", "Тамчы"}


@pytest.mark.parametrize(
    "query",
    [{"region": "abc"}, {"region": "999999"}, {"problem": "<script>"}, {"sort": "x' OR 1=1"}],
)
def test_report_ignores_and_names_unknown_values(client, editors, query):
    client.force_login(editors["central"])
    response = client.get(URL, query)
    assert response.status_code == 200
    assert len(response.context["report"].rows) == 2  # unfiltered
    [(name, value)] = response.context["report"].ignored
    assert (name, value) == next(iter(query.items()))
    assert "&lt;script&gt;" in response.content.decode() or name != "problem"


def test_municipal_editor_sees_only_her_municipality(client, editors, municipality):
    client.force_login(editors["bosteri"])
    rows = client.get(URL).context["report"].rows
    assert [row.municipality.pk for row in rows] == [municipality.pk]
    own = client.get(reverse("ashar_content_health_municipality", args=[municipality.pk]))
    assert own.status_code == 200
    assert "Villages" in own.content.decode()
    other = reverse("ashar_content_health_municipality", args=[editors["tamchy_page"].pk])
    refused = client.get(other)
    assert refused.status_code == 403
    assert "Access denied" in refused.content.decode()


def test_others_get_a_refusal_in_their_admin_language(client, django_user_model, editors):
    user = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(user)
    for url in (URL, CSV_URL, reverse("ashar_content_health_municipality", args=[1])):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Доступ запрещён" in response.content.decode()


def test_unknown_municipality_is_not_found(client, editors):
    client.force_login(editors["central"])
    for pk in (2**31 - 1, 10**12):
        url = reverse("ashar_content_health_municipality", args=[pk])
        assert client.get(url).status_code == 404


def test_detail_lists_each_fix_with_its_link(client, editors, municipality, story):
    client.force_login(editors["central"])
    html = client.get(
        reverse("ashar_content_health_municipality", args=[municipality.pk])
    ).content.decode()
    assert 'id="problem-no_photos"' in html
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[story.pk])}"' in html
    add = reverse(
        "wagtailadmin_pages:add", args=["registry", "serviceregisterpage", municipality.pk]
    )
    assert f'href="{add}"' in html


def test_csv_download_follows_the_filters(client, editors):
    client.force_login(editors["central"])
    response = client.get(CSV_URL, {"problem": "population", "sort": "title"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    labels, keys, *rows = lines
    assert keys[:3] == ["municipality", "region", "population"]
    assert keys[-1] == "total"
    assert [row[0] for row in rows] == ["Тамчы"]
    assert rows[0][2] == "1"


def test_csv_of_a_municipal_editor_holds_her_municipality(client, editors):
    client.force_login(editors["bosteri"])
    response = client.get(CSV_URL)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[2:]
    assert [row[0] for row in rows] == ["Бостери"]


def test_menu_item_and_dashboard(client, editors, municipality):
    client.force_login(editors["bosteri"])
    html = client.get("/admin/").content.decode()
    assert "Content health" in html
    assert reverse("ashar_content_health_municipality", args=[municipality.pk]) in html
    assert "things to fix" in html


def test_report_needs_a_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
