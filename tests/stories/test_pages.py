"""The story page and the story index as readers get them, in ky, ru and en, and the short
permanent link /s/<id>/."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests import factories as f
from tests.stories.conftest import make_image

pytestmark = pytest.mark.django_db

NNBSP = "\u202f"  # the `thousands` filter's group separator


def text_of(response):
    """The visible text of a page, tags removed and ASCII spaces collapsed (the narrow
    no-break spaces that group digits are kept)."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ")
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


@pytest.fixture
def full_story(story, municipality):
    """The fixtures' story with every part a reader can see filled in."""
    story.is_sample = True
    story.total_kgs = 2_000_000
    story.grant_kgs = 1_000_000
    story.municipal_kgs = 400_000
    story.community_cash_kgs = 200_000
    story.community_in_kind_kgs = 100_000
    story.community_labour_kgs = 100_000
    story.other_kgs = None
    story.gathering_date = datetime.date(2013, 4, 2)
    story.gathering_participants = 155
    story.gathering_women = 56
    story.gathering_voters = 136
    story.opened_on = datetime.date(2014, 9, 1)
    story.beneficiaries_households = 240
    story.operator_kind = "users_association"
    story.operator_name = "«Таза суу»"
    story.tariff_approved = True
    story.tariff_decision = "№ 12/3"
    story.monitored_by_group = True
    story.monitoring_group_members = 7
    story.source_title = "VAP news 175"
    story.source_url = "http://vap.kg/ru/press_room/news/print/175.html"
    story.image = make_image("Main photo")
    story.save()
    story.votes.create(alternative="Бала бакча", votes=65, chosen=True)
    story.votes.create(alternative="Спорт аянтчасы", votes=38)
    story.votes.create(alternative="Ичүүчү суу", votes=33)
    story.outputs.create(quantity=3, unit="км", description="суу түтүгү")
    story.quotes.create(text="Эми балдар жылуу бөлмөдө.", author="Айгүл", role="тарбиячы")
    story.gallery_images.create(
        image=make_image("Shown photo"), caption="Жыйын", credit="VAP", consent_recorded=True
    )
    story.gallery_images.create(
        image=make_image("Hidden photo"), caption="Макулдугу жок", consent_recorded=False
    )
    document = get_document_model().objects.create(
        title="Смета", file=ContentFile(b"%PDF-1.4", name="smeta.pdf")
    )
    story.documents.create(document=document, title="Сметасы")
    register = f.ServiceRegisterPageFactory(parent=municipality)
    service = f.ServicePageFactory(parent=register, title="Мектепке чейинки билим берүү")
    story.service_links.create(service=service, impact="created")
    story.save()
    return story


def test_story_page_shows_its_facts(client, full_story):
    response = client.get(full_story.url)
    assert response.status_code == 200
    text = text_of(response)
    html = response.content.decode()
    assert "Бостериде бала бакча оңдолду" in text
    # The money, with its split in text: 1 000 000 of 2 000 000 is 50 %.
    assert f"2{NNBSP}000{NNBSP}000 \xa0KGS" in text  # <span class="num">…</span>&nbsp;KGS
    assert f"1{NNBSP}000{NNBSP}000 50%" in text
    assert f"400{NNBSP}000 20%" in text
    assert f"200{NNBSP}000 10%" in text  # community: cash
    assert "Not broken down" in text  # 200 000 without a source
    assert "20% of the money from the community" in text
    # The gathering and its votes in text; the chosen one named.
    assert "155" in text and "56 (36%)" in text
    assert "65 votes (48%)" in text
    assert re.search(r"Бала бакча\s*<strong[^>]*>✓ chosen", html)
    # Where, with links: the municipality page, the index filtered by district and region.
    assert 'href="/ky/municipalities/bosteri/"' in html
    assert 'href="/ky/stories/?district=tong"' in html
    assert 'href="/ky/stories/?region=issyk-kul"' in html
    assert 'href="/ky/stories/?topic=drinking-water"' in html
    # Sample content: the notice of the base template and a badge near the title.
    assert "Sample content." in text
    assert 'class="badge badge--sample"' in html
    # Output, quote, operator, tariff, monitoring, source, short link and licence.
    assert "3 км суу түтүгү" in text
    assert "Эми балдар жылуу бөлмөдө." in text
    assert "«Таза суу»" in text and "№ 12/3" in text
    assert "A joint monitoring group of 7 members followed the work." in text
    assert 'href="http://vap.kg/ru/press_room/news/print/175.html"' in html
    assert f"http://testserver/s/{full_story.pk}/" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    # The impact trail and the document.
    assert "Мектепке чейинки билим берүү" in text and "created the service" in text
    assert "Сметасы" in text


def test_story_page_gallery_shows_only_photos_with_consent(client, full_story):
    response = client.get(full_story.url)
    gallery = [item.caption for item in response.context["gallery"]]
    assert gallery == ["Жыйын"]
    assert "Макулдугу жок" not in text_of(response)


