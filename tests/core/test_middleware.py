"""Editors whose browser asks for Kyrgyz get the admin in Russian."""

from django.urls import reverse


def test_admin_falls_back_to_russian_for_kyrgyz_browsers(client, django_user_model, site_tree):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="ky")
    assert response.status_code == 200
    assert b'lang="ru"' in response.content


def test_admin_keeps_english_when_asked(client, django_user_model, site_tree):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
    assert b'lang="en"' in response.content
