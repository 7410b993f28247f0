"""The municipal pages render in every language with what they must show."""

import datetime
import re

import pytest

from tests import factories as f
from tests.municipalities.conftest import RECENT
from tests.pages import interface, text_of, translation

LANGUAGES = ("ky", "ru", "en")


# ---- Municipality index ----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_municipality_index_renders_in_every_language(client, municipality, language):
    response = client.get(f"/{language}/municipalities/")
    assert response.status_code == 200
    html = text_of(response)
    assert html.count("<h1") == 1
    assert 'class="breadcrumbs"' in html
    assert translation(municipality, language).title in html


def test_municipality_index_groups_municipalities_under_their_region_in_the_language(
    client, municipality, reference, site_tree
):
    other_region = f.RegionFactory(slug="naryn", name="Нарын облусу", sort_order=5)
    other_district = f.DistrictFactory(region=other_region, slug="at-bashy", name="Ат-Башы")
    f.translate_snippet(other_region, "ru", name="Нарынская область")
    f.translate_snippet(other_district, "ru", name="Ат-Башинский район")
    naryn_town = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Ак-Муз",
        slug="ak-muz",
        district=other_district,
        region=other_region,
        population=3100,
        population_year=2022,
    )
    f.translate(naryn_town, "ru", title="Ак-Муз")

    html = text_of(client.get("/ru/municipalities/"))

    issyk_kul = html.index('id="region-issyk-kul-heading">Иссык-Кульская область')
    naryn = html.index('id="region-naryn-heading">Нарынская область')
    assert html.index("Бостери", issyk_kul) < html.index("Тонский район", issyk_kul) < naryn
    assert html.index("Ак-Муз", naryn) < html.index("Ат-Башинский район", naryn)
    assert "3\u202f100" in html and "(2022)" in html
    assert "Ысык-Көл облусу" not in html


def test_municipality_index_summarises_what_it_covers(client, municipality, story):
    html = text_of(client.get("/en/municipalities/"))
    assert re.search(r'stat__value">1</span><span class="stat__label">municipalities', html)
    assert re.search(r'stat__value">1<span class="stat__of"> / 1</span>', html)
    assert re.search(r'stat__value">1</span><span class="stat__label">stories', html)


def test_municipality_index_says_how_many_populations_its_total_covers(
    client, municipality, site_tree, reference
):
    municipality.population = 3100
    municipality.save()
    f.MunicipalityPageFactory(parent=site_tree.municipalities, population=None)
    f.MunicipalityPageFactory(parent=site_tree.municipalities, population=2000)
    html = text_of(client.get("/ky/municipalities/"))
    total = html[html.index('id="summary-heading"') :]
    assert re.search(r'stat__value">5\u202f100</span>', total)
    assert (
        interface("ky", "population known for %(known)s of %(total)s")
        % {
            "known": 2,
            "total": 3,
        }
        in total
    )


def test_municipality_index_with_every_population_known_says_nothing_more(
    client, municipality, site_tree
):
    municipality.population = 3100
    municipality.save()
    html = text_of(client.get("/ky/municipalities/"))
    assert re.search(r'stat__value">3\u202f100</span>', html)
    note = interface("ky", "population known for %(known)s of %(total)s").split("%")[0]
    assert note not in html


def test_municipality_index_shows_population_and_counts_per_municipality(
    client, municipality, story
):
    html = text_of(client.get("/en/municipalities/"))
    row = html[html.index('class="place-row"') :]
    assert '<td class="num" data-label="Stories">1</td>' in row
    assert '<td class="num" data-label="Services">0</td>' in row
    assert '12\u202f000 <span class="meta">(2021)</span>' in row


def test_municipality_index_never_truncates_a_long_name(client, site_tree, reference):
    long_name = "Кызыл-Жылдыз-Чоң-Өрүктү-Сарыкамыштуу айыл аймагынын биригүүсү"
    f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title=long_name,
        slug="long",
        region=reference.region,
        district=reference.district,
    )
    assert long_name in text_of(client.get("/ky/municipalities/"))


