"""Health of the services a request depends on, for the load balancer's check."""

import logging
import time
from uuid import uuid4

from django.core.cache import cache
from django.db import connections

logger = logging.getLogger("ashar.health")


def _timed(check):
    start = time.perf_counter()
    try:
        ok = check()
        error = None if ok else "unexpected answer"
    except Exception as exc:  # noqa: BLE001 - any failure of the service is its status
        ok, error = False, f"{type(exc).__name__}: {exc}"
    result = {"ok": ok, "ms": round((time.perf_counter() - start) * 1000, 1)}
    if error:
        result["error"] = error[:200]
    return result


def _database_answers():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


def _cache_answers():
    # The Redis cache swallows its errors (it is optional), so a round trip is the check:
    # a value that does not come back means the cache is not working.
    key = f"health:{uuid4().hex}"
    cache.set(key, "ok", 10)
    value = cache.get(key)
    cache.delete(key)
    return value == "ok"


def health_status():
    """`(healthy, report)`: unhealthy only when the database fails, because every page
    needs it; a failing cache is reported but the site still serves without it."""
    report = {"database": _timed(_database_answers), "cache": _timed(_cache_answers)}
    healthy = report["database"]["ok"]
    if not healthy:
        report["status"] = "error"
    else:
        report["status"] = "ok" if report["cache"]["ok"] else "degraded"
    if not healthy or not report["cache"]["ok"]:
        logger.warning("Health check: %s", report)
    return healthy, report
