"""Numbers read the way Kyrgyz and Russian readers write them."""

from django.utils import formats, translation


def test_kyrgyz_numbers_use_a_decimal_comma():
    with translation.override("ky"):
        assert formats.number_format(399.5, 1) == "399,5"


def test_english_numbers_keep_the_point():
    with translation.override("en"):
        assert formats.number_format(399.5, 1) == "399.5"
