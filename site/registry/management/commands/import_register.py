"""`manage.py import_register FILE --municipality SLUG [--dry-run] [--publish] [--user U]`:
one municipality's register of services from a spreadsheet (docs/import.md)."""

from django.core.management.base import CommandError

from core.import_command import ImportCommand
from registry.services import municipality_find, register_import, register_import_allowed


class Command(ImportCommand):
    help = (
        "Import one municipality's register of services from an XLSX or CSV file (one row "
        "per service, texts per language). All or nothing; unpublished unless --publish."
    )
    noun = "services"
    user_help = (
        "The user name the import is made and logged as; she must be allowed to edit the register."
    )

    def extra_arguments(self, parser):
        parser.add_argument(
            "--municipality",
            required=True,
            help="The municipality: its key (slug), СОАТЕ code or name.",
        )

    def import_kwargs(self, options, user):
        municipality = municipality_find(options["municipality"])
        if municipality is None:
            raise CommandError(
                f"No municipality {options['municipality']} (or several by that name: give "
                "its key or СОАТЕ code)."
            )
        if user is not None and not register_import_allowed(user=user, municipality=municipality):
            raise CommandError(
                f"{user.username} may not edit the register of {municipality.title}."
            )
        return {"municipality": municipality}

    def run_import(self, **kwargs):
        return register_import(**kwargs)
