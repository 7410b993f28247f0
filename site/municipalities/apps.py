from django.apps import AppConfig


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = "Ashar: municipalities and news"

    def ready(self):
        """Municipalities are the places stories stand in: `stories` reads them through
        `core.places`, and its cached records move on when a municipality changes."""
        from core.places import register_place_source
        from stories.cache import facts_follow

        from .selectors import municipality_place_rows

        register_place_source(municipality_place_rows)
        facts_follow(self.get_model("MunicipalityPage"))

        from . import signals

        signals.connect()
