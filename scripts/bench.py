#!/usr/bin/env python
"""Measure each kind of page at several corpus sizes: CPU time, SQL queries, HTML size,
and (with --throughput) requests per second under gunicorn.

    .venv/bin/python scripts/bench.py                       # or: make bench
    .venv/bin/python scripts/bench.py --sizes 234 2000 10000
    BENCH_DB=postgres .venv/bin/python scripts/bench.py      # the corpora on PostgreSQL
    .venv/bin/python scripts/bench.py --throughput           # and gunicorn, cached/uncached
    .venv/bin/python scripts/bench.py --fresh                # rebuild the corpora first

For each size N a database is built with `migrate` and `load_demo_data --stories N --quiet`
(SQLite: /tmp/ashar-bench-N.sqlite3; BENCH_DB=postgres: the database ashar_bench_N on
BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432) and kept for the next run
(reused while it still holds the same number of stories; `--fresh` rebuilds it). Each size
is measured in its own Python process, so DATABASE_URL and the settings apply cleanly.
BENCH_TAG=name keeps a separate set of corpora (one per checkout or branch).

What is measured, per page, with Django's test client in-process (config.settings.dev with
DEBUG off, the page cache off, local-memory cache):
- one unmeasured request first, to warm the process (imports, URL resolvers, templates);
- *cold*: every cache (fragments, the story records, Wagtail's site-root paths) cleared
  before each request: the first reader after a publish;
- *warm*: the caches kept: every reader after that (the page cache stays off, so the page
  is still built; a page-cache hit costs well under a millisecond);
- "CPU ms": the median process time (time.process_time) of --repeat requests: the main
  figure, since wall time swings 3-5x on a shared machine and CPU time about 10 %;
  "wall ms" beside it; "queries": the SQL statements of one request; "KB": the HTML sent,
  uncompressed. "CPU ×" is the warm CPU at the largest size over that at the smallest
  (target: at most 1.3).
With --throughput, gunicorn (2 sync workers, production-like settings on the largest
corpus) serves 127.0.0.1 and a bounded load generator (8 client threads, --seconds per
page) counts the requests per second of a few pages with the page cache on and off.
The Markdown report is printed and written to bench-results/latest.md.
"""

import argparse
import datetime
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = (234, 2000)
CPU_RATIO_TARGET = 1.3
BENCH_DB = os.environ.get("BENCH_DB", "sqlite").strip().lower()
BENCH_PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
# Corpora of different checkouts (with different migrations) must not share files.
BENCH_TAG = "".join(c for c in os.environ.get("BENCH_TAG", "") if c.isalnum() or c == "_")
TAG = f"_{BENCH_TAG}" if BENCH_TAG else ""
DEFAULT_OUTPUT = BASE_DIR / "bench-results" / "latest.md"
BENCH_LANGUAGE = "ky"

# (label, model to find the page by, extra query string)
PAGES = [
    ("Home", "home.HomePage", None),
    ("Story index", "stories.StoryIndexPage", None),
    (
        "Story index, filtered",
        "stories.StoryIndexPage",
        # Two topics in one region: 13 stories at 234, so that a full page of 12 cards is
        # compared at every size (one topic gave 6 cards at 234 and 12 above).
        {"region": "issyk-kul", "topic": ["drinking-water", "preschool"]},
    ),
    ("Story index, searched", "stories.StoryIndexPage", {"q": "суу"}),
    ("Story page", "stories.StoryPage", None),
    ("Municipality index", "municipalities.MunicipalityIndexPage", None),
    (
        "Municipality index, filtered",
        "municipalities.MunicipalityIndexPage",
        {"region": "jalal-abad", "register": "yes", "stories": "yes", "sort": "population"},
    ),
    ("Municipality index, searched", "municipalities.MunicipalityIndexPage", {"q": "Avletim"}),
    ("Municipality page", "municipalities.MunicipalityPage", None),
    ("Register page", "registry.ServiceRegisterPage", None),
    ("Service page", "registry.ServicePage", None),
    ("Registry index", "registry.RegistryIndexPage", None),
    (
        "Service search, filtered",
        "registry.RegistryIndexPage",
        {"region": "jalal-abad", "fee": "free", "status": "approved", "group": "women"},
    ),
    ("Service search, searched", "registry.RegistryIndexPage", {"q": "суу", "sort": "fee"}),
    ("News index", "municipalities.NewsIndexPage", None),
    ("News index, filtered", "municipalities.NewsIndexPage", {"region": "chuy", "year": "2025"}),
    # Views, not pages: a path under the bench language instead of a model.
    ("Site search", "/search/", {"q": "суу"}),
    ("Site search, a place", "/search/", {"q": "Ак-Чий"}),
    ("Base service page", "/services/base/1.1/", None),
    ("Programme page", "home.ProgrammePage", None),
    ("News page", "municipalities.NewsPage", None),
    ("Central news", "municipalities.NewsIndexPage", {"source": "central"}),
    # Outside the language prefix: "//" keeps the path as it is.
    ("Stories feed", "//feeds/ky/stories.rss", None),
    ("API, stories", "//api/v2/pages/", {"type": "stories.StoryPage", "locale": "ky"}),
]


