"""Empty the site's cache (story records and cached pages), e.g. after a Redis outage."""

from django.core.cache import cache
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Empty the cache: every cached page and story record is rebuilt on its next request."

    def handle(self, *args, **options):
        cache.clear()
        self.stdout.write("Cache cleared.")
