"""Shared fixtures: locales, a small published site in three languages, one user per role."""

from types import SimpleNamespace

import pytest
from wagtail.models import Locale, Page, Site

from tests import factories as f

LANGUAGES = ("ky", "ru", "en")


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@pytest.fixture
def reference(locales):
    """One region, district, two topics, a vulnerable group and a programme in three
    languages."""
    region = f.RegionFactory(slug="issyk-kul", name="Ысык-Көл облусу", iso_code="KG-Y")
    district = f.DistrictFactory(region=region, slug="tong", name="Тоң району")
    water = f.TopicFactory(slug="drinking-water", name="Ичүүчү суу", colour="water")
    light = f.TopicFactory(slug="street-lighting", name="Көчөлөрдү жарыктандыруу", colour="sun")
    women = f.VulnerableGroupFactory(slug="women", name="Аялдар")
    programme = f.ProgrammeFactory(slug="vap", abbreviation="VAP", name="Элдин үнү")
    names = {
        "ru": {
            "region": "Иссык-Кульская область",
            "district": "Тонский район",
            "water": "Питьевая вода",
            "light": "Уличное освещение",
            "women": "Женщины",
            "programme": "Голос граждан",
        },
        "en": {
            "region": "Issyk-Kul Region",
            "district": "Tong District",
            "water": "Drinking water",
            "light": "Street lighting",
            "women": "Women",
            "programme": "Voice and accountability",
        },
    }
    for code, label in names.items():
        f.translate_snippet(region, code, name=label["region"])
        f.translate_snippet(district, code, name=label["district"])
        f.translate_snippet(water, code, name=label["water"])
        f.translate_snippet(light, code, name=label["light"])
        f.translate_snippet(women, code, name=label["women"])
        f.translate_snippet(programme, code, name=label["programme"])
    return SimpleNamespace(
        region=region,
        district=district,
        water=water,
        light=light,
        women=women,
        programme=programme,
    )


@pytest.fixture
def site_tree(locales):
    """The home page as the default site's root, with the index pages, in ky, ru and en."""
    root = Page.get_first_root_node()
    for welcome in Page.objects.filter(depth=2):
        welcome.delete()  # Wagtail's welcome page, and the Site that points at it
    home = f.HomePageFactory(parent=root)
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Ashar"
    )
    stories = f.StoryIndexPageFactory(parent=home)
    municipalities = f.MunicipalityIndexPageFactory(parent=home)
    news = f.NewsIndexPageFactory(parent=home)
    registry = f.RegistryIndexPageFactory(parent=home)
    about = f.StandardPageFactory(parent=home)
    tree = SimpleNamespace(
        site=site,
        home=home,
        stories=stories,
        municipalities=municipalities,
        news=news,
        registry=registry,
        about=about,
    )
    for code, title in (("ru", "Ашар"), ("en", "Ashar")):
        f.translate(home, code, title=title)
        for page in (stories, municipalities, news, registry, about):
            f.translate(page, code)
    return tree


@pytest.fixture
def municipality(site_tree, reference):
    """A published municipality in three languages with one dated figure."""
    page = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Бостери",
        slug="bosteri",
        official_name="Бостери айыл аймагы",
        district=reference.district,
        region=reference.region,
        population=12000,
        population_year=2021,
    )
    f.MunicipalityFigureFactory(page=page, kind="hearings_held", value=4)
    page.save()
    f.translate(page, "ru", title="Бостери", official_name="Бостеринский айылный аймак")
    f.translate(page, "en", title="Bosteri", official_name="Bosteri aiyl aimak")
    return page


@pytest.fixture
def story(municipality, reference):
    """A published story with topics and a programme, in three languages."""
    page = f.StoryPageFactory(
        parent=municipality,
        title="Бостериде бала бакча оңдолду",
        slug="kindergarten",
        programme=reference.programme,
    )
    page.topics.set([reference.water])
    page.vulnerable_groups.set([reference.women])
    page.save()
    f.translate(page, "ru", title="В Бостери отремонтировали детский сад")
    f.translate(page, "en", title="Bosteri rebuilds its kindergarten")
    return page


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: cached story records never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
