"""Reads for registers and services: the registry index, a register, a service.

Every function keeps its query count independent of how many registers and services
there are. This app may not import `municipalities` or `stories`: a register's
municipality is read as its parent page, and a service's stories through the
`story_links` relation that the stories app declares by name.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace

from django.conf import settings
from django.db.models import Count, F, OuterRef, Q, Subquery, Window
from django.db.models.functions import Greatest, Length, Substr
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from core import textsearch
from core.listing import (
    DatabaseFacet,
    Facet,
    FacetKind,
    Label,
    ListingSpec,
    choice_total,
    clean_query,
    database_counts,
    database_filter,
    listing_context,
    paginate,
    parse_state,
)
from core.models import Region, VulnerableGroup
from core.pages import page_context_selector
from core.places import place_rows
from core.public import public_url
from core.selectors import index_page_for, page_ancestors, pages_of, private_pages_q

from .choices import Initiator, ProviderKind, ServiceStatus
from .models import (
    BaseService,
    BaseServiceCategory,
    RegistryIndexPage,
    ServicePage,
    ServiceRegisterPage,
)

STEP = Page.steplen


class CompareSort:
    MUNICIPALITY = "municipality"
    FEE = "fee"
    CHOICES = (MUNICIPALITY, FEE)


def live_services(*, locale_id, private=None):
    """Live, public services of a locale."""
    private = private_pages_q() if private is None else private
    return pages_of(ServicePage).live().exclude(private).filter(locale_id=locale_id)


def _parent_path(expression_path="path", levels=1):
    # Never a negative length: PostgreSQL may evaluate a filter on this expression for every
    # page (the root's path is shorter) before the join keeps only services, and refuses
    # a negative substring length where SQLite returns "".
    return Substr(expression_path, 1, Greatest(Length(expression_path) - STEP * levels, 0))


def pages_by_path(paths):
    """{path: Page} for the given tree paths, in one query (plain pages: title and URL)."""
    paths = set(paths)
    if not paths:
        return {}
    return {page.path: page for page in Page.objects.filter(path__in=paths)}


def service_summary_rows(queryset):
    """Services with what a summary row shows: base service, category, initiating groups."""
    return queryset.select_related("base_service__category").prefetch_related("initiating_groups")


# ---- Registry index --------------------------------------------------------------------


def service_tally(*, locale_id, private=None):
    """The live services of a locale counted by register, base service, status, initiator,
    outsourcing, provider and fee: one GROUP BY whose rows (one per combination, however
    many services) `pipeline`, `register_summaries`, `outsourcing_summary` and
    `base_service_list` all count from."""
    return [
        SimpleNamespace(**row)
        for row in live_services(locale_id=locale_id, private=private)
        .order_by()
        .annotate(register_path=_parent_path())
        .values(
            "register_path",
            "base_service_id",
            "status",
            "initiated_by",
            "is_outsourced",
            "provider_kind",
            "is_free",
        )
        .annotate(total=Count("pk"))
    ]


def _tally_sum(tally, test=None):
    return sum(row.total for row in tally if test is None or test(row))


def pipeline(*, locale_id, private=None, tally=None):
    """Counts of services initiated by vulnerable groups, by status, and of all services;
    computed from the service records (`service_tally`)."""
    tally = service_tally(locale_id=locale_id, private=private) if tally is None else tally

    def vulnerable(status=None):
        return _tally_sum(
            tally,
            lambda row: (
                row.initiated_by == Initiator.VULNERABLE_GROUP
                and (status is None or row.status == status)
            ),
        )

    counts = {
        "total": _tally_sum(tally),
        "approved_total": _tally_sum(tally, lambda row: row.status == ServiceStatus.APPROVED),
        "initiated": vulnerable(),
        "approved": vulnerable(ServiceStatus.APPROVED),
        "proposed": vulnerable(ServiceStatus.PROPOSED),
        "rejected": vulnerable(ServiceStatus.REJECTED),
        "withdrawn": vulnerable(ServiceStatus.WITHDRAWN),
        "by_residents": _tally_sum(tally, lambda row: row.initiated_by == Initiator.RESIDENTS),
        "by_municipality": _tally_sum(
            tally, lambda row: row.initiated_by == Initiator.MUNICIPALITY
        ),
    }
    initiated = counts["initiated"]
    counts["approved_share"] = round(100 * counts["approved"] / initiated) if initiated else 0
    return counts


@dataclass
class RegisterSummary:
    register: object
    municipality: object
    total: int = 0
    approved: int = 0
    outsourced: int = 0
    paid: int = 0
    free: int = 0


def register_summaries(*, locale_id, private=None, tally=None):
    """Every live register of a locale with its municipality and counts of its services."""
    private = private_pages_q() if private is None else private
    tally = service_tally(locale_id=locale_id, private=private) if tally is None else tally
    registers = list(
        pages_of(ServiceRegisterPage)
        .live()
        .exclude(private)
        .filter(locale_id=locale_id)
        .order_by("path")
    )
    municipalities = pages_by_path(r.path[:-STEP] for r in registers)
    counts = {}
    for row in tally:
        summary = counts.setdefault(
            row.register_path, {"total": 0, "approved": 0, "outsourced": 0, "paid": 0, "free": 0}
        )
        summary["total"] += row.total
        summary["approved"] += row.total if row.status == ServiceStatus.APPROVED else 0
        summary["outsourced"] += row.total if row.is_outsourced else 0
        summary["paid"] += 0 if row.is_free else row.total
        summary["free"] += row.total if row.is_free else 0
    summaries = [
        RegisterSummary(
            register=register,
            municipality=municipalities.get(register.path[:-STEP]),
            **counts.get(register.path, {}),
        )
        for register in registers
    ]
    summaries.sort(key=lambda s: s.municipality.title if s.municipality else s.register.title)
    return summaries


def outsourcing_summary(*, locale_id, private=None, tally=None):
    """How many services are outsourced, and to which kinds of provider (most first)."""
    tally = service_tally(locale_id=locale_id, private=private) if tally is None else tally
    totals = {}
    for row in tally:
        if row.is_outsourced:
            totals[row.provider_kind] = totals.get(row.provider_kind, 0) + row.total
    labels = dict(ProviderKind.choices)
    by_kind = sorted(
        (
            {"kind": kind, "label": labels.get(kind, ""), "provider_kind": kind, "total": total}
            for kind, total in sorted(totals.items())
        ),
        key=lambda row: -row["total"],
    )
    return {"total": sum(row["total"] for row in by_kind), "by_kind": by_kind}


@dataclass
class CategoryGroup:
    category: object
    items: list = field(default_factory=list)


def base_service_list(*, locale_id, private=None, tally=None):
    """The national list by category, each base service with the number of
    municipalities whose register has it approved (from `service_tally`)."""
    tally = service_tally(locale_id=locale_id, private=private) if tally is None else tally
    base_services = list(
        BaseService.objects.filter(locale_id=locale_id)
        .select_related("category")
        .order_by("category__code", "code")
    )
    municipalities = {}
    for row in tally:
        if row.status == ServiceStatus.APPROVED:
            # A register stands under its municipality.
            municipalities.setdefault(row.base_service_id, set()).add(row.register_path[:-STEP])
    provided = {key: len(paths) for key, paths in municipalities.items()}
    groups = []
    for base_service in base_services:
        base_service.municipality_count = provided.get(base_service.pk, 0)
        if not groups or groups[-1].category.pk != base_service.category_id:
            groups.append(CategoryGroup(category=base_service.category))
        groups[-1].items.append(base_service)
    return groups


def fee_sort_key(service):
    """Free services first, then by fee; paid services without a fee last."""
    if service.is_free:
        return (0, Decimal(0))
    if service.fee_kgs is None:
        return (2, Decimal(0))
    return (1, service.fee_kgs)


def comparison(*, locale_id, code, sort, base_services=None, private=None):
    """One base service across municipalities: who provides it, at what cost, its status.
    Returns None when `code` names no base service of the locale."""
    code = (code or "").strip()
    if not code or len(code) > 20:
        return None
    if base_services is not None:
        base_service = next((b for b in base_services if b.code == code), None)
    else:
        base_service = (
            BaseService.objects.filter(locale_id=locale_id, code=code)
            .select_related("category")
            .first()
        )
    if base_service is None:
        return None
    services = list(
        live_services(locale_id=locale_id, private=private)
        .filter(base_service=base_service)
        .annotate(municipality_path=_parent_path(levels=2))
    )
    municipalities = pages_by_path(s.municipality_path for s in services)
    for service in services:
        service.municipality = municipalities.get(service.municipality_path)
    sort = sort if sort in CompareSort.CHOICES else CompareSort.MUNICIPALITY
    services.sort(key=lambda s: s.municipality.title if s.municipality else s.title)
    if sort == CompareSort.FEE:
        services.sort(key=fee_sort_key)
    return {"base_service": base_service, "services": services, "sort": sort}


def registry_services(*, locale_id, code="", private=None):
    """Every live service of a locale across all registers (or, with the `code` of a
    base service, as the index's comparison chooses, that base service's), each with
    `.municipality` and `.register` (plain pages), ordered by municipality, category and
    code. Returns (services, the base service or None). Four queries."""
    services = service_summary_rows(live_services(locale_id=locale_id, private=private))
    code = (code or "").strip()
    base_service = None
    if code and len(code) <= 20:
        base_service = BaseService.objects.filter(locale_id=locale_id, code=code).first()
        if base_service is not None:
            services = services.filter(base_service=base_service)
    services = list(
        services.annotate(municipality_path=_parent_path(levels=2)).order_by(
            "base_service__category__code", "base_service__code", "local_code", "title"
        )
    )
    parents = pages_by_path(
        {s.municipality_path for s in services} | {s.path[:-STEP] for s in services}
    )
    for service in services:
        service.municipality = parents.get(service.municipality_path)
        service.register = parents.get(service.path[:-STEP])
    services.sort(key=lambda s: s.municipality.title if s.municipality else "")
    return services, base_service


# ---- Service search (the registry index's listing) ------------------------------------

SERVICES_PER_PAGE = 10


class ServiceSort:
    MUNICIPALITY = "municipality"
    FEE = "fee"


SERVICE_LISTING = ListingSpec(
    key="services",
    facets=(
        Facet("category", _("Category")),
        Facet("region", _("Region")),
        Facet("municipality", _("Municipality"), parents=("region",), folded=True),
        Facet(
            "fee",
            _("Cost"),
            kind=FacetKind.CHOICE,
            choices=(("free", _("Free")), ("paid", _("Paid"))),
        ),
        Facet(
            "outsourced",
            _("Outsourced"),
            kind=FacetKind.CHOICE,
            choices=(("yes", _("yes")), ("no", _("no"))),
        ),
        Facet("status", _("Status"), kind=FacetKind.CHOICE, choices=tuple(ServiceStatus.choices)),
        Facet("group", _("Initiated by a vulnerable group")),
    ),
    sorts=(
        (ServiceSort.MUNICIPALITY, _("By municipality")),
        (ServiceSort.FEE, _("Free first, then by fee")),
    ),
    per_page=SERVICES_PER_PAGE,
)


@dataclass
class ServiceListing:
    """The service search for one request: the cleaned state, the matching services (a
    queryset in the reader's order), the searched services before the filters (for the
    counts), every service, the facet labels, the database's recipe of each facet, and the
    municipalities (place rows by tree path)."""

    state: object
    services: object
    searched: object
    everything: object
    labels: dict
    facets: dict
    places: dict


# What a service is searched by: its own words and its base service's name.
SERVICE_SEARCH_FIELDS = ("title", "summary", "recipients", "provider_name", "base_service__name")


def _service_search_ids(*, locale_id, q, private):
    """Ids of the live services of a locale that have every word of the cleaned query `q`
    in their title, summary, recipients, provider or base service's name, folded and
    stemmed as every search of the site (`core.textsearch`): one query over the services
    of the language, which grow with the registers, never with the stories."""
    terms = textsearch.query_terms(q)
    rows = live_services(locale_id=locale_id, private=private).values_list(
        "pk", *SERVICE_SEARCH_FIELDS
    )
    return {
        pk for pk, *texts in rows if textsearch.has_terms(terms, textsearch.folded_words(*texts))
    }


def service_listing(*, locale_id, params, private=None):
    """The live services of every register of a locale, filtered by the GET `params` in the
    grammar of every listing (`core.listing`): category, region, municipality, fee (free or
    paid), outsourced, status, initiating vulnerable group (each repeatable), q and sort.
    A fixed number of queries whatever the number of services; the counts are the
    database's (`core.listing.database_counts`)."""
    private = private_pages_q() if private is None else private
    places = {row["path"]: row for row in place_rows() if row["locale_id"] == locale_id}
    categories = list(BaseServiceCategory.objects.filter(locale_id=locale_id).order_by("code"))
    code_of = {category.code.lower(): category.code for category in categories}
    labels = {
        "category": [
            Label(value=category.code.lower(), name=f"{category.code}. {category.name}")
            for category in categories
        ],
        "region": [
            Label(value=slug, name=name)
            for slug, name in Region.objects.filter(locale_id=locale_id)
            .order_by("sort_order", "name")
            .values_list("slug", "name")
        ],
        "municipality": [
            Label(value=row["slug"], name=row["title"], parent=row["region__slug"] or "")
            for row in sorted(places.values(), key=lambda row: row["title"])
        ],
        "group": [
            Label(value=slug, name=name)
            for slug, name in VulnerableGroup.objects.filter(locale_id=locale_id)
            .order_by("sort_order", "name")
            .values_list("slug", "name")
        ],
    }
    for facet in SERVICE_LISTING.facets:
        if facet.kind == FacetKind.CHOICE:
            labels[facet.name] = facet.choice_labels()
    known = {name: {label.value for label in items} for name, items in labels.items()}
    state = parse_state(
        SERVICE_LISTING,
        params,
        known=lambda facet, value: value in known.get(facet, ()),
        clean_query=clean_query,
    )

    def paths_where(field_name, values):
        return [path for path, row in places.items() if row[field_name] in values]

    def place_value(field_name):
        return lambda path: (places[path][field_name],) if path in places else ()

    group_links = ServicePage.initiating_groups.through.objects
    facets = {
        "category": DatabaseFacet(
            lookup=lambda values: Q(base_service__category__code__in=[code_of[v] for v in values]),
            group="base_service__category__code",
        ),
        "region": DatabaseFacet(
            lookup=lambda values: Q(municipality_path__in=paths_where("region__slug", values)),
            group="municipality_path",
            value_of=place_value("region__slug"),
        ),
        "municipality": DatabaseFacet(
            lookup=lambda values: Q(municipality_path__in=paths_where("slug", values)),
            group="municipality_path",
            value_of=place_value("slug"),
        ),
        "fee": DatabaseFacet(
            lookup=lambda values: Q(is_free__in=[value == "free" for value in values]),
            group="is_free",
            value_of=lambda free: ("free",) if free else ("paid",),
        ),
        "outsourced": DatabaseFacet(
            lookup=lambda values: Q(is_outsourced__in=[value == "yes" for value in values]),
            group="is_outsourced",
            value_of=lambda outsourced: ("yes",) if outsourced else ("no",),
        ),
        "status": DatabaseFacet(lookup=lambda values: Q(status__in=values), group="status"),
        "group": DatabaseFacet(
            lookup=lambda values: Q(
                pk__in=group_links.filter(vulnerablegroup__slug__in=values).values("servicepage_id")
            ),
            group="initiating_groups__slug",
            many=True,
        ),
    }
    everything = live_services(locale_id=locale_id, private=private).annotate(
        municipality_path=_parent_path(levels=2)
    )
    searched = everything
    if state.q:
        searched = everything.filter(
            pk__in=_service_search_ids(locale_id=locale_id, q=state.q, private=private)
        )
    services = service_summary_rows(database_filter(searched, state.filters, facets))
    if state.sort == ServiceSort.FEE:
        order = ("-is_free", F("fee_kgs").asc(nulls_last=True), "municipality_title", "title")
    else:
        order = (
            "municipality_title",
            "base_service__category__code",
            "base_service__code",
            "title",
        )
    services = services.annotate(
        municipality_title=Subquery(
            Page.objects.filter(path=OuterRef("municipality_path")).values("title")[:1]
        )
    ).order_by(*order)
    return ServiceListing(
        state=state,
        services=services,
        searched=searched,
        everything=everything,
        labels=labels,
        facets=facets,
        places=places,
    )


