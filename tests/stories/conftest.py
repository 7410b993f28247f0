"""Fixtures of the story tests: a cleared cache, and small corpora of stories across two
regions built with the factories."""

import datetime
import io
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests import factories as f
from tests import world


@pytest.fixture(autouse=True)
def fresh_cache():
    """Story records are cached; each test starts from the database it builds."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def interface_in_source_strings(settings, tmp_path):
    """The project's interface catalogues left out, so that pages in every language show
    the interface's English source strings: the tests read the facts and the content in
    its language without depending on the translators' wording (the completeness of the
    catalogues has its own test). Changing LOCALE_PATHS resets Django's translations."""
    settings.LOCALE_PATHS = [tmp_path / "no-catalogues"]


def make_image(title="Photo", colour=(160, 90, 60)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 40), colour).save(buffer, format="JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg")
    )


@pytest.fixture
def places(site_tree, reference, municipality):
    """A second region (Osh) with its district (Өзгөн/Узген/Uzgen) and municipality, in
    three languages, next to the fixtures' Issyk-Kul, Tong district and Bosteri."""
    return places_build()


def places_build():
    """What `places` gives, for a module's corpus (tests/world.py `module_corpus`)."""
    reference, site_tree = world.reference(), world.site_tree()
    osh = f.RegionFactory(slug="osh", name="Ош облусу", iso_code="KG-O")
    uzgen = f.DistrictFactory(region=osh, slug="uzgen", name="Өзгөн району")
    for code, region_name, district_name in (
        ("ru", "Ошская область", "Узгенский район"),
        ("en", "Osh Region", "Uzgen District"),
    ):
        f.translate_snippet(osh, code, name=region_name)
        f.translate_snippet(uzgen, code, name=district_name)
    kurshab = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Куршаб",
        slug="kurshab",
        official_name="Куршаб айыл аймагы",
        region=osh,
        district=uzgen,
    )
    f.translate(kurshab, "ru", title="Куршаб", official_name="Куршабский айылный аймак")
    f.translate(kurshab, "en", title="Kurshab", official_name="Kurshab aiyl aimak")
    return SimpleNamespace(
        issyk_kul=reference.region,
        tong=reference.district,
        bosteri=world.municipality(),
        osh=osh,
        uzgen=uzgen,
        kurshab=kurshab,
    )


def story_in(parent, *, topics=(), groups=(), translations=None, **values):
    """A published story under `parent` (a municipality) with its topics and groups, and
    its translations: {"ru": {"title": ...}, "en": {...}}."""
    page = f.StoryPageFactory(parent=parent, **values)
    if topics:
        page.topics.set(topics)
    if groups:
        page.vulnerable_groups.set(groups)
    if topics or groups:
        page.save()
    for code, fields in (translations or {}).items():
        f.translate(page, code, **fields)
    return page


def build_corpus(places, reference, size, *, with_images=True):
    """`size` stories spread over Bosteri (Issyk-Kul) and Kurshab (Osh), topics and years
    alternating, each with an image, votes and an output."""
    image = make_image("Corpus photo") if with_images else None
    stories = []
    for index in range(size):
        parent = places.bosteri if index % 2 == 0 else places.kurshab
        page = story_in(
            parent,
            title=f"Окуя {index}",
            slug=f"corpus-{index}",
            year=2012 + index % 5,
            topics=[reference.water if index % 3 else reference.light],
            groups=[reference.women] if index % 4 == 0 else [],
            programme=reference.programme,
            image=image,
            beneficiaries_people=100 + index,
            gathering_date=datetime.date(2013, 4, 2),
            gathering_participants=40,
            gathering_women=20,
            gathering_voters=39,
        )
        page.votes.create(alternative="Жарык", votes=30, chosen=True)
        page.outputs.create(quantity=3, unit="km", description="көчө жарыгы")
        stories.append(page)
    return stories
