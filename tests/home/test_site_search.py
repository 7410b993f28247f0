"""The site-wide search (/<lang>/search/): stories, municipalities, services, base services
and news found together, grouped with counts, in the reader's language; place names in
any script; hostile queries get a page; a fixed number of queries."""

import pytest
from wagtail.models import PageViewRestriction

from tests import factories as f
from tests import world
from tests.registry.conftest import registers_build
from tests.stories.conftest import places_build, story_in

# Search behaves per database: CI runs this module on SQLite too.
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture(autouse=True)
def interface_in_source_strings(settings, tmp_path):
    """The interface in its English source strings, whatever the language (the
    catalogues' completeness has its own test)."""
    settings.LOCALE_PATHS = [tmp_path / "no-catalogues"]


def build(places, registers):
    uzgen = f.MunicipalityPageFactory(
        parent=world.site_tree().municipalities,
        title="Өзгөн",
        slug="ozgon",
        official_name="Өзгөн шаары",
        villages="Кара-Дөбө\nЖылкы-Айдар",
        region=places.osh,
        district=places.uzgen,
    )
    f.translate(uzgen, "ru", title="Узген", official_name="город Узген")
    f.translate(uzgen, "en", title="Uzgen", official_name="Uzgen town")
    story_in(
        uzgen,
        title="Өзгөндө ичүүчү суу түтүгү",
        slug="uzgen-water",
        summary="Шаардын чет жакасына суу түтүгү тартылды.",
        translations={"ru": {"title": "Водопровод в Узгене", "summary": "Вода."}},
    )
    for index in range(7):
        story_in(
            places.kurshab,
            title=f"Куршабда суу {index}",
            slug=f"kurshab-water-{index}",
            summary="Айылга таза суу келди.",
        )
    bosteri = world.municipality()
    f.NewsPageFactory(
        parent=bosteri,
        title="Бостериде суу боюнча коомдук угуу",
        slug="water-hearing",
        summary="Ичүүчү суунун тарифи талкууланды.",
    )
    f.NewsPageFactory(parent=uzgen, title="Өзгөндө жаңы мектеп", slug="school", summary="Ачылды.")
    return uzgen


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    with world.module_corpus(django_db_blocker, indexed=True):
        places = places_build()
        registers = registers_build()
        yield build(places, registers)


def search(client, query, language="ky"):
    response = client.get(f"/{language}/search/", query if isinstance(query, dict) else None)
    if not isinstance(query, dict):
        response = client.get(f"/{language}/search/?{query}")
    assert response.status_code == 200
    return response


def groups(response):
    return {group.kind: group for group in response.context["results"].groups}


def test_one_query_finds_every_kind_grouped_with_counts(client, corpus):
    response = search(client, {"q": "суу"})
    found = groups(response)
    stories = client.get("/ky/stories/", {"q": "суу"}).context["result_count"]
    assert found["stories"].total == stories >= 8
    assert len(found["stories"].stories) == 5
    assert found["stories"].more_url == "/ky/stories/?q=%D1%81%D1%83%D1%83"
    assert [hit.title for hit in found["services"].hits][:2] == ["Ичүүчү суу", "Тамчыда ичүүчү суу"]
    assert found["services"].more_url == "/ky/services/?q=%D1%81%D1%83%D1%83"
    assert [hit.title for hit in found["base_services"].hits] == ["Ичүүчү суу менен камсыз кылуу"]
    assert found["base_services"].hits[0].url == "/ky/services/base/2.1/"
    assert [hit.title for hit in found["news"].hits] == ["Бостериде суу боюнча коомдук угуу"]
    assert found["news"].more_url == "/ky/news/?q=%D1%81%D1%83%D1%83"
    html = response.content.decode()
    assert f"All {stories} results in their list" in html
    assert 'href="#results-stories"' in html
    assert 'id="results-municipalities"' not in html  # no municipality matches: no section


