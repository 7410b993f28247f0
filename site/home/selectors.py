"""Reads for the home page and the programme pages.

Every total here is computed from the records (stories, municipal figures, register
entries), never typed in, and every function runs a fixed number of queries however many
stories, municipalities and figures there are.
"""

import datetime
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import textsearch
from core.choices import FigureKind, RegisterFigureKind
from core.models import Programme
from core.money import MONEY_SOURCES, split_money
from core.pages import page_context_selector
from core.selectors import index_pages_for, pages_of, private_pages_q
from core.textsearch import folded_words, has_terms
from municipalities.models import (
    MunicipalityFigure,
    MunicipalityIndexPage,
    MunicipalityPage,
    NewsIndexPage,
    NewsPage,
)
from registry import selectors as registry_selectors
from registry.models import BaseService, RegistryIndexPage, ServicePage, ServiceRegisterPage
from stories.models import StoryIndexPage
from stories.selectors import (
    page_url,
    story_counts_by_region,
    story_counts_by_topic,
    story_facts,
    story_list_latest,
    story_list_of_programme,
    story_list_picked,
    story_search_results,
    story_totals,
)

from .models import ProgrammePage

FEATURED_LIMIT = 6
NEWS_LIMIT = 5
PROGRAMME_STORIES_LIMIT = 6

# Home page children the home page links into, by model name.
INDEX_MODELS = {
    "storyindexpage": "stories",
    "municipalityindexpage": "municipalities",
    "registryindexpage": "services",
    "newsindexpage": "news",
}
METHODOLOGY_SLUG = "methodology"


def _figure_rows(*, locale):
    """(municipality id, kind, value, as of, record id, programme translation key) of every
    figure of the live municipalities of `locale`, in one query."""
    municipalities = pages_of(MunicipalityPage).live().filter(locale=locale).values("pk")
    return MunicipalityFigure.objects.filter(page__in=municipalities).values_list(
        "page_id", "kind", "value", "as_of", "pk", "programme__translation_key"
    )


def _latest_per_municipality_and_kind(rows):
    """The latest record (max "as of", then the last entered) per (municipality, kind)."""
    latest = {}
    for page_id, kind, value, as_of, pk, _programme_key in rows:
        key = (page_id, kind)
        rank = (as_of or datetime.date.min, pk)
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, value, as_of)
    return latest


def _sum_latest(rows):
    totals = {}
    for (_page_id, kind), (_rank, value, as_of) in _latest_per_municipality_and_kind(rows).items():
        entry = totals.setdefault(kind, {"value": 0, "as_of_latest": None, "municipalities": 0})
        entry["value"] += value
        entry["municipalities"] += 1
        if as_of and (entry["as_of_latest"] is None or as_of > entry["as_of_latest"]):
            entry["as_of_latest"] = as_of
    return {kind: totals[kind] for kind in FigureKind.values if kind in totals}


def _programme_rows(rows, programme):
    return [row for row in rows if row[5] == programme.translation_key]


def figure_totals(*, locale, programme=None):
    """kind -> {value, as_of_latest, municipalities}: the sum over the live municipalities
    of `locale` of each one's latest figure of that kind. With `programme`, only the
    figures recorded for that programme (in any language) count. Kinds nobody recorded
    are left out; the order is FigureKind's."""
    rows = list(_figure_rows(locale=locale))
    if programme is not None:
        rows = _programme_rows(rows, programme)
    return _sum_latest(rows)


def service_pipeline(*, locale):
    """The registry's pipeline (services vulnerable groups initiated → approved, the
    seed's 129 → 64) with the number of registers, of those whose regulation fixes
    citizens' participation, and of outsourced services."""
    tally = registry_selectors.service_tally(locale_id=locale.pk)
    counts = registry_selectors.pipeline(locale_id=locale.pk, tally=tally)
    counts.update(
        pages_of(ServiceRegisterPage)
        .live()
        .exclude(private_pages_q())
        .filter(locale=locale)
        .aggregate(
            registers=Count("pk"),
            with_regulation=Count("pk", filter=Q(has_participation_regulation=True)),
        )
    )
    counts["outsourced"] = registry_selectors.outsourcing_summary(locale_id=locale.pk, tally=tally)[
        "total"
    ]
    return counts


