"""The site's URLs (config.urls) and its media files, which config.urls serves only with
DEBUG on (tests/browser/server_settings.py turns it off)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import handler500  # noqa: F401 (the site's error page, here too)
from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(
        rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *site_urlpatterns,
]
