"""Story selectors: facets with disjunctive counts, search in Kyrgyz and Russian with
place-name variants, sorting, pagination and the functions the home page calls."""

import pytest

from core.textsearch import folded_index_text, place_key, query_terms
from stories import selectors
from tests import world
from tests.stories.conftest import places_build, story_in

# Search and odd queries behave per database: CI runs this module on SQLite too.
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """Four stories: water and lighting in Bosteri (Issyk-Kul) and in Kurshab (Osh, Uzgen
    district), each in Kyrgyz and Russian, indexed, with the world's story off the site.
    Built once for the module: its tests only read (those that build their own stories are
    in test_selectors_own_stories.py)."""
    with world.module_corpus(django_db_blocker, indexed=True):
        world.story_hide()
        yield catalogue_build(places_build(), world.reference())


def catalogue_build(places, reference):
    return {
        "bosteri_water": story_in(
            places.bosteri,
            title="Бостериге суу келди",
            slug="bosteri-water",
            summary="Айылга ичүүчү суу түтүгү тартылды.",
            year=2019,
            topics=[reference.water],
            beneficiaries_people=1200,
            community_cash_kgs=100_000,
            translations={
                "ru": {"title": "В Бостери пришла вода", "summary": "В село провели питьевую воду."}
            },
        ),
        "bosteri_light": story_in(
            places.bosteri,
            title="Бостеринин көчөлөрү жарык",
            slug="bosteri-light",
            summary="Көчөлөргө чырак орнотулду.",
            year=2015,
            topics=[reference.light],
            beneficiaries_people=None,
            community_cash_kgs=None,
            translations={"ru": {"title": "Свет на улицах Бостери", "summary": "Фонари."}},
        ),
        "kurshab_water": story_in(
            places.kurshab,
            title="Куршабда таза суу",
            slug="kurshab-water",
            summary="Мектепке суу жеткирилди.",
            year=2021,
            topics=[reference.water],
            groups=[reference.women],
            beneficiaries_people=5000,
            total_kgs=1_200_000,
            community_cash_kgs=300_000,
            translations={"ru": {"title": "Чистая вода в Куршабе", "summary": "Школа с водой."}},
        ),
        "kurshab_light": story_in(
            places.kurshab,
            title="Куршабдагы жарык",
            slug="kurshab-light",
            summary="Көчө чырактары.",
            year=2012,
            topics=[reference.light],
            beneficiaries_people=300,
            community_cash_kgs=50_000,
            translations={"ru": {"title": "Свет в Куршабе", "summary": "Фонари на улицах."}},
        ),
    }


def titles(response):
    return [story.title for story in response.context["stories"]]


def facet(response, name):
    for group in response.context["facet_groups"]:
        if group["name"] == name:
            return {value["value"]: (value["count"], value["active"]) for value in group["values"]}
    return {}


# ---- Facets ---------------------------------------------------------------------------


def test_a_region_filter_keeps_the_other_regions_counts(client, catalogue):
    response = client.get("/ky/stories/?region=issyk-kul")
    assert sorted(titles(response)) == ["Бостериге суу келди", "Бостеринин көчөлөрү жарык"]
    # Disjunctive: the region facet counts as if no region were chosen …
    assert facet(response, "region") == {"issyk-kul": (2, True), "osh": (2, False)}
    # … while the other facets count within the chosen region.
    assert facet(response, "topic") == {"drinking-water": (1, False), "street-lighting": (1, False)}
    assert facet(response, "municipality") == {"bosteri": (2, False)}


def test_values_of_one_facet_are_or_and_facets_are_and(client, catalogue):
    response = client.get("/ky/stories/?region=issyk-kul&region=osh&topic=drinking-water")
    assert sorted(titles(response)) == ["Бостериге суу келди", "Куршабда таза суу"]
    assert facet(response, "topic") == {"drinking-water": (2, True), "street-lighting": (2, False)}
    assert facet(response, "region") == {"issyk-kul": (1, True), "osh": (1, True)}

    response = client.get("/ky/stories/?region=osh&topic=street-lighting")
    assert titles(response) == ["Куршабдагы жарык"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("district=uzgen", {"Куршабда таза суу", "Куршабдагы жарык"}),
        ("municipality=bosteri", {"Бостериге суу келди", "Бостеринин көчөлөрү жарык"}),
        ("programme=vap", set()),
        ("year=2019", {"Бостериге суу келди"}),
        ("group=women", {"Куршабда таза суу"}),
        ("year=2019&year=2021", {"Бостериге суу келди", "Куршабда таза суу"}),
    ],
)
def test_each_facet_filters(client, catalogue, query, expected):
    assert set(titles(client.get(f"/ky/stories/?{query}"))) == expected