def register_figure_totals(pipeline):
    """What the published registers record, as totals of the kinds a programme may state
    about them (`RegisterFigureKind`), from `service_pipeline`; "as of" today, over every
    register of the language."""
    values = {
        RegisterFigureKind.PARTICIPATION_REGULATIONS: pipeline["with_regulation"],
        RegisterFigureKind.SERVICES_BY_VULNERABLE_GROUPS: pipeline["initiated"],
        RegisterFigureKind.APPROVED_FROM_VULNERABLE_GROUPS: pipeline["approved"],
        RegisterFigureKind.SERVICES_IN_REGISTERS: pipeline["total"],
        RegisterFigureKind.REGISTERS: pipeline["registers"],
    }
    return {
        kind.value: {"value": value, "as_of_latest": None, "municipalities": pipeline["registers"]}
        for kind, value in values.items()
    }


def states_register_figures(figures):
    """Whether some of a programme's headline figures are about the registers."""
    return any(figure.kind in RegisterFigureKind.values for figure in figures)


def money_split(money):
    """The money dict of `story_totals` in the shape of the stories' money-split include
    (see `core.money.split_money`)."""
    return split_money(
        [(key, label, money.get(key)) for key, label in MONEY_SOURCES],
        recorded_total=money.get("total"),
    )


def _figure_stats(totals):
    labels = dict(FigureKind.choices)
    return [{"kind": kind, "label": labels[kind], **entry} for kind, entry in totals.items()]


def shared_provenance(stats):
    """{as_of_latest, municipalities} when every stat shares them (then the page says it
    once, not on every figure), else None."""
    shared = {(stat["as_of_latest"], stat["municipalities"]) for stat in stats}
    if len(shared) != 1:
        return None
    as_of_latest, municipalities = shared.pop()
    return {"as_of_latest": as_of_latest, "municipalities": municipalities}


def _compare(figure, recorded):
    total = recorded.get(figure.kind)
    value = total["value"] if total else None
    agrees = figure.is_met_by(value) if value is not None else None
    return {
        "figure": figure,
        "label": figure.get_kind_display(),
        "reported": figure.value,
        "qualifier": figure.qualifier,
        "qualifier_label": figure.get_qualifier_display(),
        "recorded": value,
        "as_of_latest": total["as_of_latest"] if total else None,
        "agrees": agrees,
        # Where they differ: by how much, and whether the record is above the figure.
        "difference": abs(value - figure.value) if agrees is False else None,
        "recorded_more": agrees is False and value > figure.value,
        "from_registers": figure.kind in RegisterFigureKind.values,
    }


def comparison(figures, recorded):
    """A programme's headline figures beside the `recorded` totals: one row per figure,
    and the source and "as of" date said once when every row shares them."""
    rows = [_compare(figure, recorded) for figure in figures]
    sources = {(row["figure"].source_title, row["figure"].source_url) for row in rows}
    dates = {row["as_of_latest"] for row in rows if row["recorded"] is not None}
    source = sources.pop() if len(sources) == 1 else None
    return {
        "rows": rows,
        "source": {"title": source[0], "url": source[1]} if source and any(source) else None,
        "as_of_latest": dates.pop() if len(dates) == 1 else None,
        "from_registers": any(row["from_registers"] for row in rows),
    }


def programme_comparisons(*, locale, rows=None, pipeline=None):
    """Every programme of `locale` with its headline figures next to the totals recorded
    here for it (what the registers record, from `pipeline`, for figures about them), and
    its programme page when there is one."""
    rows = list(_figure_rows(locale=locale)) if rows is None else rows
    programmes = list(Programme.objects.filter(locale=locale).prefetch_related("headline_figures"))
    pages = {
        page.programme_id: page
        for page in pages_of(ProgrammePage).live().filter(locale=locale, programme__in=programmes)
    }
    result = []
    for programme in programmes:
        recorded = _sum_latest(_programme_rows(rows, programme))
        figures = programme.headline_figures.all()
        if states_register_figures(figures):
            pipeline = service_pipeline(locale=locale) if pipeline is None else pipeline
            recorded.update(register_figure_totals(pipeline))
        result.append(
            {
                "programme": programme,
                "page": pages.get(programme.pk),
                "comparison": comparison(figures, recorded),
            }
        )
    return result


def featured_stories(*, page, locale):
    """The stories the editors picked for `page`, in their order, as a reader of `locale`
    sees them (a pick made in one language counts in every language; a story not yet
    translated is shown in its own language, marked)."""
    keys = list(
        page.featured_stories.order_by("sort_order").values_list(
            "story__translation_key", flat=True
        )
    )
    return story_list_picked(locale=locale, translation_keys=keys)


