"""API v2 as a partner uses it: facets by slug and id, the site's search, the municipality,
permalink and licence of each page, public absolute URLs, CORS, and a 400 or 404 with a
message (never a 500) for every bad parameter, hostile ones included."""

import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"
STORIES = {"type": "stories.StoryPage"}


def get(client, params, path=API):
    return client.get(path, params)


def titles(response, locale="en"):
    assert response.status_code == 200, response.content
    return sorted(
        item["title"] for item in response.json()["items"] if item["meta"]["locale"] == locale
    )


# ---- Facets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topics": "drinking-water"}, ["Bosteri rebuilds its kindergarten"]),
        ({"topic": "street-lighting"}, ["Light in Kurshab"]),
        ({"topics": "drinking-water,street-lighting"}, None),
        ({"vulnerable_groups": "women"}, ["Bosteri rebuilds its kindergarten"]),
        ({"programme": "psi"}, ["Light in Kurshab"]),
        ({"programmes": "vap"}, ["Bosteri rebuilds its kindergarten"]),
        ({"region": "osh"}, ["Light in Kurshab"]),
        ({"district": "tong"}, ["Bosteri rebuilds its kindergarten"]),
        ({"municipality": "kurshab"}, ["Light in Kurshab"]),
        ({"region": "osh,issyk-kul", "topics": "street-lighting"}, ["Light in Kurshab"]),
    ],
)
def test_story_facets_work_by_slug(client, world, params, expected):
    response = get(client, {**STORIES, **params})
    if expected is None:
        expected = ["Bosteri rebuilds its kindergarten", "Light in Kurshab"]
    assert titles(response) == expected


def test_facets_take_ids_of_any_language(client, world):
    water_en = world.water.get_translation(Locale.objects.get(language_code="en"))
    for value in (str(world.water.pk), str(water_en.pk), f"{world.light.pk},{water_en.pk}"):
        response = get(client, {**STORIES, "topics": value, "locale": "ru"})
        assert titles(response, "ru") != [], value
    response = get(client, {**STORIES, "topics": str(water_en.pk), "locale": "ru"})
    assert titles(response, "ru") == ["В Бостери отремонтировали детский сад"]


def test_municipality_filters_by_region_and_programme(client, world):
    response = get(
        client,
        {"type": "municipalities.MunicipalityPage", "programmes": "vap", "region": "issyk-kul"},
    )
    assert titles(response, "ky") == ["Бостери"]


def test_service_filters_by_initiating_group_and_municipality(client, world):
    response = get(
        client,
        {"type": "registry.ServicePage", "initiating_groups": "women", "municipality": "bosteri"},
    )
    assert titles(response, "ky") == ["Ичүүчү суу"]


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"topics": "atlantis"}, "atlantis"),
        ({"topics": "drinking-water,nope"}, "nope"),
        ({"topics": ","}, "at least one"),
        ({"topics": "99999999999999999999999"}, "99999999999999999999999"),
        ({"programme": "zzz"}, "zzz"),
        ({"region": "mars"}, "mars"),
        ({"municipality": "x" * 600}, "municipality"),
        ({"year": "abc"}, "year"),
        ({"year": "9" * 25}, "year"),
        ({"year": "٣"}, "year"),
        ({"total_kgs": str(2**63)}, "total_kgs"),
        ({"tariff_approved": "maybe"}, "tariff_approved"),
        ({"gathering_date": "2020-13-45"}, "gathering_date"),
        ({"body": "x"}, "body"),
        ({"votes": "abc"}, "votes"),
        ({"colour": "red"}, "colour"),
        ({"topics": ",".join(str(n) for n in range(40))}, "at most"),
    ],
)
def test_bad_filter_values_give_400_with_a_message(client, world, params, needle):
    response = get(client, {**STORIES, **params})
    assert response.status_code == 400
    assert needle in response.json()["message"]


def test_a_facet_without_a_type_names_what_is_missing(client, world):
    response = get(client, {"topics": "drinking-water"})
    assert response.status_code == 400
    assert "type=" in response.json()["message"]


# ---- Hostile input (issue 12) -------------------------------------------------------


HUGE = str(2**63)


