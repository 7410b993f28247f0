"""The context-selector mixin and its registry, and the index-page mixin."""

import pytest
from django.apps import apps
from django.test import RequestFactory
from django.utils import translation

from core import pages
from core.checks import context_selectors_registered
from home.models import HomePage
from municipalities.models import MunicipalityIndexPage, NewsIndexPage
from registry.models import RegistryIndexPage
from stories.models import StoryIndexPage, StoryPage

INDEX_PAGES = [StoryIndexPage, MunicipalityIndexPage, NewsIndexPage, RegistryIndexPage]


def context_pages():
    return sorted(
        (model for model in apps.get_models() if issubclass(model, pages.ContextSelectorMixin)),
        key=lambda model: model._meta.label,
    )


def test_every_page_that_shows_a_selector_context_has_its_selector_registered():
    assert {model._meta.label for model in context_pages()} >= {
        "home.HomePage",
        "home.ProgrammePage",
        "municipalities.MunicipalityIndexPage",
        "municipalities.MunicipalityPage",
        "municipalities.NewsIndexPage",
        "municipalities.NewsPage",
        "registry.RegistryIndexPage",
        "registry.ServicePage",
        "registry.ServiceRegisterPage",
        "stories.StoryIndexPage",
        "stories.StoryPage",
    }
    for model in context_pages():
        function, _takes_request = pages.context_selector_for(model)
        assert function.__module__ == f"{model._meta.app_label}.selectors"
        assert function.__name__ == model.context_selector
    assert context_selectors_registered() == []


def test_the_system_check_names_a_page_whose_selector_is_not_registered(monkeypatch):
    monkeypatch.setattr(StoryPage, "context_selector", "story_page_contxt")
    errors = context_selectors_registered()
    assert [(error.id, error.obj) for error in errors] == [("core.E001", StoryPage)]
    assert "story_page_contxt" in errors[0].msg


@pytest.mark.django_db
def test_a_page_whose_selector_is_missing_fails_loudly(monkeypatch):
    monkeypatch.setattr(StoryPage, "context_selector", "nothing")
    with pytest.raises(LookupError, match="'nothing' is not registered in stories.selectors"):
        StoryPage(title="x").get_context(RequestFactory().get("/"))


@pytest.mark.django_db
def test_the_context_holds_what_the_selector_returns_and_the_request_goes_only_where_asked(
    monkeypatch,
):
    calls = []

    def with_request(*, request, page):
        calls.append(("with", request, page))
        return {"from_selector": 1}

    def without_request(*, page):
        calls.append(("without", page))
        return {"from_selector": 2}

    request = RequestFactory().get("/")
    story_index = StoryIndexPage(title="Stories")
    home = HomePage(title="Home")
    monkeypatch.setitem(
        pages._context_selectors, ("stories", "story_index_context"), (with_request, True)
    )
    monkeypatch.setitem(
        pages._context_selectors, ("home", "home_context"), (without_request, False)
    )

    context = story_index.get_context(request)
    assert context["from_selector"] == 1
    assert context["page"] is story_index
    assert home.get_context(request)["from_selector"] == 2
    assert calls == [("with", request, story_index), ("without", home)]


def test_a_selector_outside_an_installed_app_is_refused():
    def selector(*, page):
        return {}

    with pytest.raises(ValueError, match="not in an installed app"):
        pages.page_context_selector(selector)


@pytest.mark.parametrize("model", INDEX_PAGES)
def test_index_pages_share_their_tree_rules_intro_and_panels(model):
    assert issubclass(model, pages.IndexPageMixin)
    assert model.allowed_parent_page_models() == [HomePage]
    assert model.max_count_per_parent == 1
    intro = model._meta.get_field("intro")
    with translation.override("en"):
        assert str(intro.verbose_name) == "introduction"
    assert intro.blank
    assert intro.features == pages.RICH_FEATURES
    assert model.content_panels is pages.IndexPageMixin.content_panels
    assert [field.name for field in model.api_fields] == ["intro"]
    assert pages.IndexPageMixin.content_panels[-1].field_name == "intro"


def test_only_the_municipality_index_has_children():
    assert [model for model in INDEX_PAGES if model.allowed_subpage_models()] == [
        MunicipalityIndexPage
    ]
