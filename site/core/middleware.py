"""The Wagtail admin has no Kyrgyz: editors whose browser asks for it get Russian."""

from django.conf import settings
from django.utils import translation


class AdminLanguageMiddleware:
    """Inside the admin, fall back to the first permitted admin language when the
    negotiated one (Kyrgyz, most often) has no admin translation."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permitted = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
        self.fallback = settings.WAGTAILADMIN_PERMITTED_LANGUAGES[0][0]

    def __call__(self, request):
        if request.path.startswith("/admin/") and translation.get_language() not in self.permitted:
            translation.activate(self.fallback)
            request.LANGUAGE_CODE = self.fallback
        return self.get_response(request)
