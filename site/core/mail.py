"""Workflow notifications that fail are logged, never dropped in silence."""

import logging

logger = logging.getLogger("ashar.notifications")


def install_notification_failure_logging():
    """Wagtail sends notifications inside `OpenedConnection`, whose `__exit__` returns a
    true value and so swallows any exception raised while the messages are built or sent
    (a missing template, a subject Django refuses, an SMTP error): the notification is
    dropped without a trace. Keep the editor's action going (a notification must not undo
    a publish), but log the failure with its traceback."""
    from wagtail.admin import mail

    original_exit = mail.OpenedConnection.__exit__
    if getattr(original_exit, "ashar_logs_failures", False):
        return

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            logger.error(
                "Workflow notification not sent: %s: %s",
                exc_type.__name__,
                exc_value,
                exc_info=(exc_type, exc_value, traceback),
            )
        original_exit(self, exc_type, exc_value, traceback)
        return True

    __exit__.ashar_logs_failures = True
    mail.OpenedConnection.__exit__ = __exit__
