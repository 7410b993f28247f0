"""The private sections of the site (Wagtail's page view restrictions), kept in each
process's memory: every public listing excludes them, and Wagtail checks them before
serving any page, which cost one or two queries each time (`PageQuerySet.public()` reads
every restriction, `Page.get_view_restrictions()` the page's ancestors).

The paths of the restricted pages are read once per process and version
(`core.versions`); saving or deleting a restriction, or moving a page, moves the version
on (`restrictions_follow`, connected in `CoreConfig.ready`).
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from .versions import ProcessCopy, version_bump

VERSION_KEY = "core:restrictions:version"
_copy = ProcessCopy(VERSION_KEY)


def _read():
    return tuple(PageViewRestriction.objects.values_list("pk", "page__path", "page__depth"))


def restricted_sections():
    """(restriction id, page path, page depth) of every view restriction."""
    return _copy.get("sections", _read)


def private_q():
    """A Q matching the pages in private sections (the restricted pages and everything
    below them), as Wagtail's `PageQuerySet.private_q()`, without a query once read."""
    q = Q()
    for _pk, path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def restriction_ids_for(page):
    """Ids of the restrictions on `page` and its ancestors, or None when the page is an
    alias (its source's restrictions apply: Wagtail's own look-up decides)."""
    if page.alias_of_id:
        return None
    return [pk for pk, path, _depth in restricted_sections() if page.path.startswith(path)]


def _changed(**kwargs):
    version_bump(VERSION_KEY)


def restrictions_follow():
    """Move the version on when a restriction is saved or deleted, or a page is moved."""
    for signal in (post_save, post_delete):
        signal.connect(
            _changed, sender=PageViewRestriction, dispatch_uid=f"restrictions-{id(signal)}"
        )
    post_page_move.connect(_changed, dispatch_uid="restrictions-page-move")
