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


def streamed(response):
    """The whole body of a streamed response (an import's confirmation: the import runs
    while it is read)."""
    assert response.streaming
    return b"".join(response.streaming_content).decode()
