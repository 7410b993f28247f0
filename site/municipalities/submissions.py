"""Writes of the public forms.

- "Share your initiative": the resident's account becomes a draft StoryPage marked
  `public_submission` under the chosen municipality (in the reader's language), its photos
  go to the municipality's collection, its workflow starts at once (so the municipality's
  approvers have it as a task and its editors see it on their dashboard), and who sent it
  is kept apart (InitiativeSubmission). Nothing is published: publishing stays the
  workflow's last step, taken by a central editor.
- A correction request becomes a CorrectionRequest of the page's municipality.

Both tell the municipality's editors and approvers by e-mail after the commit, and the
sender (when she gave an e-mail address) in her language. Each POST is counted per address
in the cache first (`public_form_throttled`)."""

import logging

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.log_actions import log

from core.security import client_ip, rate_limit_hit
from core.textsearch import TRANSLIT, fold
from stories.models import StoryGalleryImage, StoryPage
from stories.services import paragraphs_html

from .notifications import (
    correction_request_notify,
    initiative_submission_confirm,
    initiative_submission_notify,
)
from .residents import CorrectionRequest, InitiativeSubmission
from .services import municipality_collection_get
from .workflows import municipality_of

logger = logging.getLogger("ashar.submissions")

SHARE = "share"
CORRECTION = "correction"


def public_form_throttled(*, request, form):
    """Count this POST of `form` (SHARE or CORRECTION) from the client's address: True
    when it is over PUBLIC_FORM_LIMIT_PER_ADDRESS in PUBLIC_FORM_PERIOD. Counted before
    anything else is read, so a flood of bad forms is throttled too."""
    limited = rate_limit_hit(
        scope=f"public-{form}",
        key=client_ip(request),
        limit=settings.PUBLIC_FORM_LIMIT_PER_ADDRESS,
        period=settings.PUBLIC_FORM_PERIOD,
    )
    if limited:
        logger.warning(
            "Public form %s refused: too many submissions",
            form,
            extra={"client_ip": client_ip(request)},
        )
    return limited


def _slug(title):
    return slugify(fold(title).translate(TRANSLIT))[:60].strip("-") or "initiative"


def _photos_store(*, photos, municipality, title):
    """Each photo as a Wagtail image in the municipality's collection."""
    collection = municipality_collection_get(municipality=municipality)
    image_model = get_image_model()
    images = []
    for number, upload in enumerate(photos, start=1):
        upload.seek(0)
        image = image_model(
            title=f"{title} ({number})"[:255],
            file=ImageFile(upload, name=upload.name),
            collection=collection,
        )
        image._set_image_file_metadata()
        image.save()
        images.append(image)
    return images


@transaction.atomic
def initiative_submission_create(
    *,
    municipality,
    title,
    text,
    name,
    language,
    topic=None,
    villages="",
    year=None,
    figures=None,
    photos=(),
    phone="",
    email="",
):
    """A resident's initiative as a draft story of `municipality` (a MunicipalityPage in
    the reader's language) in its workflow; returns the StoryPage."""
    story = StoryPage(
        title=title,
        slug=find_available_slug(municipality, _slug(title)),
        summary=Truncator(" ".join(text.split())).chars(600),
        outputs_text=paragraphs_html(text),
        villages=villages,
        year=year,
        locale_id=municipality.locale_id,
        live=False,
        public_submission=True,
        **(figures or {}),
    )
    if topic is not None:
        story.topics = [topic]
    images = _photos_store(photos=photos, municipality=municipality, title=title)
    if images:
        story.image = images[0]
        note = _("Confirmed by the sender in the public form")
        story.gallery_images = [
            StoryGalleryImage(image=image, credit=name, consent_recorded=True, consent_note=note)
            for image in images
        ]
    municipality.add_child(instance=story)
    revision = story.save_revision()
    log(instance=story, action="wagtail.create", revision=revision, content_changed=True)
    source = municipality_of(municipality)
    submission = InitiativeSubmission.objects.create(
        story=story,
        municipality=source,
        name=name,
        phone=phone,
        email=email,
        language=language,
    )
    workflow = story.get_workflow()
    if workflow is not None:
        workflow.start(story, None)
    else:  # a municipality without a workflow: its editors still see the draft
        logger.error("Shared initiative %s has no workflow to start", story.pk)
    transaction.on_commit(lambda: initiative_submission_notify(submission=submission))
    if email:
        transaction.on_commit(lambda: initiative_submission_confirm(submission=submission))
    return story


@transaction.atomic
def correction_request_create(*, page, text, contact="", language):
    """A reader's correction of `page` (a live story, municipality or service page) as a
    task of its municipality's editors; returns the CorrectionRequest."""
    correction = CorrectionRequest.objects.create(
        page=page,
        municipality=municipality_of(page),
        text=text,
        contact=contact,
        language=language,
    )
    transaction.on_commit(lambda: correction_request_notify(correction=correction))
    return correction


def correction_request_resolve(*, correction, user):
    """Mark `correction` done by `user` (an editor of its municipality or central)."""
    correction.resolved_at = timezone.now()
    correction.resolved_by = user
    correction.save(update_fields=["resolved_at", "resolved_by"])
    return correction
