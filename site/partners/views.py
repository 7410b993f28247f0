"""Endpoints for search engines and partners that are not pages: sitemap, robots.txt,
embeddable cards, oEmbed, citations, share images, the listings' downloads and their
data dictionary."""

from xml.etree.ElementTree import Element, SubElement, tostring

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.public import public_url
from core.selectors import index_pages_for, private_pages_q
from stories.models import StoryPage

from . import citations, datasets, embeds, exports, share_images
from .sitemaps import sitemap_entries_cached


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return render(
        request,
        "partners/sitemap.xml",
        {"entries": sitemap_entries_cached()},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
@cache_control(max_age=86400, public=True)
def robots(request):
    return render(
        request,
        "partners/robots.txt",
        {"sitemap_url": public_url(reverse("partners:sitemap"))},
        content_type="text/plain; charset=utf-8",
    )


# ---- Embeds and oEmbed ----------------------------------------------------------------


@require_safe
@xframe_options_exempt
@cache_control(max_age=3600, public=True)
def embed(request, kind, page_id):
    """A self-contained card of a story, municipality or service, to be framed by any
    site: inline CSS, no script, no request to another host."""
    page = embeds.embeddable_page(kind, page_id)
    language = embeds.embed_language(request.GET.get("lang"), page.locale.language_code)
    page = embeds.in_language(page, language)
    with translation.override(page.locale.language_code):
        return render(request, "partners/embed_card.html", embeds.card_context(page))


def _bad_request(message):
    return JsonResponse({"message": str(message)}, status=400)


@require_safe
@cache_control(max_age=3600, public=True)
def oembed(request):
    """oEmbed 1.0 provider: ?url=<page or /s/ permalink>&format=json|xml&maxwidth&maxheight."""
    params = request.GET
    if any("\x00" in value for values in params.lists() for value in values[1]):
        return _bad_request("null characters are not allowed")
    fmt = params.get("format", "json")
    if fmt not in {"json", "xml"}:
        return _bad_request("format must be json or xml")
    try:
        maxwidth = embeds.parse_dimension("maxwidth", params.get("maxwidth"))
        maxheight = embeds.parse_dimension("maxheight", params.get("maxheight"))
        page = embeds.page_for_url(params.get("url", ""), request)
        data = embeds.oembed_data(page, maxwidth=maxwidth, maxheight=maxheight)
    except embeds.BadParameter as error:
        return _bad_request(error)
    except Http404 as error:
        return JsonResponse({"message": str(error)}, status=404)
    if fmt == "json":
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    return HttpResponse(oembed_xml(data), content_type="text/xml; charset=utf-8")


def oembed_xml(data):
    root = Element("oembed")
    for key, value in data.items():
        SubElement(root, key).text = str(value)
    return b'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n' + tostring(
        root, encoding="utf-8", xml_declaration=False
    )


# ---- Citations ------------------------------------------------------------------------

CITATION_FORMATS = {
    "bib": ("application/x-bibtex; charset=utf-8", citations.bibtex),
    "ris": ("application/x-research-info-systems; charset=utf-8", citations.ris),
}


@require_safe
def cite(request, story_id, fmt):
    """/cite/<id>.bib and /cite/<id>.ris: the story's citation as a file to download."""
    story_id = int(story_id)
    if fmt not in CITATION_FORMATS or story_id > embeds.MAX_ID:
        raise Http404("No such citation.")
    story = StoryPage.objects.live().exclude(private_pages_q()).filter(pk=story_id).first()
    if story is None:
        raise Http404("No story with this number.")
    content_type, build = CITATION_FORMATS[fmt]
    response = HttpResponse(build(story), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="ashar-story-{story.pk}.{fmt}"'
    return response


# ---- Share images ---------------------------------------------------------------------


@require_safe
@cache_control(max_age=86400, public=True)
def share_image(request, story_id):
    """/share/story/<id>.png: the story's 1200×630 share image, drawn once per revision."""
    story = None
    if story_id <= embeds.MAX_ID:
        story = StoryPage.objects.live().exclude(private_pages_q()).filter(pk=story_id).first()
    if story is None:
        raise Http404("No story with this number.")
    name = share_images.share_image_file(story)
    if name is None:
        raise Http404("Share images need the DejaVu fonts on the server.")
    return FileResponse(default_storage.open(name), content_type="image/png")


# ---- Downloads of the listings and their data dictionary --------------------------------


@require_safe
def export(request, page_id, listing, fmt):
    """/exports/<page id>/<listing>.<csv|xlsx|json>?<the listing's filters>: the rows the
    listing page shows for these filters (all of them, not one page), in the page's
    language, with the licence and the source."""
    page_id, listing = int(page_id), datasets.LISTINGS_BY_KEY.get(listing)
    page = None
    if listing is not None and fmt in exports.FORMATS and page_id <= embeds.MAX_ID:
        page = Page.objects.live().exclude(private_pages_q()).filter(pk=page_id).specific().first()
    if page is None or not listing.offered_on(page):
        raise Http404("No such listing to download.")
    with translation.override(page.locale.language_code):
        data = exports.export_build(listing=listing, page=page, params=request.GET)
        if fmt == "json":
            response = JsonResponse(
                exports.json_data(data), json_dumps_params={"ensure_ascii": False}
            )
        elif fmt == "xlsx":
            response = HttpResponse(exports.xlsx_bytes(data))
        else:
            response = HttpResponse(exports.csv_bytes(data))
    response["Content-Type"] = exports.CONTENT_TYPES[fmt]
    response["Content-Disposition"] = f'attachment; filename="{data.filename(fmt)}"'
    response["Content-Language"] = data.language
    response["Link"] = exports.link_header(data)
    response["X-Robots-Tag"] = "noindex"
    if data.truncated:
        response["X-Ashar-Truncated"] = str(exports.MAX_ROWS)
    return response


@require_safe
def data_dictionary(request):
    """Every downloadable listing with every column: its key, label, unit and meaning,
    from the same declarations the files are written from; the full downloads of each."""
    language = translation.get_language()
    locale = Locale.objects.filter(language_code=language).first()
    pages = {}
    if locale is not None:
        types = {model for listing in datasets.LISTINGS for model in listing.page_types}
        pages = index_pages_for(*types, locale_id=locale.pk)
    listings = []
    for listing in datasets.LISTINGS:
        page = next((pages[model] for model in listing.page_types if model in pages), None)
        listings.append(
            {
                "listing": listing,
                "page": page,
                "downloads": exports.download_links(page, listing) if page else [],
            }
        )
    return render(
        request,
        "partners/data_dictionary.html",
        {"listings": listings, "formats": exports.FORMAT_NAMES, "kinds": exports.Kind.LABELS},
    )
