"""Admin registration of the national base list of services, and the import of a
register's services from a spreadsheet (core.import_admin) on the register's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.import_admin import Importer, import_url, importer_register

from .models import BaseService, BaseServiceCategory, ServiceRegisterPage
from .services import REGISTER_LAYOUT, register_import, register_import_allowed


class BaseServiceCategoryViewSet(SnippetViewSet):
    model = BaseServiceCategory
    icon = "list-ul"
    list_display = ["code", "name"]
    list_filter = ["locale"]


class BaseServiceViewSet(SnippetViewSet):
    model = BaseService
    icon = "list-ul"
    list_display = ["code", "name", "category", "topic"]
    list_filter = ["category", "locale"]
    search_fields = ["code", "name"]


class BaseListGroup(SnippetViewSetGroup):
    menu_label = _("Base list of services")
    menu_icon = "list-ul"
    menu_order = 310
    items = (BaseServiceCategoryViewSet, BaseServiceViewSet)


register_snippet(BaseListGroup)


# ---- The register import -------------------------------------------------------------


def _municipality_of_register(pk):
    """The municipality page whose register has the number `pk`, or None."""
    register = ServiceRegisterPage.objects.filter(pk=pk).first()
    return register.get_parent().specific if register is not None else None


def _register_run(*, target, photos=None, **kwargs):
    return register_import(municipality=target, **kwargs)


def _allowed(user, municipality):
    return register_import_allowed(user=user, municipality=municipality)


REGISTER_IMPORTER = Importer(
    title=_("Import services"),
    layout=REGISTER_LAYOUT,
    run=_register_run,
    target=_municipality_of_register,
    allowed=_allowed,
    refusal=_(
        "You may import services only into the register of your own municipality. Open your "
        "municipality's register, or ask a central editor."
    ),
)

importer_register(REGISTER_IMPORTER)  # no menu entry: a button on each register's page


def _import_button(page, user):
    if not issubclass(page.specific_class or type(page), ServiceRegisterPage):
        return None
    municipality = page.get_parent()
    if not register_import_allowed(user=user, municipality=municipality):
        return None
    return PageMenuItem(
        _("Import services from a spreadsheet"),
        import_url(REGISTER_IMPORTER, target_id=page.pk),
        icon_name="upload",
        priority=25,
        page=page,
    )


@hooks.register("register_page_header_buttons")
def register_import_header_button(page, user, view_name=None, next_url=None):
    button = _import_button(page, user)
    if button is not None:
        yield button


@hooks.register("register_page_listing_more_buttons")
def register_import_listing_button(page, user, next_url=None):
    button = _import_button(page, user)
    if button is not None:
        yield button
