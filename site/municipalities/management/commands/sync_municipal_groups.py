"""manage.py sync_municipal_groups: repair the municipalities' groups and workflows."""

from django.core.management.base import BaseCommand

from municipalities.services import municipal_groups_sync


class Command(BaseCommand):
    help = (
        "Create or repair every municipality's editors and approvers groups, collection, "
        "permissions and workflow, the central editors and translators groups and the "
        "workflows; retire the former per-municipality workflows and confine Wagtail's "
        "default Editors and Moderators groups. Safe to run again: prints what changed."
    )

    def handle(self, *args, **options):
        report = municipal_groups_sync()
        if not report:
            self.stdout.write("Nothing to change: groups and workflows are in order.")
            return
        for line in report.changes:
            self.stdout.write(f"- {line}")
        self.stdout.write(self.style.SUCCESS(f"{len(report.changes)} changes made."))
