"""Reads for stories. Every function here keeps its query count independent of corpus size.

The index, the home page and the story page all start from `story_facts`: compact records
of every live story of a language with the names of every facet value, loaded in a fixed
number of queries and cached until a story, a municipality or a reference snippet changes
(see `cache.py`). Only the stories actually shown are loaded as pages.
"""

import threading
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import CharField, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from core import listing, textsearch
from core.models import District, Programme, Region, Topic, VulnerableGroup
from core.money import MONEY_SOURCES, split_money
from core.pages import page_context_selector
from core.places import place_row, place_rows
from core.selectors import pages_of, private_pages_q
from core.translations import SHOWN_IN

from . import facets, search
from .cache import facts_version
from .models import MONEY_PARTS, StoryIndexPage, StoryPage, StorySearchDocument

RELATED_LIMIT = 4
FACTS_TIMEOUT = 6 * 60 * 60
# Part of the records' cache key: a new field in the records (`facets.StoryFact`) gets a
# new number, so that no process reads records pickled by the code before.
FACTS_FORMAT = 2  # 2: `StoryFact.published`
# Long texts a story card never shows; left out when cards are loaded.
CARD_DEFERRED_FIELDS = (
    "body",
    "problem",
    "identification_details",
    "outputs_text",
    "result",
    "sustainability_note",
    "monitoring_note",
)
COMMUNITY_PARTS = ("community_cash_kgs", "community_in_kind_kgs", "community_labour_kgs")


def _locale_id(locale):
    if isinstance(locale, Locale):
        return locale.pk
    if isinstance(locale, int):
        return locale
    return Locale.objects.get(language_code=locale).pk


def page_url(url_path, request=None):
    """The URL of a page from its `url_path`, without loading the page; remembered for
    the request (a listing links to the same index page once per facet value)."""
    if not url_path:
        return None
    if request is None:
        return Page(url_path=url_path).get_url()
    memo = request.__dict__.setdefault("_ashar_page_urls", {})
    if url_path not in memo:
        memo[url_path] = Page(url_path=url_path).get_url(request=request)
    return memo[url_path]


def _derived(facts, name, build):
    """What `build(facts)` derives from a record set, made once per set and kept on it:
    the set is shared by every request until the version moves on, so a count or an
    index over every story costs its scan once, not on every request."""
    value = facts.__dict__.get(name)
    if value is None:
        value = facts.__dict__[name] = build(facts)
    return value


def _count_by(attribute):
    def build(facts):
        counts = defaultdict(int)
        for fact in facts.stories:
            values = getattr(fact, attribute)
            for value in values if isinstance(values, tuple) else (values,):
                if value:
                    counts[value] += 1
        return dict(counts)

    return build


def _ids_by(attribute):
    def build(facts):
        ids = defaultdict(list)
        for fact in facts.stories:
            if getattr(fact, attribute):
                ids[getattr(fact, attribute)].append(fact.id)
        return dict(ids)

    return build


def _community(values):
    parts = [values[name] for name in COMMUNITY_PARTS]
    if all(part is None for part in parts):
        return None
    return sum(part or 0 for part in parts)


def _place_aliases(locale_id, regions, districts, municipalities):
    """Place key -> the places of `locale_id` it names, from their names in every
    language (Бостери, Bosteri; Өзгөн району, Узгенский район, Uzgen District)."""
    aliases = defaultdict(set)
    for facet, rows in (
        ("region", regions),
        ("district", districts),
        ("municipality", municipalities),
    ):
        slug_by_key = {
            row["translation_key"]: row["slug"] for row in rows if row["locale_id"] == locale_id
        }
        for row in rows:
            slug = slug_by_key.get(row["translation_key"])
            if slug is None:
                continue
            for name in row["names"]:
                for key in textsearch.place_name_keys(name):
                    aliases[key].add((facet, slug))
    return {key: frozenset(places) for key, places in aliases.items()}


def _slugs_by_story(relation, target, stories):
    """{story id: slugs of a many-to-many} of the stories of the queryset `stories`, in
    the snippets' order (one query)."""
    slugs = defaultdict(list)
    for story_id, slug in (
        relation.through.objects.filter(storypage__in=stories.values("pk"))
        .order_by(f"{target}__sort_order", f"{target}__name")
        .values_list("storypage_id", f"{target}__slug")
    ):
        slugs[story_id].append(slug)
    return slugs


