"""A missing translation is not a 404: the page is shown in its own language under the
requested language's interface, with a note; the switcher leads there; a translation older
than its original says so."""

import datetime
import re

import pytest
from django.utils import timezone

from tests import factories as f
from tests.pages import interface, text_of, translation

SWITCHER = re.compile(r'<nav class="lang-switcher".*?</nav>', re.S)


def switcher_links(html):
    nav = SWITCHER.search(html).group(0)
    return {code: href for href, code in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', nav)}


@pytest.fixture
def story_without_russian(story):
    """The story with its Russian translation unpublished."""
    translation(story, "ru").unpublish()
    return story


def test_kyrgyz_story_without_russian_is_shown_under_the_russian_interface(
    client, story_without_russian
):
    response = client.get("/ru/municipalities/bosteri/kindergarten/")
    assert response.status_code == 200
    html = text_of(response)
    assert '<html lang="ru">' in html
    assert '<main id="main" tabindex="-1" lang="ky">' in html
    assert "Бостериде бала бакча оңдолду" in html
    assert "Пока не переведено на русский язык — показано на кыргызском." in html
    # The interface is Russian.
    assert interface("ru", "Skip to content") in html
    # The canonical address is the original's.
    canonical = "http://testserver/ky/municipalities/bosteri/kindergarten/"  # public host
    assert f'<link rel="canonical" href="{canonical}">' in html


def test_story_without_english_is_shown_under_the_english_interface(client, story):
    translation(story, "en").unpublish()
    html = text_of(client.get("/en/municipalities/bosteri/kindergarten/"))
    assert "Бостериде бала бакча оңдолду" in html
    assert "Not yet translated into English — shown in Kyrgyz." in html


def test_russian_story_without_kyrgyz_is_shown_under_the_kyrgyz_interface(client, municipality):
    ru_municipality = translation(municipality, "ru")
    page = f.StoryPageFactory(parent=ru_municipality, title="Новый мост в Бостери", slug="most")
    assert page.locale.language_code == "ru"
    response = client.get("/ky/municipalities/bosteri/most/")
    assert response.status_code == 200
    html = text_of(response)
    assert '<html lang="ky">' in html
    assert "Новый мост в Бостери" in html
    assert "Кыргыз тилине азырынча которула элек — орус тилинде көрсөтүлдү." in html
    # And in English, Russian is the only language there is.
    english = text_of(client.get("/en/municipalities/bosteri/most/"))
    assert "Not yet translated into English — shown in Russian." in english


def test_switcher_leads_to_the_untranslated_page(client, story_without_russian):
    html = client.get(story_without_russian.url).content.decode()
    links = switcher_links(html)
    assert links["ru"] == "/ru/municipalities/bosteri/kindergarten/"
    assert links["en"] == "/en/municipalities/bosteri/kindergarten/"
    nav = SWITCHER.search(html).group(0)
    assert nav.count('aria-hidden="true">*</span>') == 1  # Russian, marked
    # On the fallback page, the switcher still leads to the other languages.
    ru_html = client.get(links["ru"]).content.decode()
    ru_links = switcher_links(ru_html)
    assert ru_links["ky"] == "/ky/municipalities/bosteri/kindergarten/"
    assert ru_links["en"] == "/en/municipalities/bosteri/kindergarten/"


def test_fallback_page_names_only_real_translations_in_hreflang(client, story_without_russian):
    html = client.get("/ru/municipalities/bosteri/kindergarten/").content.decode()
    codes = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html)
    assert codes == ["ky", "en", "x-default"]


def test_an_address_whose_page_is_translated_after_all_redirects_to_the_translation(client, story):
    russian = translation(story, "ru")
    russian.slug = "detskii-sad"
    russian.save_revision().publish()
    response = client.get("/ru/municipalities/bosteri/kindergarten/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/municipalities/bosteri/detskii-sad/"


def test_a_page_that_exists_in_no_language_is_still_a_404(client, story):
    assert client.get("/ru/municipalities/bosteri/no-such-story/").status_code == 404
    assert client.get("/ru/no/such/path/").status_code == 404


def test_an_unpublished_page_is_not_shown_through_another_language(client, story):
    for page in (story, translation(story, "ru"), translation(story, "en")):
        page.unpublish()
    assert client.get("/ru/municipalities/bosteri/kindergarten/").status_code == 404


def test_translation_older_than_its_original_says_when_the_original_changed(client, story):
    translated_on = timezone.make_aware(datetime.datetime(2030, 1, 10, 12, 0))
    for code in ("ru", "en"):
        type(story).objects.filter(pk=translation(story, code).pk).update(
            last_published_at=translated_on
        )
    story.title = "Бостериде бала бакча оңдолду жана жылытылды"
    story.save_revision().publish()
    later = timezone.make_aware(datetime.datetime(2030, 4, 30, 12, 0))
    type(story).objects.filter(pk=story.pk).update(last_published_at=later)
    html = text_of(client.get(translation(story, "ru").url))
    assert "Оригинал обновлён 30 апреля 2030 г., после того как был сделан этот перевод." in html
    assert '<a href="/ky/municipalities/bosteri/kindergarten/" hreflang="ky">' in html
    english = text_of(client.get(translation(story, "en").url))
    assert "The original was updated on April 30, 2030, after this translation was made." in english
    # The original itself says nothing.
    assert "notice--outdated" not in text_of(client.get(story.url))


def test_translation_as_new_as_its_original_has_no_note(client, story):
    html = text_of(client.get(translation(story, "ru").url))
    assert "notice--outdated" not in html
    assert "notice--untranslated" not in html