def test_story_page_main_image_is_eager_and_gallery_is_lazy(client, full_story):
    html = client.get(full_story.url).content.decode()
    main = re.search(r'<figure class="story__image">(.*?)</figure>', html, re.S).group(1)
    assert 'fetchpriority="high"' in main and "lazy" not in main
    assert "<source" in main and "image/webp" in main and ".jpg" in main
    gallery = re.search(r'<div class="story-gallery">(.*?)</div>', html, re.S).group(1)
    assert 'loading="lazy"' in gallery


@pytest.mark.parametrize(
    ("language", "title", "region"),
    [
        ("ky", "Бостериде бала бакча оңдолду", "Ысык-Көл облусу"),
        ("ru", "В Бостери отремонтировали детский сад", "Иссык-Кульская область"),
        ("en", "Bosteri rebuilds its kindergarten", "Issyk-Kul Region"),
    ],
)
def test_story_page_renders_in_every_language(client, story, language, title, region):
    response = client.get(f"/{language}/municipalities/bosteri/kindergarten/")
    assert response.status_code == 200
    text = text_of(response)
    assert title in text
    assert region in text
    assert f'href="/{language}/stories/?region=issyk-kul"' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ky", "Бостериде бала бакча оңдолду"),
        ("ru", "В Бостери отремонтировали детский сад"),
        ("en", "Bosteri rebuilds its kindergarten"),
    ],
)
def test_story_index_renders_in_every_language(client, story, language, title):
    response = client.get(f"/{language}/stories/")
    assert response.status_code == 200
    text = text_of(response)
    assert title in text
    assert "1 story" in text
    assert 'name="robots"' not in response.content.decode()


def test_story_index_card_shows_place_year_people_and_topics(client, story):
    html = client.get("/ru/stories/").content.decode()
    card = re.search(r'<article class="card story-card.*?</article>', html, re.S).group(0)
    assert 'href="/ru/municipalities/bosteri/kindergarten/"' in card
    assert "Бостери · Иссык-Кульская область" in card
    assert "2019" in card
    assert f"1{NNBSP}200 people reached" in card
    assert "Питьевая вода" in card


def test_story_index_map_links_regions_into_the_filtered_list(client, story):
    html = client.get("/ky/stories/?topic=drinking-water&district=tong").content.decode()
    # The other filters stay; a district or municipality of another region would not.
    assert 'href="?region=issyk-kul&amp;topic=drinking-water"' in html
    assert 'aria-label="Ысык-Көл облусу: 1 story"' in html


@pytest.mark.parametrize(
    "query",
    ["?region=issyk-kul", "?q=суу", "?sort=community", "?page=2", "?year=2019&topic=x"],
)
def test_filtered_sorted_searched_or_later_pages_are_not_indexed(client, story, query):
    html = client.get(f"/ky/stories/{query}").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html


def test_empty_result_says_what_is_active_and_what_to_try(client, story):
    response = client.get("/ky/stories/?region=issyk-kul&topic=street-lighting")
    text = text_of(response)
    assert "0 stories of 1" in text
    assert (
        "Nothing matches all of these at once: "
        "Region: Ысык-Көл облусу; Topic: Көчөлөрдү жарыктандыруу." in text
    )
    html = response.content.decode()
    assert (
        '<a href="?region=issyk-kul">Remove the last filter, “Көчөлөрдү жарыктандыруу”</a>' in html
    )
    assert '<a href="?">See all 1 story</a>' in html


def test_empty_search_offers_to_clear_the_search_and_keep_the_filters(client, story):
    html = client.get("/ky/stories/?q=жок&region=issyk-kul").content.decode()
    assert '<a href="?region=issyk-kul">Keep the filters, clear the search “жок”</a>' in html


# ---- The short permanent link ------------------------------------------------------------


def test_short_link_goes_to_the_readers_language(client, story):
    response = client.get(f"/s/{story.pk}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/municipalities/bosteri/kindergarten/"
    response = client.get(f"/s/{story.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/en/municipalities/bosteri/kindergarten/"


def test_short_link_of_a_translation_also_resolves_to_the_readers_language(client, story, locales):
    russian = story.get_translation(locales["ru"])
    response = client.get(f"/s/{russian.pk}/", HTTP_ACCEPT_LANGUAGE="ky")
    assert response["Location"] == "/ky/municipalities/bosteri/kindergarten/"


def test_short_link_falls_back_to_the_original_when_not_translated(client, municipality):
    story = f.StoryPageFactory(parent=municipality, slug="only-kyrgyz")
    response = client.get(f"/s/{story.pk}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response["Location"] == "/ky/municipalities/bosteri/only-kyrgyz/"


@pytest.mark.parametrize("kind", ["draft", "unknown", "not a story"])
def test_short_link_of_an_unknown_or_unpublished_story_is_not_found(client, municipality, kind):
    draft = f.StoryPageFactory(parent=municipality, slug="draft", live=False)
    story_id = {"draft": draft.pk, "unknown": 999999, "not a story": municipality.pk}[kind]
    response = client.get(f"/s/{story_id}/", follow=True)
    # Django's LocaleMiddleware first tries the path under the reader's language prefix
    # (Wagtail serves every path there); that answers 404 too.
    assert response.status_code == 404
    assert [url for url, _status in response.redirect_chain] in ([], [f"/ky/s/{story_id}/"])