def service_rows(services, places, request=None):
    """Services loaded for a summary row (base service, category, initiating groups), each
    with `.municipality` (its place row: title, slug, region) and `.municipality_url`."""
    services = list(services)
    for service in services:
        row = places.get(service.municipality_path)
        service.municipality = SimpleNamespace(**row) if row else None
        service.municipality_url = (
            Page(url_path=row["url_path"]).get_url(request=request) if row else None
        )
    return services


def service_search_context(*, request, locale_id, private=None, total=None):
    """The registry index's service search for this request (`core.listing_context`);
    `total`, when the caller counted them, is the number of live services of the locale."""
    listing = service_listing(locale_id=locale_id, params=request.GET, private=private)
    state = listing.state
    counts = database_counts(listing.searched, state.filters, listing.facets)
    # Every service is free or paid: the fee counts give the number of matching ones.
    page_obj, page_range = paginate(
        listing.services,
        state,
        SERVICES_PER_PAGE,
        count=choice_total(counts, state.filters, "fee"),
    )
    services = service_rows(page_obj.object_list, listing.places, request)
    page_obj.object_list = services
    narrowed = state.q or any(values for name, values in state.filters.items() if name != "fee")
    if total is None:
        total = listing.everything.count() if narrowed else sum(counts["fee"].values())
    return {
        **listing_context(
            state=state,
            labels=listing.labels,
            counts=counts,
            page_obj=page_obj,
            page_range=page_range,
            total_count=total,
        ),
        "services": services,
    }


