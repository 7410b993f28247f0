"""Image sizes are made when a page is published, so no reader waits for them: every size a
template asks for is declared in core.renditions.SPECS, and after a publish the first
reader of the page makes no rendition."""

import re
from pathlib import Path

import pytest
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from core.renditions import SPECS, filter_specs
from tests import factories as f
from tests.stories.conftest import make_image

SITE = Path(__file__).resolve().parent.parent.parent / "site"
IMAGE_TAG = re.compile(r"{%\s*(?:picture|srcset_image|image)\s+\S+\s+(.*?)%}")
SPEC_BIT = re.compile(r"^(?:format|fill|width|height|max|min|jpegquality|webpquality|original)-")


def template_specs():
    """{template: [expanded specs]} of every image tag in the site's templates."""
    found = {}
    for path in SITE.glob("*/templates/**/*.html"):
        for arguments in IMAGE_TAG.findall(path.read_text(encoding="utf-8")):
            bits = [bit for bit in arguments.split() if SPEC_BIT.match(bit)]
            found.setdefault(path.relative_to(SITE).as_posix(), []).extend(Filter.expand_spec(bits))
    return found


def renditions():
    return get_image_model().get_rendition_model().objects


def test_every_size_a_template_shows_is_declared():
    declared = set(filter_specs(*SPECS))
    found = template_specs()
    assert found, "no image tag found: the pattern no longer reads the templates"
    missing = {path: sorted(set(specs) - declared) for path, specs in found.items()}
    assert {path: specs for path, specs in missing.items() if specs} == {}


@pytest.mark.django_db
def test_a_published_story_has_every_size_before_its_first_reader(client, municipality, reference):
    main, in_gallery, in_body = make_image("Main"), make_image("Gallery"), make_image("Body")
    story = f.StoryPageFactory(parent=municipality, image=main, live=False)
    story.topics.set([reference.water])
    story.gallery_images.create(image=in_gallery, consent_recorded=True)
    story.body = [("image", {"image": in_body, "caption": "", "credit": ""})]
    story.save()
    assert not renditions().filter(image__in=[main, in_gallery, in_body]).exists()

    story.save_revision().publish()

    made = {
        image.pk: set(renditions().filter(image=image).values_list("filter_spec", flat=True))
        for image in (main, in_gallery, in_body)
    }
    assert made[main.pk] == set(filter_specs("card", "wide", "share", "embed"))
    assert made[in_gallery.pk] == set(filter_specs("gallery"))
    assert made[in_body.pk] == set(filter_specs("wide"))
    count = renditions().count()
    assert client.get(story.url).status_code == 200
    assert renditions().count() == count  # the reader made none


@pytest.mark.django_db
def test_a_broken_image_is_logged_and_the_page_is_still_published(municipality, caplog):
    broken = make_image("Broken")
    Path(broken.file.path).write_bytes(b"not a picture")  # the file went bad on disk
    news = f.NewsPageFactory(parent=municipality, image=broken, live=False)
    news.save_revision().publish()
    news.refresh_from_db()
    assert news.live
    assert f"Could not make the renditions of image {broken.pk}" in caplog.text
    assert not renditions().filter(image=broken).exists()


@pytest.mark.django_db
def test_publishes_in_a_deferred_block_make_each_image_once_at_its_end(municipality):
    from core.renditions import renditions_deferred

    shared = make_image("Shared")
    stories = [f.StoryPageFactory(parent=municipality, image=shared, live=False) for _ in range(3)]
    with renditions_deferred():
        for story in stories:
            story.save_revision().publish()
        assert not renditions().filter(image=shared).exists()
    made = list(renditions().filter(image=shared).values_list("filter_spec", flat=True))
    assert sorted(made) == sorted(set(filter_specs("card", "wide", "share", "embed")))
