"""Browser tests: Playwright driving Debian's Chromium against a real server with the demo
content.

Everything under tests/browser is marked `browser`. Without /usr/bin/chromium or an
importable Playwright these tests skip with the reason; with REQUIRE_BROWSER=1 (CI) they
fail instead.

Why a `runserver` subprocess rather than pytest-django's `live_server`: `live_server` is
session-scoped, but what it serves is the test database, which is emptied after every
transactional test, so the whole demo (41 municipalities, 234 stories in three languages,
generated photos) would have to be loaded again for each test. Instead `live_site`
copies the demo site of `demo_site.py` (`load_demo_data --stories 60`: what `make run`
shows a newcomer, with 60 of its 234 stories, every real one among them; loaded once per
run, or reused between local runs while the code is unchanged) and serves the copy with
`manage.py runserver --noreload` on a free 127.0.0.1 port, one per pytest-xdist worker
that runs browser tests. The server is
its own process, so Playwright's event loop never meets the ORM, and the suite's test
database is left alone. To point the tests
at a server that is already running (e.g. `make run` while working on templates), set
ASHAR_LIVE_SITE_URL=http://127.0.0.1:8000.
"""

import contextlib
import hashlib
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from config.settings.base import env_bool
from tests.browser import demo_site

BASE_DIR = Path(__file__).resolve().parent.parent.parent
BROWSER_TESTS_DIR = Path(__file__).resolve().parent
SCREENSHOT_DIR = BASE_DIR / "test-artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_args(site_host):
    """CHROMIUM_ARGS, and no host name resolves but the site's: a request to any other server
    fails inside Chromium, before it leaves the machine (the pages list it in
    `external_requests`). Not Playwright's request interception (`page.route`), which turns
    Chromium's HTTP cache off and sends every request through the test process: it doubled
    the CPU of each page load in Chromium (0.64 s to 1.28 s an admin edit view) and the
    server (0.25 s to 0.46 s), which served every script and style sheet again."""
    return [*CHROMIUM_ARGS, f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {site_host}"]


DEFAULT_VIEWPORT = {"width": 1280, "height": 900}
SERIOUS_IMPACTS = {"serious", "critical"}
SERVER_START_TIMEOUT = 90
PAGE_TIMEOUT = 15_000  # ms
DEMO_PASSWORD = "demo-pass-2026"  # the demo's public passwords (README "Demo logins")
ADMIN_LOCALE = "en-US"  # Chromium's own: the admin speaks its user's language
# Every page asks for reduced motion: Wagtail's admin pulses a badge for five seconds after
# each page load, which costs Chromium 0.15 s of CPU a second; the site has no animation.
CONTEXT_OPTIONS = {"reduced_motion": "reduce"}
# Where a page given back from the admin rests: a same-origin file of a few bytes, so that
# no admin script of an idle page runs on (`PagePool.give_back`).
RESTING_PATH = "/static/img/favicon.svg"

# Only matters if a browser test also touches the ORM in this process: Playwright's sync
# API keeps an event loop in the main thread, which Django would otherwise refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def browser_required():
    return env_bool("REQUIRE_BROWSER")


def browser_unavailable_reason():
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.is_file():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)."
    try:
        import axe_playwright_python.sync_playwright  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        return f"Playwright or axe-playwright-python cannot be imported ({error}); make install."
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark every test in this folder `browser`, before `-m` selects by marker."""
    for item in items:
        if BROWSER_TESTS_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def browser_available():
    reason = browser_unavailable_reason()
    if reason is None:
        return
    if browser_required():
        pytest.fail(f"REQUIRE_BROWSER=1 but the browser tests cannot run: {reason}")
    pytest.skip(reason)


def free_port():
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_answers(url):
    try:
        with urllib.request.urlopen(url, timeout=5):  # noqa: S310
            return True
    except urllib.error.HTTPError:
        return True  # it answered; the tests judge the status
    except OSError:
        return False


def tail(path, lines=40):
    if not path.exists():
        return ""
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def start_server(env, log_path):
    """Start runserver on a free port; retry if another process took the port first."""
    for _attempt in range(3):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        # Absolute URLs (API, feeds, oEmbed, canonical) name this server, as `make run` does.
        env = {**env, "ASHAR_PUBLIC_BASE_URL": url}
        log = log_path.open("w", encoding="utf-8")
        process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                str(BASE_DIR / "manage.py"),
                "runserver",
                "--noreload",
                "--skip-checks",  # `manage.py check` runs in CI; here they cost a second
                f"127.0.0.1:{port}",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline and process.poll() is None:
            if server_answers(f"{url}/ky/"):
                return process, log, url
            time.sleep(0.25)
        stop_server(process, log)
        if "already in use" not in tail(log_path):
            break
    pytest.fail(f"runserver did not start within {SERVER_START_TIMEOUT} s:\n{tail(log_path)}")


def stop_server(process, log):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    log.close()


def keep_demo_site(database, media):
    """With ASHAR_KEEP_DEMO_SITE=DIR, a copy of the freshly loaded demo (DIR/demo.sqlite3 and
    DIR/media), before any test touches it: CI's demo step runs the second, idempotent
    `load_demo_data` and the crawl on it instead of loading the demo once more. Every
    worker's copy is the same demo: the first to get there keeps it."""
    keep = os.environ.get("ASHAR_KEEP_DEMO_SITE", "").strip()
    if not keep:
        return
    target = Path(keep)
    target.mkdir(parents=True, exist_ok=True)
    if (target / "demo.sqlite3").exists():
        return
    partial = target / f"partial-{os.getpid()}"
    partial.mkdir()
    shutil.copytree(media, partial / "media")
    shutil.copyfile(database, partial / "demo.sqlite3")
    with contextlib.suppress(OSError):  # another worker was first
        (partial / "media").rename(target / "media")
        (partial / "demo.sqlite3").rename(target / "demo.sqlite3")
    shutil.rmtree(partial, ignore_errors=True)


