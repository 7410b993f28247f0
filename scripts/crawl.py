#!/usr/bin/env python
"""Fetch every live, public page in every locale and fail on anything but HTTP 200.

Usage (the database is whatever the settings point at, e.g. after load_demo_data):

    DATABASE_URL=sqlite:////tmp/ashar-crawl.sqlite3 .venv/bin/python scripts/crawl.py

Pages are fetched in-process through Django's test client with the settings of
DJANGO_SETTINGS_MODULE (config.settings.dev unless set), so an exception in a view fails
the crawl with its traceback. Every story's short link /s/<id>/ must redirect to a page
that answered 200. Every language of settings.LANGUAGES must have pages. The work is
shared between --jobs processes (one per CPU by default).
"""

import argparse
import logging
import multiprocessing
import os
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "site"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# The host every default settings module allows; Wagtail falls back to the default Site.
HOST = "localhost"


def page_paths():
    """(language, page type, path) of every live public page, and those no Site reaches."""
    from wagtail.models import Page

    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale", "content_type")
        .order_by("path")
    )
    found, unroutable = [], []
    for page in pages:
        parts = page.get_url_parts()
        label = f"{page.content_type.app_label}.{page.content_type.model}"
        if parts is None:
            unroutable.append(f"{page.locale.language_code} {label} #{page.pk} {page.title!r}")
        else:
            found.append((page.locale.language_code, label, parts[2]))
    return found, unroutable


def story_ids():
    from django.apps import apps

    story_model = apps.get_model("stories", "StoryPage")
    return list(story_model.objects.live().public().values_list("pk", flat=True))


def fetch(jobs):
    """Fetch (kind, label, path) jobs; return (kind, label, path, status, location, error).

    `error` is None or (one-line reason, full traceback) when the view raised.
    """
    from django.test import Client

    # Failures are reported at the end, grouped; Django's error log would repeat each one.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    client = Client(HTTP_HOST=HOST, raise_request_exception=True)
    results = []
    for kind, label, path in jobs:
        try:
            response = client.get(path)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then exit 1
            reason = f"{type(error).__name__}: {error}".splitlines()[0]
            results.append((kind, label, path, None, None, (reason, traceback.format_exc())))
            continue
        location = response.headers.get("Location")
        results.append((kind, label, path, response.status_code, location, None))
    return results


def fetch_all(jobs, processes):
    if processes <= 1 or len(jobs) < 2:
        return fetch(jobs)
    from django.db import connections

    connections.close_all()  # each forked process opens its own connection
    chunks = [jobs[index::processes] for index in range(processes)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        return [result for chunk in pool.map(fetch, chunks) for result in chunk]


def report(failures):
    """Print each reason once, with the paths it hit, then the first traceback."""
    groups = defaultdict(list)
    for path, reason, _detail in failures:
        groups[reason].append(path)
    print(f"{len(failures)} failures:", file=sys.stderr)
    for reason, paths in sorted(groups.items(), key=lambda item: -len(item[1])):
        shown = ", ".join(paths[:8]) + (f" and {len(paths) - 8} more" if len(paths) > 8 else "")
        print(f"  {len(paths)} x {reason}: {shown}", file=sys.stderr)
    first_traceback = next((detail for _path, _reason, detail in failures if detail), None)
    if first_traceback:
        print(f"\nFirst traceback:\n{first_traceback}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    options = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    started = time.monotonic()
    pages, unroutable = page_paths()
    if not pages:
        print("No live pages found: was load_demo_data run on this database?", file=sys.stderr)
        return 1
    languages = {path: language for language, _label, path in pages}
    jobs = [("page", label, path) for _language, label, path in pages]
    jobs += [("short link", "", f"/s/{story_id}/") for story_id in story_ids()]
    results = fetch_all(jobs, options.jobs)

    failures = [(page, "not routable: no Site reaches it", None) for page in unroutable]
    ok_paths = set()
    per_language = Counter()
    per_type = Counter()
    for kind, label, path, status, _location, error in results:
        if kind != "page":
            continue
        if status == 200:
            ok_paths.add(path)
            per_language[languages[path]] += 1
            per_type[label] += 1
        else:
            reason, detail = error if error else (f"HTTP {status}", None)
            failures.append((path, reason, detail))
    short_links = 0
    for kind, _label, path, status, location, error in results:
        if kind != "short link":
            continue
        target = unquote(urlsplit(location).path) if location else None
        if status in (301, 302) and target in ok_paths:
            short_links += 1
        elif error:
            failures.append((path, f"short link: {error[0]}", error[1]))
        else:
            failures.append((path, f"short link: HTTP {status} to {location}", None))
    for language, _name in settings.LANGUAGES:
        if not per_language[language]:
            failures.append((f"/{language}/", "no page of this language answered 200", None))

    elapsed = time.monotonic() - started
    print(
        f"Crawled {sum(per_language.values())} pages with status 200 in {elapsed:.0f} s "
        f"({options.jobs} processes): "
        + ", ".join(f"{language} {count}" for language, count in sorted(per_language.items()))
    )
    if not options.quiet:
        for label, count in sorted(per_type.items()):
            print(f"  {label}: {count}")
    print(f"{short_links} story short links /s/<id>/ redirect to a page that answered 200.")
    if failures:
        report(failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
