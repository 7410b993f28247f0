"""Shared fixtures. The world (tests/world.py: locales, reference snippets, the site tree
and a municipality with a story, in three languages) is built once per session; the
fixtures below read it back, fresh for each test. A test builds only what it changes."""

import pytest
from django.core.cache import cache

from core.indexing import index_auto_update
from tests import sqlite_template, world

LANGUAGES = world.LANGUAGES


def _on_sqlite():
    from django.conf import settings

    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite each worker's test database is a copy of the migrated template
    (tests/sqlite_template.py) instead of running every migration again."""
    if not _on_sqlite():
        return
    from django.conf import settings

    path = sqlite_template.copy_to(tmp_path_factory.mktemp("database") / "test.sqlite3")
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = str(path)


@pytest.fixture(scope="session")
def django_db_keepdb(request):
    """Keep (use as it is) the SQLite copy of the template; on other databases as
    --reuse-db says."""
    return _on_sqlite() or request.config.getvalue("reuse_db")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with the world in it, committed once for the session."""
    with django_db_blocker.unblock():
        world.build()


@pytest.fixture(scope="session", autouse=True)
def _index_updates_off():
    """Saves do not update the search and reference indexes (a third of the cost of
    building pages); the tests about search ask for `search_index`."""
    with index_auto_update(False):
        yield


@pytest.fixture
def search_index():
    """Saves in this test update the search index and the reference index, as in
    production."""
    with index_auto_update(True):
        yield


@pytest.fixture
def locales(db):
    return world.locales()


@pytest.fixture
def reference(locales):
    """One region, district, two topics, a vulnerable group and a programme in three
    languages."""
    return world.reference()


@pytest.fixture
def site_tree(locales):
    """The home page as the default site's root, with the index pages, in ky, ru and en."""
    return world.site_tree()


@pytest.fixture
def municipality(site_tree, reference):
    """Бостери, published in three languages with one dated figure."""
    return world.municipality()


@pytest.fixture
def story(municipality, reference):
    """A published story in Бостери with a topic, a group and a programme, in three
    languages."""
    return world.story()


