"""Reads for municipal profiles, the municipality list and the aggregated news.

Every function keeps its query count independent of how many municipalities, figures,
stories, news items or services there are: one query per kind of thing, never per row.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from core.choices import FigureKind
from core.models import District, Region, Topic
from core.pages import page_context_selector
from core.places import PLACE_FIELDS
from core.selectors import index_page_for, index_pages_for, page_ancestors, private_pages_q
from registry.choices import Initiator, ServiceStatus
from registry.models import ServicePage, ServiceRegisterPage
from stories.models import StoryIndexPage, StoryPage
from stories.selectors import story_counts_by_municipality, story_facts, story_list_of_place

from .models import MunicipalityFigure, MunicipalityPage, NewsIndexPage, NewsPage

NEWS_PER_PAGE = 12
PROFILE_NEWS = 5
PROFILE_STORIES = 6
STALE_AFTER_YEARS = 2
FIGURE_KIND_ORDER = {value: index for index, value in enumerate(FigureKind.values)}
# The figures a municipality's card in the list shows first; the profile shows them all.
KEY_FIGURE_KINDS = (
    FigureKind.RESIDENTS_INVOLVED,
    FigureKind.HEARINGS_HELD,
    FigureKind.BUDGET_CHANGES,
)
KEY_FIGURES_SHOWN = 3


# ---- Figures ---------------------------------------------------------------------------


def stale_before(today=None):
    """Figures dated before this day are more than STALE_AFTER_YEARS (two) years old."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - STALE_AFTER_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - STALE_AFTER_YEARS, day=28)


@dataclass
class FigureSeries:
    """All records of one kind of figure of a municipality, oldest first."""

    kind: str
    label: str
    records: list
    stale_before: datetime.date

    @property
    def latest(self):
        return self.records[-1]

    stale_after_years = STALE_AFTER_YEARS

    @property
    def is_stale(self):
        return self.latest.as_of is None or self.latest.as_of < self.stale_before

    @property
    def points(self):
        """(as of, value) of each dated record, for the sparkline and its table."""
        return [(record.as_of, record.value) for record in self.records if record.as_of]

    @property
    def has_series(self):
        return len({as_of.year for as_of, _value in self.points}) > 1

    @property
    def years_are_unique(self):
        """Whether each dated record has a year of its own, so the year can label it."""
        years = [as_of.year for as_of, _value in self.points]
        return len(years) == len(set(years))


def figure_series(figures, *, today=None):
    """Group figures (already loaded) by kind: one series per kind, kinds in the order
    of FigureKind, records oldest first."""
    cutoff = stale_before(today)
    by_kind = {}
    for figure in figures:
        by_kind.setdefault(figure.kind, []).append(figure)
    series = []
    for kind, records in by_kind.items():
        records.sort(key=lambda r: (r.as_of or datetime.date.min, r.sort_order or 0, r.pk or 0))
        label = FigureKind(kind).label if kind in FigureKind.values else kind
        series.append(FigureSeries(kind=kind, label=label, records=records, stale_before=cutoff))
    series.sort(key=lambda s: FIGURE_KIND_ORDER.get(s.kind, len(FIGURE_KIND_ORDER)))
    return series


def key_figures(series):
    """Up to three series for a municipality's card: the key kinds first, then others."""
    key = [s for s in series if s.kind in KEY_FIGURE_KINDS]
    rest = [s for s in series if s.kind not in KEY_FIGURE_KINDS]
    return (key + rest)[:KEY_FIGURES_SHOWN]


def _figures_prefetch():
    return Prefetch(
        "figures",
        queryset=MunicipalityFigure.objects.select_related("programme", "source_document").order_by(
            "kind", "as_of", "sort_order"
        ),
    )


# ---- Counting descendants by path ------------------------------------------------------


def counts_by_ancestor(queryset, *, path_length):
    """{ancestor path: number of pages of `queryset` below it}, for ancestors whose tree
    path has `path_length` characters; one query however many ancestors."""
    rows = (
        queryset.order_by()
        .annotate(ancestor_path=Substr("path", 1, path_length))
        .values("ancestor_path")
        .annotate(total=Count("pk"))
        .values_list("ancestor_path", "total")
    )
    return dict(rows)


