"""Endpoints of stories that are not pages."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language

from .selectors import story_for_permalink


def story_permalink(request, story_id):
    """`/s/<id>/`: the short permanent link; lands on the reader's language if translated."""
    story = story_for_permalink(story_id=story_id, language=get_language())
    if story is None:
        raise Http404("No story with this number.")
    return redirect(story.get_url(request=request), permanent=False)
