"""Local initiative stories and the index that lists them."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
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
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
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

from .choices import IdentificationMethod, OperatorKind, ServiceImpact

MONEY_PARTS = (
    "grant_kgs",
    "municipal_kgs",
    "community_cash_kgs",
    "community_in_kind_kgs",
    "community_labour_kgs",
    "other_kgs",
)


def money_field(label):
    return models.PositiveBigIntegerField(label, null=True, blank=True)


class StoryIndexPage(IndexPageMixin, ContextSelectorMixin, RestrictionsMixin, Page):
    """All stories, with facets, search, sorting and the region map."""

    context_selector = "story_index_context"

    class Meta:
        verbose_name = _("story index")


class StoryPage(ContextSelectorMixin, RestrictionsMixin, Page):
    """One local initiative: problem, decision, what was done and what it changed."""

    # The sizes its images are shown at (core/renditions.py), made on publish.
    rendition_uses = {
        "image": ("card", "wide", "share", "embed"),
        "gallery_images.image": ("gallery",),
        "body": ("wide",),
    }

    context_selector = "story_page_context"

    parent_page_types = ["municipalities.MunicipalityPage"]
    subpage_types = []

    # The story
    summary = models.TextField(_("summary"), max_length=600)
    villages = models.CharField(
        _("villages"), max_length=255, blank=True, help_text=_("Separate villages with ';'.")
    )
    topics = ParentalManyToManyField("core.Topic", blank=True, related_name="+")
    programme = models.ForeignKey(
        "core.Programme",
        verbose_name=_("programme"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1991), MaxValueValidator(2100)],
    )
    vulnerable_groups = ParentalManyToManyField(
        "core.VulnerableGroup", blank=True, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    problem = RichTextField(_("problem"), blank=True, features=RICH_FEATURES)
    identification_method = models.CharField(
        _("how the problem was identified"),
        max_length=30,
        choices=IdentificationMethod.choices,
        blank=True,
    )
    identification_details = RichTextField(
        _("identification details"), blank=True, features=RICH_FEATURES
    )
    outputs_text = RichTextField(_("what was done"), blank=True, features=RICH_FEATURES)
    result = RichTextField(_("result"), blank=True, features=RICH_FEATURES)
    body = StreamField(BodyStreamBlock(), verbose_name=_("more of the story"), blank=True)

    # Decision: the village gathering
    gathering_date = models.DateField(_("gathering date"), null=True, blank=True)
    gathering_participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    gathering_women = models.PositiveIntegerField(_("of whom women"), null=True, blank=True)
    gathering_voters = models.PositiveIntegerField(_("voters"), null=True, blank=True)
    implementation_start = models.DateField(_("implementation started"), null=True, blank=True)
    opened_on = models.DateField(_("opened on"), null=True, blank=True)

    # Money, in whole KGS
    total_kgs = money_field(_("total (KGS)"))
    grant_kgs = money_field(_("grant / donor (KGS)"))
    municipal_kgs = money_field(_("municipal budget (KGS)"))
    community_cash_kgs = money_field(_("community: cash (KGS)"))
    community_in_kind_kgs = money_field(_("community: in kind (KGS)"))
    community_labour_kgs = money_field(_("community: labour (KGS)"))
    other_kgs = money_field(_("other sources (KGS)"))

    # People
    beneficiaries_people = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    beneficiaries_households = models.PositiveIntegerField(_("households"), null=True, blank=True)
    beneficiaries_note = models.CharField(_("about the beneficiaries"), max_length=255, blank=True)

    # Sustainability and monitoring
    operator_kind = models.CharField(
        _("operator"), max_length=30, choices=OperatorKind.choices, blank=True
    )
    operator_name = models.CharField(_("operator name"), max_length=255, blank=True)
    tariff_approved = models.BooleanField(_("tariff approved by the council"), default=False)
    tariff_decision = models.CharField(
        _("tariff decision"), max_length=255, blank=True, help_text=_("Number and date")
    )
    sustainability_note = models.TextField(_("sustainability"), blank=True)
    monitored_by_group = models.BooleanField(
        _("monitored by a joint monitoring group"), default=False
    )
    monitoring_group_members = models.PositiveIntegerField(
        _("monitoring group members"), null=True, blank=True
    )
    monitoring_note = models.TextField(_("monitoring"), blank=True)

    # Sources
    source_title = models.CharField(_("source of the original account"), max_length=255, blank=True)
    source_url = models.URLField(_("source link"), max_length=500, blank=True)
    source_date = models.DateField(_("source date"), null=True, blank=True)
    external_id = models.CharField(
        _("external ID"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("Key used by spreadsheet imports; leave as it is."),
    )
    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_("Demonstration content; readers see a visible label."),
    )
    public_submission = models.BooleanField(
        _("shared by a resident"),
        default=False,
        help_text=_(
            "Sent through the public “share your initiative” form: check every fact and "
            "photo with the sender before it goes through the workflow."
        ),
    )

    story_panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("programme")]),
        FieldPanel("villages"),
        FieldPanel("topics", heading=_("Topics"), widget=forms.CheckboxSelectMultiple),
        FieldPanel("problem"),
        MultiFieldPanel(
            [FieldPanel("identification_method"), FieldPanel("identification_details")],
            _("How it was identified"),
        ),
        FieldPanel("outputs_text"),
        InlinePanel("outputs", label=_("Outputs")),
        FieldPanel("result"),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldPanel("total_kgs"),
                FieldRowPanel([FieldPanel("grant_kgs"), FieldPanel("municipal_kgs")]),
                FieldRowPanel(
                    [
                        FieldPanel("community_cash_kgs"),
                        FieldPanel("community_in_kind_kgs"),
                        FieldPanel("community_labour_kgs"),
                    ]
                ),
                FieldPanel("other_kgs"),
            ],
            _("Money (KGS)"),
        ),
        FieldRowPanel([FieldPanel("implementation_start"), FieldPanel("opened_on")]),
        MultiFieldPanel(
            [
                FieldPanel("operator_kind"),
                FieldPanel("operator_name"),
                FieldRowPanel([FieldPanel("tariff_approved"), FieldPanel("tariff_decision")]),
                FieldPanel("sustainability_note"),
            ],
            _("Sustainability"),
        ),
        InlinePanel("service_links", label=_("Register services it created or changed")),
    ]
    people_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("beneficiaries_people"), FieldPanel("beneficiaries_households")]
                ),
                FieldPanel("beneficiaries_note"),
                FieldPanel(
                    "vulnerable_groups",
                    heading=_("Vulnerable groups"),
                    widget=forms.CheckboxSelectMultiple,
                ),
            ],
            _("Beneficiaries"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("gathering_date"),
                FieldRowPanel(
                    [
                        FieldPanel("gathering_participants"),
                        FieldPanel("gathering_women"),
                        FieldPanel("gathering_voters"),
                    ]
                ),
                InlinePanel("votes", label=_("Votes per alternative")),
            ],
            _("Village gathering"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("monitored_by_group"), FieldPanel("monitoring_group_members")]
                ),
                FieldPanel("monitoring_note"),
            ],
            _("Monitoring"),
        ),
        InlinePanel("quotes", label=_("Quotes")),
    ]
    media_panels = [
        InlinePanel("gallery_images", label=_("Gallery")),
        InlinePanel("documents", label=_("Documents")),
    ]
    source_panels = [
        FieldPanel("source_title"),
        FieldRowPanel([FieldPanel("source_url"), FieldPanel("source_date")]),
        FieldPanel("external_id", read_only=True),
        FieldPanel("public_submission", read_only=True),
    ]
    edit_handler = page_tabs(
        (story_panels, _("Story")),
        (facts_panels, _("Facts and money")),
        (people_panels, _("People and decision")),
        (media_panels, _("Media")),
        (source_panels, _("Sources")),
    )

    base_form_class = LocalisedPageForm
    # Snippets follow the page's locale; codes and identifiers are the same in every
    # language (docs/translations.md).
    override_translatable_fields = [
        *synchronised_snippets("programme", "topics", "vulnerable_groups"),
        SynchronizedField("external_id"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("villages"),
        index.SearchField("problem"),
        index.SearchField("outputs_text"),
        index.SearchField("result"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("year"),
        index.FilterField("is_sample"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("villages"),
        APIField("year"),
        APIField("topics", serializer=ReferenceSerializer(many=True)),
        APIField("programme", serializer=ProgrammeSerializer()),
        APIField("vulnerable_groups", serializer=ReferenceSerializer(many=True)),
        APIField("problem"),
        APIField("identification_method"),
        APIField("outputs_text"),
        APIField("result"),
        APIField("gathering_date"),
        APIField("gathering_participants"),
        APIField("gathering_women"),
        APIField("gathering_voters"),
        APIField("opened_on"),
        *(APIField(name) for name in ("total_kgs", *MONEY_PARTS)),
        APIField("beneficiaries_people"),
        APIField("beneficiaries_households"),
        APIField("operator_kind"),
        APIField("operator_name"),
        APIField("tariff_approved"),
        APIField("monitored_by_group"),
        APIField("source_title"),
        APIField("source_url"),
        APIField("is_sample"),
        APIField("votes"),
        APIField("outputs"),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def community_kgs(self):
        parts = [self.community_cash_kgs, self.community_in_kind_kgs, self.community_labour_kgs]
        if all(part is None for part in parts):
            return None
        return sum(part or 0 for part in parts)

    @property
    def parts_sum(self):
        return sum(getattr(self, name) or 0 for name in MONEY_PARTS)

    @property
    def village_list(self):
        return [v.strip() for v in self.villages.split(";") if v.strip()]

    def figures_errors(self):
        """The rules the story's money and people obey, as {field name: message}: the
        editor's form (`clean`) and the public "share your initiative" form apply them."""
        errors = {}
        if self.total_kgs is not None and self.parts_sum > self.total_kgs:
            errors["total_kgs"] = _(
                "The parts of the money (%(parts)s KGS) exceed the total (%(total)s KGS)."
            ) % {
                "parts": f"{self.parts_sum:,}".replace(",", " "),
                "total": f"{self.total_kgs:,}".replace(",", " "),
            }
        if (
            self.gathering_women is not None
            and self.gathering_participants is not None
            and self.gathering_women > self.gathering_participants
        ):
            errors["gathering_women"] = _("There cannot be more women than participants.")
        if (
            self.gathering_voters is not None
            and self.gathering_participants is not None
            and self.gathering_voters > self.gathering_participants
        ):
            errors["gathering_voters"] = _("There cannot be more voters than participants.")
        if (
            self.opened_on
            and self.implementation_start
            and self.opened_on < self.implementation_start
        ):
            errors["opened_on"] = _("The opening date is before the start of implementation.")
        return errors

    def clean(self):
        super().clean()
        errors = self.figures_errors()
        if errors:
            raise ValidationError(errors)