def service_count_aggregates():
    return {
        "total": Count("pk"),
        "approved": Count("pk", filter=Q(status=ServiceStatus.APPROVED)),
        "vulnerable": Count("pk", filter=Q(initiated_by=Initiator.VULNERABLE_GROUP)),
        "outsourced": Count("pk", filter=Q(is_outsourced=True)),
    }


# ---- Municipality index ----------------------------------------------------------------


@dataclass
class DistrictGroup:
    district: object
    municipalities: list = field(default_factory=list)


@dataclass
class RegionGroup:
    region: object
    districts: list = field(default_factory=list)

    @property
    def municipality_count(self):
        return sum(len(group.municipalities) for group in self.districts)


def municipality_list(*, page, private=None):
    """Live municipalities under a municipality index, with region, district and figures,
    ordered by region, district and name."""
    private = private_pages_q() if private is None else private
    return (
        MunicipalityPage.objects.live()
        .exclude(private)
        .child_of(page)
        .select_related("region", "district")
        .prefetch_related(_figures_prefetch())
        .order_by("region__sort_order", "region__name", "district__name", "title")
    )


def municipality_list_counted(*, page, private=None):
    """`municipality_list` loaded, each municipality with `story_count` and
    `service_count` (its live stories and services): what the index and its downloads
    show. Four queries however many municipalities."""
    private = private_pages_q() if private is None else private
    municipalities = list(municipality_list(page=page, private=private))
    path_length = len(page.path) + Page.steplen
    # Counted as the municipality's page lists them: with the stories not yet translated.
    story_counts = story_counts_by_municipality(locale=page.locale_id)
    service_counts = counts_by_ancestor(
        ServicePage.objects.live().exclude(private).descendant_of(page), path_length=path_length
    )
    for municipality in municipalities:
        municipality.story_count = story_counts.get(municipality.slug, 0)
        municipality.service_count = service_counts.get(municipality.path, 0)
    return municipalities


@page_context_selector
def municipality_index_context(*, page):
    """Municipalities grouped by region, then district, each with its counts and latest
    figures; a summary of what the list covers."""
    private = private_pages_q()
    municipalities = municipality_list_counted(page=page, private=private)
    today = timezone.localdate()
    regions = []
    for municipality in municipalities:
        municipality.key_figures = key_figures(
            figure_series(municipality.figures.all(), today=today)
        )
        if not regions or regions[-1].region.pk != municipality.region_id:
            regions.append(RegionGroup(region=municipality.region))
        districts = regions[-1].districts
        if not districts or _pk(districts[-1].district) != municipality.district_id:
            districts.append(DistrictGroup(district=municipality.district))
        districts[-1].municipalities.append(municipality)
    region_total = Region.objects.filter(locale_id=page.locale_id).count()
    return {
        "ancestors": page_ancestors(page=page),
        "regions": regions,
        "summary": {
            "municipalities": len(municipalities),
            "regions_covered": len(regions),
            "regions_total": region_total,
            "districts_covered": len(
                {m.district_id for m in municipalities if m.district_id is not None}
            ),
            # Summed only over the municipalities whose population is recorded, and said so.
            "population": sum(m.population for m in municipalities if m.population),
            "population_known": sum(1 for m in municipalities if m.population),
            "stories": sum(m.story_count for m in municipalities),
            "services": sum(m.service_count for m in municipalities),
        },
    }


def _pk(instance):
    return instance.pk if instance is not None else None


# ---- Municipality profile --------------------------------------------------------------


def municipality_news(*, page, private=None):
    """Live news of one municipality, newest first."""
    private = private_pages_q() if private is None else private
    return (
        NewsPage.objects.live()
        .exclude(private)
        .child_of(page)
        .prefetch_related("topics")
        .order_by("-date", "-pk")
    )


