"""Helpers for the importers' tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.imports import Action


def draft_checks_revision_reads(check, rows, sizes=(1, 4)):
    """The queries that read revisions when `check(rows[:size])` (a dry run) checks the
    first `size` rows, for each size, where the first row's draft was edited since it was
    imported and the others are unchanged drafts: each check finds one row updated and
    the rest unchanged."""
    reads = []
    for size in sizes:
        with CaptureQueriesContext(connection) as queries:
            result = check(rows[:size])
        assert result.counts[Action.UPDATED] == 1  # the edited draft, as its revision has it
        assert result.counts[Action.UNCHANGED] == size - 1
        reads.append(len([q for q in queries if 'FROM "wagtailcore_revision"' in q["sql"]]))
    return reads
