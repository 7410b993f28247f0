"""Admin of the municipalities app: the translation status report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import translation_status_view


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("translation-status/", translation_status_view, name="ashar_translation_status"),
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("ashar_translation_status"),
        icon_name="globe",
        order=900,
    )
