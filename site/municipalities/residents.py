"""What residents send through the public forms: who shared an initiative (the story
itself is a draft StoryPage marked `public_submission`) and correction requests on a
page. Contacts live here, never on the page: they stay out of its revisions, its
translations, the API and the search index."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InitiativeSubmission(models.Model):
    """The sender of a story shared through "share your initiative"."""

    story = models.OneToOneField(
        "stories.StoryPage",
        on_delete=models.CASCADE,
        related_name="resident_submission",
        verbose_name=_("story"),
    )
    municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("shared initiative")
        verbose_name_plural = _("shared initiatives")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name}: {self.story_id}"


class CorrectionRequest(models.Model):
    """A reader's "this is wrong" on a story, municipality or service page: a task for
    the editors of the page's municipality until one of them marks it done."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("municipality"),
    )
    text = models.TextField(_("what is wrong"), max_length=2000)
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)
    resolved_at = models.DateTimeField(_("done at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done by"),
    )

    class Meta:
        verbose_name = _("correction request")
        verbose_name_plural = _("correction requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.text[:60]
