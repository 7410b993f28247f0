"""Reads for municipal profiles, the municipality list and the aggregated news.

Every function keeps its query count independent of how many municipalities, figures,
stories, news items or services there are: one query per kind of thing, never per row.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Case, Count, F, Prefetch, Q, Value, When
from django.db.models.functions import ExtractYear, Greatest, Length, Substr
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Page

from core import textsearch
from core.choices import FigureKind
from core.listing import (
    DatabaseFacet,
    Facet,
    FacetKind,
    Label,
    ListingSpec,
    choice_total,
    database_counts,
    database_filter,
    listing_context,
    paginate,
    parse_state,
    python_counts,
    python_filter,
)
from core.models import District, Region, Topic
from core.pages import page_context_selector
from core.places import PLACE_FIELDS
from core.selectors import (
    index_page_for,
    index_pages_for,
    page_ancestors,
    pages_of,
    private_pages_q,
)
from registry.choices import Initiator, ServiceStatus
from registry.models import ServicePage, ServiceRegisterPage
from stories.models import StoryIndexPage, StoryPage
from stories.selectors import story_counts_by_municipality, story_facts, story_list_of_place

from .choices import MunicipalitySort
from .models import MunicipalityFigure, MunicipalityPage, NewsIndexPage, NewsPage
from .translation_status import LANGUAGE_CODES

NEWS_PER_PAGE = 12
PROFILE_NEWS = 5
PROFILE_STORIES = 6
STALE_AFTER_YEARS = 2
FIGURE_KIND_ORDER = {value: index for index, value in enumerate(FigureKind.values)}
# A name typed in the municipality search matches the places it begins from this length.
MIN_TYPED_PLACE = 3


# ---- Figures ---------------------------------------------------------------------------


def years_before(today, years):
    """The same day `years` years before `today` (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def stale_before(today=None):
    """Figures dated before this day are more than STALE_AFTER_YEARS (two) years old."""
    return years_before(today or timezone.localdate(), STALE_AFTER_YEARS)


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
class RegionGroup:
    """A region's rows on one page of the municipality index (sorted by region)."""

    region: object
    municipalities: list = field(default_factory=list)


YES_NO = (("yes", _("yes")), ("no", _("no")))
MUNICIPALITY_LISTING = ListingSpec(
    key="municipalities",
    facets=(
        Facet("region", _("Region")),
        Facet("district", _("District"), parents=("region",), folded=True),
        Facet("programme", _("Programme")),
        Facet("register", _("Has a service register"), kind=FacetKind.CHOICE, choices=YES_NO),
        Facet("stories", _("Has stories"), kind=FacetKind.CHOICE, choices=YES_NO),
    ),
    sorts=tuple(MunicipalitySort.choices),
    per_page=50,
)


def _municipalities(*, page, private):
    return (
        pages_of(MunicipalityPage)
        .live()
        .exclude(private)
        .child_of(page)
        .select_related("region", "district")
        .order_by("region__sort_order", "region__name", "district__name", "title")
    )


def municipality_list(*, page, private=None):
    """Live municipalities under a municipality index, with region, district and figures,
    ordered by region, district and name."""
    private = private_pages_q() if private is None else private
    return _municipalities(page=page, private=private).prefetch_related(_figures_prefetch())


def municipality_records(*, page, private=None):
    """The live municipalities under a municipality index (by region, district and name),
    each with what the index filters and shows: `story_count` and `service_count` (its live
    stories and services), `has_register`, `programme_slugs`. Four queries however many
    municipalities."""
    private = private_pages_q() if private is None else private
    municipalities = list(
        _municipalities(page=page, private=private).prefetch_related("programmes")
    )
    path_length = len(page.path) + Page.steplen
    # Counted as the municipality's page lists them: with the stories not yet translated.
    story_counts = story_counts_by_municipality(locale=page.locale_id)
    service_counts = counts_by_ancestor(
        pages_of(ServicePage).live().exclude(private).descendant_of(page),
        path_length=path_length,
    )
    with_register = {
        path[:path_length]
        for path in pages_of(ServiceRegisterPage)
        .live()
        .exclude(private)
        .descendant_of(page)
        .values_list("path", flat=True)
    }
    for municipality in municipalities:
        municipality.story_count = story_counts.get(municipality.slug, 0)
        municipality.service_count = service_counts.get(municipality.path, 0)
        municipality.has_register = municipality.path in with_register
        municipality.programme_slugs = tuple(p.slug for p in municipality.programmes.all())
    return municipalities


def _municipality_values(municipality, facet):
    if facet == "region":
        return (municipality.region.slug,) if municipality.region_id else ()
    if facet == "district":
        return (municipality.district.slug,) if municipality.district_id else ()
    if facet == "programme":
        return municipality.programme_slugs
    if facet == "register":
        return ("yes",) if municipality.has_register else ("no",)
    if facet == "stories":
        return ("yes",) if municipality.story_count else ("no",)
    return ()


def municipality_search_places(*, facts, q):
    """The places (facet, slug) a query names, in any language and script (Өзгөн, Узген,
    Uzgen: `core.textsearch.find_places` over the place names of every language), and the
    places whose name begins with what was typed (three letters at least)."""
    places, _rest = textsearch.find_places(q, facts.aliases)
    typed = textsearch.place_key(q)
    if len(typed) >= MIN_TYPED_PLACE:
        for key, targets in facts.aliases.items():
            if key.startswith(typed):
                places |= targets
    return places


def _named_by(municipality, places):
    """Whether the places a query names include this municipality or its district or
    region."""
    return (
        ("municipality", municipality.slug) in places
        or ("district", getattr(municipality.district, "slug", None)) in places
        or ("region", getattr(municipality.region, "slug", None)) in places
    )


def _municipality_sort(municipalities, sort):
    if sort == MunicipalitySort.NAME:
        return sorted(municipalities, key=lambda m: m.title.casefold())
    if sort == MunicipalitySort.STORIES:
        return sorted(municipalities, key=lambda m: -m.story_count)
    if sort == MunicipalitySort.POPULATION:
        return sorted(municipalities, key=lambda m: (m.population is None, -(m.population or 0)))
    return list(municipalities)


def municipality_labels(facts):
    """The facet labels of the municipality index: places and programmes from the cached
    story records (their names in the index's language), yes/no of its own."""
    labels = {name: facts.labels[name] for name in ("region", "district", "programme")}
    for facet in MUNICIPALITY_LISTING.facets:
        if facet.kind == FacetKind.CHOICE:
            labels[facet.name] = facet.choice_labels()
    return labels


def municipality_index_matching(*, page, params, private=None):
    """The cleaned state of a request to the municipality index (its GET `params`), every
    municipality's record, the records the search matches (None without a search), and
    the matching ones in the reader's order: what the index shows page by page and its
    download gives whole."""
    facts = story_facts(locale=page.locale_id)
    labels = municipality_labels(facts)
    known = {name: {label.value for label in items} for name, items in labels.items()}
    state = parse_state(
        MUNICIPALITY_LISTING,
        params,
        known=lambda facet, value: value in known.get(facet, ()),
        clean_query=textsearch.clean_query,
    )
    municipalities = municipality_records(page=page, private=private)
    searched = None
    if state.q:
        places = municipality_search_places(facts=facts, q=state.q)
        searched = {m.pk for m in municipalities if _named_by(m, places)}
    matches = None if searched is None else (lambda m: m.pk in searched)
    matching = _municipality_sort(
        python_filter(municipalities, state.filters, _municipality_values, matches=matches),
        state.sort,
    )
    return MunicipalityMatching(state, labels, municipalities, matches, matching)


@dataclass
class MunicipalityMatching:
    state: object
    labels: dict
    municipalities: list
    matches: object
    matching: list


@page_context_selector
def municipality_index_context(*, page, request=None):
    """The municipality index: filters with counts, search by name in any script, sort,
    a compact page of municipalities (grouped by region in the default order), each with
    its population and counts; a summary of what the whole list covers."""
    result = municipality_index_matching(page=page, params=request.GET if request else QueryDict())
    state, municipalities = result.state, result.municipalities
    counts = python_counts(
        municipalities,
        state.filters,
        _municipality_values,
        MUNICIPALITY_LISTING.names,
        matches=result.matches,
    )
    page_obj, page_range = paginate(result.matching, state, MUNICIPALITY_LISTING.per_page)
    rows = list(page_obj.object_list)
    regions = []
    for municipality in rows:
        if not regions or _pk(regions[-1].region) != municipality.region_id:
            regions.append(RegionGroup(region=municipality.region))
        regions[-1].municipalities.append(municipality)
    return {
        **listing_context(
            state=state,
            labels=result.labels,
            counts=counts,
            page_obj=page_obj,
            page_range=page_range,
            total_count=len(municipalities),
        ),
        "ancestors": page_ancestors(page=page),
        "municipalities": rows,
        "regions": regions if state.sort == MunicipalitySort.REGION else [],
        "summary": {
            "municipalities": len(municipalities),
            "regions_covered": len({m.region_id for m in municipalities if m.region_id}),
            "regions_total": len(result.labels["region"]),
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
        pages_of(NewsPage)
        .live()
        .exclude(private)
        .child_of(page)
        .prefetch_related("topics")
        .order_by("-date", "-pk")
    )


def programme_pages(*, programmes, locale_id):
    """{programme id: its live programme page in the locale}. Programme pages belong to
    the home app, which this app may not import; the lookup goes through the
    `programmepage` relation by name, as a string reference would. The few programme
    pages of every language are read and the locale kept here: filtered on the locale,
    SQLite walks every page of the language (mostly stories)."""
    if not programmes:
        return {}
    pages = (
        Page.objects.live()
        .filter(programmepage__programme__in=programmes)
        .annotate(programme_ref=F("programmepage__programme"))
        .order_by("path")
    )
    return {page.programme_ref: page for page in pages if page.locale_id == locale_id}


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

    register = pages_of(ServiceRegisterPage).live().exclude(private).child_of(page).first()
    register_counts = None
    if register is not None:
        register_counts = (
            pages_of(ServicePage)
            .live()
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
    # Kept on the page: the partners' JSON-LD reads them again (no second query).
    for name, value in (("region", region), ("district", district), ("image", image)):
        if value is not None:
            setattr(page, name, value)
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
    """Something the profile does not know yet (a key of `profile_gaps`, or
    "coordinates"), and the anchor of the row that says so."""

    key: str
    label: str
    anchor: str


# Where the profile shows each gap of `profile_gaps`.
GAP_ANCHORS = {
    "population": "facts-heading",
    "head": "contacts-heading",
    "contacts": "contacts-heading",
    "villages": "facts-heading",
    "figures": "figures-heading",
    "register": "register-heading",
}


def municipality_unknowns(*, page, register, has_figures):
    """What the municipality's profile does not record yet, in the order the page shows
    it, so that the page says so plainly instead of leaving a gap: the gaps the content
    health report counts (`profile_gaps`), and its coordinates, without which the map has
    no marker."""
    unknowns = [
        Unknown(key=key, label=PROBLEMS_BY_KEY[key].public_label, anchor=GAP_ANCHORS[key])
        for key in profile_gaps(page, has_figures=has_figures, has_register=register is not None)
    ]
    if page.latitude is None or page.longitude is None:
        # After the facts and contacts, before the figures and the register.
        place = next(
            (i for i, unknown in enumerate(unknowns) if unknown.key in {"figures", "register"}),
            len(unknowns),
        )
        unknowns.insert(place, Unknown("coordinates", _("coordinates"), "facts-heading"))
    return unknowns


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

NEWS_SOURCES = (
    ("central", _("The programmes")),
    ("municipal", _("Municipalities")),
)
NEWS_LISTING = ListingSpec(
    key="news",
    facets=(
        Facet("source", _("Published by"), kind=FacetKind.CHOICE, choices=NEWS_SOURCES),
        Facet("region", _("Region")),
        Facet("municipality", _("Municipality"), parents=("region",), folded=True),
        Facet("topic", _("Topic")),
        Facet("year", _("Year"), kind=FacetKind.YEAR, folded=True),
    ),
    sorts=(("newest", _("Newest")), ("oldest", _("Oldest"))),
    per_page=NEWS_PER_PAGE,
)


@dataclass
class NewsListing:
    """The news of a news index for one request: the cleaned state, the matching news (a
    queryset in the reader's order), the facet labels and, per facet, the database's
    recipe (`core.listing.DatabaseFacet`) for filtering and counting it."""

    state: object
    news: object
    everything: object  # the news searched, before the filters (for the counts)
    all_news: object  # every news item of the index, before the search too
    labels: dict
    facets: dict
    municipalities: list

    @cached_property
    def by_path(self):
        return {m.path: m for m in self.municipalities}


def _news_search_ids(queryset, q):
    """Ids of the news of `queryset` that have every word of the cleaned query `q`, through
    Wagtail search (one query). News keep no folded copy of their words as stories do
    (`stories.search`): their words are searched as written."""
    return {
        item.pk for item in queryset.only("pk").search(q, operator="and", order_by_relevance=False)
    }


def news_listing(*, page, params):
    """All live news of the page's locale, those of every municipality and the
    programmes' own (central news, published under the news index itself), filtered by
    the GET `params` in the grammar of every listing (`core.listing`): source, region,
    municipality, topic, year (each repeatable), q, sort."""
    locale_id = page.locale_id
    parent_path = page.path[: -Page.steplen]
    private = private_pages_q()
    municipalities = list(
        pages_of(MunicipalityPage)
        .live()
        .exclude(private)
        .filter(locale_id=locale_id, path__startswith=parent_path)
        .select_related("region")
        .order_by("title")
    )
    regions = list(Region.objects.filter(locale_id=locale_id).order_by("sort_order", "name"))
    topics = list(Topic.objects.filter(locale_id=locale_id).order_by("sort_order", "name"))
    by_slug = {m.slug: m for m in municipalities}
    by_path = {m.path: m for m in municipalities}
    region_of = {m.path: m.region.slug for m in municipalities if m.region_id}
    labels = {
        "source": NEWS_LISTING.facet("source").choice_labels(),
        "region": [Label(value=r.slug, name=r.name) for r in regions],
        "municipality": [
            Label(value=m.slug, name=m.title, parent=region_of.get(m.path, ""))
            for m in municipalities
        ],
        "topic": [Label(value=t.slug, name=t.name, colour=t.colour) for t in topics],
    }
    known = {name: {label.value for label in items} for name, items in labels.items()}
    state = parse_state(
        NEWS_LISTING,
        params,
        known=lambda facet, value: value in known.get(facet, ()),
        clean_query=textsearch.clean_query,
    )

    def paths_of(values, attribute):
        return [m.path for m in municipalities if _slug_of(m, attribute) in values]

    facets = {
        "source": DatabaseFacet(
            lookup=lambda values: Q(news_source__in=values), group="news_source"
        ),
        "region": DatabaseFacet(
            lookup=lambda values: Q(parent_path__in=paths_of(values, "region")),
            group="parent_path",
            value_of=lambda path: (region_of[path],) if path in region_of else (),
        ),
        "municipality": DatabaseFacet(
            lookup=lambda values: Q(parent_path__in=[by_slug[v].path for v in values]),
            group="parent_path",
            value_of=lambda path: (by_path[path].slug,) if path in by_path else (),
        ),
        "topic": DatabaseFacet(
            lookup=lambda values: Q(
                pk__in=NewsPage.topics.through.objects.filter(topic__slug__in=values).values(
                    "newspage_id"
                )
            ),
            group="topics__slug",
            many=True,
        ),
        "year": DatabaseFacet(
            lookup=lambda values: Q(news_year__in=[int(v) for v in values]), group="news_year"
        ),
    }
    everything = (
        pages_of(NewsPage)
        .live()
        .exclude(private)
        .filter(locale_id=locale_id, path__startswith=parent_path)
        .annotate(
            # Never negative: PostgreSQL may compute it for pages a join leaves out.
            parent_path=Substr("path", 1, Greatest(Length("path") - Page.steplen, 0)),
            news_year=ExtractYear("date"),
            news_source=Case(
                When(path__startswith=page.path, then=Value("central")),
                default=Value("municipal"),
            ),
        )
    )
    all_news = everything
    if state.q:
        searchable = pages_of(NewsPage).live().filter(locale_id=locale_id)
        everything = everything.filter(pk__in=_news_search_ids(searchable, state.q))
    news = database_filter(everything, state.filters, facets)
    order = ("date", "pk") if state.sort == "oldest" else ("-date", "-pk")
    return NewsListing(
        state=state,
        news=news.order_by(*order),
        everything=everything,
        all_news=all_news,
        labels=labels,
        facets=facets,
        municipalities=municipalities,
    )


def _slug_of(municipality, attribute):
    related = getattr(municipality, attribute, None)
    return related.slug if related is not None else None


@page_context_selector
def news_index_context(*, request, page):
    """The news index: `news_listing` for this request with its facet counts (one GROUP BY
    per facet), paginated."""
    listing = news_listing(page=page, params=request.GET)
    state = listing.state
    counts = database_counts(listing.everything, state.filters, listing.facets)
    labels = {
        **listing.labels,
        "year": [
            Label(value=year, name=year)
            for year in sorted(
                {str(year) for year in counts["year"]} | set(state.filters.get("year", ())),
                reverse=True,
            )
        ],
    }
    news = listing.news.prefetch_related(
        "topics",
        Prefetch("image", queryset=get_image_model().objects.prefetch_renditions()),
    )
    # Every news item is central or municipal: the source counts give the matching ones.
    page_obj, page_range = paginate(
        news, state, NEWS_PER_PAGE, count=choice_total(counts, state.filters, "source")
    )
    # Unsearched and filtered by source at most, the source counts are every news item.
    narrowed = state.q or any(values for name, values in state.filters.items() if name != "source")
    total = listing.all_news.count() if narrowed else sum(counts["source"].values())
    by_path = listing.by_path
    items = list(page_obj.object_list)
    for item in items:
        item.municipality = by_path.get(item.path[: -Page.steplen])
    return {
        **listing_context(
            state=state,
            labels=labels,
            counts=counts,
            page_obj=page_obj,
            page_range=page_range,
            total_count=total,
        ),
        "ancestors": page_ancestors(page=page),
        "news_items": items,
    }


# ---- One news item ---------------------------------------------------------------------


@page_context_selector
def news_context(*, page):
    """The news item's municipality, topics, image with its renditions, and the news
    index of its locale."""
    ancestors = page_ancestors(page=page)
    image = None
    if page.image_id:
        image = get_image_model().objects.prefetch_renditions().filter(pk=page.image_id).first()
    parent = ancestors[-1] if ancestors else None
    return {
        "ancestors": ancestors,
        # Central news stand under the news index: they belong to no municipality.
        "municipality": parent if parent and parent.specific_class is MunicipalityPage else None,
        "topics": list(page.topics.all()),
        "image": image,
        "news_index": index_page_for(NewsIndexPage, locale_id=page.locale_id),
    }


# ---- Places for the floors below (core.places) -----------------------------------------


def municipality_place_rows(*, paths=None):
    """The municipalities as place rows (`core.places.PLACE_FIELDS`), by title: every live
    one, or with `paths`, those at these tree paths whatever their state."""
    if paths is None:
        municipalities = pages_of(MunicipalityPage).live()
    else:
        municipalities = MunicipalityPage.objects.filter(path__in=paths)
    return list(municipalities.values(*PLACE_FIELDS).order_by("title"))


# The public forms (municipalities.views): what a resident may choose and correct.


def municipality_choices(*, locale):
    """(page id, title) of every live, public municipality in `locale`, by title: the
    municipalities a resident may share an initiative of."""
    return list(
        pages_of(MunicipalityPage)
        .live()
        .exclude(private_pages_q())
        .filter(locale=locale)
        .order_by("title")
        .values_list("pk", "title")
    )


def correctable_page_get(*, page_id):
    """The live, public story, municipality or service page `page_id` (specific), or
    None: the pages a reader may ask to correct."""
    if page_id is None:
        return None
    page = Page.objects.live().exclude(private_pages_q()).filter(pk=page_id).specific().first()
    if not isinstance(page, StoryPage | MunicipalityPage | ServicePage):
        return None
    return page


# ---- Content health: what a municipality's pages lack ------------------------------------
#
# The public profile says what is not known yet (`municipality_gaps`); the admin report
# and the municipal editor's dashboard list, for each municipality, everything missing or
# stale with a link to fix it (`content_health`). Both read the same rules
# (`profile_gaps`), and `content_health` does so for any number of municipalities in
# five queries.

REGISTER_STALE_AFTER_YEARS = 1


@dataclass(frozen=True)
class Problem:
    """A kind of gap: its key (filters, CSV, anchors), its column heading and what it
    means; `public` ones are what the public profile says is not known yet."""

    key: str
    label: object
    description: object
    public_label: object = ""  # how the public profile names it; empty: not shown there

    @property
    def public(self):
        return bool(self.public_label)


PROBLEMS = (
    Problem(
        "population",
        _("Population"),
        _("The population is not recorded."),
        _("the number of residents"),
    ),
    Problem(
        "head",
        _("Head"),
        _("The head of the municipality is not named."),
        _("the head of the municipality"),
    ),
    Problem(
        "contacts",
        _("Contacts"),
        _("Neither a phone number nor an e-mail address."),
        _("a phone number or e-mail address"),
    ),
    Problem(
        "villages",
        _("Villages"),
        _("The villages are not listed."),
        _("the villages it covers"),
    ),
    Problem("figures", _("Figures"), _("No figure is recorded."), _("figures of its work")),
    Problem(
        "stale_figures",
        _("Old figures"),
        _("Figures whose latest value is more than two years old."),
    ),
    Problem(
        "register",
        _("Register"),
        _("No service register, or one not updated for a year."),
        _("its register of municipal services"),
    ),
    Problem("no_photos", _("Stories without photos"), _("Live stories with no photo at all.")),
    Problem(
        "no_consent",
        _("Photos without consent"),
        _("Live stories with gallery photos whose consent is not recorded (they are hidden)."),
    ),
    Problem(
        "untranslated",
        _("Not translated"),
        _("Live pages without a live translation in Kyrgyz, Russian or English."),
    ),
)
PROBLEMS_BY_KEY = {problem.key: problem for problem in PROBLEMS}
# What the link of each gap of the profile does.
FIX_ACTIONS = {
    "population": _("Enter the population"),
    "head": _("Name the head of the municipality"),
    "contacts": _("Add a phone number or an e-mail address"),
    "villages": _("List the villages"),
    "figures": _("Add a figure"),
    "register": _("Create the service register"),
}
PUBLIC_GAP_KEYS = tuple(problem.key for problem in PROBLEMS if problem.public)


@dataclass
class Fix:
    """One thing to fix: what it is, where to fix it (an admin URL) and a detail."""

    label: str
    url: str
    note: str = ""


@dataclass
class MunicipalityHealth:
    """One municipality (its page in the default language) and its fixes by problem key."""

    municipality: object
    fixes: dict = field(default_factory=dict)

    def count(self, key):
        return len(self.fixes.get(key, ()))

    @property
    def counts(self):
        """(problem, count) in the order of PROBLEMS."""
        return [(problem, self.count(problem.key)) for problem in PROBLEMS]

    @property
    def total(self):
        return sum(len(fixes) for fixes in self.fixes.values())

    @property
    def problems(self):
        """(problem, fixes) of the problems it has, in the order of PROBLEMS."""
        return [(p, self.fixes[p.key]) for p in PROBLEMS if self.fixes.get(p.key)]


def profile_gaps(page, *, has_figures, has_register):
    """The keys of PUBLIC_GAP_KEYS that `page` (a MunicipalityPage) lacks: no query."""
    gaps = []
    if not page.population:
        gaps.append("population")
    if not page.head_name.strip():
        gaps.append("head")
    if not (page.phone.strip() or page.email.strip()):
        gaps.append("contacts")
    if not page.village_list:
        gaps.append("villages")
    if not has_figures:
        gaps.append("figures")
    if not has_register:
        gaps.append("register")
    return gaps


def municipality_gaps(*, page):
    """What the public profile of `page` (a MunicipalityPage, any language) should say is
    not known yet: the Problems among population, head, contacts, villages, figures and
    service register it lacks, in that order. Three queries."""
    has_figures = MunicipalityFigure.objects.filter(page=page).exists()
    has_register = (
        ServiceRegisterPage.objects.live().exclude(private_pages_q()).child_of(page).exists()
    )
    keys = profile_gaps(page, has_figures=has_figures, has_register=has_register)
    return [PROBLEMS_BY_KEY[key] for key in keys]


def _edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def _below_municipalities(queryset, municipalities):
    """`queryset` narrowed to the pages at or below any translation of `municipalities`
    (one subquery per depth of the municipalities: one in a site built as Ashar is)."""
    keys = [m.translation_key for m in municipalities]
    condition = Q(pk__in=[])
    annotations = {}
    for length in sorted({len(m.path) for m in municipalities}):
        name = f"municipality_path_{length}"
        annotations[name] = Substr("path", 1, length)
        translations = MunicipalityPage.objects.filter(
            translation_key__in=keys, depth=length // Page.steplen
        ).values("path")
        condition |= Q(**{f"{name}__in": translations})
    return queryset.annotate(**annotations).filter(condition)


def _translate_fix_url(original, translations):
    """Where the missing translations of `original` are made: wagtail-localize's
    "Translate this page" when a language has no page yet, else the draft translation."""
    codes = {row["locale__language_code"] for row in translations}
    if any(code not in codes for code in LANGUAGE_CODES):
        return reverse("wagtail_localize:submit_page_translation", args=[original["pk"]])
    draft = min((row for row in translations if not row["live"]), key=lambda row: row["pk"])
    return _edit_url(draft["pk"])


def content_health(*, municipalities=None, region=None, today=None):
    """MunicipalityHealth of each municipality, by title: every municipality page of the
    default language, or those of `municipalities` (translations of them count as
    themselves), optionally only those of `region`. What is checked: PROBLEMS. Five
    queries however many municipalities, pages, figures and photos."""
    today = today or timezone.localdate()
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    pages = MunicipalityPage.objects.filter(locale__language_code=default_language)
    if municipalities is not None:
        pages = pages.filter(translation_key__in=[m.translation_key for m in municipalities])
    if region is not None:
        pages = pages.filter(region=region)
    found = list(pages.select_related("region").order_by("title", "pk"))
    if not found:
        return []
    health = {m.translation_key: MunicipalityHealth(municipality=m) for m in found}
    lengths = sorted({len(m.path) for m in found})

    figures = {}
    for figure in MunicipalityFigure.objects.filter(page__in=[m.pk for m in found]):
        figures.setdefault(figure.page_id, []).append(figure)
    rows = list(
        _below_municipalities(Page.objects.all(), found).values(
            "pk", "path", "translation_key", "locale__language_code", "live", "title"
        )
    )
    registers = list(
        _below_municipalities(ServiceRegisterPage.objects.live(), found)
        .order_by("pk")
        .values("pk", "path", "decision_date", "last_published_at", "locale__language_code")
    )
    stories = list(
        _below_municipalities(StoryPage.objects.all(), found)
        .annotate(
            photo_count=Count("gallery_images"),
            unconsented=Count("gallery_images", filter=Q(gallery_images__consent_recorded=False)),
        )
        .values(
            "pk",
            "path",
            "translation_key",
            "title",
            "live",
            "image_id",
            "photo_count",
            "unconsented",
        )
    )

    owner_by_path = {
        row["path"]: health[row["translation_key"]]
        for row in rows
        if len(row["path"]) in lengths and row["translation_key"] in health
    }

    def owner(path):
        for length in lengths:
            found_health = owner_by_path.get(path[:length])
            if found_health is not None:
                return found_health
        return None

    registers_by_owner = {}
    for register in registers:
        item = owner(register["path"])
        if item is not None:
            registers_by_owner.setdefault(item.municipality.pk, []).append(register)

    register_cutoff = years_before(today, REGISTER_STALE_AFTER_YEARS)
    for item in health.values():
        municipality = item.municipality
        own_figures = figures.get(municipality.pk, [])
        own_registers = registers_by_owner.get(municipality.pk, [])
        for key in profile_gaps(
            municipality, has_figures=bool(own_figures), has_register=bool(own_registers)
        ):
            url = _edit_url(municipality.pk)
            if key == "register":
                url = reverse(
                    "wagtailadmin_pages:add",
                    args=["registry", "serviceregisterpage", municipality.pk],
                )
            item.fixes.setdefault(key, []).append(Fix(label=str(FIX_ACTIONS[key]), url=url))
        for series in figure_series(own_figures, today=today):
            if series.is_stale:
                as_of = series.latest.as_of
                item.fixes.setdefault("stale_figures", []).append(
                    Fix(
                        label=str(series.label),
                        url=_edit_url(municipality.pk),
                        note=as_of.isoformat() if as_of else str(_("no date")),
                    )
                )
        if own_registers:
            updated = [
                day
                for register in own_registers
                for day in (
                    register["decision_date"],
                    timezone.localdate(register["last_published_at"])
                    if register["last_published_at"]
                    else None,
                )
                if day is not None
            ]
            latest = max(updated, default=None)
            if latest is None or latest < register_cutoff:
                register = min(
                    own_registers,
                    key=lambda row: (row["locale__language_code"] != default_language, row["pk"]),
                )
                item.fixes.setdefault("register", []).append(
                    Fix(
                        label=str(_("Update the service register")),
                        url=_edit_url(register["pk"]),
                        note=latest.isoformat() if latest else str(_("no date")),
                    )
                )

    by_key = {}
    for story in stories:
        by_key.setdefault(story["translation_key"], []).append(story)
    for translations in by_key.values():
        original = min(translations, key=lambda row: row["pk"])
        item = owner(original["path"])
        if item is None or not original["live"]:
            continue
        if original["image_id"] is None and not original["photo_count"]:
            item.fixes.setdefault("no_photos", []).append(
                Fix(label=original["title"], url=_edit_url(original["pk"]))
            )
        if original["unconsented"]:
            item.fixes.setdefault("no_consent", []).append(
                Fix(
                    label=original["title"],
                    url=_edit_url(original["pk"]),
                    note=str(original["unconsented"]),
                )
            )

    by_key = {}
    for row in rows:
        by_key.setdefault(row["translation_key"], []).append(row)
    for translations in by_key.values():
        original = min(translations, key=lambda row: row["pk"])
        item = owner(original["path"])
        if item is None or not original["live"]:
            continue
        live = {row["locale__language_code"] for row in translations if row["live"]}
        missing = [code for code in LANGUAGE_CODES if code not in live]
        if missing:
            item.fixes.setdefault("untranslated", []).append(
                Fix(
                    label=original["title"],
                    url=_translate_fix_url(original, translations),
                    note=", ".join(missing),
                )
            )
    for item in health.values():
        for fixes in item.fixes.values():
            fixes.sort(key=lambda fix: (fix.label.casefold(), fix.note))
    return list(health.values())
