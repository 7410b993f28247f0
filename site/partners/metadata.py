"""What a page tells search engines, share previews and feed readers: its own
description, schema.org JSON-LD and the feeds that match it."""

from urllib.parse import urlencode

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.public import page_public_url, public_url
from core.renditions import SPECS
from municipalities.models import MunicipalityPage, NewsIndexPage, NewsPage
from registry.models import ServicePage
from stories.models import StoryIndexPage, StoryPage

from . import datasets, exports
from .feeds import feed_path

DESCRIPTION_LENGTH = 200


def site_sentence():
    return _("Local initiatives, municipalities and their services in Kyrgyzstan")


def municipality_of(page):
    """The municipality a page stands under (or is), or None; looked up once per page
    object (the feeds, the JSON-LD and the citation of one request all ask)."""
    if isinstance(page, MunicipalityPage):
        return page
    if not hasattr(page, "_ashar_municipality"):
        page._ashar_municipality = (
            MunicipalityPage.objects.ancestor_of(page)
            .select_related("region", "district")
            .order_by("-depth")
            .first()
        )
    return page._ashar_municipality


def _clean(text):
    return " ".join(strip_tags(text or "").split())


def page_description(page):
    """A sentence about this page, not the site: its search description, else its
    summary, introduction or profile; the site's sentence only for pages with none."""
    if not isinstance(page, Page):
        return site_sentence()
    page = page.specific
    text = _clean(page.search_description)
    if not text:
        for name in ("summary", "intro", "about"):
            text = _clean(getattr(page, name, ""))
            if text:
                break
    if not text and isinstance(page, MunicipalityPage):
        places = [page.official_name or page.title]
        places += [place.name for place in (page.district, page.region) if place]
        text = ", ".join(places)
    if not text:
        text = site_sentence()
    return Truncator(text).chars(DESCRIPTION_LENGTH)


# ---- Feeds --------------------------------------------------------------------------


def _feed_pair(title, **kwargs):
    return [
        {
            "title": title,
            "type": "application/rss+xml",
            "url": public_url(feed_path(format="rss", **kwargs)),
        },
        {
            "title": title,
            "type": "application/atom+xml",
            "url": public_url(feed_path(format="atom", **kwargs)),
        },
    ]


def _single(request, name):
    if request is None:
        return None
    values = [value for value in request.GET.getlist(name) if value.strip()]
    if len(values) == 1 and "," not in values[0] and len(values[0]) <= 100:
        return values[0].strip().lower()
    return None


def feed_links(page, request=None):
    """[{title, type, url}] of the RSS and Atom feeds matching the page."""
    if not isinstance(page, Page):
        return []
    page = page.specific
    # The feeds of the interface's language (the page's own, or the reader's when the page
    # is shown untranslated); no query for the page's locale.
    language = get_language() or settings.LANGUAGE_CODE
    stories, news = _("Stories"), _("News")
    if page.depth == 2:  # a home page (the root of its language); home stands above partners
        return _feed_pair(stories, language=language, kind="stories") + _feed_pair(
            news, language=language, kind="news"
        )
    if isinstance(page, StoryIndexPage):
        for facet in ("municipality", "region", "topic"):
            slug = _single(request, facet)
            if (
                slug
                and all(
                    not _single(request, other)
                    for other in ("municipality", "region", "topic")
                    if other != facet
                )
                and slug.replace("-", "").isalnum()
            ):
                return _feed_pair(
                    f"{stories} · {slug}",
                    language=language,
                    kind="stories",
                    facet=facet,
                    slug=slug,
                )
        return _feed_pair(stories, language=language, kind="stories")
    if isinstance(page, NewsIndexPage):
        return _feed_pair(news, language=language, kind="news")
    municipality = (
        municipality_of(page) if isinstance(page, (MunicipalityPage, StoryPage, NewsPage)) else None
    )
    if municipality is not None:
        scope = {"language": language, "facet": "municipality", "slug": municipality.slug}
        return _feed_pair(f"{stories} · {municipality.title}", kind="stories", **scope) + (
            _feed_pair(f"{news} · {municipality.title}", kind="news", **scope)
        )
    return []


# ---- schema.org ---------------------------------------------------------------------


def _publisher():
    return {"@type": "Organization", "name": _("Ashar"), "url": public_url("/")}


def image_url(page):
    image = getattr(page, "image", None)
    if image is None:
        return None
    return public_url(image.get_rendition(SPECS["share"]).url)


def _place(municipality):
    if municipality is None:
        return None
    place = {
        "@type": "AdministrativeArea",
        "name": municipality.official_name or municipality.title,
        "url": page_public_url(municipality),
    }
    if municipality.coate:
        place["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "СОАТЕ",
            "value": municipality.coate,
        }
    container = None
    for area in (municipality.region, municipality.district):
        if area is not None:
            node = {"@type": "AdministrativeArea", "name": area.name}
            if container:
                node["containedInPlace"] = container
            container = node
    if container:
        place["containedInPlace"] = container
    return place


