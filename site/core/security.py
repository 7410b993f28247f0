"""Defences against attackers that several apps share: the client's address behind the
proxies, and cache-backed rate limits."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("ashar.security")


def client_ip(request):
    """The client's address. Behind `TRUSTED_PROXY_COUNT` proxies that each append to
    X-Forwarded-For, the address the outermost trusted proxy saw; never a value the client
    could choose itself."""
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [
            item.strip()
            for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if item.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_hit(*, scope, key, limit, period):
    """Count one event of `scope` for `key` (an address, an e-mail) in a fixed window of
    `period` seconds; True when this event is over `limit`. Counters live in the cache: if
    the cache is down nothing is counted and nothing is refused (fail open), and that is
    logged: a flood then reaches the forms' other defences, never a 500."""
    digest = hashlib.sha256(str(key).strip().lower().encode()).hexdigest()[:32]
    name = f"ratelimit:{scope}:{digest}"
    try:
        cache.add(name, 0, period)
        try:
            count = cache.incr(name)
        except ValueError:  # expired between add and incr
            cache.set(name, 1, period)
            count = 1
    except Exception:
        logger.exception("Rate limit %s not counted: the cache is unavailable", scope)
        return False
    if count is None:  # django-redis with IGNORE_EXCEPTIONS: Redis did not answer
        logger.warning("Rate limit %s not counted: the cache is unavailable", scope)
        return False
    return count > limit


def too_many_requests(request, *, reason, period):
    """The 429 page, in the reader's language, for a limit of one per `period` seconds
    window (`reason` names what was refused), with Retry-After."""
    from django.shortcuts import render

    response = render(
        request,
        "core/too_many_requests.html",
        {"reason": reason, "minutes": period // 60},
        status=429,
    )
    response["Retry-After"] = str(period)
    return response
