"""`manage.py import_news FILE [--photos DIR|ZIP] [--dry-run] [--publish]`: news of the
municipalities and of the programmes from a spreadsheet (docs/import.md)."""

from django.core.management.base import CommandError

from core.import_command import ImportCommand
from core.imports import can_import
from municipalities.news_import import news_import


class Command(ImportCommand):
    help = (
        "Import news from an XLSX or CSV file (one row per news item, texts per language), "
        "with their photos from a folder or ZIP. All or nothing; unpublished unless --publish."
    )
    noun = "news"
    user_help = "The user name the import is made and logged as (a central editor)."

    def extra_arguments(self, parser):
        parser.add_argument("--photos", help="A folder or a ZIP of the photos the file names.")

    def import_kwargs(self, options, user):
        if user is not None and not can_import(user):
            raise CommandError(f"{user.username} is not a central editor.")
        return {"photos": options["photos"]}

    def run_import(self, **kwargs):
        return news_import(**kwargs)
