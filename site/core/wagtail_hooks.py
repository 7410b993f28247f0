"""Admin registration of the reference snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Programme, Region, Topic, VulnerableGroup


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
