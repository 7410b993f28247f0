"""The anonymous page cache: stored for anonymous visitors only, revalidated with ETag and
Last-Modified (304), purged on publish, unpublish and move so the next reader sees the
change, in every language; compression with gzip and brotli."""

import gzip

import brotli
import pytest
from wagtail.models import Locale

from core import middleware
from tests import factories as f


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def get(client, url, **headers):
    return client.get(url, HTTP_ACCEPT_ENCODING="identity", **headers)


def test_anonymous_page_is_cached_with_validators(client, story):
    first = get(client, story.url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert first["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    second = get(client, story.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_conditional_requests_get_304(client, story):
    first = get(client, story.url)
    by_etag = get(client, story.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = get(client, story.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304
    assert get(client, story.url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_signed_in_editors_are_never_served_or_stored(client, story, django_user_model):
    get(client, story.url)  # cached for the anonymous
    editor = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    response = get(client, story.url)
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"
    client.logout()
    client.cookies.clear()
    assert get(client, story.url)["X-Page-Cache"] == "hit"


def test_admin_and_preview_are_not_cached(client, story):
    assert "X-Page-Cache" not in get(client, "/admin/login/")
    assert "X-Page-Cache" not in get(client, "/healthz")


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_a_publish_is_visible_to_the_next_anonymous_reader(client, story, language):
    locale = Locale.objects.get(language_code=language)
    municipality = story.get_parent()
    urls = {
        "home": municipality.get_parent().get_parent().get_translation(locale).url,
        "index": f"/{language}/stories/",
        "municipality": municipality.get_translation(locale).url,
        "story": story.get_translation(locale).url,
    }
    for url in urls.values():
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == "hit"

    # A new story in Kyrgyz, and a changed title of the existing one in this language.
    f.StoryPageFactory(parent=municipality, title="Жаңы көпүрө курулду", slug="bridge")
    translated = story.get_translation(locale)
    translated.title = "Updated title in " + language
    translated.save_revision().publish()

    assert "Updated title in " + language in get(client, urls["story"]).content.decode()
    listing = get(client, urls["index"])
    assert listing["X-Page-Cache"] == "miss"
    assert "Updated title in " + language in listing.content.decode()
    for name in ("home", "municipality"):
        assert get(client, urls[name])["X-Page-Cache"] == "miss", name
    if language == "ky":
        assert "Жаңы көпүрө курулду" in get(client, "/ky/stories/").content.decode()


def test_unpublish_and_move_purge_the_old_page(client, story, site_tree, reference):
    url = story.url
    get(client, url)
    # Every language: while one translation is live, the others show it (issue 9).
    for translation in story.get_translations(inclusive=True).specific():
        translation.unpublish()
    assert get(client, url).status_code == 404

    other = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тамга",
        slug="tamga",
        region=reference.region,
        district=reference.district,
    )
    story.save_revision().publish()
    assert get(client, url).status_code == 200
    get(client, url)
    story.move(other, pos="last-child")
    moved = get(client, url)  # not the cached page: Wagtail's redirect to the new address
    assert moved.status_code == 301
    assert moved["Location"] == "/ky/municipalities/tamga/kindergarten/"


def test_gzip_and_brotli_when_the_client_asks(client, story):
    plain = client.get("/ky/", HTTP_ACCEPT_ENCODING="identity")
    gzipped = client.get("/ky/", HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(gzipped.content) == plain.content
    br = client.get("/ky/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert br["Content-Encoding"] == "br"
    assert brotli.decompress(br.content) == plain.content
    assert len(br.content) < len(plain.content) / 3
    assert "Accept-Encoding" in br["Vary"]
    assert "Content-Encoding" not in plain


def test_a_cached_page_is_compressed_once_until_it_changes(client, story, monkeypatch):
    made = []
    real = brotli.compress
    monkeypatch.setattr(
        middleware.brotli, "compress", lambda *a, **k: made.append(1) or real(*a, **k)
    )
    url = story.url
    first = client.get(url, HTTP_ACCEPT_ENCODING="br")
    hits = [client.get(url, HTTP_ACCEPT_ENCODING="br") for _ in range(3)]
    assert [hit["X-Page-Cache"] for hit in hits] == ["hit"] * 3
    assert len(made) == 1  # the miss; every hit sends what it made
    assert {hit.content for hit in hits} == {first.content}
    assert hits[0]["Content-Encoding"] == "br" and "Accept-Encoding" in hits[0]["Vary"]
    assert brotli.decompress(hits[0].content) == get(client, url).content

    story.title = "Бостериде жаңы бала бакча"
    story.save_revision().publish()
    changed = client.get(url, HTTP_ACCEPT_ENCODING="br")
    assert "жаңы бала бакча" in brotli.decompress(changed.content).decode()
    assert len(made) == 2


def test_admin_is_never_brotli_compressed(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("r", "r@example.org", "p"))
    response = client.get("/admin/", HTTP_ACCEPT_ENCODING="br, gzip")
    assert response["Content-Encoding"] == "gzip"


def test_publish_purges_the_cdn_with_the_listings_in_every_language(settings, story, monkeypatch):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    purged = []
    monkeypatch.setattr(PurgeBatch, "purge", lambda self, **kw: purged.extend(self.urls))
    story.save_revision().publish()
    base = settings.WAGTAILADMIN_BASE_URL
    for language in ("ky", "ru", "en"):
        assert f"{base}/{language}/" in purged
        assert f"{base}/{language}/stories/" in purged
        assert f"{base}/{language}/municipalities/" in purged
    assert f"{base}/ky/municipalities/bosteri/" in purged
    assert f"{base}/en/municipalities/bosteri/kindergarten/" in purged


def test_a_cdn_is_configured_only_when_its_variable_is_set():
    from tests.test_settings import loaded_settings, production_environ

    env = production_environ(FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081")
    config = loaded_settings(env, "WAGTAILFRONTENDCACHE")["WAGTAILFRONTENDCACHE"]
    assert config["cdn"]["LOCATION"] == "http://varnish.internal:6081"
    result = loaded_settings(production_environ(), "INSTALLED_APPS")
    assert "wagtail.contrib.frontend_cache" in result["INSTALLED_APPS"]


def test_batched_purges_happen_once_on_the_way_out(client, story, settings, monkeypatch):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from core.pagecache import purges_batched

    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    batches = []
    monkeypatch.setattr(PurgeBatch, "purge", lambda self, **kw: batches.append(set(self.urls)))
    url = story.url
    get(client, url)
    assert get(client, url)["X-Page-Cache"] == "hit"
    with purges_batched():
        for translation in story.get_translations(inclusive=True).specific():
            translation.title = f"Batched {translation.locale.language_code}"
            translation.save_revision().publish()
        assert batches == []
        assert get(client, url)["X-Page-Cache"] == "hit"  # not yet purged
    [purged] = batches
    base = settings.WAGTAILADMIN_BASE_URL
    for language in ("ky", "ru", "en"):
        assert f"{base}/{language}/stories/" in purged
        assert f"{base}/{language}/municipalities/bosteri/" in purged
        assert f"{base}/{language}/municipalities/bosteri/kindergarten/" in purged
    page = get(client, url)
    assert page["X-Page-Cache"] == "miss" and "Batched ky" in page.content.decode()
