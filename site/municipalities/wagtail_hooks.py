"""Admin hooks of the municipalities app: one-line calls into the services, the municipal
editor's start page and dashboard panel, the translation status and content health
reports, and the import of municipal figures (core.import_admin)."""

from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem

from core.import_admin import Importer, importer_register

from .dashboard import (
    MunicipalEditorPanel,
    content_health_scope,
    editor_municipalities,
    is_central_editor,
    municipality_for_admin,
)
from .models import MunicipalityPage
from .news_import import NEWS_LAYOUT, news_import
from .services import FIGURE_LAYOUT, figures_import, municipality_groups_ensure
from .views import (
    content_health_municipality_view,
    content_health_view,
    correction_done_view,
    corrections_view,
    translation_status_view,
)


@hooks.register("after_create_page")
def municipality_groups_on_create(request, page):
    """A new municipality gets its editors and approvers groups, its collection, their
    permissions and the municipal workflow at once."""
    if isinstance(page.specific, MunicipalityPage):
        municipality_groups_ensure(municipality=page.specific)


@hooks.register("construct_homepage_panels")
def municipal_editor_panel(request, panels):
    """A municipal editor's or approver's dashboard starts with her municipality."""
    municipalities = list(editor_municipalities(request.user))
    if municipalities:
        panels.insert(0, MunicipalEditorPanel(request, municipalities))


class MunicipalityExplorerMenuItem(ExplorerMenuItem):
    """ "Pages" opens a municipal editor's municipality, not the root with three home
    pages."""

    def __init__(self, item, municipality):
        super().__init__(item.label, item.url, name=item.name, icon_name=item.icon_name)
        self.order = item.order
        self.municipality = municipality

    def render_component(self, request):
        start = municipality_for_admin(self.municipality, get_language())
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, start.pk, icon_name=self.icon_name
        )


@hooks.register("construct_main_menu")
def municipality_explorer(request, menu_items):
    municipalities = list(editor_municipalities(request.user)[:2])
    if len(municipalities) != 1 or request.user.is_superuser:
        return
    for index, item in enumerate(menu_items):
        if isinstance(item, ExplorerMenuItem):
            menu_items[index] = MunicipalityExplorerMenuItem(item, municipalities[0])


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("translation-status/", translation_status_view, name="ashar_translation_status"),
        path("corrections/", corrections_view, name="ashar_corrections"),
        path("corrections/<int:pk>/done/", correction_done_view, name="ashar_correction_done"),
        path("content-health/", content_health_view, name="ashar_content_health"),
        path(
            "content-health/<int:pk>/",
            content_health_municipality_view,
            name="ashar_content_health_municipality",
        ),
    ]


class CorrectionsMenuItem(MenuItem):
    """Shown to those who handle correction requests: municipal editors and approvers
    (their municipalities' requests), central editors and superusers (all)."""

    def is_shown(self, request):
        user = request.user
        return is_central_editor(user) or editor_municipalities(user).exists()


@hooks.register("register_admin_menu_item")
def corrections_menu_item():
    return CorrectionsMenuItem(
        _("Correction requests"),
        reverse("ashar_corrections"),
        icon_name="warning",
        order=250,
    )


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("ashar_translation_status"),
        icon_name="globe",
        order=900,
    )


class ContentHealthMenuItem(MenuItem):
    """Shown to central editors (every municipality) and municipal editors and approvers
    (their own)."""

    def is_shown(self, request):
        return content_health_scope(request.user) != []


@hooks.register("register_reports_menu_item")
def content_health_menu_item():
    return ContentHealthMenuItem(
        _("Content health"),
        reverse("ashar_content_health"),
        icon_name="list-ul",
        order=910,
    )


# ---- The figures import (core.import_admin): for central editors ----------------------


def _figures_run(*, photos=None, publish=False, **kwargs):
    """The admin's call with the arguments figures do not take (photos; publishing: the
    figures are written to the profiles at once)."""
    return figures_import(**kwargs)


FIGURE_IMPORTER = Importer(
    title=_("Import municipal figures"),
    layout=FIGURE_LAYOUT,
    run=_figures_run,
    publish=False,
)

importer_register(FIGURE_IMPORTER, menu_order=261)


# ---- The news import (core.import_admin): for central editors --------------------------

NEWS_IMPORTER = Importer(
    title=_("Import news"),
    layout=NEWS_LAYOUT,
    run=news_import,
    photos=True,
)

importer_register(NEWS_IMPORTER, menu_order=262)