def news_latest(*, locale, limit=NEWS_LIMIT):
    """The latest live news of `locale`, each with `.municipality` (its parent page)."""
    news = list(
        pages_of(NewsPage)
        .live()
        .exclude(private_pages_q())
        .filter(locale=locale)
        .order_by("-date", "-pk")[:limit]
    )
    parents = {
        parent.path: parent
        for parent in Page.objects.filter(path__in={item.path[: -Page.steplen] for item in news})
    }
    for item in news:
        item.municipality = parents.get(item.path[: -Page.steplen])
    return news


def _index_urls(*, page):
    """URLs of the index pages and the methodology page under the home page `page`."""
    urls = {}
    # By content type (Django keeps them in memory) and slug, both indexed: the database
    # looks up these few pages instead of reading every page for the children of one.
    index_types = ContentType.objects.get_for_models(
        StoryIndexPage, MunicipalityIndexPage, RegistryIndexPage, NewsIndexPage
    ).values()
    children = (
        Page.objects.child_of(page)
        .live()
        .filter(
            Q(content_type_id__in=[content_type.pk for content_type in index_types])
            | Q(slug=METHODOLOGY_SLUG)
        )
        .select_related("content_type")
    )
    for child in children:
        name = INDEX_MODELS.get(child.content_type.model)
        if child.slug == METHODOLOGY_SLUG:
            name = "methodology"
        if name and name not in urls:
            urls[name] = child.get_url()
    return urls


@page_context_selector
def home_context(*, page):
    """Everything the home page shows, for the home page `page` in its language."""
    locale = page.locale
    rows = list(_figure_rows(locale=locale))
    figure_stats = _figure_stats(_sum_latest(rows))
    totals = story_totals(locale=locale)
    featured = featured_stories(page=page, locale=locale)
    pipeline = service_pipeline(locale=locale)
    return {
        "totals": totals,
        "money": money_split(totals["money"]),
        "figure_stats": figure_stats,
        "figure_provenance": shared_provenance(figure_stats),
        "programme_comparisons": programme_comparisons(locale=locale, rows=rows, pipeline=pipeline),
        "pipeline": pipeline,
        "featured_stories": featured or story_list_latest(locale=locale, limit=FEATURED_LIMIT),
        "featured_by_editors": bool(featured),
        "topic_counts": story_counts_by_topic(locale=locale),
        "region_counts": story_counts_by_region(locale=locale),
        "latest_news": news_latest(locale=locale),
        "municipality_count": pages_of(MunicipalityPage).live().filter(locale=locale).count(),
        "urls": _index_urls(page=page),
    }


@page_context_selector
def programme_context(*, page):
    """A programme page: the programme, its headline figures beside the recorded totals,
    its stories and the municipalities it worked in."""
    locale = page.locale
    programme = page.programme
    key = programme.translation_key
    recorded = figure_totals(locale=locale, programme=programme)
    programme_stories, story_count = story_list_of_programme(
        locale=locale, programme_slug=programme.slug, limit=PROGRAMME_STORIES_LIMIT
    )
    municipalities = (
        pages_of(MunicipalityPage)
        .live()
        .filter(locale=locale, programmes__translation_key=key)
        .select_related("region", "district")
        .order_by("title")
        .distinct()
    )
    home = page.get_parent()
    urls = _index_urls(page=home)
    stories_url = urls.get("stories")
    figures = list(programme.headline_figures.all())
    reported_kinds = {figure.kind for figure in figures}
    compared = recorded
    if states_register_figures(figures):
        # PSI: its stated figures about the registers beside what the registers record.
        compared = {**recorded, **register_figure_totals(service_pipeline(locale=locale))}
    return {
        "programme": programme,
        "headline_comparison": comparison(figures, compared),
        "other_recorded_figures": [
            stat for stat in _figure_stats(recorded) if stat["kind"] not in reported_kinds
        ],
        "story_count": story_count,
        "programme_stories": programme_stories,
        "programme_stories_url": f"{stories_url}?programme={programme.slug}"
        if stories_url
        else None,
        "programme_municipalities": list(municipalities),
        "urls": urls,
    }


# ---- The site-wide search ------------------------------------------------------------

