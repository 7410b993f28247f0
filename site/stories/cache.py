"""The version of the cached story records (`selectors.story_facts`).

Every cached record set is stored under the current version; publishing, unpublishing,
moving or deleting a story or a municipality, or editing a reference snippet, moves the
version on, so the next reader rebuilds the records from the database.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.versions import version, version_bump

VERSION_KEY = "stories:facts:version"
SIGNALS = (post_save, post_delete, page_published, page_unpublished, post_page_move)


def facts_version():
    return version(VERSION_KEY)


def facts_invalidate():
    """Move the version on now, and again when the transaction commits, so that records
    another reader rebuilt from the old rows before the commit are not kept."""
    version_bump(VERSION_KEY)


def _invalidate(**kwargs):
    facts_invalidate()


def facts_follow(*models):
    """Move the version on whenever an instance of one of `models` is saved, deleted,
    published, unpublished or moved (each app connects the models it owns)."""
    for model in models:
        for signal in SIGNALS:
            signal.connect(
                _invalidate,
                sender=model,
                dispatch_uid=f"stories-facts-{id(signal)}-{model._meta.label}",
            )
