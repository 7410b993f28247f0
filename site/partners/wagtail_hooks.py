"""Admin URLs of the partners app: the content health report's CSV download."""

from django.urls import path
from wagtail import hooks

from .content_health import content_health_csv


@hooks.register("register_admin_urls")
def content_health_csv_urls():
    return [
        path("content-health/export.csv", content_health_csv, name="ashar_content_health_csv"),
    ]
