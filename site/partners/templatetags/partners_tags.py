"""Head metadata of every page: description, canonical and share URLs on the public host,
OpenGraph and Twitter cards, schema.org JSON-LD, feed and oEmbed discovery."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.public import page_public_url
from partners import citations, datasets, embeds, exports, metadata, share_images

register = template.Library()
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def page_description(page):
    return metadata.page_description(page)


@register.simple_tag
def public_page_url(page):
    return page_public_url(page) if page is not None else ""


@register.inclusion_tag("partners/includes/head.html", takes_context=True)
def partner_head(context, page=None):
    request = context.get("request")
    page = page.specific if isinstance(page, Page) else None
    return {
        "page": page,
        "feeds": metadata.feed_links(page, request),
        "json_ld": metadata.json_ld(page),
        "datasets": metadata.datasets_json_ld(page, request),
        "oembed": embeds.oembed_links(page),
        "share_image": share_images.share_image_url(page),
    }


@register.filter
def json_ld_script(data):
    """`data` as a <script type="application/ld+json">, with <, > and & escaped."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.inclusion_tag("partners/includes/citation.html")
def story_citation(page):
    """The "Cite this story" box: three styles and two downloads."""
    data = citations.citation(page)
    data["bibtex_url"] = reverse("partners:cite", kwargs={"story_id": page.pk, "fmt": "bib"})
    data["ris_url"] = reverse("partners:cite", kwargs={"story_id": page.pk, "fmt": "ris"})
    return data


@register.inclusion_tag("partners/includes/downloads.html", takes_context=True)
def download_control(context, page):
    """The download links of a listing page (CSV, XLSX, JSON) with its current filters,
    and the data dictionary of their columns."""
    request = context.get("request")
    params = request.GET if request is not None else None
    page = page.specific if isinstance(page, Page) else None
    return {
        "downloads": [
            {
                "listing": listing,
                "links": exports.download_links(page, listing, params),
                "dictionary_url": f"{exports.dictionary_url()}#{listing.key}",
            }
            for listing in (datasets.listings_for(page) if page is not None else [])
        ],
        "filtered": bool(params is not None and exports.export_query(params)),
    }
