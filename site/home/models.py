"""The home page and the site-wide pages: about, programmes, methodology, data licence."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.forms import LocalisedPageForm
from core.localize import synchronised_snippets
from core.pages import RICH_FEATURES, ContextSelectorMixin, PathRouteMixin, RestrictionsMixin


class HomePage(PathRouteMixin, ContextSelectorMixin, RestrictionsMixin, Page):
    """The front door: live totals, featured stories, topics, the map, latest news."""

    context_selector = "home_context"

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "stories.StoryIndexPage",
        "municipalities.MunicipalityIndexPage",
        "municipalities.NewsIndexPage",
        "registry.RegistryIndexPage",
        "home.StandardPage",
        "home.ProgrammePage",
    ]

    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_stories", label=_("Featured stories"), max_num=6),
    ]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("home page")


class HomeFeaturedStory(Orderable):
    """A story an editor picked for the home page."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("story")
    )

    panels = [PageChooserPanel("story")]

    def __str__(self):
        return str(self.story)


class StandardPage(RestrictionsMixin, Page):
    """About, methodology, data licence and other plain pages."""

    # The sizes its images are shown at (core/renditions.py), made on publish.
    rendition_uses = {"body": ("wide",)}

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")


class ProgrammePage(ContextSelectorMixin, RestrictionsMixin, Page):
    """A programme's page: what it did, where, with its headline figures and stories."""

    context_selector = "programme_context"
    # The sizes its images are shown at (core/renditions.py), made on publish.
    rendition_uses = {"body": ("wide",)}

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    programme = models.ForeignKey(
        "core.Programme",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("programme"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    base_form_class = LocalisedPageForm
    override_translatable_fields = synchronised_snippets("programme")
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("programme"), APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("programme page")