@pytest.fixture(scope="module")
def sized_corpus(request, django_db_setup, django_db_blocker):
    """tests/municipalities/corpus.py at the size given by an indirect parametrize
    (`@pytest.mark.parametrize("sized_corpus", (2, 8), indirect=True)`): built once per
    module and size on top of the world, rolled back after the module's tests of that size."""
    from tests.municipalities.corpus import corpus

    with world.module_corpus(django_db_blocker):
        yield corpus(world.site_tree(), world.reference(), request.param)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: cached story records never leak between tests."""
    cache.clear()
    yield
    cache.clear()


# The modules that need the demo site (tests/browser/demo_site.py): the browser tests and,
# on SQLite, the demo loader's tests, which read the same demo; with the markers of their
# tests (their modules' `pytestmark`), which decide whether a run's `-m` selects them.
BROWSER_MODULES = "tests/browser/"
DEMO_MODULE_MARKERS = {BROWSER_MODULES: {"browser"}, "tests/home/test_load_demo_data.py": set()}
DEMO_MODULES = tuple(DEMO_MODULE_MARKERS)
# The modules whose tests use no database: while the migrated SQLite template is being
# made (on a new machine, or after a new migration: about 15 s), the workers take these
# first rather than wait for it. A module missing here only waits its turn; a module here
# that comes to use the database fails its tests (`pytest_runtest_setup`).
DATABASE_FREE_MODULES = frozenset(
    {
        "tests/core/test_clear_cache.py",
        "tests/core/test_formats.py",
        "tests/core/test_hyphenation.py",
        "tests/core/test_listing.py",
        "tests/core/test_logging.py",
        "tests/core/test_money.py",
        "tests/core/test_places.py",
        "tests/core/test_regionmap.py",
        "tests/core/test_sqlite_writers.py",
        "tests/core/test_translatable_fields.py",
        "tests/core/test_views.py",
        "tests/faults/test_settings.py",
        "tests/home/test_demo_data.py",
        "tests/stories/test_templatetags.py",
        "tests/test_architecture.py",
        "tests/test_demo_controller.py",
        "tests/test_module_queue.py",
        "tests/test_production_base_url.py",
        "tests/test_settings.py",
        "tests/test_translations_catalogues.py",
    }
)
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "_django_db_helper"}


def uses_database(item):
    """Whether the test `item` may use the database (pytest-django's mark or fixtures)."""
    return bool(item.get_closest_marker("django_db")) or bool(
        DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def pytest_runtest_setup(item):
    """Keep DATABASE_FREE_MODULES true: a test there that may use the database fails, with
    the reason."""
    module = item.nodeid.split("::", 1)[0]
    if module in DATABASE_FREE_MODULES and uses_database(item):
        pytest.fail(
            f"{module} uses the database: take it out of DATABASE_FREE_MODULES (tests/conftest.py)",
            pytrace=False,
        )


# A module's cost for the queue: its seconds in `make test` with the demo loaded (the sum
# of its tests' times, setup and teardown included, from `--junitxml`: the browser tests'
# with Chromium's and the server's time) when it is far from TEST_SECONDS per test;
# refresh the lines when a module's cost changes much. The others cost TEST_SECONDS a test.
TEST_SECONDS = 0.1
MODULE_SECONDS = {
    "tests/browser/test_import.py": 27,
    "tests/browser/test_share_workflow.py": 21,
    "tests/browser/test_accessibility.py": 21,
    "tests/home/test_load_demo_data.py": 17,
    "tests/browser/test_stories.py": 13,
    "tests/browser/test_listings.py": 11,
    "tests/browser/test_content_health.py": 11,
    "tests/partners/test_exports.py": 10,
    "tests/stories/test_import.py": 9,
    "tests/municipalities/test_submissions.py": 7,
    "tests/browser/test_import_register.py": 7,
    "tests/faults/test_settings.py": 7,
    "tests/municipalities/test_pages.py": 6,
    "tests/test_permission_matrix.py": 6,
    "tests/stories/test_queries.py": 5,
    "tests/registry/test_queries.py": 5,
    "tests/test_admin.py": 5,
    "tests/municipalities/test_queries.py": 4,
    "tests/browser/test_print.py": 4,
    "tests/browser/test_languages.py": 4,
    "tests/home/test_queries.py": 4,
    "tests/browser/test_smoke.py": 4,
    "tests/browser/test_home.py": 4,
    "tests/core/test_dashboard.py": 4,
    "tests/home/test_pages.py": 4,
    "tests/browser/test_site_search.py": 4,
    "tests/partners/test_api.py": 3,
    "tests/test_settings.py": 3,
    "tests/test_translations_catalogues.py": 3,
    "tests/registry/test_import_admin.py": 3,
    "tests/browser/test_map_journey.py": 3,
    "tests/municipalities/test_notifications.py": 2,
    "tests/home/test_site_search_queries.py": 2,
    "tests/core/test_reference_data.py": 2,
    "tests/municipalities/test_content_health_queries.py": 2,
    "tests/stories/test_selectors.py": 2,
    "tests/core/test_translation_sync.py": 2,
}


def module_cost(scope, tests, costs=None):
    costs = MODULE_SECONDS if costs is None else costs
    return costs.get(scope, TEST_SECONDS * len(tests))


def module_queue(workqueue, *, costs=None):
    """The order the workers take modules in (each takes the next when it is nearly done,
    `module_next`): from the costliest to the cheapest, so that the cheap ones fill the
    gaps at the end (longest processing time first)."""
    order = sorted(
        workqueue, key=lambda scope: module_cost(scope, workqueue[scope], costs), reverse=True
    )
    return type(workqueue)((scope, workqueue[scope]) for scope in order)


def _demo_modules(config):
    """The modules of DEMO_MODULES whose tests the run's `-m` expression selects; on
    PostgreSQL the loader's tests load the demo themselves."""
    from _pytest.mark.expression import Expression

    markexpr = config.getoption("markexpr", "") or ""
    modules = DEMO_MODULES if _on_sqlite() else (BROWSER_MODULES,)
    if not markexpr:
        return modules
    expression = Expression.compile(markexpr)

    def selects(module):
        markers = DEMO_MODULE_MARKERS[module]
        return expression.evaluate(lambda name, **_kwargs: name in markers)

    return tuple(module for module in modules if selects(module))


def _run_needs_demo(config):
    """Whether the run's paths hold a module that needs the demo site and its `-m` selects
    its tests (a `-k` may still leave them out: then the demo load is stopped when the run
    ends, `demo_site.demo_load_stop`)."""
    from pathlib import Path

    if config.option.collectonly:
        return False
    root = Path(config.rootpath)
    demo_paths = [root / module for module in _demo_modules(config)]
    for arg in config.args:
        path = (Path(config.invocation_params.dir) / arg.split("::", 1)[0]).resolve()
        if any(path == demo or path in demo.parents or demo in path.parents for demo in demo_paths):
            return True
    return False


def pytest_configure(config):
    """Under pytest-xdist the controller starts loading the demo site right away (before
    its workers have started and collected), when the run holds a module that needs it;
    the workers wait for it on its lock (tests/browser/demo_site.py). It notes where the
    migrated SQLite template is (`module_next` asks whether it is made yet)."""
    if hasattr(config, "workerinput") or not config.getoption("numprocesses", None):
        return
    if config.getoption("dist", "no") == "no":
        return
    if _on_sqlite():
        from tests import sqlite_template

        config.stash[DATABASE_TEMPLATE] = sqlite_template.template_file()
    if not _run_needs_demo(config):
        return
    import uuid

    from tests.browser import demo_site

    # The run's id, which pytest-xdist hands to the workers: under CI it names the demo.
    if config.option.testrunuid is None:
        config.option.testrunuid = uuid.uuid4().hex
    config.stash[DEMO_LOAD] = demo_site.demo_load_start(
        stories=demo_site.DEMO_STORIES, run_id=config.option.testrunuid
    )


DEMO_LOAD = pytest.StashKey()
DATABASE_TEMPLATE = pytest.StashKey()


def pytest_unconfigure(config):
    """The controller ends a demo load that no worker waited for (see `pytest_configure`)."""
    thread = config.stash.get(DEMO_LOAD, None)
    if thread is not None and thread.is_alive():
        from tests.browser import demo_site

        demo_site.demo_load_stop(thread)


def module_next(workqueue, *, browser_worker, demo_ready=True, database_ready=True):
    """The module a worker takes next from the ordered (non-empty) queue. Until the
    migrated SQLite template is made (`database_ready`), the workers take the modules of
    DATABASE_FREE_MODULES first. Until the demo is loaded (`demo_ready`), every worker
    takes the modules that do not need it, so that none waits idle for the load (on a new
    machine it migrates the template first: about 40 s in all), and a demo module only
    when nothing else is left. The browser modules go to one worker (`browser_worker`:
    this one runs them, or none does yet, or it is stopping), which takes them before any
    other: two workers driving two Chromiums and two servers cost the browser tests half as
    much CPU again for no shorter run (docs/testing.md, "Fifth round"). The other workers
    take the other modules; None when only browser modules are left: such a worker stops,
    and its core serves the browser worker's Chromium and server (a second pair would
    first spend seconds starting)."""
    if not database_ready:
        free = [scope for scope in workqueue if scope in DATABASE_FREE_MODULES]
        if free:
            return free[0]
    if not demo_ready:
        free = [scope for scope in workqueue if not scope.startswith(DEMO_MODULES)]
        if free:
            return free[0]
    browser = [scope for scope in workqueue if scope.startswith(BROWSER_MODULES)]
    others = [scope for scope in workqueue if not scope.startswith(BROWSER_MODULES)]
    if not browser_worker:
        return others[0] if others else None
    return (browser or others)[0]


def _database_ready(config):
    """Whether the migrated SQLite template the tests copy is there (or not needed)."""
    template = config.stash.get(DATABASE_TEMPLATE, None)
    return template is None or template.exists()


def _demo_ready(config):
    """Whether the demo the controller started loading (`pytest_configure`) is loaded: no
    load started (none needed, or another run is loading it) counts as loaded."""
    thread = config.stash.get(DEMO_LOAD, None)
    return thread is None or not thread.is_alive()


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: `-p no:xdist` runs without it
def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist (`-n auto --dist loadscope`, see the Makefile) the tests of one
    module run on one worker, so a module's corpus is built once, and the modules are
    taken in the order of `module_queue`, the browser modules by one worker, the modules
    that need the demo once it is loaded, those without a database first while the
    template is made (`module_next`). Each worker that runs browser tests serves its own
    copy of the demo (tests/browser/demo_site.py). (xdist's own `loadgroup` marks cannot
    group tests under pytest 9: it renames node ids, which pytest 9 no longer allows.)"""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModuleScheduling(LoadScopeScheduling):
        ordered = False
        browser_node = None

        def _split_scope(self, nodeid):
            return nodeid.split("::", 1)[0]

        def _next_scope(self, node):
            if not self.ordered:
                self.workqueue = module_queue(self.workqueue)
                self.ordered = True
            browser = self.browser_node
            return module_next(
                self.workqueue,
                browser_worker=browser is None or browser is node or browser.shutting_down,
                demo_ready=_demo_ready(config),
                database_ready=_database_ready(config),
            )

        def _assign_work_unit(self, node):
            scope = self._next_scope(node)
            if scope is None:
                node.shutdown()
                return
            if scope.startswith(BROWSER_MODULES) and self.browser_node is None:
                self.browser_node = node
            self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

        def remove_node(self, node):
            if node is self.browser_node:
                self.browser_node = None
            return super().remove_node(node)

    return ModuleScheduling(config, log)


@pytest.fixture
def without_world_story(story):
    """The world's story taken off the site in every language, for the tests that count an
    exact corpus of their own (facet counts, totals, sort orders)."""
    world.story_hide()
