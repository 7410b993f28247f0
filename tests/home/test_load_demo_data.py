"""`load_demo_data` builds SPEC §5 in three languages, consistently, and a second run
creates nothing; one page of every page type in every language answers 200 (the crawl of
every page is `scripts/crawl.py`, run by CI).

The demo these tests read is loaded once for the module, from an empty site. On SQLite it is
the browser tests' demo (tests/browser/demo_site.py: `manage.py load_demo_data --stories 60`
on a migrated empty database, loaded once per run): the module's tests read and write a copy
of it, so the run loads the demo once instead of twice (it takes the better part of a
minute). On PostgreSQL (production's database) the module loads it into the test database
with `demo_load`, after deleting the fixture world. Either way it is inside a transaction
rolled back afterwards."""

import contextlib
import datetime
import io
from collections import Counter, defaultdict
from types import SimpleNamespace
from unittest import mock

import pytest
from django.conf import global_settings, settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from core.imports import Action
from core.models import District, ImportLog, Programme, Region
from core.renditions import SPECS, filter_specs
from home.demo import demo_load
from home.demo.municipalities import programme_slugs
from home.demo.photos import photos_get
from home.demo.reference import reference_ensure
from home.demo.stories import real_programmes, rows_for, stories_import
from home.demo_data import csv_rows
from home.models import HomePage, ProgrammePage
from municipalities.models import (
    MunicipalityFigure,
    MunicipalityPage,
    NewsIndexPage,
    NewsPage,
)
from registry.models import ServicePage, ServiceRegisterPage
from stories.models import StoryPage
from tests import world
from tests.browser import demo_site

LANGUAGES = ("ky", "ru", "en")
# The 18 real stories and 42 samples: every kind of content and every rule of the loader,
# at a quarter of the cost of the default 234 (`load_demo_data`'s own default, which CI's
# demo step loads and crawls).
STORIES = demo_site.DEMO_STORIES
# The demo's users were made by `manage.py` with the browser tests' server settings
# (tests/browser/server_settings.py: the suite's fast hasher); on PostgreSQL the module
# loads them itself. Either way one of these hashers checks their passwords.
DEMO_PASSWORD_HASHERS = [*global_settings.PASSWORD_HASHERS, *settings.PASSWORD_HASHERS]

pytestmark = pytest.mark.django_db