def corpus_paths(size):
    suffix = ("" if BENCH_DB == "sqlite" else f"-{BENCH_DB}") + TAG
    return (
        Path(f"/tmp/ashar-bench-{size}{TAG}.sqlite3"),  # noqa: S108 - a throwaway bench corpus
        Path(f"/tmp/ashar-bench-{size}{suffix}-media"),  # noqa: S108
        Path(f"/tmp/ashar-bench-{size}{suffix}.json"),  # noqa: S108
    )


def database_url(size):
    if BENCH_DB == "sqlite":
        return f"sqlite:///{corpus_paths(size)[0]}"
    if BENCH_DB in {"postgres", "postgresql"}:
        return f"{BENCH_PG_URL}/ashar_bench_{size}{TAG}"
    sys.exit(f"bench: BENCH_DB={BENCH_DB!r}: use sqlite or postgres")


def corpus_environ(size):
    _, media, _ = corpus_paths(size)
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"DATABASE_URL", "REDIS_URL", "MEDIA_ROOT", "DJANGO_SETTINGS_MODULE", "PYTHONPATH"}
    }
    env.update(
        DATABASE_URL=database_url(size),
        MEDIA_ROOT=str(media),
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        PYTHONPATH=str(BASE_DIR / "site"),
        PAGE_CACHE_SECONDS="0",
    )
    return env


def reset_database(size):
    """An empty database for the corpus of `size`."""
    database, _, _ = corpus_paths(size)
    if BENCH_DB == "sqlite":
        database.unlink(missing_ok=True)
        return
    name = f"ashar_bench_{size}{TAG}"
    admin_url = f"{BENCH_PG_URL}/postgres"
    for statement in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
        subprocess.run(  # noqa: S603
            ["psql", admin_url, "-q", "-c", statement],  # noqa: S607
            check=True,
            capture_output=True,
        )


def run(args, env, *, capture=False):
    result = subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=capture,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stdout or "")[-2000:] + (result.stderr or "")[-2000:] if capture else ""
        sys.exit(
            f"bench: `{' '.join(str(a) for a in args)}` failed ({result.returncode})\n{detail}"
        )
    return result.stdout


def story_count(size):
    output = run([__file__, "--count"], corpus_environ(size), capture=True)
    return int(output.strip().splitlines()[-1])


def build_corpus(size, *, fresh):
    """Make sure /tmp/ashar-bench-<size>.sqlite3 holds the corpus; return its story count."""
    database, media, record = corpus_paths(size)
    env = corpus_environ(size)
    if not fresh and record.exists():
        run(["manage.py", "migrate", "--noinput", "-v0"], env)
        expected = json.loads(record.read_text())["stories"]
        count = story_count(size)
        if count == expected:
            # A corpus built before the stories had search documents gets them now.
            run([__file__, "--prepare"], env)
            print(f"[{size}] reusing {database_url(size)} ({count} {BENCH_LANGUAGE} stories)")
            return count
        print(f"[{size}] {database_url(size)} holds {count} stories, not {expected}: rebuilding")

    record.unlink(missing_ok=True)
    reset_database(size)
    shutil.rmtree(media, ignore_errors=True)
    started = time.monotonic()
    print(f"[{size}] building {database_url(size)} ...", flush=True)
    run(["manage.py", "migrate", "--noinput", "-v0"], env)
    run(["manage.py", "load_demo_data", "--stories", str(size), "--quiet"], env)
    count = story_count(size)
    record.write_text(json.dumps({"requested": size, "stories": count}))
    print(f"[{size}] built in {time.monotonic() - started:.0f} s: {count} stories")
    if count != size:
        print(f"[{size}] warning: load_demo_data --stories {size} made {count} stories")
    return count


