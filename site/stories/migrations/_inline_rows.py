"""What migrations 0003 to 0005 of stories share: the inline rows made translatable,
their fields, and how existing rows get their locale and translation keys."""


import uuid
from collections import defaultdict

import django.db.models.deletion
from django.db import models

MODELS = ("storyvote", "storyoutput", "storyquote", "storygalleryimage")


def keys_and_locales(apps, schema_editor):
    """Run by 0004 (PostgreSQL cannot alter a table in the transaction that updated it
    while its foreign-key checks are deferred, hence three migrations)."""
    StoryPage = apps.get_model("stories", "StoryPage")
    pages = {
        pk: (translation_key, locale_id)
        for pk, translation_key, locale_id in StoryPage.objects.values_list(
            "pk", "translation_key", "locale_id"
        )
    }
    for name in MODELS:
        model = apps.get_model("stories", name)
        keys = defaultdict(lambda: defaultdict(uuid.uuid4))  # story key -> position -> key
        rows_by_page = defaultdict(list)
        for row in model.objects.order_by("sort_order", "pk"):
            rows_by_page[row.page_id].append(row)
        for page_id, rows in rows_by_page.items():
            story_key, locale_id = pages[page_id]
            for position, row in enumerate(rows):
                row.locale_id = locale_id
                row.translation_key = keys[story_key][position]
        model.objects.bulk_update(
            [row for rows in rows_by_page.values() for row in rows],
            ["locale", "translation_key"],
            batch_size=500,
        )


def fields(nullable):
    return [
        (
            "locale",
            models.ForeignKey(
                editable=False,
                null=nullable,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        (
            "translation_key",
            models.UUIDField(default=uuid.uuid4, editable=False, null=nullable),
        ),
    ]
