#!/usr/bin/env python
"""Fault drill: Ashar under gunicorn with production settings on its own PostgreSQL and
Redis on 127.0.0.1, a bounded request loop, PostgreSQL restarted and Redis killed
mid-way, then a backup restored into a fresh database and crawled.

    make drill                       # or: .venv/bin/python scripts/drill.py [--short]

Everything it starts is its own and stopped at the end: a PostgreSQL cluster in
DRILL_DIR (default /tmp/ashar-drill, port 5440, kept between runs with its demo content),
a redis-server on port 6390 without persistence, gunicorn (2 workers) on port 8790. The
machine's own PostgreSQL and Redis are never touched. Needs PostgreSQL's server binaries
(initdb, pg_ctl), redis-server and, as root, the `postgres` system user.

For each phase it reports requests, errors (5xx or no answer) and the median time;
the drill fails unless every phase after a recovery has 0 errors.
"""

# ruff: noqa: S108, S310, S603, S607, S608 - a local drill: fixed local tools, ports and names

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PY = sys.executable
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
DRILL_DIR = Path(os.environ.get("DRILL_DIR", "/tmp/ashar-drill"))
PG_PORT, REDIS_PORT, APP_PORT = 5440, 6390, 8790
DB, RESTORED_DB = "ashar_drill", "ashar_drill_restored"
PAGES = ["/ky/", "/ru/stories/", "/en/municipalities/", "/ky/services/", "/ky/news/"]


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def as_postgres(args, **kwargs):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + [str(a) for a in args], check=True, **kwargs)


def database_url(name):
    return f"postgres://postgres@127.0.0.1:{PG_PORT}/{name}"


def pg_ctl(action, *extra):
    data = DRILL_DIR / "pg"
    as_postgres(
        [
            PG_BIN / "pg_ctl",
            "-D",
            data,
            "-l",
            DRILL_DIR / "pg.log",
            "-w",
            "-t",
            "60",
            action,
            *extra,
        ],
        stdout=subprocess.DEVNULL,
    )


def start_postgres():
    data = DRILL_DIR / "pg"
    DRILL_DIR.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(DRILL_DIR, "postgres")
    if not (data / "PG_VERSION").exists():
        log(f"initdb {data}")
        as_postgres(
            [PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8"],
            stdout=subprocess.DEVNULL,
        )
        with open(data / "postgresql.conf", "a") as conf:
            conf.write(
                f"port = {PG_PORT}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{DRILL_DIR}'\nfsync = off\n"
            )
    pg_ctl("start")


def psql(sql, db="postgres"):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", db, "-tAc", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def start_redis():
    return subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )


def app_env(db=DB):
    env = dict(os.environ)
    for line in (BASE_DIR / ".env.example").read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            env[key.strip()] = value.strip().strip('"')
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DATABASE_URL=database_url(db),
        DATABASE_CONN_MAX_AGE="60",
        REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",
        EMAIL_HOST="",
        SENTRY_DSN="",
        LOG_FORMAT="text",
        LOG_LEVEL="WARNING",
        MEDIA_ROOT=str(DRILL_DIR / "media"),
        PYTHONPATH=str(BASE_DIR / "site"),
    )
    return env


def manage(*args, db=DB, quiet=True):
    subprocess.run(
        [PY, "manage.py", *args],
        cwd=BASE_DIR,
        env=app_env(db),
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def prepare_database(stories):
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{DB}'") != "1":
        psql(f"CREATE DATABASE {DB}")
    manage("migrate", "--noinput")
    if psql("SELECT count(*) FROM wagtailcore_page", db=DB) in ("", "0", "1", "2"):
        log(f"load_demo_data --stories {stories} (first run only; kept in {DRILL_DIR})")
        manage("load_demo_data", "--stories", str(stories), "--quiet")
    manage("collectstatic", "--noinput")


def start_gunicorn():
    return subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "--pythonpath",
            "site",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{APP_PORT}",
            "--workers",
            "2",
            "--timeout",
            "30",
            "--graceful-timeout",
            "5",
            "--error-logfile",
            str(DRILL_DIR / "gunicorn.log"),
        ],
        cwd=BASE_DIR,
        env=app_env(),
    )


def wait_for_app(timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{APP_PORT}/healthz", timeout=5):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer /healthz")


FAULT_PHASES = {"postgres restarting", "redis down"}


