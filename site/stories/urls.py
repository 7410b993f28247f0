from django.urls import path

from . import views

urlpatterns = [
    path("s/<int:story_id>/", views.story_permalink, name="story_permalink"),
]
