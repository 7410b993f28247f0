"""What residents send: "share your initiative" (a draft story in the municipality's
workflow, never published by itself) and correction requests (a task of the page's
municipality), with their defences: honeypot, CSRF, photo checks and the per-address rate
limit through the real cache of the test settings."""

import io
import logging
import socket
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, WorkflowState

from core.models import Topic
from municipalities.residents import CorrectionRequest, InitiativeSubmission
from municipalities.services import CENTRAL_EDITORS, municipal_groups_sync
from municipalities.workflows import MunicipalApprovalTask
from stories.models import StoryPage
from tests import factories as f

pytestmark = pytest.mark.django_db

HEADINGS = {"ky": "Демилгеңиз менен бөлүшүңүз", "ru": "Расскажите о своей инициативе"}


@pytest.fixture
def team(story, site_tree):
    """Бостери's editor and approver, Курманбек's editor, a central editor."""
    f.MunicipalityPageFactory(parent=site_tree.municipalities, title="Курманбек", slug="kurmanbek")
    municipal_groups_sync()
    return {
        "editor": f.group_member("Бостери editors", "editor"),
        "approver": f.group_member("Бостери approvers", "approver", language="ru"),
        "other": f.group_member("Курманбек editors", "other"),
        "central": f.group_member(CENTRAL_EDITORS, "central"),
    }


