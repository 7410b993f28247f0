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


BROWSER_NODE_PREFIX = "tests/browser/"
# Share of the other tests (by count) queued before the second and later browser modules:
# by then the first browser worker has loaded the demo, which the next one copies instead
# of waiting for it.
BROWSER_LATER_AFTER = 0.3


def module_queue(workqueue):
    """The order the workers take modules in: the largest browser module first (its worker
    loads the demo), then the largest other modules, the remaining browser modules once
    the demo is likely ready, and the smallest modules last, to fill the gaps at the end."""
    browser = [scope for scope in workqueue if scope.startswith(BROWSER_NODE_PREFIX)]
    others = [scope for scope in workqueue if not scope.startswith(BROWSER_NODE_PREFIX)]
    browser.sort(key=lambda scope: -len(workqueue[scope]))
    others.sort(key=lambda scope: -len(workqueue[scope]))
    total = sum(len(workqueue[scope]) for scope in others)
    early, counted = [], 0
    while others and counted < total * BROWSER_LATER_AFTER:
        early.append(others.pop(0))
        counted += len(workqueue[early[-1]])
    order = browser[:1] + early + browser[1:] + others
    return type(workqueue)((scope, workqueue[scope]) for scope in order)


def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist (`-n auto --dist loadscope`, see the Makefile) the tests of one
    module run on one worker, so a module's corpus is built once, and the modules are
    taken in the order of `module_queue`. Each worker that runs browser tests serves its
    own copy of the demo (tests/browser/demo_site.py). (xdist's own `loadgroup` marks
    cannot group tests under pytest 9: it renames node ids, which pytest 9 no longer
    allows.)"""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModuleScheduling(LoadScopeScheduling):
        ordered = False

        def _split_scope(self, nodeid):
            return nodeid.split("::", 1)[0]

        def _assign_work_unit(self, node):
            if not self.ordered:
                self.workqueue = module_queue(self.workqueue)
                self.ordered = True
            super()._assign_work_unit(node)

    return ModuleScheduling(config, log)


@pytest.fixture
def without_world_story(story):
    """The world's story taken off the site in every language, for the tests that count an
    exact corpus of their own (facet counts, totals, sort orders)."""
    world.story_hide()
