"""The places pages stand in, for the apps on a floor below the one that owns them.

Stories stand under municipality pages, but `stories` is on a floor below `municipalities`
(whose profile lists stories), so it never reads `MunicipalityPage`. It asks `place_rows`
here instead, and `municipalities` registers where its rows come from when it is ready
(`MunicipalitiesConfig.ready`), together with the signals that keep the stories' cached
records current. Every dependency points down.
"""

# What a place row holds: the place page's identity and names, with its district and region.
PLACE_FIELDS = (
    "locale_id",
    "translation_key",
    "path",
    "slug",
    "title",
    "official_name",
    "coate",
    "url_path",
    "district__slug",
    "district__name",
    "region__slug",
    "region__name",
)

_sources = []


def register_place_source(source):
    """Add `source(*, paths=None)`, which returns place rows (dicts with `PLACE_FIELDS`)
    ordered by title: of every live place, or with `paths`, of the places at those tree
    paths whatever their state."""
    if source not in _sources:
        _sources.append(source)


def place_rows(*, paths=None):
    """The place rows of every registered source (see `register_place_source`)."""
    rows = []
    for source in _sources:
        rows.extend(source(paths=paths))
    return rows


def place_row(path):
    """The row of the place at a tree path, or None (one query)."""
    rows = place_rows(paths=[path])
    return rows[0] if rows else None
