"""Wagtail API v2 for partners: facets by slug or id, the site's own story search, the
municipality, permalink and licence of each page, absolute URLs on the public host, and
a clear 400 (or 404) for every bad parameter instead of a server error.

Parameter rules (docs/api.md):
- A relation (topics, programme, programmes, vulnerable_groups, initiating_groups, region,
  district, base_service …) takes slugs (codes for base services) or ids, comma-separated:
  any of them matches. A slug or id names the thing in every language.
- Stories, news, registers and services also take `region`, `district` and
  `municipality`: the place of the municipality they belong to.
- Numbers are ASCII digits within the database's range; text has no NUL character.
"""

import hashlib
import logging
import re
from decimal import Decimal, InvalidOperation

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet, FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete
from django.http import Http404
from django.urls import reverse
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from taggit.managers import TaggableManager
from wagtail.api import APIField
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    LocaleFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError, page_models_from_string, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import restrictions, sites, textsearch
from core.public import page_public_url, public_url
from core.versions import version, version_bump
from stories.models import StoryPage
from stories.selectors import story_facts, story_search_ids

# Primary keys of pages, images and documents are 32-bit on PostgreSQL.
MAX_ID = 2**31 - 1
logger = logging.getLogger("ashar.api")

MAX_OFFSET = 1_000_000_000
MAX_INTEGER = 2**63 - 1
MAX_VALUES = 30
MAX_VALUE_LENGTH = 500
UNSIGNED = re.compile(r"[0-9]{1,19}")
SIGNED = re.compile(r"-?[0-9]{1,19}")
ID_PARAMETERS = ("child_of", "descendant_of", "ancestor_of", "translation_of")

# A singular or plural spelling a partner may use for the field of the same meaning.
ALIASES = {
    "topic": "topics",
    "vulnerable_group": "vulnerable_groups",
    "group": "vulnerable_groups",
    "initiating_group": "initiating_groups",
    "programmes": "programme",
    "programme": "programmes",
}
PLACE_PARAMETERS = ("region", "district", "municipality")
# Pages that stand under a municipality and can be filtered by its place.
PLACED_MODELS = {
    "stories.StoryPage",
    "municipalities.NewsPage",
    "registry.ServiceRegisterPage",
    "registry.ServicePage",
}


def bad(message):
    return BadRequestError(message)


def parse_count(name, raw, maximum):
    if not UNSIGNED.fullmatch(raw) or int(raw) > maximum:
        raise bad(f"{name} must be a whole number from 0 to {maximum}")
    return int(raw)


def split_values(name, raw):
    values = [value.strip() for value in raw.split(",") if value.strip()]
    if not values:
        raise bad(f"{name}: give at least one slug or id (several separated by commas)")
    if len(values) > MAX_VALUES:
        raise bad(f"{name}: at most {MAX_VALUES} values")
    return list(dict.fromkeys(values))


def check_raw_parameters(request):
    """What no endpoint accepts: NUL characters and overlong values."""
    for name, values in request.GET.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise bad(f"{name.replace(chr(0), '')}: null characters are not allowed")
        if any(len(value) > 2000 for value in values):
            raise bad(f"{name}: value too long")


# ---- Serializer fields --------------------------------------------------------------


def municipality_model():
    return apps.get_model("municipalities", "MunicipalityPage")


class PublicHtmlUrlField(Field):
    """`html_url` on the public host rather than the host name of the Site record."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page_public_url(page)


class PublicPageSerializer(PageSerializer):
    html_url = PublicHtmlUrlField(read_only=True)


class LicenceField(Field):
    """The licence the content is published under: {name, url}."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return {"name": settings.ASHAR_CONTENT_LICENCE, "url": settings.ASHAR_CONTENT_LICENCE_URL}


class PermalinkField(Field):
    """The short permanent link of a story, /s/<id>/, on the public host."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return public_url(reverse("story_permalink", args=[page.pk]))


def _reference(item):
    return {"slug": item.slug, "name": item.name} if item else None


class MunicipalityOfPageField(Field):
    """The municipality a page stands under: {id, slug, title, official_name, coate,
    region, district, html_url}; one query per municipality per response."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        cache = self.context.setdefault("municipalities_by_path", {})
        steplen = Page.steplen
        prefixes = [page.path[:end] for end in range(steplen, len(page.path), steplen)]
        for prefix in prefixes:
            if prefix in cache:
                return cache[prefix]
        municipality = (
            municipality_model()
            .objects.filter(path__in=prefixes)
            .select_related("region", "district")
            .first()
        )
        value = None
        if municipality is not None:
            value = {
                "id": municipality.pk,
                "slug": municipality.slug,
                "title": municipality.title,
                "official_name": municipality.official_name,
                "coate": municipality.coate,
                "region": _reference(municipality.region),
                "district": _reference(municipality.district),
                "html_url": page_public_url(municipality),
            }
            cache[municipality.path] = value
        return value