def photo(name="photo.jpg", fmt="JPEG", size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, fmt)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(fmt, "image/gif")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def bomb_png(width=30_000, height=30_000):
    """A few hundred bytes claiming 900 million pixels: a valid 1×1 PNG whose header says
    otherwise."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return SimpleUploadedFile("big.png", bytes(data), content_type="image/png")


def form_data(place, **extra):
    data = {
        "municipality": place.pk,
        "title": "Ичүүчү суу Бостериге",
        "outputs_text": "Айыл чогулушу суу түтүгүн тандады.\n\nЭл 3 км түтүк тартты.",
        "total_kgs": "1200000",
        "grant_kgs": "800000",
        "municipal_kgs": "300000",
        "beneficiaries_people": "1500",
        "name": "Айгүл",
        "phone": "+996 555 12 34 56",
        "email": "aigul@example.org",
    }
    data.update(extra)
    return data


def post_share(client, language, data, capture):
    with capture(execute=True):
        return client.post(f"/{language}/share/", data)


def shared_stories():
    return StoryPage.objects.filter(public_submission=True)


# The form


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_share_form_answers_in_each_language_with_that_languages_topics(
    client, municipality, reference, language
):
    response = client.get(f"/{language}/share/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert {"ky": HEADINGS["ky"], "ru": HEADINGS["ru"], "en": "Share your initiative"}[
        language
    ] in html
    locale = Locale.objects.get(language_code=language)
    mine = Topic.objects.filter(locale=locale)
    others = Topic.objects.exclude(locale=locale).exclude(name__in=mine.values("name"))
    assert mine.exists() and others.exists()
    for topic in mine:
        assert f'value="{topic.pk}"' in html
    for topic in others:
        assert f'value="{topic.pk}"' not in html
    translated = municipality.get_translation(locale)
    assert f'<option value="{translated.pk}">{translated.title}</option>' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-store" in response["Cache-Control"]  # never in the page cache


def test_municipality_page_links_to_the_form_with_itself_preselected(client, municipality):
    html = client.get(municipality.url).content.decode()
    assert f"/ky/share/?municipality={municipality.pk}" in html
    assert f"/ky/correction/?page={municipality.pk}" in html
    form = client.get(f"/ky/share/?municipality={municipality.pk}").content.decode()
    assert f'<option value="{municipality.pk}" selected>' in form


def test_home_story_index_story_and_service_pages_link_to_the_forms(
    client, site_tree, story, register
):
    assert "/ky/share/" in client.get("/ky/").content.decode()
    assert "/ky/share/" in client.get(site_tree.stories.url).content.decode()
    assert f"/ky/correction/?page={story.pk}" in client.get(story.url).content.decode()
    service = register.get_children().live().first()
    assert f"/ky/correction/?page={service.pk}" in client.get(service.url).content.decode()


# A valid submission


def test_shared_initiative_is_a_draft_in_the_municipality_workflow_with_its_photos(
    client, team, municipality, reference, mailoutbox, django_capture_on_commit_callbacks
):
    images_before = get_image_model().objects.count()
    response = post_share(
        client,
        "ky",
        form_data(
            municipality,
            topic=reference.water.pk,
            photos=[photo(), photo("plan.png", "PNG")],
            photos_consent="on",
        ),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response["Location"] == "/ky/share/thanks/"
    story = shared_stories().get()
    assert not story.live
    assert story.has_unpublished_changes
    assert story.get_parent().pk == municipality.pk
    assert story.locale.language_code == "ky"
    assert list(story.topics.all()) == [reference.water]
    assert story.total_kgs == 1_200_000 and story.beneficiaries_people == 1500
    assert "<p>Эл 3 км түтүк тартты.</p>" in story.outputs_text
    # the photos, in Бостери's collection, shown with the sender's consent
    assert get_image_model().objects.count() == images_before + 2
    gallery = list(story.gallery_images.select_related("image__collection"))
    assert [item.image.collection.name for item in gallery] == ["Бостери", "Бостери"]
    assert all(item.consent_recorded for item in gallery)
    assert story.image_id == gallery[0].image_id
    # the workflow runs, at the municipality's sign-off
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, MunicipalApprovalTask)
    # who sent it is kept apart from the page
    submission = InitiativeSubmission.objects.get(story=story)
    assert (submission.name, submission.phone, submission.language) == (
        "Айгүл",
        "+996 555 12 34 56",
        "ky",
    )
    assert "Айгүл" not in story.summary + story.outputs_text
    # the editor (with the contact), the approver (her task) and the sender are told
    by_recipient = {tuple(mail.to): mail for mail in mailoutbox}
    assert set(by_recipient) == {
        ("editor@example.org",),
        ("approver@example.org",),
        ("aigul@example.org",),
    }
    assert "+996 555 12 34 56" in by_recipient[("editor@example.org",)].body
    assert (
        f"http://testserver/admin/pages/{story.pk}/edit/"
        in by_recipient[("editor@example.org",)].body
    )
    assert "Ичүүчү суу Бостериге" in by_recipient[("aigul@example.org",)].subject
    # the confirmation page, in the reader's language
    thanks = client.get("/ky/share/thanks/")
    assert thanks.status_code == 200


def test_a_russian_reader_shares_in_russian_and_is_answered_in_russian(
    client, team, municipality, mailoutbox, django_capture_on_commit_callbacks
):
    russian = municipality.get_translation(Locale.objects.get(language_code="ru"))
    response = post_share(
        client,
        "ru",
        form_data(russian, title="Вода для Бостери"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    story = shared_stories().get()
    assert story.get_parent().pk == russian.pk
    assert story.locale.language_code == "ru"
    confirmation = next(mail for mail in mailoutbox if mail.to == ["aigul@example.org"])
    assert "Мы получили" in confirmation.subject
    assert "Бостери" in confirmation.body
    # the editor of the Kyrgyz municipality is told, in her own language
    assert any(mail.to == ["editor@example.org"] for mail in mailoutbox)


def test_without_an_email_address_no_confirmation_is_sent(
    client, team, municipality, mailoutbox, django_capture_on_commit_callbacks
):
    post_share(client, "ky", form_data(municipality, email=""), django_capture_on_commit_callbacks)
    assert shared_stories().count() == 1
    assert not any(mail.to == ["aigul@example.org"] for mail in mailoutbox)


# Bad input: a clear message, nothing stored


def assert_nothing_stored(images_before):
    assert not shared_stories().exists()
    assert not InitiativeSubmission.objects.exists()
    assert get_image_model().objects.count() == images_before


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"total_kgs": "100", "grant_kgs": "800000"}, "total_kgs", "exceed the total"),
        (
            {"gathering_participants": "10", "gathering_women": "12"},
            "gathering_women",
            "more women than participants",
        ),
        ({"phone": "", "email": ""}, "phone", "phone number or an e-mail"),
        ({"title": ""}, "title", "required"),
        ({"municipality": "999999"}, "municipality", "valid choice"),
        ({"year": "1900"}, "year", "1991"),
        ({"photos_consent": "", "photos": "photo"}, "photos_consent", "Confirm"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_stored(
    client, team, municipality, extra, field, message
):
    images_before = get_image_model().objects.count()
    if extra.get("photos") == "photo":
        extra = {**extra, "photos": [photo()]}
    response = client.post("/en/share/", form_data(municipality, **extra))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field])
    assert message in response.content.decode()
    assert_nothing_stored(images_before)


def test_the_money_rules_are_those_of_the_story_page(municipality):
    """The public form does not copy the rules: it asks StoryPage.figures_errors."""
    story = StoryPage(total_kgs=100, grant_kgs=200)
    from municipalities.forms import InitiativeSubmissionForm

    form = InitiativeSubmissionForm(
        data=form_data(municipality, total_kgs="100", grant_kgs="200", municipal_kgs=""),
        municipalities=[(municipality.pk, municipality.title)],
        locale=municipality.locale,
    )
    assert not form.is_valid()
    assert form.errors["total_kgs"] == [story.figures_errors()["total_kgs"]]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: SimpleUploadedFile("photo.jpg", b"not an image at all", "image/jpeg"),
            "is not a photo or is damaged",
        ),
        (lambda: photo("photo.png", "GIF"), "is not a JPEG, PNG or WebP photo"),
        (lambda: bomb_png(), "has too many pixels"),
        (lambda: photo("wide.png", "PNG", size=(9000, 5000)), "has too many pixels"),
        (
            lambda: SimpleUploadedFile("cut.jpg", photo().read()[:300], "image/jpeg"),
            "is not a photo or is damaged",
        ),
    ],
    ids=["not-an-image", "gif-named-png", "decompression-bomb", "too-many-pixels", "truncated"],
)
def test_bad_photos_are_refused_by_content(client, team, municipality, settings, upload, message):
    settings.PUBLIC_PHOTO_MAX_PIXELS = 40_000_000
    images_before = get_image_model().objects.count()
    response = client.post(
        "/en/share/", form_data(municipality, photos=[upload()], photos_consent="on")
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["photos"])
    assert_nothing_stored(images_before)


def test_a_photo_over_the_size_limit_is_refused(client, team, municipality, settings):
    settings.PUBLIC_PHOTO_MAX_BYTES = 1024 * 1024
    big = photo("big.png", "PNG")
    big = SimpleUploadedFile("big.png", big.read() + b"\0" * (1024 * 1024), "image/png")
    images_before = get_image_model().objects.count()
    response = client.post("/en/share/", form_data(municipality, photos=[big], photos_consent="on"))
    assert "is larger than 1 MB" in " ".join(response.context["form"].errors["photos"])
    assert_nothing_stored(images_before)


def test_at_most_five_photos(client, team, municipality):
    images_before = get_image_model().objects.count()
    photos = [photo(f"p{n}.jpg") for n in range(6)]
    response = client.post(
        "/en/share/", form_data(municipality, photos=photos, photos_consent="on")
    )
    assert "at most 5 photos" in " ".join(response.context["form"].errors["photos"])
    assert_nothing_stored(images_before)


# Defences


def test_a_filled_in_honeypot_stores_nothing_and_sends_nothing(
    client, team, municipality, mailoutbox, django_capture_on_commit_callbacks, caplog
):
    images_before = get_image_model().objects.count()
    with caplog.at_level(logging.WARNING, logger="ashar.submissions"):
        response = post_share(
            client,
            "ky",
            form_data(municipality, website="http://spam.example", photos=[photo()]),
            django_capture_on_commit_callbacks,
        )
    assert response.status_code == 302  # thanked like anyone
    assert_nothing_stored(images_before)
    assert mailoutbox == []
    assert "honeypot" in caplog.text


def test_a_post_without_the_csrf_token_is_refused(team, municipality):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/ky/share/", form_data(municipality))
    assert response.status_code == 403
    assert not shared_stories().exists()
    response = client.post("/ky/correction/", {"page": municipality.pk, "text": "Туура эмес"})
    assert response.status_code == 403
    assert not CorrectionRequest.objects.exists()


def test_fifty_submissions_in_a_minute_from_one_address(
    client, team, municipality, settings, django_capture_on_commit_callbacks
):
    """The rate limit holds (the real cache of the test settings), every allowed one is
    stored with its workflow started, nothing is published."""
    assert "LocMemCache" in settings.CACHES["default"]["BACKEND"]
    limit = settings.PUBLIC_FORM_LIMIT_PER_ADDRESS
    statuses = []
    for number in range(50):
        response = post_share(
            client,
            "ru",
            form_data(
                municipality.get_translation(Locale.objects.get(language_code="ru")),
                title=f"Инициатива {number}",
            ),
            django_capture_on_commit_callbacks,
        )
        statuses.append(response.status_code)
    assert statuses == [302] * limit + [429] * (50 - limit)
    refused = response.content.decode()
    assert "Слишком много" in refused  # the reader's language
    assert response["Retry-After"] == str(settings.PUBLIC_FORM_PERIOD)
    stored = shared_stories()
    assert sorted(stored.values_list("title", flat=True)) == [
        f"Инициатива {number}" for number in range(limit)
    ]
    assert not stored.filter(live=True).exists()
    assert not Page.objects.filter(pk__in=stored.values("pk"), live=True).exists()
    assert (
        WorkflowState.objects.filter(
            object_id__in=[str(pk) for pk in stored.values_list("pk", flat=True)],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).count()
        == limit
    )
    # another address is not held back, and corrections have their own counter
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.post("/ky/share/", form_data(municipality, title="Башка")).status_code == 302
    correction = {"page": municipality.pk, "text": "Калкы туура эмес"}
    assert client.post("/ky/correction/", correction).status_code == 302


@pytest.mark.parametrize("ignore_exceptions", [True, False], ids=["production", "raising"])
def test_with_the_cache_down_the_form_fails_open_and_logs(
    client, team, municipality, settings, caplog, ignore_exceptions
):
    """Redis at a port nobody listens on: every correction is stored, none refused, and
    the uncounted limit is logged, whether django-redis swallows the error (production
    settings) or raises it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": ignore_exceptions,
            },
        }
    }
    with caplog.at_level(logging.WARNING, logger="ashar.security"):
        statuses = [
            client.post("/ky/correction/", {"page": municipality.pk, "text": f"Ката {n}"})
            for n in range(settings.PUBLIC_FORM_LIMIT_PER_ADDRESS + 2)
        ]
    assert [response.status_code for response in statuses] == [302] * len(statuses)
    assert CorrectionRequest.objects.count() == len(statuses)
    assert "not counted: the cache is unavailable" in caplog.text


