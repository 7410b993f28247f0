"""`manage.py import_stories FILE [--photos DIR|ZIP] [--dry-run] [--publish]`: stories
from a spreadsheet (docs/import.md)."""

from core.import_command import ImportCommand
from stories.services import story_import


class Command(ImportCommand):
    help = (
        "Import stories from an XLSX or CSV file (one row per story, texts per language), "
        "with their photos from a folder or ZIP. All or nothing; unpublished unless --publish."
    )
    noun = "stories"

    def extra_arguments(self, parser):
        parser.add_argument("--photos", help="A folder or a ZIP of the photos the file names.")

    def import_kwargs(self, options, user):
        return {"photos": options["photos"]}

    def run_import(self, **kwargs):
        return story_import(**kwargs)
