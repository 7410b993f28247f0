"""The order in which pytest-xdist workers take the test modules (tests/conftest.py)."""

from collections import OrderedDict
from pathlib import Path

from tests.conftest import (
    DATABASE_FREE_MODULES,
    TEST_SECONDS,
    module_cost,
    module_next,
    module_queue,
    uses_database,
)


def _queue(sizes):
    return OrderedDict((scope, dict.fromkeys(range(size), False)) for scope, size in sizes)


def test_the_costliest_modules_first_demo_modules_among_them():
    queue = _queue(
        [
            ("tests/a/test_small.py", 2),
            ("tests/browser/test_few.py", 1),
            ("tests/b/test_large.py", 6),
            ("tests/browser/test_many.py", 3),
            ("tests/c/test_middle.py", 4),
            ("tests/home/test_load_demo_data.py", 5),
        ]
    )
    costs = {"tests/browser/test_many.py": 9.0, "tests/a/test_small.py": 5.0}

    assert list(module_queue(queue, costs=costs)) == [
        "tests/browser/test_many.py",  # 9 s
        "tests/a/test_small.py",  # 5 s, measured
        "tests/b/test_large.py",  # 6 tests: 0.6 s
        "tests/home/test_load_demo_data.py",  # 0.5 s
        "tests/c/test_middle.py",  # 0.4 s
        "tests/browser/test_few.py",  # 0.1 s
    ]


def test_until_the_demo_is_loaded_every_worker_takes_the_modules_without_it():
    queue = _queue(
        [
            ("tests/browser/test_many.py", 3),
            ("tests/home/test_load_demo_data.py", 5),
            ("tests/a/test_small.py", 2),
            ("tests/b/test_large.py", 6),
        ]
    )

    # The demo loading: the browser modules and the demo loader's wait, for every worker.
    assert module_next(queue, browser_worker=True, demo_ready=False) == "tests/a/test_small.py"
    assert module_next(queue, browser_worker=False, demo_ready=False) == "tests/a/test_small.py"
    # Loaded: the browser worker takes its modules, another the demo loader's first.
    assert module_next(queue, browser_worker=True) == "tests/browser/test_many.py"
    assert module_next(queue, browser_worker=False) == "tests/home/test_load_demo_data.py"
    # Nothing else left: a worker takes a demo module and waits for the load.
    del queue["tests/a/test_small.py"], queue["tests/b/test_large.py"]
    assert (
        module_next(queue, browser_worker=False, demo_ready=False)
        == "tests/home/test_load_demo_data.py"
    )
    assert module_next(queue, browser_worker=True, demo_ready=False) == "tests/browser/test_many.py"


def test_a_module_costs_its_measured_seconds_or_its_tests():
    costs = {"tests/x.py": 12.5}
    assert module_cost("tests/x.py", [1, 2], costs) == 12.5
    assert module_cost("tests/y.py", [1, 2, 3], costs) == 3 * TEST_SECONDS


def test_every_module_keeps_its_tests():
    queue = _queue([("tests/x.py", 3), ("tests/browser/test_y.py", 2)])

    reordered = module_queue(queue)

    assert isinstance(reordered, OrderedDict)
    assert {scope: list(tests) for scope, tests in reordered.items()} == {
        "tests/x.py": [0, 1, 2],
        "tests/browser/test_y.py": [0, 1],
    }


def test_without_demo_modules_the_costliest_modules_come_first():
    queue = _queue([("tests/x.py", 1), ("tests/y.py", 5), ("tests/z.py", 3)])

    assert list(module_queue(queue, costs={"tests/x.py": 60})) == [
        "tests/x.py",
        "tests/y.py",
        "tests/z.py",
    ]


def test_one_worker_takes_the_browser_modules_first_the_others_take_the_rest():
    queue = _queue(
        [
            ("tests/a/test_small.py", 2),
            ("tests/browser/test_many.py", 3),
            ("tests/b/test_large.py", 6),
            ("tests/browser/test_some.py", 2),
        ]
    )

    # The browser worker takes the browser modules first, whatever their place in the queue.
    assert module_next(queue, browser_worker=True) == "tests/browser/test_many.py"
    # Another worker passes them by.
    assert module_next(queue, browser_worker=False) == "tests/a/test_small.py"
    del queue["tests/a/test_small.py"]
    assert module_next(queue, browser_worker=False) == "tests/b/test_large.py"
    # With no browser module left, the browser worker takes the others.
    del queue["tests/browser/test_many.py"], queue["tests/browser/test_some.py"]
    assert module_next(queue, browser_worker=True) == "tests/b/test_large.py"


def test_another_worker_stops_when_only_browser_modules_are_left():
    queue = _queue([("tests/browser/test_some.py", 2), ("tests/browser/test_few.py", 1)])

    assert module_next(queue, browser_worker=False) is None
    assert module_next(queue, browser_worker=True) == "tests/browser/test_some.py"


def test_until_the_database_template_is_made_the_modules_without_a_database_first():
    queue = _queue(
        [
            ("tests/browser/test_many.py", 3),
            ("tests/b/test_large.py", 6),
            ("tests/test_settings.py", 2),
        ]
    )

    for browser_worker in (True, False):
        assert (
            module_next(queue, browser_worker=browser_worker, database_ready=False)
            == "tests/test_settings.py"
        )
    del queue["tests/test_settings.py"]
    # None left: the worker takes the next module and waits for the template.
    assert module_next(queue, browser_worker=False, database_ready=False) == "tests/b/test_large.py"


def test_the_modules_without_a_database_use_none():
    """DATABASE_FREE_MODULES holds modules that exist; a test of theirs that may use the
    database fails (`pytest_runtest_setup`): what counts as using it, on one item of each
    kind."""

    class Item:
        def __init__(self, fixtures, marked=False):
            self.fixturenames = fixtures
            self.marked = marked

        def get_closest_marker(self, name):
            return object() if self.marked and name == "django_db" else None

    assert not uses_database(Item(["settings", "tmp_path"]))
    assert uses_database(Item(["db"]))
    assert uses_database(Item(["registers", "django_db_setup"]))
    assert uses_database(Item([], marked=True))
    root = Path(__file__).resolve().parent.parent
    assert all((root / module).is_file() for module in DATABASE_FREE_MODULES)
