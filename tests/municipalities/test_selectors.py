"""Reads behind the municipal pages: figure series, key figures, the sparkline."""

import datetime

import pytest

from municipalities.models import MunicipalityFigure
from municipalities.selectors import (
    figure_series,
    municipality_index_context,
    osm_url,
    stale_before,
)
from municipalities.templatetags.municipalities_tags import sparkline, sparkline_coordinates

TODAY = datetime.date(2025, 6, 1)


def figure(kind, value, as_of, pk=1):
    return MunicipalityFigure(pk=pk, kind=kind, value=value, as_of=as_of, sort_order=0)


def test_figure_series_groups_by_kind_in_the_order_of_figure_kinds_oldest_first():
    series = figure_series(
        [
            figure("budget_changes", 7, datetime.date(2024, 1, 1)),
            figure("hearings_held", 4, datetime.date(2023, 1, 1)),
            figure("hearings_held", 2, datetime.date(2021, 1, 1)),
        ],
        today=TODAY,
    )
    assert [s.kind for s in series] == ["hearings_held", "budget_changes"]
    assert [r.value for r in series[0].records] == [2, 4]
    assert series[0].latest.value == 4
    assert series[0].has_series and not series[1].has_series


def test_a_series_is_stale_when_its_latest_record_is_more_than_two_years_old():
    assert stale_before(TODAY) == datetime.date(2023, 6, 1)
    fresh, old = figure_series(
        [
            figure("hearings_held", 1, datetime.date(2023, 6, 1)),
            figure("budget_changes", 1, datetime.date(2023, 5, 31)),
        ],
        today=TODAY,
    )
    assert not fresh.is_stale
    assert old.is_stale


def test_stale_cut_off_on_29_february_falls_back_to_28_february():
    assert stale_before(datetime.date(2024, 2, 29)) == datetime.date(2022, 2, 28)


def test_figures_as_of_the_end_of_2023_are_stale_at_the_end_of_2026():
    (series,) = figure_series(
        [figure("hearings_held", 5, datetime.date(2023, 12, 31))], today=datetime.date(2026, 11, 30)
    )
    assert series.is_stale


def test_series_labels_records_by_year_only_when_years_are_unique():
    two_in_one_year = figure_series(
        [
            figure("hearings_held", 1, datetime.date(2022, 1, 1)),
            figure("hearings_held", 2, datetime.date(2022, 7, 1)),
            figure("hearings_held", 3, datetime.date(2023, 1, 1)),
        ],
        today=TODAY,
    )[0]
    assert not two_in_one_year.years_are_unique
    assert two_in_one_year.has_series


def test_sparkline_spans_the_box_on_a_date_scale():
    points = [
        (datetime.date(2019, 1, 1), 0),
        (datetime.date(2020, 1, 1), 50),
        (datetime.date(2023, 1, 1), 100),
    ]
    (x0, y0), (x1, y1), (x2, y2) = sparkline_coordinates(points, width=100, height=50, pad=0)
    assert (x0, y0) == (0, 50)
    assert (x2, y2) == (100, 0)
    assert 20 < x1 < 30 and y1 == 25  # one year of four, half the height


def test_sparkline_needs_two_points_and_hides_from_screen_readers():
    assert sparkline([(datetime.date(2020, 1, 1), 3)]) == ""
    svg = sparkline([(datetime.date(2020, 1, 1), 3), (datetime.date(2021, 1, 1), 5)])
    assert svg.startswith("<svg") and 'aria-hidden="true"' in svg and "<polyline" in svg


def test_osm_url_only_with_both_coordinates():
    assert osm_url(None, 77) == ""
    assert (
        osm_url(42.5, 77.1) == "https://www.openstreetmap.org/?mlat=42.5&mlon=77.1#map=13/42.5/77.1"
    )


@pytest.mark.django_db
def test_municipality_index_context_counts_regions_and_population(municipality, site_tree):
    context = municipality_index_context(page=site_tree.municipalities)
    assert context["summary"]["municipalities"] == 1
    assert context["summary"]["regions_covered"] == 1
    assert context["summary"]["population"] == 12000
    (region,) = context["regions"]
    assert [m.pk for m in region.municipalities] == [municipality.pk]
