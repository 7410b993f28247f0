"""`manage.py import_figures FILE [--dry-run] [--user U]`: municipal figures (municipality,
kind, value, as-of date, source, programme) from a spreadsheet, the way monitoring data is
delivered (docs/import.md)."""

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
from municipalities.services import figures_import


class Command(BaseCommand):
    help = (
        "Import municipal figures from an XLSX or CSV file (one row per figure). A figure "
        "with the same municipality, kind, as-of date and programme is updated. All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .xlsx or .csv file.")
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing.")
        parser.add_argument(
            "--user", help="The user name the import is made and logged as (a central editor)."
        )
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
            if not can_import(user):
                raise CommandError(f"{user.username} is not a central editor.")
        progress = TextProgress(self.stderr._out, "figures ")
        with translation.override(options["language"]):
            try:
                result, table = figures_import(
                    source=path.read_bytes(),
                    name=path.name,
                    user=user,
                    dry_run=options["dry_run"],
                    progress=progress,
                )
            except ImportFailure as error:
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
