"""The stories import in the admin (core.import_admin): for central editors."""

from django.utils.translation import gettext_lazy as _

from core.import_admin import Importer, importer_register

from .services import STORY_LAYOUT, story_import

STORY_IMPORTER = Importer(
    title=_("Import stories"),
    layout=STORY_LAYOUT,
    run=story_import,
    photos=True,
)

importer_register(STORY_IMPORTER, menu_order=260)
