"""A schematic tile map of Kyrgyzstan's nine regions, drawn as inline SVG on the server.

Each region is one hexagon placed roughly where it lies (Talas in the north-west, Chuy and
Bishkek in the north, Issyk-Kul in the east, Naryn in the middle, Jalal-Abad in the west,
Osh city and Osh region in the south, Batken in the far south-west). No real outlines are
used, so there is no geometry to license, no tile server and no external request.
`region_map_shapes` turns counts per region into what the template draws.
"""

import math

HEX_RADIUS = 60
HEX_GAP = 3
MARGIN = 4
NAME_FONT = 13
NAME_LINE = 15
COUNT_FONT = 24
# Characters of the name font that fit across a tile (a bold Cyrillic glyph is ~0.65 em).
LINE_CHARS = 10
SHADES = 4
EXTRA_ROW = 3

# (column, row) in a grid of pointy-top hexagons whose odd rows are shifted half a tile
# to the right.
TILES = {
    "talas": (0, 0),
    "bishkek-city": (1, 0),
    "chuy": (2, 0),
    "issyk-kul": (3, 0),
    "jalal-abad": (0, 1),
    "naryn": (1, 1),
    "batken": (0, 2),
    "osh-city": (1, 2),
    "osh": (2, 2),
}
# Words that say "region" and can go from a tile's label: the list beside the map and
# the link's accessible name keep the full name. "City" words stay, so that Osh city and
# Osh region remain two different tiles.
REGION_WORDS = {"облусу", "область", "region", "oblast"}


def _coordinate(value):
    """A number for an SVG attribute: a string, so templates never localise its point."""
    return f"{value:.1f}"


def tile_width():
    return math.sqrt(3) * HEX_RADIUS


def tile_centre(column, row):
    width = tile_width()
    x = MARGIN + width / 2 + column * width + (width / 2 if row % 2 else 0)
    y = MARGIN + HEX_RADIUS + row * 1.5 * HEX_RADIUS
    return x, y


def hexagon_points(x, y, radius=HEX_RADIUS - HEX_GAP):
    points = []
    for corner in range(6):
        angle = math.radians(60 * corner - 30)
        points.append(f"{x + radius * math.cos(angle):.1f},{y + radius * math.sin(angle):.1f}")
    return " ".join(points)


def short_name(name):
    """The name without a word meaning "region": "Ысык-Көл облусу" → "Ысык-Көл"."""
    kept = [word for word in name.split() if word.casefold() not in REGION_WORDS]
    return " ".join(kept) or name


def wrap_name(name, width=LINE_CHARS):
    """Lines of at most `width` characters, broken at spaces and, inside a word longer
    than a line, after a hyphen; a word is never cut anywhere else."""
    pieces = []  # (text, joins the previous piece without a space)
    for word in name.split():
        parts = word.split("-")
        if len(word) > width and len(parts) > 1:
            for index, part in enumerate(parts):
                hyphen = "-" if index < len(parts) - 1 else ""
                pieces.append((part + hyphen, index > 0))
        else:
            pieces.append((word, False))
    lines = []
    for text, joined in pieces:
        if lines:
            candidate = lines[-1] + ("" if joined else " ") + text
            if len(candidate) <= width:
                lines[-1] = candidate
                continue
        lines.append(text)
    return lines


def shade_breaks(counts):
    """Upper bounds of the shades for counts above zero, equal steps up to the largest."""
    top = max(counts, default=0)
    if top <= 0:
        return []
    breaks = []
    for step in range(1, SHADES + 1):
        bound = math.ceil(top * step / SHADES)
        if not breaks or bound > breaks[-1]:
            breaks.append(bound)
    return breaks


def shade_of(count, breaks):
    if count <= 0:
        return 0
    for index, bound in enumerate(breaks, start=1):
        if count <= bound:
            # Spread fewer classes over the same darkest end of the scale.
            return SHADES - len(breaks) + index
    return SHADES


def legend(breaks):
    items = [{"shade": 0, "low": 0, "high": 0}]
    low = 1
    for index, bound in enumerate(breaks, start=1):
        items.append({"shade": SHADES - len(breaks) + index, "low": low, "high": bound})
        low = bound + 1
    return items


