"""Signal receivers of the municipalities app. A municipality's translation created by
wagtail-localize passes no admin hook; its groups' permissions must reach it too."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Locale

from .models import MunicipalityPage
from .services import municipality_groups_ensure


def municipality_translation_created(sender, instance, created, raw=False, **kwargs):
    if raw or not created or instance.locale_id == Locale.get_default().pk:
        return
    transaction.on_commit(lambda: municipality_groups_ensure(municipality=instance))


def connect():
    post_save.connect(
        municipality_translation_created,
        sender=MunicipalityPage,
        dispatch_uid="municipalities.municipality_translation_created",
    )
