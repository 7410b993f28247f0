"""Three languages in a real browser, with the demo content (issue 9): the language
switcher keeps a filtered list's filters; a story whose Russian translation is still a
draft (the demo's Ak-Terek story) opens in Kyrgyz under the Russian interface with a note;
a story and a service page at 375 px in each language, photographed, break no word of a
heading, stat tile or table header without a hyphen."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from home.demo_data import csv_rows
from tests.browser.conftest import assert_no_serious_axe_violations, load_lazy_images

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
LANGUAGES = ("ky", "ru", "en")
# The demo's story whose Russian translation is a draft (home/demo_data/stories.yaml).
UNTRANSLATED = "r17-ak-terek"
# A story in three languages with long Kyrgyz words in its title, facts and money.
TRANSLATED = "r05-zhany-zhol"
NOTE = {
    "ru": "Пока не переведено на русский язык — показано на кыргызском.",
}
# Where a word may be cut at the end of a line: after a hyphen, or at a soft hyphen (the
# browser draws a hyphen there).
HYPHENS = "-\u00ad\u2010\u2011"
# Every word of these, as laid out: its characters' boxes, line by line.
CHECKED = "h1, h2, h3, h4, .stat, .story-figures li, th"
WORDS_CUT_WITHOUT_HYPHEN = """([selector, hyphens]) => {
    const cut = [];
    for (const element of document.querySelectorAll(selector)) {
        const box = element.getBoundingClientRect();
        if (box.width < 2 || box.height < 2 || element.closest(".visually-hidden")) continue;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".visually-hidden")) continue;
            for (const word of node.data.matchAll(/\\S+/g)) {
                let previous = null;
                for (let i = word.index; i < word.index + word[0].length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    // After a soft hyphen cut, a letter's range also holds the hyphen
                    // drawn at the end of the line before: the letter is the last box.
                    const rects = range.getClientRects();
                    const rect = rects[rects.length - 1];
                    if (!rect || rect.height === 0) continue;
                    const newLine = previous && rect.top >= previous.top + previous.height / 2;
                    if (newLine && !hyphens.includes(node.data[i - 1])) {
                        cut.push({
                            element: element.tagName.toLowerCase() + "." + element.className,
                            word: word[0].replaceAll("\\u00ad", ""),
                            before: node.data.slice(word.index, i).replaceAll("\\u00ad", ""),
                        });
                    }
                    previous = rect;
                }
            }
        }
    }
    return cut;
}"""


def words_cut_without_hyphen(page):
    """[{element, word, before}]: each word of CHECKED cut at a line's end after `before`,
    where there is no hyphen."""
    return page.evaluate(WORDS_CUT_WITHOUT_HYPHEN, [CHECKED, HYPHENS])


def result_count(page):
    text = page.locator(".listing-results__count").inner_text()
    return int(re.match(r"\s*([\d\u202f ]+)", text).group(1).replace("\u202f", "").strip())


def switch_language(page, language):
    """Click the language switcher's link to `language`, as a reader would."""
    page.locator(f".lang-switcher a[hreflang={language}]").click()
    page.wait_for_load_state()


def open_story(page, key, language="ky"):
    """The demo story `key` (home/demo_data/stories.csv), found by its title among
    the stories of its municipality and opened from its card."""
    [story] = [row for row in csv_rows("stories.csv") if row["external_id"] == key]
    municipality = story["municipality_slug"]
    page.goto(f"/{language}/stories/?municipality={municipality}")
    title = story[f"title_{language}"]
    page.locator(".story-card .card__title a", has_text=title).click()
    page.wait_for_load_state()
    return title


# ---- The switcher on a filtered list -----------------------------------------------


def test_switching_language_keeps_the_filters_of_the_story_list(page):
    page.goto("/ky/stories/?region=issyk-kul&topic=solid-waste&sort=beneficiaries")
    count = result_count(page)
    assert 0 < count < 50
    chips = page.locator(".listing-active-filters .chip--remove").count()
    assert chips == 2

    for language in ("ru", "en", "ky"):
        switch_language(page, language)
        address = urlsplit(page.url)
        assert address.path == f"/{language}/stories/"
        assert parse_qs(address.query) == {
            "region": ["issyk-kul"],
            "topic": ["solid-waste"],
            "sort": ["beneficiaries"],
        }
        assert page.locator("html").get_attribute("lang") == language
        # The same stories: a story not yet translated is listed too, marked.
        assert result_count(page) == count
        assert page.locator(".listing-active-filters .chip--remove").count() == chips
    assert page.javascript_errors == []


