"""Logging helpers named in the LOGGING setting: a JSON formatter for log collectors and a
filter that keeps a cache outage from flooding the log."""

import json
import logging
import threading
import time
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed with `extra=` and is kept.
_STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", logging.INFO, "", 0, "", (), None)).keys()
) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, the request's
    method, path and status when Django logged one, the extras, and the exception."""

    def format(self, record):
        created = datetime.fromtimestamp(record.created, tz=UTC)
        entry = {
            "time": created.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = request.method
            entry["path"] = request.path
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        for name, value in vars(record).items():
            if name in _STANDARD_ATTRIBUTES or name in {"request", "status_code", "server_time"}:
                continue
            entry[name] = value if isinstance(value, str | int | float | bool) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class CacheOutageFilter(logging.Filter):
    """While Redis is unreachable every cache call fails: log the first failure as one line
    (no traceback) with the error, then at most one line per `interval` seconds with the
    number of failures left out in between."""

    def __init__(self, interval=10.0):
        super().__init__()
        self.interval = interval
        self._lock = threading.Lock()
        self._last = float("-inf")
        self._suppressed = 0

    def filter(self, record):
        now = time.monotonic()
        with self._lock:
            if now - self._last < self.interval:
                self._suppressed += 1
                return False
            suppressed, self._suppressed, self._last = self._suppressed, 0, now
        error = record.exc_info[1] if record.exc_info else None
        cause = getattr(error, "__cause__", None) or error
        record.msg = "Cache unavailable, served without it: %s%s"
        record.args = (
            f"{type(cause).__name__}: {cause}" if cause else record.getMessage(),
            f" ({suppressed} more failures since the last report)" if suppressed else "",
        )
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True
