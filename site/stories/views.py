"""Endpoints of stories that are not pages."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language

from .selectors import story_for_permalink

# Page ids are 32-bit on PostgreSQL: a longer number names no story.
MAX_STORY_ID = 2**31 - 1


def story_permalink(request, story_id):
    """`/s/<id>/`: the short permanent link; lands on the reader's language if translated."""
    story = None
    if story_id <= MAX_STORY_ID:
        story = story_for_permalink(story_id=story_id, language=get_language())
    if story is None:
        raise Http404("No story with this number.")
    return redirect(story.get_url(request=request), permanent=False)
