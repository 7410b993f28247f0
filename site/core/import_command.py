"""The base of every `manage.py import_<thing>` command: the same options, checks, progress
bar, log entry, report and exit status for each importer (docs/import.md). A command names
its importer and what it adds (`noun`, `extra_arguments`, `import_kwargs`)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from .imports import Action, ImportFailure, TextProgress, annotated_xlsx, can_import, import_log_add
from .photos import PhotoSourceError


class ImportCommand(BaseCommand):
    noun = "rows"  # what the progress bar counts
    publishes = True  # whether the importer takes --publish
    user_help = "The user name the import is made and logged as."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .xlsx or .csv file.")
        self.extra_arguments(parser)
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing.")
        if self.publishes:
            parser.add_argument(
                "--publish",
                action="store_true",
                help="Publish what changed (needs --user, a central editor).",
            )
        parser.add_argument("--user", help=self.user_help)
        parser.add_argument(
            "--language", default="en", choices=("ru", "en", "ky"), help="Language of messages."
        )
        parser.add_argument(
            "--errors", help="Write the file with an error column here when there are errors."
        )

    def extra_arguments(self, parser):
        """The command's own options."""

    def import_kwargs(self, options, user):
        """The importer's own keyword arguments; raise CommandError to refuse."""
        return {}

    def run_import(self, **kwargs):
        """Call the importer: returns (ImportResult, Table)."""
        raise NotImplementedError

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No file {path}")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user {options['user']}")
        publish = options.get("publish", False)
        if publish and not can_import(user):
            raise CommandError("--publish needs --user naming a central editor.")
        kwargs = self.import_kwargs(options, user)
        if self.publishes:
            kwargs["publish"] = publish
        progress = TextProgress(self.stderr._out, f"{self.noun} ")
        with translation.override(options["language"]):
            try:
                result, table = self.run_import(
                    source=path.read_bytes(),
                    name=path.name,
                    user=user,
                    dry_run=options["dry_run"],
                    progress=progress,
                    **kwargs,
                )
            except (ImportFailure, PhotoSourceError) as error:
                raise CommandError(str(error)) from error
            finally:
                progress.close()
            import_log_add(result=result, user=user)
            self.report(result, table, options["errors"])
        if not result.ok:
            raise CommandError(f"{result.counts[Action.ERROR]} errors; nothing was written.")

    def report(self, result, table, errors_path):
        for issue in result.all_issues():
            self.stderr.write(str(issue))
        if errors_path and not result.ok:
            Path(errors_path).write_bytes(annotated_xlsx(table, result))
        state = "Checked (dry run)" if result.dry_run else "Imported"
        if not result.ok:
            state = "Nothing imported"
        counts = result.counts
        self.stdout.write(
            f"{state}: {counts[Action.NEW]} new, {counts[Action.UPDATED]} updated, "
            f"{counts[Action.UNCHANGED]} unchanged, {counts[Action.ERROR]} errors "
            f"({result.seconds:.1f} s)."
        )
