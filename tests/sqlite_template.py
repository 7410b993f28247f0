"""A migrated SQLite database, made once and copied wherever the tests need an empty one.

Running every migration of Django, Wagtail, wagtail-localize and the project costs about
10 s of CPU on SQLite (Django renders the models' state after each operation, and every
ALTER rebuilds a table). Each pytest-xdist worker, the
browser tests' demo server and the demo-loader tests need a migrated database, so the
first of them runs `manage.py migrate` into a template file (under a file lock, so that
workers wait for one another instead of migrating side by side) and everyone copies it.
The template's name holds a hash of every migration file of the project and of the
installed packages' migrations, so a new migration makes a new template; templates live in
the system's temporary folder and are never part of the repository."""

import contextlib
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
TEMPLATE_DIR = Path(tempfile.gettempdir()) / "ashar-test-templates"


def _migration_files():
    """Every migration module Django would run: the project's and the installed apps'."""
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    files = []
    for app in apps.get_app_configs():
        module_name, _explicit = MigrationLoader.migrations_module(app.label)
        if not module_name:
            continue
        with contextlib.suppress(ImportError):
            module = __import__(module_name, fromlist=["__path__"])
            for path in getattr(module, "__path__", []):
                files.extend(sorted(Path(path).glob("*.py")))
    return files


def schema_key():
    """A short hash of the content of every migration file."""
    digest = hashlib.sha256()
    for path in _migration_files():
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def template_file():
    """Where the migrated template for the current migrations is (or will be) kept."""
    return TEMPLATE_DIR / f"migrated-{schema_key()}.sqlite3"


def template_path():
    """The migrated template for the current migrations, made first if missing."""
    TEMPLATE_DIR.mkdir(parents=True, exist_ok=True)
    template = template_file()
    with (TEMPLATE_DIR / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not template.exists():
                _migrate_into(template)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return template


# `manage.py migrate --noinput -v0`, with the cyclic garbage collector run a hundred times
# less often: rendering the models' state after each operation makes and drops thousands of
# model classes, and collecting them was a fifth of the migration's CPU (12.3 s of CPU
# before, 10.3 s after; the process peaks at 270 MB instead of 190).
MIGRATE = f"""
import gc, runpy, sys
gc.set_threshold(100_000, 50, 1000)
sys.argv = ["manage.py", "migrate", "--noinput", "-v0"]
runpy.run_path({str(BASE_DIR / "manage.py")!r}, run_name="__main__")
"""


def _migrate_into(template):
    partial = template.with_suffix(f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(DJANGO_SETTINGS_MODULE="config.settings.test", DATABASE_URL=f"sqlite:///{partial}")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", MIGRATE],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"migrate into the SQLite template failed:\n{result.stderr[-3000:]}")
    partial.replace(template)


def copy_to(destination):
    """A migrated empty database at `destination` (a path)."""
    shutil.copyfile(template_path(), destination)
    return destination