def region_map_shapes(regions, active=None):
    """What the region map template draws, from `regions` as returned by
    `stories.selectors.story_counts_by_region` ([{slug, name, count, url}]) and the
    `active` slug or slugs.

    Returns {width, height, tiles: [{slug, name, count, url, points, x, lines: [{text,
    y}], count_y, shade, active}], legend: [{shade, low, high}]}, coordinates as strings.
    A region missing from the layout gets a tile in an extra row, so none is ever lost.
    """
    if isinstance(active, str):
        active = {active} if active else set()
    active = set(active or ())
    breaks = shade_breaks([region["count"] for region in regions])
    extra_column = 0
    tiles = []
    for region in regions:
        position = TILES.get(region["slug"])
        if position is None:
            position = (extra_column, EXTRA_ROW)
            extra_column += 1
        x, y = tile_centre(*position)
        lines = wrap_name(short_name(region["name"]))
        block = len(lines) * NAME_LINE + COUNT_FONT
        top = y - block / 2
        tiles.append(
            {
                **region,
                "points": hexagon_points(x, y),
                "x": _coordinate(x),
                "lines": [
                    {"text": line, "y": _coordinate(top + NAME_LINE * (index + 1) - 4)}
                    for index, line in enumerate(lines)
                ],
                "count_y": _coordinate(top + len(lines) * NAME_LINE + COUNT_FONT - 2),
                "shade": shade_of(region["count"], breaks),
                "active": region["slug"] in active,
            }
        )
    width = tile_width()
    columns = max((position[0] + (position[1] % 2) / 2 for position in TILES.values()), default=0)
    columns = max(columns, extra_column - 1)
    rows = EXTRA_ROW + 1 if extra_column else 3
    return {
        "width": _coordinate(2 * MARGIN + width * (columns + 1)),
        "height": _coordinate(2 * MARGIN + 2 * HEX_RADIUS + (rows - 1) * 1.5 * HEX_RADIUS),
        "tiles": tiles,
        "legend": legend(breaks),
    }


# ---- The locator: one municipality on the map -----------------------------------------

# Rough bounds of each region, (south, north, west, east) in degrees, to place a
# municipality's dot inside its region's tile: the map is schematic, and so is the dot
# (north up, west left, within the tile). Rounded outward from the regions' extents.
REGION_BOUNDS = {
    "talas": (41.9, 42.9, 70.9, 73.6),
    "bishkek-city": (42.75, 42.97, 74.4, 74.8),
    "chuy": (42.1, 43.3, 72.8, 76.3),
    "issyk-kul": (41.5, 43.1, 75.6, 80.3),
    "jalal-abad": (40.6, 42.4, 70.1, 74.1),
    "naryn": (40.3, 42.4, 73.5, 78.3),
    "batken": (39.4, 40.5, 69.2, 72.3),
    "osh-city": (40.45, 40.62, 72.7, 72.9),
    "osh": (39.2, 41.0, 72.2, 75.7),
}
# How far from a tile's centre the dot may go: a share of the tile's width to each side,
# and of its radius up and down, so that it stays inside the hexagon.
MARKER_SPREAD_X = 0.33
MARKER_SPREAD_Y = 0.5


def _share(value, low, high):
    """Where `value` lies between `low` and `high`, from 0 to 1 (clamped)."""
    if high <= low:
        return 0.5
    return min(1.0, max(0.0, (value - low) / (high - low)))


def marker_position(slug, latitude, longitude):
    """(x, y) of a place's dot on the map, as strings, inside the tile of region `slug`;
    None without coordinates or for a region the layout does not place."""
    if latitude is None or longitude is None or slug not in TILES:
        return None
    south, north, west, east = REGION_BOUNDS.get(slug, (0, 0, 0, 0))
    centre_x, centre_y = tile_centre(*TILES[slug])
    spread_x = tile_width() * MARKER_SPREAD_X
    spread_y = HEX_RADIUS * MARKER_SPREAD_Y
    x = centre_x - spread_x + 2 * spread_x * _share(float(longitude), west, east)
    y = centre_y - spread_y + 2 * spread_y * (1 - _share(float(latitude), south, north))
    return {"x": _coordinate(x), "y": _coordinate(y)}


def region_locator_shapes(regions, active, latitude=None, longitude=None):
    """The region map as a locator of one place: `regions` ([{slug, name, url}]) drawn
    without counts, the place's region `active`, and its dot when it has coordinates
    (`marker`: {x, y} or None)."""
    shapes = region_map_shapes([{**region, "count": 0} for region in regions], active)
    shapes["marker"] = marker_position(active, latitude, longitude)
    return shapes
