"""The base services' pages are views made from the services (registry.views): the page
cache keeps them like any page, so a change of a service, of its register or of a page
above them (a municipality renamed) drops them, as `core.pagecache` does for pages."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.pagecache import purge_paths

from .models import BaseService, ServicePage
from .selectors import base_service_paths

logger = logging.getLogger("ashar.pagecache")


def _codes_at(page):
    """Codes of the base services of the services at or below `page`, in any language."""
    return set(
        ServicePage.objects.filter(path__startswith=page.path)
        .values_list("base_service__code", flat=True)
        .distinct()
    )


def _purge(codes):
    if not codes:
        return
    try:
        purge_paths(base_service_paths(codes=codes))
    except Exception:  # noqa: BLE001 - a failed purge must never undo a publish
        logger.exception("Could not purge the base services' pages %s", sorted(codes))


def _now_and_on_commit(codes):
    _purge(codes)
    transaction.on_commit(lambda: _purge(codes))


def on_page_changed(sender, instance, **kwargs):
    _now_and_on_commit(_codes_at(instance))


def on_base_service_changed(sender, instance, **kwargs):
    _now_and_on_commit({instance.code})


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_changed, dispatch_uid=f"ashar-base-service-purge-{id(signal)}")
    for signal in (post_save, post_delete):
        signal.connect(
            on_base_service_changed,
            sender=BaseService,
            dispatch_uid=f"ashar-base-service-changed-{id(signal)}",
        )
