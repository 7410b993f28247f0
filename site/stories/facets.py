"""The story index's listing (`core.listing`): its facets and sorts, and how a story's
cached record (`selectors.story_facts`) matches them.

Why in Python: the records of every live story of a language fit in a few hundred kilobytes
and are cached, so the index needs no query per facet; and they are indexed once per record
set (`story_listing_index`, bitmasks per facet value), so a request's filters, counts and
page cost about the same from 234 stories to several thousand.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.listing import (
    Facet,
    FacetIndex,
    FacetKind,
    Label,
    ListingSpec,
    parse_state,
)

from .choices import StorySort

__all__ = ["Label"]  # the cached records of earlier versions name it here

FACETS = (
    Facet("region", _("Region")),
    Facet("district", _("District"), parents=("region",), folded=True),
    Facet("municipality", _("Municipality"), parents=("region", "district"), folded=True),
    Facet("topic", _("Topic")),
    Facet("programme", _("Programme")),
    Facet("year", _("Year"), kind=FacetKind.YEAR, folded=True),
    Facet("group", _("Vulnerable group")),
)
STORY_LISTING = ListingSpec(
    key="stories", facets=FACETS, sorts=tuple(StorySort.choices), per_page=12
)
FACET_NAMES = STORY_LISTING.names
FACET_LABELS = {facet.name: facet.label for facet in FACETS}


@dataclass(frozen=True, slots=True)
class StoryFact:
    """What the index needs to know about one live story, without loading the page."""

    id: int
    path: str
    year: int | None
    programme: str
    topics: tuple[str, ...]
    groups: tuple[str, ...]
    municipality: str
    district: str
    region: str
    people: int | None
    community: int | None
    total: int | None
    grant: int | None
    municipal: int | None
    other: int | None
    # A story not yet translated into the facts' language is listed in its own: the
    # language code it is shown in, and its URL under this language's interface.
    language: str = ""
    fallback_url_path: str = ""
    # When the story was first published, as the database writes it (text that sorts as
    # the times do; "" when never): the order of the feeds.
    published: str = ""

    def values(self, facet):
        """The facet values of this story, as strings (a story has several topics)."""
        if facet == "topic":
            return self.topics
        if facet == "group":
            return self.groups
        if facet == "year":
            return (str(self.year),) if self.year else ()
        value = getattr(self, facet)
        return (value,) if value else ()


@dataclass(frozen=True, slots=True)
class MunicipalityFact:
    slug: str
    title: str
    url_path: str
    district: str
    district_name: str
    region: str
    region_name: str


@dataclass
class StoryFacts:
    """Every live story of one language, with the labels of every facet value."""

    locale_id: int
    stories: list  # of StoryFact, newest first
    municipalities: dict  # slug -> MunicipalityFact
    municipality_paths: dict  # page path -> slug
    labels: dict  # facet -> list of Label, in display order
    index_url_path: str | None
    aliases: dict  # place key -> frozenset of (facet, slug)

    def __getstate__(self):
        # What `selectors._derived` keeps on the set (under "_" names) is remade by each
        # process from the records; the story index's `FacetIndex` holds functions.
        return {name: value for name, value in self.__dict__.items() if not name.startswith("_")}

    def label(self, facet, value):
        for label in self.labels.get(facet, ()):
            if label.value == value:
                return label
        return None

    def known(self, facet, value):
        if facet == "year":
            return True
        return any(label.value == value for label in self.labels.get(facet, ()))


def story_values(fact, facet):
    return fact.values(facet)


def parse_story_state(params, facts, clean_query):
    """The story index's ListingState from GET parameters."""
    return parse_state(STORY_LISTING, params, known=facts.known, clean_query=clean_query)


def story_listing_index(stories):
    """The story index's `FacetIndex` over a record set's stories (newest first; the
    beneficiaries and community sorts get theirs on first use). Made once per record set
    (`selectors.story_listing_index`), so a request filters, counts and pages with a few
    word operations per facet value instead of a pass over every story."""
    return FacetIndex(
        stories,
        story_values,
        FACET_NAMES,
        key=lambda fact: fact.id,
        orders={
            StorySort.BENEFICIARIES: lambda fact: _nulls_last_desc(fact.people),
            StorySort.COMMUNITY: lambda fact: _nulls_last_desc(fact.community),
        },
    )


def _nulls_last_desc(value):
    return (value is None, -(value or 0))
