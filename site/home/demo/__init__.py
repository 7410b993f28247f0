"""The demonstration content of SPEC §5, from the data files of `home.demo_data` in three
languages: `demo_load()` is what `manage.py load_demo_data` runs.

The reference data, the site's own pages (YAML), the municipalities, their registers and
news, the photos (drawn) and the users are built here; the stories are imported from
`stories.csv` through the stories importer editors use (`home.demo.stories`). Each phase
runs in its own transaction and skips what is already there, so a second run creates
nothing; `reset=True` deletes the demo first. The search and reference indexes are
rebuilt once at the end instead of after every save.
"""

import time
from collections import Counter

from django.core.management import call_command
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.search import index as search_index

from core.imports import Action
from core.indexing import references_rebuild
from core.pagecache import purges_batched
from core.renditions import SPECS, make_renditions
from home.demo_data import LANGS, csv_rows
from municipalities.news_import import news_import
from municipalities.services import figures_import, municipal_groups_sync
from registry.services import register_import
from stories.models import StoryPage

from .common import bulk_writes, load_time
from .imports import DataImportError, data_import
from .municipalities import municipalities_build, municipalities_get, programme_slugs
from .photos import collection_get, photos_build, photos_get
from .reference import reference_ensure
from .registers import register_rows, registers_ensure, services_file, services_get
from .report import DemoReport, report_fill, report_lines
from .reset import demo_reset
from .stories import (
    StoryImportError,
    drafts_ensure,
    featured_ensure,
    real_programmes,
    rows_for,
    service_links_ensure,
    stories_import,
    surplus_delete,
)
from .tree import PartialTreeError, tree_build, tree_get
from .users import users_ensure

DEFAULT_STORIES = 234
NEWS_CSV = "news.csv"
FIGURES_CSV = "figures.csv"


class DemoError(Exception):
    """The database holds part of the demo in a state a rerun cannot complete."""


