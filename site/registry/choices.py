"""Choices for register entries: provider, initiator, status."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProviderKind(models.TextChoices):
    AIYL_OKMOTU = "aiyl_okmotu", _("Aiyl okmotu department")
    MUNICIPAL_ENTERPRISE = "municipal_enterprise", _("Municipal enterprise")
    INSTITUTION = "institution", _("Municipal institution")
    USERS_ASSOCIATION = "users_association", _("Users' association")
    PRIVATE = "private", _("Private contractor")


class Initiator(models.TextChoices):
    RESIDENTS = "residents", _("Residents")
    VULNERABLE_GROUP = "vulnerable_group", _("A vulnerable group")
    MUNICIPALITY = "municipality", _("The municipality")


class InitiationMethod(models.TextChoices):
    HEARING = "hearing", _("Public hearing")
    FOCUS_GROUP = "focus_group", _("Focus group")
    MONITORING_GROUP = "monitoring_group", _("Joint monitoring group")
    PETITION = "petition", _("Written proposal")


class ServiceStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class DeliveryForm(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    AT_HOME = "at_home", _("At home")
    ELECTRONIC = "electronic", _("Electronically")
    CONTINUOUS = "continuous", _("Continuously, without application")
