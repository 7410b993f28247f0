"""Signal receivers of the municipalities app. A municipality's translation created by
wagtail-localize passes no admin hook; its groups' permissions must reach it too. The
municipal sign-off's e-mails hang on Wagtail's workflow signals."""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_init, post_save, pre_save
from wagtail.models import Locale, Task, TaskState, Workflow
from wagtail.signals import task_approved, task_submitted

from .models import MunicipalityPage
from .names import name_translate, name_untranslate
from .notifications import approval_notifier, submission_notifier
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
    for model in (Workflow, *_task_models()):
        uid = f"{model._meta.label}.name"
        post_init.connect(name_translate, sender=model, dispatch_uid=f"{uid}.translate")
        pre_save.connect(name_untranslate, sender=model, dispatch_uid=f"{uid}.untranslate")
    task_submitted.connect(
        submission_notifier, sender=TaskState, dispatch_uid="municipalities.task_submitted"
    )
    task_approved.connect(
        approval_notifier, sender=TaskState, dispatch_uid="municipalities.task_approved"
    )


def _task_models():
    """Every concrete task model (Wagtail's group approval task, the municipal one)."""
    return [model for model in apps.get_models() if issubclass(model, Task)]