@page_context_selector
def registry_index_context(*, request, page):
    """The pipeline, every register, outsourcing, the base list and, with
    `?compare=<code>`, one base service compared across municipalities."""
    locale_id = page.locale_id
    private = private_pages_q()
    tally = service_tally(locale_id=locale_id, private=private)
    groups = base_service_list(locale_id=locale_id, private=private, tally=tally)
    compare_code = request.GET.get("compare", "")
    compare = None
    compare_error = ""
    if compare_code:
        compare = comparison(
            locale_id=locale_id,
            code=compare_code,
            sort=request.GET.get("sort"),
            base_services=[item for group in groups for item in group.items],
            private=private,
        )
        if compare is None:
            compare_error = _(
                "There is no base service with this code. Pick one from the list below."
            )
    registers = register_summaries(locale_id=locale_id, private=private, tally=tally)
    return {
        **service_search_context(
            request=request, locale_id=locale_id, private=private, total=_tally_sum(tally)
        ),
        "ancestors": page_ancestors(page=page),
        "pipeline": pipeline(locale_id=locale_id, private=private, tally=tally),
        "registers": registers,
        "register_totals": {
            "registers": len(registers),
            "services": sum(r.total for r in registers),
            "approved": sum(r.approved for r in registers),
            "outsourced": sum(r.outsourced for r in registers),
            "paid": sum(r.paid for r in registers),
            "free": sum(r.free for r in registers),
            "with_regulation": sum(1 for r in registers if r.register.has_participation_regulation),
        },
        "outsourcing": outsourcing_summary(locale_id=locale_id, private=private, tally=tally),
        "categories": groups,
        "compare": compare,
        "compare_code": compare_code,
        "compare_error": compare_error,
    }


