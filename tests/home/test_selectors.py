"""The home page's totals are sums of the records: the latest figure of each municipality,
the money and people of each story, the services of each register."""

import datetime

import pytest

from core.models import ProgrammeFigure
from home import selectors
from home.models import HomeFeaturedStory
from tests import factories as f

pytestmark = pytest.mark.django_db


def on(year, month=12, day=31):
    return datetime.date(year, month, day)


def figure(page, kind, value, as_of, **extra):
    return f.MunicipalityFigureFactory(page=page, kind=kind, value=value, as_of=as_of, **extra)


@pytest.fixture
def three_municipalities(site_tree, reference):
    """Three live municipalities whose figures span several years."""
    names = ("Ак-Суу", "Тоң", "Жети-Өгүз")
    return [
        f.MunicipalityPageFactory(
            parent=site_tree.municipalities,
            title=name,
            district=reference.district,
            region=reference.region,
        )
        for name in names
    ]


@pytest.fixture
def figures_over_years(three_municipalities):
    first, second, third = three_municipalities
    figure(first, "hearings_held", 3, on(2021))
    figure(first, "hearings_held", 5, on(2022))
    figure(first, "hearings_held", 7, on(2023))
    figure(first, "hearing_participants", 999, on(2021))
    figure(first, "hearing_participants", 100, on(2022))
    figure(second, "hearings_held", 10, on(2020))
    figure(second, "hearings_held", 4, on(2022))
    figure(third, "hearings_held", 2, on(2024, 6, 30))
    figure(third, "hearing_participants", 300, on(2023))
    return three_municipalities


def test_figure_totals_add_up_only_the_latest_record_of_each_municipality(
    figures_over_years, locales
):
    totals = selectors.figure_totals(locale=locales["ky"])

    # Бостери, the world's municipality, recorded 4 hearings as of the end of 2023.
    assert totals["hearings_held"] == {
        "value": 7 + 4 + 2 + 4,
        "as_of_latest": on(2024, 6, 30),
        "municipalities": 4,
    }
    assert totals["hearing_participants"] == {
        "value": 100 + 300,
        "as_of_latest": on(2023),
        "municipalities": 2,
    }


def test_figure_totals_leave_out_kinds_nobody_recorded_and_keep_the_choices_order(
    figures_over_years, locales
):
    totals = selectors.figure_totals(locale=locales["ky"])

    assert list(totals) == ["hearings_held", "hearing_participants"]


def test_figure_totals_ignore_unpublished_municipalities(figures_over_years, locales, site_tree):
    draft = f.MunicipalityPageFactory(parent=site_tree.municipalities, live=False)
    figure(draft, "hearings_held", 1000, on(2024))

    totals = selectors.figure_totals(locale=locales["ky"])

    assert totals["hearings_held"]["value"] == 13 + 4  # with the world's Бостери
    assert totals["hearings_held"]["municipalities"] == 4


def test_figure_totals_count_only_the_municipalities_of_the_language(figures_over_years, locales):
    first = figures_over_years[0]
    f.translate(first, "ru", title="Ак-Суу")

    russian = selectors.figure_totals(locale=locales["ru"])

    # Ак-Суу and the world's Бостери are translated; the other two are not.
    assert russian["hearings_held"] == {
        "value": 7 + 4,
        "as_of_latest": on(2023),
        "municipalities": 2,
    }


def test_of_two_records_on_the_same_day_the_one_entered_last_counts(three_municipalities, locales):
    first = three_municipalities[0]
    figure(first, "budget_changes", 8, on(2023))
    figure(first, "budget_changes", 9, on(2023))

    totals = selectors.figure_totals(locale=locales["ky"])

    assert totals["budget_changes"]["value"] == 9


def test_figure_totals_for_a_programme_count_only_its_records(
    three_municipalities, locales, reference
):
    other = f.ProgrammeFactory(slug="psi", abbreviation="PSI")
    first, second, _third = three_municipalities
    figure(first, "projects_monitored", 6, on(2022), programme=reference.programme)
    figure(first, "projects_monitored", 9, on(2023), programme=reference.programme)
    figure(second, "projects_monitored", 50, on(2023), programme=other)

    totals = selectors.figure_totals(locale=locales["ky"], programme=reference.programme)

    assert totals["projects_monitored"]["value"] == 9
    assert totals["projects_monitored"]["municipalities"] == 1