def _shown_here(rows, locale_id):
    """The story rows a reader of `locale_id` sees: the stories of that language, and, of
    every story not yet translated into it, its original (the translation created first)."""
    here = {row["translation_key"] for row in rows if row["locale_id"] == locale_id}
    originals = {}
    for row in rows:
        key = row["translation_key"]
        if key in here:
            continue
        if key not in originals or row["pk"] < originals[key]:
            originals[key] = row["pk"]
    chosen = set(originals.values())
    return [row for row in rows if row["locale_id"] == locale_id or row["pk"] in chosen]


def _build_facts(locale_id):
    region_rows = [
        {**row, "names": [row["name"]]}
        for row in Region.objects.values(
            "locale_id", "translation_key", "slug", "name", "sort_order"
        ).order_by("sort_order", "name")
    ]
    district_rows = [
        {**row, "names": [row["name"]]}
        for row in District.objects.values(
            "locale_id", "translation_key", "slug", "name", "region__slug"
        ).order_by("name")
    ]
    municipality_rows = [
        {**row, "names": [row["title"], row["official_name"]]} for row in place_rows()
    ]
    municipalities = {}
    municipality_paths = {}
    for row in municipality_rows:
        if row["locale_id"] != locale_id:
            continue
        municipalities[row["slug"]] = facets.MunicipalityFact(
            slug=row["slug"],
            title=row["title"],
            url_path=row["url_path"],
            district=row["district__slug"] or "",
            district_name=row["district__name"] or "",
            region=row["region__slug"] or "",
            region_name=row["region__name"] or "",
        )
        municipality_paths[row["path"]] = row["slug"]
    # A story not yet translated here lives under another language's municipality page:
    # that page's path leads to this language's municipality too.
    slug_of_key = {
        row["translation_key"]: row["slug"]
        for row in municipality_rows
        if row["locale_id"] == locale_id
    }
    for row in municipality_rows:
        if row["locale_id"] != locale_id and row["translation_key"] in slug_of_key:
            municipality_paths[row["path"]] = slug_of_key[row["translation_key"]]

    # The live stories of this language and those of other languages not translated
    # into it (of which `_shown_here` keeps the originals): not every language's rows.
    live = StoryPage.objects.live().exclude(private_pages_q())
    candidates = live.filter(
        Q(locale_id=locale_id)
        | ~Q(translation_key__in=live.filter(locale_id=locale_id).values("translation_key"))
    )
    topics_of = _slugs_by_story(StoryPage.topics, "topic", candidates)
    groups_of = _slugs_by_story(StoryPage.vulnerable_groups, "vulnerablegroup", candidates)

    stories = []
    rows = candidates.order_by("-year", "-first_published_at", "-pk").values(
        "pk",
        "path",
        "slug",
        "translation_key",
        "locale_id",
        "locale__language_code",
        "year",
        "programme__slug",
        "beneficiaries_people",
        "total_kgs",
        *MONEY_PARTS,
        # As text: only the order matters, and making ten thousand aware datetimes cost a
        # third of the records' rebuild.
        published=Cast("first_published_at", output_field=CharField()),
    )
    rows = _shown_here(list(rows), locale_id)
    no_year = []
    for row in rows:
        municipality = municipalities.get(municipality_paths.get(row["path"][: -Page.steplen]))
        elsewhere = row["locale_id"] != locale_id
        fact = facets.StoryFact(
            id=row["pk"],
            path=row["path"],
            year=row["year"],
            programme=row["programme__slug"] or "",
            topics=tuple(topics_of.get(row["pk"], ())),
            groups=tuple(groups_of.get(row["pk"], ())),
            municipality=municipality.slug if municipality else "",
            district=municipality.district if municipality else "",
            region=municipality.region if municipality else "",
            people=row["beneficiaries_people"],
            community=_community(row),
            total=row["total_kgs"],
            grant=row["grant_kgs"],
            municipal=row["municipal_kgs"],
            other=row["other_kgs"],
            language=row["locale__language_code"] if elsewhere else "",
            fallback_url_path=(
                f"{municipality.url_path}{row['slug']}/" if elsewhere and municipality else ""
            ),
            published=row["published"] or "",
        )
        # Databases disagree on where NULL sorts; stories without a year go last.
        (stories if row["year"] else no_year).append(fact)
    stories += no_year

    years = sorted({fact.year for fact in stories if fact.year}, reverse=True)
    labels = {
        "region": [
            facets.Label(value=row["slug"], name=row["name"])
            for row in region_rows
            if row["locale_id"] == locale_id
        ],
        "district": [
            facets.Label(value=row["slug"], name=row["name"], parent=row["region__slug"])
            for row in district_rows
            if row["locale_id"] == locale_id
        ],
        "municipality": [
            facets.Label(value=item.slug, name=item.title, parent=item.region)
            for item in municipalities.values()
        ],
        "topic": [
            facets.Label(value=slug, name=name, colour=colour)
            for slug, name, colour in Topic.objects.filter(locale_id=locale_id)
            .order_by("sort_order", "name")
            .values_list("slug", "name", "colour")
        ],
        "programme": [
            facets.Label(
                value=slug,
                name=f"{local or abbreviation}: {name}" if local or abbreviation else name,
            )
            for slug, local, abbreviation, name in Programme.objects.filter(locale_id=locale_id)
            .order_by("start_year", "abbreviation")
            .values_list("slug", "local_abbreviation", "abbreviation", "name")
        ],
        "year": [facets.Label(value=str(year), name=str(year)) for year in years],
        "group": [
            facets.Label(value=slug, name=name)
            for slug, name in VulnerableGroup.objects.filter(locale_id=locale_id)
            .order_by("sort_order", "name")
            .values_list("slug", "name")
        ],
    }
    index_url_path = (
        pages_of(StoryIndexPage)
        .live()
        .filter(locale_id=locale_id)
        .values_list("url_path", flat=True)
        .first()
    )
    return facets.StoryFacts(
        locale_id=locale_id,
        stories=stories,
        municipalities=municipalities,
        municipality_paths=municipality_paths,
        labels=labels,
        index_url_path=index_url_path,
        aliases=_place_aliases(locale_id, region_rows, district_rows, municipality_rows),
    )


