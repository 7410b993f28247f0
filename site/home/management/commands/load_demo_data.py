"""`manage.py load_demo_data`: the demonstration content of SPEC §5 (see `home.demo`)."""

from django.core.management.base import BaseCommand, CommandError

from home.demo import DEFAULT_STORIES, DemoError, demo_load, report_lines


class Command(BaseCommand):
    help = (
        "Build the demonstration content in three languages: reference data, municipalities, "
        "stories, registers, news, photos, users and the workflow. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo content first and rebuild it."
        )
        parser.add_argument(
            "--stories",
            type=int,
            default=DEFAULT_STORIES,
            help=f"Stories per language, the real ones included (default {DEFAULT_STORIES}).",
        )
        parser.add_argument("--quiet", action="store_true", help="Print nothing but errors.")

    def handle(self, *args, **options):
        quiet = options["quiet"]
        try:
            report = demo_load(
                stories=options["stories"],
                reset=options["reset"],
                stdout=None if quiet else self.stdout,
            )
        except (DemoError, ValueError) as error:
            raise CommandError(str(error)) from error
        if quiet:
            return
        state = "Done" if report.changed else "Nothing to do: the demo content is complete"
        self.stdout.write(f"{state} ({report.seconds:.0f} s).")
        for line in report_lines(report):
            self.stdout.write(line)
