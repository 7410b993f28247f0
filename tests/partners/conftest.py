"""A partner's world, built once per test module in place of the session's fixture world
(tests/world.py, deleted inside the module's transaction): the site tree in ky, ru and en, two
regions with a municipality each, a story in each, a register with a service and a news
item in Bosteri.

The world is written inside one transaction that is rolled back when the module ends;
each test runs in a savepoint inside it (pytest-django's `db`), so tests stay isolated
and the world costs seconds once rather than seconds per test."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from tests import factories as f
from tests import world as session_world

LANGUAGES = ("ky", "ru", "en")


def build_world():
    session_world.clear()
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    issyk_kul = f.RegionFactory(slug="issyk-kul", name="Ысык-Көл облусу", iso_code="KG-Y")
    tong = f.DistrictFactory(region=issyk_kul, slug="tong", name="Тоң району")
    osh = f.RegionFactory(slug="osh", name="Ош облусу", iso_code="KG-O")
    uzgen = f.DistrictFactory(region=osh, slug="uzgen", name="Өзгөн району")
    water = f.TopicFactory(slug="drinking-water", name="Ичүүчү суу", colour="water")
    light = f.TopicFactory(slug="street-lighting", name="Көчөлөрдү жарыктандыруу", colour="sun")
    women = f.VulnerableGroupFactory(slug="women", name="Аялдар")
    vap = f.ProgrammeFactory(slug="vap", abbreviation="VAP", name="Элдин үнү")
    psi = f.ProgrammeFactory(slug="psi", abbreviation="PSI", name="Мамлекеттик кызматтар")
    names = {
        "ru": (
            "Иссык-Кульская область",
            "Тонский район",
            "Ошская область",
            "Узгенский район",
            "Питьевая вода",
            "Уличное освещение",
            "Женщины",
            "Голос граждан",
            "Государственные услуги",
        ),
        "en": (
            "Issyk-Kul Region",
            "Tong District",
            "Osh Region",
            "Uzgen District",
            "Drinking water",
            "Street lighting",
            "Women",
            "Voice and accountability",
            "Public services",
        ),
    }
    for code, labels in names.items():
        for snippet, label in zip(
            (issyk_kul, tong, osh, uzgen, water, light, women, vap, psi), labels, strict=True
        ):
            f.translate_snippet(snippet, code, name=label)

    root = Page.get_first_root_node()
    for welcome in Page.objects.filter(depth=2):
        welcome.delete()
    home = f.HomePageFactory(parent=root)
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Ashar"
    )
    stories = f.StoryIndexPageFactory(parent=home)
    municipalities = f.MunicipalityIndexPageFactory(parent=home)
    news = f.NewsIndexPageFactory(parent=home)
    registry = f.RegistryIndexPageFactory(parent=home)
    for code, title in (("ru", "Ашар"), ("en", "Ashar")):
        f.translate(home, code, title=title)
        for page in (stories, municipalities, news, registry):
            f.translate(page, code)

    bosteri = f.MunicipalityPageFactory(
        parent=municipalities,
        title="Бостери",
        slug="bosteri",
        official_name="Бостери айыл аймагы",
        coate="41707215",
        district=tong,
        region=issyk_kul,
        population=12000,
        population_year=2021,
    )
    bosteri.programmes.set([vap])
    bosteri.save()
    f.translate(bosteri, "ru", title="Бостери", official_name="Бостеринский айылный аймак")
    f.translate(bosteri, "en", title="Bosteri", official_name="Bosteri aiyl aimak")
    kurshab = f.MunicipalityPageFactory(
        parent=municipalities,
        title="Куршаб",
        slug="kurshab",
        official_name="Куршаб айыл аймагы",
        region=osh,
        district=uzgen,
    )
    f.translate(kurshab, "ru", title="Куршаб", official_name="Куршабский айылный аймак")
    f.translate(kurshab, "en", title="Kurshab", official_name="Kurshab aiyl aimak")

    story = f.StoryPageFactory(
        parent=bosteri,
        title="Бостериде бала бакча оңдолду",
        slug="kindergarten",
        summary="Айыл бала бакчанын чатырын жана жылуулук системасын оңдоду.",
        programme=vap,
        year=2021,
    )
    story.topics.set([water])
    story.vulnerable_groups.set([women])
    story.save()
    f.translate(
        story,
        "ru",
        title="В Бостери отремонтировали детский сад",
        summary="Село отремонтировало крышу и отопление детского сада.",
    )
    f.translate(
        story,
        "en",
        title="Bosteri rebuilds its kindergarten",
        summary="The village repaired the roof and heating of its kindergarten.",
    )
    kurshab_story = f.StoryPageFactory(
        parent=kurshab,
        title="Куршабдагы көчө жарыгы",
        slug="light",
        summary="Көчөлөргө 3 км жарык орнотулду.",
        programme=psi,
        year=2019,
    )
    kurshab_story.topics.set([light])
    kurshab_story.save()
    f.translate(kurshab_story, "ru", title="Свет в Куршабе", summary="Поставили 3 км освещения.")
    f.translate(kurshab_story, "en", title="Light in Kurshab", summary="3 km of street lights.")

    category = f.BaseServiceCategoryFactory(code="2", name="Коммуналдык кызматтар")
    base_water = f.BaseServiceFactory(
        code="2.1", name="Ичүүчү суу менен камсыз кылуу", category=category
    )
    register = f.ServiceRegisterPageFactory(parent=bosteri)
    service = f.ServicePageFactory(
        parent=register, title="Ичүүчү суу", slug="water", base_service=base_water
    )
    service.initiating_groups.set([women])
    service.save()
    for code, title in (("ru", "Питьевая вода"), ("en", "Drinking water")):
        f.translate(register, code, title="Register" if code == "en" else "Реестр")
        f.translate(service, code, title=title)
    news_item = f.NewsPageFactory(
        parent=bosteri,
        title="Бостериде коомдук угуу",
        slug="hearing",
        date=datetime.date(2025, 5, 1),
        summary="Бюджет боюнча коомдук угуу өттү.",
    )
    news_item.topics.set([water])
    news_item.save()
    f.translate(news_item, "ru", title="Публичные слушания в Бостери", summary="Прошли слушания.")
    f.translate(news_item, "en", title="Public hearing in Bosteri", summary="A hearing was held.")
    # Pages made by the factories are live without a publication date; published pages
    # have one.
    published = timezone.make_aware(datetime.datetime(2025, 6, 1, 10, 0))
    Page.objects.filter(first_published_at__isnull=True, depth__gt=1).update(
        first_published_at=published, last_published_at=published
    )
    return SimpleNamespace(
        locales=locales,
        site=site,
        home=home,
        stories=stories,
        municipalities=municipalities,
        news=news,
        registry=registry,
        issyk_kul=issyk_kul,
        tong=tong,
        osh=osh,
        uzgen=uzgen,
        water=water,
        light=light,
        women=women,
        vap=vap,
        psi=psi,
        bosteri=bosteri,
        kurshab=kurshab,
        story=story,
        kurshab_story=kurshab_story,
        register=register,
        service=service,
        news_item=news_item,
    )


@pytest.fixture(scope="module")
def partner_world(django_db_setup, django_db_blocker):
    """Indexed as it is built: the API and the feeds search it."""
    with session_world.module_corpus(django_db_blocker, indexed=True):
        yield build_world()


@pytest.fixture
def world(partner_world, db):
    """The module's world inside this test's savepoint."""
    return partner_world
