"""The home page and a programme page run the same number of queries however many
stories, municipalities, figures, news and services there are."""

import datetime
import itertools

import pytest
import wagtail_factories
from django.core.cache import cache

from core.models import ProgrammeFigure
from home.models import HomeFeaturedStory
from tests import factories as f

# Pinned exactly: a change here is a decision, not noise. Measured on a warm request
# (renditions made, translations loaded) after the cache was cleared.
# Issue 12: the site, the private sections (five `.public()` reads) and the locales come
# from each process's memory; the cards' topics come from the story records.
# Issue 12 (listperf): the pipeline and outsourcing counted from one GROUP BY of the
# services (`registry.selectors.service_tally`), not two: one fewer.
HOME_QUERIES = 32
HOME_QUERIES_LATEST = 32
PROGRAMME_QUERIES = 28  # its stories from the cached records (untranslated ones too)

SMALL = {"stories": 3, "municipalities": 2}
LARGE = {"stories": 20, "municipalities": 6}
SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["small", "large"])


def build_corpus(site_tree, reference, *, stories, municipalities):
    """Municipalities with figures over two years, news and a register each; stories with
    an image, topics and the programme, spread over the municipalities."""
    places = []
    for number in range(municipalities):
        place = f.MunicipalityPageFactory(
            parent=site_tree.municipalities, district=reference.district, region=reference.region
        )
        place.programmes.set([reference.programme])
        place.save()
        for kind, year in itertools.product(
            ("hearings_held", "hearing_participants", "budget_changes"), (2022, 2023)
        ):
            f.MunicipalityFigureFactory(
                page=place,
                kind=kind,
                value=10 + number + year % 10,
                as_of=datetime.date(year, 12, 31),
                programme=reference.programme,
            )
        for day in (1, 2):
            f.NewsPageFactory(parent=place, date=datetime.date(2025, 4, day + number))
        register = f.ServiceRegisterPageFactory(parent=place)
        for status in ("approved", "proposed", "approved"):
            f.ServicePageFactory(parent=register, initiated_by="vulnerable_group", status=status)
        places.append(place)
    created = []
    for number in range(stories):
        story = f.StoryPageFactory(
            parent=places[number % len(places)],
            programme=reference.programme,
            image=wagtail_factories.ImageFactory(),
        )
        story.topics.set([reference.water, reference.light][: 1 + number % 2])
        story.vulnerable_groups.set([reference.women])
        story.save()
        created.append(story)
    ProgrammeFigure.objects.create(
        programme=reference.programme, kind="hearings_held", qualifier="more_than", value=10
    )
    return created


def measured_get(client, url, django_assert_num_queries, expected):
    assert client.get(url).status_code == 200  # warm-up: renditions, translations
    cache.clear()
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response


@SIZES
def test_home_page_query_count_does_not_grow_with_the_corpus(
    client, site_tree, reference, django_assert_num_queries, size
):
    stories = build_corpus(site_tree, reference, **size)
    for order, story in enumerate(stories[:3]):
        HomeFeaturedStory.objects.create(page=site_tree.home, story=story, sort_order=order)

    response = measured_get(client, "/ky/", django_assert_num_queries, HOME_QUERIES)

    assert response.context["featured_by_editors"] is True
    assert response.context["totals"]["stories"] == size["stories"] + 1  # and the world's
    assert len(response.context["latest_news"]) == min(2 * size["municipalities"], 5)


@SIZES
def test_home_page_with_the_latest_stories_query_count_does_not_grow(
    client, site_tree, reference, django_assert_num_queries, size
):
    build_corpus(site_tree, reference, **size)

    response = measured_get(client, "/ky/", django_assert_num_queries, HOME_QUERIES_LATEST)

    assert response.context["featured_by_editors"] is False
    assert len(response.context["featured_stories"]) == min(size["stories"] + 1, 6)


@SIZES
def test_programme_page_query_count_does_not_grow_with_the_corpus(
    client, site_tree, reference, django_assert_num_queries, size
):
    build_corpus(site_tree, reference, **size)
    f.ProgrammePageFactory(parent=site_tree.home, programme=reference.programme)

    response = measured_get(client, "/ky/vap/", django_assert_num_queries, PROGRAMME_QUERIES)

    assert response.context["story_count"] == size["stories"] + 1  # the world's is VAP too
    assert len(response.context["programme_municipalities"]) == size["municipalities"]
