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