# The decoded records of the current version in this process, per locale id: reading
# them back from the shared cache (unpickling every story's record) cost more than the
# rest of a page at 2,000 stories, and a page asks for them several times. The shared
# version (`cache.py`) still decides: a new version empties this copy. Without a version
# (the cache is down) nothing is kept, so no change can be missed.
_process_facts = {"version": None, "by_locale": {}}
_process_facts_lock = threading.Lock()


def story_facts(*, locale):
    """The cached records of every live, public story of `locale` (a Locale, its id or
    its language code), with the labels of every facet value and the place-name aliases."""
    locale_id = _locale_id(locale)
    version = facts_version()
    if version is not None and _process_facts["version"] == version:
        facts = _process_facts["by_locale"].get(locale_id)
        if facts is not None:
            return facts
    key = f"stories:facts:{FACTS_FORMAT}:{version}:{locale_id}"
    facts = cache.get(key)
    if facts is None:
        facts = _build_facts(locale_id)
        cache.set(key, facts, FACTS_TIMEOUT)
    if version is not None:
        with _process_facts_lock:
            if _process_facts["version"] != version:
                _process_facts["version"], _process_facts["by_locale"] = version, {}
            _process_facts["by_locale"][locale_id] = facts
    return facts


# ---- Places, URLs and cards ---------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a story happened, as a card and the facts box show it."""

    municipality: str
    municipality_url: str | None
    district: str
    district_slug: str
    region: str
    region_slug: str


def _index_url(facts, request=None, **params):
    url = page_url(facts.index_url_path, request)
    if url is None:
        return None
    pairs = [(name, value) for name, value in params.items() if value]
    if not pairs:
        return url
    return f"{url}?{urlencode(pairs)}"


def _place(facts, path, request=None):
    slug = facts.municipality_paths.get(path[: -Page.steplen])
    municipality = facts.municipalities.get(slug)
    if municipality is None:
        return None
    return Place(
        municipality=municipality.title,
        municipality_url=page_url(municipality.url_path, request),
        district=municipality.district_name,
        district_slug=municipality.district,
        region=municipality.region_name,
        region_slug=municipality.region,
    )


def facts_by_id(facts):
    """{story id: its record} of a record set, made once per set and kept on it."""
    return _derived(facts, "_by_id", lambda facts: {fact.id: fact for fact in facts.stories})