@pytest.fixture(scope="session")
def live_site(browser_available, tmp_path_factory):
    """Base URL (no trailing slash) of a server holding the full demo content."""
    existing = os.environ.get("ASHAR_LIVE_SITE_URL", "").strip()
    if existing:
        yield existing.rstrip("/")
        return
    workdir = tmp_path_factory.mktemp("live-site")
    try:
        database, media = demo_site.demo_copy(workdir, stories=demo_site.DEMO_STORIES)
    except demo_site.DemoLoadError as error:
        pytest.fail(str(error))
    env = demo_site.server_environ(database, media)
    keep_demo_site(database, media)
    process, log, url = start_server(env, workdir / "runserver.log")
    try:
        yield url
    finally:
        stop_server(process, log)


@pytest.fixture(scope="session")
def playwright_driver(browser_available):
    from playwright.sync_api import sync_playwright

    driver = sync_playwright().start()
    yield driver
    driver.stop()


@pytest.fixture(scope="session")
def browser(playwright_driver, live_site):
    """Debian's Chromium, headless, with no background traffic of its own, that reaches no
    server but the site's host (`chromium_args`)."""
    chromium = playwright_driver.chromium.launch(
        executable_path=str(CHROMIUM),
        args=chromium_args(urlsplit(live_site).hostname),
        headless=True,
    )
    yield chromium
    chromium.close()


@pytest.fixture
def viewport():
    """Override with `@pytest.mark.parametrize("viewport", [{"width": 375, ...}])`."""
    return dict(DEFAULT_VIEWPORT)


@pytest.fixture
def browser_locale():
    """The browser's language (Accept-Language and navigator.language)."""
    return "ky"


def page_open(browser, live_site, viewport, browser_locale):
    """A fresh page in its own context (`page.context`, which the caller closes); relative
    URLs go to `live_site`.

    Requests to any other origin are listed in `page.external_requests` (the site must not
    depend on third-party servers; those on another host fail: `chromium_args`); uncaught
    JavaScript errors are listed in `page.javascript_errors`.
    """
    context = browser.new_context(
        viewport=viewport, locale=browser_locale, base_url=live_site, **CONTEXT_OPTIONS
    )
    context.set_default_timeout(PAGE_TIMEOUT)
    browser_page = context.new_page()
    browser_page.external_requests = []
    browser_page.javascript_errors = []

    site_origin = urlsplit(live_site)[:2]

    def note_external(request):
        url = request.url
        if urlsplit(url)[:2] != site_origin and not url.startswith(("data:", "blob:")):
            browser_page.external_requests.append(url)

    browser_page.on("request", note_external)
    browser_page.on("pageerror", lambda error: browser_page.javascript_errors.append(str(error)))
    return browser_page