def measure_corpus(size, repeat):
    output = run(
        [__file__, "--measure", "--repeat", str(repeat)], corpus_environ(size), capture=True
    )
    return json.loads(output.strip().splitlines()[-1])


# Runs inside the per-corpus process -------------------------------------------------------


def setup_django():
    sys.path.insert(0, str(BASE_DIR / "site"))
    import django

    django.setup()


def prepare_corpus():
    """Write the stories' search documents when the corpus lacks some (a corpus kept from
    before migration stories 0006): what `update_index` does at the end of a build."""
    from django.apps import apps

    from stories.services import story_search_documents_rebuild

    stories = apps.get_model("stories", "StoryPage").objects.count()
    documents = apps.get_model("stories", "StorySearchDocument").objects.count()
    if documents != stories:
        print(f"search documents: {story_search_documents_rebuild()} written")


def count_stories():
    from django.apps import apps

    story_model = apps.get_model("stories", "StoryPage")
    return story_model.objects.live().filter(locale__language_code=BENCH_LANGUAGE).count()


def first_page_path(model_label):
    if model_label.startswith("//"):
        return model_label[1:]
    if model_label.startswith("/"):
        return f"/{BENCH_LANGUAGE}{model_label}"
    from django.apps import apps

    model = apps.get_model(model_label)
    page = (
        model.objects.live()
        .public()
        .filter(locale__language_code=BENCH_LANGUAGE)
        .order_by("path")
        .first()
    )
    if page is None:
        return None
    parts = page.get_url_parts()
    return parts[2] if parts else None


def connection_vendor():
    from django.db import connection

    return connection.vendor


def clear_caches():
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def timed_requests(client, path, repeat, *, cold):
    """Median CPU and wall ms of `repeat` requests, and the queries of the first one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cpu, wall, query_count, response = [], [], None, None
    for _ in range(repeat):
        if cold:
            clear_caches()
        with CaptureQueriesContext(connection) as queries:
            cpu_started, wall_started = time.process_time(), time.perf_counter()
            response = client.get(path)
            cpu.append((time.process_time() - cpu_started) * 1000)
            wall.append((time.perf_counter() - wall_started) * 1000)
        if query_count is None:
            # Read now: the next request empties the connection's query log.
            query_count = len(queries.captured_queries)
    return {
        "queries": query_count,
        "cpu": statistics.median(cpu),
        "wall": statistics.median(wall),
    }, response


def measure_page(client, path, repeat):
    try:
        first = client.get(path)
    except Exception as error:  # noqa: BLE001 - reported in the table, the bench goes on
        return {"status": f"{type(error).__name__}: {error}".splitlines()[0]}
    if first.status_code != 200:
        return {"status": f"HTTP {first.status_code}"}
    cold, response = timed_requests(client, path, repeat, cold=True)
    client.get(path)  # fills the caches after the last cold request
    warm, _ = timed_requests(client, path, repeat, cold=False)
    return {
        "status": response.status_code,
        "cold": cold,
        "warm": warm,
        "bytes": len(response.content),
    }


def measure(repeat):
    from django.test import Client, override_settings

    # A failing page is reported in the table; Django's error log would only repeat it.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    rows = []
    with override_settings(DEBUG=False):
        client = Client(HTTP_ACCEPT_LANGUAGE=BENCH_LANGUAGE)
        for label, model_label, query in PAGES:
            path = first_page_path(model_label)
            if path is None:
                rows.append({"label": label, "path": None, "status": "no such page"})
                continue
            if query:
                path = f"{path}?{urlencode(query, doseq=True)}"
            rows.append({"label": label, "path": path, **measure_page(client, path, repeat)})
    import django
    import wagtail

    return {
        "stories": count_stories(),
        "database": connection_vendor(),
        "rows": rows,
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
    }


# Throughput ------------------------------------------------------------------------------

THROUGHPUT_PAGES = ("Home", "Story index", "Story page", "Municipality page")
THROUGHPUT_PORT = 8791
THROUGHPUT_REDIS_URL = "redis://127.0.0.1:6379/13"


def production_environ(size, *, cached):
    """.env.example's production settings on the corpus of `size`, served on 127.0.0.1."""
    env = corpus_environ(size)
    for line in (BASE_DIR / ".env.example").read_text(encoding="utf-8").splitlines():
        key, sep, raw = line.partition("=")
        if sep and not line.startswith("#") and key.strip() not in env:
            env[key.strip()] = raw.strip().strip('"')
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",
        REDIS_URL=THROUGHPUT_REDIS_URL,
        PAGE_CACHE_SECONDS="600" if cached else "0",
        EMAIL_HOST="",
        SENTRY_DSN="",
        LOG_FORMAT="text",
        LOG_LEVEL="ERROR",
        ASHAR_PUBLIC_BASE_URL=f"http://127.0.0.1:{THROUGHPUT_PORT}",
    )
    return env


