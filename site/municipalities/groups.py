"""Names of each municipality's groups: read by the workflow task and written by the
services."""

EDITORS_SUFFIX = " editors"
APPROVERS_SUFFIX = " approvers"


def municipality_group_names(title):
    """(editors group name, approvers group name) of the municipality called `title`
    (its Kyrgyz title)."""
    return f"{title}{EDITORS_SUFFIX}", f"{title}{APPROVERS_SUFFIX}"