# ---- A story not yet translated ----------------------------------------------------


def test_a_story_not_yet_translated_opens_in_its_own_language_with_a_note(page, screenshot):
    title = open_story(page, UNTRANSLATED)
    kyrgyz_path = urlsplit(page.url).path
    switch = page.locator(".lang-switcher a[hreflang=ru]")
    assert switch.get_attribute("title"), "the switcher says Russian is not yet translated"

    switch_language(page, "ru")

    assert urlsplit(page.url).path == kyrgyz_path.replace("/ky/", "/ru/", 1)
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator("main").get_attribute("lang") == "ky"
    note = page.locator(".notice--untranslated")
    assert note.inner_text().strip() == NOTE["ru"]
    assert note.get_attribute("lang") == "ru"
    assert page.locator("h1").inner_text().replace("\u00ad", "").strip() == title
    # The interface around it is Russian.
    assert page.locator(".lang-switcher__current").inner_text().strip() == "Русский"
    assert_no_serious_axe_violations(page)

    # The Russian list of its municipality has it, marked, leading to the same address.
    page.goto("/ru/stories/?municipality=ak-terek")
    card = page.locator(".story-card", has_text=title)
    assert card.locator(".story-card__language").is_visible()
    assert card.locator(".card__title").get_attribute("lang") == "ky"
    card.locator(".card__title a").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == kyrgyz_path.replace("/ky/", "/ru/", 1)
    assert page.javascript_errors == []
    screenshot(page, "languages-untranslated-story-ru-1280")


# ---- 375 px: no word cut without a hyphen ------------------------------------------


@pytest.mark.parametrize("viewport", [PHONE], ids=["375"])
def test_story_and_service_at_375_px_cut_no_word_without_a_hyphen(page, viewport, screenshot):
    open_story(page, TRANSLATED)
    story = {"ky": urlsplit(page.url).path}
    page.goto("/ky/municipalities/kurmanbek/")  # the demo always gives it a register
    page.locator("[aria-labelledby=register-heading] a").first.click()
    page.wait_for_load_state()
    page.locator(".service-row__title a").first.click()
    page.wait_for_load_state()
    service = {"ky": urlsplit(page.url).path}
    for paths in (story, service):
        page.goto(paths["ky"])
        for language in ("ru", "en"):
            paths[language] = page.locator(f".lang-switcher a[hreflang={language}]").get_attribute(
                "href"
            )

    failures = []
    for kind, paths in (("story", story), ("service", service)):
        for language in LANGUAGES:
            response = page.goto(paths[language])
            assert response.status == 200
            assert page.locator("html").get_attribute("lang") == language
            assert not page.locator(".notice--untranslated").count(), "a translated page"
            load_lazy_images(page)
            screenshot(page, f"languages-{kind}-{language}-375")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"the {kind} in {language} is {overflow}px too wide"
            failures += [
                f"{kind} {language} {cut['element']}: {cut['word']} cut after {cut['before']}"
                for cut in words_cut_without_hyphen(page)
            ]
    assert failures == []


def test_the_check_finds_a_word_cut_without_a_hyphen(page):
    """The check itself: a long word in a narrow heading, with and without soft hyphens."""
    page.goto("about:blank")  # a document of its own, not one of the site's pages
    page.set_content(
        '<h2 style="width: 6em; overflow-wrap: break-word; font: 20px sans-serif">'
        "Артыкчылыктарды</h2>"
        '<h3 style="width: 6em; overflow-wrap: break-word; font: 20px sans-serif">'
        "Ар\u00adтык\u00adчы\u00adлык\u00adтар\u00adды</h3>"
        '<p class="stat" style="width: 6em; font: 20px sans-serif">Ак-Терек-Ак-Терек</p>'
    )
    cuts = words_cut_without_hyphen(page)
    assert [cut["element"] for cut in cuts] == ["h2."]
    assert cuts[0]["word"] == "Артыкчылыктарды"
