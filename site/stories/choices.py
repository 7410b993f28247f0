"""Choices for stories: how a priority was found, what a link to a service means."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IdentificationMethod(models.TextChoices):
    PRA = "pra", _("Participatory needs assessment")
    FOCUS_GROUP = "focus_group", _("Focus group with a vulnerable group")
    BUDGET_HEARING = "budget_hearing", _("Public budget hearing")
    JOINT_ACTION_PLAN = "joint_action_plan", _("Joint action plan")
    COMPETITION = "competition", _("Local initiative competition")
    OTHER = "other", _("Other")


class OperatorKind(models.TextChoices):
    AIYL_OKMOTU = "aiyl_okmotu", _("Aiyl okmotu department")
    MUNICIPAL_ENTERPRISE = "municipal_enterprise", _("Municipal enterprise")
    INSTITUTION = "institution", _("Municipal institution")
    USERS_ASSOCIATION = "users_association", _("Users' association")
    PRIVATE = "private", _("Private contractor")
    COMMUNITY = "community", _("Community group")


class ServiceImpact(models.TextChoices):
    CREATED = "created", _("created the service")
    CHANGED = "changed", _("changed the service")


class StorySort(models.TextChoices):
    NEWEST = "newest", _("Newest")
    BENEFICIARIES = "beneficiaries", _("Most beneficiaries")
    COMMUNITY = "community", _("Largest community contribution")
