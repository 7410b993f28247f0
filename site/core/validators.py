"""Validators shared by every app."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Control characters (line breaks, tabs, NUL, …) and the Unicode line and paragraph
# separators. Format characters (Cf) stay allowed: some scripts need the zero-width joiners.
_FORBIDDEN_CATEGORIES = {"Cc", "Zl", "Zp"}


@deconstructible
class SingleLineValidator:
    """A title, a name or any other one-line text must not hold a line break or another
    control character: they break e-mail subjects (Wagtail then drops the workflow
    notification), headers, CSV exports and the page's own layout."""

    message = _("Use one line of text, without line breaks, tabs or other control characters.")
    code = "control_characters"

    def __call__(self, value):
        if isinstance(value, str) and any(
            unicodedata.category(char) in _FORBIDDEN_CATEGORIES for char in value
        ):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, SingleLineValidator)


validate_single_line = SingleLineValidator()


def single_line_fields():
    """The one-line text fields of every page (title, SEO title) and of the project's own
    models and snippets: every CharField without fixed choices."""
    from django.apps import apps
    from django.db import models
    from wagtail.models import Page

    fields = [Page._meta.get_field("title"), Page._meta.get_field("seo_title")]
    for label in ("core", "stories", "registry", "municipalities", "home"):
        if not apps.is_installed(label):
            continue
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.get_fields(include_parents=False):
                if isinstance(field, models.CharField) and not field.choices:
                    fields.append(field)
    return fields


def install_single_line_validation():
    """Add the validator to every one-line field. The model field's validators run in every
    admin form (ModelForm validation) and on every page save (Wagtail's `full_clean`), so
    neither an editor nor an import can store a control character. Added to the field's
    validators at start-up, not to its definition, so no migration is needed."""
    for field in single_line_fields():
        if validate_single_line not in field.validators:
            field.validators.append(validate_single_line)