def programme_pages(*, programmes, locale_id):
    """{programme id: its live programme page in the locale}. Programme pages belong to
    the home app, which this app may not import; the lookup goes through the
    `programmepage` relation by name, as a string reference would."""
    if not programmes:
        return {}
    pages = (
        Page.objects.live()
        .filter(locale_id=locale_id, programmepage__programme__in=programmes)
        .annotate(programme_ref=F("programmepage__programme"))
        .order_by("path")
    )
    return {page.programme_ref: page for page in pages}


@page_context_selector
def municipality_profile_context(*, request, page):
    """Everything the profile shows beyond the page's own fields: figures as series, its
    stories, news, register with counts, programmes, successor and predecessors."""
    figures = (
        MunicipalityFigure.objects.filter(page=page)
        .select_related("programme", "source_document")
        .order_by("kind", "as_of", "sort_order")
    )
    private = private_pages_q()
    # Its stories as the story index lists them: with those not yet translated, marked.
    stories, story_total = story_list_of_place(
        locale=page.locale_id, path=page.path, limit=PROFILE_STORIES, request=request
    )
    news = list(municipality_news(page=page, private=private)[:PROFILE_NEWS])

    register = ServiceRegisterPage.objects.live().exclude(private).child_of(page).first()
    register_counts = None
    if register is not None:
        register_counts = (
            ServicePage.objects.live()
            .exclude(private)
            .child_of(register)
            .aggregate(**service_count_aggregates())
        )

    programmes = list(page.programmes.order_by("start_year", "abbreviation"))
    pages_by_programme = programme_pages(programmes=programmes, locale_id=page.locale_id)
    for programme in programmes:
        programme.page = pages_by_programme.get(programme.pk)

    successor = None
    if page.successor_id:
        successor = MunicipalityPage.objects.live().filter(pk=page.successor_id).first()
    predecessors = list(MunicipalityPage.objects.live().filter(successor=page).order_by("title"))

    image = None
    if page.image_id:
        image = get_image_model().objects.prefetch_renditions().filter(pk=page.image_id).first()

    region, district = _region_and_district(page)
    indexes = index_pages_for(NewsIndexPage, StoryIndexPage, locale_id=page.locale_id)
    ancestors = page_ancestors(page=page)
    series = figure_series(figures)
    return {
        **municipality_page_extras(
            page=page,
            ancestors=ancestors,
            region=region,
            district=district,
            register=register,
            has_figures=bool(series),
            request=request,
        ),
        "ancestors": ancestors,
        "region": region,
        "district": district,
        "figure_series": series,
        "stories": stories,
        "story_total": story_total,
        "news": news,
        "news_index": indexes.get(NewsIndexPage),
        "story_index": indexes.get(StoryIndexPage),
        "register": register,
        "register_counts": register_counts,
        "programmes": programmes,
        "successor": successor,
        "predecessors": predecessors,
        "image": image,
        "osm_url": osm_url(page.latitude, page.longitude),
    }


@dataclass
class Unknown:
    """Something the profile does not know yet, and the anchor of the row that says so."""

    label: str
    anchor: str


def municipality_unknowns(*, page, register, has_figures):
    """What the municipality's profile does not record yet, in the order the page shows
    it, so that the page says so plainly instead of leaving a gap."""
    missing = [
        (page.population is None, _("population"), "facts-heading"),
        (not page.head_name, _("the head of the municipality"), "contacts-heading"),
        (
            not (page.address or page.phone or page.email or page.website),
            _("contacts"),
            "contacts-heading",
        ),
        (not page.village_list, _("villages"), "facts-heading"),
        (page.latitude is None or page.longitude is None, _("coordinates"), "facts-heading"),
        (not has_figures, _("figures"), "figures-heading"),
        (register is None, _("the register of services"), "register-heading"),
    ]
    return [
        Unknown(label=label, anchor=anchor) for is_missing, label, anchor in missing if is_missing
    ]


