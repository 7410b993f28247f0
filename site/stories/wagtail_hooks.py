"""The stories import in the admin (core.import_admin): for central editors."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.import_admin import Importer, import_menu_item, import_urls

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


@hooks.register("register_admin_menu_item")
def story_import_menu_item():
    return import_menu_item(STORY_IMPORTER, order=260)
