"""`manage.py import_stories FILE [--photos DIR|ZIP] [--dry-run] [--publish]`: stories
from a spreadsheet (docs/import.md)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from core.imports import (
    Action,
    ImportFailure,
    TextProgress,
    annotated_xlsx,
    can_import,
    import_log_add,
)
from core.photos import PhotoSourceError
from stories.services import story_import


class Command(BaseCommand):
    help = (
        "Import stories from an XLSX or CSV file (one row per story, texts per language), "
        "with their photos from a folder or ZIP. All or nothing; unpublished unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .xlsx or .csv file.")
        parser.add_argument("--photos", help="A folder or a ZIP of the photos the file names.")
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the imported stories (needs --user, a central editor).",
        )
        parser.add_argument("--user", help="The user name the import is made and logged as.")
        parser.add_argument(
            "--language", default="en", choices=("ru", "en", "ky"), help="Language of messages."
        )
        parser.add_argument(
            "--errors", help="Write the file with an error column here when there are errors."
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No file {path}")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user {options['user']}")
        if options["publish"] and not can_import(user):
            raise CommandError("--publish needs --user naming a central editor.")
        progress = TextProgress(self.stderr._out, "stories ")
        with translation.override(options["language"]):
            try:
                result, table = story_import(
                    source=path.read_bytes(),
                    name=path.name,
                    photos=options["photos"],
                    user=user,
                    dry_run=options["dry_run"],
                    publish=options["publish"],
                    progress=progress,
                )
            except (ImportFailure, PhotoSourceError) as error:
                progress.close()
                raise CommandError(str(error)) from error
            progress.close()
            import_log_add(result=result, user=user)
            counts = result.counts
            for issue in result.all_issues():
                self.stderr.write(str(issue))
            if options["errors"] and not result.ok:
                Path(options["errors"]).write_bytes(annotated_xlsx(table, result))
            state = "Checked (dry run)" if result.dry_run else "Imported"
            if not result.ok:
                state = "Nothing imported"
            self.stdout.write(
                f"{state}: {counts[Action.NEW]} new, {counts[Action.UPDATED]} updated, "
                f"{counts[Action.UNCHANGED]} unchanged, {counts[Action.ERROR]} errors "
                f"({result.seconds:.1f} s)."
            )
        if not result.ok:
            raise CommandError(f"{counts[Action.ERROR]} errors; nothing was written.")
