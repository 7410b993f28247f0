"""Reference snippets that several apps use, and the site-wide settings."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .choices import PROGRAMME_FIGURE_KINDS, Qualifier, RegionKind, TopicColour


class Region(TranslatableMixin, models.Model):
    """One of the 7 oblasts or the 2 cities of republican significance."""

    slug = models.SlugField(_("slug"), max_length=60)
    kind = models.CharField(_("kind"), max_length=10, choices=RegionKind.choices)
    name = models.CharField(_("name"), max_length=120)
    iso_code = models.CharField(_("ISO 3166-2 code"), max_length=6)
    coate = models.CharField(_("СОАТЕ code prefix"), max_length=14)
    admin_centre = models.CharField(_("administrative centre"), max_length=120, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("iso_code"),
        SynchronizedField("coate"),
    ]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("iso_code"), FieldPanel("coate")]),
        FieldPanel("admin_centre"),
        FieldPanel("sort_order"),
    ]
    api_fields = [APIField("slug"), APIField("name"), APIField("iso_code"), APIField("coate")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class District(TranslatableMixin, models.Model):
    """A rayon: the state administrative level between region and municipality."""

    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="districts", verbose_name=_("region")
    )
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=120)
    coate = models.CharField(_("СОАТЕ code prefix"), max_length=14)
    note = models.TextField(_("note"), blank=True)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("coate")]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("coate")]),
        FieldPanel("region"),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, models.Model):
    """The priority area of an initiative or service: drinking water, solid waste …"""

    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    icon = models.CharField(
        _("icon"), max_length=40, blank=True, help_text=_("Name of an icon in static/img/topics/")
    )
    colour = models.CharField(
        _("colour"), max_length=10, choices=TopicColour.choices, default=TopicColour.STONE
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("icon")]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("icon"), FieldPanel("colour"), FieldPanel("sort_order")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class VulnerableGroup(TranslatableMixin, models.Model):
    """A group of residents whose needs an initiative or service addresses."""

    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("slug")]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("vulnerable group")
        verbose_name_plural = _("vulnerable groups")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Programme(TranslatableMixin, ClusterableModel):
    """A donor-funded programme (VAP, PSI …) with its headline figures."""

    slug = models.SlugField(_("slug"), max_length=60)
    abbreviation = models.CharField(_("abbreviation"), max_length=30)
    local_abbreviation = models.CharField(
        _("local abbreviation"), max_length=30, blank=True, help_text=_("e.g. ГГПОМСУ, УУМУ")
    )
    name = models.CharField(_("name"), max_length=255)
    implementer = models.CharField(_("implementer"), max_length=255, blank=True)
    donor = models.CharField(_("donor"), max_length=255, blank=True)
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    # Codes and identifiers are the same in every language (docs/translations.md).
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("abbreviation")]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("local_abbreviation")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("implementer"), FieldPanel("donor")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("website"),
        FieldPanel("description"),
        InlinePanel("headline_figures", label=_("Headline figures")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["start_year", "abbreviation"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return f"{self.abbreviation}: {self.name}"

    @property
    def acronym(self):
        """The acronym readers of this record's language know: its local abbreviation
        (ЭҮЖӨБОЖ, ГГПОМСУ) when it has one, else the international one (VAP)."""
        return self.local_abbreviation or self.abbreviation

    @property
    def years(self):
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or "")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year is before the start year.")})


class ProgrammeFigure(Orderable):
    """A headline figure a programme reports (e.g. "more than 140 hearings")."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="headline_figures")
    kind = models.CharField(_("what it counts"), max_length=40, choices=PROGRAMME_FIGURE_KINDS)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    value = models.PositiveBigIntegerField(_("value"))
    source_title = models.CharField(_("source"), max_length=255, blank=True)
    source_url = models.URLField(_("source link"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("qualifier"), FieldPanel("value")]),
        MultiFieldPanel([FieldPanel("source_title"), FieldPanel("source_url")], _("Source")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("headline figure")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def is_met_by(self, total):
        """Whether a computed total agrees with this headline figure."""
        if self.qualifier == Qualifier.MORE_THAN:
            return total > self.value
        if self.qualifier == Qualifier.ABOUT:
            return abs(total - self.value) <= max(1, self.value // 10)
        return total == self.value


class ImportLog(models.Model):
    """One run of a spreadsheet import (docs/import.md): who, when, which file, a dry run
    or not, whether it was written, and its counts. Written by `core.imports`; read-only in
    the admin."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("what was imported"), max_length=40)
    file_name = models.CharField(_("file"), max_length=255)
    dry_run = models.BooleanField(_("dry run"), default=False)
    committed = models.BooleanField(_("written"), default=False)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    new = models.PositiveIntegerField(_("new"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    errors = models.PositiveIntegerField(_("errors"), default=0)
    seconds = models.DecimalField(_("seconds"), max_digits=8, decimal_places=2, default=0)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at", "-pk"]
        permissions = [("import_content", _("Can import content from spreadsheets"))]

    def __str__(self):
        return f"{self.kind}: {self.file_name} ({self.created_at:%Y-%m-%d %H:%M})"