class StoryVote(TranslatableMixin, Orderable):
    """One alternative voted on at the village gathering."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="votes")
    alternative = models.CharField(_("alternative"), max_length=255)
    votes = models.PositiveIntegerField(_("votes"))
    chosen = models.BooleanField(_("chosen"), default=False)

    panels = [FieldRowPanel([FieldPanel("alternative"), FieldPanel("votes"), FieldPanel("chosen")])]
    api_fields = [APIField("alternative"), APIField("votes"), APIField("chosen")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return f"{self.alternative}: {self.votes}"


class StoryOutput(TranslatableMixin, Orderable):
    """A physical output: 3 km of lighting, a 150 m³ tank, 75 places."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="outputs")
    quantity = models.DecimalField(_("quantity"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("km, m³, places …"))
    description = models.CharField(_("what"), max_length=255)

    panels = [
        FieldRowPanel([FieldPanel("quantity"), FieldPanel("unit"), FieldPanel("description")])
    ]
    api_fields = [APIField("quantity"), APIField("unit"), APIField("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return f"{self.quantity} {self.unit} {self.description}"

    @property
    def quantity_display(self):
        return (
            self.quantity.normalize()
            if self.quantity == self.quantity.to_integral()
            else self.quantity
        )


class StoryQuote(TranslatableMixin, Orderable):
    """Words of a resident, the head of the aiyl okmotu or the initiative group."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(_("quote"))
    author = models.CharField(_("who said it"), max_length=120, blank=True)
    role = models.CharField(_("role"), max_length=120, blank=True)

    panels = [FieldPanel("text"), FieldRowPanel([FieldPanel("author"), FieldPanel("role")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return self.text[:60]


class StoryGalleryImage(TranslatableMixin, Orderable):
    """A photo of the story, shown only when the consent of the people in it is recorded."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    consent_recorded = models.BooleanField(
        _("consent recorded"),
        default=False,
        help_text=_("The people shown agreed to publication; without it the photo is not shown."),
    )
    consent_note = models.CharField(_("how consent was given"), max_length=255, blank=True)

    panels = [
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("caption"), FieldPanel("credit")]),
        FieldRowPanel([FieldPanel("consent_recorded"), FieldPanel("consent_note")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return self.caption or str(self.image)


class StoryDocument(Orderable):
    """A document of the story: decision, estimate, report."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    title = models.CharField(_("title"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    def __str__(self):
        return self.title or self.document.title


class StoryServiceLink(Orderable):
    """The impact trail: a register service this story created or changed."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="service_links")
    service = models.ForeignKey(
        "registry.ServicePage",
        on_delete=models.CASCADE,
        related_name="story_links",
        verbose_name=_("service"),
    )
    impact = models.CharField(
        _("impact"), max_length=10, choices=ServiceImpact.choices, default=ServiceImpact.CREATED
    )

    panels = [FieldRowPanel([PageChooserPanel("service"), FieldPanel("impact")])]

    def __str__(self):
        return f"{self.page} → {self.service}"

    def clean(self):
        super().clean()
        service = self.service if self.service_id else None
        if service is not None and self.impact == ServiceImpact.CREATED and not service.is_approved:
            raise ValidationError(
                {
                    "impact": _(
                        "Only an approved service can have been created by a story: this one "
                        "is %(status)s. Say the story changed it, or choose another service."
                    )
                    % {"status": service.get_status_display().lower()}
                }
            )


class StorySearchDocument(models.Model):
    """What the story index searches for a story: its folded words with their beginnings
    (`search.story_search_text`), one row per story page, written by
    `services.story_search_document_save`. PostgreSQL searches it through a GIN index
    with the configuration `search.SEARCH_CONFIG` (Russian and English stemming),
    SQLite through the FTS5 table `stories_storysearch_fts` that triggers keep in step
    (migration 0006)."""

    page = models.OneToOneField(
        StoryPage, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    text = models.TextField()

    class Meta:
        verbose_name = _("story search document")
        verbose_name_plural = _("story search documents")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.page_id}"
