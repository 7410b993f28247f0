"""Dependencies only go down the floors of STYLE.md ("Import root and layout").

    home        partners          core, stories, registry, municipalities (not each other)
    municipalities                core, stories, registry
    stories      registry         core only (and not each other)
    core                          no other app

A module depends on an app when it
- imports it: at module level or inside a function, `import x`, `from x import y`, or
  `importlib.import_module("x")` / `__import__("x")` with a literal name;
- asks the app registry for it: `apps.get_model("x", "Y")`, `apps.get_model("x.Y")`,
  `self.apps.get_model(...)`, `apps.get_app_config("x")`, or passes `app_label="x"`;
- names it in a string: `"x.Model"` (a lazy model reference, such as a signal's
  `sender="x.Model"`) or `"x.module.name"` (a dotted path for `import_string`).

A declaration of the tree or of a relation is allowed to name a model of an app above
(STYLE.md: "a relation to a municipality is a string reference"): the first argument or
`to=` of ForeignKey, OneToOneField, ManyToManyField, ParentalKey and
ParentalManyToManyField, and the items of `parent_page_types` and `subpage_types`.
"""

import ast
import re
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

RELATION_FIELDS = {
    "ForeignKey",
    "OneToOneField",
    "ManyToManyField",
    "ParentalKey",
    "ParentalManyToManyField",
}
TREE_RULES = {"parent_page_types", "subpage_types"}
DOTTED = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+")


def site_apps(site_dir=SITE_DIR):
    """Every Django app under site/ (a folder with an apps.py)."""
    return sorted(path.parent.name for path in site_dir.glob("*/apps.py"))


def app_modules(app, site_dir=SITE_DIR):
    """The app's Python files, migrations left out (they are generated and reference
    other apps by label, not by import)."""
    return sorted(
        path
        for path in (site_dir / app).rglob("*.py")
        if "migrations" not in path.relative_to(site_dir / app).parts
    )


def _callee(call):
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _declarations(tree):
    """ids of the string nodes that declare a relation or a tree rule (allowed upwards)."""
    allowed = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node) in RELATION_FIELDS:
            allowed.update(id(arg) for arg in node.args[:1])
            allowed.update(id(kw.value) for kw in node.keywords if kw.arg == "to")
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(
                isinstance(target, ast.Name) and target.id in TREE_RULES for target in targets
            ) and isinstance(node.value, ast.List | ast.Tuple):
                allowed.update(id(item) for item in node.value.elts)
    return allowed


def dependencies(source, filename="<source>"):
    """(line, dotted name, how) for every module or app the source depends on."""
    tree = ast.parse(source, filename=filename)
    declarations = _declarations(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, "imports") for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # Relative imports (level > 0) stay inside the app: site/ is not a package.
            if node.level == 0 and node.module:
                found.append((node.lineno, node.module, "imports"))
        elif isinstance(node, ast.Call):
            callee = _callee(node)
            first = _literal(node.args[0]) if node.args else None
            if callee in {"import_module", "__import__"} and first:
                found.append((node.lineno, first, "imports"))
            elif callee in {"get_model", "get_app_config"} and first:
                found.append((node.lineno, first, f"asks the app registry for ({callee})"))
            for keyword in node.keywords:
                label = _literal(keyword.value)
                if keyword.arg == "app_label" and label:
                    found.append((node.lineno, label, "names the app label"))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and DOTTED.fullmatch(node.value)
            and id(node) not in declarations
        ):
            found.append((node.lineno, node.value, "names in a string"))
    return found


def forbidden_dependencies(app, source, filename="<source>", apps=None):
    """Human-readable lines for each dependency on an app that `app` may not use."""
    first_party = set(apps if apps is not None else site_apps())
    allowed = ALLOWED[app] | {app}
    problems = []
    for line, name, how in dependencies(source, filename):
        target = name.split(".")[0]
        if target in first_party and target not in allowed:
            problems.append(f"{filename}:{line} {how} {name}")
    return problems


def app_problems(app, site_dir=SITE_DIR):
    problems = []
    for path in app_modules(app, site_dir):
        problems += forbidden_dependencies(
            app,
            path.read_text(encoding="utf-8"),
            str(path.relative_to(site_dir.parent)),
            apps=site_apps(site_dir),
        )
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
def test_app_depends_only_on_apps_below_it(app):
    assert app_modules(app), f"site/{app}/ has no Python modules"
    problems = app_problems(app)
    allowed = ", ".join(sorted(ALLOWED[app])) or "no other app"
    assert not problems, (
        f"`{app}` may depend only on {allowed}; found:\n  "
        + "\n  ".join(problems)
        + "\nMove the shared code down to a lower floor, or let the app above call down "
        "(see core.places and MunicipalitiesConfig.ready)."
    )


