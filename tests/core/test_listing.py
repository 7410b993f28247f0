"""The listing layer on its own: the grammar, the state's links, disjunctive counts."""

import pytest
from django.http import QueryDict

from core.listing import (
    Facet,
    FacetIndex,
    FacetKind,
    Label,
    ListingSpec,
    active_chips,
    clean_query,
    empty_suggestions,
    facet_groups,
    parse_state,
    python_counts,
    python_filter,
)

SPEC = ListingSpec(
    key="things",
    facets=(
        Facet("colour", "Colour"),
        Facet("shade", "Shade", parents=("colour",)),
        Facet("size", "Size", kind=FacetKind.CHOICE, choices=(("s", "Small"), ("l", "Large"))),
        Facet("year", "Year", kind=FacetKind.YEAR, folded=True),
    ),
    sorts=(("name", "Name"), ("size", "Size")),
)
KNOWN = {"colour": {"red", "blue"}, "shade": {"dark", "light"}}
LABELS = {
    "colour": [Label("red", "Red"), Label("blue", "Blue")],
    "shade": [Label("dark", "Dark"), Label("light", "Light")],
    "size": [Label("s", "Small"), Label("l", "Large")],
    "year": [Label("2020", "2020"), Label("2021", "2021")],
}
THINGS = [
    {"colour": ("red",), "shade": ("dark",), "size": ("s",), "year": ("2020",)},
    {"colour": ("red",), "shade": ("light",), "size": ("l",), "year": ("2021",)},
    {"colour": ("blue",), "shade": ("dark",), "size": ("l",), "year": ("2021",)},
]


def values_of(thing, facet):
    return thing[facet]


def state_of(query):
    return parse_state(
        SPEC,
        QueryDict(query),
        known=lambda facet, value: value in KNOWN.get(facet, ()),
        clean_query=clean_query,
    )


def test_the_grammar_repeats_filters_and_keeps_their_order():
    state = state_of("colour=BLUE&q=  a  b &colour=red&colour=blue&size=l&sort=size&page=3")
    assert state.filters == {"colour": ["blue", "red"], "size": ["l"]}
    assert state.order == [("colour", "blue"), ("colour", "red"), ("size", "l")]
    assert (state.q, state.sort, state.page) == ("a b", "size", 3)
    # Links of the page (filters, sort) lead back to its first page.
    assert state.query() == "?q=a+b&colour=blue&colour=red&size=l&sort=size"
    assert state.query(page=3).endswith("&sort=size&page=3")
    assert state.noindex


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("colour=green", [("Colour", "green")]),
        ("size=xl", [("Size", "xl")]),
        ("year=1800&year=20x0", [("Year", "1800"), ("Year", "20x0")]),
        ("colour=" + "r" * 200, [("Colour", "r" * 80)]),
    ],
)
def test_what_cannot_be_used_is_ignored_and_listed(query, ignored):
    state = state_of(query)
    assert state.filters == {}
    assert state.ignored == ignored
    assert state.noindex


def test_a_facet_takes_at_most_thirty_values():
    state = state_of("&".join(["colour=red"] * 29 + ["colour=blue"] * 5))
    assert state.filters == {"colour": ["red", "blue"]}
    assert len(state_of("&".join(f"colour=c{n}" for n in range(100))).ignored) == 30


@pytest.mark.parametrize("raw", ["", "0", "-1", "abc", "٣", "²", "1e3"])
def test_a_page_that_is_not_a_positive_number_is_the_first(raw):
    assert state_of(f"page={raw}").page == 1


def test_an_unknown_sort_is_the_default_and_the_default_is_not_written():
    state = state_of("sort=bogus")
    assert state.sort == "name"
    assert state.query() == "?"
    assert state.query(sort="size") == "?sort=size"


def test_toggling_adds_or_removes_a_value_and_goes_back_to_the_first_page():
    state = state_of("colour=red&page=2")
    assert state.toggled("colour", "blue") == "?colour=red&colour=blue"
    assert state.toggled("colour", "red") == "?"


