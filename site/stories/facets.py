"""Filtering, disjunctive facet counts and sorting of the story index, in Python over the
compact story records of `selectors.story_facts`.

Why in Python: the records of every live story of a language fit in a few hundred kilobytes
and are cached, so a facet count is a loop rather than a query per facet value, and the
number of queries of the index stays the same from 234 stories to several thousand.

Facets are OR within one facet and AND across facets. Each value's count is the number of
stories it would give with the other facets' filters (and the search) as they are:
standard disjunctive faceting.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from .choices import StorySort

FACETS = (
    ("region", _("Region")),
    ("district", _("District")),
    ("municipality", _("Municipality")),
    ("topic", _("Topic")),
    ("programme", _("Programme")),
    ("year", _("Year")),
    ("group", _("Vulnerable group")),
)
FACET_NAMES = tuple(name for name, _label in FACETS)
FACET_LABELS = dict(FACETS)
YEAR_MIN = 1991
YEAR_MAX = 2100
MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 80
MAX_PAGE_DIGITS = 9
FOLDED_FACETS = {"district", "municipality", "year"}
# Facets shown only once one of these is chosen (or the facet itself is).
DRILL_DOWN = {"district": ("region",), "municipality": ("region", "district")}


@dataclass(frozen=True, slots=True)
class StoryFact:
    """What the index needs to know about one live story, without loading the page."""

    id: int
    path: str
    year: int | None
    programme: str
    topics: tuple[str, ...]
    groups: tuple[str, ...]
    municipality: str
    district: str
    region: str
    people: int | None
    community: int | None
    total: int | None
    grant: int | None
    municipal: int | None
    other: int | None
    # A story not yet translated into the facts' language is listed in its own: the
    # language code it is shown in, and its URL under this language's interface.
    language: str = ""
    fallback_url_path: str = ""

    def values(self, facet):
        """The facet values of this story, as strings (a story has several topics)."""
        if facet == "topic":
            return self.topics
        if facet == "group":
            return self.groups
        if facet == "year":
            return (str(self.year),) if self.year else ()
        value = getattr(self, facet)
        return (value,) if value else ()


@dataclass(frozen=True, slots=True)
class MunicipalityFact:
    slug: str
    title: str
    url_path: str
    district: str
    district_name: str
    region: str
    region_name: str


@dataclass(frozen=True, slots=True)
class Label:
    """A facet value as readers see it."""

    value: str
    name: str
    colour: str = ""
    parent: str = ""


@dataclass
class StoryFacts:
    """Every live story of one language, with the labels of every facet value."""

    locale_id: int
    stories: list  # of StoryFact, newest first
    municipalities: dict  # slug -> MunicipalityFact
    municipality_paths: dict  # page path -> slug
    labels: dict  # facet -> list of Label, in display order
    index_url_path: str | None
    aliases: dict  # place key -> frozenset of (facet, slug)

    def label(self, facet, value):
        for label in self.labels.get(facet, ()):
            if label.value == value:
                return label
        return None

    def known(self, facet, value):
        if facet == "year":
            return True
        return any(label.value == value for label in self.labels.get(facet, ()))


@dataclass
class IndexState:
    """The reader's request, cleaned: filters, search, sort and page."""

    filters: dict = field(default_factory=dict)  # facet -> list of values, in URL order
    order: list = field(default_factory=list)  # (facet, value) in URL order
    q: str = ""
    sort: str = StorySort.NEWEST
    sort_given: bool = False
    page: int = 1
    ignored: list = field(default_factory=list)  # (facet label, raw value)

    @property
    def is_filtered(self):
        return bool(self.order)

    def params(self, *, filters=None, q=None, sort=None, page=None):
        filters = self.filters if filters is None else filters
        q = self.q if q is None else q
        sort = self.sort if sort is None else sort
        pairs = [("q", q)] if q else []
        for facet in FACET_NAMES:
            pairs += [(facet, value) for value in filters.get(facet, ())]
        if sort != StorySort.NEWEST:
            pairs.append(("sort", sort))
        if page and page > 1:
            pairs.append(("page", str(page)))
        return pairs

    def query(self, **changes):
        encoded = urlencode(self.params(**changes))
        return f"?{encoded}" if encoded else "?"

    def toggled(self, facet, value):
        filters = {name: list(values) for name, values in self.filters.items()}
        values = filters.setdefault(facet, [])
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return self.query(filters=filters)

    def only(self, facet, value, *, dropping=()):
        """This state with `facet` set to just `value` and the `dropping` facets cleared
        (the region map's links drop the district and municipality of another region)."""
        filters = {
            name: list(values) for name, values in self.filters.items() if name not in dropping
        }
        filters[facet] = [value]
        return self.query(filters=filters)


