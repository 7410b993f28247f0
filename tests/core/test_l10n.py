"""Kyrgyz that reads as Kyrgyz: money with its currency once, dates, qualified figures,
x-default, acronyms and photo credits in each language."""

import datetime
import re
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import formats, translation
from wagtail.models import Locale

from core import l10n
from core.choices import Qualifier
from tests import factories as f
from tests.pages import text_of
from tests.pages import translation as translation_of

NNBSP = "\u202f"
NBSP = "\u00a0"


# --- Money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "per", "expected"),
    [
        ("ky", "сом / м³", f"8{NBSP}сом / м³"),
        ("ru", "сом за м³", f"8{NBSP}сом за м³"),
        ("en", "KGS per m³", f"8{NBSP}KGS per m³"),
        ("ky", "сом / бир адамга айына", f"8{NBSP}сом / бир адамга айына"),
        ("ru", "сомов с человека в месяц", f"8{NBSP}сом с человека в месяц"),
        ("en", "per household per month", f"8{NBSP}KGS per household per month"),
        ("en", "som per month", f"8{NBSP}KGS per month"),
        ("ky", "", f"8{NBSP}сом"),
        ("ru", None, f"8{NBSP}сом"),
    ],
)
def test_money_says_the_currency_once(language, per, expected):
    assert l10n.money_text(8, per=per, language=language) == expected


def test_money_keeps_a_unit_word_that_only_starts_like_a_currency():
    # «сомун» (a loaf) is not the currency.
    assert l10n.money_text(8, per="сомун үчүн", language="ky") == f"8{NBSP}сом сомун үчүн"


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (1250, "ky", f"1{NNBSP}250"),
        (Decimal("50.00"), "en", "50"),
        (Decimal("12.5"), "ky", "12,50"),
        (Decimal("12.5"), "ru", "12,50"),
        (Decimal("12.5"), "en", "12.50"),
        (Decimal("1234.5"), "en", f"1{NNBSP}234.50"),
        (None, "ky", ""),
        ("", "ky", ""),
        ("abc", "ky", "abc"),
    ],
)
def test_amounts_are_written_as_readers_write_them(value, language, expected):
    assert l10n.amount_text(value, language=language) == expected


def test_money_of_nothing_is_empty():
    assert l10n.money_text(None, per="сом / м³", language="ky") == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ky", f'<span class="num">1{NNBSP}250</span>{NBSP}сом / м³'),
        ("ru", f'<span class="num">1{NNBSP}250</span>{NBSP}сом / м³'),
        ("en", f'<span class="num">1{NNBSP}250</span>{NBSP}KGS / м³'),
    ],
)
def test_money_tag_renders_the_number_apart_and_the_currency_once(language, expected):
    template = Template("{% load core_tags %}{% money amount per=per %}")
    with translation.override(language):
        html = template.render(Context({"amount": 1250, "per": "сом / м³"}))
    assert html == expected


@pytest.fixture
def tariff_service(municipality):
    """A paid service whose "fee per" repeats the currency, in three languages, as the
    demo's water tariff does."""
    register = f.ServiceRegisterPageFactory(parent=municipality)
    service = f.ServicePageFactory(
        parent=register, slug="water", fee_kgs=8, fee_unit="сом / м³", title="Суу"
    )
    for code, unit in (("ru", "сом за м³"), ("en", "KGS per m³")):
        f.translate(register, code)
        f.translate(service, code, fee_unit=unit)
    return service


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ky", "сом / м³"), ("ru", "сом за м³"), ("en", "KGS per m³")],
)
def test_service_page_and_register_row_say_the_currency_once(
    client, tariff_service, language, expected
):
    service = translation_of(tariff_service, language)
    for url in (service.url, service.get_parent().url):
        html = text_of(client.get(url))
        assert f'<span class="num">8</span>{NBSP}{expected}' in html, url
        assert not re.search(r"(сом|KGS)\s+(сом|KGS)", html), url


# --- Dates ---------------------------------------------------------------------------------

KYRGYZ_MONTHS_AFTER_DAY = [
    "январы",
    "февралы",
    "марты",
    "апрели",
    "майы",
    "июну",
    "июлу",
    "августу",
    "сентябры",
    "октябры",
    "ноябры",
    "декабры",
]


def test_kyrgyz_date_format_names_the_year_then_the_day_of_the_month():
    with translation.override("ky"):
        assert formats.date_format(datetime.date(2024, 4, 30)) == "2024-жылдын 30-апрели"


@pytest.mark.parametrize("month", range(1, 13))
def test_kyrgyz_months_are_lower_case_and_possessive_after_a_day(month):
    with translation.override("ky"):
        written = formats.date_format(datetime.date(2025, month, 1))
    assert written == f"2025-жылдын 1-{KYRGYZ_MONTHS_AFTER_DAY[month - 1]}"


def test_every_kyrgyz_date_format_reads_as_kyrgyz():
    day = datetime.datetime(2024, 4, 30, 14, 5)
    with translation.override("ky"):
        assert formats.date_format(day, "DATETIME_FORMAT") == "2024-жылдын 30-апрели, 14:05"
        assert formats.date_format(day, "YEAR_MONTH_FORMAT") == "2024-жылдын апрели"
        assert formats.date_format(day, "MONTH_DAY_FORMAT") == "30-апрель"
        assert formats.date_format(day, "SHORT_DATE_FORMAT") == "30.04.2024"


def test_the_date_filter_in_templates_writes_kyrgyz_dates():
    template = Template('{{ day|date:"DATE_FORMAT" }}')
    with translation.override("ky"):
        html = template.render(Context({"day": datetime.date(2021, 3, 1)}))
    assert html == "2021-жылдын 1-марты"