class _Run:
    def __init__(self, *, stories, stdout):
        self.stories = stories
        self.stdout = stdout
        self.report = DemoReport()
        self.when = load_time()
        self.started = time.monotonic()
        self.cpu_started = time.process_time()
        # Stories added to an existing demo are indexed one by one; anything else made
        # (or removed) this run rebuilds the search and reference indexes in full.
        self.rebuild = False
        self.added = []

    def say(self, message):
        if self.stdout is not None:
            wall = time.monotonic() - self.started
            cpu = time.process_time() - self.cpu_started
            self.stdout.write(f"[{wall:6.1f}s, CPU {cpu:5.1f}s] {message}")

    def did(self, action, *, rebuild=True):
        self.report.actions.append(action)
        self.rebuild = self.rebuild or rebuild
        self.say(action)

    def reference(self):
        with transaction.atomic():
            self.snippets, changed = reference_ensure()
        if changed:
            self.did("reference data updated")
        self.locales = self.snippets.locales

    def tree(self):
        try:
            self.tree_pages = tree_get(self.locales)
        except PartialTreeError as error:
            raise DemoError(f"{error} Run with --reset to rebuild.") from error
        if self.tree_pages is None:
            with transaction.atomic():
                self.tree_pages = tree_build(
                    locales=self.locales, snippets=self.snippets, when=self.when
                )
            self.did("home, index, standard and programme pages built")

    def photos(self):
        self.photo_list = photos_get(self.snippets)
        if not self.photo_list:
            with transaction.atomic():
                self.photo_list = photos_build(self.snippets)
            self.did(f"{len(self.photo_list)} photos drawn")

    def municipalities(self):
        expected = len(csv_rows("municipalities.csv"))
        self.real_programmes = real_programmes()
        found = municipalities_get(self.tree_pages)
        complete = [slug for slug, pages in found.items() if len(pages) == len(LANGS)]
        if len(complete) == expected:
            self.municipality_pages = found
            return
        if found:
            raise DemoError(
                f"{len(found)} of {expected} municipalities exist: run with --reset to rebuild."
            )
        with transaction.atomic():
            self.municipality_pages = municipalities_build(
                tree=self.tree_pages,
                snippets=self.snippets,
                photos=[photo.image for photo in self.photo_list],
                real_programmes=self.real_programmes,
                when=self.when,
            )
        self.did(f"{expected} municipalities built")

    def figures(self):
        with transaction.atomic():
            try:
                result = data_import(figures_import, FIGURES_CSV)
            except DataImportError as error:
                raise DemoError(f"The demo's figures do not import: {error}") from error
        counts = result.counts
        if counts[Action.NEW] or counts[Action.UPDATED]:
            self.did(
                f"{counts[Action.NEW]} municipal figures imported, {counts[Action.UPDATED]} updated"
            )

    def programmes_by_municipality(self):
        return {
            row["slug"]: programme_slugs(row, self.real_programmes)
            for row in csv_rows("municipalities.csv")
        }

    def registers(self):
        with transaction.atomic():
            made = registers_ensure(
                snippets=self.snippets, municipalities=self.municipality_pages, when=self.when
            )
            counts = Counter()
            for row in register_rows():
                slug = row["municipality"]
                try:
                    result = data_import(
                        register_import,
                        services_file(slug),
                        municipality=self.municipality_pages[slug][LANGS[0]],
                        publish=True,
                    )
                except DataImportError as error:
                    raise DemoError(f"The demo's registers do not import: {error}") from error
                counts.update(result.counts)
        self.services = services_get(self.locales)
        if made or counts[Action.NEW] or counts[Action.UPDATED]:
            self.did(
                f"{made} registers built, {counts[Action.NEW]} services imported, "
                f"{counts[Action.UPDATED]} updated"
            )

    def story_pages(self):
        rows = rows_for(self.stories, programmes=self.programmes_by_municipality())
        with transaction.atomic():
            try:
                result = stories_import(rows=rows, photos=self.photo_list)
            except StoryImportError as error:
                raise DemoError(f"The demo's stories do not import: {error}") from error
            deleted = surplus_delete({row["external_id"] for row in rows})
            linked = service_links_ensure(services=self.services)
            drafts_ensure()
            featured_ensure(home=self.tree_pages.home)
        counts = result.counts
        changed = counts[Action.NEW] + counts[Action.UPDATED]
        if changed:
            written = [row.key for row in result.rows if row.action != Action.UNCHANGED]
            self.added += list(StoryPage.objects.filter(external_id__in=written))
            self.did(
                f"{counts[Action.NEW]} stories imported, {counts[Action.UPDATED]} updated "
                f"({linked} linked to register services)",
                rebuild=False,
            )
        if deleted:
            self.did(f"{deleted} sample stories deleted", rebuild=False)

    def news(self):
        with transaction.atomic():
            try:
                result = data_import(news_import, NEWS_CSV, photos=self.photo_list, publish=True)
            except DataImportError as error:
                raise DemoError(f"The demo's news do not import: {error}") from error
        counts = result.counts
        if counts[Action.NEW] or counts[Action.UPDATED]:
            self.did(f"{counts[Action.NEW]} news items imported, {counts[Action.UPDATED]} updated")

    def renditions(self):
        """Every size of every photo: the photos illustrate stories, news and
        municipalities, so no reader waits for a rendition (existing ones are kept)."""
        renditions = get_image_model().get_rendition_model().objects
        before = renditions.count()
        make_renditions([(photo.image, tuple(SPECS)) for photo in self.photo_list])
        made = renditions.count() - before
        if made:
            self.did(f"{made} image renditions made", rebuild=False)

    def people(self):
        with transaction.atomic():
            municipal_groups_sync()
            self.report.logins, created = users_ensure(self.municipality_pages)
        if created:
            self.did(f"{created} demo users created", rebuild=False)

    def indexes(self):
        if self.rebuild:
            call_command("update_index", verbosity=0)
            self.say("search index rebuilt")
            references_rebuild()
            self.say("reference index rebuilt")
            return
        for page in self.added:
            search_index.insert_or_update_object(page)
            ReferenceIndex.create_or_update_for_object(page)
        if self.added:
            self.say(f"{len(self.added)} pages indexed")

    def run(self, reset):
        # The page caches are purged once, at the end, for all the pages the importers
        # publish (not once per register file).
        with bulk_writes(), purges_batched():
            if reset:
                with transaction.atomic():
                    pages = demo_reset()
                self.did(f"demo deleted ({pages} pages)")
            self.reference()
            self.tree()
            self.photos()
            self.municipalities()
            self.figures()
            self.registers()
            self.story_pages()
            self.news()
            self.renditions()
            self.people()
        self.indexes()
        report_fill(self.report, collection=collection_get())
        self.report.seconds = time.monotonic() - self.started
        return self.report


def demo_load(*, stories=DEFAULT_STORIES, reset=False, stdout=None):
    """Build the demonstration content (or complete it) and return a `DemoReport`.
    `stories`: stories per language, the real ones included; `stdout`: where progress
    goes (None for silence)."""
    return _Run(stories=stories, stdout=stdout).run(reset)


__all__ = ["DEFAULT_STORIES", "DemoError", "DemoReport", "demo_load", "report_lines"]