# Correction requests


def test_a_correction_request_reaches_only_that_municipalitys_team(
    client, team, story, mailoutbox, django_capture_on_commit_callbacks
):
    russian = story.get_translation(Locale.objects.get(language_code="ru"))
    page = client.get(f"/ru/correction/?page={russian.pk}")
    assert page.status_code == 200
    assert russian.title in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ru/correction/",
            {"page": russian.pk, "text": "Сумма не 1 200 000, а 2 100 000", "contact": "Бакыт"},
        )
    assert response.status_code == 302 and response["Location"] == "/ru/correction/thanks/"
    correction = CorrectionRequest.objects.get()
    assert correction.page_id == russian.pk
    assert correction.municipality.title == "Бостери"  # the Kyrgyz source
    assert correction.language == "ru"
    recipients = sorted(address for mail in mailoutbox for address in mail.to)
    assert recipients == ["approver@example.org", "editor@example.org"]
    to_approver = next(mail for mail in mailoutbox if mail.to == ["approver@example.org"])
    assert "Сумма не 1 200 000" in to_approver.body
    assert f"http://testserver{russian.url}" in to_approver.body
    assert "исправ" in to_approver.subject.lower()  # her admin language is Russian


@pytest.mark.parametrize("target", ["home", "missing", "draft", "text"])
def test_a_correction_needs_a_live_story_municipality_or_service_page(
    client, team, site_tree, municipality, target
):
    draft = f.StoryPageFactory(parent=municipality, title="Долбоор", slug="draft", live=False)
    page_id = {"home": site_tree.home.pk, "missing": 999_999, "draft": draft.pk, "text": "x"}[
        target
    ]
    assert client.get(f"/ky/correction/?page={page_id}").status_code == 404
    assert client.post("/ky/correction/", {"page": page_id, "text": "Ката бар"}).status_code == 404
    assert not CorrectionRequest.objects.exists()