SEARCH_GROUP_LIMIT = 5
# Services, base services and news are matched in Python on their folded words (as the
# stories are: Kyrgyz letters typed on a Russian keyboard, word endings): one query each,
# reading only the short fields a result shows.


@dataclass
class SearchHit:
    title: str
    url: str
    meta: str = ""
    text: str = ""
    date: datetime.date | None = None


@dataclass
class SearchGroup:
    """One kind of result: its first hits, how many there are, where the rest are."""

    kind: str
    label: str
    hits: list = field(default_factory=list)
    total: int = 0
    more_url: str | None = None
    stories: list = field(default_factory=list)


@dataclass
class SiteSearch:
    q: str
    groups: list
    terms: list

    @property
    def total(self):
        return sum(group.total for group in self.groups)

    @property
    def found(self):
        return [group for group in self.groups if group.total]


@dataclass
class _Query:
    """What every group of a site search asks: the reader's query cleaned (`q`), its
    terms, the places it names and the terms besides them, the tree paths of the
    municipalities those places are or hold, and the pages a reader may not see."""

    locale: object
    facts: object
    q: str
    terms: list
    places: list
    rest_terms: list
    places_paths: set
    private: object

    @property
    def place_terms(self):
        """The terms a page in a municipality must have: those besides the places when
        the query names places that hold municipalities, else all of them."""
        return self.rest_terms if self.places_paths else self.terms


def _with_query(url, q):
    if not url:
        return None
    return f"{url}?{urlencode({'q': q})}"


def _ranked_group(rows, *, rank, hit, kind, label, more_url):
    """A group of the `rows` that `rank(row)` ranks (a number, the lower first, the rows'
    own order kept within a rank; None: not a hit), the first SEARCH_GROUP_LIMIT of them as
    `hit(row)`."""
    ranked = [(place, row) for row in rows if (place := rank(row)) is not None]
    ranked.sort(key=lambda pair: pair[0])
    return SearchGroup(
        kind=kind,
        label=label,
        hits=[hit(row) for _place, row in ranked[:SEARCH_GROUP_LIMIT]],
        total=len(ranked),
        more_url=more_url,
    )


def _municipal_hit(row, *, facts, levels):
    """The hit of a page (a row with its `path`, `title`, `url_path`, `summary` and maybe
    `date`) `levels` below its municipality's page: with the municipality's title."""
    slug = facts.municipality_paths.get(row["path"][: -Page.steplen * levels])
    municipality = facts.municipalities.get(slug)
    return SearchHit(
        title=row["title"],
        url=page_url(row["url_path"]),
        meta=municipality.title if municipality else "",
        text=row["summary"],
        date=row.get("date"),
    )


def _places_paths(places, facts):
    """Tree paths of the municipalities of `locale` a query named: by name, or inside a
    district or region it named."""
    slugs = set()
    for facet, slug in places:
        for municipality in facts.municipalities.values():
            if getattr(municipality, "slug" if facet == "municipality" else facet) == slug:
                slugs.add(municipality.slug)
    return {path for path, slug in facts.municipality_paths.items() if slug in slugs}


def _municipality_group(query, index_url):
    named = {slug for facet, slug in query.places if facet == "municipality"}
    within = _places_paths(query.places, query.facts)
    rows = (
        pages_of(MunicipalityPage)
        .live()
        .exclude(query.private)
        .filter(locale=query.locale)
        .order_by("title")
        .values(
            "path",
            "slug",
            "title",
            "official_name",
            "villages",
            "url_path",
            "region__name",
            "district__name",
        )
    )

    def rank(row):
        if row["slug"] in named:
            return 0
        if has_terms(
            query.terms, folded_words(row["title"], row["official_name"], row["villages"])
        ):
            return 1
        return 2 if row["path"] in within else None

    return _ranked_group(
        rows,
        rank=rank,
        hit=lambda row: SearchHit(
            title=row["title"],
            url=page_url(row["url_path"]),
            meta=", ".join(name for name in (row["district__name"], row["region__name"]) if name),
            text=row["official_name"],
        ),
        kind="municipalities",
        label=_("Municipalities"),
        more_url=_with_query(index_url, query.q),
    )


def _in_places(path, levels, paths):
    return path[: -Page.steplen * levels] in paths