def test_russian_and_english_dates_are_unchanged():
    day = datetime.date(2024, 4, 30)
    with translation.override("ru"):
        assert formats.date_format(day) == "30 апреля 2024 г."
    with translation.override("en"):
        assert formats.date_format(day) == "April 30, 2024"


def test_kyrgyz_story_page_dates_read_as_kyrgyz(client, story):
    story.gathering_date = datetime.date(2024, 4, 30)
    story.save_revision().publish()
    html = text_of(client.get(story.url))
    assert "2024-жылдын 30-апрели" in html
    assert "Апрель" not in html


# --- Qualified figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "1ден"),  # бир
        (2, "2ден"),  # эки
        (3, "3төн"),  # үч
        (4, "4төн"),  # төрт
        (5, "5тен"),  # беш
        (6, "6дан"),  # алты
        (7, "7ден"),  # жети
        (8, "8ден"),  # сегиз
        (9, "9дан"),  # тогуз
        (10, "10дон"),  # он
        (20, "20дан"),  # жыйырма
        (30, "30дан"),  # отуз
        (40, "40тан"),  # кырк
        (50, "50дөн"),  # элүү
        (60, "60тан"),  # алтымыш
        (70, "70тен"),  # жетимиш
        (80, "80ден"),  # сексен
        (90, "90дон"),  # токсон
        (100, "100дөн"),  # жүз
        (140, "140тан"),  # жүз кырк
        (235, "235тен"),  # эки жүз отуз беш
        (1000, f"1{NNBSP}000ден"),  # миң
        (1200, f"1{NNBSP}200дөн"),  # бир миң эки жүз
        (15000, f"15{NNBSP}000ден"),  # он беш миң
        (2_000_000, f"2{NNBSP}000{NNBSP}000дон"),  # эки миллион
        (3_000_000_000, f"3{NNBSP}000{NNBSP}000{NNBSP}000дан"),  # үч миллиард
    ],
)
def test_kyrgyz_ablative_follows_voicing_and_vowel_harmony(number, expected):
    assert l10n.kyrgyz_ablative(number) == expected


@pytest.mark.parametrize(
    ("language", "qualifier", "value", "expected"),
    [
        ("ky", Qualifier.MORE_THAN, 140, "140тан ашык"),
        ("ky", Qualifier.MORE_THAN, 1200, f"1{NNBSP}200дөн ашык"),
        ("ky", Qualifier.MORE_THAN, 50, "50дөн ашык"),
        ("ru", Qualifier.MORE_THAN, 140, "более 140"),
        ("en", Qualifier.MORE_THAN, 140, "more than 140"),
        ("ky", Qualifier.ABOUT, 60, "болжол менен 60"),
        ("en", Qualifier.ABOUT, 60, "about 60"),
        ("ky", Qualifier.EXACT, 7, "7"),
    ],
)
def test_figure_qualifiers_stand_where_the_language_puts_them(language, qualifier, value, expected):
    assert l10n.qualified_text(value, qualifier, language=language) == expected


def test_qualified_figure_tag_sets_the_number_in_bold():
    template = Template("{% load core_tags %}{% qualified_figure value qualifier %}")
    with translation.override("ky"):
        html = template.render(Context({"value": 140, "qualifier": "more_than"}))
    assert html == "<strong>140</strong>тан ашык"


@pytest.fixture
def vap_headlines(site_tree, reference, municipality):
    """The programme reports more than 140 hearings; its Russian record has the local
    acronym ГГПОМСУ, its English record none."""
    from core.models import ProgrammeFigure

    programme = reference.programme
    programme.local_abbreviation = "ЭҮЖӨБОЖ"
    programme.save()
    ProgrammeFigure.objects.create(
        programme=programme, kind="hearings_held", qualifier="more_than", value=140
    )
    for code in ("ru", "en"):
        other = programme.get_translation(Locale.objects.get(language_code=code))
        other.local_abbreviation = "ГГПОМСУ" if code == "ru" else ""
        other.save()
        ProgrammeFigure.objects.create(
            programme=other, kind="hearings_held", qualifier="more_than", value=140
        )
    return programme


@pytest.mark.parametrize(
    ("language", "figure", "acronym", "foreign"),
    [
        ("ky", "<strong>140</strong>тан ашык", "(ЭҮЖӨБОЖ)", "кеминде"),
        ("ru", "более <strong>140</strong>", "(ГГПОМСУ)", "ЭҮЖӨБОЖ"),
        ("en", "more than <strong>140</strong>", "(VAP)", "ГГПОМСУ"),
    ],
)
def test_home_page_programme_rows_speak_the_readers_language(
    client, vap_headlines, language, figure, acronym, foreign
):
    html = text_of(client.get(f"/{language}/"))
    section = html[html.index("home-programmes-title") :]
    assert figure in section
    assert acronym in section
    assert foreign not in section


# --- hreflang and credits ------------------------------------------------------------------


def test_hreflang_names_every_language_and_an_x_default(client, story):
    html = client.get(translation_of(story, "en").url).content.decode()
    links = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    codes = [code for code, _url in links]
    assert codes == ["ky", "ru", "en", "x-default"]
    assert dict(links)["x-default"] == dict(links)["ky"]


def test_demo_photo_credit_is_written_in_each_language():
    from home.demo_data import csv_rows

    credits = {
        (row["photo_credit_ky"], row["photo_credit_ru"], row["photo_credit_en"])
        for row in csv_rows("stories.csv")
        if row["photos"]
    }
    assert credits == {("Ашар, демо сүрөт", "Ашар, демо-фото", "Ashar, demo photo")}