class Loop:
    """Requests one after another until stopped; each result is booked to its phase. Half
    the requests bust the page cache (a unique query string), so the database and Redis
    are really used."""

    def __init__(self):
        self.phase = "baseline"
        self.results = {}
        self.stop = threading.Event()
        self.count = 0

    def run(self):
        while not self.stop.is_set():
            path = PAGES[self.count % len(PAGES)]
            if self.count % 2:
                path += f"?drill={self.count}"
            self.count += 1
            phase_at_start = self.phase
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{APP_PORT}{path}", timeout=10) as r:
                    status = r.status
            except urllib.error.HTTPError as error:
                status = error.code
            except (urllib.error.URLError, OSError):
                status = 0
            elapsed = (time.perf_counter() - start) * 1000
            # A request is booked to the phase it began in, unless a fault began while it
            # was in flight: then to the fault (a page being served when PostgreSQL shuts
            # down fails with it, whichever phase it began in).
            booked = phase_at_start
            if self.phase in FAULT_PHASES and phase_at_start not in FAULT_PHASES:
                booked = self.phase
            self.results.setdefault(booked, []).append((status, elapsed, path))

    def report(self):
        rows = []
        for phase, results in self.results.items():
            errors = [(s, p) for s, _, p in results if s == 0 or s >= 500]
            median = statistics.median(e for _, e, _ in results) if results else 0
            rows.append((phase, len(results), len(errors), median, errors[:3]))
        return rows


def phase(loop, name, seconds):
    loop.phase = name
    time.sleep(seconds)


def restore_drill(full_crawl=False):
    """Back up the drill database and media, restore them into a fresh database, crawl it."""
    backups = DRILL_DIR / "backups"
    env = app_env()
    out = (
        subprocess.run(
            ["bash", "scripts/backup.sh", str(backups)],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    psql(f"DROP DATABASE IF EXISTS {RESTORED_DB}")
    psql(f"CREATE DATABASE {RESTORED_DB}")
    restored_media = DRILL_DIR / "media-restored"
    shutil.rmtree(restored_media, ignore_errors=True)
    env_restored = {**app_env(RESTORED_DB), "MEDIA_ROOT": str(restored_media)}
    subprocess.run(
        ["bash", "scripts/restore.sh", out],
        cwd=BASE_DIR,
        env=env_restored,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    counts = {
        table: (
            psql(f"SELECT count(*) FROM {table}", db=DB),
            psql(f"SELECT count(*) FROM {table}", db=RESTORED_DB),
        )
        for table in ("wagtailcore_page", "wagtailcore_revision", "wagtailimages_image")
    }
    crawl_env = {**env_restored, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "REDIS_URL": ""}
    # Without --full-crawl: the drill's pages answer and every media file was restored.
    command = [PY, "scripts/crawl.py", "--quiet"] if full_crawl else [PY, "-c", RESTORED_CHECK]
    crawl = subprocess.run(
        command, cwd=BASE_DIR, env=crawl_env, capture_output=True, text=True, check=False
    )
    shutil.rmtree(out, ignore_errors=True)
    return counts, crawl


RESTORED_CHECK = f"""
import django, os
django.setup()
from django.test import Client
from wagtail.images import get_image_model
client = Client(HTTP_HOST="localhost")
statuses = {{path: client.get(path).status_code for path in {PAGES!r}}}
images = get_image_model().objects.all()
missing = [i.file.name for i in images if not i.file.storage.exists(i.file.name)]
print(statuses, "missing media:", len(missing))
raise SystemExit(0 if set(statuses.values()) == {{200}} and not missing else 1)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="Shorter phases (for CI).")
    parser.add_argument("--stories", type=int, default=40, help="Demo stories (first run).")
    parser.add_argument("--no-restore", action="store_true", help="Skip the backup/restore drill.")
    parser.add_argument(
        "--full-crawl", action="store_true", help="Crawl every restored page (slow)."
    )
    args = parser.parse_args()
    span = 3 if args.short else 8
    # Stopped from outside (timeout, Ctrl-C): still stop what was started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))

    redis = start_redis()
    start_postgres()
    gunicorn = None
    failed = False
    try:
        prepare_database(args.stories)
        gunicorn = start_gunicorn()
        wait_for_app()
        loop = Loop()
        worker = threading.Thread(target=loop.run, daemon=True)
        worker.start()
        phase(loop, "baseline", span)
        log("PostgreSQL: restart (fast shutdown)")
        loop.phase = "postgres restarting"
        pg_ctl("restart", "-m", "fast")
        phase(loop, "after postgres restart", span)
        log("Redis: killed")
        redis.kill()
        redis.wait()
        phase(loop, "redis down", span)
        log("Redis: started again (empty)")
        redis = start_redis()
        time.sleep(0.5)
        phase(loop, "after redis restart", span)
        loop.stop.set()
        worker.join()

        print("\n| Phase | Requests | Errors | Median ms | First errors |")
        print("|---|---:|---:|---:|---|")
        for name, count, errors, median, sample in loop.report():
            print(f"| {name} | {count} | {errors} | {median:.0f} | {sample or ''} |")
            if name.startswith("after") and errors:
                failed = True
        print()
        if not args.no_restore:
            counts, crawl = restore_drill(args.full_crawl)
            tail = (crawl.stdout + crawl.stderr).strip().splitlines()[-1:]
            log(f"Restore drill: rows (original, restored) {counts}")
            log(f"Restored site check exit {crawl.returncode}: {tail}")
            failed = failed or any(a != b for a, b in counts.values())
            failed = failed or crawl.returncode != 0
    finally:
        if gunicorn:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        redis.kill()
        pg_ctl("stop", "-m", "fast")
    log("DRILL FAILED" if failed else "Drill passed: 0 errors after each recovery.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
