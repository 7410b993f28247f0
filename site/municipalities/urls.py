"""The public forms, under each language prefix (/ky/share/, /ru/correction/ …)."""

from django.urls import path

from . import views

urlpatterns = [
    path("share/", views.initiative_share, name="initiative_share"),
    path("share/thanks/", views.initiative_shared, name="initiative_shared"),
    path("correction/", views.correction_request, name="correction_request"),
    path("correction/thanks/", views.correction_sent, name="correction_sent"),
]