def parse_year(raw):
    text = raw.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 4:
        return None
    year = int(text)
    return str(year) if YEAR_MIN <= year <= YEAR_MAX else None


def parse_page(raw):
    text = (raw or "").strip()
    if not text.isascii() or not text.isdigit():
        return 1
    return max(1, int(text[:MAX_PAGE_DIGITS]))


def parse_state(params, facts, clean_query):
    """An IndexState from GET parameters; what cannot be used is listed in `ignored`."""
    state = IndexState()
    for facet in FACET_NAMES:
        for raw in params.getlist(facet)[:MAX_VALUES_PER_FACET]:
            value = raw.strip()[:MAX_VALUE_LENGTH]
            if not value:
                continue
            value = parse_year(value) if facet == "year" else value.lower()
            if value is None or not facts.known(facet, value):
                state.ignored.append((FACET_LABELS[facet], raw[:MAX_VALUE_LENGTH]))
                continue
            values = state.filters.setdefault(facet, [])
            if value not in values:
                values.append(value)
                state.order.append((facet, value))
    state.q = clean_query(params.get("q", ""))
    sort = params.get("sort", "")
    state.sort_given = "sort" in params
    state.sort = sort if sort in StorySort.values else StorySort.NEWEST
    state.page = parse_page(params.get("page"))
    return state


def _matches(fact, facet, wanted):
    return any(value in wanted for value in fact.values(facet))


def filter_stories(stories, filters, search_ids=None, *, skip=None):
    """Stories matching every facet's filter but `skip`'s, and the search when given."""
    active = [(facet, set(values)) for facet, values in filters.items() if values and facet != skip]
    return [
        fact
        for fact in stories
        if (search_ids is None or fact.id in search_ids)
        and all(_matches(fact, facet, wanted) for facet, wanted in active)
    ]


def facet_counts(stories, filters, search_ids=None):
    """facet -> {value: count}: disjunctive counts under the other facets' filters."""
    counts = {}
    unfiltered = None
    for facet in FACET_NAMES:
        if filters.get(facet):
            pool = filter_stories(stories, filters, search_ids, skip=facet)
        else:
            if unfiltered is None:
                unfiltered = filter_stories(stories, filters, search_ids)
            pool = unfiltered
        tally = {}
        for fact in pool:
            for value in fact.values(facet):
                tally[value] = tally.get(value, 0) + 1
        counts[facet] = tally
    return counts


def _nulls_last_desc(value):
    return (value is None, -(value or 0))


def sort_stories(stories, sort):
    """Stories in the reader's order; ties keep the newest-first order of the records."""
    if sort == StorySort.BENEFICIARIES:
        return sorted(stories, key=lambda fact: _nulls_last_desc(fact.people))
    if sort == StorySort.COMMUNITY:
        return sorted(stories, key=lambda fact: _nulls_last_desc(fact.community))
    return list(stories)


def facet_groups(facts, state, counts):
    """The facet panel: for each facet its values with counts and toggle links; values
    giving no story are left out unless they are selected. Districts appear once a
    region is chosen, municipalities once a region or a district is (a drill-down rather
    than 80 links on a phone; a place name typed in the search works at any time)."""
    groups = []
    for facet, label in FACETS:
        active = state.filters.get(facet, [])
        parents = DRILL_DOWN.get(facet)
        if parents and not active and not any(state.filters.get(name) for name in parents):
            continue
        tally = counts.get(facet, {})
        labels = list(facts.labels.get(facet, ()))
        known = {item.value for item in labels}
        labels += [Label(value=value, name=value) for value in active if value not in known]
        values = [
            {
                "value": item.value,
                "name": item.name,
                "colour": item.colour,
                "count": tally.get(item.value, 0),
                "active": item.value in active,
                "url": state.toggled(facet, item.value),
            }
            for item in labels
            if tally.get(item.value) or item.value in active
        ]
        if values:
            groups.append(
                {
                    "name": facet,
                    "label": label,
                    "values": values,
                    "active": len(active),
                    # Long lists of places and years start folded unless one is selected.
                    "open": bool(active) or facet not in FOLDED_FACETS or len(values) <= 8,
                }
            )
    return groups


def active_chips(facts, state):
    """One removable chip per selected value, in the order of the URL."""
    chips = []
    for facet, value in state.order:
        item = facts.label(facet, value)
        chips.append(
            {
                "facet": facet,
                "facet_label": FACET_LABELS[facet],
                "name": item.name if item else value,
                "url": state.toggled(facet, value),
            }
        )
    return chips