def test_programme_comparison_sets_the_headline_beside_the_recorded_total(
    three_municipalities, locales, reference
):
    first, second, _third = three_municipalities
    figure(first, "hearings_held", 8, on(2023), programme=reference.programme)
    figure(second, "hearings_held", 6, on(2022), programme=reference.programme)
    ProgrammeFigure.objects.create(
        programme=reference.programme, kind="hearings_held", qualifier="more_than", value=10
    )
    ProgrammeFigure.objects.create(
        programme=reference.programme, kind="budget_changes", qualifier="about", value=200
    )

    comparisons = selectors.programme_comparisons(locale=locales["ky"])

    [vap] = [item for item in comparisons if item["programme"] == reference.programme]
    hearings, budget = vap["comparison"]["rows"]
    assert (hearings["reported"], hearings["recorded"], hearings["agrees"]) == (10, 14, True)
    assert hearings["as_of_latest"] == on(2023)
    assert (budget["reported"], budget["recorded"], budget["agrees"]) == (200, None, None)
    assert vap["comparison"]["as_of_latest"] == on(2023), "the only recorded row's date"
    assert vap["comparison"]["source"] is None, "no source was given"


def test_programme_comparison_flags_a_total_that_disagrees(
    three_municipalities, locales, reference
):
    figure(three_municipalities[0], "hearings_held", 90, on(2023), programme=reference.programme)
    ProgrammeFigure.objects.create(
        programme=reference.programme, kind="hearings_held", qualifier="more_than", value=140
    )

    [vap] = [
        item
        for item in selectors.programme_comparisons(locale=locales["ky"])
        if item["programme"] == reference.programme
    ]

    assert vap["comparison"]["rows"][0]["recorded"] == 90
    assert vap["comparison"]["rows"][0]["agrees"] is False


@pytest.fixture
def stories_with_money(municipality, reference, without_world_story):
    """Three stories whose money parts and people differ, and a draft."""
    values = [
        {
            "grant_kgs": 600_000,
            "municipal_kgs": 300_000,
            "community_cash_kgs": 50_000,
            "community_in_kind_kgs": 30_000,
            "community_labour_kgs": 20_000,
            "other_kgs": None,
            "beneficiaries_people": 1200,
        },
        {
            "grant_kgs": None,
            "municipal_kgs": 150_000,
            "community_cash_kgs": 40_000,
            "community_in_kind_kgs": None,
            "community_labour_kgs": 10_000,
            "other_kgs": 25_000,
            "beneficiaries_people": 340,
        },
        {
            "grant_kgs": 1_000_000,
            "municipal_kgs": 0,
            "community_cash_kgs": None,
            "community_in_kind_kgs": None,
            "community_labour_kgs": 75_000,
            "other_kgs": None,
            "beneficiaries_people": None,
        },
    ]
    stories = []
    for row in values:
        total = sum(value or 0 for key, value in row.items() if key.endswith("_kgs"))
        stories.append(f.StoryPageFactory(parent=municipality, total_kgs=total, **row))
    f.StoryPageFactory(parent=municipality, live=False, grant_kgs=9_999_999, total_kgs=9_999_999)
    return stories


def test_home_money_totals_are_the_sums_of_the_story_fields(stories_with_money, site_tree):
    context = selectors.home_context(page=site_tree.home)

    money = context["totals"]["money"]
    assert money["grant"] == 600_000 + 1_000_000
    assert money["municipal"] == 300_000 + 150_000
    assert money["community"] == (50_000 + 30_000 + 20_000) + (40_000 + 10_000) + 75_000
    assert money["other"] == 25_000
    assert money["total"] == sum(story.total_kgs for story in stories_with_money)
    assert context["totals"]["stories"] == 3
    assert context["totals"]["people_reached"] == 1200 + 340
    assert context["totals"]["municipalities_with_stories"] == 1


