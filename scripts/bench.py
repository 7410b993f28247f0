#!/usr/bin/env python
"""Measure each kind of page at two corpus sizes: SQL queries, server time, HTML size.

    .venv/bin/python scripts/bench.py            # or: make bench
    .venv/bin/python scripts/bench.py --fresh    # rebuild the corpora first

For each size (234 and 2,000 stories) a SQLite database /tmp/ashar-bench-<N>.sqlite3 is
built with `migrate` and `load_demo_data --stories <N> --quiet`, and kept for the next run
(reused while it still holds the same number of stories; `--fresh` rebuilds it). Each size
is measured in its own Python process, so DATABASE_URL and the settings apply cleanly.

What is measured, per page, with Django's test client in-process (config.settings.dev with
DEBUG off, so templates and the database behave as in production, SQLite, no REDIS_URL):
- one untimed request first, to warm the process (imports, URL resolvers, templates);
- every cache (pages, fragments, the story records of stories.cache, Wagtail's site-root
  paths) is cleared before each measured request, so a cache hit never hides the work:
  the figures are those of a reader who misses every cache;
- "queries": the SQL statements of one request (CaptureQueriesContext);
- "ms": the median wall time of --repeat requests (15 by default) inside Django
  (middleware, view, template rendering), without network or a web server;
- "KB": the size of the HTML as sent, uncompressed.
The Markdown table is printed and written to bench-results/latest.md.
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
DEFAULT_OUTPUT = BASE_DIR / "bench-results" / "latest.md"
BENCH_LANGUAGE = "ky"

# (label, model to find the page by, extra query string)
PAGES = [
    ("Home", "home.HomePage", None),
    ("Story index", "stories.StoryIndexPage", None),
    (
        "Story index, filtered",
        "stories.StoryIndexPage",
        {"region": "issyk-kul", "topic": "drinking-water"},
    ),
    ("Story index, searched", "stories.StoryIndexPage", {"q": "суу"}),
    ("Story page", "stories.StoryPage", None),
    ("Municipality index", "municipalities.MunicipalityIndexPage", None),
    ("Municipality page", "municipalities.MunicipalityPage", None),
    ("Register page", "registry.ServiceRegisterPage", None),
    ("Service page", "registry.ServicePage", None),
    ("Registry index", "registry.RegistryIndexPage", None),
    ("News index", "municipalities.NewsIndexPage", None),
]


def corpus_paths(size):
    return (
        Path(f"/tmp/ashar-bench-{size}.sqlite3"),  # noqa: S108 - a throwaway bench corpus
        Path(f"/tmp/ashar-bench-{size}-media"),  # noqa: S108
        Path(f"/tmp/ashar-bench-{size}.json"),  # noqa: S108
    )


def corpus_environ(size):
    database, media, _ = corpus_paths(size)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "MEDIA_ROOT", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(media),
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        PYTHONPATH=str(BASE_DIR / "site"),
    )
    return env


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
    if not fresh and database.exists() and record.exists():
        run(["manage.py", "migrate", "--noinput", "-v0"], env)
        expected = json.loads(record.read_text())["stories"]
        count = story_count(size)
        if count == expected:
            print(f"[{size}] reusing {database} ({count} {BENCH_LANGUAGE} stories)")
            return count
        print(f"[{size}] {database} holds {count} stories, expected {expected}: rebuilding")

    for path in (database, record):
        path.unlink(missing_ok=True)
    shutil.rmtree(media, ignore_errors=True)
    started = time.monotonic()
    print(f"[{size}] building {database} ...", flush=True)
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


def count_stories():
    from django.apps import apps

    story_model = apps.get_model("stories", "StoryPage")
    return story_model.objects.live().filter(locale__language_code=BENCH_LANGUAGE).count()


def first_page_path(model_label):
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


def clear_caches():
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def measure_page(client, path, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        warm = client.get(path)
    except Exception as error:  # noqa: BLE001 - reported in the table, the bench goes on
        return {"status": f"{type(error).__name__}: {error}".splitlines()[0]}
    if warm.status_code != 200:
        return {"status": f"HTTP {warm.status_code}"}
    clear_caches()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    # Read now: the next request empties the connection's query log.
    query_count = len(queries.captured_queries)
    timings = []
    for _ in range(repeat):
        clear_caches()
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "status": response.status_code,
        "queries": query_count,
        "ms": statistics.median(timings),
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
                path = f"{path}?{urlencode(query)}"
            rows.append({"label": label, "path": path, **measure_page(client, path, repeat)})
    import django
    import wagtail

    return {
        "stories": count_stories(),
        "rows": rows,
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
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


def cell(row, key):
    if row is None:
        return "–"
    if key not in row:
        status = str(row.get("status"))
        return f"**{status}**" if status.startswith("HTTP") else "**error**"
    value = row[key]
    if key == "ms":
        return f"{value:.1f}"
    if key == "bytes":
        return f"{value / 1024:.1f}"
    return str(value)


def markdown(results, sizes, repeat):
    django_version = results[sizes[0]]["django"]
    wagtail_version = results[sizes[0]]["wagtail"]
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    story_counts = ", ".join(f"{size}: {results[size]['stories']}" for size in sizes)
    lines = [
        "# Ashar page benchmark",
        "",
        f"{now}, commit {git_commit()}, Python {platform.python_version()}, "
        f"Django {django_version}, Wagtail {wagtail_version}, SQLite, "
        f"{platform.machine()} with {os.cpu_count()} CPUs. "
        f"Stories in `{BENCH_LANGUAGE}` per corpus: {story_counts}.",
        "",
        "Django test client in-process, DEBUG off, one warm-up request per page, every "
        "cache cleared before each measured request. *Queries*: SQL statements of one "
        f"request. *ms*: median server time of {repeat} requests. *KB*: HTML, uncompressed. "
        "*Constant*: whether the query count is the same at both sizes.",
        "",
    ]
    header = ["Page", "URL"]
    for key in ("Queries", "ms", "KB"):
        header += [f"{key} {size}" for size in sizes]
    header.append("Constant")
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join(["---", "---"] + ["---:"] * (len(header) - 3) + [":---:"]) + "|")
    for index, (label, _model, _query) in enumerate(PAGES):
        rows = [results[size]["rows"][index] for size in sizes]
        paths = {row["path"] for row in rows if row.get("path")}
        url = " / ".join(f"`{unquote(path)}`" for path in sorted(paths)) or "–"
        cells = [label, url]
        for key in ("queries", "ms", "bytes"):
            cells += [cell(row, key) for row in rows]
        counts = [row.get("queries") for row in rows]
        if None in counts:
            cells.append("–")
        elif len(set(counts)) == 1:
            cells.append("yes")
        else:
            cells.append(f"**no** ({counts[-1] - counts[0]:+d})")
        lines.append("| " + " | ".join(cells) + " |")
    problems = [
        f"- {label} ({size} stories): {row.get('status')}"
        for size in sizes
        for (label, _model, _query), row in zip(PAGES, results[size]["rows"], strict=True)
        if "queries" not in row
    ]
    if problems:
        lines += ["", "Pages not measured:", *problems]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
    parser.add_argument("--fresh", action="store_true", help="rebuild the corpora")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.count:
        setup_django()
        print(count_stories())
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
    report = markdown(results, options.sizes, options.repeat)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(report, encoding="utf-8")
    print()
    print(report)
    print(f"Written to {options.output}")
    unmeasured = [
        row for size in options.sizes for row in results[size]["rows"] if "queries" not in row
    ]
    return 1 if unmeasured else 0


if __name__ == "__main__":
    sys.exit(main())