def test_counts_are_disjunctive():
    state = state_of("colour=red&size=l")
    counts = python_counts(THINGS, state.filters, values_of, SPEC.names)
    assert counts["colour"] == {"red": 1, "blue": 1}  # under size=l
    assert counts["size"] == {"s": 1, "l": 1}  # under colour=red
    assert counts["year"] == {"2021": 1}  # under both
    assert python_filter(THINGS, state.filters, values_of) == [THINGS[1]]


def test_facet_groups_drill_down_and_show_what_would_give_something():
    state = state_of("")
    counts = python_counts(THINGS, state.filters, values_of, SPEC.names)
    groups = facet_groups(state, LABELS, counts)
    assert [group["name"] for group in groups] == ["colour", "size", "year"]
    state = state_of("colour=blue")
    counts = python_counts(THINGS, state.filters, values_of, SPEC.names)
    shade = next(g for g in facet_groups(state, LABELS, counts) if g["name"] == "shade")
    assert [(v["value"], v["count"]) for v in shade["values"]] == [("dark", 1)]


def test_chips_and_the_empty_state_name_the_values():
    state = state_of("q=x&size=s&colour=blue")
    # In the order of the facets, then of the URL.
    assert [(chip["facet_label"], chip["name"]) for chip in active_chips(state, LABELS)] == [
        ("Colour", "Blue"),
        ("Size", "Small"),
    ]
    assert empty_suggestions(state, LABELS) == [
        {"kind": "filter", "name": "Small", "url": "?q=x&colour=blue"},
        {"kind": "search", "name": "x", "url": "?colour=blue&size=s"},
    ]


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [("Окуя\x00 1", "Окуя 1"), ("\u200fӨзгөн\u202e", "Өзгөн"), ("a" * 900, "a" * 200)],
)
def test_a_query_is_cleaned(raw, cleaned):
    assert clean_query(raw) == cleaned


def test_the_facet_index_counts_filters_and_pages_as_the_loops_do():
    """`FacetIndex` (bitmasks, once per record set) gives what the loops over every record
    give: the same disjunctive counts, the same records in the same order, any page."""
    things = [
        {
            "name": n,
            "colour": (("red", "blue", "green")[n % 3],),
            "shade": (("dark", "light")[n % 2],) if n % 5 else (),
            "size": (("s", "l")[n % 4 == 0],),
            "year": (str(2020 + n % 4), str(2021 + n % 4)) if n % 7 else (),
        }
        for n in range(150)
    ]
    index = FacetIndex(
        things,
        values_of,
        SPEC.names,
        key=lambda thing: thing["name"],
        orders={"size": lambda thing: thing["size"]},
    )
    searched = {n for n in range(150) if n % 6}
    for query in ("", "colour=red", "colour=red&colour=blue&size=l", "shade=dark&year=2022"):
        state = state_of(query)
        for keys in (None, searched):
            matches = None if keys is None else (lambda thing, keys=keys: thing["name"] in keys)
            assert index.counts(state.filters, keys) == python_counts(
                things, state.filters, values_of, SPEC.names, matches=matches
            )
            expected = python_filter(things, state.filters, values_of, matches=matches)
            matching = index.matching(state.filters, keys)
            assert list(matching) == expected
            assert len(matching) == len(expected)
            for start, stop in ((0, 12), (12, 24), (5, 6), (len(expected) - 3, 999), (40, 30)):
                assert matching[start:stop] == expected[start:stop]
            if expected:
                assert (matching[0], matching[-1]) == (expected[0], expected[-1])
            by_size = sorted(expected, key=lambda thing: thing["size"])
            assert list(index.ordered("size").matching(state.filters, keys)) == by_size


def test_the_facet_index_remembers_only_the_very_search_results_it_was_given():
    things = [{"name": n, "colour": (("red", "blue")[n % 2],)} for n in range(20)]
    index = FacetIndex(things, values_of, ("colour",), key=lambda thing: thing["name"])
    evens, odds = {0, 2, 4}, {1, 3}
    for _round in range(2):
        assert [thing["name"] for thing in index.matching({}, evens)] == [0, 2, 4]
        assert index.counts({}, evens) == {"colour": {"red": 3}}
        assert [thing["name"] for thing in index.matching({}, odds)] == [1, 3]
        # Equal results in another set object: the same records, found again.
        assert [thing["name"] for thing in index.matching({}, {0, 2, 4})] == [0, 2, 4]