# ---- Municipality profile --------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_profile_renders_in_every_language(client, profile, language):
    page = translation(profile, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = text_of(response)
    assert html.count("<h1") == 1
    assert page.official_name in html
    assert "41702215808001" in html


def test_profile_shows_each_figure_with_its_date_source_and_series(client, profile):
    html = text_of(client.get(translation(profile, "en").url))
    assert "1\u202f875" in html
    assert "Hearing participants" in html
    year = RECENT.year
    assert f"as of 30 June {year}" in html or f"as of June 30, {year}" in html
    assert f'href="https://vap.kg/report-{year}"' in html
    assert f"VAP report {year}" in html
    assert "Programme: VAP" in html
    assert 'class="sparkline"' in html
    series = html[html.index('class="series-table"') :]
    assert series.index("1\u202f250") < series.index("1\u202f430") < series.index("1\u202f875")


def test_profile_marks_figures_older_than_two_years_as_stale(client, profile):
    html = text_of(client.get(translation(profile, "en").url))
    stale = html[html.index("Budget changes adopted") - 400 : html.index("Budget changes adopted")]
    assert "figure-card--stale" in stale
    assert "more than 2 years old" in html
    assert html.count("badge badge--stale") == 1


def test_profile_shows_population_with_year_source_and_coordinates(client, profile):
    html = text_of(client.get(translation(profile, "en").url))
    assert "6\u202f400" in html and "as of 2021" in html
    assert 'href="https://stat.kg/population-2021"' in html
    assert "42.15600° N, 77.55200° E" in html
    assert "https://www.openstreetmap.org/?mlat=42.15600&amp;mlon=77.55200" in html
    assert "<li>Тамга</li><li>Тоссор</li>" in html


def test_profile_shows_head_and_contacts_or_says_they_are_not_known(client, profile, municipality):
    html = text_of(client.get(translation(profile, "en").url))
    assert "Асанов Асан" in html
    assert "no address, phone, e-mail or website recorded yet" not in html
    bare = text_of(client.get(translation(municipality, "en").url))
    contacts = bare[bare.index('id="contacts-heading"') :]
    assert 'Head of the municipality</dt><dd><span class="unknown">not known yet' in contacts
    assert "no address, phone, e-mail or website recorded yet" in contacts


def test_profile_links_its_programmes(client, profile, reference):
    html = text_of(client.get(translation(profile, "en").url))
    assert "Voice and accountability" in html


def test_profile_of_a_merged_municipality_shows_the_reform_notice_and_successor(
    client, municipality, profile
):
    profile.valid_until = datetime.date(2024, 1, 1)
    profile.successor = municipality
    profile.reform_note = "Бостери менен бириктирилди."
    profile.save_revision().publish()

    html = text_of(client.get(profile.url))
    assert interface("ky", "Merged or renamed in the 2023–24 reform.") in html
    notice = html[html.index('class="notice notice--reform"') :]
    assert f'href="{municipality.url}"' in notice
    assert "Бостери менен бириктирилди." in notice
    successor_html = text_of(client.get(municipality.url))
    notice = successor_html[successor_html.index('class="notice notice--reform"') :]
    assert interface("ky", "Formed from:") in notice
    assert f'href="{profile.url}">Тамга</a>' in notice


def test_profile_lists_its_latest_news_and_links_to_them_filtered(client, municipality, news_items):
    html = text_of(client.get(translation(municipality, "en").url))
    assert html.index("News 2") < html.index("News 1") < html.index("News 0")
    assert "/en/news/?municipality=bosteri" in html


def test_profile_shows_its_register_with_counts(client, municipality, register):
    html = text_of(client.get(translation(municipality, "en").url))
    box = html[html.index('id="register-heading"') :]
    assert "Register of municipal services" in box
    assert re.search(r'num">2</span> services', box)
    assert re.search(r'num">1</span> approved by the council', box)
    assert re.search(r'num">1</span> initiated by vulnerable groups', box)
    assert re.search(r'num">1</span> outsourced', box)


def test_profile_shows_its_stories(client, story):
    municipality = story.get_parent().specific
    html = text_of(client.get(translation(municipality, "ru").url))
    assert "В Бостери отремонтировали детский сад" in html
    assert "Бостериде бала бакча оңдолду" not in html


def test_profile_lists_a_story_not_yet_translated_in_its_own_language_marked(client, story):
    """The profile lists its stories as the story index does (issue 9): a story whose
    Russian translation is unpublished is still on the Russian profile, in Kyrgyz, marked,
    linked to its address under the Russian interface, and counted."""
    translation(story, "ru").unpublish()
    municipality = translation(story.get_parent(), "ru")
    html = text_of(client.get(municipality.url))
    [card] = re.findall(r'<article class="card story-card.*?</article>', html, re.S)
    assert '<h3 class="card__title" lang="ky">' in card
    assert "Бостериде бала бакча оңдолду" in card
    assert 'href="/ru/municipalities/bosteri/kindergarten/"' in card
    assert interface("ru", "Not yet translated") in card
    assert "В Бостери отремонтировали детский сад" not in html
    assert re.search(r'id="stories-heading">.*?\(1\)', html)
    assert client.get("/ru/municipalities/bosteri/kindergarten/").status_code == 200
    # The list of municipalities counts it too.
    index = text_of(client.get("/ru/municipalities/"))
    row = index[index.index('class="place-row"') :]
    assert f'data-label="{interface("ru", "Stories")}">1</td>' in row


def test_profile_lists_a_story_written_only_in_russian_on_the_kyrgyz_profile(
    client, story, municipality
):
    f.StoryPageFactory(
        parent=translation(municipality, "ru"), title="Новый мост в Бостери", slug="most"
    )
    html = text_of(client.get(municipality.url))
    cards = re.findall(r'<article class="card story-card.*?</article>', html, re.S)
    assert len(cards) == 2
    [marked] = [card for card in cards if "Новый мост в Бостери" in card]
    assert '<h3 class="card__title" lang="ru">' in marked
    assert 'href="/ky/municipalities/bosteri/most/"' in marked
    assert interface("ky", "Not yet translated") in marked
    [own] = [card for card in cards if "Бостериде бала бакча оңдолду" in card]
    assert "story-card__language" not in own
    # The English profile has both as well; the Russian one has both as its own.
    assert "Новый мост в Бостери" in text_of(client.get(translation(municipality, "en").url))
    ru = text_of(client.get(translation(municipality, "ru").url))
    assert "Новый мост в Бостери" in ru and "story-card__language" not in ru


# ---- News index ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_index_renders_in_every_language_newest_first(client, news_items, language):
    response = client.get(f"/{language}/news/")
    assert response.status_code == 200
    html = text_of(response)
    titles = [translation(item, language).title for item in reversed(news_items)]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "noindex" not in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("year=2024", ["News 0"], ["News 1", "News 2"]),
        ("topic=street-lighting", ["News 1"], ["News 0", "News 2"]),
        ("municipality=bosteri", ["News 0", "News 1", "News 2"], []),
        ("region=issyk-kul&year=2025", ["News 1", "News 2"], ["News 0"]),
    ],
)
def test_news_index_filters_by_municipality_region_topic_and_year(
    client, news_items, query, shown, hidden
):
    html = text_of(client.get(f"/en/news/?{query}"))
    for title in shown:
        assert f">{title}</a>" in html
    for title in hidden:
        assert f">{title}</a>" not in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_news_index_shows_active_filters_as_removable_chips(client, news_items):
    html = text_of(client.get("/en/news/?topic=drinking-water&year=2025"))
    assert "Remove filter Topic:</span> Drinking water" in html
    assert 'href="?year=2025"' in html  # removes the topic
    assert 'href="?topic=drinking-water"' in html  # removes the year
    assert "Clear all" in html


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=99999",
        "page=-1",
        "year=1e99",
        "year=99999999999999999999999",
        "year=1800",
        "municipality=nowhere",
        "region=%00",
        "topic=unknown&municipality=",
    ],
)
def test_news_index_ignores_bad_input(client, news_items, query):
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 200
    html = text_of(response)
    assert ">News 2</a>" in html


