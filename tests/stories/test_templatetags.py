"""The stories' template filters."""

import pytest

from stories.templatetags.stories_tags import percent


@pytest.mark.parametrize(
    ("value", "shown"),
    [(48.4, "48"), (49.6, "50"), (100, "100"), (0, "0"), (0.0002, "<1"), (0.49, "<1"), (0.5, "1")],
)
def test_percent_rounds_to_whole_numbers_and_never_shows_a_sliver_as_zero(value, shown):
    assert percent(value) == shown


@pytest.mark.parametrize("value", [None, "", "abc"])
def test_percent_of_nothing_is_empty(value):
    assert percent(value) == ""