def test_values_without_stories_are_hidden_unless_selected(client, catalogue):
    response = client.get("/ky/stories/?region=osh&year=2019")
    assert response.context["result_count"] == 0
    assert facet(response, "year")["2019"] == (0, True)
    assert "2015" not in facet(response, "year")  # a Bosteri year: nothing under Osh
    assert facet(response, "region") == {"issyk-kul": (1, False), "osh": (0, True)}


def test_facet_links_toggle_one_value_and_keep_the_rest(client, catalogue):
    response = client.get("/ky/stories/?q=суу&region=osh&sort=beneficiaries&page=1")
    region = next(g for g in response.context["facet_groups"] if g["name"] == "region")
    urls = {value["value"]: value["url"] for value in region["values"]}
    assert urls["osh"] == "?q=%D1%81%D1%83%D1%83&sort=beneficiaries"
    assert (
        urls["issyk-kul"] == "?q=%D1%81%D1%83%D1%83&region=osh&region=issyk-kul&sort=beneficiaries"
    )
    chips = response.context["active_chips"]
    assert [(chip["name"], chip["url"]) for chip in chips] == [
        ("Ош облусу", "?q=%D1%81%D1%83%D1%83&sort=beneficiaries")
    ]


# ---- Search -----------------------------------------------------------------------------


def test_search_finds_a_kyrgyz_word_on_the_kyrgyz_site(client, catalogue):
    response = client.get("/ky/stories/?q=суу")
    assert sorted(titles(response)) == ["Бостериге суу келди", "Куршабда таза суу"]


def test_search_finds_a_russian_word_in_any_case_on_the_russian_site(client, catalogue):
    for query in ("вода", "воду", "ВОДЫ"):
        response = client.get(f"/ru/stories/?q={query}")
        assert sorted(titles(response)) == ["В Бостери пришла вода", "Чистая вода в Куршабе"], query


def test_search_folds_kyrgyz_letters_typed_on_a_russian_keyboard(client, catalogue):
    # "көчөлөргө" (to the streets) typed "кочолорго": ө → о on both sides of the search,
    # and its stem finds "көчөлөрү" and "көчө" alike.
    response = client.get("/ky/stories/?q=кочолорго")
    assert sorted(titles(response)) == ["Бостеринин көчөлөрү жарык", "Куршабдагы жарык"]


def test_search_finds_kyrgyz_word_forms_with_suffixes(client, catalogue):
    # "түтүгү" in the text; the reader types "түтүк" (pipe) or "түтүктөр" (pipes).
    for query in ("түтүк", "түтүктөр", "ТҮТҮГҮ"):
        response = client.get("/ky/stories/", {"q": query})
        assert titles(response) == ["Бостериге суу келди"], query


def test_search_combines_with_the_facets(client, catalogue):
    response = client.get("/ky/stories/?q=суу&region=osh")
    assert titles(response) == ["Куршабда таза суу"]
    assert facet(response, "region") == {"issyk-kul": (1, False), "osh": (1, True)}


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("ky", "Bosteri", {"Бостериге суу келди", "Бостеринин көчөлөрү жарык"}),
        ("ky", "Бостериде", {"Бостериге суу келди", "Бостеринин көчөлөрү жарык"}),
        ("ru", "Узген", {"Чистая вода в Куршабе", "Свет в Куршабе"}),
        ("ru", "в Узгенском районе", {"Чистая вода в Куршабе", "Свет в Куршабе"}),
        ("ky", "Uzgen", {"Куршабда таза суу", "Куршабдагы жарык"}),
        ("ky", "Озгон", {"Куршабда таза суу", "Куршабдагы жарык"}),
        ("ru", "Osh Region", {"Чистая вода в Куршабе", "Свет в Куршабе"}),
        ("ky", "Иссык-Куль", {"Бостериге суу келди", "Бостеринин көчөлөрү жарык"}),
    ],
)
def test_search_matches_place_names_in_any_language_and_spelling(
    client, catalogue, language, query, expected
):
    response = client.get(f"/{language}/stories/", {"q": query})
    assert set(titles(response)) == expected


def test_a_place_and_a_word_find_the_word_in_that_place(client, catalogue):
    response = client.get("/ky/stories/", {"q": "Бостери суу"})
    assert titles(response) == ["Бостериге суу келди"]
    response = client.get("/ru/stories/", {"q": "Узген вода"})
    assert titles(response) == ["Чистая вода в Куршабе"]


def test_query_terms_are_one_stem_per_word_family():
    assert query_terms("вода, воды! Водой") == ["вод"]
    assert query_terms("бакча бакчасы бакчасына") == ["бакч"]
    assert query_terms("в и а суу") == ["суу"]


def test_the_index_holds_each_word_with_its_beginnings():
    assert folded_index_text("Район", "районе").split() == ["район", "рай", "райо", "районе"]
    for query, text in (("районе", "район"), ("бакча", "бакчасына"), ("вода", "водой")):
        assert set(query_terms(query)) <= set(folded_index_text(text).split()), query


