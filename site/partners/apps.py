from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Ashar: API, feeds, embeds, citations and metadata for partners"

    def ready(self):
        from .api import listing_cache_follow

        listing_cache_follow()