@contextlib.contextmanager
def database_file(database, media):
    """In the block, the default connection is the SQLite file `database` and uploads live
    in `media`."""
    saved = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = str(database)
    try:
        with override_settings(MEDIA_ROOT=str(media)):
            yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = saved


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The loaded demo: `counts` and `logins` of its report, and a second run on it through
    `manage.py load_demo_data` (`rerun`, what it printed as `output`, with the census of the
    database `before` and `after` it)."""
    if connection.vendor != "sqlite":
        with world.module_corpus(django_db_blocker):
            world.clear()
            yield _loaded(demo_load(stories=STORIES))
        return
    try:
        database, media = demo_site.demo_copy(tmp_path_factory.mktemp("demo"), stories=STORIES)
    except demo_site.DemoLoadError as error:
        pytest.fail(str(error))
    with (
        django_db_blocker.unblock(),
        database_file(database, media),
        world.module_corpus(django_db_blocker),
    ):
        # The load's own report is the subprocess's; the second run's counts (from the
        # database) and logins are the same.
        yield _loaded(None)


def _loaded(report):
    before = _census()
    rerun, output = command_run(STORIES)
    after = _census()
    report = rerun if report is None else report
    return SimpleNamespace(
        counts=report.counts,
        logins=report.logins,
        rerun=rerun,
        output=output,
        before=before,
        after=after,
    )


def command_run(stories):
    """`manage.py load_demo_data --stories N` run once: the report of its `demo_load` (the
    command's own call, kept as it returns) and what the command printed."""
    reports = []

    def kept(**options):
        reports.append(demo_load(**options))
        return reports[-1]

    out = io.StringIO()
    with mock.patch("home.management.commands.load_demo_data.demo_load", kept):
        call_command("load_demo_data", "--stories", str(stories), stdout=out)
    return reports[0], out.getvalue()


def programmes_by_municipality():
    real = real_programmes()
    return {row["slug"]: programme_slugs(row, real) for row in csv_rows("municipalities.csv")}


def snippets_get():
    snippets, _changed = reference_ensure()
    return snippets


def in_locale(queryset, code):
    return queryset.filter(locale__language_code=code)


def test_reference_data_and_municipalities_in_every_language(demo):
    for code in LANGUAGES:
        assert in_locale(Region.objects, code).count() == 9
        assert in_locale(District.objects, code).count() == 40
        assert in_locale(MunicipalityPage.objects.live(), code).count() == 41
        assert demo.counts[code]["municipalities"] == 41


def test_the_site_serves_the_home_page_of_the_default_language(demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == ("localhost", 80, "Ashar")
    assert site.root_page.specific_class is HomePage
    assert site.root_page.slug == "home"
    assert site.root_page.get_translations().count() == 2
    assert not Page.objects.filter(depth=2).exclude(pk__in=HomePage.objects.all()).exists()


# A real story whose Russian translation the demo leaves a draft (issue 9).
RUSSIAN_DRAFT = "r17-ak-terek"


def test_real_and_sample_stories_make_the_requested_total(demo):
    real = {row["external_id"] for row in csv_rows("stories.csv") if row["is_sample"] == "no"}
    for code in LANGUAGES:
        assert in_locale(StoryPage.objects, code).count() == STORIES
        draft = {RUSSIAN_DRAFT} if code == "ru" else set()
        stories = in_locale(StoryPage.objects.live(), code)
        assert stories.count() == STORIES - len(draft)
        live_real = set(stories.filter(is_sample=False).values_list("external_id", flat=True))
        assert live_real == real - draft
        assert stories.filter(is_sample=True).count() == STORIES - len(real)


def test_russian_readers_see_the_story_whose_translation_is_a_draft_in_kyrgyz(demo, client):
    kyrgyz = StoryPage.objects.get(external_id=RUSSIAN_DRAFT, locale__language_code="ky")
    russian = StoryPage.objects.get(external_id=RUSSIAN_DRAFT, locale__language_code="ru")
    assert not russian.live
    assert russian.url_path.split("/")[-2] == kyrgyz.slug
    address = kyrgyz.url.replace("/ky/", "/ru/", 1)
    response = client.get(address)
    assert response.status_code == 200
    assert kyrgyz.title in response.content.decode()
    listing = client.get("/ru/stories/?municipality=ak-terek").content.decode()
    assert f'href="{address}"' in listing
    assert "story-card__language" in listing


def test_every_story_validates_and_its_numbers_add_up(demo):
    stories = StoryPage.objects.prefetch_related("votes")
    for story in stories:
        story.full_clean()
        votes = [vote.votes for vote in story.votes.all()]
        if story.is_sample:
            assert sum(votes) <= story.gathering_voters
            chosen = [vote.votes for vote in story.votes.all() if vote.chosen]
            assert chosen == [max(votes)]


def test_translated_stories_use_snippets_of_their_language(demo):
    for story in StoryPage.objects.exclude(locale__language_code="ky").select_related(
        "locale", "programme__locale"
    )[:120]:
        assert story.programme.locale == story.locale
        assert {topic.locale for topic in story.topics.all()} == {story.locale}
        assert {group.locale for group in story.vulnerable_groups.all()} <= {story.locale}
        municipality = story.get_parent().specific
        assert municipality.locale == story.locale
        assert municipality.region.locale == story.locale
        for link in story.service_links.all():
            assert link.service.locale == story.locale


def test_registers_hold_the_129_to_64_pipeline(demo):
    for code in LANGUAGES:
        registers = in_locale(ServiceRegisterPage.objects.live(), code)
        services = in_locale(ServicePage.objects.live(), code)
        vulnerable = services.filter(initiated_by="vulnerable_group")
        assert registers.count() >= 21
        assert registers.filter(has_participation_regulation=True).count() == 14
        assert services.count() >= 150
        assert vulnerable.count() == 129
        assert vulnerable.filter(status="approved").count() == 64
        assert vulnerable.filter(initiating_groups__isnull=True).count() == 0
        assert 0.1 <= services.filter(is_outsourced=True).count() / services.count() <= 0.2
        assert (demo.counts[code]["initiated"], demo.counts[code]["approved"]) == (129, 64)


def test_registers_figures_and_news_come_through_their_importers(demo):
    logs = ImportLog.objects.filter(dry_run=False, committed=True)
    kinds = Counter(logs.values_list("kind", flat=True))
    assert (kinds["register"], kinds["figures"], kinds["news"]) == (22, 1, 1)
    assert sum(logs.filter(kind="register").values_list("new", flat=True)) == 160
    assert logs.get(kind="news").new == 99
    for code in LANGUAGES:
        services = in_locale(ServicePage.objects.live(), code)
        vulnerable = services.filter(initiated_by="vulnerable_group")
        statuses = Counter(vulnerable.values_list("status", flat=True))
        assert statuses == {"approved": 64, "proposed": 33, "rejected": 19, "withdrawn": 13}
        refused = services.filter(status__in=("rejected", "withdrawn"))
        assert refused.exists() and not refused.filter(status_reason="").exists()
        # Every page has its revision, live: what an editor sees in the page's history.
        assert not services.filter(live_revision__isnull=True).exists()
    news = NewsPage.objects.all()
    assert news.count() == 3 * 99 and not news.filter(external_id="").exists()
    sources = MunicipalityFigure.objects.values_list("page__locale__language_code", "source_title")
    assert {code for code, title in sources if "VAP" in title} == {"en"}


def test_every_service_validates_with_snippets_of_its_language(demo):
    for service in ServicePage.objects.select_related("locale", "base_service__locale"):
        service.full_clean()
        assert service.base_service.locale == service.locale
        assert service.title == service.base_service.name


def test_sample_stories_link_to_services_of_their_topic(demo):
    links = 0
    for story in in_locale(StoryPage.objects, "en").prefetch_related("service_links__service"):
        topics = set(story.topics.values_list("slug", flat=True))
        for link in story.service_links.all():
            assert link.service.get_parent().get_parent().pk == story.get_parent().pk
            assert link.service.base_service.topic.slug in topics
            assert link.service.is_approved  # only an approved service was created or changed
            link.full_clean()
            links += 1
    assert links > 0


def _latest_sums(code):
    latest = {}
    figures = MunicipalityFigure.objects.filter(page__locale__language_code=code)
    for figure in figures.order_by("as_of", "pk"):
        latest[(figure.page_id, figure.kind)] = figure.value
    sums = Counter()
    for (_page, kind), value in latest.items():
        sums[kind] += value
    return sums


def test_municipal_figures_agree_with_the_vap_headline_figures(demo):
    for code in LANGUAGES:
        vap = Programme.objects.get(slug="vap", locale__language_code=code)
        sums = _latest_sums(code)
        figures = list(vap.headline_figures.all())
        assert len(figures) == 7
        for figure in figures:
            assert figure.is_met_by(sums[figure.kind]), figure.kind
        pages = in_locale(MunicipalityPage.objects, code)
        assert all(page.figures.filter(programme=vap).exists() for page in pages)
        series = MunicipalityFigure.objects.filter(page__in=pages, kind="hearings_held")
        assert series.values("as_of").distinct().count() == 3


def test_news_for_every_municipality_and_the_programmes(demo):
    for code in LANGUAGES:
        news = in_locale(NewsPage.objects.live(), code)
        per_parent = Counter(page.get_parent().specific_class for page in news)
        per_municipality = Counter(
            page.get_parent().pk
            for page in news
            if page.get_parent().specific_class is MunicipalityPage
        )
        assert len(per_municipality) == 41
        assert min(per_municipality.values()) >= 2
        # The programmes' own news stand under the news index (issue 10).
        assert per_parent[NewsIndexPage] == 3
    dates = NewsPage.objects.values_list("date", flat=True)
    assert min(dates) >= datetime.date(2024, 1, 1)
    assert max(dates) <= datetime.date(2025, 10, 31)


def test_photos_are_shared_and_the_gallery_records_consent(demo):
    images = get_image_model().objects.filter(collection__name="Demo photos")
    assert images.count() == 24
    stories = in_locale(StoryPage.objects, "ky")
    samples = stories.filter(is_sample=True)
    # The stories file gives most samples photos (the first is the main image), a few none.
    assert 0.9 <= samples.filter(image__isnull=False).count() / samples.count() < 1
    gallery = Counter(story.gallery_images.count() for story in stories)
    assert gallery[0] > 0
    assert gallery[6] > 0
    assert max(gallery) == 6
    rows = stories.model.gallery_images.rel.related_model.objects.all()
    assert not rows.filter(consent_recorded=False).exists()
    # Every size of every photo is made by the loader, not by the first reader.
    sizes = set(filter_specs(*SPECS))
    for image in images.prefetch_related("renditions"):
        assert {rendition.filter_spec for rendition in image.renditions.all()} >= sizes


def test_programme_pages_point_at_the_programme_of_their_language(demo):
    pages = ProgrammePage.objects.select_related("locale", "programme__locale")
    assert pages.count() == 6
    for page in pages:
        assert page.programme.locale == page.locale


def test_demo_users_have_their_roles(demo):
    users = {user.username: user for user in get_user_model().objects.all()}
    assert users["admin"].is_superuser
    assert users["admin"].wagtail_userprofile.preferred_language == "en"
    assert users["central"].wagtail_userprofile.preferred_language == "ru"
    with override_settings(PASSWORD_HASHERS=DEMO_PASSWORD_HASHERS):
        assert users["central"].check_password("demo-pass-2026")
    bosteri = MunicipalityPage.objects.get(slug="bosteri", locale__language_code="ru")
    kurmanbek = MunicipalityPage.objects.get(slug="kurmanbek", locale__language_code="ru")
    editor = users["bosteri-editor"]
    assert bosteri.permissions_for_user(editor).can_edit()
    assert not bosteri.permissions_for_user(editor).can_publish()
    assert not kurmanbek.permissions_for_user(editor).can_edit()
    assert bosteri.permissions_for_user(users["central"]).can_publish()
    assert Group.objects.filter(name__endswith=" approvers").count() == 41
    assert [login[0] for login in demo.logins] == [
        "admin",
        "central",
        "bosteri-editor",
        "bosteri-approver",
        "kurmanbek-editor",
        "kurmanbek-approver",
    ]


def _census():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "regions": Region.objects.count(),
    }


def test_second_run_creates_nothing(demo):
    assert not demo.rerun.changed
    assert demo.after == demo.before


def test_story_option_adds_and_removes_sample_stories(demo):
    grown = demo_load(stories=STORIES + 5)
    assert grown.counts["ru"]["stories"] == STORIES + 5
    shrunk = demo_load(stories=STORIES)
    assert shrunk.counts["en"]["stories"] == STORIES
    assert StoryPage.objects.filter(external_id="sample-217").count() == 0


def test_command_prints_the_summary_and_the_logins(demo):
    out = demo.output  # the second run's, through the command
    assert "Nothing to do" in out
    assert "bosteri-editor" in out
    assert "demo-pass-2026" in out
    by_language = defaultdict(str)
    for line in out.splitlines():
        if line[:2] in LANGUAGES:
            by_language[line[:2]] = line
    assert set(by_language) == set(LANGUAGES)


def one_page_per_type_and_language():
    """(language, page type, path): the first live page of each type in each language."""
    chosen = {}
    pages = (
        Page.objects.live().public().filter(depth__gt=1).select_related("locale", "content_type")
    )
    for page in pages.order_by("path"):
        key = (page.locale.language_code, page.content_type.model)
        if key not in chosen:
            parts = page.get_url_parts()
            assert parts is not None, f"{key} #{page.pk} cannot be routed"
            chosen[key] = parts[2]
    return [(code, model, path) for (code, model), path in sorted(chosen.items())]


def test_one_page_of_every_type_in_every_language_answers_200(demo, client):
    paths = one_page_per_type_and_language()
    types = {model for _code, model, _path in paths}
    assert {"homepage", "storypage", "servicepage", "newspage", "municipalitypage"} <= types
    assert len(paths) == 3 * len(types)
    failures = [
        f"{status} {code} {model} {path}"
        for code, model, path in paths
        if (status := client.get(path).status_code) != 200
    ]
    assert failures == []


def test_story_short_links_lead_to_their_story(demo, client):
    for story in StoryPage.objects.live().filter(locale__language_code="ru")[:3]:
        response = client.get(f"/s/{story.pk}/", follow=True)
        assert response.status_code == 200
        assert response.redirect_chain
        # To the story in the reader's language (the short link's own: Kyrgyz here).
        without_language = story.url.split("/", 2)[2]
        assert response.redirect_chain[-1][0].endswith(without_language)


def test_the_stories_file_and_more_samples_pass_the_importers_dry_run(demo, monkeypatch):
    # In files of 128 rows, as a corpus larger than one file's limits is imported.
    monkeypatch.setattr("home.demo.stories.FILE_ROWS", 128)
    rows = rows_for(300, programmes=programmes_by_municipality())
    result = stories_import(rows=rows, photos=photos_get(snippets_get()), dry_run=True)
    assert [row.key for row in result.rows] == [row["external_id"] for row in rows]
    assert result.ok, result.all_issues()[:5]
    assert not result.committed
    counts = result.counts
    assert (counts[Action.UNCHANGED], counts[Action.NEW]) == (STORIES, 300 - STORIES)
