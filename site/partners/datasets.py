"""The six downloadable listings: for each, its columns (what the files hold and what the
data dictionary says) and its source, which asks the same selector as the HTML listing for
the same rows under the same filters. No filtering happens here."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.public import public_url
from municipalities.models import MunicipalityIndexPage, NewsIndexPage
from municipalities.selectors import (
    figure_series,
    municipality_index_matching,
    municipality_list,
    news_listing,
)
from registry.models import RegistryIndexPage, ServiceRegisterPage
from registry.selectors import (
    register_services,
    registry_services,
    service_listing,
    service_rows,
)
from stories.models import StoryIndexPage
from stories.selectors import page_url, story_facts, story_index_matching, story_texts

from .exports import MAX_ROWS, Column, Kind, Listing, Rows

KGS = _("som (KGS)")
PEOPLE = _("people")


def _url(url_path):
    return public_url(page_url(url_path)) if url_path else None


def _get(name):
    return lambda row: getattr(row, name)


def _name(obj):
    return getattr(obj, "name", None) if obj is not None else None


# ---- Stories ----------------------------------------------------------------------------


class StoryRow:
    """One story as the index lists it: its record, its texts and the facet names."""

    __slots__ = ("fact", "text", "names", "municipality")

    def __init__(self, fact, text, names, municipality):
        self.fact, self.text, self.names, self.municipality = fact, text, names, municipality

    def label(self, facet, value):
        return self.names[facet].get(value, value)

    def money(self, name):
        return getattr(self.fact, name)


def story_rows(page, params):
    facts = story_facts(locale=page.locale_id)
    state, _search_ids, matching = story_index_matching(facts=facts, params=params)
    matching = matching[: MAX_ROWS + 1]
    texts = story_texts([fact.id for fact in matching])
    names = {
        facet: {label.value: label.name for label in labels}
        for facet, labels in facts.labels.items()
    }
    rows = [
        StoryRow(fact, texts.get(fact.id, {}), names, facts.municipalities.get(fact.municipality))
        for fact in matching
    ]
    return Rows(rows=rows, ignored=state.ignored)


def _story_url(row):
    return _url(row.fact.fallback_url_path or row.text.get("url_path"))


STORY_COLUMNS = (
    Column(
        "id",
        _("Story number"),
        _("The story's number; its permalink is /s/<number>/."),
        lambda r: r.fact.id,
        Kind.INTEGER,
    ),
    Column("title", _("Title"), _("The story's title."), lambda r: r.text.get("title")),
    Column(
        "summary",
        _("Short description"),
        _("The story in a few sentences."),
        lambda r: r.text.get("summary"),
    ),
    Column(
        "language",
        _("Language of the text"),
        _(
            "ky, ru or en: the language the title and summary are in (a story not yet "
            "translated is listed in its original)."
        ),
        lambda r: r.fact.language or None,
    ),
    Column(
        "municipality_slug",
        _("Municipality key"),
        _("The municipality's stable key, as in the filter municipality=…"),
        lambda r: r.fact.municipality or None,
    ),
    Column(
        "municipality",
        _("Municipality"),
        _("The aiyl aimak or town of the initiative."),
        lambda r: r.municipality.title if r.municipality else None,
    ),
    Column(
        "district",
        _("District"),
        _("The district of the municipality."),
        lambda r: r.municipality.district_name if r.municipality else None,
    ),
    Column(
        "region",
        _("Region"),
        _("The region of the municipality."),
        lambda r: r.municipality.region_name if r.municipality else None,
    ),
    Column(
        "villages",
        _("Villages"),
        _("The villages the initiative served."),
        lambda r: r.text.get("villages"),
    ),
    Column(
        "year",
        _("Year"),
        _("The year the initiative was carried out."),
        lambda r: r.fact.year,
        Kind.INTEGER,
        _("year"),
    ),
    Column(
        "topics",
        _("Topics"),
        _("What the initiative was about."),
        lambda r: [r.label("topic", slug) for slug in r.fact.topics],
        Kind.LIST,
    ),
    Column(
        "programme",
        _("Programme"),
        _("The donor-funded programme that supported it."),
        lambda r: r.label("programme", r.fact.programme) if r.fact.programme else None,
    ),
    Column(
        "vulnerable_groups",
        _("Vulnerable groups"),
        _("The vulnerable groups the initiative was for."),
        lambda r: [r.label("group", slug) for slug in r.fact.groups],
        Kind.LIST,
    ),
    Column(
        "beneficiaries_people",
        _("People reached"),
        _("How many people benefit, as the municipality reported."),
        lambda r: r.fact.people,
        Kind.INTEGER,
        PEOPLE,
    ),
    Column(
        "beneficiaries_households",
        _("Households reached"),
        _("How many households benefit."),
        lambda r: r.text.get("beneficiaries_households"),
        Kind.INTEGER,
        _("households"),
    ),
    Column(
        "total_kgs",
        _("Total cost"),
        _("What the initiative cost in all."),
        lambda r: r.fact.total,
        Kind.INTEGER,
        KGS,
    ),
    Column(
        "grant_kgs",
        _("Grant"),
        _("The programme's grant."),
        lambda r: r.fact.grant,
        Kind.INTEGER,
        KGS,
    ),
    Column(
        "municipal_kgs",
        _("Municipal budget"),
        _("What the local budget paid."),
        lambda r: r.fact.municipal,
        Kind.INTEGER,
        KGS,
    ),
    Column(
        "community_kgs",
        _("Community contribution"),
        _("What residents gave: cash, goods and labour valued in money."),
        lambda r: r.fact.community,
        Kind.INTEGER,
        KGS,
    ),
    Column(
        "other_kgs",
        _("Other sources"),
        _("Money from any other source."),
        lambda r: r.fact.other,
        Kind.INTEGER,
        KGS,
    ),
    Column(
        "first_published",
        _("Published"),
        _("When the story was first published."),
        lambda r: r.text.get("first_published_at"),
        Kind.DATE,
    ),
    Column(
        "permalink",
        _("Permalink"),
        _("The story's short, permanent address."),
        lambda r: public_url(f"/s/{r.fact.id}/"),
        Kind.URL,
    ),
    Column("url", _("Page"), _("The story's page."), _story_url, Kind.URL),
)


# ---- Municipalities and their figures --------------------------------------------------


def municipality_rows(page, params):
    result = municipality_index_matching(page=page, params=params)
    return Rows(rows=result.matching, ignored=result.state.ignored)


def figure_rows(page, params):
    rows = []
    for municipality in municipality_list(page=page):
        for series in figure_series(municipality.figures.all()):
            for record in series.records:
                record.municipality = municipality
                rows.append(record)
                if len(rows) > MAX_ROWS:
                    return Rows(rows=rows)
    return Rows(rows=rows)


MUNICIPALITY_PLACE_COLUMNS = (
    Column(
        "municipality_slug",
        _("Municipality key"),
        _("The municipality's stable key, as in the filter municipality=…"),
        lambda m: m.slug,
    ),
    Column(
        "municipality", _("Municipality"), _("The municipality's short name."), lambda m: m.title
    ),
    Column(
        "coate",
        _("СОАТЕ code"),
        _("The code of the State classifier of administrative-territorial units."),
        lambda m: m.coate or None,
    ),
    Column(
        "district",
        _("District"),
        _("Empty for towns of regional significance."),
        lambda m: _name(m.district),
    ),
    Column("region", _("Region"), _("The region."), lambda m: _name(m.region)),
)

MUNICIPALITY_COLUMNS = (
    *MUNICIPALITY_PLACE_COLUMNS,
    Column(
        "official_name",
        _("Official name"),
        _("The municipality's official name."),
        lambda m: m.official_name,
    ),
    Column("kind", _("Kind"), _("Aiyl aimak or town."), lambda m: m.get_kind_display()),
    Column(
        "population",
        _("Population"),
        _("Residents, as of the population year."),
        lambda m: m.population,
        Kind.INTEGER,
        PEOPLE,
    ),
    Column(
        "population_year",
        _("Population year"),
        _("The year the population is for."),
        lambda m: m.population_year,
        Kind.INTEGER,
        _("year"),
    ),
    Column(
        "latitude",
        _("Latitude"),
        _("Of the administrative centre (WGS 84)."),
        lambda m: m.latitude,
        Kind.DECIMAL,
        _("degrees"),
    ),
    Column(
        "longitude",
        _("Longitude"),
        _("Of the administrative centre (WGS 84)."),
        lambda m: m.longitude,
        Kind.DECIMAL,
        _("degrees"),
    ),
    Column(
        "stories",
        _("Stories"),
        _("Published stories of the municipality."),
        lambda m: m.story_count,
        Kind.INTEGER,
        _("stories"),
    ),
    Column(
        "services",
        _("Services"),
        _("Services in its published register."),
        lambda m: m.service_count,
        Kind.INTEGER,
        _("services"),
    ),
    Column(
        "valid_until",
        _("Valid until"),
        _("Set when the unit was merged or renamed."),
        lambda m: m.valid_until,
        Kind.DATE,
    ),
    Column(
        "url", _("Page"), _("The municipality's profile."), lambda m: _url(m.url_path), Kind.URL
    ),
)

FIGURE_COLUMNS = (
    *(
        Column(
            c.key,
            c.label,
            c.description,
            (lambda get: lambda f: get(f.municipality))(c.value),
            c.kind,
            c.unit,
        )
        for c in MUNICIPALITY_PLACE_COLUMNS
    ),
    Column("kind", _("Figure key"), _("What the figure counts, as a stable key."), _get("kind")),
    Column(
        "kind_label",
        _("What it counts"),
        _("What the figure counts."),
        lambda f: f.get_kind_display(),
    ),
    Column(
        "value",
        _("Value"),
        _("The figure."),
        _get("value"),
        Kind.INTEGER,
        _("people, events or decisions, as the figure says"),
    ),
    Column("as_of", _("As of"), _("The day the figure is valid for."), _get("as_of"), Kind.DATE),
    Column("source_title", _("Source"), _("Where the figure comes from."), _get("source_title")),
    Column(
        "source_url", _("Source link"), _("A link to the source."), _get("source_url"), Kind.URL
    ),
    Column(
        "programme",
        _("Programme"),
        _("The programme that monitored it."),
        lambda f: _name(f.programme),
    ),
)


# ---- News -------------------------------------------------------------------------------


def news_rows(page, params):
    listing = news_listing(page=page, params=params)
    rows = list(listing.news.prefetch_related("topics")[: MAX_ROWS + 1])
    by_path = listing.by_path
    for item in rows:
        item.municipality = by_path.get(item.path[: -Page.steplen])
    return Rows(rows=rows, ignored=listing.state.ignored)


NEWS_COLUMNS = (
    Column("id", _("News number"), _("The news item's number."), _get("pk"), Kind.INTEGER),
    Column("date", _("Date"), _("The day of the news."), _get("date"), Kind.DATE),
    Column("title", _("Title"), _("The headline."), _get("title")),
    Column("summary", _("Short description"), _("The news in a few sentences."), _get("summary")),
    Column(
        "municipality_slug",
        _("Municipality key"),
        _("The municipality's stable key, as in the filter municipality=…"),
        lambda n: n.municipality.slug if n.municipality else None,
    ),
    Column(
        "municipality",
        _("Municipality"),
        _("The municipality that published it."),
        lambda n: n.municipality.title if n.municipality else None,
    ),
    Column(
        "region",
        _("Region"),
        _("The region of the municipality."),
        lambda n: _name(n.municipality.region) if n.municipality else None,
    ),
    Column(
        "topics",
        _("Topics"),
        _("What the news is about."),
        lambda n: [topic.name for topic in n.topics.all()],
        Kind.LIST,
    ),
    Column("url", _("Page"), _("The news item's page."), lambda n: _url(n.url_path), Kind.URL),
)


# ---- Services ---------------------------------------------------------------------------


def registry_service_rows(page, params):
    """The registry index's services: with `compare`, the compared base service's (as its
    comparison table), otherwise the service search under its filters."""
    code = params.get("compare", "")
    if code:
        services, base_service = registry_services(locale_id=page.locale_id, code=code)
        ignored = [(_("Base service"), code)] if base_service is None else []
        return Rows(rows=services, ignored=ignored)
    listing = service_listing(locale_id=page.locale_id, params=params)
    rows = service_rows(listing.services[: MAX_ROWS + 1], listing.places)
    return Rows(rows=rows, ignored=listing.state.ignored)


def register_service_rows(page, params):
    municipality = page.get_parent()
    services = register_services(page=page)
    for service in services:
        service.municipality, service.register = municipality, page
    return Rows(rows=services)


SERVICE_COLUMNS = (
    Column(
        "id", _("Service number"), _("The service's number on the site."), _get("pk"), Kind.INTEGER
    ),
    Column(
        "municipality",
        _("Municipality"),
        _("The municipality whose register it is in."),
        lambda s: s.municipality.title if s.municipality else None,
    ),
    Column(
        "local_code",
        _("Number in the register"),
        _("The service's number in the municipality's register."),
        _get("local_code"),
    ),
    Column(
        "base_service_code",
        _("Base service code"),
        _("The code of the national list of basic municipal services."),
        lambda s: s.base_service.code,
    ),
    Column(
        "base_service",
        _("Base service"),
        _("The service of the national list."),
        lambda s: s.base_service.name,
    ),
    Column(
        "category",
        _("Category"),
        _("The category of the national list."),
        lambda s: s.base_service.category.name,
    ),
    Column("title", _("Service"), _("The service as the register names it."), _get("title")),
    Column(
        "status",
        _("Status key"),
        _("proposed, approved, rejected or withdrawn: the council's decision."),
        _get("status"),
    ),
    Column(
        "status_label", _("Status"), _("The council's decision."), lambda s: s.get_status_display()
    ),
    Column(
        "decision_date",
        _("Decision date"),
        _("The day of the council's decision."),
        _get("decision_date"),
        Kind.DATE,
    ),
    Column(
        "initiated_by",
        _("Initiated by"),
        _("Who proposed the service."),
        lambda s: s.get_initiated_by_display(),
    ),
    Column(
        "initiating_groups",
        _("Initiating groups"),
        _("The vulnerable groups that proposed it."),
        lambda s: [group.name for group in s.initiating_groups.all()],
        Kind.LIST,
    ),
    Column(
        "provider",
        _("Provider"),
        _("Who provides the service."),
        lambda s: s.provider_name or s.get_provider_kind_display(),
    ),
    Column(
        "is_outsourced",
        _("Outsourced"),
        _("Provided by someone outside the municipality."),
        _get("is_outsourced"),
        Kind.BOOLEAN,
    ),
    Column(
        "is_free",
        _("Free of charge"),
        _("Whether the service costs nothing."),
        _get("is_free"),
        Kind.BOOLEAN,
    ),
    Column(
        "fee_kgs",
        _("Fee"),
        _("What the service costs, per the fee unit."),
        _get("fee_kgs"),
        Kind.DECIMAL,
        KGS,
    ),
    Column("fee_unit", _("Fee unit"), _("What the fee is charged for."), _get("fee_unit")),
    Column("time_limit", _("Time limit"), _("How long the service takes."), _get("time_limit")),
    Column("url", _("Page"), _("The service's page."), lambda s: _url(s.url_path), Kind.URL),
)


LISTINGS = (
    Listing(
        "stories",
        _("Stories"),
        _("Local initiatives: where, when, for whom, and what they cost."),
        (StoryIndexPage,),
        STORY_COLUMNS,
        story_rows,
    ),
    Listing(
        "municipalities",
        _("Municipalities"),
        _("Municipalities with their place, population and counts."),
        (MunicipalityIndexPage,),
        MUNICIPALITY_COLUMNS,
        municipality_rows,
    ),
    Listing(
        "figures",
        _("Municipal figures"),
        _("Dated, sourced figures of every municipality: hearings, participants, budget changes."),
        (MunicipalityIndexPage,),
        FIGURE_COLUMNS,
        figure_rows,
    ),
    Listing(
        "news",
        _("News"),
        _("News published by the municipalities."),
        (NewsIndexPage,),
        NEWS_COLUMNS,
        news_rows,
    ),
    Listing(
        "services",
        _("Municipal services"),
        _("The services in every municipality's register."),
        (RegistryIndexPage,),
        SERVICE_COLUMNS,
        registry_service_rows,
    ),
    Listing(
        "register",
        _("Services of one register"),
        _("The services in one municipality's register."),
        (ServiceRegisterPage,),
        SERVICE_COLUMNS,
        register_service_rows,
    ),
)
LISTINGS_BY_KEY = {listing.key: listing for listing in LISTINGS}


def listings_for(page):
    """The listings downloadable from this page (none for most pages)."""
    return [listing for listing in LISTINGS if listing.offered_on(page)]