def _topics_of_unlisted(ids):
    """{story id: [topic Label]} of stories the records do not hold (not live, private)."""
    if not ids:
        return {}
    topics_by_story = defaultdict(list)
    for row in (
        StoryPage.topics.through.objects.filter(storypage_id__in=ids)
        .select_related("topic")
        .order_by("topic__sort_order", "topic__name")
    ):
        topic = row.topic
        topics_by_story[row.storypage_id].append(
            facets.Label(value=topic.slug, name=topic.name, colour=topic.colour)
        )
    return topics_by_story


def story_cards(*, stories, request=None, facts=None):
    """`stories` (StoryPage objects of any language) ready for the story card: each gets
    `.place` (a Place or None), `.card_topics` (topic `Label`s, from the records)
    and its image with every rendition prefetched. Two queries for any number of stories,
    none without images; one more for stories the records do not hold (not live).

    With `facts` (the listing's language), a story not yet translated into that language
    is described in it (place, topics) and gets `.shown_in` (its own language's code),
    `.shown_in_label` and `.listing_url` (its address under the listing's language)."""
    stories = list(stories)
    if not stories:
        return []
    image_ids = {story.image_id for story in stories if story.image_id}
    images = (
        {
            image.pk: image
            for image in get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions()
        }
        if image_ids
        else {}
    )
    listed = facts_by_id(facts) if facts is not None else {}
    elsewhere = {story.pk for story in stories if story.pk in listed and listed[story.pk].language}
    # The records of each language a story is described in: the listing's for the
    # stories not yet translated into it (no second language's records to build).
    facts_by_locale = {
        locale_id: story_facts(locale=locale_id)
        for locale_id in {story.locale_id for story in stories if story.pk not in elsewhere}
        if facts is None or locale_id != facts.locale_id
    }
    if facts is not None:
        facts_by_locale[facts.locale_id] = facts
    described = {
        story.pk: facts if story.pk in elsewhere else facts_by_locale[story.locale_id]
        for story in stories
    }
    unlisted = _topics_of_unlisted(
        [story.pk for story in stories if story.pk not in facts_by_id(described[story.pk])]
    )
    for story in stories:
        if story.image_id in images:
            story.image = images[story.image_id]
        records = described[story.pk]
        fact = facts_by_id(records).get(story.pk)
        if fact is None:
            story.card_topics = unlisted.get(story.pk, [])
        else:
            labels = (records.label("topic", slug) for slug in fact.topics)
            story.card_topics = [label for label in labels if label is not None]
        story.place = _place(records, story.path, request)
        if story.pk in elsewhere:
            story.shown_in = fact.language
            story.shown_in_label = SHOWN_IN.get(fact.language, fact.language)
            story.listing_url = page_url(fact.fallback_url_path, request) or story.get_url(request)
        else:
            # Set on every card: a template's look-up of a missing attribute of a page
            # falls back to `dir(page)` (hundreds of names), three times per card.
            story.shown_in = story.shown_in_label = ""
            story.listing_url = None
    return stories


def _stories_by_ids(ids):
    """Live story pages with these ids, in this order, without their long texts."""
    if not ids:
        return []
    pages = StoryPage.objects.filter(pk__in=ids).defer(*CARD_DEFERRED_FIELDS)
    by_id = {page.pk: page for page in pages}
    return [by_id[story_id] for story_id in ids if story_id in by_id]


# ---- What the home page asks for ----------------------------------------------------


def story_counts_by_region(*, locale):
    """Every region of `locale` with its number of stories and the story index filtered
    by it: [{slug, name, count, url}], in the regions' order."""
    facts = story_facts(locale=locale)
    counts = _derived(facts, "_count_by_region", _count_by("region"))
    return [
        {
            "slug": label.value,
            "name": label.name,
            "count": counts.get(label.value, 0),
            "url": _index_url(facts, region=label.value),
        }
        for label in facts.labels["region"]
    ]


def story_counts_by_municipality(*, locale):
    """{municipality slug: its number of live stories} as a reader of `locale` counts
    them: with the stories not yet translated into it, as every listing shows them."""
    facts = story_facts(locale=locale)
    return dict(_derived(facts, "_count_by_municipality", _count_by("municipality")))


def story_counts_by_topic(*, locale):
    """Every topic of `locale` with its number of stories, its colour and the story index
    filtered by it: [{slug, name, colour, count, url}], in the topics' order."""
    facts = story_facts(locale=locale)
    counts = _derived(facts, "_count_by_topic", _count_by("topics"))
    return [
        {
            "slug": label.value,
            "name": label.name,
            "colour": label.colour,
            "count": counts.get(label.value, 0),
            "url": _index_url(facts, topic=label.value),
        }
        for label in facts.labels["topic"]
    ]


