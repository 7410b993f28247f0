"""The pytest-xdist controller starts loading the demo site before its workers start, only
for a run whose paths and `-m` select a module that needs it, and ends a load nobody waited
for when the run is over (tests/conftest.py, tests/browser/demo_site.py)."""

import importlib
import os
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import conftest
from tests.browser import demo_site

ROOT = Path(__file__).resolve().parent.parent
# The markers the suite registers (pyproject.toml) that `-m` selects on.
SELECTING_MARKERS = {"browser", "sqlite"}


def run_config(markexpr="", args=("tests",)):
    options = SimpleNamespace(collectonly=False, markexpr=markexpr)
    return SimpleNamespace(
        option=options,
        getoption=lambda name, default=None: getattr(options, name, default),
        rootpath=ROOT,
        args=list(args),
        invocation_params=SimpleNamespace(dir=ROOT),
    )


@pytest.mark.parametrize(
    ("markexpr", "args", "on_sqlite", "on_postgresql"),
    [
        ("", ["tests"], True, True),
        ("", ["tests/stories"], False, False),
        ("", ["tests/browser/test_smoke.py::test_home"], True, True),
        ("browser", ["tests"], True, True),
        # the loader's tests read the demo on SQLite and load their own on PostgreSQL
        ("not browser", ["tests"], True, False),
        ("not browser", ["tests/home/test_load_demo_data.py"], True, False),
        # CI's step of the SQLite-specific tests: no demo module has a test marked sqlite
        ("sqlite and not browser", ["tests"], False, False),
        ("sqlite", ["tests"], False, False),
        ("sqlite or browser", ["tests"], True, True),
    ],
)
def test_the_demo_is_loaded_for_a_run_that_selects_a_module_needing_it(
    markexpr, args, on_sqlite, on_postgresql
):
    expected = on_sqlite if conftest._on_sqlite() else on_postgresql
    assert conftest._run_needs_demo(run_config(markexpr, args)) is expected


def _selecting_markers(obj):
    marks = getattr(obj, "pytestmark", [])
    marks = marks if isinstance(marks, list) else [marks]
    return {mark.name for mark in marks} & SELECTING_MARKERS


def test_the_demo_modules_markers_are_those_of_their_tests():
    """`_run_needs_demo` decides on each demo module's markers (DEMO_MODULE_MARKERS): no
    test in it may carry another that `-m` selects on."""
    for module_path, markers in conftest.DEMO_MODULE_MARKERS.items():
        path = ROOT / module_path
        files = sorted(path.glob("test_*.py")) if path.is_dir() else [path]
        for file in files:
            name = ".".join(file.relative_to(ROOT).with_suffix("").parts)
            module = importlib.import_module(name)
            assert _selecting_markers(module) == markers, name
            for attribute in vars(module).values():
                if callable(attribute) and getattr(attribute, "__name__", "").startswith("test"):
                    assert _selecting_markers(attribute) <= markers, f"{name}.{attribute}"


def test_a_demo_load_nobody_waited_for_ends_with_the_run():
    failures = []

    def load():
        try:
            demo_site.manage(["shell", "-c", "import time; time.sleep(120)"], dict(os.environ))
        except demo_site.DemoLoadError as error:
            failures.append(error)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not demo_site._running and time.monotonic() < deadline:
        time.sleep(0.05)
    (process,) = demo_site._running

    demo_site.demo_load_stop(thread, timeout=30)

    assert not thread.is_alive()
    assert process.returncode is not None and process.returncode != 0
    assert not demo_site._running
    assert len(failures) == 1