def test_a_correction_honeypot_stores_nothing(client, team, municipality, mailoutbox):
    response = client.post(
        "/ky/correction/", {"page": municipality.pk, "text": "Ката бар", "website": "x"}
    )
    assert response.status_code == 302
    assert not CorrectionRequest.objects.exists()
    assert mailoutbox == []


# Who sees what


def shared_and_corrected(client, team, municipality, story, capture):
    post_share(client, "ky", form_data(municipality), capture)
    with capture(execute=True):
        client.post("/ky/correction/", {"page": story.pk, "text": "Жылы туура эмес"})
    return shared_stories().get(), CorrectionRequest.objects.get()


def test_the_municipalitys_editors_see_the_submission_and_the_correction(
    client, team, municipality, story, django_capture_on_commit_callbacks
):
    shared, correction = shared_and_corrected(
        client, team, municipality, story, django_capture_on_commit_callbacks
    )
    for role in ("editor", "approver"):
        admin = Client()
        admin.force_login(team[role])
        dashboard = admin.get("/admin/").content.decode()
        assert f"/admin/pages/{shared.pk}/edit/" in dashboard
        assert "Айгүл" in dashboard
        assert "Жылы туура эмес" in dashboard
        listing = admin.get("/admin/corrections/").content.decode()
        assert "Жылы туура эмес" in listing
    editor = Client()
    editor.force_login(team["editor"])
    assert editor.get(f"/admin/pages/{shared.pk}/edit/").status_code == 200
    response = editor.post(f"/admin/corrections/{correction.pk}/done/")
    assert response.status_code == 302
    correction.refresh_from_db()
    assert correction.resolved_by == team["editor"] and correction.resolved_at


def test_another_municipalitys_editor_sees_neither(
    client, team, municipality, story, django_capture_on_commit_callbacks
):
    shared, correction = shared_and_corrected(
        client, team, municipality, story, django_capture_on_commit_callbacks
    )
    other = Client()
    other.force_login(team["other"])
    dashboard = other.get("/admin/").content.decode()
    assert f"/admin/pages/{shared.pk}/edit/" not in dashboard
    assert "Айгүл" not in dashboard and "Жылы туура эмес" not in dashboard
    assert "Жылы туура эмес" not in other.get("/admin/corrections/").content.decode()
    assert other.get(f"/admin/pages/{shared.pk}/edit/").status_code in (302, 403)
    assert other.post(f"/admin/corrections/{correction.pk}/done/").status_code == 404
    correction.refresh_from_db()
    assert correction.resolved_at is None
    # a central editor sees every municipality's corrections
    central = Client()
    central.force_login(team["central"])
    assert "Жылы туура эмес" in central.get("/admin/corrections/").content.decode()