FEED_FACETS = ("topic", "region", "municipality")


def _publication_index(facts):
    """The stories written in the records' language (not those shown from another), the
    last published first, indexed by topic, region and municipality."""
    own = sorted(
        (fact for fact in facts.stories if not fact.language),
        key=lambda fact: (fact.published, fact.id),
        reverse=True,
    )
    return listing.FacetIndex(own, lambda fact, name: fact.values(name), FEED_FACETS)


def story_ids_newest(*, locale, limit, facet=None, slug=None):
    """Ids of the `limit` live stories of `locale`, in its language, published last
    (newest first): all of them, or those of one topic, region or municipality (`facet`
    and its `slug`). From the records: the same cost whatever the corpus (the feeds)."""
    facts = story_facts(locale=locale)
    index = _derived(facts, "_publication_index", _publication_index)
    filters = {facet: [slug]} if facet else {}
    return [fact.id for fact in index.matching(filters)[:limit]]


def story_list_latest(*, locale, limit):
    """The `limit` newest live stories of `locale`, ready for the story card."""
    facts = story_facts(locale=locale)
    return story_cards(
        stories=_stories_by_ids([fact.id for fact in facts.stories[:limit]]), facts=facts
    )


def story_list_of_place(*, locale, path, limit, request=None):
    """The `limit` newest live stories of the municipality at tree path `path` as a reader
    of `locale` sees them, ready for the story card, and how many there are: its stories
    in that language and, like the story index, those not yet translated into it, in their
    own language, marked (see `story_cards(facts=)`). The municipality's page in any
    language names it. Three or four queries whatever the corpus, with the records cached."""
    facts = story_facts(locale=locale)
    slug = facts.municipality_paths.get(path)
    if slug:
        matching = _derived(facts, "_ids_by_municipality", _ids_by("municipality")).get(slug, [])
    else:  # A municipality not live (a preview): its own stories only.
        matching = [fact.id for fact in facts.stories if fact.path[: -Page.steplen] == path]
    stories = story_cards(stories=_stories_by_ids(matching[:limit]), request=request, facts=facts)
    return stories, len(matching)


def story_list_of_programme(*, locale, programme_slug, limit, request=None):
    """The `limit` newest live stories of a programme as a reader of `locale` sees them,
    ready for the story card, and how many there are: with those not yet translated into
    that language, in their own language, marked (as `story_list_of_place`)."""
    facts = story_facts(locale=locale)
    matching = _derived(facts, "_ids_by_programme", _ids_by("programme")).get(programme_slug, [])
    stories = story_cards(stories=_stories_by_ids(matching[:limit]), request=request, facts=facts)
    return stories, len(matching)


def story_list_picked(*, locale, translation_keys, request=None):
    """The stories picked by their translation keys, in that order, as a reader of
    `locale` sees them: each in that language, or, when it is not translated yet, in its
    own language, marked (`story_cards(facts=)`). Picks not live anywhere are left out."""
    if not translation_keys:
        return []
    facts = story_facts(locale=locale)
    shown = facts_by_id(facts)
    by_key = {}
    for story in (
        StoryPage.objects.live()
        .exclude(private_pages_q())
        .filter(translation_key__in=translation_keys)
        .defer(*CARD_DEFERRED_FIELDS)
    ):
        if story.pk in shown:
            by_key[story.translation_key] = story
    stories = [by_key[key] for key in translation_keys if key in by_key]
    return story_cards(stories=stories, request=request, facts=facts) if stories else []


def story_totals(*, locale):
    """Totals over the live stories of `locale`, computed from their records: stories,
    municipalities with stories, people reached and the money by source (KGS)."""
    totals = _derived(story_facts(locale=locale), "_totals", _totals)
    return {**totals, "money": dict(totals["money"])}


def _totals(facts):
    def total(attribute):
        return sum(getattr(fact, attribute) or 0 for fact in facts.stories)

    return {
        "stories": len(facts.stories),
        "municipalities_with_stories": len(
            {fact.municipality for fact in facts.stories if fact.municipality}
        ),
        "people_reached": total("people"),
        "money": {
            "total": total("total"),
            "grant": total("grant"),
            "municipal": total("municipal"),
            "community": total("community"),
            "other": total("other"),
        },
    }


# ---- The story index ----------------------------------------------------------------