def test_place_keys_agree_across_scripts_and_spellings():
    assert place_key("Каджи-Сай") == place_key("Кажы-Сай") == place_key("Kadzhi-Sai")
    assert place_key("Бостери") == place_key("Bosteri")


# ---- Sorting and pagination --------------------------------------------------------------


def test_sorting_by_newest_beneficiaries_and_community(client, catalogue):
    assert titles(client.get("/ky/stories/")) == [
        "Куршабда таза суу",
        "Бостериге суу келди",
        "Бостеринин көчөлөрү жарык",
        "Куршабдагы жарык",
    ]
    assert titles(client.get("/ky/stories/?sort=beneficiaries")) == [
        "Куршабда таза суу",
        "Бостериге суу келди",
        "Куршабдагы жарык",
        "Бостеринин көчөлөрү жарык",  # no figure: last
    ]
    assert titles(client.get("/ky/stories/?sort=community")) == [
        "Куршабда таза суу",
        "Бостериге суу келди",
        "Куршабдагы жарык",
        "Бостеринин көчөлөрү жарык",
    ]


# ---- What the home page calls ----------------------------------------------------------


def test_story_counts_by_region_lists_every_region_with_its_link(catalogue, locales):
    counts = selectors.story_counts_by_region(locale=locales["ky"])
    # In the regions' sort order, then by name.
    assert counts == [
        {"slug": "osh", "name": "Ош облусу", "count": 2, "url": "/ky/stories/?region=osh"},
        {
            "slug": "issyk-kul",
            "name": "Ысык-Көл облусу",
            "count": 2,
            "url": "/ky/stories/?region=issyk-kul",
        },
    ]
    russian = {item["slug"]: item["name"] for item in selectors.story_counts_by_region(locale="ru")}
    assert russian == {"osh": "Ошская область", "issyk-kul": "Иссык-Кульская область"}


def test_story_counts_by_topic_lists_every_topic_with_colour_and_link(catalogue, locales):
    counts = selectors.story_counts_by_topic(locale=locales["ru"])
    assert [(c["slug"], c["name"], c["colour"], c["count"], c["url"]) for c in counts] == [
        ("drinking-water", "Питьевая вода", "water", 2, "/ru/stories/?topic=drinking-water"),
        ("street-lighting", "Уличное освещение", "sun", 2, "/ru/stories/?topic=street-lighting"),
    ]


def test_story_totals_are_sums_of_the_records(catalogue, locales):
    totals = selectors.story_totals(locale=locales["ky"])
    assert totals["stories"] == 4
    assert totals["municipalities_with_stories"] == 2
    assert totals["people_reached"] == 1200 + 5000 + 300
    assert totals["money"] == {
        "total": 4_200_000,
        "grant": 2_400_000,
        "municipal": 1_200_000,
        "community": 100_000 + 300_000 + 50_000,
        "other": 0,
    }


def test_story_list_latest_gives_cards_with_their_place(catalogue, locales):
    latest = selectors.story_list_latest(locale=locales["ky"], limit=2)
    assert [story.title for story in latest] == ["Куршабда таза суу", "Бостериге суу келди"]
    place = latest[0].place
    assert (place.municipality, place.district, place.region) == (
        "Куршаб",
        "Өзгөн району",
        "Ош облусу",
    )
    assert place.municipality_url == "/ky/municipalities/kurshab/"
    assert [topic.value for topic in latest[0].card_topics] == ["drinking-water"]


def test_story_cards_attach_card_data_to_stories_of_any_language(catalogue):
    russian = catalogue["kurshab_water"].get_translation(
        catalogue["kurshab_water"].locale.__class__.objects.get(language_code="ru")
    )
    cards = selectors.story_cards(stories=[russian])
    assert cards[0].place.region == "Ошская область"
    assert cards[0].place.municipality_url == "/ru/municipalities/kurshab/"
    assert [topic.name for topic in cards[0].card_topics] == ["Питьевая вода"]
    assert selectors.story_cards(stories=[]) == []


def test_districts_and_municipalities_appear_once_a_region_is_chosen(client, catalogue):
    groups = [group["name"] for group in client.get("/ky/stories/").context["facet_groups"]]
    assert "district" not in groups and "municipality" not in groups
    assert "Choose a region to see its districts and municipalities." in (
        client.get("/ky/stories/").content.decode()
    )
    response = client.get("/ky/stories/?region=osh")
    assert facet(response, "district") == {"uzgen": (2, False)}
    assert facet(response, "municipality") == {"kurshab": (2, False)}
    # A link to a district alone still shows its facet and the municipalities in it.
    response = client.get("/ky/stories/?district=tong")
    assert facet(response, "district") == {"tong": (2, True), "uzgen": (2, False)}
    assert facet(response, "municipality") == {"bosteri": (2, False)}
