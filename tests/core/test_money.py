"""Money split by its sources (core.money), as one story and the home page show it."""

import pytest
from django.utils import translation

from core.money import MONEY_SOURCES, split_money


def parts(**amounts):
    return [(key, label, amounts.get(key)) for key, label in MONEY_SOURCES]


def test_segments_keep_the_order_of_the_sources_and_share_the_recorded_total():
    money = split_money(parts(other=100, grant=600, community=300), recorded_total=1_000)

    assert [(s["key"], s["amount"], s["share"]) for s in money["segments"]] == [
        ("grant", 600, 60),
        ("community", 300, 30),
        ("other", 100, 10),
    ]
    assert (money["total"], money["total_given"]) == (1_000, True)


def test_a_total_larger_than_its_sources_leaves_a_part_not_broken_down():
    money = split_money(parts(grant=250), recorded_total=1_000)

    with translation.override("en"):
        labels = [(s["key"], str(s["label"]), s["share"]) for s in money["segments"]]
    assert labels == [
        ("grant", "Grant / donor", 25),
        ("rest", "Not broken down", 75),
    ]


def test_sources_larger_than_the_recorded_total_make_the_total():
    money = split_money(parts(grant=150, municipal=50), recorded_total=100)

    assert (money["total"], money["total_given"]) == (200, False)
    assert [s["share"] for s in money["segments"]] == [75, 25]


def test_without_a_recorded_total_the_sources_make_it():
    money = split_money(parts(grant=30, municipal=10))

    assert (money["total"], money["total_given"]) == (40, False)


def test_children_show_below_their_part_with_their_share_of_the_total():
    money = split_money(
        parts(grant=500, community=500),
        recorded_total=1_000,
        children={
            "community": [
                ("cash", "cash", 200),
                ("kind", "in kind", None),
                ("labour", "labour", 300),
            ]
        },
    )

    grant, community = money["segments"]
    assert grant["children"] == []
    assert community["children"] == [
        {"key": "cash", "label": "cash", "amount": 200, "share": 20},
        {"key": "labour", "label": "labour", "amount": 300, "share": 30},
    ]


@pytest.mark.parametrize("recorded_total", [None, 0])
def test_no_money_makes_no_segments(recorded_total):
    assert split_money(parts(grant=0, municipal=None), recorded_total=recorded_total) == {
        "total": 0,
        "total_given": False,
        "segments": [],
    }
