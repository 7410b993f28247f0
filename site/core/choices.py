"""Choices shared by several apps: kinds of regions, figures and providers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RegionKind(models.TextChoices):
    OBLAST = "oblast", _("Region (oblast)")
    CITY = "city", _("City of republican significance")


class FigureKind(models.TextChoices):
    """What a dated, sourced figure counts. Home totals and programme headlines use these."""

    RESIDENTS_INVOLVED = "residents_involved", _("Residents involved in setting priorities")
    HEARINGS_HELD = "hearings_held", _("Public hearings held")
    HEARING_PARTICIPANTS = "hearing_participants", _("Hearing participants")
    BUDGET_CHANGES = "budget_changes", _("Budget changes adopted from citizens' proposals")
    MONITORING_MEMBERS = "monitoring_members", _("Joint monitoring group members")
    PROJECTS_MONITORED = "projects_monitored", _("Projects monitored")
    PEOPLE_BENEFITING = "people_benefiting", _("People benefiting")


class RegisterFigureKind(models.TextChoices):
    """What a programme may state about the service registers. A programme's headline
    figure of these kinds is set beside what the published registers record, computed
    from them (never a municipality's own figure, so not among `FigureKind`)."""

    PARTICIPATION_REGULATIONS = (
        "participation_regulations",
        _("Registers whose regulation fixes citizens' participation"),
    )
    SERVICES_BY_VULNERABLE_GROUPS = (
        "services_by_vulnerable_groups",
        _("Services initiated by vulnerable groups"),
    )
    APPROVED_FROM_VULNERABLE_GROUPS = (
        "approved_from_vulnerable_groups",
        _("Services initiated by vulnerable groups and approved into registers"),
    )
    SERVICES_IN_REGISTERS = "services_in_registers", _("Services in the registers")
    REGISTERS = "registers", _("Service registers")


# What a programme's headline figure may count: a municipal figure or a register figure.
PROGRAMME_FIGURE_KINDS = [*FigureKind.choices, *RegisterFigureKind.choices]


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exactly")
    MORE_THAN = "more_than", _("more than")
    ABOUT = "about", pgettext_lazy("figure qualifier", "about")


class TopicColour(models.TextChoices):
    """Muted chip and chart colours; each always shown with its label."""

    WATER = "water", _("Water blue")
    EARTH = "earth", _("Earth brown")
    SUN = "sun", _("Sun ochre")
    STEPPE = "steppe", _("Steppe green")
    FELT = "felt", _("Felt red")
    SKY = "sky", _("Sky grey-blue")
    STONE = "stone", _("Stone grey")
    PLUM = "plum", _("Plum")
