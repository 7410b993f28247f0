"""Admin registration of the reference snippets, the import log and the dashboard's workflow
panels."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .dashboard import dashboard_panels_capped
from .models import District, ImportLog, Programme, Region, Topic, VulnerableGroup


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "kind", "iso_code", "coate"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "slug"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    list_display = ["name", "region", "coate"]
    list_filter = ["region", "locale"]
    search_fields = ["name", "slug"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "colour"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]


class VulnerableGroupViewSet(SnippetViewSet):
    model = VulnerableGroup
    icon = "group"
    list_display = ["name", "slug"]
    list_filter = ["locale"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "globe"
    list_display = ["abbreviation", "name", "implementer", "years"]
    list_filter = ["locale"]
    search_fields = ["name", "abbreviation"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        RegionViewSet,
        DistrictViewSet,
        TopicViewSet,
        VulnerableGroupViewSet,
        ProgrammeViewSet,
    )


register_snippet(ReferenceDataGroup)


@hooks.register("construct_page_action_menu")
def workflow_actions_first(menu_items, request, context):
    """A reviewer's workflow actions come right after "Save draft", approval first: the
    plain "Publish" (which cancels the workflow) no longer sits above "Approve and
    publish"."""
    workflow = [item for item in menu_items if isinstance(item, WorkflowMenuItem)]
    if not workflow:
        return
    others = [item for item in menu_items if not isinstance(item, WorkflowMenuItem)]
    workflow.sort(key=lambda item: item.name != "approve")
    head = others[:1] if others and others[0].name == "action-save-draft" else []
    menu_items[:] = head + workflow + others[len(head) :]


# Wagtail's image chooser gets its "Search" tab label as a plain string, translated once
# when the module is imported, in the default language (Kyrgyz, which the admin does not
# speak). A lazy label is translated for each request, in the editor's admin language.
image_chooser_viewset.search_tab_label = _("Search")


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Viewed by whoever has the model's view permission; never added, changed or deleted
    in the admin (the import log is written by the imports only)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(ImportLog, ReadOnlyPolicy(ImportLog))


class ImportLogViewSet(ModelViewSet):
    model = ImportLog
    icon = "upload"
    menu_label = _("Import log")
    menu_order = 900
    add_to_settings_menu = True
    list_display = [
        "created_at",
        "user",
        "kind",
        "file_name",
        "dry_run",
        "committed",
        "new",
        "updated",
        "unchanged",
        "errors",
        "seconds",
    ]
    list_filter = ["kind", "dry_run", "committed"]
    inspect_view_enabled = True
    form_fields = []


@hooks.register("register_admin_viewset")
def register_import_log():
    return ImportLogViewSet("import_log")


@hooks.register("construct_homepage_panels")
def dashboard_workflow_panels(request, panels):
    """Wagtail's workflow panels with their newest rows only (core.dashboard)."""
    dashboard_panels_capped(panels)