def municipality_page_extras(*, page, ancestors, region, district, register, has_figures, request):
    """What the profile adds to its facts without a query of its own: its region and
    district as links to the municipality index filtered by them (the index's
    `?region=` / `?district=`), the region map as its locator (the regions from the
    stories' cached records), and what it does not know yet."""
    index = ancestors[-1] if ancestors else None
    index_url = index.get_url(request=request) if index is not None else None

    def filtered(name, slug):
        return f"{index_url}?{urlencode({name: slug})}" if index_url and slug else None

    regions = [
        {"slug": label.value, "name": label.name, "url": filtered("region", label.value)}
        for label in story_facts(locale=page.locale_id).labels["region"]
    ]
    return {
        "municipality_index_url": index_url,
        "region_url": filtered("region", region.slug if region else ""),
        "district_url": filtered("district", district.slug if district else ""),
        "locator_regions": regions,
        "unknowns": municipality_unknowns(page=page, register=register, has_figures=has_figures),
    }


def _region_and_district(page):
    """The municipality's region and district in one query when it has a district of its
    own region (the rule `MunicipalityPage.clean` keeps)."""
    if page.district_id:
        district = District.objects.select_related("region").filter(pk=page.district_id).first()
        if district is not None and district.region_id == page.region_id:
            return district.region, district
        return page.region, district
    return page.region, None


def osm_url(latitude, longitude):
    """A plain OpenStreetMap link to the coordinates, or an empty string."""
    if latitude is None or longitude is None:
        return ""
    return (
        f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}"
        f"#map=13/{latitude}/{longitude}"
    )


# ---- News index ------------------------------------------------------------------------


@dataclass
class ActiveFilter:
    name: str
    label: str
    value: str
    remove_url: str


@dataclass
class NewsFilters:
    municipality: object = None
    region: object = None
    topic: object = None
    year: int | None = None

    @property
    def active(self):
        return any(
            value is not None for value in (self.municipality, self.region, self.topic, self.year)
        )


