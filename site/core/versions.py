"""Version tokens in the shared cache, for data a process keeps in its own memory.

A process may keep what it read from the database (the story records, the private
sections) as long as the token it read them under is still the one in the shared cache
(Redis in production, so every worker sees a change at once). A change moves the token
on, now and again when the transaction commits, so data a concurrent reader rebuilt from
the old rows before the commit is never kept. Without a token (the cache is down) nothing
may be kept: the caller reads the database every time.
"""

import logging
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger("ashar.cache")


def version(key):
    """The current token under `key` (made on first use), or None when the cache is down."""
    try:
        token = cache.get(key)
        if token is None:
            cache.add(key, uuid4().hex, None)
            token = cache.get(key)
    except Exception:  # a cache that raises is down: read the database
        logger.exception("Version %s not read: the cache is unavailable", key)
        return None
    return token


def _bump(key):
    try:
        cache.set(key, uuid4().hex, None)
    except Exception:  # nothing is kept while the cache is down (see `version`)
        logger.exception("Version %s not moved on: the cache is unavailable", key)


def version_bump(key):
    """Move the token under `key` on now, and again when the transaction commits."""
    _bump(key)
    transaction.on_commit(lambda: _bump(key))


class ProcessCopy:
    """Values a process keeps for as long as the shared token under `key` stays the same:
    `get(name, build)` returns the kept value of `name`, or builds, keeps and returns it."""

    def __init__(self, key):
        self.key = key
        self._version = None
        self._values = {}

    def get(self, name, build):
        token = version(self.key)
        if token is not None and token == self._version and name in self._values:
            return self._values[name]
        value = build()
        if token is not None:
            if token != self._version:
                self._version, self._values = token, {}
            self._values[name] = value
        return value
