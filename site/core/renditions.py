"""The image sizes the pages show, made when a page is published (and by the demo loader),
so that no reader waits for them: a story with a gallery cost its first reader over a
second, the first 2,000-story index several.

`SPECS` names every size a template or the partners' metadata asks for, in the spec
pattern the template's `{% picture %}` tag writes (tests/core/test_renditions.py reads the
templates and fails on a pattern missing here). A page model says which of its images are
shown at which sizes with `rendition_uses`: {field: (spec names)}, where a field is an
image foreign key, `"<inline relation>.<image field>"` for inline rows, or a StreamField
(every image inside it, at the sizes given)."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.fields.related import ForeignKey
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.blocks.struct_block import StructValue
from wagtail.images.models import AbstractImage, Filter

logger = logging.getLogger("ashar.renditions")

SPECS = {
    # stories/includes/story_card.html: every listing of stories
    "card": "format-{webp,jpeg} fill-{400x250,800x500}",
    # the main image of a story, news item or municipality; image blocks
    "wide": "format-{webp,jpeg} width-{480,800,1200}",
    # stories/story_page.html: the gallery
    "gallery": "format-{webp,jpeg} width-{400,800}",
    # municipalities/includes/news_item.html: news listings
    "list": "format-{webp,jpeg} fill-{240x160,480x320}",
    # partners: og:image and JSON-LD
    "share": "fill-1200x630",
    # partners: the embeddable card (small, one request)
    "embed": "fill-480x240|format-jpeg|jpegquality-55",
}


def filter_specs(*names):
    """The single specs (no braces) of the named sizes."""
    specs = []
    for name in names:
        specs += Filter.expand_spec(SPECS[name])
    return specs


def page_images(page):
    """(image, spec names) for every image `page` shows, by its `rendition_uses`."""
    uses = getattr(type(page), "rendition_uses", {})
    found = []
    for field, names in uses.items():
        relation, _, image_field = field.partition(".")
        if image_field:
            for row in getattr(page, relation).all():
                image = getattr(row, image_field, None)
                if image is not None:
                    found.append((image, names))
            continue
        model_field = type(page)._meta.get_field(field)
        if isinstance(model_field, ForeignKey):
            image = getattr(page, field, None)
            if image is not None:
                found.append((image, names))
        else:
            found += [(image, names) for image in _stream_images(getattr(page, field))]
    return found


def _stream_images(value):
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue | ListValue):
        for child in value:
            yield from _stream_images(getattr(child, "value", child))
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _stream_images(child)


def make_renditions(images):
    """Make the renditions of [(image, spec names)], each image once with the union of its
    sizes. A broken or missing file is logged and skipped: a rendition must never stop a
    publish (the page then makes it, or shows no image, as before)."""
    wanted = {}
    for image, names in images:
        entry = wanted.setdefault(image.pk, (image, set()))
        entry[1].update(filter_specs(*names))
    made = 0
    for image, specs in wanted.values():
        try:
            made += len(image.get_renditions(*sorted(specs)))
        except Exception:  # noqa: BLE001 - see the docstring
            logger.exception("Could not make the renditions of image %s", image.pk)
    return made


# The (image, spec names) of the pages published inside `renditions_deferred()`.
_deferred = ContextVar("ashar_renditions_deferred", default=None)


@contextmanager
def renditions_deferred():
    """Inside the block, a publish makes no renditions at once; on the way out they are made
    once for every image the pages published there show (an import of hundreds of stories
    that share a few photos makes each photo's sizes once, not once per page)."""
    if _deferred.get() is not None:
        yield
        return
    images = []
    token = _deferred.set(images)
    try:
        yield
    finally:
        _deferred.reset(token)
    make_renditions(images)


def renditions_for(page):
    """Make the renditions of what `page` shows now, or at the end of `renditions_deferred`."""
    images = page_images(page)
    pending = _deferred.get()
    if pending is None:
        make_renditions(images)
    else:
        pending += images


def on_page_published(sender, instance, **kwargs):
    renditions_for(instance.specific)


def connect_rendition_signals():
    from wagtail.signals import page_published

    page_published.connect(on_page_published, dispatch_uid="ashar-renditions-on-publish")
