"""Sign-in is throttled by account and by address (django-axes), and password reset
requests are rate-limited, so a password cannot be guessed and an inbox cannot be flooded."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "right-pw")


def sign_in(client, username, password, address="198.51.100.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
    )


def test_right_password_is_refused_after_too_many_failures_for_the_account(client, admin_user):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "admin", f"guess-{attempt}", address=f"203.0.113.{attempt}")
    assert response.status_code == 429  # the failure that reaches the limit locks
    # From yet another address, with the right password: still locked.
    response = sign_in(client, "admin", "right-pw", address="192.0.2.99")
    assert response.status_code == 429
    assert b"Too many" in response.content
    assert "_auth_user_id" not in client.session


def test_one_address_is_locked_out_whatever_account_it_tries(client, admin_user):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"user-{attempt}", "guess")
    response = sign_in(client, "admin", "right-pw")
    assert response.status_code == 429
    # Another address signs in normally.
    assert sign_in(client, "admin", "right-pw", address="192.0.2.1").status_code == 302


def test_a_successful_sign_in_resets_the_count(client, admin_user):
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "admin", f"guess-{attempt}")
    assert sign_in(client, "admin", "right-pw").status_code == 302
    client.logout()
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "admin", f"guess-{attempt}")
    assert sign_in(client, "admin", "right-pw").status_code == 302


def test_password_reset_sends_at_most_the_limit_per_email(client, admin_user):
    url = reverse("wagtailadmin_password_reset")
    statuses = [
        client.post(url, {"email": "admin@example.org"}, REMOTE_ADDR=f"203.0.113.{n}").status_code
        for n in range(20)
    ]
    limit = settings.PASSWORD_RESET_LIMIT_PER_EMAIL
    assert statuses[:limit] == [302] * limit
    assert set(statuses[limit:]) == {429}
    assert len(mail.outbox) == limit


def test_password_reset_is_limited_per_address(client, admin_user):
    url = reverse("wagtailadmin_password_reset")
    limit = settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
    for n in range(limit):
        assert client.post(url, {"email": f"nobody{n}@example.org"}).status_code == 302
    response = client.post(url, {"email": "admin@example.org"}, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.PASSWORD_RESET_PERIOD)
    assert mail.outbox == []


def test_client_address_behind_a_trusted_proxy(rf, settings):
    from core.security import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.5", REMOTE_ADDR="10.0.0.2")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.5"  # the client cannot forge the last hop
