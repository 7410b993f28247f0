"""Soft hyphens by Kyrgyz syllable rules, on real words."""

import pytest
from django.template import Context, Template
from django.utils import translation

from core.hyphenation import break_points, hyphenate, hyphenate_word

SHY = "\u00ad"


def shown(text):
    return text.replace(SHY, "-")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Артыкчылыктарды", "Ар-тык-чы-лык-тар-ды"),
        ("муниципалитеттер", "му-ни-ци-па-ли-тет-тер"),
        ("жарыктандыруу", "жа-рык-тан-ды-руу"),  # уу is one long vowel
        ("көрсөтүүлөрдүн", "көр-сө-түү-лөр-дүн"),
        ("маалыматтары", "маа-лы-мат-та-ры"),  # аа is one long vowel
        ("Муниципалдык", "Му-ни-ци-пал-дык"),
        ("жамааттарды", "жа-маат-тар-ды"),
        ("реестрлеринде", "ре-естр-ле-рин-де"),  # ее is two vowels
        ("айылдыктардын", "айыл-дык-тар-дын"),  # no single letter left: not а-йыл
        ("түрктөрдүкүндөй", "түрк-төр-дү-күн-дөй"),  # of three consonants the last goes on
        ("пальтолорубуз", "паль-то-ло-ру-буз"),  # ь stays with its consonant
    ],
)
def test_kyrgyz_words_break_between_syllables(word, expected):
    assert shown(hyphenate_word(word)) == expected


def test_no_line_starts_or_ends_with_a_single_letter():
    for word in ("Артыкчылыктарды", "айылдыктардын", "жарыктандыруу", "Ичүүчүлөрдүкү"):
        for point in break_points(word):
            assert 2 <= point <= len(word) - 2


def test_short_words_latin_words_and_punctuation_stay_whole():
    text = "Жаңы-Жол: бала бакча, VAP 2024, Street lighting"
    assert hyphenate(text) == text


def test_hyphenation_keeps_the_letters():
    text = "Көчөлөрдү жарыктандыруу муниципалитеттердин артыкчылыктары"
    assert hyphenate(text).replace(SHY, "") == text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ky", f"Көр{SHY}сө{SHY}түү{SHY}лөр{SHY}дүн / Ре{SHY}конст{SHY}рук{SHY}ци{SHY}я{SHY}сы"),
        # Russian pages too: Debian's Chromium has no Russian dictionary either.
        ("ru", f"Көр{SHY}сө{SHY}түү{SHY}лөр{SHY}дүн / Ре{SHY}конст{SHY}рук{SHY}ци{SHY}я{SHY}сы"),
        # Under the English interface only words with Kyrgyz letters (Kyrgyz content).
        ("en", f"Көр{SHY}сө{SHY}түү{SHY}лөр{SHY}дүн / Реконструкциясы"),
    ],
)
def test_shy_filter_by_interface_language(language, expected):
    template = Template("{% load core_tags %}{{ text|shy }}")
    with translation.override(language):
        html = template.render(Context({"text": "Көрсөтүүлөрдүн / Реконструкциясы"}))
    assert html == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # The label of a story's stat tile that broke as «благополучат|елей» at 375 px.
        ("благополучателей", "бла·го·по·лу·ча·те·лей"),
        ("муниципалитетов", "му·ни·ци·па·ли·те·тов"),
        ("общественные", "об·щест·вен·ные"),
        ("Джалал-Абадская", "Джалал-Абадская"),  # parts under ten letters stay whole
    ],
)
def test_russian_words_on_russian_pages(word, expected):
    """Russian divides by the same syllable rules (a soft hyphen is marked · here)."""
    template = Template("{% load core_tags %}{{ text|shy }}")
    with translation.override("ru"):
        assert template.render(Context({"text": word})) == expected.replace("·", SHY)


def test_shy_filter_escapes():
    template = Template("{% load core_tags %}{{ text|shy }}")
    with translation.override("ky"):
        html = template.render(Context({"text": "<b>муниципалитеттер</b>"}))
    assert html.startswith("&lt;b&gt;му")


def test_shy_tag_hyphenates_text_and_leaves_markup_alone():
    template = Template(
        '{% load core_tags %}{% shy %}<span class="муниципалитеттер">муниципалитеттер'
        "</span> &amp; артыкчылыктары{% endshy %}"
    )
    with translation.override("ky"):
        html = template.render(Context())
    assert html == (
        f'<span class="муниципалитеттер">му{SHY}ни{SHY}ци{SHY}па{SHY}ли{SHY}тет{SHY}тер'
        f"</span> &amp; ар{SHY}тык{SHY}чы{SHY}лык{SHY}та{SHY}ры"
    )