def test_money_bar_segments_carry_the_amounts_and_fill_the_bar(stories_with_money, site_tree):
    money = selectors.home_context(page=site_tree.home)["money"]

    segments = money["segments"]
    assert [segment["key"] for segment in segments] == ["grant", "municipal", "community", "other"]
    assert [segment["amount"] for segment in segments] == [1_600_000, 450_000, 225_000, 25_000]
    assert sum(segment["share"] for segment in segments) == pytest.approx(100)
    assert segments[0]["share"] == pytest.approx(100 * 1_600_000 / 2_300_000)
    assert (money["total"], money["total_given"]) == (2_300_000, True)


def test_money_recorded_only_as_a_total_is_shown_as_not_broken_down():
    money = selectors.money_split(
        {"total": 1_000, "grant": 500, "municipal": 200, "community": 0, "other": None}
    )

    assert [(s["key"], s["amount"]) for s in money["segments"]] == [
        ("grant", 500),
        ("municipal", 200),
        ("rest", 300),
    ]
    assert [s["share"] for s in money["segments"]] == [50, 20, 30]


def test_money_parts_larger_than_the_recorded_totals_make_the_total():
    money = selectors.money_split({"total": 100, "grant": 150, "municipal": 50})

    assert (money["total"], money["total_given"]) == (200, False)
    assert [s["share"] for s in money["segments"]] == [75, 25]


def test_no_money_makes_no_segments_rather_than_an_error():
    money = selectors.money_split({"total": 0, "grant": 0, "municipal": None})

    assert money == {"total": 0, "total_given": False, "segments": []}


@pytest.fixture
def register(municipality):
    return f.ServiceRegisterPageFactory(parent=municipality)


def service(register, **values):
    return f.ServicePageFactory(parent=register, **values)


def test_pipeline_counts_services_vulnerable_groups_initiated_and_those_approved(register, locales):
    for _ in range(2):
        service(register, initiated_by="vulnerable_group", status="approved")
    service(register, initiated_by="vulnerable_group", status="proposed")
    service(register, initiated_by="vulnerable_group", status="rejected", status_reason="Нет")
    service(register, initiated_by="residents", status="approved", is_outsourced=True)
    service(register, initiated_by="vulnerable_group", status="approved", live=False)

    pipeline = selectors.service_pipeline(locale=locales["ky"])

    assert (pipeline["initiated"], pipeline["approved"]) == (4, 2)
    assert pipeline["total"] == 5
    assert pipeline["registers"] == 1
    assert pipeline["outsourced"] == 1
    assert pipeline["approved_share"] == 50


def test_pipeline_of_another_language_does_not_count_these_services(register, locales):
    service(register, initiated_by="vulnerable_group", status="approved")

    pipeline = selectors.service_pipeline(locale=locales["ru"])

    assert (pipeline["initiated"], pipeline["approved"], pipeline["registers"]) == (0, 0, 0)


def test_featured_stories_are_the_editors_picks_in_their_order(municipality, site_tree):
    first, second, third = (f.StoryPageFactory(parent=municipality) for _ in range(3))
    HomeFeaturedStory.objects.create(page=site_tree.home, story=third, sort_order=0)
    HomeFeaturedStory.objects.create(page=site_tree.home, story=first, sort_order=1)

    context = selectors.home_context(page=site_tree.home)

    assert [story.pk for story in context["featured_stories"]] == [third.pk, first.pk]
    assert context["featured_by_editors"] is True


def test_featured_stories_show_in_the_language_of_the_home_page(municipality, site_tree):
    story = f.StoryPageFactory(parent=municipality)
    russian = f.translate(story, "ru", title="История по-русски")
    HomeFeaturedStory.objects.create(page=site_tree.home, story=story, sort_order=0)
    russian_home = site_tree.home.get_translation(russian.locale)

    featured = selectors.featured_stories(page=site_tree.home, locale=russian_home.locale)

    assert [item.pk for item in featured] == [russian.pk]


def test_an_unpublished_pick_is_left_out(municipality, site_tree):
    live = f.StoryPageFactory(parent=municipality)
    draft = f.StoryPageFactory(parent=municipality, live=False)
    HomeFeaturedStory.objects.create(page=site_tree.home, story=draft, sort_order=0)
    HomeFeaturedStory.objects.create(page=site_tree.home, story=live, sort_order=1)

    featured = selectors.featured_stories(page=site_tree.home, locale=site_tree.home.locale)

    assert [story.pk for story in featured] == [live.pk]


