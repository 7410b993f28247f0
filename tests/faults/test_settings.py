"""Production settings survive failing services: Redis calls time out fast and are
ignored, kept database connections are health-checked, the health check answers any
balancer, logs can be JSON and errors can go to an error tracker.

Each case runs in a fresh interpreter with production settings (see tests/test_settings.py).
"""

import json
import socket

from tests.test_settings import loaded_settings, production_environ, read_env_example, run_python


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_redis_cache_gives_up_fast_and_ignores_errors():
    caches = loaded_settings(production_environ(REDIS_URL="redis://127.0.0.1:6379/3"), "CACHES")
    options = caches["CACHES"]["default"]["OPTIONS"]
    assert options["IGNORE_EXCEPTIONS"] is True
    assert 0 < options["SOCKET_CONNECT_TIMEOUT"] <= 1
    assert 0 < options["SOCKET_TIMEOUT"] <= 1


def test_kept_connections_are_health_checked():
    assert int(read_env_example()["DATABASE_CONN_MAX_AGE"]) > 0
    example = loaded_settings(production_environ(), "DATABASES")["DATABASES"]["default"]
    assert example["CONN_MAX_AGE"] > 0
    assert example["CONN_HEALTH_CHECKS"] is True
    closed = loaded_settings(production_environ(DATABASE_CONN_MAX_AGE="0"), "DATABASES")
    assert closed["DATABASES"]["default"]["CONN_MAX_AGE"] == 0


HEALTH_REQUEST = (
    "import json, django\n"
    "django.setup()\n"
    "from django.test import Client\n"
    "response = Client().get('/healthz', HTTP_HOST='10.1.2.3')\n"
    "print(json.dumps({'status': response.status_code, 'body': response.json(),\n"
    "                  'cache_control': response.get('Cache-Control', '')}))\n"
)


def outcome_of(request_code, env):
    """What `request_code` printed last (JSON), run in an interpreter with `env`."""
    result = run_python(request_code, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def database_down_environ():
    """Production settings with PostgreSQL on a port nobody listens on, and no Redis."""
    return production_environ(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/ashar", REDIS_URL=""
    )


def test_health_check_is_503_when_the_database_is_down():
    outcome = outcome_of(HEALTH_REQUEST, database_down_environ())
    # Plain HTTP and a host not in ALLOWED_HOSTS: the balancer probes servers by address.
    assert outcome["status"] == 503
    assert outcome["body"]["status"] == "error"
    assert outcome["body"]["database"]["ok"] is False
    assert "OperationalError" in outcome["body"]["database"]["error"]
    assert outcome["body"]["cache"]["ok"] is True
    assert "no-store" in outcome["cache_control"]


PAGE_REQUEST = (
    "import json, django\n"
    "django.setup()\n"
    "from django.test import Client\n"
    "response = Client(raise_request_exception=False).get(\n"
    "    '/ky/', HTTP_HOST='ashar.example.org', secure=True)\n"
    "print(json.dumps({'status': response.status_code, 'body': response.content.decode(),\n"
    "                  'retry_after': response.get('Retry-After')}))\n"
)


def test_a_page_is_503_with_retry_after_when_the_database_is_down():
    """A restart or a failover takes seconds: the reader is asked to try again in a moment,
    and browsers, crawlers and partners' caches are told it is not a broken page."""
    outcome = outcome_of(PAGE_REQUEST, database_down_environ())
    assert outcome["status"] == 503
    assert int(outcome["retry_after"]) > 0
    assert "Бир аздан кийин кайра аракет кылыңыз" in outcome["body"]
    assert "Please try again in a moment" in outcome["body"]


def test_health_check_is_200_with_a_working_database(tmp_path):
    env = production_environ(DATABASE_URL=f"sqlite:///{tmp_path / 'health.sqlite3'}", REDIS_URL="")
    outcome = outcome_of(HEALTH_REQUEST, env)
    assert outcome["status"] == 200
    assert outcome["body"]["status"] == "ok"
    assert outcome["body"]["database"]["ok"] is True


def test_log_format_json_writes_one_json_object_per_line():
    # Logging as django.setup() configures it first, without loading every app (2 s a case).
    code = (
        "import logging\n"
        "from django.conf import settings\n"
        "from django.utils.log import configure_logging\n"
        "configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)\n"
        "logging.getLogger('ashar.test').warning('Published %s', 'Бостери', extra={'page_id': 7})\n"
    )
    result = run_python(code, production_environ(LOG_FORMAT="json"))
    assert result.returncode == 0, result.stderr
    entry = json.loads(result.stderr.strip().splitlines()[-1])
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "ashar.test"
    assert entry["message"] == "Published Бостери"
    assert entry["page_id"] == 7
    text = run_python(code, production_environ(LOG_FORMAT="text"))
    assert "WARNING ashar.test: Published Бостери" in text.stderr


def test_sentry_dsn_switches_error_reporting_on():
    # The settings module starts the error reporting: reading a setting runs it.
    code = (
        "import sentry_sdk\n"
        "from django.conf import settings\n"
        "settings.SENTRY_DSN\n"
        "print(sentry_sdk.get_client().is_active(), sentry_sdk.get_client().dsn)\n"
    )
    dsn = "https://public@127.0.0.1:9/1"
    on = run_python(code, production_environ(SENTRY_DSN=dsn))
    assert on.returncode == 0, on.stderr
    assert on.stdout.split() == ["True", dsn]
    off = run_python(code, production_environ(SENTRY_DSN=""))
    assert off.stdout.split()[0] == "False"
