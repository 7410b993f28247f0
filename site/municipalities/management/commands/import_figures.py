"""`manage.py import_figures FILE [--dry-run] [--user U]`: municipal figures (municipality,
kind, value, as-of date, source, programme) from a spreadsheet, the way monitoring data is
delivered (docs/import.md)."""

from django.core.management.base import CommandError

from core.import_command import ImportCommand
from core.imports import can_import
from municipalities.services import figures_import


class Command(ImportCommand):
    help = (
        "Import municipal figures from an XLSX or CSV file (one row per figure). A figure "
        "with the same municipality, kind, as-of date and programme is updated. All or nothing."
    )
    noun = "figures"
    publishes = False  # figures are written to the profiles at once
    user_help = "The user name the import is made and logged as (a central editor)."

    def import_kwargs(self, options, user):
        if user is not None and not can_import(user):
            raise CommandError(f"{user.username} is not a central editor.")
        return {}

    def run_import(self, **kwargs):
        return figures_import(**kwargs)
