"""Embeddable cards (/embed/<kind>/<id>/) and the oEmbed provider (/oembed/): which page a
URL names, in which language, and the oEmbed answer for it."""

import re
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core.public import page_public_url, public_base_url, public_url
from core.renditions import SPECS
from core.selectors import private_pages_q
from municipalities.models import MunicipalityPage
from registry.models import ServicePage
from stories.models import StoryPage

from .metadata import municipality_of, page_description

KINDS = {"story": StoryPage, "municipality": MunicipalityPage, "service": ServicePage}
KIND_OF = {model: kind for kind, model in KINDS.items()}
CARD_WIDTH = 480
CARD_MIN_WIDTH = 200
CARD_HEIGHTS = {"story": 420, "municipality": 300, "service": 320}
MAX_DIMENSION = 10_000
MAX_ID = 2**31 - 1
PERMALINK = re.compile(r"/s/([0-9]{1,10})/?")
CARD_RENDITION = SPECS["embed"]  # made on publish (core/renditions.py)


class BadParameter(ValueError):
    """A parameter that makes no sense: the view answers 400 with this message."""


def embed_language(raw, default):
    """`?lang=`: a site language, else 404; absent means `default`."""
    if raw is None or raw == "":
        return default
    if raw not in dict(settings.LANGUAGES):
        raise Http404("No such language.")
    return raw


def in_language(page, language):
    """The live translation of `page` in `language`, or the page itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or page.locale_id == locale.pk:
        return page
    translated = (
        page.__class__.objects.live()
        .exclude(private_pages_q())
        .filter(translation_key=page.translation_key, locale=locale)
        .first()
    )
    return translated or page


def embeddable_page(kind, page_id):
    model = KINDS.get(kind)
    if model is None or page_id > MAX_ID:
        raise Http404("Nothing to embed here.")
    page = (
        model.objects.live()
        .exclude(private_pages_q())
        .filter(pk=page_id)
        .select_related("locale")
        .first()
    )
    if page is None:
        raise Http404("Nothing to embed here.")
    return page


def _is_our_host(netloc, request):
    hosts = {urlsplit(public_base_url()).netloc.lower(), request.get_host().lower()}
    return netloc.lower() in hosts


def page_for_url(url, request):
    """The embeddable page a URL of this site names (a page URL or a /s/<id>/ permalink);
    404 for another site's URL, an unknown path or a page that is not embeddable."""
    if not url or len(url) > 2000:
        raise BadParameter("url: give the address of a story, municipality or service")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not _is_our_host(parts.netloc, request):
        raise Http404("This URL is not on this site.")
    path = parts.path or "/"
    match = PERMALINK.fullmatch(path)
    if match:
        page = (
            StoryPage.objects.live()
            .exclude(private_pages_q())
            .filter(pk=int(match.group(1)))
            .first()
        )
        if page is None:
            raise Http404("No story with this number.")
        return page
    segments = [segment for segment in path.split("/") if segment]
    if len(segments) < 2 or segments[0] not in dict(settings.LANGUAGES):
        raise Http404("No embeddable page at this URL.")
    if not path.endswith("/"):
        path += "/"
    for candidate in (
        Page.objects.live().exclude(private_pages_q()).filter(slug=segments[-1]).specific()
    ):
        if isinstance(candidate, tuple(KIND_OF)):
            parts = candidate.get_url_parts()
            if parts and parts[2] == path:
                return candidate
    raise Http404("No embeddable page at this URL.")


def parse_dimension(name, raw):
    if raw is None or raw == "":
        return None
    if not raw.isascii() or not raw.isdigit() or not 0 < int(raw) <= MAX_DIMENSION:
        raise BadParameter(f"{name} must be a whole number from 1 to {MAX_DIMENSION}")
    return int(raw)


def embed_url(page, language=None):
    kind = KIND_OF[type(page)]
    path = reverse("partners:embed", kwargs={"kind": kind, "page_id": page.pk})
    language = language or page.locale.language_code
    return public_url(f"{path}?lang={language}")


def card_image(page):
    image = getattr(page, "image", None)
    if image is None:
        return None
    rendition = image.get_rendition(CARD_RENDITION)
    return {"url": public_url(rendition.url), "width": rendition.width, "height": rendition.height}


def card_context(page):
    """What the card shows: title, place, summary, image, attribution and licence."""
    kind = KIND_OF[type(page)]
    municipality = municipality_of(page)
    place = []
    if municipality is not None and municipality is not page:
        place.append(municipality.title)
    if municipality is not None:
        place += [area.name for area in (municipality.region,) if area]
    topics = list(page.topics.all()) if kind == "story" else []
    return {
        "page": page,
        "kind": kind,
        "url": page_public_url(page),
        "place": ", ".join(place),
        "year": getattr(page, "year", None),
        "summary": page_description(page),
        "topics": topics,
        "image": card_image(page),
        "municipality": municipality,
        "licence": settings.ASHAR_CONTENT_LICENCE,
        "licence_url": settings.ASHAR_CONTENT_LICENCE_URL,
        "site_url": public_url(f"/{page.locale.language_code}/"),
    }


def oembed_data(page, *, maxwidth=None, maxheight=None):
    """The oEmbed 1.0 `rich` answer for `page`; 404 when the card cannot fit."""
    kind = KIND_OF[type(page)]
    image = card_image(page)
    # Without its photo the card needs 240 px less.
    natural = CARD_HEIGHTS[kind] if image else CARD_HEIGHTS[kind] - 240 + 100
    width = min(maxwidth or CARD_WIDTH, CARD_WIDTH)
    height = min(maxheight or natural, natural)
    if width < CARD_MIN_WIDTH or height < natural // 2:
        raise Http404("The card cannot fit in maxwidth × maxheight.")
    municipality = municipality_of(page)
    src = embed_url(page)
    with translation.override(page.locale.language_code):
        title = page.title
        html = (
            f'<iframe src="{src}" width="{width}" height="{height}" '
            f'style="border:0;max-width:100%" loading="lazy" '
            f'title="{escape(title)}"></iframe>'
        )
        data = {
            "version": "1.0",
            "type": "rich",
            "title": title,
            "provider_name": str(_("Ashar")),
            "provider_url": public_url("/"),
            "author_name": municipality.title if municipality else str(_("Ashar")),
            "author_url": page_public_url(municipality) if municipality else public_url("/"),
            "html": html,
            "width": width,
            "height": height,
            "cache_age": 3600,
            "license": settings.ASHAR_CONTENT_LICENCE,
            "license_url": settings.ASHAR_CONTENT_LICENCE_URL,
        }
    if image:
        data.update(
            thumbnail_url=image["url"],
            thumbnail_width=image["width"],
            thumbnail_height=image["height"],
        )
    return data


def oembed_links(page):
    """Discovery links (JSON and XML) of an embeddable page, else []."""
    if not isinstance(page, tuple(KIND_OF)):
        return []
    url = page_public_url(page)
    if url is None:
        return []
    endpoint = public_url(reverse("partners:oembed"))
    return [
        {
            "type": f"{kind}+oembed",
            "url": f"{endpoint}?{urlencode({'url': url, 'format': fmt})}",
        }
        for kind, fmt in (("application/json", "json"), ("text/xml", "xml"))
    ]
