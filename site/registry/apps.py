from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "registry"
    verbose_name = "Ashar: service registers"

    def ready(self):
        from . import signals

        signals.connect()
