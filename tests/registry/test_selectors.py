"""Reads behind the registry pages: the pipeline, comparisons, fee order."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from registry.selectors import comparison, fee_sort_key, pipeline


def test_fee_order_puts_free_services_first_then_by_fee_then_unknown_fees():
    free = SimpleNamespace(is_free=True, fee_kgs=None)
    cheap = SimpleNamespace(is_free=False, fee_kgs=Decimal(40))
    dear = SimpleNamespace(is_free=False, fee_kgs=Decimal(400))
    unknown = SimpleNamespace(is_free=False, fee_kgs=None)
    assert sorted([unknown, dear, free, cheap], key=fee_sort_key) == [free, cheap, dear, unknown]


def test_pipeline_counts_the_records_by_initiator_and_status(registers, locales):
    counts = pipeline(locale_id=locales["ky"].pk)
    assert (counts["initiated"], counts["approved"]) == (5, 2)
    assert (counts["proposed"], counts["rejected"], counts["withdrawn"]) == (1, 1, 1)
    assert counts["approved_share"] == 40
    assert counts["total"] == 7 and counts["by_residents"] == 1


def test_pipeline_of_an_empty_registry_has_no_share(locales):
    counts = pipeline(locale_id=locales["ky"].pk)
    assert counts["initiated"] == 0 and counts["approved_share"] == 0


@pytest.mark.parametrize("code", ["", "   ", "9.9", "x" * 21])
def test_comparison_of_an_unknown_code_is_none(registers, locales, code):
    assert comparison(locale_id=locales["ky"].pk, code=code, sort="fee") is None


def test_comparison_ignores_an_unknown_sort(registers, locales):
    result = comparison(locale_id=locales["en"].pk, code="2.1", sort="price")
    assert result["sort"] == "municipality"
    assert [s.municipality.title for s in result["services"]] == ["Bosteri", "Tamchy"]
