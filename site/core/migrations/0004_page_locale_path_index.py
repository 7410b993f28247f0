"""An index of Wagtail's pages by language, then tree order: a listing of one language in
tree order (the pages API's default: `?type=…&locale=ky`) reads its first rows from it
and stops, where the index by language alone made the database sort every page of the
language first (26 ms at 10,000 stories on SQLite)."""

from django.db import migrations

INDEX = "ashar_page_locale_path"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_programme_figure_register_kinds"),
    ]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (locale_id, path)",
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
