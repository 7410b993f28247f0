"""Kyrgyz place names made of common words search the place, not the words: «Жаңы-Жол»
(жаңы "new", жол "road") and «Кара-Бак» (кара "black", бак "garden")."""

import pytest

from tests import factories as f
from tests.stories.conftest import story_in

pytestmark = pytest.mark.django_db


def titles(response):
    return [story.title for story in response.context["stories"]]


@pytest.fixture
def common_word_places(site_tree, reference, municipality, search_index):
    """Municipalities Жаңы-Жол and Кара-Бак with one story each, and stories in Bosteri
    whose texts use the words жаңы, жол, кара and бак."""
    zhany_zhol = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Жаңы-Жол",
        slug="zhany-zhol",
        official_name="Жаңы-Жол айыл аймагы",
        region=reference.region,
        district=reference.district,
    )
    f.translate(zhany_zhol, "ru", title="Джаны-Джол", official_name="Джаны-Джольский аймак")
    kara_bak = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Кара-Бак",
        slug="kara-bak",
        official_name="Кара-Бак айыл аймагы",
        region=reference.region,
        district=reference.district,
    )
    story_in(
        zhany_zhol,
        title="Таштакта көчө жарыгы",
        slug="zhany-zhol-light",
        summary="Эки айылда көчө жарыгы тартылды.",
        translations={"ru": {"title": "Свет в Таштаке", "summary": "Уличный свет."}},
    )
    story_in(kara_bak, title="Кара-Бакта мектеп оңдолду", slug="kara-bak-school")
    story_in(
        municipality,
        title="Бостериге жаңы жол салынды",
        slug="new-road",
        summary="Айылдын борборуна жаңы жол салынып, жол боюна бак-дарак отургузулду.",
        translations={"ru": {"title": "Новая дорога в Бостери", "summary": "Дорога."}},
    )
    story_in(
        municipality,
        title="Кара суудан жаңы бак",
        slug="black-water-garden",
        summary="Кара суунун жээгинде бак тигилди, жол оңдолду.",
    )
    return zhany_zhol, kara_bak


@pytest.mark.parametrize("query", ["Жаңы-Жол", "жаңы-жол", "Жаны-Жол", "Джаны-Джол", "Zhany-Zhol"])
def test_a_place_made_of_common_words_finds_only_its_stories(client, common_word_places, query):
    response = client.get("/ky/stories/", {"q": query})
    assert titles(response) == ["Таштакта көчө жарыгы"]


def test_kara_bak_is_the_place_not_black_and_garden(client, common_word_places):
    response = client.get("/ky/stories/", {"q": "Кара-Бак"})
    assert titles(response) == ["Кара-Бакта мектеп оңдолду"]


def test_the_place_with_a_case_ending_and_another_word(client, common_word_places):
    response = client.get("/ky/stories/", {"q": "Жаңы-Жолдо жарык"})
    assert titles(response) == ["Таштакта көчө жарыгы"]
    response = client.get("/ky/stories/", {"q": "Жаңы-Жол мектеп"})
    assert titles(response) == []


def test_the_same_place_in_russian(client, common_word_places):
    response = client.get("/ru/stories/", {"q": "Джаны-Джол"})
    assert titles(response) == ["Свет в Таштаке"]


def test_common_words_without_a_place_still_search_the_text(client, common_word_places):
    response = client.get("/ky/stories/", {"q": "жаңы"})
    assert {"Бостериге жаңы жол салынды", "Кара суудан жаңы бак"} <= set(titles(response))
