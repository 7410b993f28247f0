"""`manage.py load_reference_data`: regions, districts, topics and vulnerable groups in
every content language. Idempotent, safe on a production database."""

from django.core.management.base import BaseCommand

from core.reference_data import reference_data_load


class Command(BaseCommand):
    help = (
        "Create or update the regions, districts, topics and vulnerable groups in every "
        "content language (idempotent)."
    )

    def handle(self, *args, **options):
        result = reference_data_load()
        if not result.changed:
            self.stdout.write("Reference data is up to date.")
            return
        for label, count in sorted(result.created.items()):
            self.stdout.write(f"Created {count} {label}.")
        for label, count in sorted(result.updated.items()):
            self.stdout.write(f"Updated {count} {label}.")