def extra_fields():
    municipality = APIField("municipality", serializer=MunicipalityOfPageField(read_only=True))
    licence = APIField("licence", serializer=LicenceField(read_only=True))
    permalink = APIField("permalink", serializer=PermalinkField(read_only=True))
    return {
        "stories.StoryPage": [municipality, permalink, licence],
        "municipalities.NewsPage": [municipality, licence],
        "municipalities.MunicipalityPage": [licence],
        "registry.ServiceRegisterPage": [municipality, licence],
        "registry.ServicePage": [municipality, licence],
    }


# ---- Filters ------------------------------------------------------------------------


def _lookup_field(model):
    for name in ("slug", "code"):
        try:
            model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        return name
    return None


def resolve_related(name, model, raw):
    """The `model` objects named by the comma-separated slugs (or codes) and ids in
    `raw`, with their translations; 400 naming any value that matches nothing."""
    values = split_values(name, raw)
    lookup = _lookup_field(model)
    ids = {int(value) for value in values if UNSIGNED.fullmatch(value) and int(value) <= MAX_ID}
    keys = {value for value in values if not UNSIGNED.fullmatch(value)}
    if keys and lookup is None:
        raise bad(f"{name}: give ids (whole numbers), not {', '.join(sorted(keys))}")
    condition = Q(pk__in=ids)
    if lookup:
        condition |= Q(**{f"{lookup}__in": [*keys, *(v for v in values if v not in keys)]})
    found = list(model._default_manager.filter(condition))
    known = {str(item.pk) for item in found}
    if lookup:
        known |= {str(getattr(item, lookup)) for item in found}
    unknown = [value for value in values if value not in known]
    if unknown:
        label = model._meta.verbose_name
        raise bad(f"{name}: no {label} with the slug or id {', '.join(unknown)}")
    if any(f.name == "translation_key" for f in model._meta.get_fields()):
        return model._default_manager.filter(
            translation_key__in={item.translation_key for item in found}
        )
    return found


def coerce_scalar(name, field, raw):
    """`raw` converted for an exact-match filter on `field`, or 400."""
    if isinstance(field, models.BooleanField):
        try:
            return parse_boolean(raw)
        except ValueError as error:
            raise bad(f"{name} must be true or false") from error
    if isinstance(field, (models.IntegerField, models.AutoField)):
        if not SIGNED.fullmatch(raw) or abs(int(raw)) > MAX_INTEGER:
            raise bad(f"{name} must be a whole number of at most 19 digits")
        return int(raw)
    if isinstance(field, models.DecimalField):
        try:
            value = Decimal(raw)
        except InvalidOperation as error:
            raise bad(f"{name} must be a number") from error
        if not value.is_finite() or len(value.as_tuple().digits) > field.max_digits:
            raise bad(f"{name} must be a number of at most {field.max_digits} digits")
        return value
    if isinstance(field, (models.DateField, models.TimeField, models.FloatField)):
        try:
            return field.to_python(raw)
        except (ValidationError, ValueError, OverflowError) as error:
            raise bad(f"{name}: '{raw}' is not a valid {field.get_internal_type()}") from error
    if isinstance(field, (models.CharField, models.TextField)):
        if len(raw) > MAX_VALUE_LENGTH:
            raise bad(f"{name}: value too long")
        return raw
    raise bad(f"cannot filter by {name}")


def filterable_fields(view, model):
    fields = set(view.get_available_fields(model, db_fields_only=True))
    fields.discard("locale")
    return fields


def resolve_name(name, fields):
    if name in fields:
        return name
    alias = ALIASES.get(name)
    if alias in fields:
        return alias
    return None


def is_placed(model):
    return model._meta.label in PLACED_MODELS


