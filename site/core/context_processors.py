"""Values every template needs."""

from django.conf import settings


def licence(request):
    return {
        "licence": settings.ASHAR_CONTENT_LICENCE,
        "licence_url": settings.ASHAR_CONTENT_LICENCE_URL,
    }