def hidden_imports(source, filename="<source>", apps=None):
    """Imports of this site's code inside a function, but for `AppConfig.ready`: such an
    import hides a cycle (a model importing its selectors) or a late dependency."""
    first_party = set(apps if apps is not None else site_apps())
    problems = []
    for function in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if function.name == "ready":
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom):
                site_code = node.level > 0 or (node.module or "").split(".")[0] in first_party
            elif isinstance(node, ast.Import):
                site_code = any(alias.name.split(".")[0] in first_party for alias in node.names)
            else:
                continue
            if site_code:
                problems.append(f"{filename}:{node.lineno} in {function.name}()")
    return problems


def test_no_import_of_site_code_hides_inside_a_function():
    problems = []
    for app in site_apps():
        for path in app_modules(app):
            problems += hidden_imports(
                path.read_text(encoding="utf-8"), str(path.relative_to(SITE_DIR.parent))
            )
    assert not problems, (
        "Import at module level (a page names its context selector, see core.pages):\n  "
        + "\n  ".join(problems)
    )


@pytest.mark.parametrize(
    ("source", "hidden"),
    [
        ("def get_context(self):\n    from .selectors import x\n", True),
        ("class P:\n    @property\n    def f(self):\n        import stories.search\n", True),
        ("def f():\n    from core.models import Topic\n", True),
        ("class C:\n    def ready(self):\n        from .cache import facts_follow\n", False),
        ("def f():\n    import json\n    from django.db import models\n", False),
        ("from .selectors import x\n", False),
    ],
)
def test_hidden_import_checker(source, hidden):
    assert bool(hidden_imports(source, apps=ALLOWED)) is hidden


# The stories app as it was before the floors were made real: its cache listened to
# municipality signals and its selectors read MunicipalityPage through the app registry.
OLD_STORIES_APPS = """
from django.apps import AppConfig

class StoriesConfig(AppConfig):
    name = "stories"

    def ready(self):
        senders = [
            self.get_model("StoryPage"),
            self.apps.get_model("municipalities", "MunicipalityPage"),
        ]
"""
OLD_STORIES_SELECTORS = """
from django.apps import apps

def _municipality_model():
    return apps.get_model("municipalities", "MunicipalityPage")
"""


def test_a_synthetic_upward_dependency_fails_the_check(tmp_path):
    site = tmp_path / "site"
    for app in ALLOWED:
        (site / app).mkdir(parents=True)
        (site / app / "apps.py").write_text("from django.apps import AppConfig\n")
    (site / "stories" / "apps.py").write_text(OLD_STORIES_APPS)
    (site / "stories" / "selectors.py").write_text(OLD_STORIES_SELECTORS)
    (site / "stories" / "models.py").write_text(
        'parent_page_types = ["municipalities.MunicipalityPage"]\n'
    )
    problems = app_problems("stories", site)
    assert problems == [
        "site/stories/apps.py:10 asks the app registry for (get_model) municipalities",
        "site/stories/selectors.py:5 asks the app registry for (get_model) municipalities",
    ]
    assert app_problems("municipalities", site) == []


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
        ("stories", "apps.get_model('municipalities', 'MunicipalityPage')"),
        ("stories", "apps.get_model('municipalities.MunicipalityPage')"),
        ("registry", "self.apps.get_model('stories', 'StoryPage')"),
        ("core", "apps.get_app_config('home')"),
        ("stories", "ContentType.objects.get(app_label='municipalities', model='x')"),
        ("stories", "post_save.connect(handler, sender='municipalities.MunicipalityPage')"),
        ("stories", "@receiver(post_save, sender='municipalities.MunicipalityPage')\ndef f(): ..."),
        ("registry", "import_string('stories.selectors.story_list')"),
        ("core", "SELECTOR = 'home.selectors.home_context'"),
        ("stories", "Page.objects.type(apps.get_model('municipalities.MunicipalityPage'))"),
    ],
)
def test_checker_catches_an_upward_dependency(app, source):
    assert forbidden_dependencies(app, source, apps=ALLOWED)


@pytest.mark.parametrize(
    ("app", "source"),
    [
        ("core", "from . import choices\nfrom .models import Topic\nimport django.db"),
        ("stories", "from core.blocks import BodyStreamBlock"),
        ("stories", "parent_page_types = ['municipalities.MunicipalityPage']"),
        ("core", "class M:\n    parent_page_types = ['home.HomePage']"),
        ("municipalities", "subpage_types = ['stories.StoryPage', 'registry.ServicePage']"),
        ("stories", "service = models.ForeignKey('registry.ServicePage', on_delete=CASCADE)"),
        ("stories", "page = ParentalKey(to='municipalities.MunicipalityPage')"),
        ("stories", "apps.get_model('core', 'Region')\nself.get_model('StoryPage')"),
        ("stories", "KEY = 'stories:facts:version'\nTEMPLATE = 'stories/story_page.html'"),
        ("stories", "_('Separate villages with municipalities.')"),
        ("municipalities", "from stories.selectors import story_list\nimport registry.models"),
        ("home", "import municipalities.models\nfrom stories import selectors"),
        ("home", "apps.get_model('municipalities.MunicipalityPage')"),
    ],
)
def test_checker_allows_downward_references_and_declarations(app, source):
    assert forbidden_dependencies(app, source, apps=ALLOWED) == []