# ---- One register ----------------------------------------------------------------------


def register_services(*, page):
    """The live, public services of one register, by base-service category and code, with
    what a summary row shows."""
    return list(
        service_summary_rows(
            pages_of(ServicePage).live().exclude(private_pages_q()).child_of(page)
        ).order_by("base_service__category__code", "base_service__code", "local_code", "title")
    )


# The order of a register's proposals: open ones first.
PROPOSAL_ORDER = [ServiceStatus.PROPOSED, ServiceStatus.REJECTED, ServiceStatus.WITHDRAWN]


@page_context_selector
def register_context(*, page):
    """The register's approved services grouped by base-service category, then its
    proposals (proposed, rejected with the reason, withdrawn) on their own, with counts,
    its municipality and the breadcrumb trail."""
    ancestors = page_ancestors(page=page)
    services = register_services(page=page)
    groups = []
    for service in services:
        if service.status != ServiceStatus.APPROVED:
            continue
        category = service.base_service.category
        if not groups or groups[-1].category.pk != category.pk:
            groups.append(CategoryGroup(category=category))
        groups[-1].items.append(service)
    statuses = dict(ServiceStatus.choices)
    by_status = [
        {
            "status": status,
            "label": label,
            "total": sum(1 for s in services if s.status == status),
        }
        for status, label in statuses.items()
    ]
    documents = _documents(page.decision_document_id, page.regulation_document_id)
    return {
        "ancestors": ancestors,
        "municipality": ancestors[-1] if ancestors else None,
        "categories": groups,
        "proposals": sorted(
            (service for service in services if service.status != ServiceStatus.APPROVED),
            key=lambda service: PROPOSAL_ORDER.index(service.status),
        ),
        "service_counts": {
            "total": len(services),
            "approved": sum(1 for s in services if s.status == ServiceStatus.APPROVED),
            "vulnerable": sum(1 for s in services if s.initiated_by == Initiator.VULNERABLE_GROUP),
            "outsourced": sum(1 for s in services if s.is_outsourced),
            "paid": sum(1 for s in services if not s.is_free),
            "free": sum(1 for s in services if s.is_free),
        },
        "by_status": by_status,
        "decision_document": documents.get(page.decision_document_id),
        "regulation_document": documents.get(page.regulation_document_id),
        "registry_index": index_page_for(RegistryIndexPage, locale_id=page.locale_id),
    }