def fetch(url):
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1
            response.read()
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def load(url, seconds, threads):
    """Requests per second and errors of `threads` clients fetching `url` for `seconds`."""
    import threading

    counts = {"ok": 0, "errors": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        while time.monotonic() < deadline:
            ok = fetch(url)
            with lock:
                counts["ok" if ok else "errors"] += 1

    workers = [threading.Thread(target=client) for _ in range(threads)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return {"rps": counts["ok"] / (time.monotonic() - started), "errors": counts["errors"]}


def serve(env):
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{THROUGHPUT_PORT}",
            "--workers",
            "2",
            "--timeout",
            "60",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if fetch(f"http://127.0.0.1:{THROUGHPUT_PORT}/healthz"):
            return process
        time.sleep(0.25)
    process.kill()
    sys.exit("bench: gunicorn did not answer /healthz within 60 s")


def throughput(size, paths, seconds, threads=8):
    pages = []
    for label in THROUGHPUT_PAGES:
        path = paths.get(label)
        if path:
            pages.append({"label": label, "path": path})
    # Production's static storage names files by their hash: collect them first.
    run(["manage.py", "collectstatic", "--noinput", "-v0"], production_environ(size, cached=False))
    for cached in (True, False):
        env = production_environ(size, cached=cached)
        run(["manage.py", "clear_cache"], env, capture=True)
        process = serve(env)
        try:
            for entry in pages:
                url = f"http://127.0.0.1:{THROUGHPUT_PORT}{entry['path']}"
                fetch(url)  # the first reader fills the caches
                entry["cached" if cached else "uncached"] = load(url, seconds, threads)
        finally:
            process.terminate()
            process.wait(timeout=30)
    return {
        "workers": 2,
        "threads": threads,
        "seconds": seconds,
        "database": BENCH_DB,
        "stories": size,
        "pages": pages,
    }


# Report ----------------------------------------------------------------------------------


def git_commit():
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return "unknown"
    return result.stdout.strip() or "unknown"


def value(row, phase, key):
    if row is None or phase not in row:
        return None
    return row[phase][key]


def cell(row, phase, key):
    if row is None:
        return "–"
    if phase not in row:
        status = str(row.get("status"))
        return f"**{status}**" if status.startswith("HTTP") else "**error**"
    number = row[phase][key] if phase != "page" else row[key]
    if key in {"cpu", "wall"}:
        return f"{number:.1f}"
    if key == "bytes":
        return f"{number / 1024:.1f}"
    return str(number)


def cpu_ratio(rows):
    first, last = value(rows[0], "warm", "cpu"), value(rows[-1], "warm", "cpu")
    if not first or last is None:
        return "–"
    ratio = last / first
    return f"{ratio:.2f}" if ratio <= CPU_RATIO_TARGET else f"**{ratio:.2f}**"


def constant(rows, phase):
    counts = [value(row, phase, "queries") for row in rows]
    if None in counts:
        return "–"
    if len(set(counts)) == 1:
        return "yes"
    return f"**no** ({counts[-1] - counts[0]:+d})"


def table(header, body):
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join(["---", "---"] + ["---:"] * (len(header) - 2)) + "|")
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return lines


def markdown(results, sizes, repeat, throughput=None):
    first = results[sizes[0]]
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    story_counts = ", ".join(f"{size}: {results[size]['stories']}" for size in sizes)
    lines = [
        "# Ashar page benchmark",
        "",
        f"{now}, commit {git_commit()}, Python {platform.python_version()}, "
        f"Django {first['django']}, Wagtail {first['wagtail']}, {first['database']}, "
        f"{platform.machine()} with {os.cpu_count()} CPUs. "
        f"Stories in `{BENCH_LANGUAGE}` per corpus: {story_counts}.",
        "",
        "Django test client in-process, DEBUG off, page cache off, one unmeasured request "
        f"per page. Medians of {repeat} requests. *Warm*: the caches kept (every reader "
        "after the first); *cold*: every cache cleared before each request (the first "
        "reader after a publish). *CPU ms*: process time, the main figure. *CPU ×*: warm "
        f"CPU at {sizes[-1]} stories over that at {sizes[0]} (target ≤ {CPU_RATIO_TARGET}). "
        "*Queries*: SQL statements of one request; *constant*: the same at every size.",
        "",
        "## CPU time",
        "",
    ]
    rows_by_page = [
        (label, [results[size]["rows"][index] for size in sizes])
        for index, (label, _model, _query) in enumerate(PAGES)
    ]
    header = ["Page", "URL"]
    header += [f"warm {size}" for size in sizes] + [f"cold {size}" for size in sizes]
    header += ["CPU ×", f"wall ms warm {sizes[-1]}"]
    body = []
    for label, rows in rows_by_page:
        paths = {row["path"] for row in rows if row.get("path")}
        url = " / ".join(f"`{unquote(path)}`" for path in sorted(paths)) or "–"
        cells = [label, url]
        cells += [cell(row, "warm", "cpu") for row in rows]
        cells += [cell(row, "cold", "cpu") for row in rows]
        cells += [cpu_ratio(rows), cell(rows[-1], "warm", "wall")]
        body.append(cells)
    lines += table(header, body)
    lines += ["", "## Queries and weight", ""]
    header = ["Page", "Queries"]
    header += [f"warm {size}" for size in sizes] + [f"cold {size}" for size in sizes]
    header += ["constant (warm, cold)"] + [f"KB {size}" for size in sizes]
    body = []
    for label, rows in rows_by_page:
        cells = [label, ""]
        cells += [cell(row, "warm", "queries") for row in rows]
        cells += [cell(row, "cold", "queries") for row in rows]
        cells.append(f"{constant(rows, 'warm')}, {constant(rows, 'cold')}")
        cells += [f"{row['bytes'] / 1024:.1f}" if row and "bytes" in row else "–" for row in rows]
        body.append(cells)
    lines += table(header, body)
    if throughput:
        lines += [
            "",
            "## Throughput",
            "",
            f"gunicorn, {throughput['workers']} sync workers, production settings, "
            f"{throughput['database']} with {throughput['stories']} stories, on 127.0.0.1; "
            f"{throughput['threads']} client threads for {throughput['seconds']} s per page "
            "and mode. Requests per second (errors, if any).",
            "",
        ]
        header = ["Page", "URL", "cached rps", "uncached rps"]
        body = [
            [
                entry["label"],
                f"`{unquote(entry['path'])}`",
                rate(entry["cached"]),
                rate(entry["uncached"]),
            ]
            for entry in throughput["pages"]
        ]
        lines += table(header, body)
    problems = [
        f"- {label} ({size} stories): {row.get('status')}"
        for size in sizes
        for (label, _model, _query), row in zip(PAGES, results[size]["rows"], strict=True)
        if "warm" not in row
    ]
    if problems:
        lines += ["", "Pages not measured:", *problems]
    return "\n".join(lines) + "\n"


def rate(result):
    text = f"{result['rps']:.0f}"
    return text if not result["errors"] else f"{text} (**{result['errors']} errors**)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
    parser.add_argument("--fresh", action="store_true", help="rebuild the corpora")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--throughput", action="store_true", help="also gunicorn's requests per second"
    )
    parser.add_argument("--seconds", type=float, default=5, help="load per page and mode")
    parser.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.count:
        setup_django()
        print(count_stories())
        return 0
    if options.prepare:
        setup_django()
        prepare_corpus()
        return 0
    if options.measure:
        setup_django()
        print(json.dumps(measure(options.repeat)))
        return 0

    results = {}
    for size in options.sizes:
        build_corpus(size, fresh=options.fresh)
        started = time.monotonic()
        results[size] = measure_corpus(size, options.repeat)
        print(f"[{size}] measured in {time.monotonic() - started:.0f} s")
    served = None
    if options.throughput:
        largest = options.sizes[-1]
        paths = {row["label"]: row.get("path") for row in results[largest]["rows"]}
        served = throughput(largest, paths, options.seconds)
    report = markdown(results, options.sizes, options.repeat, served)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(report, encoding="utf-8")
    print()
    print(report)
    print(f"Written to {options.output}")
    unmeasured = [
        row for size in options.sizes for row in results[size]["rows"] if "warm" not in row
    ]
    return 1 if unmeasured else 0


if __name__ == "__main__":
    sys.exit(main())
