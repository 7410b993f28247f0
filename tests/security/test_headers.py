"""Content-Security-Policy without 'unsafe-inline' on public pages, the admin's own policy,
framing only for /embed/, and Permissions-Policy."""

import re

import pytest


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_public_pages_have_a_strict_policy(client, story, language):
    for url in (f"/{language}/", f"/{language}/stories/", story.url):
        response = client.get(url)
        assert response.status_code == 200
        policy = directives(response)
        assert policy["script-src"] == ["'self'"]
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["object-src"] == ["'none'"]
        assert "camera=()" in response["Permissions-Policy"]


def test_public_pages_have_no_inline_script_or_style(client, story):
    for url in ("/ky/", "/ky/stories/", story.url):
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html), url
        assert " style=" not in html, url
        assert "<style" not in html, url


def test_story_index_loads_its_facet_script_from_static(client, site_tree):
    html = client.get("/ky/stories/").content.decode()
    assert 'src="/static/js/listing-facets.js"' in html


def test_the_500_page_style_is_allowed_by_its_hash(settings):
    style_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    assert any(source.startswith("'sha256-") for source in style_src)


def test_admin_has_its_own_policy_and_may_frame_itself(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    response = client.get("/admin/")
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in policy["script-src"]


def test_only_embed_pages_may_be_framed_elsewhere(rf, settings):
    from django.http import HttpResponse

    from core.middleware import ContentSecurityPolicyMiddleware

    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))
    embed = middleware(rf.get("/embed/stories/12/"))
    page = middleware(rf.get("/ky/stories/"))
    assert directives(embed)["frame-ancestors"] == ["*"]
    assert directives(embed)["script-src"] == ["'self'"]
    assert directives(page)["frame-ancestors"] == ["'none'"]
