from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Ashar: reference data"

    def ready(self):
        from .mail import install_notification_failure_logging
        from .pagecache import connect_purge_signals
        from .validators import install_single_line_validation

        install_single_line_validation()
        install_notification_failure_logging()
        connect_purge_signals()
