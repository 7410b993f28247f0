from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Ashar: reference data"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)

        # Each app's selectors register its pages' context selectors (see core.pages).
        autodiscover_modules("selectors")

        from . import signals

        signals.connect()
