"""The reference data every deployment needs, in all content languages: the 9 regions, the
40 districts, the topics and the vulnerable groups.

The CSV files here are copies of `../shared/domain/` (its README gives the sources and
what is not verified). `reference_data_load()` is idempotent: it creates what is missing,
updates what differs from the data and leaves everything else alone, so it is safe to run
on a production database (`manage.py load_reference_data`).
"""

import csv
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from core.models import District, Region, Topic, VulnerableGroup

from .tables import REGION_CENTRES, TOPIC_DESCRIPTIONS, TOPIC_STYLE, VULNERABLE_GROUPS

DATA_DIR = Path(__file__).resolve().parent
# How the command's output names each model (in English, whatever language is active).
LABELS = {
    Region: "regions",
    District: "districts",
    Topic: "topics",
    VulnerableGroup: "vulnerable groups",
}


@cache
def csv_rows(name):
    """The rows of one of the reference CSV files, as a tuple of dicts."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def language_codes():
    """The content languages, the default one first."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default = Locale.get_default().language_code
    return [default, *(code for code in codes if code != default)]


def locales_ensure():
    """language code -> Locale for every content language, created where missing."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in language_codes()}


@dataclass
class ReferenceResult:
    """What `reference_data_load` did: per model, how many rows it created and updated,
    and the instances by (slug, language code) for callers that build on them."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    instances: dict = field(default_factory=dict)

    @property
    def changed(self):
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def get(self, model, slug, code):
        return self.instances[(model, slug, code)]


class _Loader:
    """Upserts one translatable model keyed by slug, language after language."""

    def __init__(self, locales, result):
        self.locales = locales
        self.result = result

    def load(self, model, items):
        """`items`: (slug, {language code: field values}) pairs, in the data's order."""
        existing = {(obj.slug, obj.locale_id): obj for obj in model.objects.all()}
        by_key = {(obj.translation_key, obj.locale_id): obj for obj in existing.values()}
        codes = list(self.locales)
        for slug, values in items:
            source = None
            for code in codes:
                locale = self.locales[code]
                obj = existing.get((slug, locale.pk))
                if obj is None and source is not None:
                    obj = by_key.get((source.translation_key, locale.pk))
                obj = self._save(model, obj, source, locale, slug, values[code])
                self.result.instances[(model, slug, code)] = obj
                source = source or obj

    def _save(self, model, obj, source, locale, slug, values):
        label = LABELS[model]
        if obj is None:
            if source is None:
                obj = model(locale=locale, slug=slug)
            else:
                obj = source.copy_for_translation(locale)
            for name, value in values.items():
                setattr(obj, name, value)
            obj.full_clean()
            obj.save()
            self.result.created[label] += 1
            return obj
        changed = {name for name, value in values.items() if _value(obj, name) != _value_of(value)}
        if obj.slug != slug:
            obj.slug = slug
            changed.add("slug")
        if changed:
            for name in changed - {"slug"}:
                setattr(obj, name, values[name])
            obj.full_clean()
            obj.save()
            self.result.updated[label] += 1
        return obj


def _value(obj, name):
    field_object = obj._meta.get_field(name)
    if field_object.is_relation:
        return getattr(obj, field_object.attname)
    return getattr(obj, name)


def _value_of(value):
    return value.pk if hasattr(value, "_meta") else value


def _region_items(codes):
    for order, row in enumerate(csv_rows("regions.csv")):
        centres = REGION_CENTRES.get(row["slug"], {})
        common = {
            "kind": row["kind"],
            "iso_code": row["iso_3166_2"],
            "coate": row["coate"],
            "sort_order": order,
        }
        yield (
            row["slug"],
            {
                code: {**common, "name": row[f"name_{code}"], "admin_centre": centres.get(code, "")}
                for code in codes
            },
        )


def _district_items(codes, result):
    for row in csv_rows("districts.csv"):
        yield (
            row["slug"],
            {
                code: {
                    "region": result.get(Region, row["region_slug"], code),
                    "name": row[f"name_{code}"],
                    "coate": row["coate"],
                    # The note is research English; translations come when an editor writes them.
                    "note": row["note"] if code == "en" else "",
                }
                for code in codes
            },
        )


def _topic_items(codes):
    for order, row in enumerate(csv_rows("topics.csv")):
        icon, colour = TOPIC_STYLE[row["slug"]]
        descriptions = TOPIC_DESCRIPTIONS.get(row["slug"], {"en": row["description_en"]})
        yield (
            row["slug"],
            {
                code: {
                    "name": row[f"name_{code}"],
                    "description": descriptions.get(code, ""),
                    "icon": icon,
                    "colour": colour,
                    "sort_order": order,
                }
                for code in codes
            },
        )


def _group_items(codes):
    for order, (slug, names) in enumerate(VULNERABLE_GROUPS):
        yield slug, {code: {"name": names[code], "sort_order": order} for code in codes}


def reference_data_load():
    """Create or update the regions, districts, topics and vulnerable groups in every
    content language; translations share the source's translation key, and a district
    points at the region of its own language. Returns a `ReferenceResult`."""
    result = ReferenceResult()
    with transaction.atomic():
        locales = locales_ensure()
        codes = list(locales)
        loader = _Loader(locales, result)
        loader.load(Region, _region_items(codes))
        loader.load(District, _district_items(codes, result))
        loader.load(Topic, _topic_items(codes))
        loader.load(VulnerableGroup, _group_items(codes))
    return result
