"""The national base list of services, municipal registers and their services."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.forms import LocalisedPageForm
from core.localize import synchronised_snippets
from core.pages import RICH_FEATURES as BASE_RICH_FEATURES
from core.pages import ContextSelectorMixin, IndexPageMixin, page_tabs

from .choices import DeliveryForm, InitiationMethod, Initiator, ProviderKind, ServiceStatus

# Service texts link the documents a resident brings.
RICH_FEATURES = [*BASE_RICH_FEATURES, "document-link"]


class BaseServiceCategory(TranslatableMixin, models.Model):
    """A chapter of the national list of municipal services."""

    code = models.CharField(_("code"), max_length=10)
    name = models.CharField(_("name"), max_length=255)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("code")]

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("base service category")
        verbose_name_plural = _("base service categories")
        ordering = ["code"]
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self):
        return f"{self.code}. {self.name}"


class BaseService(TranslatableMixin, models.Model):
    """An entry of the national list every local register refers to: what makes registers
    comparable across municipalities."""

    code = models.CharField(_("code"), max_length=20, help_text=_("Stable code, e.g. 2.1"))
    name = models.CharField(_("name"), max_length=255)
    category = models.ForeignKey(
        BaseServiceCategory,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("category"),
    )
    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("topic"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("code")]

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("category")]),
        FieldPanel("name"),
        FieldPanel("topic"),
        FieldPanel("description"),
    ]
    api_fields = [APIField("code"), APIField("name"), APIField("category")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("base service")
        verbose_name_plural = _("base services")
        ordering = ["code"]
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self):
        return f"{self.code} {self.name}"


class RegistryIndexPage(IndexPageMixin, ContextSelectorMixin, Page):
    """Every register, the base list, the pipeline from proposals to approved services."""

    context_selector = "registry_index_context"

    class Meta:
        verbose_name = _("registry index")


class ServiceRegisterPage(ContextSelectorMixin, Page):
    """A municipality's local register of services (МРУ), as the council approved it."""

    context_selector = "register_context"

    parent_page_types = ["municipalities.MunicipalityPage"]
    subpage_types = ["registry.ServicePage"]
    max_count_per_parent = 1

    decision_number = models.CharField(_("council decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("council decision date"), null=True, blank=True)
    decision_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("council decision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    has_participation_regulation = models.BooleanField(
        _("a regulation (Положение) fixes citizens' participation in planning"), default=False
    )
    regulation_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("regulation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    notes = RichTextField(_("notes"), blank=True, features=RICH_FEATURES)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("decision_number")]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                FieldPanel("decision_document"),
            ],
            _("Council decision"),
        ),
        FieldPanel("year"),
        FieldPanel("has_participation_regulation"),
        FieldPanel("regulation_document"),
        FieldPanel("notes"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("notes")]
    api_fields = [
        APIField("decision_number"),
        APIField("decision_date"),
        APIField("has_participation_regulation"),
        APIField("year"),
        APIField("notes"),
    ]

    class Meta:
        verbose_name = _("service register")
        verbose_name_plural = _("service registers")


class ServicePage(ContextSelectorMixin, Page):
    """One municipal service, written to be read by a resident: who, what, how much, how
    long, where, which documents, on what legal basis."""

    context_selector = "service_context"

    parent_page_types = ["registry.ServiceRegisterPage"]
    subpage_types = []

    base_service = models.ForeignKey(
        BaseService,
        verbose_name=_("base service"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    local_code = models.CharField(_("number in the register"), max_length=20, blank=True)
    summary = models.TextField(_("what the service is"), max_length=600)
    recipients = models.TextField(_("who can get it"), blank=True)
    provider_kind = models.CharField(
        _("provider"), max_length=30, choices=ProviderKind.choices, blank=True
    )
    provider_name = models.CharField(_("provider name"), max_length=255, blank=True)
    is_outsourced = models.BooleanField(_("outsourced"), default=False)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee_kgs = models.DecimalField(
        _("fee (KGS)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    fee_unit = models.CharField(
        _("fee per"), max_length=100, blank=True, help_text=_("e.g. per household per month")
    )
    fee_decision = models.CharField(
        _("council decision that set the fee"), max_length=255, blank=True
    )
    time_limit = models.CharField(_("time limit"), max_length=255, blank=True)
    delivery_form = models.CharField(
        _("how it is delivered"), max_length=20, choices=DeliveryForm.choices, blank=True
    )
    how_to_apply = RichTextField(_("how to apply"), blank=True, features=RICH_FEATURES)
    documents_required = RichTextField(_("documents needed"), blank=True, features=RICH_FEATURES)
    where = models.CharField(_("where"), max_length=255, blank=True)
    hours = models.CharField(_("when"), max_length=255, blank=True)
    legal_basis = RichTextField(_("legal basis"), blank=True, features=RICH_FEATURES)
    standard_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("service standard"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    initiated_by = models.CharField(
        _("initiated by"), max_length=20, choices=Initiator.choices, default=Initiator.MUNICIPALITY
    )
    initiating_groups = ParentalManyToManyField(
        "core.VulnerableGroup", blank=True, related_name="+"
    )
    initiation_method = models.CharField(
        _("how it was initiated"), max_length=20, choices=InitiationMethod.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.PROPOSED
    )
    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    status_reason = models.TextField(_("reason for the decision"), blank=True)
    planning_hearings = models.PositiveIntegerField(_("hearings"), null=True, blank=True)
    planning_focus_groups = models.PositiveIntegerField(_("focus groups"), null=True, blank=True)
    planning_participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("base_service"), FieldPanel("local_code")]),
        FieldPanel("summary"),
        FieldPanel("recipients"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("provider_kind"), FieldPanel("provider_name")]),
                FieldPanel("is_outsourced"),
            ],
            _("Provider"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("fee_kgs"), FieldPanel("fee_unit")]),
                FieldPanel("fee_decision"),
            ],
            _("Cost"),
        ),
    ]
    access_panels = [
        FieldRowPanel([FieldPanel("time_limit"), FieldPanel("delivery_form")]),
        FieldPanel("how_to_apply"),
        FieldPanel("documents_required"),
        FieldRowPanel([FieldPanel("where"), FieldPanel("hours")]),
        FieldPanel("legal_basis"),
        FieldPanel("standard_document"),
    ]
    decision_panels = [
        MultiFieldPanel(
            [
                FieldPanel("initiated_by"),
                FieldPanel(
                    "initiating_groups",
                    heading=_("Initiating groups"),
                    widget=forms.CheckboxSelectMultiple,
                ),
                FieldPanel("initiation_method"),
            ],
            _("Initiative"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                FieldPanel("status_reason"),
            ],
            _("Decision"),
        ),
        FieldRowPanel(
            [
                FieldPanel("planning_hearings"),
                FieldPanel("planning_focus_groups"),
                FieldPanel("planning_participants"),
            ],
            heading=_("Participation in planning"),
        ),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Service")),
        (access_panels, _("How to get it")),
        (decision_panels, _("Initiative and decision")),
    )

    base_form_class = LocalisedPageForm
    # Snippets follow the page's locale; codes and identifiers are the same in every
    # language (docs/translations.md).
    override_translatable_fields = [
        *synchronised_snippets("base_service", "initiating_groups"),
        SynchronizedField("local_code"),
        SynchronizedField("decision_number"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("recipients"),
        index.SearchField("provider_name"),
        index.FilterField("status"),
        index.FilterField("initiated_by"),
    ]
    api_fields = [
        APIField("base_service"),
        APIField("local_code"),
        APIField("summary"),
        APIField("recipients"),
        APIField("provider_kind"),
        APIField("provider_name"),
        APIField("is_outsourced"),
        APIField("is_free"),
        APIField("fee_kgs"),
        APIField("fee_unit"),
        APIField("time_limit"),
        APIField("initiated_by"),
        APIField("initiating_groups"),
        APIField("status"),
        APIField("decision_number"),
        APIField("decision_date"),
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def is_approved(self):
        """Approved by the council: the only status a story may say it created."""
        return self.status == ServiceStatus.APPROVED

    def clean(self):
        super().clean()
        errors = self.rules_errors()
        if errors:
            raise ValidationError(errors)

    def rules_errors(self):
        """{field: message} of the service's own rules (status and decision, fee,
        outsourcing): what `clean` raises, and what the register import checks."""
        errors = {}
        if self.status == ServiceStatus.APPROVED and not self.decision_date:
            errors["decision_date"] = _("An approved service needs the date of the decision.")
        if self.status == ServiceStatus.REJECTED and not self.status_reason:
            errors["status_reason"] = _("Say why the service was rejected.")
        if not self.is_free and self.fee_kgs is None:
            errors["fee_kgs"] = _("A paid service needs its fee.")
        if self.is_free and self.fee_kgs:
            errors["fee_kgs"] = _("A free service has no fee.")
        if self.is_outsourced and self.provider_kind not in (
            ProviderKind.PRIVATE,
            ProviderKind.USERS_ASSOCIATION,
            ProviderKind.MUNICIPAL_ENTERPRISE,
        ):
            errors["provider_kind"] = _(
                "An outsourced service is provided by an enterprise, an association or a "
                "private contractor."
            )
        return errors