class FacetFilter(BaseFilterBackend):
    """Exact-match filters on the fields of the page type, relations by slug or id."""

    def filter_queryset(self, request, queryset, view):
        model = queryset.model
        fields = filterable_fields(view, model)
        for name, raw in request.GET.items():
            target = resolve_name(name, fields)
            if target is not None:
                queryset = self.filter_field(queryset, model, name, target, raw)
            elif name in PLACE_PARAMETERS and is_placed(model):
                queryset = filter_by_place(queryset, name, raw)
        return queryset

    def filter_field(self, queryset, model, name, target, raw):
        field = model._meta.get_field(target)
        if isinstance(field, TaggableManager):
            for tag in split_values(name, raw):
                queryset = queryset.filter(**{f"{target}__name": tag})
            return queryset
        if field.is_relation:
            if field.auto_created or field.one_to_many:
                raise bad(f"cannot filter by {name}")
            related = resolve_related(name, field.related_model, raw)
            matching = model._default_manager.filter(**{f"{target}__in": related})
            return queryset.filter(pk__in=matching.values("pk"))
        return queryset.filter(**{target: coerce_scalar(name, field, raw)})


def filter_by_place(queryset, name, raw):
    Municipality = municipality_model()
    if name == "municipality":
        municipalities = resolve_related(name, Municipality, raw)
    else:
        Reference = Municipality._meta.get_field(name).related_model
        places = resolve_related(name, Reference, raw)
        municipalities = Municipality.objects.filter(**{f"{name}__in": places})
    paths = [page.path for page in Page.objects.filter(pk__in=[m.pk for m in municipalities])]
    if not paths:
        return queryset.none()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return queryset.filter(condition)


class IdParametersFilter(BaseFilterBackend):
    """child_of, descendant_of, ancestor_of, translation_of: `root` or a page id in range,
    checked before Wagtail's own filters run the query."""

    def filter_queryset(self, request, queryset, view):
        for name in ID_PARAMETERS:
            raw = request.GET.get(name)
            if raw is None or raw == "root":
                continue
            if not UNSIGNED.fullmatch(raw):
                raise bad(f"{name} must be a page id (a whole number) or root")
            if int(raw) > MAX_ID:
                raise bad(f"{name}: no page with the id {raw}")
        return queryset


class SiteSearchFilter(BaseFilterBackend):
    """`search=`: stories through the story index's search (folding, stems, place names
    in every script), other types through Wagtail search on the cleaned words."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise bad("filtering by tag with a search query is not supported")
        query = textsearch.clean_query(request.GET["search"])
        words = [word for word in textsearch.words(query) if len(word) > 1]
        if not words:
            raise bad("search: give at least one word of two letters or more")
        operator = request.GET.get("search_operator", "and")
        if operator not in {"and", "or"}:
            raise bad("search_operator must be and or or")
        if queryset.model is StoryPage:
            return queryset.filter(pk__in=self.story_ids(request, query))
        try:
            return get_search_backend().search(
                " ".join(words),
                queryset,
                operator=operator,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise bad(f"cannot filter by '{error.field_name}' while searching") from error
        except OrderByFieldError as error:
            raise bad(f"cannot order by '{error.field_name}' while searching") from error

    def story_ids(self, request, query):
        locales = Locale.objects.all()
        if "locale" in request.GET:
            locales = locales.filter(language_code=request.GET["locale"])
        ids = set()
        for locale in locales:
            ids |= story_search_ids(facts=story_facts(locale=locale), q=query) or set()
        return ids


class BoundedPagination(WagtailPagination):
    """`offset` and `limit` as ASCII whole numbers in range, else 400; the listing's
    `meta.total_count` and the ids of the asked slice from `listing_cache`."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = parse_count("offset", request.GET.get("offset", "0"), MAX_OFFSET)
        limit = min(20, settings.WAGTAILAPI_LIMIT_MAX)
        if "limit" in request.GET:
            limit = parse_count("limit", request.GET["limit"], settings.WAGTAILAPI_LIMIT_MAX)
        self.view = view
        self.total_count = listing_cache(queryset, "count", queryset.count)
        page = queryset[offset : offset + limit]
        if not isinstance(queryset, models.QuerySet) or "?" in queryset.query.order_by:
            return page  # search results, or a random order: read as they are
        ids = listing_cache(page, "ids", lambda: list(page.values_list("pk", flat=True)))
        found = queryset.order_by().filter(pk__in=ids).in_bulk()
        return [found[pk] for pk in ids if pk in found]


# ---- What a listing holds -----------------------------------------------------------------
#
# Counting a listing, and finding its first page in tree order, read every page it lists
# (10,000 Kyrgyz stories: 24 ms each on SQLite), on every request. Both are kept in the
# shared cache, by the listing's SQL, until a page is published, unpublished, moved or
# deleted, or a view restriction or a site changes (`listing_cache_follow`); the pages of
# a slice are then read by their ids, fresh. With the cache down, nothing is kept.

