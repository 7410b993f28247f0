"""Helpers for tests that read rendered pages."""

import re

from django.utils.html import escape
from django.utils.translation import gettext, override
from wagtail.models import Locale


def translation(page, language):
    return page.get_translation(Locale.objects.get(language_code=language))


def interface(language, text):
    """An interface string as the page in `language` shows it."""
    with override(language):
        return escape(gettext(text))


def text_of(response):
    """The HTML with runs of ASCII white space collapsed (the thin spaces of numbers stay)."""
    return re.sub(r"[ \t\r\n]+", " ", response.content.decode())
