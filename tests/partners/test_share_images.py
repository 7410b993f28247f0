"""The share image of a story: 1200×630 PNG with its title in the story's language, drawn
once per revision and kept on the storage; og:image and twitter:image point to it."""

import io

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from partners import share_images

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not share_images.can_draw(), reason="DejaVu fonts are not installed"),
]


def png(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    return b"".join(response.streaming_content)


def test_share_image_is_1200_by_630_and_cached(client, world, monkeypatch):
    story = world.story.get_translation(world.locales["ru"])
    data = png(client.get(f"/share/story/{story.pk}.png"))
    image = Image.open(io.BytesIO(data))
    assert image.size == (1200, 630)
    assert image.format == "PNG"
    assert default_storage.exists(share_images.storage_name(story))

    def no_second_drawing(page):
        raise AssertionError("drawn twice")

    monkeypatch.setattr(share_images, "render", no_second_drawing)
    assert png(client.get(f"/share/story/{story.pk}.png")) == data


def test_each_language_gets_its_own_image(client, world):
    images = {
        code: png(client.get(f"/share/story/{world.story.get_translation(locale).pk}.png"))
        for code, locale in world.locales.items()
    }
    assert len(set(images.values())) == 3


def test_a_long_kyrgyz_title_fits(world):
    story = world.story
    story.title = "Бостериде " + "көчөлөргө жарык орнотулуп, ичүүчү суу түтүгү оңдолду " * 6
    image = Image.open(io.BytesIO(share_images.render(story)))
    assert image.size == (1200, 630)


def test_story_pages_announce_the_share_image(client, world):
    story = world.story.get_translation(world.locales["en"])
    html = client.get("/en/municipalities/bosteri/kindergarten/").content.decode()
    url = f"http://testserver/share/story/{story.pk}.png"
    assert f'<meta property="og:image" content="{url}">' in html
    assert f'<meta name="twitter:image" content="{url}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


@pytest.mark.parametrize(
    "path",
    ["/share/story/{municipality}.png", "/share/story/0.png", "/share/story/" + "9" * 25 + ".png"],
)
def test_share_images_of_what_is_not_a_story_are_not_found(client, world, path):
    assert client.get(path.format(municipality=world.bosteri.pk)).status_code == 404