def story_search_ids(*, facts, q):
    """Ids of the stories of `facts`' language that match the cleaned query `q`.

    A query that names a place (in any language or spelling, see `textsearch.find_places`)
    is a search in that place: its stories, and of them those matching the other words
    of the query. The words of the place's name are not searched as text, so «Жаңы-Жол»
    finds the stories of Жаңы-Жол, not every story with жаңы "new" and жол "road".
    Any other query is full text (the stems of the words, all required) over the
    stories' search documents (`search_document_ids`).
    """
    terms = textsearch.query_terms(q)
    if not terms:
        return None
    places, rest = textsearch.find_places(q, facts.aliases)
    if not places:
        return _full_text_ids(facts, terms)
    in_places = set()
    for facet, slug in places:
        in_places.update(_derived(facts, f"_ids_by_{facet}", _ids_by(facet)).get(slug, ()))
    rest_terms = textsearch.query_terms(" ".join(rest))
    if rest_terms:
        in_places &= _full_text_ids(facts, rest_terms)
    return in_places


def search_document_ids(terms, *, locale_id=None):
    """Ids of the stories whose search document has every term (query stems, see
    `textsearch.query_terms`), of `locale_id` or of any language: one query on the index
    words, never a scan of the documents (PostgreSQL's full-text search, SQLite's FTS5;
    another database compares the words of each document)."""
    documents = StorySearchDocument.objects.all()
    if locale_id is not None:
        documents = documents.filter(locale_id=locale_id)
    table = StorySearchDocument._meta.db_table
    vendor = connection.vendor
    # Constant table and column names; the reader's words are parameters.
    if vendor == "postgresql":
        documents = documents.filter(
            pk__in=RawSQL(  # noqa: S611
                f"SELECT page_id FROM {table} WHERE {search.SEARCH_VECTOR} "  # noqa: S608
                "@@ plainto_tsquery(%s::regconfig, %s)",
                [search.SEARCH_CONFIG, " ".join(terms)],
            )
        )
        return _by_the_index(documents)
    if vendor == "sqlite" and locale_id is None:
        # The FTS table's row ids are the documents' page ids: no join for every match.
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH %s",  # noqa: S608
                [search.fts_match(terms)],
            )
            return {row[0] for row in cursor.fetchall()}
    if vendor == "sqlite":
        documents = documents.filter(
            pk__in=RawSQL(  # noqa: S611
                f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH %s",  # noqa: S608
                [search.fts_match(terms)],
            )
        )
    else:
        for term in terms:
            documents = documents.filter(text__regex=rf"(^| ){term}( |$)")
    return _ids_of(documents)


def _ids_of(documents):
    """The page ids of `documents`, read straight from the cursor: a common word matches
    thousands of documents, and Django's rows cost more than the search itself."""
    sql, params = documents.values_list("page_id", flat=True).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {row[0] for row in cursor.fetchall()}


# PostgreSQL's planner counts a row's text search match as one cheap operation, not as
# reading its vector stored out of line: for a common word (a fifth of the stories) it
# prefers scanning every document to the GIN index, 240 ms against 5 ms at 10,000 stories.
# The search's own transaction leaves it bitmap scans of the indexes alone.
INDEX_ONLY = (
    "SELECT set_config('enable_seqscan', %s, true), set_config('enable_indexscan', %s, true)"
)
# The statements this adds on PostgreSQL: BEGIN, the settings, COMMIT; inside a transaction
# (a test's), a savepoint and its release, the settings and their defaults again.
INDEX_ONLY_STATEMENTS = {False: 3, True: 4}


def _by_the_index(documents):
    """The page ids of `documents` (a PostgreSQL full-text query), planned with bitmap
    scans of the indexes only. The settings are local to a transaction of the search's
    own (SET LOCAL); inside another transaction, a savepoint, and they are put back to
    their defaults before it is released."""
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(INDEX_ONLY, ["off", "off"])
        ids = _ids_of(documents)
        if nested:
            cursor.execute(INDEX_ONLY, ["on", "on"])
    return ids


def _full_text_ids(facts, terms):
    """Ids of the stories `facts` lists that have every term: its language's stories and
    the stories not yet translated into it, searched in their own words. One query, over
    the documents of every language: the records keep those listed here (filtering on
    the language in the database cost SQLite a look-up per match)."""
    return search_document_ids(terms).intersection(facts_by_id(facts))


