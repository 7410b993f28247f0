"""Redis down never takes the site down: the django-redis cache of production settings,
pointed at a closed port on 127.0.0.1, makes every cache call a logged miss, and pages,
publishing and the health check keep working from the database."""

import logging
import socket

import pytest
from wagtail.models import Locale

from tests import factories as f


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    """The production cache settings with REDIS_URL at a port nobody listens on."""
    settings.PAGE_CACHE_SECONDS = 600  # as in production: the page cache asks Redis first
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = "ashar.cache"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "KEY_PREFIX": "ashar",
            "TIMEOUT": 300,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    outage_filter = logging.getLogger("ashar.cache").filters[0]
    outage_filter._last = float("-inf")
    yield
    outage_filter._last = float("-inf")


@pytest.fixture
def _empty_cache():
    """The suite's autouse cache clearing would itself talk to the closed port."""
    yield


@pytest.fixture
def fresh_cache():
    yield


def test_cache_is_really_the_unreachable_redis(redis_down):
    from django.core.cache import caches

    assert type(caches["default"]).__name__ == "RedisCache"
    caches["default"].set("probe", 1)
    assert caches["default"].get("probe") is None


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_every_page_type_answers_200_without_redis(redis_down, client, story, language):
    locale = Locale.objects.get(language_code=language)
    tree_pages = [
        story.get_parent().get_parent().get_parent(),  # home
        story.get_parent().get_parent(),  # municipality index
        story.get_parent(),  # municipality
        story,
    ]
    urls = [page.get_translation(locale).url for page in tree_pages]
    urls.append(f"/{language}/stories/")
    urls.append(f"/{language}/stories/?q=бала")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url


def test_publishing_without_redis_works_and_shows_at_once(redis_down, client, story):
    index_url = "/ky/stories/"
    assert "Жаңы көпүрө" not in client.get(index_url).content.decode()
    new = f.StoryPageFactory(parent=story.get_parent(), title="Жаңы көпүрө", slug="bridge")
    new.save_revision().publish()
    assert client.get(new.url).status_code == 200
    assert "Жаңы көпүрө" in client.get(index_url).content.decode()


def test_a_cache_failure_is_logged_as_one_line(redis_down, client, site_tree, caplog):
    logging.getLogger("ashar.cache").filters[0]._last = float("-inf")
    with caplog.at_level(logging.WARNING, logger="ashar.cache"):
        client.get("/ky/")
    records = [r for r in caplog.records if r.name == "ashar.cache"]
    assert len(records) == 1, "later failures within the interval are counted, not logged"
    assert records[0].levelname == "WARNING"
    assert records[0].exc_info is None
    assert "Cache unavailable" in records[0].getMessage()
    assert "Connection" in records[0].getMessage()


def test_health_check_reports_the_cache_but_stays_up(redis_down, client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["database"]["ok"] is True
    assert body["cache"]["ok"] is False
