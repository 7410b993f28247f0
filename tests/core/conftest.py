"""Fixtures of the core tests that need Бостери's people."""

import pytest

from municipalities.services import municipal_groups_sync
from tests import factories as f


@pytest.fixture
def bosteri_team(municipality):
    """Бостери's groups and workflow, with an editor and an approver: (editor, approver)."""
    municipal_groups_sync()
    return (
        f.group_member("Бостери editors", "editor"),
        f.group_member("Бостери approvers", "approver"),
    )