def _query_without(request, *names):
    params = request.GET.copy()
    for name in (*names, "page"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def _news_years(queryset):
    return sorted({d.year for d in queryset.order_by().dates("date", "year")}, reverse=True)


@dataclass
class NewsListing:
    """The news of a news index for one request: the filters as understood, the matching
    news (a queryset, newest first) and the choices the filters offer."""

    filters: NewsFilters
    news: object
    municipalities: list
    regions: list
    topics: list
    years: list

    @cached_property
    def by_path(self):
        return {m.path: m for m in self.municipalities}


def news_listing(*, page, params):
    """All live news of the page's locale, newest first, filtered by the GET `params`
    municipality, region, topic and year (unknown values are ignored)."""
    locale_id = page.locale_id
    parent_path = page.path[: -Page.steplen]
    private = private_pages_q()
    all_news = (
        NewsPage.objects.live()
        .exclude(private)
        .filter(locale_id=locale_id, path__startswith=parent_path)
    )

    municipalities = list(
        MunicipalityPage.objects.live()
        .exclude(private)
        .filter(locale_id=locale_id, path__startswith=parent_path)
        .select_related("region")
        .order_by("title")
    )
    regions = list(Region.objects.filter(locale_id=locale_id))
    topics = list(Topic.objects.filter(locale_id=locale_id))
    years = _news_years(all_news)

    filters = NewsFilters(
        municipality=_by_slug(municipalities, params.get("municipality")),
        region=_by_slug(regions, params.get("region")),
        topic=_by_slug(topics, params.get("topic")),
        year=_year(params.get("year"), years),
    )

    news = all_news
    if filters.municipality is not None:
        news = news.child_of(filters.municipality)
    if filters.region is not None:
        paths = [m.path for m in municipalities if m.region_id == filters.region.pk]
        news = news.annotate(
            municipality_path=Substr("path", 1, Length("path") - Page.steplen)
        ).filter(municipality_path__in=paths)
    if filters.topic is not None:
        news = news.filter(topics=filters.topic)
    if filters.year is not None:
        news = news.filter(date__year=filters.year)
    return NewsListing(
        filters=filters,
        news=news.order_by("-date", "-pk"),
        municipalities=municipalities,
        regions=regions,
        topics=topics,
        years=years,
    )


@page_context_selector
def news_index_context(*, request, page):
    """The news index: `news_listing` for this request, paginated, with its active
    filters and the links that remove them."""
    listing = news_listing(page=page, params=request.GET)
    filters = listing.filters
    news = listing.news.prefetch_related(
        "topics",
        Prefetch("image", queryset=get_image_model().objects.prefetch_renditions()),
    )
    paginator = Paginator(news, NEWS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    by_path = listing.by_path
    items = list(page_obj.object_list)
    for item in items:
        item.municipality = by_path.get(item.path[: -Page.steplen])
    municipalities, regions, topics, years = (
        listing.municipalities,
        listing.regions,
        listing.topics,
        listing.years,
    )

    active_filters = []
    if filters.municipality is not None:
        active_filters.append(
            ActiveFilter(
                "municipality",
                _("Municipality"),
                filters.municipality.title,
                _query_without(request, "municipality"),
            )
        )
    if filters.region is not None:
        active_filters.append(
            ActiveFilter(
                "region", _("Region"), filters.region.name, _query_without(request, "region")
            )
        )
    if filters.topic is not None:
        active_filters.append(
            ActiveFilter("topic", _("Topic"), filters.topic.name, _query_without(request, "topic"))
        )
    if filters.year is not None:
        active_filters.append(
            ActiveFilter("year", _("Year"), str(filters.year), _query_without(request, "year"))
        )

    return {
        "ancestors": page_ancestors(page=page),
        "news_items": items,
        "page_obj": page_obj,
        "page_range": paginator.get_elided_page_range(page_obj.number),
        "filters": filters,
        "active_filters": active_filters,
        "is_filtered": filters.active,
        "clear_url": _query_without(request, "municipality", "region", "topic", "year"),
        "filter_options": {
            "municipalities": municipalities,
            "regions": [r for r in regions if any(m.region_id == r.pk for m in municipalities)],
            "topics": topics,
            "years": years,
        },
        "news_total": paginator.count,
    }


def _by_slug(objects, slug):
    if not slug:
        return None
    return next((obj for obj in objects if obj.slug == slug), None)


def _year(value, years):
    """The year in `value` when it is one the news cover; anything else is ignored."""
    # isascii: "²".isdigit() is true, and int("²") fails.
    if not value or not value.isascii() or not value.isdigit() or len(value) > 4:
        return None
    year = int(value)
    return year if year in years else None


# ---- One news item ---------------------------------------------------------------------


@page_context_selector
def news_context(*, page):
    """The news item's municipality, topics, image with its renditions, and the news
    index of its locale."""
    ancestors = page_ancestors(page=page)
    image = None
    if page.image_id:
        image = get_image_model().objects.prefetch_renditions().filter(pk=page.image_id).first()
    return {
        "ancestors": ancestors,
        "municipality": ancestors[-1] if ancestors else None,
        "topics": list(page.topics.all()),
        "image": image,
        "news_index": index_page_for(NewsIndexPage, locale_id=page.locale_id),
    }


# ---- Places for the floors below (core.places) -----------------------------------------


def municipality_place_rows(*, paths=None):
    """The municipalities as place rows (`core.places.PLACE_FIELDS`), by title: every live
    one, or with `paths`, those at these tree paths whatever their state."""
    if paths is None:
        municipalities = MunicipalityPage.objects.live()
    else:
        municipalities = MunicipalityPage.objects.filter(path__in=paths)
    return list(municipalities.values(*PLACE_FIELDS).order_by("title"))


# The public forms (municipalities.views): what a resident may choose and correct.


def municipality_choices(*, locale):
    """(page id, title) of every live, public municipality in `locale`, by title: the
    municipalities a resident may share an initiative of."""
    return list(
        MunicipalityPage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("title")
        .values_list("pk", "title")
    )


def correctable_page_get(*, page_id):
    """The live, public story, municipality or service page `page_id` (specific), or
    None: the pages a reader may ask to correct."""
    if page_id is None:
        return None
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if not isinstance(page, StoryPage | MunicipalityPage | ServicePage):
        return None
    return page
