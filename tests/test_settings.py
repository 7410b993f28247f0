"""Settings: production reads everything from the environment and passes check --deploy;
DATABASE_URL and REDIS_URL switch the database and the cache.

Each case runs in a fresh interpreter, because the suite's own settings are already loaded.
"""

import ast
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
SETTINGS_DIR = BASE_DIR / "site" / "config" / "settings"
ENV_EXAMPLE = BASE_DIR / ".env.example"
TEST_REDIS_URL = "redis://127.0.0.1:6379/15"

# Variables of the caller's environment that would change what the settings see.
PROJECT_VARIABLES_PATTERN = re.compile(
    r"^(DJANGO_|DATABASE_|REDIS_|EMAIL_|AWS_|ASHAR_)|^(MEDIA_ROOT|DEFAULT_FROM_EMAIL|"
    r"WAGTAILADMIN_BASE_URL|LOG_LEVEL|PYTHONPATH)$"
)


def read_env_example():
    """The KEY=value lines of .env.example, unquoted the way a POSIX shell would."""
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        words = shlex.split(value)
        values[key.strip()] = words[0] if words else ""
    return values


def clean_environ(**overrides):
    env = {
        key: value for key, value in os.environ.items() if not PROJECT_VARIABLES_PATTERN.match(key)
    }
    env["PYTHONPATH"] = str(BASE_DIR / "site")
    env.update(overrides)
    return env


def production_environ(**overrides):
    env = clean_environ(**read_env_example())
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    env.update(overrides)
    return env


def run_python(code, env):
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def loaded_settings(env, *names):
    """Import the settings module named in env and return the requested values. Reading
    them needs no `django.setup()` (no app's `ready()` changes a setting): importing every
    app would cost the interpreter two seconds of CPU instead of a tenth. Starting Django
    with production's settings is tested by `check --deploy` and the health checks."""
    code = (
        "import json\n"
        "from django.conf import settings\n"
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, default=str))\n"
    )
    result = run_python(code, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def settings_variables():
    """Every environment variable name the settings modules read."""
    names = set()
    for path in SETTINGS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if ast.unparse(node.func) == "dj_database_url.config":
                env = [k.value.value for k in node.keywords if k.arg == "env"]
                names.add(env[0] if env else "DATABASE_URL")
                continue
            if not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            is_environ = isinstance(func, ast.Attribute) and ast.unparse(func.value) in {
                "os.environ",
                "environ",
            }
            if (is_environ and called in {"get", "setdefault", "pop"}) or called in {
                "getenv",
                "env_bool",
                "env_list",
            }:
                names.add(first.value)
    return names


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def test_every_settings_variable_is_in_env_example_and_readme():
    variables = settings_variables()
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL"} <= variables
    documented = read_env_example()
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    missing_example = sorted(variables - documented.keys())
    missing_readme = sorted(name for name in variables if f"`{name}`" not in readme)
    assert not missing_example, f".env.example does not list {missing_example}"
    assert not missing_readme, f"README.md's environment table does not list {missing_readme}"


def test_env_example_secret_key_is_long_enough_for_check_deploy():
    key = read_env_example()["DJANGO_SECRET_KEY"]
    assert len(key) >= 50
    assert len(set(key)) >= 5


def test_production_settings_pass_check_deploy():
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        cwd=BASE_DIR,
        env=production_environ(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_read_the_environment():
    env_example = read_env_example()
    values = loaded_settings(
        production_environ(),
        "DEBUG",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "DEFAULT_FROM_EMAIL",
        "WAGTAILADMIN_BASE_URL",
        "ASHAR_CONTENT_LICENCE",
    )
    assert values["DEBUG"] is False
    assert values["SECRET_KEY"] == env_example["DJANGO_SECRET_KEY"]
    assert values["ALLOWED_HOSTS"] == env_example["DJANGO_ALLOWED_HOSTS"].split(",")
    assert values["CSRF_TRUSTED_ORIGINS"] == env_example["DJANGO_CSRF_TRUSTED_ORIGINS"].split(",")
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] == int(env_example["DJANGO_SECURE_HSTS_SECONDS"])
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["EMAIL_HOST"] == env_example["EMAIL_HOST"]
    assert values["DEFAULT_FROM_EMAIL"] == env_example["DEFAULT_FROM_EMAIL"]
    assert values["WAGTAILADMIN_BASE_URL"] == env_example["WAGTAILADMIN_BASE_URL"]
    assert values["ASHAR_CONTENT_LICENCE"] == env_example["ASHAR_CONTENT_LICENCE"]


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = production_environ()
    del env["DJANGO_SECRET_KEY"]
    result = run_python("import config.settings.production", env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_database_url_switches_to_postgresql():
    env = production_environ(
        DATABASE_URL="postgres://ashar:s3cret@db.internal:6432/ashar_prod",
        DATABASE_CONN_MAX_AGE="120",
    )
    database = loaded_settings(env, "DATABASES")["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["NAME"] == "ashar_prod"
    assert database["HOST"] == "db.internal"
    assert database["PORT"] == 6432
    assert database["USER"] == "ashar"
    assert database["CONN_MAX_AGE"] == 120


def test_without_database_url_sqlite_in_the_project_folder_is_used():
    env = clean_environ(DJANGO_SETTINGS_MODULE="config.settings.dev")
    database = loaded_settings(env, "DATABASES")["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]) == BASE_DIR / "db.sqlite3"


def test_without_redis_url_the_cache_is_local_memory():
    env = production_environ(REDIS_URL="")
    caches = loaded_settings(env, "CACHES")["CACHES"]
    assert caches["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_url_switches_the_cache_to_redis_and_it_round_trips():
    if not redis_answers():
        if os.environ.get("CI"):
            pytest.fail("Redis does not answer on 127.0.0.1:6379; CI must start it.")
        pytest.skip("Redis does not answer on 127.0.0.1:6379.")
    key = f"ashar-settings-test-{uuid.uuid4().hex}"
    # The cache needs its settings only, not every app loaded by django.setup() (2 s).
    code = (
        "import json\n"
        "from django.conf import settings\n"
        "from django.core.cache import caches\n"
        "cache = caches['default']\n"
        f"cache.set({key!r}, {{'word': 'өзгөн'}}, 30)\n"
        f"value = cache.get({key!r})\n"
        f"cache.delete({key!r})\n"
        "print(json.dumps({'backend': settings.CACHES['default']['BACKEND'],\n"
        "                  'class': type(cache).__module__ + '.' + type(cache).__name__,\n"
        f"                  'value': value, 'after_delete': cache.get({key!r})}}))\n"
    )
    result = run_python(code, production_environ(REDIS_URL=TEST_REDIS_URL))
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome["backend"] == "django_redis.cache.RedisCache"
    assert outcome["class"] == "django_redis.cache.RedisCache"
    assert outcome["value"] == {"word": "өзгөн"}
    assert outcome["after_delete"] is None
