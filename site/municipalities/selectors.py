"""Reads for municipal profiles, the municipality list and the aggregated news.

Every function keeps its query count independent of how many municipalities, figures,
stories, news items or services there are: one query per kind of thing, never per row.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Case, Count, F, Prefetch, Q, Value, When
from django.db.models.functions import ExtractYear, Length, Substr
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from core.choices import FigureKind
from core.listing import (
    DatabaseFacet,
    Facet,
    FacetKind,
    Label,
    ListingSpec,
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
from core.selectors import index_page_for, index_pages_for, page_ancestors, private_pages_q
from registry.choices import Initiator, ServiceStatus
from registry.models import ServicePage, ServiceRegisterPage
from stories import search
from stories.models import StoryIndexPage, StoryPage
from stories.selectors import story_counts_by_municipality, story_facts, story_list_of_place

from .choices import MunicipalitySort
from .models import MunicipalityFigure, MunicipalityPage, NewsIndexPage, NewsPage

NEWS_PER_PAGE = 12
PROFILE_NEWS = 5
PROFILE_STORIES = 6
STALE_AFTER_YEARS = 2
FIGURE_KIND_ORDER = {value: index for index, value in enumerate(FigureKind.values)}
# A name typed in the municipality search matches the places it begins from this length.
MIN_TYPED_PLACE = 3


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
        MunicipalityPage.objects.live()
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
        ServicePage.objects.live().exclude(private).descendant_of(page), path_length=path_length
    )
    with_register = {
        path[:path_length]
        for path in ServiceRegisterPage.objects.live()
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
    Uzgen: `stories.search.find_places` over the place names of every language), and the
    places whose name begins with what was typed (three letters at least)."""
    places, _rest = search.find_places(q, facts.aliases)
    typed = search.place_key(q)
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
        clean_query=search.clean_query,
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
    return {
        "ancestors": page_ancestors(page=page),
        "region": region,
        "district": district,
        "figure_series": figure_series(figures),
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
        MunicipalityPage.objects.live()
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
        clean_query=search.clean_query,
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
        ),
        "year": DatabaseFacet(
            lookup=lambda values: Q(news_year__in=[int(v) for v in values]), group="news_year"
        ),
    }
    everything = (
        NewsPage.objects.live()
        .exclude(private)
        .filter(locale_id=locale_id, path__startswith=parent_path)
        .annotate(
            parent_path=Substr("path", 1, Length("path") - Page.steplen),
            news_year=ExtractYear("date"),
            news_source=Case(
                When(path__startswith=page.path, then=Value("central")),
                default=Value("municipal"),
            ),
        )
    )
    all_news = everything
    if state.q:
        searchable = NewsPage.objects.live().filter(locale_id=locale_id)
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
    page_obj, page_range = paginate(news, state, NEWS_PER_PAGE)
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
