"""One listing layer for every filterable list: the story index, the news, the
municipality index and the service search.

An app declares its listing once (`ListingSpec`: its facets, sorts and page size) and
says how a record matches; this module does the rest the same way everywhere:

- **Grammar.** `?q=<text>&<facet>=<value>&<facet>=<value>&sort=<sort>&page=<n>`. A facet
  may be repeated: values of one facet are OR, facets are AND. Values are slugs (matched
  without regard to case or surrounding spaces), years, or one of a facet's fixed choices.
  What cannot be used (an unknown value, a year that is not a year, too many or too long
  values) is dropped and listed in `ListingState.ignored`, which every listing shows as a
  visible notice; nothing a reader types can make a listing fail.
- **Facet counts** are disjunctive: each value's count is how many records it would give
  with the other facets' filters (and the search) as they are. They are counted either in
  Python over compact records (`python_counts`: the stories' cached records, the
  municipalities) or in the database with one GROUP BY per facet (`database_counts`: news,
  services), so the number of queries of a listing never depends on how many records
  there are (docs/architecture.md, "One listing layer").
- **What the page shows**: facet groups with toggle links, removable chips, sort options,
  a page of results with an elided page range, the suggestions of the empty state and the
  hidden fields that keep the filters when the search is submitted (`listing_context`),
  rendered by `templates/includes/listing/*.html`. The exports (`partners.datasets`) ask
  the app's matching function, the same one the page uses, with the same parameters.
"""

import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count

MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 80
MAX_PAGE_DIGITS = 9
YEAR_MIN = 1991
YEAR_MAX = 2100
# Lists of more values than this start folded unless one of them is chosen.
FOLD_ABOVE = 8
QUERY_MAX_LENGTH = 200
# Unicode categories dropped from a query: controls (NUL), formatting marks (RTL, zero
# width), surrogates, private use, unassigned code points and symbols (emoji).
DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "So", "Sk"}


class FacetKind:
    SLUG = "slug"  # a reference's slug (region, topic …), checked against the labels
    YEAR = "year"  # a year between YEAR_MIN and YEAR_MAX
    CHOICE = "choice"  # one of the facet's own fixed `choices`


@dataclass(frozen=True)
class Facet:
    """One filter of a listing: its URL parameter, its label and what a value may be.

    `parents`: the facet is shown only once one of these facets (or itself) is chosen, a
    drill-down (districts once a region is chosen) rather than hundreds of links on a
    phone. `folded`: a long list starts folded unless one of its values is chosen."""

    name: str
    label: object
    kind: str = FacetKind.SLUG
    choices: tuple = ()  # ((value, label), …) for FacetKind.CHOICE
    parents: tuple = ()
    folded: bool = False

    def clean(self, raw):
        """The value `raw` stands for, or None when it cannot be one of this facet's."""
        text = raw.strip()[:MAX_VALUE_LENGTH]
        if not text:
            return None
        if self.kind == FacetKind.YEAR:
            return parse_year(text)
        value = text.lower()
        if self.kind == FacetKind.CHOICE and value not in dict(self.choices):
            return None
        return value

    def choice_labels(self):
        return [Label(value=value, name=label) for value, label in self.choices]


@dataclass(frozen=True, slots=True)
class Label:
    """A facet value as readers see it."""

    value: str
    name: str
    colour: str = ""
    parent: str = ""


@dataclass(frozen=True)
class ListingSpec:
    """What a listing offers: its facets, its sorts (the first is the default) and how
    many results a page shows."""

    key: str
    facets: tuple
    sorts: tuple  # ((value, label), …)
    per_page: int = 12
    searchable: bool = True

    @property
    def names(self):
        return tuple(facet.name for facet in self.facets)

    @property
    def default_sort(self):
        return self.sorts[0][0] if self.sorts else ""

    def facet(self, name):
        return next((facet for facet in self.facets if facet.name == name), None)