class PagePool:
    """The worker's pages, reused from test to test: a new page costs Chromium a renderer
    and its caches (about 0.3 s of CPU, and its first page load is twice as dear as the
    next), so a test borrows an open page of its language and gives it back.

    Given back, a page forgets what a test may have changed through the fixtures' API: its
    cookies (so nobody stays signed in) and permissions, its media emulation (print), its
    timeouts and its lists of external requests and script errors; its viewport is set when
    it is lent. A page lent for a user (`user=`) is signed in as her (the sign-in form
    posted from this process: `session_cookies`) and stays signed in from test to test, as
    her browser would: the pool signs in again only when her session is gone. A page stays
    on the last page it showed (a navigation to about:blank would cost a new renderer),
    except an admin page: it rests on a small file of the site, since an open edit view
    pings the server every 10 s (a write: on SQLite it once made a 234-row import fail
    with "database is locked") and shows its user as editing the page to the others.
    Every test starts with a navigation. A test that changes anything else of its context
    (routes of its own, JavaScript off, extra headers, offline) opens its own context with
    `browser.new_context` and closes it."""

    def __init__(self, browser, live_site):
        self.browser = browser
        self.live_site = live_site
        self.idle = {}  # (language, user or None) -> pages

    def take(self, viewport=None, locale="ky", user=None):
        idle = self.idle.setdefault((locale, user), [])
        viewport = dict(viewport or DEFAULT_VIEWPORT)
        if idle:
            browser_page = idle.pop()
            browser_page.set_viewport_size(viewport)
        else:
            browser_page = page_open(self.browser, self.live_site, viewport, locale)
            browser_page.pool_key = (locale, user)
        if user and not any(
            cookie["name"] == "sessionid" for cookie in browser_page.context.cookies()
        ):
            browser_page.context.add_cookies(session_cookies(self.live_site, user))
        return browser_page

    def give_back(self, browser_page):
        from playwright.sync_api import Error

        if browser_page.is_closed():
            return
        _locale, user = browser_page.pool_key
        try:
            context = browser_page.context
            if user is None:
                context.clear_cookies()
            context.clear_permissions()
            browser_page.emulate_media(
                media="null",
                color_scheme="null",
                reduced_motion=CONTEXT_OPTIONS["reduced_motion"],
                forced_colors="null",
                contrast="null",
            )
            context.set_default_timeout(PAGE_TIMEOUT)
            browser_page.set_default_timeout(PAGE_TIMEOUT)
            if urlsplit(browser_page.url).path.startswith("/admin/"):
                browser_page.goto(RESTING_PATH)
        except Error:  # the page crashed or its context went away: a new one next time
            with contextlib.suppress(Error):
                browser_page.context.close()
            return
        browser_page.external_requests.clear()
        browser_page.javascript_errors.clear()
        self.idle.setdefault(browser_page.pool_key, []).append(browser_page)

    def close(self):
        for pages in self.idle.values():
            for browser_page in pages:
                browser_page.context.close()
        self.idle.clear()


@pytest.fixture(scope="session")
def page_pool(browser, live_site):
    pool = PagePool(browser, live_site)
    yield pool
    pool.close()


@pytest.fixture
def open_page(page_pool):
    """`open_page(viewport=None, locale="ky", user=None)` -> a page of the worker's pool
    (relative URLs go to the demo), signed in as `user` when given, given back after the
    test. Each call is another page with cookies of its own: a test that needs two
    people's screens at once takes two."""
    lent = []

    def take(viewport=None, locale="ky", user=None):
        browser_page = page_pool.take(viewport, locale, user)
        lent.append(browser_page)
        return browser_page

    yield take
    for browser_page in lent:
        page_pool.give_back(browser_page)


@pytest.fixture
def page(open_page, viewport, browser_locale):
    """A page of the worker's pool at `viewport` in `browser_locale` (`PagePool`)."""
    return open_page(viewport, browser_locale)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def session_cookies(live_site, username, password=DEMO_PASSWORD):
    """The cookies of `username` signed in through the admin's sign-in form, posted from
    this process (the form's CSRF token, then the password): for `context.add_cookies`.
    The pool signs its pages in so, which costs Chromium nothing (its two admin pages cost
    it about a second of CPU); `sign_in` is the form in the browser."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    login = f"{live_site}/admin/login/"
    with opener.open(login, timeout=30) as response:
        form = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    assert token, f"no CSRF token in {login}"
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token[1], "username": username, "password": password}
    ).encode()
    request = urllib.request.Request(login, data=data, headers={"Referer": login})  # noqa: S310
    try:
        opener.open(request, timeout=30)
        raise AssertionError(f"{username} was not signed in: the form came back")
    except urllib.error.HTTPError as answer:  # the redirect to the dashboard, not followed
        assert answer.code == 302 and answer.headers["Location"].endswith("/admin/"), (
            f"{username} was not signed in: {answer.code} {answer.headers['Location']}"
        )
    cookies = [{"name": c.name, "value": c.value, "url": live_site} for c in jar]
    assert any(cookie["name"] == "sessionid" for cookie in cookies)
    return cookies


def sign_in(page, username, password=DEMO_PASSWORD):
    """Sign in through the admin's login form and wait for the dashboard."""
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def screenshots_wanted():
    """Screenshots are for people to look at, and a full-page one costs Chromium about half
    a second of CPU: `make screenshots` (ASHAR_SCREENSHOTS=1) and CI write them, `make
    test` does not."""
    return env_bool("ASHAR_SCREENSHOTS")