def test_news_index_past_the_last_page_shows_the_last_page(client, news_items):
    html = text_of(client.get("/en/news/?page=99999"))
    assert ">News 0</a>" in html


def test_news_index_paginates_by_twelve(client, municipality):
    for index in range(13):
        f.NewsPageFactory(parent=municipality, title=f"Item {index:02d}", slug=f"item-{index}")
    first = text_of(client.get("/ky/news/"))
    second = text_of(client.get("/ky/news/?page=2"))
    assert first.count('<article class="news-item') == 12
    assert second.count('<article class="news-item') == 1
    assert '<span class="pagination__current" aria-current="page">2</span>' in second


def test_news_index_with_no_match_helps_to_widen_the_search(client, news_items):
    html = text_of(client.get("/en/news/?topic=street-lighting&year=2024"))
    assert "No news matches" in html
    assert "Nothing matches all of these at once: Topic: Street lighting; Year: 2024." in html
    assert '<a href="?topic=street-lighting">Remove the last filter, “2024”</a>' in html
    assert "See all 3 news items" in html


def test_news_index_lists_only_the_news_of_its_language(client, news_items):
    html = text_of(client.get("/ru/news/"))
    assert "Новость 0" in html
    assert ">News 0</a>" not in html and ">Жаңылык 0</a>" not in html


# ---- News page -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_page_renders_in_every_language(client, news_items, language):
    item = translation(news_items[1], language)
    response = client.get(item.url)
    assert response.status_code == 200
    html = text_of(response)
    assert html.count("<h1") == 1
    assert item.summary in html
    assert 'datetime="2025-05-01"' in html
    assert 'class="breadcrumbs"' in html
    assert translation(news_items[1].get_parent(), language).title in html


def test_news_page_shows_topics_body_and_sample_label(client, municipality, reference):
    item = f.NewsPageFactory(
        parent=municipality,
        title="Угуу",
        slug="hearing",
        is_sample=True,
        body=[("paragraph", "<p>Жыйында 120 киши катышты.</p>")],
    )
    item.topics.set([reference.water])
    item.save()
    html = text_of(client.get(item.url))
    assert "Жыйында 120 киши катышты." in html
    assert "Ичүүчү суу" in html
    assert 'class="notice notice--sample' in html


def test_news_page_shows_a_responsive_image(client, municipality):
    from wagtail_factories import ImageFactory

    item = f.NewsPageFactory(parent=municipality, slug="photo", image=ImageFactory())
    html = text_of(client.get(item.url))
    assert "<picture>" in html and "srcset=" in html and 'type="image/webp"' in html