@dataclass
class ListingState:
    """The reader's request, cleaned: filters, search, sort and page."""

    spec: ListingSpec
    filters: dict = field(default_factory=dict)  # facet -> list of values, in URL order
    order: list = field(default_factory=list)  # (facet, value): facets' order, then URL's
    q: str = ""
    sort: str = ""
    sort_given: bool = False
    page: int = 1
    ignored: list = field(default_factory=list)  # (facet label, raw value)

    @property
    def is_filtered(self):
        return bool(self.order)

    @property
    def noindex(self):
        """Filtered, searched, sorted or later pages are not for search engines."""
        return bool(self.order or self.q or self.sort_given or self.page > 1 or self.ignored)

    def params(self, *, filters=None, q=None, sort=None, page=None):
        filters = self.filters if filters is None else filters
        q = self.q if q is None else q
        sort = self.sort if sort is None else sort
        pairs = [("q", q)] if q else []
        for name in self.spec.names:
            pairs += [(name, value) for value in filters.get(name, ())]
        if sort and sort != self.spec.default_sort:
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
        (a region map's links drop the district and municipality of another region)."""
        filters = {
            name: list(values) for name, values in self.filters.items() if name not in dropping
        }
        filters[facet] = [value]
        return self.query(filters=filters)


def clean_query(raw):
    """The reader's query made safe: bounded, NFKC-normalised, without control or format
    characters, lone surrogates, emoji or other symbols, with collapsed spaces, at most
    QUERY_MAX_LENGTH characters. Every search of the site cleans its query with this one
    (`stories.search` re-exports it)."""
    if not raw:
        return ""
    text = unicodedata.normalize("NFKC", str(raw)[: QUERY_MAX_LENGTH * 4])
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in DROPPED_CATEGORIES or category.startswith("Z") or char == "\ufffd":
            kept.append(" ")
        else:
            kept.append(char)
    return " ".join("".join(kept).split())[:QUERY_MAX_LENGTH].strip()


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


def parse_state(spec, params, *, known, clean_query=None):
    """A ListingState of `spec` from GET `params`. `known(facet, value)` says whether a
    cleaned slug names something that exists; what cannot be used goes to `ignored`."""
    state = ListingState(spec=spec, sort=spec.default_sort)
    for facet in spec.facets:
        for raw in params.getlist(facet.name)[:MAX_VALUES_PER_FACET]:
            if not raw.strip():
                continue
            value = facet.clean(raw)
            if value is None or (facet.kind == FacetKind.SLUG and not known(facet.name, value)):
                state.ignored.append((facet.label, raw[:MAX_VALUE_LENGTH]))
                continue
            values = state.filters.setdefault(facet.name, [])
            if value not in values:
                values.append(value)
                state.order.append((facet.name, value))
    if spec.searchable and clean_query is not None:
        state.q = clean_query(params.get("q", ""))
    sort = params.get("sort", "")
    state.sort_given = "sort" in params
    state.sort = sort if sort in dict(spec.sorts) else spec.default_sort
    state.page = parse_page(params.get("page"))
    return state


# ---- Counting -------------------------------------------------------------------------


def python_filter(records, filters, values_of, *, matches=None, skip=None):
    """Records matching every facet's filter but `skip`'s, and `matches` (the search)
    when given. `values_of(record, facet)` gives a record's values of a facet."""
    active = [(facet, set(values)) for facet, values in filters.items() if values and facet != skip]
    return [
        record
        for record in records
        if (matches is None or matches(record))
        and all(
            any(value in wanted for value in values_of(record, facet)) for facet, wanted in active
        )
    ]


def python_counts(records, filters, values_of, names, *, matches=None):
    """facet -> {value: count}: disjunctive counts over records in memory, in one pass: a
    record matching every filter counts for every facet; a record failing exactly one
    facet's filter counts for that facet only (its other values would not be shown
    together with that filter); a record failing two counts nowhere."""
    active = [(facet, set(values)) for facet, values in filters.items() if values]
    counts = {name: {} for name in names}
    for record in records:
        if matches is not None and not matches(record):
            continue
        failed = None
        for facet, wanted in active:
            if not any(value in wanted for value in values_of(record, facet)):
                if failed is not None:
                    break
                failed = facet
        else:
            for name in (failed,) if failed is not None else names:
                tally = counts[name]
                for value in values_of(record, name):
                    tally[value] = tally.get(value, 0) + 1
    return counts


class FacetIndex:
    """Records held in memory (a language's stories), indexed once per record set for
    filtering and counting at a cost that does not grow with the records.

    Each facet value has a bitmask, a Python int whose bit i says whether the i-th record
    has that value. A filter is then an OR of a facet's masks and an AND across facets,
    and a count the set bits of an AND (`int.bit_count`): word operations over n/64
    machine words done in C, a few microseconds at 10,000 records, instead of a Python
    loop over every record per request (`python_counts`, which gives the same numbers).
    A page of results is found from the mask without listing the rest (`Matching`).

    `key(record)` names a record (its id), so a search's set of ids becomes a mask;
    `orders` maps a sort to a key function (None: the records' own order): each sort gets
    its own index, in its order, made on first use."""

    def __init__(self, records, values_of, names, *, key=None, orders=None):
        self.records = tuple(records)
        self.names = tuple(names)
        self.key = key
        self.orders = orders or {}
        self.all = (1 << len(self.records)) - 1
        positions = {name: {} for name in self.names}
        for position, record in enumerate(self.records):
            for name in self.names:
                tally = positions[name]
                for value in values_of(record, name):
                    tally.setdefault(value, []).append(position)
        self.masks = {
            name: {value: _mask(found, len(self.records)) for value, found in values.items()}
            for name, values in positions.items()
        }
        self.position = (
            {key(record): position for position, record in enumerate(self.records)}
            if key is not None
            else {}
        )
        self._values_of = values_of
        self._sorted = {}
        self._unfiltered = None
        # The last `keys` given and their mask, as one pair (threads may share the index):
        # a request filters and counts with the same search results.
        self._last_keys = (None, None)

    def ordered(self, sort):
        """The index of the same records in the order of `sort` (made once, then kept)."""
        order = self.orders.get(sort)
        if order is None:
            return self
        index = self._sorted.get(sort)
        if index is None:
            index = self._sorted[sort] = FacetIndex(
                sorted(self.records, key=order), self._values_of, self.names, key=self.key
            )
        return index

    def keys_mask(self, keys):
        """The mask of the records named by `keys` (None: every record). The mask of the
        last `keys` is kept for the next call with the same object, so a set of search
        results must not change once given."""
        if keys is None:
            return self.all
        last_keys, last_mask = self._last_keys
        if last_keys is keys:
            return last_mask
        position = self.position
        found = _mask([position[k] for k in keys if k in position], len(self.records))
        self._last_keys = (keys, found)
        return found

    def _facet_masks(self, filters):
        return {
            facet: _or(self.masks.get(facet, {}).get(value, 0) for value in values)
            for facet, values in filters.items()
            if values
        }

    def mask(self, filters, keys=None):
        """The records matching every facet's filter and, when given, named by `keys`."""
        found = self.keys_mask(keys)
        for facet_mask in self._facet_masks(filters).values():
            found &= facet_mask
        return found

    def matching(self, filters, keys=None):
        """The matching records in this index's order, as a sequence (`Matching`)."""
        return Matching(self.records, self.mask(filters, keys))

    def counts(self, filters, keys=None):
        """facet -> {value: count}: disjunctive counts, as `python_counts` gives them
        (values no matching record has are left out). Unfiltered and unsearched, they are
        counted once and kept."""
        unfiltered = keys is None and not any(filters.values())
        if unfiltered and self._unfiltered is not None:
            return self._unfiltered
        searched = self.keys_mask(keys)
        by_facet = self._facet_masks(filters)
        counts = {}
        for name in self.names:
            pool = searched
            for facet, facet_mask in by_facet.items():
                if facet != name:
                    pool &= facet_mask
            tally = {}
            if pool:
                for value, value_mask in self.masks[name].items():
                    count = (pool & value_mask).bit_count()
                    if count:
                        tally[value] = count
            counts[name] = tally
        if unfiltered:
            self._unfiltered = counts
        return counts


def _mask(positions, size):
    """The int whose bits at `positions` are set (built as bytes: one pass, no big-int
    arithmetic per bit)."""
    if not positions:
        return 0
    bits = bytearray((size + 7) // 8)
    for position in positions:
        bits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


def _or(masks):
    found = 0
    for mask in masks:
        found |= mask
    return found


class Matching:
    """The records of a mask in their index's order, as a read-only sequence: its length
    is the mask's bit count, and a slice (a page) finds its records by skipping set bits
    (a binary search over bit counts), not by listing every match first."""

    __slots__ = ("_records", "_mask", "_length")

    def __init__(self, records, mask):
        self._records = records
        self._mask = mask
        self._length = mask.bit_count()

    def __len__(self):
        return self._length

    def __bool__(self):
        return bool(self._length)

    def __iter__(self):
        bits = format(self._mask, "b")[::-1] if self._mask else ""
        records = self._records
        return (records[position] for position, bit in enumerate(bits) if bit == "1")

    def __getitem__(self, item):
        if isinstance(item, slice):
            start, stop, step = item.indices(self._length)
            if step != 1:
                return list(self)[item]
            if stop <= start:
                return []
            return [self._records[p] for p in _set_bits(self._mask, start, stop - start)]
        index = item + self._length if item < 0 else item
        if not 0 <= index < self._length:
            raise IndexError(item)
        return self._records[_set_bits(self._mask, index, 1)[0]]


def _set_bits(mask, skip, count):
    """The positions of the set bits of `mask` after the first `skip`, at most `count`."""
    offset = 0
    if skip:
        low, high = 0, mask.bit_length()
        # The fewest low bits holding `skip` set bits.
        while low < high:
            middle = (low + high) // 2
            if (mask & ((1 << middle) - 1)).bit_count() >= skip:
                high = middle
            else:
                low = middle + 1
        mask >>= low
        offset = low
    positions = []
    while mask and len(positions) < count:
        lowest = mask & -mask
        position = lowest.bit_length() - 1
        positions.append(offset + position)
        mask ^= lowest
    return positions


@dataclass(frozen=True)
class DatabaseFacet:
    """How the database filters and groups one facet of a listing: `lookup(values)` gives
    the Q object of "any of these values"; `group` is what the rows are grouped by (a
    field path or an annotation of the queryset) and `value_of(key)` turns a group's key
    into the facet's values (a municipality's path into its region, say). `many`: the
    group goes through a many-to-many relation (a record has several values), so it is
    counted on its own."""

    lookup: object
    group: str
    value_of: object = None
    many: bool = False


def choice_total(counts, filters, name):
    """How many records a listing's filters give, from the counts of `name`, a facet of
    which every record has exactly one value (news: central or municipal; services: free
    or paid): its counts are under every other filter, so the total is the sum of its
    chosen values' counts (of all of them when it is not filtered). No COUNT query."""
    chosen = filters.get(name)
    return sum(count for value, count in counts[name].items() if not chosen or value in chosen)


def database_filter(queryset, filters, facets, *, skip=None):
    for facet, values in filters.items():
        if values and facet != skip:
            queryset = queryset.filter(facets[facet].lookup(values))
    return queryset


def database_counts(queryset, filters, facets):
    """facet -> {value: count}: disjunctive counts in the database, a few GROUP BY
    queries whatever the number of rows. The facets counted under the same filters (every
    facet without a filter of its own, say) share one query grouped by all their fields
    at once: a record has one value of each, so its row's count is added to each facet's
    value. A facet through a many-to-many relation (`many`) has a query of its own.
    `facets` maps facet names to DatabaseFacet."""
    batches = {}
    for name, facet in facets.items():
        applied = tuple(
            (other, tuple(values)) for other, values in filters.items() if values and other != name
        )
        key = (applied, facet.group if facet.many else None)
        batches.setdefault(key, {"skip": name, "facets": []})["facets"].append(name)
    counts = {}
    for batch in batches.values():
        pool = database_filter(queryset, filters, facets, skip=batch["skip"])
        groups = list(dict.fromkeys(facets[name].group for name in batch["facets"]))
        rows = (
            pool.order_by()
            .values(*groups)
            .annotate(listing_count=Count("pk", distinct=True))
            .values_list(*groups, "listing_count")
        )
        tallies = {name: {} for name in batch["facets"]}
        for row in rows:
            keys, count = dict(zip(groups, row[:-1], strict=True)), row[-1]
            for name in batch["facets"]:
                facet = facets[name]
                group_key = keys[facet.group]
                if group_key is None or group_key == "":
                    continue
                values = facet.value_of(group_key) if facet.value_of else (group_key,)
                tally = tallies[name]
                for value in values:
                    value = str(value).lower()
                    tally[value] = tally.get(value, 0) + count
        counts.update(tallies)
    return {name: counts[name] for name in facets}


# ---- What the page shows ----------------------------------------------------------------


def facet_groups(state, labels, counts):
    """The facet panel: for each facet its values with counts and toggle links; values
    giving no record are left out unless they are selected. `labels` maps each facet to
    its Labels in display order."""
    groups = []
    for facet in state.spec.facets:
        active = state.filters.get(facet.name, [])
        if (
            facet.parents
            and not active
            and not any(state.filters.get(name) for name in facet.parents)
        ):
            continue
        tally = counts.get(facet.name, {})
        items = list(labels.get(facet.name, ()))
        known = {item.value for item in items}
        items += [Label(value=value, name=value) for value in active if value not in known]
        values = [
            {
                "value": item.value,
                "name": item.name,
                "colour": item.colour,
                "count": tally.get(item.value, 0),
                "active": item.value in active,
                "url": state.toggled(facet.name, item.value),
            }
            for item in items
            if tally.get(item.value) or item.value in active
        ]
        if values:
            groups.append(
                {
                    "name": facet.name,
                    "label": facet.label,
                    "values": values,
                    "active": len(active),
                    "open": bool(active) or not facet.folded or len(values) <= FOLD_ABOVE,
                }
            )
    return groups


def label_name(labels, facet, value):
    for item in labels.get(facet, ()):
        if item.value == value:
            return item.name
    return value


def active_chips(state, labels):
    """One removable chip per selected value (`state.order`)."""
    return [
        {
            "facet": facet,
            "facet_label": state.spec.facet(facet).label,
            "name": label_name(labels, facet, value),
            "url": state.toggled(facet, value),
        }
        for facet, value in state.order
    ]


def empty_suggestions(state, labels):
    """What to suggest when nothing matches: drop the last filter, clear the search."""
    suggestions = []
    if state.order:
        facet, value = state.order[-1]
        suggestions.append(
            {
                "kind": "filter",
                "name": label_name(labels, facet, value),
                "url": state.toggled(facet, value),
            }
        )
    if state.q:
        suggestions.append({"kind": "search", "name": state.q, "url": state.query(q="")})
    return suggestions


def paginate(items, state, per_page, *, count=None):
    """The page of `items` the state asks for; past the end, the last page. `count`, when
    the caller knows how many items there are (from the facet counts), saves the database
    a COUNT of the filtered query."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached property: the known number is used instead
    number = min(state.page, paginator.num_pages)
    page_obj = paginator.page(number)
    page_range = list(paginator.get_elided_page_range(number, on_each_side=1, on_ends=1))
    return page_obj, page_range


def listing_context(*, state, labels, counts, page_obj, page_range, total_count):
    """What `templates/includes/listing/*.html` need, under the same names on every
    listing page."""
    count = page_obj.paginator.count
    return {
        "state": state,
        "page_obj": page_obj,
        "page_range": page_range,
        "result_count": count,
        "total_count": total_count,
        "facet_groups": facet_groups(state, labels, counts),
        "active_chips": active_chips(state, labels),
        "ignored_filters": state.ignored,
        "empty_suggestions": empty_suggestions(state, labels) if not count else [],
        "sort_options": [
            {
                "value": value,
                "label": label,
                "url": state.query(sort=value),
                "active": value == state.sort,
            }
            for value, label in state.spec.sorts
        ],
        "clear_url": state.query(filters={}, q="", sort=state.spec.default_sort),
        "search_clear_url": state.query(q=""),
        "hidden_params": [pair for pair in state.params() if pair[0] != "q"],
        "noindex": state.noindex,
    }
