"""Choices for municipalities."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MunicipalityKind(models.TextChoices):
    AIYL_AIMAK = "aiyl_aimak", _("Aiyl aimak")
    CITY = "city", _("City")


class MunicipalitySort(models.TextChoices):
    REGION = "region", _("By region")
    NAME = "name", _("By name")
    STORIES = "stories", _("Most stories")
    POPULATION = "population", _("Largest population")