def _date(value):
    return value.isoformat() if value else None


def _compact(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _article(page, kind):
    municipality = municipality_of(page)
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": Truncator(page.title).chars(110),
        "name": page.title,
        "description": page_description(page),
        "url": page_public_url(page),
        "mainEntityOfPage": page_public_url(page),
        "inLanguage": page.locale.language_code,
        "datePublished": _date(
            getattr(page, "date", None) if kind == "NewsArticle" else page.first_published_at
        )
        or _date(page.first_published_at),
        "dateModified": _date(page.last_published_at),
        "image": image_url(page),
        "author": _publisher(),
        "publisher": _publisher(),
        "license": settings.ASHAR_CONTENT_LICENCE_URL,
        "about": [{"@type": "Thing", "name": topic.name} for topic in page.topics.all()],
        "contentLocation": _place(municipality),
    }
    return _compact(data)


def _service(page):
    municipality = municipality_of(page)
    provider = _compact(
        {
            "@type": "GovernmentOrganization",
            "name": (municipality.official_name or municipality.title) if municipality else None,
            "url": page_public_url(municipality) if municipality else None,
        }
    )
    offer = {"@type": "Offer", "priceCurrency": "KGS"}
    if page.is_free:
        offer["price"] = "0"
    elif page.fee_kgs is not None:
        offer["price"] = str(page.fee_kgs)
        if page.fee_unit:
            offer["description"] = page.fee_unit
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": page.title,
        "description": page_description(page),
        "url": page_public_url(page),
        "inLanguage": page.locale.language_code,
        "serviceType": page.base_service.name if page.base_service_id else None,
        "identifier": page.base_service.code if page.base_service_id else None,
        "provider": provider,
        "serviceOperator": _compact({"@type": "Organization", "name": page.provider_name})
        if page.provider_name
        else None,
        "areaServed": _place(municipality),
        "offers": offer if "price" in offer else None,
        "license": settings.ASHAR_CONTENT_LICENCE_URL,
    }
    return _compact(data)


def _municipality(page):
    data = _place(page)
    data.update(
        {
            "@context": "https://schema.org",
            "name": page.title,
            "alternateName": page.official_name or None,
            "description": page_description(page),
            "inLanguage": page.locale.language_code,
            "image": image_url(page),
        }
    )
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    return _compact({"@context": data.pop("@context"), **data})


def json_ld(page):
    """The schema.org object of the page, or None for page types without one."""
    if not isinstance(page, Page):
        return None
    page = page.specific
    if isinstance(page, StoryPage):
        return _article(page, "Article")
    if isinstance(page, NewsPage):
        return _article(page, "NewsArticle")
    if isinstance(page, ServicePage):
        return _service(page)
    if isinstance(page, MunicipalityPage):
        return _municipality(page)
    return None


def datasets_json_ld(page, request=None):
    """A schema.org `Dataset` for each download of a listing page, with the page's filters:
    its three distributions (CSV, XLSX, JSON), licence, creator and publisher, and the
    variables it measures, in the page's language. [] for other pages."""
    if not isinstance(page, Page):
        return []
    page = page.specific
    params = request.GET if request is not None else None
    url = page_public_url(page)
    query = exports.export_query(params) if params is not None else []
    if url and query:
        url = f"{url}?{urlencode(query)}"
    found = []
    for listing in datasets.listings_for(page):
        distributions = [
            {
                "@type": "DataDownload",
                "name": f"{listing.title} ({link['format']})",
                "encodingFormat": link["type"],
                "contentUrl": public_url(link["url"]),
            }
            for link in exports.download_links(page, listing, params)
        ]
        found.append(
            _compact(
                {
                    "@context": "https://schema.org",
                    "@type": "Dataset",
                    "name": f"{listing.title} · {page.title}",
                    "description": str(listing.description),
                    "url": url,
                    "inLanguage": get_language() or settings.LANGUAGE_CODE,
                    "isAccessibleForFree": True,
                    "license": settings.ASHAR_CONTENT_LICENCE_URL,
                    "creator": _publisher(),
                    "publisher": _publisher(),
                    "spatialCoverage": {"@type": "Country", "name": _("Kyrgyzstan")},
                    "variableMeasured": [
                        _compact(
                            {
                                "@type": "PropertyValue",
                                "propertyID": column.key,
                                "name": str(column.label),
                                "description": str(column.description),
                                "unitText": str(column.unit),
                            }
                        )
                        for column in listing.columns
                    ],
                    "subjectOf": {
                        "@type": "WebPage",
                        "name": _("Data dictionary"),
                        "url": public_url(exports.dictionary_url()),
                    },
                    "distribution": distributions,
                }
            )
        )
    return found