def _region_map(facts, state, counts):
    active = state.filters.get("region", [])
    return [
        {
            "slug": label.value,
            "name": label.name,
            "count": counts.get(label.value, 0),
            "url": state.only("region", label.value, dropping=("district", "municipality")),
        }
        for label in facts.labels["region"]
    ], active


def story_listing_index(facts):
    """The story index's `core.listing.FacetIndex` of a record set, made once per set and
    kept on it (`facets.story_listing_index`)."""
    return _derived(
        facts, "_listing_index", lambda facts: facets.story_listing_index(facts.stories)
    )


def story_index_matching(*, facts, params):
    """The cleaned state of a request to the story index (its GET `params`), the ids its
    search matches (None without a search) and the matching records in the reader's order
    (a `core.listing.Matching`: a sequence whose slices are found without listing every
    match): what the index shows page by page and its downloads give whole."""
    state = facets.parse_story_state(params, facts, textsearch.clean_query)
    search_ids = story_search_ids(facts=facts, q=state.q) if state.q else None
    index = story_listing_index(facts).ordered(state.sort)
    return state, search_ids, index.matching(state.filters, search_ids)


def story_search_results(*, locale, q, limit, request=None):
    """The stories of `locale` the story index finds for the query `q` (cleaned here, as
    the index cleans it): the first `limit` as story cards, in the index's order, and how
    many there are in all. For the site-wide search, which links to the index for the rest
    (`?q=`). A fixed number of queries whatever the corpus."""
    facts = story_facts(locale=locale)
    params = QueryDict(mutable=True)
    params["q"] = q or ""
    _state, search_ids, matching = story_index_matching(facts=facts, params=params)
    if search_ids is None:
        return [], 0
    cards = story_cards(
        stories=_stories_by_ids([fact.id for fact in matching[:limit]]),
        request=request,
        facts=facts,
    )
    return cards, len(matching)


def story_texts(ids):
    """{story id: its title, summary, villages, households and dates} for the stories
    with these ids (one query), for a listing that gives more than the records hold."""
    if not ids:
        return {}
    rows = StoryPage.objects.filter(pk__in=ids).values(
        "pk",
        "title",
        "summary",
        "villages",
        "beneficiaries_households",
        "first_published_at",
        "last_published_at",
        "url_path",
    )
    return {row["pk"]: row for row in rows}


@page_context_selector
def story_index_context(*, request, page):
    """Everything the story index shows for this request (`core.listing.listing_context`:
    the cleaned state, facets with counts, chips, sort, the page of story cards), with the
    region map."""
    facts = story_facts(locale=page.locale_id)
    state, search_ids, matching = story_index_matching(facts=facts, params=request.GET)
    counts = story_listing_index(facts).counts(state.filters, search_ids)
    page_obj, page_range = listing.paginate(matching, state, facets.STORY_LISTING.per_page)
    stories = story_cards(
        stories=_stories_by_ids([fact.id for fact in page_obj.object_list]),
        request=request,
        facts=facts,
    )
    page_obj.object_list = stories
    regions, active_regions = _region_map(facts, state, counts["region"])
    return {
        **listing.listing_context(
            state=state,
            labels=facts.labels,
            counts=counts,
            page_obj=page_obj,
            page_range=page_range,
            total_count=len(facts.stories),
        ),
        "stories": stories,
        "region_map": regions,
        "active_regions": active_regions,
    }


# ---- The story page -----------------------------------------------------------------


def story_money(page):
    """The money of a story as stacked-bar segments and table rows (see
    `core.money.split_money`), with the community's share; None without any money."""
    amounts = {
        "grant": page.grant_kgs,
        "municipal": page.municipal_kgs,
        "community": page.community_kgs,
        "other": page.other_kgs,
    }
    money = split_money(
        [(key, label, amounts[key]) for key, label in MONEY_SOURCES],
        recorded_total=page.total_kgs,
        children={
            "community": [
                (name, label, getattr(page, name))
                for name, label in (
                    ("community_cash_kgs", _("cash")),
                    ("community_in_kind_kgs", _("in kind")),
                    ("community_labour_kgs", _("labour")),
                )
            ]
        },
    )
    if not money["total"]:
        return None
    community = page.community_kgs
    money["community_share"] = 100 * community / money["total"] if community is not None else None
    return money


