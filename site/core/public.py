"""Absolute URLs on the site's real public address (ASHAR_PUBLIC_BASE_URL), whatever host
name the request came in on: links that partners copy, feeds, canonical URLs."""

from urllib.parse import urlsplit

from django.conf import settings


def public_base_url():
    """`https://host[:port]` of the public site, without a trailing slash."""
    parts = urlsplit(settings.ASHAR_PUBLIC_BASE_URL)
    return f"{parts.scheme}://{parts.netloc}"


def public_url(path):
    """`path` (starting with /) on the public host; absolute URLs are returned as they are."""
    if not path:
        return None
    if path.startswith(("http://", "https://")):
        return path
    return public_base_url() + path


def page_public_url(page):
    """The page's absolute URL on the public host, or None when it has no route."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    return public_url(parts[2])