LISTINGS_VERSION_KEY = "partners:api:listings:version"
LISTINGS_KEPT_UNDER = (LISTINGS_VERSION_KEY, restrictions.VERSION_KEY, sites.VERSION_KEY)
LISTING_SECONDS = 24 * 60 * 60


def listing_cache(results, name, build):
    """`build()` for the queryset `results` (its count, the ids of a slice), from the
    shared cache when it was made under the current versions, else made and kept; for
    search results (Wagtail search, not a queryset) made every time."""
    if not isinstance(results, models.QuerySet):
        return build()
    tokens = [version(key) for key in LISTINGS_KEPT_UNDER]
    if None in tokens:  # the cache is down: read the database every time
        return build()
    try:
        sql, params = results.query.sql_with_params()
    except EmptyResultSet:
        return build()
    digest = hashlib.sha256(repr((name, sql, params, results.db)).encode()).hexdigest()
    key = f"partners:api:{name}:{':'.join(tokens)}:{digest}"
    try:
        value = cache.get(key)
    except Exception:  # noqa: BLE001 - a cache that fails is a cache that is down
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, LISTING_SECONDS)
        except Exception:  # noqa: BLE001
            logger.warning("API listing not kept: the cache is unavailable")
    return value


def _listings_changed(**kwargs):
    version_bump(LISTINGS_VERSION_KEY)


def listing_cache_follow():
    """Move the listings' version on when a page is published, unpublished, moved or
    deleted (connected in `PartnersConfig.ready`)."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_listings_changed, dispatch_uid=f"partners-api-listings-{id(signal)}")
    post_delete.connect(_listings_changed, sender=Page, dispatch_uid="partners-api-listings-delete")


# ---- Endpoints ----------------------------------------------------------------------


class SafeEndpointMixin:
    """Checks shared by the three endpoints: raw parameters, ids in range."""

    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_raw_parameters(request)

    def detail_view(self, request, pk):
        if int(pk) > MAX_ID:
            raise Http404("not found")
        return super().detail_view(request, pk)

    def find_object(self, queryset, request):
        raw = request.GET.get("id")
        if raw is not None and (not UNSIGNED.fullmatch(raw) or int(raw) > MAX_ID):
            raise Http404("not found")
        return super().find_object(queryset, request)

    def check_query_parameters(self, queryset):
        model = queryset.model
        fields = filterable_fields(self, model)
        allowed = set(fields) | set(self.known_query_parameters)
        allowed |= {name for name in ALIASES if resolve_name(name, fields)}
        if is_placed(model):
            allowed |= set(PLACE_PARAMETERS)
        unknown = sorted(set(self.request.GET) - allowed)
        if unknown:
            hint = ""
            if model is Page:
                hint = " (filters on a page's fields need type=, e.g. type=stories.StoryPage)"
            raise bad(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(unknown)
                + hint
            )


class AsharPagesAPIViewSet(SafeEndpointMixin, PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer
    filter_backends = [
        IdParametersFilter,
        FacetFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        SiteSearchFilter,  # last: Wagtail search results cannot be filtered further
    ]

    def get_queryset(self):
        """Wagtail's queryset of the requested type, with each page's locale read in the
        same query: the listing's `meta.locale` otherwise cost one query per page. For one
        `type`, Wagtail filters that model's pages by the ids of the public pages (a
        subquery over every page of the site, which SQLite runs for each row); the same
        conditions are put on the model's own query instead."""
        asked = self.request.GET.get("type")
        try:
            models = page_models_from_string(asked) if asked else ()
        except (LookupError, ValueError):
            models = ()  # Wagtail's own get_queryset answers "type doesn't exist"
        if len(models) == 1 and models[0] is not Page:
            try:
                queryset = get_public_pages_queryset(self.request, model=models[0])
            except ValueError as error:
                raise BadRequestError(str(error)) from error
        else:
            queryset = super().get_queryset()
        return queryset.select_related("locale")

    @classmethod
    def get_body_fields(cls, model):
        extra = extra_fields().get(model._meta.label, [])
        return super().get_body_fields(model) + cls._convert_api_fields(extra)

    def find_object(self, queryset, request):
        path = request.GET.get("html_path")
        if path is not None and len(path) > 1000:
            raise bad("html_path: value too long")
        return super().find_object(queryset, request)


class AsharImagesAPIViewSet(SafeEndpointMixin, ImagesAPIViewSet):
    filter_backends = [FacetFilter, OrderingFilter, SiteSearchFilter]


class AsharDocumentsAPIViewSet(SafeEndpointMixin, DocumentsAPIViewSet):
    filter_backends = [FacetFilter, OrderingFilter, SiteSearchFilter]
