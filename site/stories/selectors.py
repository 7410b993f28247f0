"""Reads for stories. Every function here keeps its query count independent of corpus size."""

from wagtail.models import Locale

from .models import StoryPage


def story_for_permalink(*, story_id, language):
    """The live story with this id, or its translation in `language` when there is one."""
    story = StoryPage.objects.live().public().filter(pk=story_id).first()
    if story is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    if locale and story.locale_id != locale.pk:
        translated = (
            StoryPage.objects.live()
            .public()
            .filter(translation_key=story.translation_key, locale=locale)
            .first()
        )
        if translated:
            return translated
    return story


def place_names_for_search(story):
    """Municipality, district and region names (with the official name) of a story."""
    municipality = story.get_parent().specific
    names = [municipality.title, getattr(municipality, "official_name", "")]
    district = getattr(municipality, "district", None)
    region = getattr(municipality, "region", None)
    names += [district.name if district else "", region.name if region else ""]
    return " ".join(name for name in names if name)
