"""Test suite: fast hasher, temporary media, in-memory mail, plain static storage."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-ashar"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The process's own files (media, staged imports), deleted when it ends: a run used to leave
# a folder of media behind for each process and its staged uploads in the shared folder.
TEST_FILES = Path(tempfile.mkdtemp(prefix="ashar-test-"))
atexit.register(shutil.rmtree, TEST_FILES, ignore_errors=True)
MEDIA_ROOT = str(TEST_FILES / "media")
Path(MEDIA_ROOT).mkdir()
ASHAR_IMPORT_DIR = TEST_FILES / "imports"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache is tested on its own (tests/core/test_pagecache.py): elsewhere each
# request renders, so tests that change the database directly see their change.
PAGE_CACHE_SECONDS = 0
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files from the finders, as in development: no collectstatic before tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# On PostgreSQL the suite does not wait for each commit to reach the disk: the test
# database is thrown away, and waiting for fsync dominated the run on a small machine.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405

# On SQLite the test database is a throwaway file copied from a migrated template (see
# tests/sqlite_template.py): no waiting for the disk either.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
    )

# Absolute URLs in the API, feeds and metadata: the host the test client uses.
ASHAR_PUBLIC_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
