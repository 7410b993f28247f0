"""`manage.py import_register FILE --municipality SLUG [--dry-run] [--publish] [--user U]`:
one municipality's register of services from a spreadsheet (docs/import.md)."""

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
from registry.services import municipality_find, register_import, register_import_allowed


class Command(BaseCommand):
    help = (
        "Import one municipality's register of services from an XLSX or CSV file (one row "
        "per service, texts per language). All or nothing; unpublished unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .xlsx or .csv file.")
        parser.add_argument(
            "--municipality",
            required=True,
            help="The municipality: its key (slug), СОАТЕ code or name.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish what changed (needs --user, a central editor).",
        )
        parser.add_argument(
            "--user",
            help="The user name the import is made and logged as; she must be allowed to edit "
            "the register.",
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
        municipality = municipality_find(options["municipality"])
        if municipality is None:
            raise CommandError(
                f"No municipality {options['municipality']} (or several by that name: give "
                "its key or СОАТЕ code)."
            )
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user {options['user']}")
            if not register_import_allowed(user=user, municipality=municipality):
                raise CommandError(
                    f"{user.username} may not edit the register of {municipality.title}."
                )
        if options["publish"] and not can_import(user):
            raise CommandError("--publish needs --user naming a central editor.")
        progress = TextProgress(self.stderr._out, "services ")
        with translation.override(options["language"]):
            try:
                result, table = register_import(
                    source=path.read_bytes(),
                    name=path.name,
                    municipality=municipality,
                    user=user,
                    dry_run=options["dry_run"],
                    publish=options["publish"],
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
