"""The site's error page (`core.views.server_error`): a 503 with Retry-After when the
database does not answer, a 500 for anything else; both the trilingual "try again in a
moment" page. The real outage (production settings, a database port nobody listens on) is
in tests/faults/test_settings.py."""

from django.db import InterfaceError, OperationalError

from core.views import RETRY_AFTER_SECONDS, server_error


def answer_to(error, rf):
    try:
        raise error
    except type(error):
        return server_error(rf.get("/ky/"))


def test_any_other_error_is_a_500_with_the_sites_error_page(rf):
    response = answer_to(RuntimeError("a bug"), rf)
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Something went wrong" in response.content.decode()


def test_a_database_that_does_not_answer_is_a_503_to_try_again(rf):
    for error in (OperationalError("connection refused"), InterfaceError("connection closed")):
        response = answer_to(error, rf)
        assert response.status_code == 503
        assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
        assert "Please try again in a moment" in response.content.decode()
