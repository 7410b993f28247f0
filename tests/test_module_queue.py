"""The order in which pytest-xdist workers take the test modules (tests/conftest.py)."""

from collections import OrderedDict

from tests.conftest import TEST_SECONDS, module_cost, module_next, module_queue


def _queue(sizes):
    return OrderedDict((scope, dict.fromkeys(range(size), False)) for scope, size in sizes)


def test_costliest_demo_module_first_the_others_once_the_demo_is_loaded():
    queue = _queue(
        [
            ("tests/a/test_small.py", 2),
            ("tests/browser/test_few.py", 1),
            ("tests/b/test_large.py", 6),
            ("tests/browser/test_many.py", 3),
            ("tests/c/test_middle.py", 4),
            ("tests/browser/test_some.py", 2),
            ("tests/home/test_load_demo_data.py", 5),
        ]
    )
    costs = {"tests/browser/test_many.py": 9.0, "tests/a/test_small.py": 5.0}

    order = list(module_queue(queue, costs=costs, demo_seconds=5.5))

    assert order == [
        "tests/browser/test_many.py",  # the costliest demo module: its worker loads the demo
        "tests/a/test_small.py",  # 5 s: less than the demo's 5.5 s
        "tests/b/test_large.py",  # 0.6 s more: the demo is loaded
        "tests/home/test_load_demo_data.py",  # needs the demo too
        "tests/c/test_middle.py",
        "tests/browser/test_some.py",
        "tests/browser/test_few.py",
    ]


def test_with_more_workers_more_modules_keep_them_busy_while_the_demo_loads():
    queue = _queue(
        [
            ("tests/a/test_small.py", 2),
            ("tests/browser/test_many.py", 3),
            ("tests/b/test_large.py", 6),
            ("tests/browser/test_some.py", 2),
            ("tests/c/test_middle.py", 4),
        ]
    )
    costs = {"tests/browser/test_many.py": 9.0, "tests/a/test_small.py": 5.0}

    order = list(module_queue(queue, costs=costs, demo_seconds=5.5, workers=3))

    assert order == [
        "tests/browser/test_many.py",  # its worker waits for the demo
        "tests/a/test_small.py",  # 5 s of the two other workers' 2 x 5.5 s
        "tests/b/test_large.py",  # 5.6 s: with two workers the demo would be loaded
        "tests/c/test_middle.py",  # 6 s: every other module before the next demo one
        "tests/browser/test_some.py",
    ]


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


def test_another_worker_takes_a_browser_module_when_nothing_else_is_left():
    queue = _queue([("tests/browser/test_some.py", 2), ("tests/browser/test_few.py", 1)])

    assert module_next(queue, browser_worker=False) == "tests/browser/test_some.py"
