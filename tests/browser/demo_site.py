"""The demo site of the browser tests and the demo-loader tests: a SQLite database and a
media folder with the demo content, loaded once and copied by every pytest-xdist worker that
runs browser tests, and on SQLite by the loader's tests (tests/home/test_load_demo_data.py),
which check this very load instead of loading the demo a second time.

Loading the demo (`load_demo_data --stories 60` into a copy of the migrated template)
costs about 30 s of CPU.
Browser test modules are spread over the workers like any other module, and each worker
serves its own copy with its own `runserver`, so that tests which change the site (an
import, a submitted news item) never meet another worker's. The first worker to need the
demo loads it under a file lock; the others wait for it and copy it.

The load and the server use the tests' own settings (tests/browser/server_settings.py:
development's, with DEBUG off as in production, the suite's fast password hasher, SQLite
not waiting for the disk). The demo's name holds a hash of what it is made from: the
migrated template's key, every Python, data and catalogue file under `site/`, those
settings, and the number of stories. Between local
runs an unchanged demo is reused, as the migrated template is; a change to any of those
files loads it again. Under CI (`CI` set) each test run loads its own, so CI always checks
the loader from an empty database.
"""

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time

from tests import sqlite_template

BASE_DIR = sqlite_template.BASE_DIR
SITE_DIR = BASE_DIR / "site"
# What the demo's content is made from (templates, CSS and JavaScript are not).
SOURCE_SUFFIXES = {".py", ".csv", ".yaml", ".yml", ".xlsx", ".json", ".po", ".png", ".jpg"}
PREPARE_TIMEOUT = 900
# The 18 real stories and 42 samples: every kind of page and every rule of the loader, at a
# quarter of the cost of the default 234 (which CI's demo step loads and crawls).
DEMO_STORIES = 60
# The settings of the demo's load and server (the password hasher of the demo users).
SETTINGS_MODULE = "tests.browser.server_settings"
SETTINGS_FILES = [BASE_DIR / "tests" / "browser" / "server_settings.py"]
# Demos nobody has copied for this long are removed when another is made.
KEEP_UNUSED_SECONDS = 24 * 3600


class DemoLoadError(RuntimeError):
    """`load_demo_data` failed: the message holds its output."""


def _source_files():
    return sorted(
        path
        for path in SITE_DIR.rglob("*")
        if path.suffix in SOURCE_SUFFIXES and "__pycache__" not in path.parts
    )


def demo_key(stories, run_id=None):
    digest = hashlib.sha256(f"{sqlite_template.schema_key()}:{stories}".encode())
    for path in [*_source_files(), *SETTINGS_FILES]:
        digest.update(str(path.relative_to(BASE_DIR)).encode())
        digest.update(path.read_bytes())
    if os.environ.get("CI"):
        # One demo per test run: pytest-xdist gives its workers the run's id (the controller
        # passes the id it chose for them).
        run_id = run_id or os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
        digest.update(run_id.encode())
    return digest.hexdigest()[:16]


def server_environ(database_path, media_root):
    """The caller's environment without project variables, pointed at one demo copy."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "AWS_", "EMAIL_"))
        and key != "MEDIA_ROOT"
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        DATABASE_URL=f"sqlite:///{database_path}",
        MEDIA_ROOT=str(media_root),
        PYTHONUNBUFFERED="1",
    )
    return env


# The `manage.py` processes running now (`demo_load_stop` ends them).
_running = set()


def manage(args, env, timeout=PREPARE_TIMEOUT):
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _running.add(process)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    finally:
        _running.discard(process)
    if process.returncode != 0:
        raise DemoLoadError(
            f"`manage.py {' '.join(args)}` failed (exit {process.returncode}):\n"
            f"{stdout[-3000:]}\n{stderr[-3000:]}"
        )


def _load(folder, stories):
    """Load the demo into `folder` (site.sqlite3 and media/), via a partial folder."""
    partial = folder.with_name(f"{folder.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    # Migrated already: the template is named by a hash of every migration file, and the
    # server's settings install the same apps as the tests'.
    database = sqlite_template.copy_to(partial / "site.sqlite3")
    env = server_environ(database, partial / "media")
    try:
        manage(["load_demo_data", "--quiet", "--stories", str(stories)], env)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    partial.replace(folder)


def _prune(templates):
    cutoff = time.time() - KEEP_UNUSED_SECONDS
    for old in templates.glob("demo-*"):
        if old.is_dir() and old.stat().st_mtime < cutoff:
            shutil.rmtree(old, ignore_errors=True)


def _demo_folder(stories, run_id=None):
    return sqlite_template.TEMPLATE_DIR / f"demo-{stories}-{demo_key(stories, run_id)}"


def _lock_file():
    templates = sqlite_template.TEMPLATE_DIR
    templates.mkdir(parents=True, exist_ok=True)
    return (templates / "demo.lock").open("w")


def _ensure(folder, stories):
    """Load the demo into `folder` unless it is there (the caller holds the lock)."""
    if not (folder / "site.sqlite3").exists():
        _prune(folder.parent)
        _load(folder, stories)
    os.utime(folder)


def demo_load_start(*, stories, run_id):
    """Start loading the demo now, in a thread of this process, holding the lock until it is
    loaded: the pytest-xdist controller calls it before its workers start (tests/conftest.py),
    so the load overlaps their start and their first modules, and a worker that needs the
    demo waits on the lock for it. Returns the thread, or None when another process holds
    the lock (it is loading a demo: the workers wait for it as usual). A failed load is
    left to the first worker that needs the demo: it loads it again and reports the error."""
    lock = _lock_file()
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        return None

    def load():
        try:
            _ensure(_demo_folder(stories, run_id), stories)
        except (DemoLoadError, OSError, subprocess.SubprocessError):
            pass
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()

    # A daemon: a run that ends early (an error while collecting) does not wait for it.
    thread = threading.Thread(target=load, name="demo-load", daemon=True)
    thread.start()
    return thread


def demo_load_stop(thread, timeout=30):
    """End the load `demo_load_start` started, when the run is over before it: no test of
    the run needed the demo (a `-m` or `-k` left them out, or a run stopped early). Its
    `manage.py` would otherwise go on alone after the run and leave its partial folder."""
    for process in list(_running):
        process.terminate()
    thread.join(timeout)


def demo_copy(destination, *, stories):
    """A demo site with `stories` stories at `destination` (a folder, made here):
    returns (database path, media folder)."""
    folder = _demo_folder(stories)
    with _lock_file() as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            _ensure(folder, stories)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    destination.mkdir(parents=True, exist_ok=True)
    database = destination / "site.sqlite3"
    shutil.copyfile(folder / "site.sqlite3", database)
    media = destination / "media"
    if (folder / "media").exists():
        shutil.copytree(folder / "media", media, dirs_exist_ok=True)
    else:
        media.mkdir()
    return database, media
