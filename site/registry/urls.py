"""The base services' pages, under each language prefix (/ky/services/base/2.1/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("services/base/<str:code>/", views.base_service, name="base_service"),
]
