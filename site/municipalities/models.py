"""Municipal profiles with their dated figures, and the news municipalities publish."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.choices import FigureKind
from core.forms import LocalisedPageForm
from core.localize import synchronised_snippets
from core.pages import (
    RICH_FEATURES,
    ContextSelectorMixin,
    IndexPageMixin,
    RestrictionsMixin,
    page_tabs,
)
from core.serializers import ProgrammeSerializer, ReferenceSerializer

from .choices import MunicipalityKind


class MunicipalityIndexPage(IndexPageMixin, ContextSelectorMixin, RestrictionsMixin, Page):
    """All municipalities, grouped by region, with their figures."""

    context_selector = "municipality_index_context"

    subpage_types = ["municipalities.MunicipalityPage"]

    class Meta:
        verbose_name = _("municipality index")


class MunicipalityPage(ContextSelectorMixin, RestrictionsMixin, Page):
    """A municipality's profile; its editors own this page and everything below it."""

    # The sizes its image is shown at (core/renditions.py), made on publish.
    rendition_uses = {"image": ("wide", "share", "embed")}

    context_selector = "municipality_profile_context"

    parent_page_types = ["municipalities.MunicipalityIndexPage"]
    subpage_types = [
        "stories.StoryPage",
        "municipalities.NewsPage",
        "registry.ServiceRegisterPage",
    ]

    official_name = models.CharField(_("official name"), max_length=255)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=MunicipalityKind.choices,
        default=MunicipalityKind.AIYL_AIMAK,
    )
    region = models.ForeignKey(
        "core.Region", on_delete=models.PROTECT, related_name="+", verbose_name=_("region")
    )
    district = models.ForeignKey(
        "core.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("district"),
        help_text=_("Empty for towns of regional significance."),
    )
    coate = models.CharField(_("СОАТЕ code"), max_length=14, blank=True)
    villages = models.TextField(_("villages"), blank=True, help_text=_("One village per line."))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(
        _("population year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    population_source = models.URLField(_("population source"), max_length=500, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    head_name = models.CharField(_("head of the municipality"), max_length=255, blank=True)
    head_title = models.CharField(_("head's title"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    about = RichTextField(_("about the municipality"), blank=True, features=RICH_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    programmes = ParentalManyToManyField("core.Programme", blank=True, related_name="+")
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("Set when the unit was merged or renamed."),
    )
    successor = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("successor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reform_note = models.TextField(_("reform note"), blank=True)

    # Codes and identifiers are the same in every language (docs/translations.md).
    content_panels = [
        *Page.content_panels,
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("coate")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("district")]),
        FieldPanel("villages"),
        FieldPanel("about"),
        FieldPanel("image"),
        FieldPanel("programmes", heading=_("Programmes"), widget=forms.CheckboxSelectMultiple),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("population"), FieldPanel("population_year")]),
                FieldPanel("population_source"),
            ],
            _("Population"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        InlinePanel("figures", label=_("Figures")),
    ]
    contact_panels = [
        FieldRowPanel([FieldPanel("head_name"), FieldPanel("head_title")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("website"),
    ]
    history_panels = [
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        PageChooserPanel("successor", "municipalities.MunicipalityPage"),
        FieldPanel("reform_note"),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Profile")),
        (facts_panels, _("Facts and figures")),
        (contact_panels, _("Contacts")),
        (history_panels, _("History")),
    )

    base_form_class = LocalisedPageForm
    # Snippets follow the page's locale; codes and numbers are the same in every language.
    override_translatable_fields = [
        *synchronised_snippets("region", "district", "programmes"),
        SynchronizedField("coate"),
        SynchronizedField("phone"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("official_name"),
        index.SearchField("villages"),
        index.SearchField("about"),
        index.AutocompleteField("title"),
    ]
    api_fields = [
        APIField("official_name"),
        APIField("kind"),
        APIField("region", serializer=ReferenceSerializer()),
        APIField("district", serializer=ReferenceSerializer()),
        APIField("coate"),
        APIField("villages"),
        APIField("population"),
        APIField("population_year"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("head_name"),
        APIField("programmes", serializer=ProgrammeSerializer(many=True)),
        APIField("valid_from"),
        APIField("valid_until"),
        APIField("figures"),
    ]

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    @property
    def village_list(self):
        return [v.strip() for v in self.villages.splitlines() if v.strip()]

    @property
    def is_historic(self):
        return bool(self.valid_until and self.valid_until <= timezone.localdate())

    def clean(self):
        super().clean()
        errors = {}
        if self.district_id and self.region_id and self.district.region_id != self.region_id:
            errors["district"] = _("This district belongs to another region.")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The end of validity is before its start.")
        if self.successor_id and self.successor_id == self.pk:
            errors["successor"] = _("A municipality cannot succeed itself.")
        if errors:
            raise ValidationError(errors)


class MunicipalityFigure(Orderable):
    """A dated, sourced figure of a municipality: hearings held, budget changes adopted …"""

    page = ParentalKey(MunicipalityPage, on_delete=models.CASCADE, related_name="figures")
    kind = models.CharField(_("what it counts"), max_length=40, choices=FigureKind.choices)
    value = models.PositiveBigIntegerField(_("value"))
    as_of = models.DateField(_("as of"), null=True, blank=True)
    source_title = models.CharField(_("source"), max_length=255, blank=True)
    source_url = models.URLField(_("source link"), max_length=500, blank=True)
    source_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("source document"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    programme = models.ForeignKey(
        "core.Programme",
        verbose_name=_("programme"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("value"), FieldPanel("as_of")]),
        FieldRowPanel([FieldPanel("source_title"), FieldPanel("source_url")]),
        FieldRowPanel([FieldPanel("source_document"), FieldPanel("programme")]),
    ]
    api_fields = [
        APIField("kind"),
        APIField("value"),
        APIField("as_of"),
        APIField("source_title"),
        APIField("source_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def clean(self):
        super().clean()
        if not self.as_of:
            raise ValidationError({"as_of": _("A figure needs the date it is valid for.")})
        if self.as_of > timezone.localdate():
            raise ValidationError({"as_of": _("The “as of” date cannot be in the future.")})
        if not (self.source_title or self.source_url or self.source_document_id):
            raise ValidationError(
                {"source_title": _("Name the source: a title, a link or a document.")}
            )


class NewsIndexPage(IndexPageMixin, ContextSelectorMixin, RestrictionsMixin, Page):
    """All news of all municipalities and the programmes' own news (its children), newest
    first, with filters."""

    context_selector = "news_index_context"

    class Meta:
        verbose_name = _("news index")


class NewsPage(ContextSelectorMixin, RestrictionsMixin, Page):
    """A news item a municipality publishes about itself, or, under the news index, one of
    the programmes' own ("central news")."""

    # The sizes its images are shown at (core/renditions.py), made on publish.
    rendition_uses = {"image": ("wide", "list", "share", "embed"), "body": ("wide",)}

    context_selector = "news_context"

    parent_page_types = ["municipalities.MunicipalityPage", "municipalities.NewsIndexPage"]
    subpage_types = []

    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    topics = ParentalManyToManyField("core.Topic", blank=True, related_name="+")
    is_sample = models.BooleanField(_("sample content"), default=False)
    external_id = models.CharField(
        _("external ID"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("Key used by spreadsheet imports; leave as it is."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("topics", heading=_("Topics"), widget=forms.CheckboxSelectMultiple),
        FieldPanel("is_sample"),
        FieldPanel("external_id", read_only=True),
    ]
    base_form_class = LocalisedPageForm
    override_translatable_fields = synchronised_snippets("topics")
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("body"),
        APIField("topics", serializer=ReferenceSerializer(many=True)),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")


# The workflow task and what residents send through the public forms live in their own
# modules; importing them here registers the models.
from .residents import CorrectionRequest, InitiativeSubmission  # noqa: E402, F401
from .workflows import MunicipalApprovalTask  # noqa: E402, F401