def story_votes(votes, voters=None):
    """Votes per alternative with their share of the votes cast (or of the voters, when
    recorded and larger), most votes first."""
    votes = sorted(votes, key=lambda vote: (-vote.votes, vote.sort_order or 0))
    cast = sum(vote.votes for vote in votes)
    base = max(cast, voters or 0)
    return [
        {
            "alternative": vote.alternative,
            "votes": vote.votes,
            "chosen": vote.chosen,
            "share": 100 * vote.votes / base if base else 0,
        }
        for vote in votes
    ]


def _related_ids(facts, page, topic_slugs, place):
    """Same topic in the same region first, then the same municipality; newest first."""
    region = place.region_slug if place else ""
    municipality = facts.municipality_paths.get(page.path[: -Page.steplen], "")
    topics = set(topic_slugs)

    def first_kind(fact):
        return region and fact.region == region and topics.intersection(fact.topics)

    by_id = facts_by_id(facts)
    related = []
    # The stories of the region, then of the municipality (each newest first), not all.
    for ids, wanted in (
        (_derived(facts, "_ids_by_region", _ids_by("region")).get(region, ()), first_kind),
        (
            _derived(facts, "_ids_by_municipality", _ids_by("municipality")).get(municipality, ())
            if municipality
            else (),
            lambda fact: not first_kind(fact),
        ),
    ):
        for story_id in ids:
            if len(related) == RELATED_LIMIT:
                return related
            if story_id != page.pk and wanted(by_id[story_id]):
                related.append(story_id)
    return related


def _place_from_parent(page, request):
    """The place of a story whose municipality is not in the records (a draft tree)."""
    row = place_row(page.path[: -Page.steplen])
    if row is None:
        return None
    return Place(
        municipality=row["title"],
        municipality_url=page_url(row["url_path"], request),
        district=row["district__name"] or "",
        district_slug=row["district__slug"] or "",
        region=row["region__name"] or "",
        region_slug=row["region__slug"] or "",
    )


@page_context_selector
def story_page_context(*, request, page):
    """Everything a story page shows, in a fixed number of queries."""
    facts = story_facts(locale=page.locale_id)
    place = _place(facts, page.path, request) or _place_from_parent(page, request)
    topics = list(page.topics.all())
    # Kept on the page: the partners' JSON-LD reads them again (no second query).
    page.topics = topics
    groups = list(page.vulnerable_groups.all())
    gallery = list(page.gallery_images.filter(consent_recorded=True))
    image_ids = {row.image_id for row in gallery}
    if page.image_id:
        image_ids.add(page.image_id)
    images = (
        {
            image.pk: image
            for image in get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions()
        }
        if image_ids
        else {}
    )
    for row in gallery:
        row.image = images[row.image_id]
    related = story_cards(
        stories=_stories_by_ids(_related_ids(facts, page, [topic.slug for topic in topics], place)),
        request=request,
    )
    return {
        "place": place,
        "place_urls": {
            "district": _index_url(facts, request, district=place.district_slug)
            if place and place.district_slug
            else None,
            "region": _index_url(facts, request, region=place.region_slug) if place else None,
        },
        "index_url": page_url(facts.index_url_path, request),
        "topics": [
            {"topic": topic, "url": _index_url(facts, request, topic=topic.slug)}
            for topic in topics
        ],
        "groups": [
            {"group": group, "url": _index_url(facts, request, group=group.slug)}
            for group in groups
        ],
        "programme": page.programme,
        "programme_url": _index_url(facts, request, programme=page.programme.slug)
        if page.programme_id
        else None,
        "main_image": images.get(page.image_id),
        "money": story_money(page),
        "votes": story_votes(page.votes.all(), page.gathering_voters),
        "outputs": list(page.outputs.all()),
        "quotes": list(page.quotes.all()),
        "gallery": gallery,
        "documents": list(page.documents.select_related("document")),
        "service_links": list(
            page.service_links.filter(service__live=True).select_related("service")
        ),
        "related_stories": related,
        "short_url": request.build_absolute_uri(reverse("story_permalink", args=[page.pk])),
    }


# ---- Permalinks ------------------------------------------------


def story_for_permalink(*, story_id, language):
    """The live story with this id, or its translation in `language` when there is one."""
    story = StoryPage.objects.live().exclude(private_pages_q()).filter(pk=story_id).first()
    if story is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    if locale and story.locale_id != locale.pk:
        translated = (
            StoryPage.objects.live()
            .exclude(private_pages_q())
            .filter(translation_key=story.translation_key, locale=locale)
            .first()
        )
        if translated:
            return translated
    return story
