"""The JSON log formatter and the filter that keeps a cache outage from flooding the log."""

import json
import logging

from django.test import RequestFactory

from core.logging import CacheOutageFilter, JsonFormatter


def record(message="Failed %s", args=("x",), exc_info=None, **extra):
    item = logging.LogRecord("ashar.cache", logging.ERROR, __file__, 1, message, args, exc_info)
    for name, value in extra.items():
        setattr(item, name, value)
    return item


def test_json_formatter_keeps_the_request_status_extras_and_exception():
    try:
        raise ValueError("bad ö")
    except ValueError:
        import sys

        exc_info = sys.exc_info()
    request = RequestFactory().get("/ky/stories/")
    line = JsonFormatter().format(
        record(exc_info=exc_info, request=request, status_code=500, page_id=3)
    )
    entry = json.loads(line)
    assert entry["message"] == "Failed x"
    assert entry["level"] == "ERROR"
    assert entry["path"] == "/ky/stories/"
    assert entry["method"] == "GET"
    assert entry["status"] == 500
    assert entry["page_id"] == 3
    assert "ValueError: bad ö" in entry["exception"]
    assert "\n" not in line


def test_cache_outage_filter_logs_one_line_then_counts():
    outage = CacheOutageFilter(interval=60)
    error = ConnectionError("Error 111 connecting to 127.0.0.1:6390")
    try:
        raise RuntimeError("Exception ignored") from error
    except RuntimeError:
        import sys

        exc_info = sys.exc_info()
    first = record("Exception ignored", (), exc_info)
    assert outage.filter(first) is True
    assert first.levelno == logging.WARNING
    assert first.exc_info is None
    assert "ConnectionError: Error 111" in first.getMessage()
    assert outage.filter(record("Exception ignored", (), exc_info)) is False
    assert outage.filter(record("Exception ignored", (), exc_info)) is False
    outage._last -= 61
    later = record("Exception ignored", (), exc_info)
    assert outage.filter(later) is True
    assert "(2 more failures since the last report)" in later.getMessage()