def _documents(*ids):
    ids = [pk for pk in ids if pk]
    if not ids:
        return {}
    return {doc.pk: doc for doc in get_document_model().objects.filter(pk__in=ids)}


# ---- One service -----------------------------------------------------------------------


# How many stories a service page names unless the reader asks for all of them
# (`?stories=all`): a service that many initiatives changed would otherwise list them all.
STORIES_SHOWN = 6


def related_stories(*, page, limit=None):
    """Live stories of the service's locale that created or changed it, with the impact,
    newest first: (the first `limit` links, or all; how many there are)."""
    links = (
        page.story_links.filter(page__live=True, page__locale_id=page.locale_id)
        .exclude(page__in=Page.objects.not_public())
        .select_related("page")
        .order_by("-page__first_published_at", "page__title", "pk")
    )
    if limit is None:
        shown = list(links)
        return shown, len(shown)
    # How many there are, on each row of the same query.
    shown = list(links.annotate(total=Window(Count("pk")))[:limit])
    return shown, shown[0].total if shown else 0


@page_context_selector
def service_context(*, page, request):
    """The service's base service and category, initiating groups, documents, stories,
    its register and municipality, and where to compare it."""
    ancestors = page_ancestors(page=page)
    base_service = (
        BaseService.objects.select_related("category").filter(pk=page.base_service_id).first()
    )
    documents = _documents(page.standard_document_id)
    return {
        "ancestors": ancestors,
        "register": ancestors[-1] if ancestors else None,
        "municipality": ancestors[-2] if len(ancestors) > 1 else None,
        "base_service": base_service,
        "category": base_service.category if base_service else None,
        "initiating_groups": list(page.initiating_groups.all()),
        "standard_document": documents.get(page.standard_document_id),
        **_story_links_context(page, request),
        "registry_index": index_page_for(RegistryIndexPage, locale_id=page.locale_id),
    }


