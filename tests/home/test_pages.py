"""The home page, standard pages and programme pages render in every language with their
content."""

import datetime

import pytest

from core.models import ProgrammeFigure
from tests import factories as f

LANGUAGES = ("ky", "ru", "en")
HOME_TITLES = {"ky": "Ашар", "ru": "Ашар", "en": "Ashar"}
STORY_TITLES = {
    "ky": "Бостериде бала бакча оңдолду",
    "ru": "В Бостери отремонтировали детский сад",
    "en": "Bosteri rebuilds its kindergarten",
}
PROGRAMME_NAMES = {"ky": "Элдин үнү", "ru": "Голос граждан", "en": "Voice and accountability"}


def html(response):
    return response.content.decode()


@pytest.fixture
def home_content(site_tree, municipality, story):
    """A news item and a register with services, in every language."""
    news = f.NewsPageFactory(
        parent=municipality, title="Бостериде угуу өттү", date=datetime.date(2025, 5, 2)
    )
    f.translate(news, "ru", title="В Бостери прошли слушания")
    f.translate(news, "en", title="Bosteri holds a hearing")
    register = f.ServiceRegisterPageFactory(parent=municipality)
    services = [
        f.ServicePageFactory(parent=register, initiated_by="vulnerable_group", status=status)
        for status in ("approved", "approved", "proposed")
    ]
    for code in ("ru", "en"):
        translated_register = f.translate(register, code)
        assert translated_register.live
        for service in services:
            f.translate(service, code)
    return site_tree


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_every_language_with_its_content(client, home_content, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    body = html(response)
    assert f'<html lang="{language}">' in body
    assert f'<h1 class="home-hero__title">{HOME_TITLES[language]}</h1>' in body
    assert STORY_TITLES[language] in body
    assert {"ky": "Бостериде угуу өттү", "ru": "В Бостери прошли слушания"}.get(
        language, "Bosteri holds a hearing"
    ) in body
    assert f'href="/{language}/services/"' in body
    assert f'href="/{language}/stories/"' in body


def test_home_page_shows_the_recorded_figures_with_their_date(client, home_content):
    response = client.get("/ky/")

    body = html(response)
    figures = response.context["figure_stats"]
    assert [(stat["kind"], stat["value"]) for stat in figures] == [("hearings_held", 4)]
    assert "31.12.2023" in body


def test_home_page_shows_the_pipeline_from_the_services(client, home_content):
    response = client.get("/ru/")

    pipeline = response.context["pipeline"]
    assert (pipeline["initiated"], pipeline["approved"]) == (3, 2)
    assert 'class="pipeline__value">3</span>' in html(response)
    assert 'class="pipeline__value">2</span>' in html(response)


def test_home_page_shows_the_money_split_with_numbers_in_text(client, home_content):
    body = html(client.get("/en/"))

    # The story factory's money: 600 000 grant, 300 000 municipal, 100 000 community.
    assert '<td class="num">600\u202f000</td>' in body
    assert '<td class="num">300\u202f000</td>' in body
    assert '<td class="num">100\u202f000</td>' in body
    assert 'class="money-bar__part money-part--grant share-60"' in body
    # One story of 1 000 000 KGS: the big number is in millions.
    assert '<span class="stat__value">1.0</span>' in body


def test_empty_home_page_renders_and_says_what_is_missing(client, site_tree, without_world_story):
    response = client.get("/ky/")

    assert response.status_code == 200
    assert response.context["totals"]["stories"] == 0
    assert 'class="empty-state"' in html(response)


@pytest.fixture
def about_section(site_tree):
    about = site_tree.about
    about.body = [("paragraph", "<p>Ашар – бул жамааттардын сайты.</p>")]
    about.save_revision().publish()
    child = f.StandardPageFactory(
        parent=about, title="Методология", slug="methodology", intro="Кантип эсептейбиз."
    )
    f.StandardPageFactory(parent=about, title="Жашыруун", slug="draft", live=False)
    for code in ("ru", "en"):
        russian_about = about.get_translations().get(locale__language_code=code)
        russian_about.body = about.body
        russian_about.save_revision().publish()
        f.translate(child, code, title={"ru": "Методология", "en": "Methodology"}[code])
    return about


@pytest.mark.parametrize("language", LANGUAGES)
def test_standard_page_renders_in_every_language_with_its_content(client, about_section, language):
    response = client.get(f"/{language}/about/")

    assert response.status_code == 200
    body = html(response)
    assert "Ашар жөнүндө." in body  # the intro, copied into each translation
    assert "Ашар – бул жамааттардын сайты." in body
    assert 'class="breadcrumbs"' in body
    assert f'href="/{language}/"' in body
    assert f'href="/{language}/about/methodology/"' in body
    assert "Жашыруун" not in body


def test_standard_page_without_children_lists_none(client, about_section):
    response = client.get("/ky/about/methodology/")

    assert response.status_code == 200
    assert 'class="child-pages"' not in html(response)
    assert "Кантип эсептейбиз." in html(response)


@pytest.fixture
def programme_page(site_tree, municipality, story, reference):
    municipality.programmes.set([reference.programme])
    municipality.save()
    for programme in reference.programme.get_translations(inclusive=True):
        ProgrammeFigure.objects.create(
            programme=programme,
            kind="hearings_held",
            qualifier="more_than",
            value=3,
            source_title="Отчёт программы",
            source_url="https://example.org/report",
        )
    page = f.ProgrammePageFactory(
        parent=site_tree.home, programme=reference.programme, intro="Программа жөнүндө."
    )
    for code in ("ru", "en"):
        municipality_translation = municipality.get_translations().get(locale__language_code=code)
        municipality_translation.programmes.set(
            [reference.programme.get_translation(municipality_translation.locale)]
        )
        municipality_translation.save()
        f.translate(page, code)
    return page


@pytest.mark.parametrize("language", LANGUAGES)
def test_programme_page_renders_in_every_language_with_its_content(
    client, programme_page, language
):
    response = client.get(f"/{language}/vap/")

    assert response.status_code == 200
    body = html(response)
    assert PROGRAMME_NAMES[language] in body
    assert STORY_TITLES[language] in body
    assert {"ky": "Бостери", "ru": "Бостери", "en": "Bosteri"}[language] in body
    assert "https://example.org/report" in body
    assert f'href="/{language}/stories/?programme=vap"' in body


def test_programme_page_sets_the_headline_beside_the_recorded_total(client, programme_page):
    response = client.get("/ky/vap/")

    [row] = response.context["headline_comparison"]["rows"]
    assert (row["reported"], row["qualifier"]) == (3, "more_than")
    # The fixture's figure (4 hearings) carries no programme, so nothing is recorded for it.
    assert row["recorded"] is None
    assert response.context["story_count"] == 1


def test_home_page_links_topics_with_stories_to_the_filtered_story_list(client, home_content):
    response = client.get("/ky/")

    body = html(response)
    assert 'href="/ky/stories/?topic=drinking-water"' in body
    assert 'Ичүүчү суу <span class="chip__count">1</span>' in body
    assert 'href="/ky/stories/?topic=street-lighting"' not in body, "a topic without stories"


def test_home_page_draws_the_region_map_linking_into_the_story_list(client, home_content):
    body = html(client.get("/ru/"))

    assert 'class="region-map' in body
    assert 'href="/ru/stories/?region=issyk-kul"' in body
