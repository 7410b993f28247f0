"""Writes shared by the apps: creating page translations with their relations localised."""

from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, TranslatableMixin


def _translated(obj, locale, cache):
    """The translation of a translatable snippet in `locale` (cached per call)."""
    if obj is None or not isinstance(obj, TranslatableMixin) or obj.locale_id == locale.pk:
        return obj
    key = (obj.__class__, obj.translation_key)
    if key not in cache:
        cache[key] = obj.get_translation_or_none(locale) or obj
    return cache[key]


def relations_localise(*, instance, locale, cache=None):
    """Point foreign keys and many-to-many fields of `instance` (a page or an inline row)
    at the translations of translatable snippets in `locale`. Saves nothing."""
    cache = {} if cache is None else cache
    for field in instance._meta.get_fields():
        related = getattr(field, "related_model", None)
        if not (related and isinstance(related, type) and issubclass(related, TranslatableMixin)):
            continue
        if issubclass(related, Page):
            continue
        if isinstance(field, models.ForeignKey):
            setattr(instance, field.name, _translated(getattr(instance, field.name), locale, cache))
        elif field.many_to_many and not field.auto_created:
            current = list(getattr(instance, field.name).all())
            getattr(instance, field.name).set([_translated(o, locale, cache) for o in current])


def page_translation_create(*, page, locale, values=None, child_values=None, publish=True):
    """Create `page`'s translation in `locale` under the translated parent.

    `values` sets fields of the translation (titles, texts); `child_values` maps a child
    relation name to a list of dicts, one per inline row in order, for translated inline
    texts. Snippet relations are localised; the translation is published when `publish`.
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    translation = page.copy_for_translation(locale).specific
    cache = {}
    relations_localise(instance=translation, locale=locale, cache=cache)
    for name, value in (values or {}).items():
        setattr(translation, name, value)
    for relation in get_all_child_relations(translation):
        name = relation.get_accessor_name()
        rows = list(getattr(translation, name).all())
        row_values = (child_values or {}).get(name, [])
        for index, row in enumerate(rows):
            relations_localise(instance=row, locale=locale, cache=cache)
            for field_name, value in (row_values[index] if index < len(row_values) else {}).items():
                setattr(row, field_name, value)
            row.save()
    if publish:
        translation.live = True
        translation.has_unpublished_changes = False
        translation.first_published_at = page.first_published_at
        translation.last_published_at = page.last_published_at
    translation.save()
    return translation
