"""A story not yet translated into a language is listed in that language too: in its own
language, marked, linked to its address under the listing's interface. (Tests in
tests/stories read the interface's English source strings: see conftest.py.)"""

import re

import pytest

from tests import factories as f
from tests.pages import text_of, translation

CARD = re.compile(r'<article class="card story-card.*?</article>', re.S)


def cards(html):
    return CARD.findall(html)


@pytest.fixture
def story_without_russian(story):
    translation(story, "ru").unpublish()
    return story


def test_russian_story_list_includes_the_untranslated_story_marked(client, story_without_russian):
    html = text_of(client.get("/ru/stories/"))
    [card] = cards(html)
    assert '<h3 class="card__title" lang="ky">' in card
    assert 'href="/ru/municipalities/bosteri/kindergarten/"' in card
    assert "Бостериде бала бакча оңдолду" in card
    assert "Not yet translated: in Kyrgyz" in card
    # Described in Russian: the topic's Russian name.
    assert "Питьевая вода" in card
    # The address it links to answers, under the Russian interface.
    assert client.get("/ru/municipalities/bosteri/kindergarten/").status_code == 200


def test_filters_apply_to_untranslated_stories(client, story_without_russian):
    html = text_of(client.get("/ru/stories/?topic=drinking-water&region=issyk-kul"))
    assert len(cards(html)) == 1
    html = text_of(client.get("/ru/stories/?topic=street-lighting"))
    assert cards(html) == []


def test_a_translated_story_is_listed_once_and_unmarked(client, story):
    for language in ("ky", "ru", "en"):
        html = text_of(client.get(f"/{language}/stories/"))
        [card] = cards(html)
        assert "story-card__language" not in card
        assert 'lang="' not in card.split("card__title")[1][:20]


def test_kyrgyz_and_english_lists_include_a_story_written_only_in_russian(
    client, story, municipality
):
    f.StoryPageFactory(
        parent=translation(municipality, "ru"), title="Новый мост в Бостери", slug="most"
    )
    ky = cards(text_of(client.get("/ky/stories/")))
    assert len(ky) == 2
    [marked] = [card for card in ky if "Новый мост в Бостери" in card]
    assert "Not yet translated: in Russian" in marked
    assert 'href="/ky/municipalities/bosteri/most/"' in marked
    en = cards(text_of(client.get("/en/stories/")))
    [marked] = [card for card in en if "Новый мост в Бостери" in card]
    assert "Not yet translated: in Russian" in marked
    assert 'href="/en/municipalities/bosteri/most/"' in marked
    # The Russian list has it as its own story, unmarked.
    ru = cards(text_of(client.get("/ru/stories/")))
    [own] = [card for card in ru if "Новый мост в Бостери" in card]
    assert "story-card__language" not in own


def test_search_finds_an_untranslated_story_by_its_own_words_marked(
    client, story_without_russian, search_index
):
    story_without_russian.save_revision().publish()  # indexed again, with search on
    html = text_of(client.get("/ru/stories/?q=бакча"))
    [card] = cards(html)
    assert "Бостериде бала бакча оңдолду" in card
    assert "Not yet translated: in Kyrgyz" in card
    assert 'href="/ru/municipalities/bosteri/kindergarten/"' in card
    # Only what the Russian list shows: the Kyrgyz original of a translated story is not.
    translation(story_without_russian, "ru").save_revision().publish()
    assert cards(text_of(client.get("/ru/stories/?q=бакча"))) == []


def test_search_by_place_and_word_includes_untranslated_stories(
    client, story_without_russian, search_index
):
    story_without_russian.save_revision().publish()
    [card] = cards(text_of(client.get("/ru/stories/?q=Бостери+бакча")))
    assert "Not yet translated: in Kyrgyz" in card
    [card] = cards(text_of(client.get("/ru/stories/?q=Бостери")))
    assert "Not yet translated: in Kyrgyz" in card
    assert cards(text_of(client.get("/ru/stories/?q=Бостери+көпүрө"))) == []


def test_home_page_features_an_untranslated_pick_marked(
    client, story_without_russian, municipality, site_tree
):
    from home.models import HomeFeaturedStory

    other = f.StoryPageFactory(parent=municipality, title="Көпүрө", slug="bridge")
    f.translate(other, "ru", title="Мост")
    # Picked on the Russian home page (a pick names a story in any of its languages).
    home = translation(site_tree.home, "ru")
    for order, pick in enumerate((story_without_russian, other)):
        HomeFeaturedStory.objects.create(page=home, story=pick, sort_order=order)
    # The home page's cards break long words with soft hyphens.
    first, second = cards(text_of(client.get("/ru/")).replace("\u00ad", ""))
    assert "Бостериде бала бакча оңдолду" in first
    assert "Not yet translated: in Kyrgyz" in first
    assert 'href="/ru/municipalities/bosteri/kindergarten/"' in first
    assert "Мост" in second
    assert "story-card__language" not in second


def test_programme_page_lists_and_counts_an_untranslated_story_marked(
    client, story_without_russian, site_tree, reference
):
    page = f.ProgrammePageFactory(parent=site_tree.home, programme=reference.programme)
    russian_page = f.translate(page, "ru")
    html = text_of(client.get(russian_page.url))
    [card] = cards(html)
    assert "Not yet translated: in Kyrgyz" in card
    assert 'href="/ru/municipalities/bosteri/kindergarten/"' in card
