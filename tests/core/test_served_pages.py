"""What serving a page reads from each process's memory (issue 12): the site, the private
sections, the locales; and the route to a page below a municipality in two queries. Every
change of what is kept must show at the next request."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core import sites
from core.pages import PathRouteMixin
from core.selectors import page_ancestors, private_pages_q
from core.translations import locale_by_id
from stories.models import StoryPage

pytestmark = pytest.mark.django_db


def test_a_private_section_is_private_at_once_and_public_again_at_once(client, story):
    municipality = story.get_parent()
    url = story.url
    assert client.get(url).status_code == 200
    assert StoryPage.objects.exclude(private_pages_q()).filter(pk=story.pk).exists()

    restriction = PageViewRestriction.objects.create(
        page=municipality, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(url)
    assert response.status_code == 200
    assert b'name="password"' in response.content  # Wagtail's password form, not the story
    assert not StoryPage.objects.exclude(private_pages_q()).filter(pk=story.pk).exists()
    assert list(story.get_view_restrictions()) == [restriction]

    restriction.delete()
    assert not story.get_view_restrictions().exists()
    assert story.title.encode() in client.get(url).content


def test_a_page_below_a_municipality_is_routed_in_two_queries(
    client, story, django_assert_max_num_queries
):
    home = story.get_parent().get_parent().get_parent().specific
    request = RequestFactory().get(story.url)
    components = [part for part in story.url.split("/")[2:] if part]
    locale_by_id(story.locale_id)  # the locales: read once per process and version
    with django_assert_max_num_queries(2):
        routed = PathRouteMixin.route(home, request, components)
    assert routed.page.pk == story.pk and isinstance(routed.page, StoryPage)
    # The ancestors read on the way make the breadcrumb trail without a query.
    expected = [page.pk for page in page_ancestors(page=story)]
    assert [page.pk for page in page_ancestors(page=routed.page)] == expected


def test_routing_answers_what_wagtail_answers(story, municipality):
    home = municipality.get_parent().get_parent().specific
    request = RequestFactory().get(story.url)
    components = [part for part in story.url.split("/")[2:] if part]

    def route(parts):
        try:
            return home.route(request, parts).page.pk
        except Http404:
            return None

    assert route(components) == story.pk
    assert route([*components[:-1], "no-such-story"]) is None
    assert route([*components, "deeper"]) is None
    # A draft on the way still routes (as Wagtail's own routing), a draft page does not.
    municipality.unpublish()
    assert route(components) == story.pk
    story.unpublish()
    assert route(components) is None


def test_a_renamed_slug_routes_at_once(client, story):
    story.slug = "renamed-story"
    story.save_revision().publish()
    assert client.get(Page.objects.get(pk=story.pk).url).status_code == 200


def test_the_site_of_a_request_is_the_one_wagtail_finds(site_tree):
    request = RequestFactory().get("/ky/", HTTP_HOST="localhost")
    assert sites.site_for_request(request).pk == Site.find_for_request(request).pk
    other = Site.objects.create(
        hostname="other.example", port=80, root_page=site_tree.home, site_name="Other"
    )
    request = RequestFactory().get("/ky/", HTTP_HOST="other.example")
    assert sites.site_for_request(request).pk == other.pk  # the new site, at once
    other.delete()
    assert sites.site_for_request(request).pk != other.pk


def test_each_request_gets_its_own_copy_of_the_site(site_tree):
    request = RequestFactory().get("/ky/", HTTP_HOST="localhost")
    first, second = sites.site_for_request(request), sites.site_for_request(request)
    assert first is not second and first.root_page is not second.root_page
    first.root_page.title = "changed by one request"
    assert second.root_page.title != "changed by one request"


def test_a_page_gets_its_locale_without_a_query(locales, django_assert_num_queries):
    locale_by_id(locales["ky"].pk)  # read once per process and version
    with django_assert_num_queries(0):
        assert locale_by_id(locales["ru"].pk).language_code == "ru"


def test_an_added_locale_is_known_at_once(locales):
    assert locale_by_id(locales["ky"].pk).language_code == "ky"
    added = Locale.objects.create(language_code="fr")
    assert locale_by_id(added.pk).language_code == "fr"
