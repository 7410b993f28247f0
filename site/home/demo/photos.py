"""Demonstration photos drawn with Pillow: a sky, two mountain ridges and a field in the
colour of a topic. Deterministic: the same run draws the same pictures."""

from dataclasses import dataclass
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.demo_data import LANGS, seeded_random, yaml_data

COLLECTION_NAME = "Demo photos"
PHOTO_COUNT = 24
SIZE = (1200, 750)
QUALITY = 80
# The stylesheet's topic colours (static/css, --topic-*), as RGB.
TOPIC_RGB = {
    "water": (61, 110, 143),
    "earth": (122, 90, 58),
    "sun": (138, 106, 18),
    "steppe": (79, 107, 52),
    "felt": (154, 59, 52),
    "sky": (77, 100, 121),
    "stone": (93, 90, 85),
    "plum": (109, 70, 104),
}
SKIES = (
    ((116, 160, 206), (222, 234, 242)),  # clear noon
    ((84, 118, 170), (240, 206, 160)),  # late afternoon
    ((150, 170, 190), (228, 228, 222)),  # overcast
    ((70, 96, 150), (246, 190, 140)),  # dusk
)


@dataclass
class Photo:
    image: object
    topic: str


def _mix(a, b, share):
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def _ridge(rng, width, base, height, points):
    step = width / points
    peaks = [(0, base)]
    for i in range(points + 1):
        peaks.append((round(i * step), round(base - rng.uniform(0.3, 1.0) * height)))
    peaks.append((width, base))
    return peaks


def draw(index, colour):
    """JPEG bytes of demo photo number `index`, its field in `colour` (RGB)."""
    rng = seeded_random(f"photo-{index}")
    width, height = SIZE
    top, horizon = SKIES[index % len(SKIES)]
    picture = PillowImage.new("RGB", SIZE, horizon)
    pen = ImageDraw.Draw(picture)
    sky_bottom = round(height * 0.62)
    for y in range(sky_bottom):
        pen.line([(0, y), (width, y)], fill=_mix(top, horizon, y / sky_bottom))
    far = _ridge(rng, width, sky_bottom, height * 0.38, rng.randint(5, 9))
    pen.polygon(far, fill=_mix((120, 130, 150), horizon, 0.35))
    for x, y in far[1:-1]:
        if y < sky_bottom - height * 0.26:
            pen.polygon([(x - 40, y + 36), (x, y), (x + 40, y + 36)], fill=(245, 247, 250))
    near = _ridge(rng, width, round(height * 0.72), height * 0.22, rng.randint(3, 6))
    pen.polygon(near, fill=_mix((70, 90, 60), (40, 40, 40), 0.3))
    field_top = round(height * rng.uniform(0.7, 0.78))
    pen.rectangle([0, field_top, width, height], fill=colour)
    for _row in range(rng.randint(4, 8)):
        y = rng.randint(field_top + 20, height - 10)
        pen.line(
            [(0, y), (width, y - rng.randint(-60, 60))], fill=_mix(colour, (0, 0, 0), 0.18), width=6
        )
    house_x = rng.randint(100, width - 400)
    house_y = field_top - 10
    pen.rectangle([house_x, house_y - 120, house_x + 220, house_y], fill=(236, 228, 212))
    pen.polygon(
        [
            (house_x - 20, house_y - 120),
            (house_x + 110, house_y - 200),
            (house_x + 240, house_y - 120),
        ],
        fill=_mix(colour, (0, 0, 0), 0.35),
    )
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=QUALITY, optimize=True)
    return buffer.getvalue()


def collection_get():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION_NAME).first()


def photos_get(snippets):
    """The demo photos already in the database, in their order."""
    collection = collection_get()
    if collection is None:
        return []
    topics = list(snippets.topics)
    images = get_image_model().objects.filter(collection=collection).order_by("pk")
    return [Photo(image=image, topic=topics[i % len(topics)]) for i, image in enumerate(images)]


def photos_build(snippets):
    """PHOTO_COUNT images in the "Demo photos" collection, cycling through the topics."""
    collection = collection_get() or Collection.get_first_root_node().add_child(
        name=COLLECTION_NAME
    )
    image_model = get_image_model()
    topics = snippets.topics
    slugs = list(topics)
    photos = []
    for index in range(PHOTO_COUNT):
        slug = slugs[index % len(slugs)]
        topic = next(iter(topics[slug].values()))
        english = topics[slug].get("en", topic).name
        image = image_model(
            title=f"Demo photo {index + 1:02d}: {english}",
            description=yaml_data("places")["photo_alt_text"][LANGS[0]],
            collection=collection,
            file=ImageFile(
                BytesIO(draw(index, TOPIC_RGB[topic.colour])), name=f"demo-{index + 1:02d}.jpg"
            ),
        )
        image._set_image_file_metadata()
        image.save()
        photos.append(Photo(image=image, topic=slug))
    return photos