def _service_group(query, index_url):
    rows = (
        pages_of(ServicePage)
        .live()
        .exclude(query.private)
        .filter(locale=query.locale)
        .order_by("title")
        .values(
            "path",
            "title",
            "summary",
            "provider_name",
            "url_path",
            "status",
            "base_service__name",
        )
    )
    wanted = query.place_terms

    def rank(row):
        if query.places_paths and not _in_places(row["path"], 2, query.places_paths):
            return None
        title_words = folded_words(row["title"], row["base_service__name"])
        if has_terms(wanted, title_words):
            return 0
        if has_terms(wanted, title_words | folded_words(row["summary"], row["provider_name"])):
            return 1
        return None

    return _ranked_group(
        rows,
        rank=rank,
        hit=partial(_municipal_hit, facts=query.facts, levels=2),
        kind="services",
        label=_("Services"),
        more_url=_with_query(index_url, query.q),
    )


def _base_service_group(query, index_url):
    # Base services belong to no place: a query that only names a place has no word left
    # to find them by, and every base service would match "nothing".
    terms = query.rest_terms if query.places else query.terms
    rows = (
        BaseService.objects.filter(locale=query.locale)
        .order_by("code")
        .values("code", "name", "description", "category__name")
        if terms
        else []
    )

    def rank(row):
        if has_terms(terms, folded_words(row["name"])):
            return 0
        if has_terms(terms, folded_words(row["name"], row["description"], row["category__name"])):
            return 1
        return None

    group = _ranked_group(
        rows,
        rank=rank,
        hit=lambda row: SearchHit(
            title=row["name"],
            url=reverse("base_service", kwargs={"code": row["code"]}),
            meta=row["category__name"],
            text=row["code"],
        ),
        kind="base_services",
        label=_("Base services"),
        more_url=index_url,
    )
    if group.total <= len(group.hits):  # the base list is linked only for more hits
        group.more_url = None
    return group


def _news_group(query, index_url):
    rows = (
        pages_of(NewsPage)
        .live()
        .exclude(query.private)
        .filter(locale=query.locale)
        .order_by("-date", "-pk")
        .values("path", "title", "summary", "date", "url_path")
    )
    wanted = query.place_terms

    def rank(row):  # one rank: the newest first, as the rows come
        if query.places_paths and not _in_places(row["path"], 1, query.places_paths):
            return None
        return 0 if has_terms(wanted, folded_words(row["title"], row["summary"])) else None

    return _ranked_group(
        rows,
        rank=rank,
        hit=partial(_municipal_hit, facts=query.facts, levels=1),
        kind="news",
        label=_("News"),
        more_url=_with_query(index_url, query.q),
    )


def site_search(*, locale, raw_query, request=None):
    """The whole site searched for what a reader typed, in her language: stories (as the
    story index finds them), municipalities, services, base services and news, each group
    with its first SEARCH_GROUP_LIMIT hits, its count and a link to its own listing with
    the query. The query is cleaned and folded as the story search does it, and place names
    match in any script or spelling (Узген, Өзгөн, Uzgen). A fixed number of queries."""
    q = textsearch.clean_query(raw_query)
    terms = textsearch.query_terms(q)
    if not terms:
        return SiteSearch(q=q, groups=[], terms=[])
    facts = story_facts(locale=locale)
    places, rest = textsearch.find_places(q, facts.aliases)
    query = _Query(
        locale=locale,
        facts=facts,
        q=q,
        terms=terms,
        places=places,
        rest_terms=textsearch.query_terms(" ".join(rest)),
        places_paths=_places_paths(places, facts) if places else set(),
        private=private_pages_q(),
    )
    indexes = index_pages_for(
        MunicipalityIndexPage, NewsIndexPage, RegistryIndexPage, locale_id=locale.pk
    )
    urls = {model: page.url for model, page in indexes.items()}
    stories, story_total = story_search_results(
        locale=locale, q=q, limit=SEARCH_GROUP_LIMIT, request=request
    )
    story_group = SearchGroup(
        kind="stories",
        label=_("Stories"),
        stories=stories,
        total=story_total,
        more_url=_with_query(page_url(facts.index_url_path), q),
    )
    groups = [
        story_group,
        _municipality_group(query, urls.get(MunicipalityIndexPage)),
        _service_group(query, urls.get(RegistryIndexPage)),
        _base_service_group(query, urls.get(RegistryIndexPage)),
        _news_group(query, urls.get(NewsIndexPage)),
    ]
    return SiteSearch(q=q, groups=groups, terms=terms)
