from django.apps import AppConfig


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = "Ashar: municipalities and news"

    def ready(self):
        from . import signals

        signals.connect()