def test_without_picks_the_home_page_shows_the_latest_stories(
    municipality, site_tree, without_world_story
):
    stories = [f.StoryPageFactory(parent=municipality) for _ in range(3)]

    context = selectors.home_context(page=site_tree.home)

    assert context["featured_by_editors"] is False
    assert {story.pk for story in context["featured_stories"]} == {s.pk for s in stories}


def test_latest_news_are_the_five_newest_with_their_municipality(
    municipality, site_tree, locales, reference
):
    other = f.MunicipalityPageFactory(parent=site_tree.municipalities, title="Тоң")
    for day in range(1, 5):
        f.NewsPageFactory(parent=municipality, date=datetime.date(2025, 3, day))
    for day in range(10, 13):
        f.NewsPageFactory(parent=other, date=datetime.date(2025, 3, day))
    f.NewsPageFactory(parent=other, date=datetime.date(2025, 4, 1), live=False)

    news = selectors.news_latest(locale=locales["ky"])

    assert [item.date.day for item in news] == [12, 11, 10, 4, 3]
    assert [item.municipality.title for item in news] == ["Тоң"] * 3 + ["Бостери"] * 2


def test_home_context_links_into_the_indexes_of_its_language(site_tree):
    russian_home = site_tree.home.get_translations().get(locale__language_code="ru")

    urls = selectors.home_context(page=russian_home)["urls"]

    assert urls["stories"] == "/ru/stories/"
    assert urls["municipalities"] == "/ru/municipalities/"
    assert urls["services"] == "/ru/services/"
    assert urls["news"] == "/ru/news/"


def test_programme_context_lists_its_stories_and_municipalities(municipality, site_tree, reference):
    other_programme = f.ProgrammeFactory(slug="psi")
    for _ in range(7):  # and the world's story, also of VAP
        f.StoryPageFactory(parent=municipality, programme=reference.programme)
    f.StoryPageFactory(parent=municipality, programme=other_programme)
    municipality.programmes.set([reference.programme])
    municipality.save()
    elsewhere = f.MunicipalityPageFactory(parent=site_tree.municipalities)
    elsewhere.programmes.set([other_programme])
    elsewhere.save()
    page = f.ProgrammePageFactory(parent=site_tree.home, programme=reference.programme)

    context = selectors.programme_context(page=page)

    assert context["story_count"] == 8
    assert len(context["programme_stories"]) == 6
    assert all(s.programme_id == reference.programme.pk for s in context["programme_stories"])
    assert [m.pk for m in context["programme_municipalities"]] == [municipality.pk]
    assert context["programme_stories_url"] == "/ky/stories/?programme=vap"


def test_the_date_and_municipalities_are_said_once_only_when_every_figure_shares_them(
    figures_over_years, site_tree
):
    stats = selectors.home_context(page=site_tree.home)["figure_stats"]
    shared = [dict(stat, as_of_latest=on(2023), municipalities=3) for stat in stats]

    assert selectors.shared_provenance(stats) is None
    assert selectors.shared_provenance(shared) == {"as_of_latest": on(2023), "municipalities": 3}


def test_a_comparison_names_a_shared_source_once_and_keeps_differing_ones_per_row(
    reference, locales
):
    shared = {"source_title": "Report", "source_url": "https://example.org/r"}
    first = ProgrammeFigure(programme=reference.programme, kind="hearings_held", value=1, **shared)
    second = ProgrammeFigure(
        programme=reference.programme, kind="budget_changes", value=2, **shared
    )
    recorded = {
        "hearings_held": {"value": 1, "as_of_latest": on(2022), "municipalities": 1},
        "budget_changes": {"value": 2, "as_of_latest": on(2023), "municipalities": 1},
    }

    together = selectors.comparison([first, second], recorded)
    second.source_title = "Another report"
    apart = selectors.comparison([first, second], recorded)

    assert together["source"] == {"title": "Report", "url": "https://example.org/r"}
    assert together["as_of_latest"] is None, "the rows' dates differ"
    assert apart["source"] is None
