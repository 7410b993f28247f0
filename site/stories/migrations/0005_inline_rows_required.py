"""Every inline row now has a locale and a translation key, unique together (see 0003)."""

from django.db import migrations

from stories.migrations._inline_rows import MODELS, fields


class Migration(migrations.Migration):
    dependencies = [("stories", "0004_inline_rows_keys")]

    operations = [
        *[
            migrations.AlterField(model_name=name, name=field_name, field=field)
            for name in MODELS
            for field_name, field in fields(nullable=False)
        ],
        *[
            migrations.AlterUniqueTogether(
                name=name, unique_together={("translation_key", "locale")}
            )
            for name in MODELS
        ],
    ]
