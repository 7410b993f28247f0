"""Kyrgyz formats. Numbers: a decimal comma, as in Kyrgyz official documents (Django's own
Kyrgyz locale uses a point). Dates as Kyrgyz writes them: «2024-жылдын 30-апрели», the
month in lower case and, after the day, in the possessive form («30-апрели», «1-майы»);
the month names come from the ky catalogue (see core.l10n.MONTH_NAMES). Everything else
comes from Django's ky locale."""

from django.conf.locale.ky.formats import *  # noqa: F403

DATE_FORMAT = "Y-жылдын j-E"
DATETIME_FORMAT = "Y-жылдын j-E, G:i"
YEAR_MONTH_FORMAT = "Y-жылдын E"
MONTH_DAY_FORMAT = "j-F"
DECIMAL_SEPARATOR = ","
