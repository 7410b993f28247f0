"""The inline rows of a story with text (votes, outputs, quotes, gallery photos) become
translatable objects, so that wagtail-localize offers their texts for translation instead
of copying them whole. Existing rows take their page's locale; the rows of one story's
translations share a translation key by position, as a translation's rows are copies of
its source's in order."""

from django.db import migrations

from stories.migrations._inline_rows import MODELS, fields


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0002_storypage_public_submission"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(model_name=name, name=field_name, field=field)
        for name in MODELS
        for field_name, field in fields(nullable=True)
    ]