def take_screenshot(page, name, *, full_page=True):
    """Save test-artifacts/screenshots/<name>.png (ignored by git) when screenshots are
    wanted, and return its path; else None."""
    if not re.fullmatch(r"[\w.-]+", name):
        raise ValueError(f"Screenshot names are file names, not {name!r}")
    if not screenshots_wanted():
        return None
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    path.unlink(missing_ok=True)
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture
def screenshot():
    """`screenshot(page, "home-ky-375")` -> Path of the PNG written, or None when
    screenshots are not wanted (`screenshots_wanted`)."""
    return take_screenshot


# What axe-core's result depends on: the document (its HTML, what was typed into its
# fields, what is hovered or focused) and the viewport; the styles come with the HTML.
AXE_INPUT = """() => JSON.stringify([
    document.documentElement.outerHTML,
    Array.from(document.querySelectorAll("input, select, textarea"), (field) =>
        [field.value, field.checked]),
    Array.from(document.querySelectorAll(":hover, :focus"), (element) =>
        element.outerHTML.slice(0, 300)),
    window.innerWidth,
    window.innerHeight,
])"""


class AxeResults:
    """axe-core's serious violations of every page state checked in this run, by the hash
    of what the result depends on (`AXE_INPUT`). The same page in the same state (the
    Kyrgyz home page at 375 px, say, which several modules check) is checked once per run,
    whichever worker checked it first: one axe-core run costs Chromium 0.3 to 0.8 s of CPU.
    The folder is the run's own (pytest's temporary folder, shared by the xdist workers of
    one run), so a change to the site is always checked afresh."""

    folder = None

    @classmethod
    def path(cls, page, axe_script, arguments):
        digest = hashlib.sha256()
        for part in (axe_script, arguments, page.evaluate(AXE_INPUT)):
            digest.update(part.encode())
            digest.update(b"\0")
        return cls.folder / f"{digest.hexdigest()}.json" if cls.folder else None

    @staticmethod
    def read(path):
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    @staticmethod
    def write(path, violations):
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(violations), encoding="utf-8")
        partial.replace(path)


@pytest.fixture(scope="session", autouse=True)
def axe_results_folder(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    AxeResults.folder = run / "axe-results"
    AxeResults.folder.mkdir(exist_ok=True)
    yield
    AxeResults.folder = None


def serious_axe_violations(page, context=None):
    """axe-core's violations of impact serious or critical on the page as it is now (read
    from `AxeResults` when this run has checked the same state). axe is injected into the
    page once: a second check of the same page (another width) reuses it."""
    from axe_playwright_python.sync_playwright import DEFAULT_OPTIONS, Axe

    axe = Axe()
    arguments = axe._format_script_args(context=context, options=DEFAULT_OPTIONS)
    memo = AxeResults.path(page, axe.axe_script, arguments)
    known = AxeResults.read(memo) if memo else None
    if known is not None:
        return known
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe.axe_script)
    results = page.evaluate(f"axe.run({arguments})")
    violations = [
        violation
        for violation in results.get("violations", [])
        if violation.get("impact") in SERIOUS_IMPACTS
    ]
    if memo:
        AxeResults.write(memo, violations)
    return violations


def describe_axe_violations(violations):
    lines = []
    for violation in violations:
        targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])]
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{len(targets)} elements, e.g. {targets[:3]}] {violation.get('helpUrl', '')}"
        )
    return "\n".join(lines)


def assert_no_serious_axe_violations(page, context=None):
    """Fail with a readable list when axe-core finds serious or critical violations."""
    violations = serious_axe_violations(page, context=context)
    assert not violations, (
        f"axe-core: {len(violations)} serious/critical accessibility violations on "
        f"{page.url}:\n{describe_axe_violations(violations)}"
    )


def load_lazy_images(page):
    """Load the lazy photos now, as a reader scrolling down would see them, before a
    full-page screenshot or an accessibility check: every `loading="lazy"` image made
    eager, then a wait until every image of the page has loaded or failed (no fixed
    pause: waiting for the network to stay idle costs half a second a page)."""
    page.evaluate(
        """() => document.querySelectorAll('img[loading="lazy"]').forEach((image) => {
            image.loading = "eager";
        })"""
    )
    page.wait_for_function("() => Array.from(document.images).every((image) => image.complete)")
