"""The schematic region map: tiles for the nine regions, shades with a legend, labels that
wrap instead of overflowing, and an accessible inline SVG with the numbers in text."""

import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from core.regionmap import (
    HEX_RADIUS,
    TILES,
    marker_position,
    region_locator_shapes,
    region_map_shapes,
    shade_breaks,
    short_name,
    tile_centre,
    tile_width,
    wrap_name,
)

REGIONS = [
    ("batken", "Баткен облусу", 3),
    ("chuy", "Чүй облусу", 40),
    ("jalal-abad", "Жалал-Абад облусу", 55),
    ("naryn", "Нарын облусу", 12),
    ("osh", "Ош облусу", 37),
    ("talas", "Талас облусу", 9),
    ("issyk-kul", "Ысык-Көл облусу", 61),
    ("bishkek-city", "Бишкек шаары", 0),
    ("osh-city", "Ош шаары", 17),
]


def regions():
    return [
        {"slug": slug, "name": name, "count": count, "url": f"/ky/stories/?region={slug}"}
        for slug, name, count in REGIONS
    ]


def test_every_region_of_kyrgyzstan_has_its_own_tile():
    assert set(TILES) == {slug for slug, _name, _count in REGIONS}
    assert len(set(TILES.values())) == len(TILES)


def test_shapes_give_one_tile_per_region_with_its_link_count_and_shade():
    shapes = region_map_shapes(regions(), active="osh")
    tiles = {tile["slug"]: tile for tile in shapes["tiles"]}
    assert len(tiles) == 9
    assert tiles["bishkek-city"]["shade"] == 0
    assert tiles["issyk-kul"]["shade"] == 4
    assert tiles["batken"]["shade"] == 1
    assert tiles["osh"]["active"] and not tiles["chuy"]["active"]
    assert tiles["talas"]["url"] == "/ky/stories/?region=talas"
    assert len(tiles["naryn"]["points"].split()) == 6


def test_the_legend_covers_every_count():
    assert shade_breaks([0, 3, 61]) == [16, 31, 46, 61]
    legend = region_map_shapes(regions())["legend"]
    assert [(item["low"], item["high"]) for item in legend] == [
        (0, 0),
        (1, 16),
        (17, 31),
        (32, 46),
        (47, 61),
    ]


def test_few_stories_use_fewer_shades_at_the_dark_end():
    shapes = region_map_shapes([{"slug": "osh", "name": "Ош", "count": 1, "url": "#"}])
    assert shapes["tiles"][0]["shade"] == 4
    assert [(item["low"], item["high"]) for item in shapes["legend"]] == [(0, 0), (1, 1)]


def test_no_story_at_all_leaves_every_tile_unshaded():
    shapes = region_map_shapes([{**region, "count": 0} for region in regions()])
    assert {tile["shade"] for tile in shapes["tiles"]} == {0}


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Жалал-Абад облусу", ["Жалал-Абад"]),
        ("Иссык-Кульская область", ["Иссык-", "Кульская"]),
        ("Джалал-Абадская область", ["Джалал-", "Абадская"]),
        ("Бишкек шаары", ["Бишкек", "шаары"]),
        ("Osh City", ["Osh City"]),
        ("Ош облусу", ["Ош"]),
    ],
)
def test_long_names_wrap_at_spaces_and_hyphens_and_keep_city_words(name, lines):
    assert wrap_name(short_name(name)) == lines


def test_a_word_longer_than_a_line_is_kept_whole():
    assert wrap_name("Кызылкыяоблусунун") == ["Кызылкыяоблусунун"]


def test_a_region_missing_from_the_layout_still_gets_a_tile():
    extra = [*regions(), {"slug": "new-region", "name": "Жаңы облус", "count": 2, "url": "#"}]
    shapes = region_map_shapes(extra)
    assert len(shapes["tiles"]) == 10
    assert float(shapes["height"]) > float(region_map_shapes(regions())["height"])


def test_the_template_draws_linked_tiles_and_lists_the_numbers_in_text():
    with translation.override("en"):
        html = render_to_string(
            "core/includes/region_map.html", {"regions": regions(), "active": "osh"}
        )
    assert html.count("<a href=") == 18  # a tile and a list entry per region
    assert '<title id="region-map-title">' in html
    assert 'aria-label="Ысык-Көл облусу: 61 stories"' in html
    assert 'aria-current="true"' in html
    osh = r'<a href="/ky/stories/\?region=osh" aria-current="true">Ош облусу</a>'
    assert re.search(osh + r'\s*<span class="num">37</span>', html)
    assert "http" not in html  # no external request, no tile server


def test_coordinates_keep_a_decimal_point_in_a_language_with_a_decimal_comma():
    with translation.override("ru"):
        html = render_to_string("core/includes/region_map.html", {"regions": regions()})
    assert re.search(r'x="\d+\.\d"', html)
    assert not re.search(r'(x|y)="\d+,\d"', html)
    assert 'viewBox="0 0 423.7 308.0"' in html


# ---- The locator ----------------------------------------------------------------------


def _inside_tile(marker, slug):

    x, y = float(marker["x"]), float(marker["y"])
    centre_x, centre_y = tile_centre(*TILES[slug])
    return abs(x - centre_x) < tile_width() / 2 and abs(y - centre_y) < HEX_RADIUS * 0.9


def test_a_dot_lies_inside_its_regions_tile_north_up_west_left():

    north_west = marker_position("issyk-kul", 43.0, 75.7)
    south_east = marker_position("issyk-kul", 41.6, 80.2)
    assert _inside_tile(north_west, "issyk-kul") and _inside_tile(south_east, "issyk-kul")
    assert float(north_west["x"]) < float(south_east["x"])
    assert float(north_west["y"]) < float(south_east["y"])


def test_coordinates_outside_the_region_stay_inside_its_tile():

    for latitude, longitude in ((0, 0), (90, 180), (-90, -180)):
        assert _inside_tile(marker_position("talas", latitude, longitude), "talas")


def test_no_dot_without_coordinates_or_for_an_unplaced_region():

    assert marker_position("naryn", None, 75) is None
    assert marker_position("naryn", 41.4, None) is None
    assert marker_position("atlantis", 41.4, 75) is None


def test_the_locator_draws_every_region_without_counts_and_its_region_active():

    regions = [
        {"slug": "naryn", "name": "Нарын облусу", "url": "/ky/municipalities/?region=naryn"},
        {"slug": "osh", "name": "Ош облусу", "url": "/ky/municipalities/?region=osh"},
    ]
    shapes = region_locator_shapes(regions, "osh", Decimal("40.5"), Decimal("73.1"))
    assert [tile["active"] for tile in shapes["tiles"]] == [False, True]
    assert {tile["shade"] for tile in shapes["tiles"]} == {0}
    assert _inside_tile(shapes["marker"], "osh")
    assert region_locator_shapes(regions, "osh")["marker"] is None
