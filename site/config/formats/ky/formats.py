"""Kyrgyz number formats: a decimal comma, as in Kyrgyz official documents (Django's own
Kyrgyz locale uses a point). Everything else comes from Django's ky locale."""

from django.conf.locale.ky.formats import *  # noqa: F403

DECIMAL_SEPARATOR = ","
