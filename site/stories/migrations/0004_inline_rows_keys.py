"""The existing inline rows take their page's locale and shared translation keys (see
0003)."""

from django.db import migrations

from stories.migrations import _inline_rows


class Migration(migrations.Migration):
    dependencies = [("stories", "0003_inline_rows_translatable")]

    operations = [migrations.RunPython(_inline_rows.keys_and_locales, migrations.RunPython.noop)]