def _story_links_context(page, request):
    everything = request.GET.get("stories") == "all"
    links, count = related_stories(page=page, limit=None if everything else STORIES_SHOWN)
    return {"story_links": links, "story_links_count": count}


# ---- One base service across municipalities ---------------------------------------------

BASE_CODE_MAX = 20


def base_service_page(*, locale_id, code, sort=None):
    """The page of one base service of the national list: the base service and its
    category, every live service of the locale that refers to it (as `comparison` gives
    them: with `.municipality`, sorted by municipality or fee) and its coverage: in how
    many of the locale's live municipalities the council approved it. None when `code`
    names no base service of the locale. Five queries."""
    compared = comparison(locale_id=locale_id, code=code, sort=sort)
    if compared is None:
        return None
    services = compared["services"]
    approved = {
        service.municipality_path
        for service in services
        if service.status == ServiceStatus.APPROVED
    }
    municipalities = sum(1 for row in place_rows() if row["locale_id"] == locale_id)
    return {
        **compared,
        "category": compared["base_service"].category,
        "coverage": {"provided": len(approved), "municipalities": municipalities},
        "by_status": [
            {
                "status": status,
                "label": label,
                "total": sum(1 for s in services if s.status == status),
            }
            for status, label in ServiceStatus.choices
        ],
        "registry_index": index_page_for(RegistryIndexPage, locale_id=locale_id),
    }


