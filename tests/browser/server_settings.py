"""Settings of the browser tests' demo site: `load_demo_data` and the `runserver` that
serves it (tests/browser/demo_site.py). Development's settings (config.settings.dev) as
users get them in production, not as a developer debugs them:

- DEBUG off: no SQL query log kept for every request and every row the demo loader
  writes, the site's own 404 and 500 pages; static files served by WhiteNoise from the
  finders (no collectstatic), media files by Django, as `make run` serves them.
- The suite's fast password hasher (config.settings.test), for the demo users the loader
  creates and the sign-ins of the tests: the same for both, since they share the database.
- SQLite does not wait for the disk at each commit (the demo copy is thrown away).
- Staged imports beside the demo copy's media (in pytest's temporary folder), not in the
  system's shared one.
"""

from pathlib import Path

from config.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.server_urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_USE_FINDERS = True
DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
    "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
)
ASHAR_IMPORT_DIR = Path(MEDIA_ROOT).parent / "imports"  # noqa: F405