@pytest.mark.parametrize(
    "params",
    [
        {"offset": HUGE},
        {"limit": HUGE},
        {"offset": "-1"},
        {"limit": "1000"},
        {"offset": "１"},
        {"child_of": HUGE},
        {"descendant_of": HUGE},
        {"ancestor_of": "9" * 30},
        {"translation_of": "abc"},
        {"search": "\x00"},
        {"search": "вода\x00"},
        {"search": '"'},
        {"search": " "},
        {"search": "''"},
        {"search": "суу", "search_operator": "xor"},
        {"locale": "ky\x00"},
        {"title": "a\x00"},
        {"type": "stories.StoryPage\x00"},
        {"type": "nothing.Here"},
        {"fields": "nope"},
        {"order": "nope"},
        {"order": "random", "offset": "1"},
        {"zzz": "1"},
    ],
)
def test_hostile_parameters_give_400(client, world, params):
    response = get(client, params)
    assert response.status_code == 400, response.content
    assert response.json()["message"]


@pytest.mark.parametrize(
    "path",
    [
        f"{API}{HUGE}/",
        f"{API}{'9' * 25}/",
        f"{API}find/?id={HUGE}",
        f"{API}find/?id=abc",
        f"{API}find/?html_path=/nowhere/",
        f"{API}?locale=xx",
        "/api/v2/images/99999999999999999999/",
        "/api/v2/documents/99999999999999999999/",
        "/s/" + "9" * 25 + "/",
        "/s/" + "9" * 20 + "/",
        f"/s/{2**31}/",
    ],
)
def test_hostile_ids_and_paths_give_404(client, world, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("param", ["html_path", "locale", "search", "topics", "site"])
def test_a_nul_byte_in_any_parameter_is_refused(client, world, param):
    response = client.get(f"{API}?type=stories.StoryPage&{param}=%00x")
    assert response.status_code == 400
    response = client.get(f"{API}find/?{param}=a%00")
    assert response.status_code in {400, 404}


@pytest.mark.parametrize("endpoint", ["images", "documents"])
@pytest.mark.parametrize(
    "params",
    [{"offset": HUGE}, {"limit": "-3"}, {"search": '"'}, {"title": "\x00"}, {"id": "x"}],
)
def test_images_and_documents_refuse_hostile_parameters(client, world, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400


def test_offset_past_the_end_gives_an_empty_page(client, world):
    response = get(client, {**STORIES, "offset": "1000000000"})
    assert response.status_code == 200
    assert response.json()["items"] == []


# ---- Search ---------------------------------------------------------------------------


def test_search_uses_the_story_search_with_place_names_across_scripts(client, world):
    for query in ("Kurshab", "Куршаб", "Куршабда", "КУРШАБ"):
        response = get(client, {**STORIES, "search": query, "locale": "en"})
        assert titles(response) == ["Light in Kurshab"], query


def test_search_folds_kyrgyz_letters(client, world):
    response = get(client, {**STORIES, "search": "жарыгы", "locale": "ky"})
    assert titles(response, "ky") == ["Куршабдагы көчө жарыгы"]
    response = get(client, {**STORIES, "search": "кочо жарыгы", "locale": "ky"})
    assert titles(response, "ky") == ["Куршабдагы көчө жарыгы"]


def test_search_with_a_quote_inside_words_still_works(client, world):
    response = get(client, {**STORIES, "search": 'Kurshab"', "locale": "en"})
    assert titles(response) == ["Light in Kurshab"]


def test_search_of_other_types_is_safe(client, world):
    response = get(client, {"search": "Bosteri'"})
    assert response.status_code == 200


# ---- What a story, municipality and service name --------------------------------------


def test_a_story_names_its_municipality_permalink_and_licence(client, world):
    story = world.story
    response = client.get(f"{API}{story.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["municipality"]["slug"] == "bosteri"
    assert data["municipality"]["title"] == "Бостери"
    assert data["municipality"]["official_name"] == "Бостери айыл аймагы"
    assert data["municipality"]["coate"] == "41707215"
    assert data["municipality"]["region"] == {"slug": "issyk-kul", "name": "Ысык-Көл облусу"}
    assert data["municipality"]["html_url"] == "http://testserver/ky/municipalities/bosteri/"
    assert data["permalink"] == f"http://testserver/s/{story.pk}/"
    assert data["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }


def test_story_listing_fields_include_the_municipality(client, world):
    response = get(client, {**STORIES, "fields": "municipality,permalink,licence", "locale": "en"})
    items = response.json()["items"]
    assert {item["municipality"]["title"] for item in items} == {"Bosteri", "Kurshab"}
    assert all(item["permalink"].startswith("http://testserver/s/") for item in items)


def test_a_municipality_and_a_service_name_their_licence_and_municipality(client, world):
    municipality = world.bosteri
    data = client.get(f"{API}{municipality.pk}/").json()
    assert data["licence"]["name"] == "CC BY 4.0"
    data = client.get(f"{API}{world.service.pk}/").json()
    assert data["municipality"]["slug"] == "bosteri"
    assert data["licence"]["name"] == "CC BY 4.0"


def test_absolute_urls_use_the_public_host(client, world, settings):
    settings.ASHAR_PUBLIC_BASE_URL = "https://ashar.example.org"
    settings.WAGTAILAPI_BASE_URL = "https://ashar.example.org"
    story = world.story
    data = client.get(f"{API}{story.pk}/", HTTP_HOST="localhost").json()
    assert (
        data["meta"]["html_url"]
        == "https://ashar.example.org/ky/municipalities/bosteri/kindergarten/"
    )
    assert data["meta"]["detail_url"] == f"https://ashar.example.org/api/v2/pages/{story.pk}/"
    assert data["permalink"] == f"https://ashar.example.org/s/{story.pk}/"


# ---- CORS ---------------------------------------------------------------------------


def test_api_is_open_to_other_origins_for_reading(client, world):
    response = client.get(API, HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    response = client.options(
        API, HTTP_ORIGIN="https://partner.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert response.status_code == 204
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_pages_and_writes_get_no_cors_headers(client, world):
    assert "Access-Control-Allow-Origin" not in client.get("/ky/")
    assert "Access-Control-Allow-Origin" not in client.post(API)


@pytest.mark.parametrize("params", [STORIES, {}], ids=["stories", "every type"])
def test_a_listings_queries_do_not_grow_with_its_pages(client, world, params):
    """Every item names its locale: read with the page, not one query per item."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for limit in (1, 20):
        get(client, {**params, "limit": limit})  # the caches filled (sites, the listing)
        with CaptureQueriesContext(connection) as queries:
            response = get(client, {**params, "limit": limit})
        assert response.status_code == 200
        assert len(response.json()["items"]) == min(limit, response.json()["meta"]["total_count"])
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert response.json()["meta"]["total_count"] > 1


def _count_and_queries(client, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = get(client, params)
    assert response.status_code == 200, response.content
    counted = any("COUNT(" in query["sql"] for query in queries.captured_queries)
    return response.json()["meta"]["total_count"], counted


def test_a_listings_count_is_kept_until_a_page_is_published_or_unpublished(client, world):
    """`meta.total_count` counts every page the listing holds, and its pages in tree order
    are found among all of them: both are made once, kept in the shared cache, and made
    again after a publish, an unpublish or a delete."""
    from stories.models import StoryPage

    params = {**STORIES, "locale": "ru"}
    total, counted = _count_and_queries(client, params)
    assert counted
    assert _count_and_queries(client, {**params, "offset": 1}) == (total, False)  # kept
    assert _count_and_queries(client, {**params, "limit": 3}) == (total, False)
    assert _count_and_queries(client, {**params, "order": "title"})[1]  # another query

    first = get(client, params).json()["items"][0]["id"]
    story = StoryPage.objects.get(pk=first)
    story.unpublish()
    assert _count_and_queries(client, params) == (total - 1, True)
    assert first not in [item["id"] for item in get(client, params).json()["items"]]
    story.save_revision().publish()
    assert _count_and_queries(client, params) == (total, True)
    story.delete()
    assert _count_and_queries(client, params) == (total - 1, True)


def test_a_listings_count_without_the_cache_is_counted_every_time(client, world, monkeypatch):
    from partners import api

    monkeypatch.setattr(api, "version", lambda key: None)  # what `version` says when down
    first = _count_and_queries(client, STORIES)
    assert first[1]
    assert _count_and_queries(client, STORIES) == first


def test_a_random_order_is_never_kept(client, world):
    first = get(client, {**STORIES, "order": "random", "limit": 50}).json()["items"]
    orders = {
        tuple(
            item["id"]
            for item in get(client, {**STORIES, "order": "random", "limit": 50}).json()["items"]
        )
        for _ in range(8)
    }
    assert len(first) > 3 and len(orders) > 1
