"""The site-wide search, under each language prefix (/ky/search/?q=…)."""

from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.site_search_view, name="site_search"),
]
