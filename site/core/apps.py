from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Ashar: reference data"

    def ready(self):
        from . import signals

        signals.connect()
