from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Ashar: reference data"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            signals,
        )
        from .mail import install_batched_submissions, install_notification_failure_logging
        from .pagecache import connect_purge_signals
        from .renditions import connect_rendition_signals
        from .restrictions import restrictions_follow
        from .sites import sites_follow
        from .translations import locales_follow
        from .validators import install_single_line_validation

        # Each app's selectors register its pages' context selectors (see core.pages).
        autodiscover_modules("selectors")
        signals.connect()
        install_single_line_validation()
        install_notification_failure_logging()
        install_batched_submissions()
        connect_purge_signals()
        connect_rendition_signals()
        restrictions_follow()
        sites_follow()
        locales_follow()
