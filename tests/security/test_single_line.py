"""Titles and other one-line fields reject control characters, in the admin and on save,
and a workflow notification that cannot be sent is logged."""

import logging

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from core.validators import single_line_fields, validate_single_line


@pytest.mark.parametrize(
    "value", ["Line\nbreak", "Carriage\rreturn", "Tab\there", "Nul\x00", "Sep\u2028arator"]
)
def test_validator_rejects_control_characters(value):
    with pytest.raises(ValidationError) as error:
        validate_single_line(value)
    assert error.value.code == "control_characters"


@pytest.mark.parametrize("value", ["Бостериде бала бакча", "Өзгөн – Узген", "a\u200db", ""])
def test_validator_accepts_ordinary_text(value):
    validate_single_line(value)


def test_every_page_title_and_snippet_name_is_covered():
    names = {f"{field.model.__name__}.{field.name}" for field in single_line_fields()}
    assert {"Page.title", "Page.seo_title", "Region.name", "StoryPage.villages"} <= names
    assert "MunicipalityPage.villages" not in names  # one village per line: a TextField


def test_saving_a_page_with_a_line_break_in_its_title_fails(story):
    story.title = "Two\nlines"
    with pytest.raises(ValidationError) as error:
        story.save()
    assert "title" in error.value.message_dict


@pytest.fixture
def admin_client_logged(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


def test_page_form_refuses_a_title_with_a_line_break(story):
    # Wagtail's page forms are model forms: the model field's validators run in them.
    from django.forms import modelform_factory

    from stories.models import StoryPage

    form_class = modelform_factory(StoryPage, fields=["title", "slug"])
    form = form_class({"title": "Two\nlines", "slug": story.slug}, instance=story)
    with translation.override("en"):  # the message in English, whatever ran before
        assert not form.is_valid()
        assert [str(error) for error in form.errors["title"]] == [
            "Use one line of text, without line breaks, tabs or other control characters."
        ]


def test_snippet_name_with_a_line_break_is_refused(admin_client_logged, reference):
    url = reverse("wagtailsnippets_core_topic:edit", args=[reference.water.pk])
    response = admin_client_logged.post(
        url,
        {"name": "Water\nsupply", "slug": "drinking-water", "colour": "water", "sort_order": 0},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "name" in response.context["form"].errors


def test_a_notification_failing_outside_the_send_is_logged_not_swallowed(
    story, caplog, django_user_model, monkeypatch
):
    # Wagtail's OpenedConnection swallowed every failure outside the send itself (here:
    # the message cannot be rendered).
    from wagtail.admin import mail as wagtail_mail
    from wagtail.admin.mail import send_notification

    def broken_render(*args, **kwargs):
        raise RuntimeError("template broken")

    monkeypatch.setattr(wagtail_mail, "render_to_string", broken_render)

    reviewer = django_user_model.objects.create_superuser("rev", "rev@example.org", "pw")
    revision = story.save_revision()
    with caplog.at_level(logging.ERROR):
        sent = send_notification([reviewer], "approved", {"revision": revision})
    assert sent is False
    failures = [r for r in caplog.records if r.name == "ashar.notifications"]
    assert len(failures) == 1
    assert "RuntimeError: template broken" in failures[0].getMessage()
