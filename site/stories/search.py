"""The stories' search documents. The words are folded and stemmed as every search of the
site does it (`core.textsearch`); the database search backends fold and stem neither, so each
story's search document (`models.StorySearchDocument`) holds a folded copy of its words
with their beginnings, and a query word becomes its stem, a beginning of the word: a
search looks up whole index words, never expands a prefix, and costs what it finds, not
what the corpus holds.

PostgreSQL searches the documents with its full-text search and the configuration
SEARCH_CONFIG (migration 0006: Russian stemming for Cyrillic words, English for Latin
ones, on top of the folding); SQLite with an FTS5 table (`fts_match`).
"""

from django.utils.html import strip_tags
from wagtail.models import Page

from core.places import place_row
from core.textsearch import folded_index_text

# PostgreSQL's text search configuration of the search documents (migration 0006).
SEARCH_CONFIG = "ashar_search"
# PostgreSQL's stored tsvector of each search document, with a GIN index (migration 0006).
SEARCH_VECTOR = "search_vector"
# SQLite's FTS5 table over the search documents (migration 0006).
FTS_TABLE = "stories_storysearch_fts"


def fts_match(terms):
    """An FTS5 query for index words that are all required: `"суу" AND "вод"`."""
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def place_names_for_search(story, places=None):
    """Municipality, district and region names (with the official name) of a story;
    `places` ({tree path: place row}) saves the look-up when many stories are written."""
    path = story.path[: -Page.steplen]
    row = places.get(path) if places is not None else place_row(path)
    if row is None:
        return ""
    names = [row["title"], row["official_name"], row["district__name"], row["region__name"]]
    return " ".join(name for name in names if name)


def story_search_text(story, places=None):
    """The folded words, with their beginnings, of everything a reader might search a
    story for (see `folded_index_text`): its search document. `places` as for
    `place_names_for_search`."""
    rich = [story.problem, story.identification_details, story.outputs_text, story.result]
    body = story._meta.get_field("body").get_searchable_content(story.body)
    rows = [f"{output.unit} {output.description}" for output in story.outputs.all()]
    rows += [f"{quote.text} {quote.author} {quote.role}" for quote in story.quotes.all()]
    rows += [vote.alternative for vote in story.votes.all()]
    placed = story.pk and story.depth and story.depth > 1
    place_names = place_names_for_search(story, places) if placed else ""
    return folded_index_text(
        story.title,
        story.summary,
        story.villages,
        place_names,
        *(strip_tags(text or "") for text in rich),
        *body,
        *rows,
        story.beneficiaries_note,
        story.operator_name,
    )
