"""The 1200×630 share image of a story (OpenGraph, Twitter): its title, municipality and
region, topic, in the story's language, drawn with Pillow once per published revision and
kept on the default storage (local media or S3).

The text needs a font with Cyrillic and Kyrgyz letters (ө, ү, ң): DejaVu Sans, from the
Debian package fonts-dejavu-core (docs/deploy.md). Without it there is no generated image
and share previews use the story's photo."""

import io
import textwrap
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Page

from core.public import public_url
from stories.models import StoryPage

from .metadata import image_url, municipality_of

SIZE = (1200, 630)
MARGIN = 72
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
)
# The site's topic colours (static/css/ashar.css), dark enough for white text.
COLOURS = {
    "water": (31, 94, 140),
    "earth": (110, 74, 46),
    "sun": (138, 98, 10),
    "steppe": (52, 100, 52),
    "felt": (140, 44, 40),
    "sky": (62, 86, 110),
    "stone": (74, 78, 84),
    "plum": (98, 52, 96),
}
DEFAULT_COLOUR = (11, 79, 138)
BRAND = {"ky": "Ашар", "ru": "Ашар", "en": "Ashar"}


def font(bold, size):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        path = folder / name
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return None


def can_draw():
    return font(True, 10) is not None


def storage_name(page):
    revision = int(page.last_published_at.timestamp()) if page.last_published_at else 0
    return f"share/story-{page.pk}-{revision}.png"


def _wrap(draw, text, typeface, width, max_lines):
    """Lines of `text` that fit `width` pixels, at most `max_lines`, the last with …"""
    for columns in range(60, 8, -2):
        lines = textwrap.wrap(text, columns)
        if all(draw.textlength(line, font=typeface) <= width for line in lines):
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,.;:") + "…"
    return lines


def render(page):
    """PNG bytes of the share image of `page` (a StoryPage), or None without a font."""
    title_font, place_font, small_font = font(True, 60), font(False, 34), font(True, 28)
    if title_font is None:
        return None
    topics = list(page.topics.all()[:2])
    colour = COLOURS.get(topics[0].colour, DEFAULT_COLOUR) if topics else DEFAULT_COLOUR
    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, SIZE[1] - 16, SIZE[0], SIZE[1]), fill=(255, 255, 255))
    y = MARGIN
    if topics:
        label = " · ".join(topic.name for topic in topics).upper()
        draw.text((MARGIN, y), label, font=small_font, fill=(255, 255, 255, 220))
        y += 56
    for line in _wrap(draw, page.title, title_font, SIZE[0] - 2 * MARGIN, 4):
        draw.text((MARGIN, y), line, font=title_font, fill=(255, 255, 255))
        y += 74
    municipality = municipality_of(page)
    if municipality is not None:
        place = ", ".join(
            part for part in (municipality.title, getattr(municipality.region, "name", "")) if part
        )
        draw.text((MARGIN, SIZE[1] - MARGIN - 70), place, font=place_font, fill=(255, 255, 255))
    brand = BRAND.get(page.locale.language_code, "Ashar")
    width = draw.textlength(brand, font=small_font)
    draw.text(
        (SIZE[0] - MARGIN - width, SIZE[1] - MARGIN - 64), brand, font=small_font, fill="white"
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def share_image_file(page):
    """The storage name of the page's share image, drawn and saved the first time; None
    when it cannot be drawn."""
    name = storage_name(page)
    if default_storage.exists(name):
        return name
    data = render(page)
    if data is None:
        return None
    return default_storage.save(name, ContentFile(data))


def share_image_url(page):
    """The 1200×630 image of share previews: a story's generated image, else the page's
    own photo cropped to 1200×630, else None."""
    if not isinstance(page, Page):
        return None
    if isinstance(page, StoryPage) and can_draw():
        return public_url(reverse("partners:share_image", kwargs={"story_id": page.pk}))
    return image_url(page)