def base_service_codes(*, locale_id):
    """The codes of the locale's base services, in order (for the sitemap)."""
    return list(
        BaseService.objects.filter(locale_id=locale_id)
        .order_by("code")
        .values_list("code", flat=True)
    )


def base_service_languages(*, code):
    """The language codes a base service with `code` exists in (one query)."""
    return set(
        BaseService.objects.filter(code=code).values_list("locale__language_code", flat=True)
    )


def base_service_url(code, language):
    """The address of a base service's page in `language`."""
    with translation.override(language):
        return reverse("base_service", kwargs={"code": code})


def base_service_alternates(code):
    """hreflang links of a base service's page: each language it exists in, then
    x-default (Kyrgyz, or the first language it exists in)."""
    languages = base_service_languages(code=code)
    links = [
        {"code": language, "url": public_url(base_service_url(code, language))}
        for language, _name in settings.LANGUAGES
        if language in languages
    ]
    if len(links) > 1:
        default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), links[0])
        links.append({"code": "x-default", "url": default["url"]})
    return links


def base_service_sitemap_entries():
    """The base services' pages for the sitemap: one entry per base service and language,
    each with its other languages as alternates (one query)."""
    languages = {}
    for code, language in BaseService.objects.values_list("code", "locale__language_code"):
        languages.setdefault(code, set()).add(language)
    order = [language for language, _name in settings.LANGUAGES]
    entries = []
    for code in sorted(languages):
        urls = [
            (language, public_url(base_service_url(code, language)))
            for language in order
            if language in languages[code]
        ]
        x_default = dict(urls).get(settings.LANGUAGE_CODE) or urls[0][1]
        for _language, url in urls:
            entries.append(
                {
                    "location": url,
                    "lastmod": None,
                    "alternates": urls if len(urls) > 1 else [],
                    "x_default": x_default if len(urls) > 1 else None,
                }
            )
    return entries


def base_service_paths(*, codes):
    """The paths of the pages of the base services with `codes`, in every language (what a
    change of one of their services makes stale in the page cache)."""
    return {
        base_service_url(code, language) for code in codes for language, _name in settings.LANGUAGES
    }
