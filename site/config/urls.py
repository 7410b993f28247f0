from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from partners import views as partner_views

from .api import api_router

handler500 = "core.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("stories.urls")),
    path("", include("partners.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # The public forms: "share your initiative" and correction requests.
    path("", include("municipalities.urls")),
    # The site-wide search and the base services' pages (views made from the records).
    path("", include("home.urls")),
    path("", include("registry.urls")),
    path("data-dictionary/", partner_views.data_dictionary, name="data_dictionary"),
    # Wagtail's page serving, with a fallback for pages not yet translated (core.views).
    re_path(r"^((?:[\w\-]+/)*)$", core_views.serve, name="ashar_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
