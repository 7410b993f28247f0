"""Translating with wagtail-localize publishes nothing, and a translation's topics,
programme and vulnerable groups follow its locale when it is created and when it is
synced."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from stories.models import StoryPage
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def central(client, django_user_model):
    user = django_user_model.objects.create_superuser("central-root", "c@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def kyrgyz_story(municipality, reference):
    """A published story that exists only in Kyrgyz."""
    page = f.StoryPageFactory(
        parent=municipality, title="Суу түтүгү", slug="water-pipe", programme=reference.programme
    )
    page.topics.set([reference.water])
    page.vulnerable_groups.set([reference.women])
    page.save_revision().publish()
    return StoryPage.objects.get(pk=page.pk)


def translate_through_admin(client, page, *codes):
    locales = Locale.objects.filter(language_code__in=codes)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk for locale in locales]},
    )
    assert response.status_code == 302, response.content[:500]


def test_translate_this_page_creates_drafts_not_live_pages(central, kyrgyz_story, locales):
    translate_through_admin(central, kyrgyz_story, "ru", "en")
    for code in ("ru", "en"):
        translation = kyrgyz_story.get_translation(locales[code]).specific
        assert translation.live is False
        assert translation.has_unpublished_changes is True
    response = central.get(kyrgyz_story.get_translation(locales["ru"]).url)
    # Not live: a reader of Russian gets the Kyrgyz original, marked (issue 9), not the draft.
    assert response.status_code == 200
    assert response.wsgi_request.translation_fallback is not None
    assert response.context["page"].locale == locales["ky"]


def test_translated_page_is_not_listed_before_it_is_published(
    client, central, kyrgyz_story, site_tree
):
    translate_through_admin(central, kyrgyz_story, "ru")
    client.logout()
    listing = client.get("/ru/stories/")
    assert listing.status_code == 200
    # Listed as not yet translated (the Kyrgyz original, issue 9): the draft is not shown.
    html = listing.content.decode()
    card = html[html.index("water-pipe") :][:400]
    assert "badge--language" in card


def test_translation_gets_the_snippets_of_its_locale(central, kyrgyz_story, reference, locales):
    translate_through_admin(central, kyrgyz_story, "ru", "en")
    for code in ("ru", "en"):
        translation = kyrgyz_story.get_translation(locales[code]).specific
        assert [t.locale.language_code for t in translation.topics.all()] == [code]
        assert translation.topics.get().translation_key == reference.water.translation_key
        assert translation.vulnerable_groups.get().locale == locales[code]
        assert translation.programme.locale == locales[code]
        # the draft revision, which is what gets published, says the same
        draft = translation.get_latest_revision_as_object()
        assert [t.locale_id for t in draft.topics.all()] == [locales[code].pk]


def sync_through_admin(client, page, **data):
    source = TranslationSource.objects.get_for_instance(page)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), data)
    assert response.status_code == 302


def test_sync_then_publish_in_the_translation_editor_localises_changed_topics(
    central, kyrgyz_story, reference, locales, django_capture_on_commit_callbacks
):
    translate_through_admin(central, kyrgyz_story, "ru")
    kyrgyz_story.topics.set([reference.light])
    kyrgyz_story.save_revision().publish()
    sync_through_admin(central, kyrgyz_story)
    translation_page = kyrgyz_story.get_translation(locales["ru"])
    assert translation_page.live is False  # syncing alone publishes nothing
    # the translation editor replaces the page's edit view; it publishes on commit
    with django_capture_on_commit_callbacks(execute=True):
        response = central.post(
            reverse("wagtailadmin_pages:edit", args=[translation_page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    translation_page = StoryPage.objects.get(pk=translation_page.pk)
    ru_light = reference.light.get_translation(locales["ru"])
    assert translation_page.live is True
    assert list(translation_page.topics.all()) == [ru_light]
    assert list(translation_page.get_latest_revision_as_object().topics.all()) == [ru_light]


def test_sync_and_publish_localises_every_relation(
    central, kyrgyz_story, reference, locales, django_capture_on_commit_callbacks
):
    translate_through_admin(central, kyrgyz_story, "en")
    kyrgyz_story.topics.set([reference.water, reference.light])
    kyrgyz_story.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        sync_through_admin(central, kyrgyz_story, publish_translations="on")
    translation = StoryPage.objects.get(pk=kyrgyz_story.get_translation(locales["en"]).pk)
    assert translation.live is True
    assert sorted(t.name for t in translation.topics.all()) == ["Drinking water", "Street lighting"]
    assert [g.name for g in translation.vulnerable_groups.all()] == ["Women"]
    assert translation.programme.name == "Voice and accountability"


def test_translating_a_page_leaves_existing_snippet_translations_alone(
    central, kyrgyz_story, reference, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_through_admin(central, kyrgyz_story, "ru", "en")
    english = reference.programme.get_translation(locales["en"])
    english.refresh_from_db()
    assert english.name == "Voice and accountability"
    assert reference.water.get_translation(locales["ru"]).name == "Питьевая вода"


def test_municipality_figures_follow_the_locale(central, site_tree, reference, locales):
    page = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тоң",
        slug="tong",
        region=reference.region,
        district=reference.district,
    )
    f.MunicipalityFigureFactory(page=page, kind="hearings_held", value=2)
    page.figures.update(programme=reference.programme)
    page.save_revision().publish()
    translate_through_admin(central, page, "ru")
    translation = page.get_translation(locales["ru"]).specific
    assert translation.region.locale == locales["ru"]
    assert translation.district.locale == locales["ru"]
    assert [row.programme.name for row in translation.figures.all()] == ["Голос граждан"]


def test_snippet_without_translation_stays_as_it_is(kyrgyz_story, reference, locales):
    lonely = f.TopicFactory(slug="sport", name="Спорт")
    kyrgyz_story.topics.add(lonely)
    kyrgyz_story.save()
    translation = f.translate(kyrgyz_story, "ru")
    translation.refresh_from_db()
    names = sorted(t.name for t in translation.topics.all())
    assert names == ["Питьевая вода", "Спорт"]


def test_the_texts_of_a_storys_rows_are_offered_for_translation(central, kyrgyz_story, locales):
    from wagtail_localize.models import StringSegment

    kyrgyz_story.votes.create(alternative="Көчө жарыгы", votes=30, chosen=True)
    kyrgyz_story.outputs.create(quantity=3, unit="км", description="көчө жарыгы тартылды")
    kyrgyz_story.quotes.create(text="Баары чогуу чечтик.", author="Айгүл", role="айыл тургуну")
    kyrgyz_story.save_revision().publish()
    vote = StoryPage.objects.get(pk=kyrgyz_story.pk).votes.get()
    assert vote.locale == locales["ky"]  # a new row takes its page's locale
    translate_through_admin(central, kyrgyz_story, "ru")
    source = TranslationSource.objects.get(object_id=kyrgyz_story.translation_key)
    offered = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {
        "Көчө жарыгы",
        "км",
        "көчө жарыгы тартылды",
        "Баары чогуу чечтик.",
        "Айгүл",
        "айыл тургуну",
    } <= offered
    translation = kyrgyz_story.get_translation(locales["ru"]).specific
    [russian_vote] = translation.votes.all()
    assert russian_vote.locale == locales["ru"]
    assert russian_vote.translation_key == vote.translation_key
    assert (russian_vote.votes, russian_vote.chosen) == (30, True)  # numbers synchronised
