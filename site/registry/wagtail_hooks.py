"""Admin registration of the national base list of services."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BaseService, BaseServiceCategory


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
