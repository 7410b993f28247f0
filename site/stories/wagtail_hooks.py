"""The stories import in the admin (core.import_admin): for central editors."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.import_admin import Importer, import_urls
from core.imports import can_import

from .services import STORY_LAYOUT, story_import

STORY_IMPORTER = Importer(
    kind=STORY_LAYOUT.kind,
    title=_("Import stories"),
    layout=STORY_LAYOUT,
    run=story_import,
    photos=True,
)


@hooks.register("register_admin_urls")
def story_import_urls():
    return import_urls(STORY_IMPORTER)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_menu_item")
def story_import_menu_item():
    return ImportMenuItem(
        _("Import stories"), reverse("ashar_import_stories"), icon_name="upload", order=260
    )