def test_a_place_name_in_another_script_finds_the_municipality_first(client, corpus):
    for query, language, title in (
        ("Узген", "ky", "Өзгөн"),
        ("Uzgen", "ky", "Өзгөн"),
        ("Озгон", "ky", "Өзгөн"),
        ("Өзгөн", "ru", "Узген"),
        ("в Узгене", "en", "Uzgen"),
    ):
        found = groups(search(client, {"q": query}, language))
        hits = found["municipalities"].hits
        assert hits[0].title == title, query
        assert hits[0].url == f"/{language}/municipalities/ozgon/"
        assert found["stories"].total >= 1


def test_a_village_name_finds_its_municipality(client, corpus):
    found = groups(search(client, {"q": "кара-добо"}))
    assert [hit.title for hit in found["municipalities"].hits] == ["Өзгөн"]


def test_a_place_and_a_word_search_in_that_place(client, corpus):
    found = groups(search(client, {"q": "Бостери суу"}))
    assert [hit.meta for hit in found["services"].hits] == ["Бостери"] * len(found["services"].hits)
    assert "Тамчыда ичүүчү суу" not in [hit.title for hit in found["services"].hits]
    assert [hit.title for hit in found["news"].hits] == ["Бостериде суу боюнча коомдук угуу"]


def test_a_place_alone_finds_its_services_but_no_base_service(client, corpus):
    """Base services belong to no place: a query that is only a place's name has no word
    left to look them up by."""
    found = groups(search(client, {"q": "Бостери"}))
    assert found["services"].total >= 1
    assert {hit.meta for hit in found["services"].hits} == {"Бостери"}
    assert found["base_services"].total == 0
    assert found["base_services"].hits == []


def test_results_are_in_the_readers_language(client, corpus):
    english = groups(search(client, {"q": "water"}, "en"))
    assert [hit.title for hit in english["base_services"].hits] == ["Drinking water supply"]
    assert english["base_services"].hits[0].url == "/en/services/base/2.1/"
    assert all(hit.url.startswith("/en/") for hit in english["services"].hits)
    kyrgyz = groups(search(client, {"q": "water"}, "ky"))
    assert kyrgyz["base_services"].total == 0


def test_nothing_found_says_so_and_suggests(client, corpus):
    response = search(client, {"q": "жолборс"})
    assert response.context["results"].total == 0
    assert "Nothing on the site matches all of these words." in response.content.decode()


def test_without_a_query_the_page_is_the_form(client, corpus):
    response = search(client, {})
    assert response.context["results"].groups == []
    assert 'name="q"' in response.content.decode()


def test_a_query_without_words_says_why(client, corpus):
    response = search(client, {"q": "a ! ?"})
    assert "has no word to search for" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "q=%00%01",
        "q=%ED%A0%80",
        "q=" + "%D1%81" * 5000,
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "q=' OR 1=1 --",
        "q=%E2%80%AE%F0%9F%98%80",
        "q=*&q=(",
        "q=AND OR NOT",
        "q=" + "а " * 400,
        "q[]=1",
        "q=%",
    ],
)
def test_hostile_queries_get_a_page(client, corpus, query):
    response = search(client, query)
    assert b"<script>alert" not in response.content


def test_search_page_is_noindex_never_cached_and_get_only(client, corpus):
    response = search(client, {"q": "суу"})
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert client.post("/ky/search/", {"q": "суу"}).status_code == 405


def test_the_language_switcher_keeps_the_query(client, corpus):
    html = search(client, {"q": "суу"}).content.decode()
    assert 'href="/ru/search/?q=%D1%81%D1%83%D1%83"' in html
    assert 'href="/en/search/?q=%D1%81%D1%83%D1%83"' in html


def test_every_page_has_the_header_search(client, corpus):
    for url in ("/ky/", "/ru/stories/", "/en/municipalities/ozgon/"):
        html = client.get(url).content.decode()
        assert f'action="/{url[1:3]}/search/"' in html
        assert f'class="site-search__link" href="/{url[1:3]}/search/"' in html


def test_private_sections_are_never_found(client, corpus):
    for bosteri in world.municipality().get_translations(inclusive=True):
        PageViewRestriction.objects.create(
            page=bosteri, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    found = groups(search(client, {"q": "Бостери суу"}))
    assert found["municipalities"].total == 0
    assert found["services"].total == 0
    assert found["news"].total == 0
    assert found["stories"].total == 0
