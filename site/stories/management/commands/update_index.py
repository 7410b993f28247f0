"""`manage.py update_index`: Wagtail's (it rebuilds the search backends), then the
stories' own search documents (`stories.services.story_search_documents_rebuild`), so
that the one command every bulk load, import and deployment already runs rebuilds both.
The stories app comes before `wagtail.search` in INSTALLED_APPS: this command wins."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from stories.services import story_search_documents_rebuild


class Command(WagtailUpdateIndex):
    help = "Rebuild the search backends' indexes, then the stories' search documents."

    def handle(self, **options):
        super().handle(**options)
        if options.get("schema_only") or options.get("backend_name"):
            return
        written = story_search_documents_rebuild()
        self.write(f"stories: {written} search documents written")
