"""Two requests writing to one SQLite file at once (`make run`, the demo, the browser tests'
server): the second waits for the first instead of failing with "database is locked"
(config/settings/base.py, SQLITE_BUSY_SECONDS). An admin page's editing-session ping did
fail a 234-row import of stories so."""

import threading

import pytest
from django.db import connections, transaction

pytestmark = pytest.mark.sqlite

ALIAS = "second_sqlite_file"
# How long the first writer gives the second to write in the middle of its transaction.
OVERLAP_SECONDS = 1


@pytest.fixture
def second_file(tmp_path, django_db_blocker):
    """A database alias on a SQLite file of its own (not the test database), with the
    site's connection options: its transaction mode, its busy timeout and the tests'
    journal settings."""
    default = connections["default"].settings_dict
    if default["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite's locking: CI runs it in its SQLite step")
    connections.settings[ALIAS] = {**default, "NAME": str(tmp_path / "writers.sqlite3")}
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE visit (id integer PRIMARY KEY, page integer)")
            cursor.execute("INSERT INTO visit (page) VALUES (1)")
        try:
            yield ALIAS
        finally:
            connections[ALIAS].close()
            del connections[ALIAS]
            del connections.settings[ALIAS]


def in_thread(work, errors):
    def run():
        try:
            work()
        except Exception as error:  # noqa: BLE001 — reported by the test
            errors.append(error)
        finally:
            connections[ALIAS].close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_transaction_that_reads_then_writes_waits_for_another_writer(second_file):
    first_read, second_wrote = threading.Event(), threading.Event()
    errors = []

    def first():  # an import: it reads the site, then writes
        with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM visit")
            first_read.set()
            second_wrote.wait(OVERLAP_SECONDS)
            cursor.execute("DELETE FROM visit")

    def second():  # a ping from an open admin page, in the middle of it
        first_read.wait()
        with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
            cursor.execute("INSERT INTO visit (page) VALUES (2)")
            second_wrote.set()

    threads = [in_thread(first, errors), in_thread(second, errors)]
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    with connections[ALIAS].cursor() as cursor:
        cursor.execute("SELECT page FROM visit")
        assert cursor.fetchall() == [(2,)]  # the first deleted, then the second inserted
