from django.urls import path, re_path

from . import feeds, views

app_name = "partners"

FEED = r"feeds/(?P<language>[a-z]{2})/(?P<kind>stories|news)"
FORMAT = r"\.(?P<format>rss|atom)$"

urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("oembed/", views.oembed, name="oembed"),
    path("share/story/<int:story_id>.png", views.share_image, name="share_image"),
    path("embed/<str:kind>/<int:page_id>/", views.embed, name="embed"),
    re_path(r"^cite/(?P<story_id>[0-9]{1,12})\.(?P<fmt>bib|ris)$", views.cite, name="cite"),
    re_path(
        r"^exports/(?P<page_id>[0-9]{1,12})/(?P<listing>[a-z]{1,20})\.(?P<fmt>csv|xlsx|json)$",
        views.export,
        name="export",
    ),
    re_path(rf"^{FEED}{FORMAT}", feeds.site_feed, name="feed"),
    re_path(
        rf"^{FEED}/(?P<facet>topic|region|municipality)/(?P<slug>[-\w]+){FORMAT}",
        feeds.site_feed,
        name="feed_facet",
    ),
]
