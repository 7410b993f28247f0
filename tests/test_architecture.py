"""Imports only go down the floors of STYLE.md ("Import root and layout").

    home        partners          core, stories, registry, municipalities (not each other)
    municipalities                core, stories, registry
    stories      registry         core only (and not each other)
    core                          no other app

A relation upwards is a string reference such as "municipalities.MunicipalityPage", which
is not an import and is allowed. Every import counts: at module level, inside functions,
`import x`, `from x import y`, and `importlib.import_module("x")` with a literal name.
"""

import ast
from pathlib import Path

import pytest

SITE_DIR = Path(__file__).resolve().parent.parent / "site"

ALLOWED = {
    "core": set(),
    "stories": {"core"},
    "registry": {"core"},
    "municipalities": {"core", "stories", "registry"},
    "home": {"core", "stories", "registry", "municipalities"},
    "partners": {"core", "stories", "registry", "municipalities"},
}


def site_apps():
    """Every Django app under site/ (a folder with an apps.py)."""
    return sorted(path.parent.name for path in SITE_DIR.glob("*/apps.py"))


def app_modules(app):
    """The app's Python files, migrations left out (they are generated and reference
    other apps by label, not by import)."""
    return sorted(
        path
        for path in (SITE_DIR / app).rglob("*.py")
        if "migrations" not in path.relative_to(SITE_DIR / app).parts
    )


def imported_modules(source, filename="<source>"):
    """(line, dotted module name) for every absolute import in the source."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # Relative imports (level > 0) stay inside the app: site/ is not a package.
            if node.level == 0 and node.module:
                found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (
                    isinstance(node.func, ast.Name)
                    and node.func.id in {"import_module", "__import__"}
                )
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def forbidden_imports(app, source, filename="<source>", apps=None):
    """Human-readable lines for each import of an app that `app` may not use."""
    first_party = set(apps if apps is not None else site_apps())
    allowed = ALLOWED[app] | {app}
    problems = []
    for line, module in imported_modules(source, filename):
        target = module.split(".")[0]
        if target in first_party and target not in allowed:
            problems.append(f"{filename}:{line} imports {module}")
    return problems


def test_every_app_has_a_floor():
    undeclared = set(site_apps()) - ALLOWED.keys()
    assert not undeclared, (
        f"Apps {sorted(undeclared)} are not placed on a floor: add them to ALLOWED in "
        "tests/test_architecture.py and to STYLE.md."
    )
    missing = ALLOWED.keys() - set(site_apps())
    assert not missing, f"Apps {sorted(missing)} are expected under site/ but not found."


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_app_imports_only_apps_below_it(app):
    modules = app_modules(app)
    assert modules, f"site/{app}/ has no Python modules"
    problems = []
    for path in modules:
        problems += forbidden_imports(
            app, path.read_text(encoding="utf-8"), str(path.relative_to(SITE_DIR.parent))
        )
    allowed = ", ".join(sorted(ALLOWED[app])) or "no other app"
    assert not problems, (
        f"`{app}` may import only {allowed}; found:\n  "
        + "\n  ".join(problems)
        + "\nMove the shared code down to a lower floor, or refer to the model by a string."
    )


@pytest.mark.parametrize(
    ("app", "source"),
    [
        ("core", "import stories.models"),
        ("core", "from home.models import HomePage"),
        ("stories", "from registry import selectors"),
        ("stories", "def f():\n    from municipalities.models import MunicipalityPage\n"),
        ("registry", "class A:\n    def m(self):\n        import stories\n"),
        ("registry", "from importlib import import_module\nimport_module('municipalities.models')"),
        ("municipalities", "from home.models import HomePage"),
    ],
)
def test_checker_catches_an_upward_import(app, source):
    assert forbidden_imports(app, source, apps=ALLOWED)


@pytest.mark.parametrize(
    ("app", "source"),
    [
        ("core", "from . import choices\nfrom .models import Topic\nimport django.db"),
        ("stories", "from core.blocks import BodyStreamBlock"),
        ("stories", "parent_page_types = ['municipalities.MunicipalityPage']"),
        ("municipalities", "from stories.selectors import story_list\nimport registry.models"),
        ("home", "import municipalities.models\nfrom stories import selectors"),
    ],
)
def test_checker_allows_downward_and_relative_imports(app, source):
    assert forbidden_imports(app, source, apps=ALLOWED) == []
