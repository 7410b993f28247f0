"""The order in which pytest-xdist workers take the test modules (tests/conftest.py)."""

from collections import OrderedDict

from tests.conftest import module_queue


def _queue(sizes):
    return OrderedDict((scope, dict.fromkeys(range(size), False)) for scope, size in sizes)


def test_largest_browser_module_first_the_others_after_a_share_of_the_rest():
    queue = _queue(
        [
            ("tests/a/test_small.py", 2),
            ("tests/browser/test_few.py", 1),
            ("tests/b/test_large.py", 6),
            ("tests/browser/test_many.py", 3),
            ("tests/c/test_middle.py", 4),
            ("tests/browser/test_some.py", 2),
        ]
    )

    order = list(module_queue(queue))

    assert order == [
        "tests/browser/test_many.py",
        "tests/b/test_large.py",  # 6 of 12 other tests: past the share of 0.3
        "tests/browser/test_some.py",
        "tests/browser/test_few.py",
        "tests/c/test_middle.py",
        "tests/a/test_small.py",
    ]


def test_every_module_keeps_its_tests():
    queue = _queue([("tests/x.py", 3), ("tests/browser/test_y.py", 2)])

    reordered = module_queue(queue)

    assert isinstance(reordered, OrderedDict)
    assert {scope: list(tests) for scope, tests in reordered.items()} == {
        "tests/x.py": [0, 1, 2],
        "tests/browser/test_y.py": [0, 1],
    }


def test_without_browser_modules_the_largest_modules_come_first():
    queue = _queue([("tests/x.py", 1), ("tests/y.py", 5), ("tests/z.py", 3)])

    assert list(module_queue(queue)) == ["tests/y.py", "tests/z.py", "tests/x.py"]
