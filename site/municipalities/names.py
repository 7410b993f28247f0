"""Workflow and task names in the admin's language.

Wagtail stores a workflow's and a task's name as plain text and prints it as it is,
so Russian sentences said "Central review". The names Ashar creates are English message
ids; once loaded, such a name becomes a TranslatedName: it is still the English text for
the database, but prints in the active language (the editor's admin language, or the
recipient's in an e-mail)."""

import functools

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

# The names of services.CENTRAL_WORKFLOW, REVIEW_TASK, MUNICIPAL_WORKFLOW and
# MUNICIPAL_SIGN_OFF_TASK, written out so that makemessages finds them.
NAMES = {
    gettext_noop("Central review"),
    gettext_noop("Sign-off by the municipality, then central review"),
    gettext_noop("Sign-off by the municipality's approvers"),
}


class TranslatedName(str):
    """A str equal to its English message id that prints translated."""

    def __str__(self):
        return gettext(str.__str__(self))

    def __html__(self):
        from django.utils.html import escape

        return escape(str(self))

    def __format__(self, spec):
        return format(str(self), spec)


def name_translate(sender, instance, **kwargs):
    """post_init: make a known workflow or task name print translated."""
    name = instance.__dict__.get("name")
    if type(name) is str and name in NAMES:
        instance.name = TranslatedName(name)


@functools.cache
def _message_ids():
    """{a known name in any language: its English message id}."""
    ids = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            ids.update({gettext(name): name for name in NAMES})
    return ids


def name_untranslate(sender, instance, **kwargs):
    """pre_save: store the plain English name, also when an admin form sends back the
    translated name it showed (editing the workflow in Russian keeps its English id)."""
    name = instance.__dict__.get("name")
    if isinstance(name, TranslatedName):
        instance.name = str.__str__(name)
    elif isinstance(name, str) and name in _message_ids():
        instance.name = _message_ids()[name]
