"""A partner's world, built once per test module on the session's fixture world
(tests/world.py, changed inside the module's transaction): the site tree in ky, ru and en,
two regions with a municipality each, a story in each, a register with a service and a news
item in Bosteri.

The world is written inside one transaction that is rolled back when the module ends;
each test runs in a savepoint inside it (pytest-django's `db`), so tests stay isolated
and the world costs seconds once rather than seconds per test."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Page

from core.indexing import index_objects, references_update
from core.models import District, Programme, Region, Topic, VulnerableGroup
from municipalities.models import MunicipalityFigure
from tests import factories as f
from tests import world as session_world


def build_world():
    """The session's world (tests/world.py) made the partners' own, rather than deleted and
    built again (half the cost of this world): its about page and Бостери's figure taken
    away, Бостери and its story given the partners' values, and the rest added."""
    locales = session_world.locales()
    reference = session_world.reference()
    issyk_kul, tong = reference.region, reference.district
    water, light, women = reference.water, reference.light, reference.women
    vap = reference.programme
    osh = f.RegionFactory(slug="osh", name="Ош облусу", iso_code="KG-O")
    uzgen = f.DistrictFactory(region=osh, slug="uzgen", name="Өзгөн району")
    psi = f.ProgrammeFactory(slug="psi", abbreviation="PSI", name="Мамлекеттик кызматтар")
    names = {
        "ru": ("Ошская область", "Узгенский район", "Государственные услуги"),
        "en": ("Osh Region", "Uzgen District", "Public services"),
    }
    for code, labels in names.items():
        for snippet, label in zip((osh, uzgen, psi), labels, strict=True):
            f.translate_snippet(snippet, code, name=label)

    tree = session_world.site_tree()
    for about in tree.about.get_translations(inclusive=True):
        about.delete()
    MunicipalityFigure.objects.all().delete()
    site, home = tree.site, tree.home
    stories, municipalities = tree.stories, tree.municipalities
    news, registry = tree.news, tree.registry

    bosteri = session_world.municipality()
    for page in bosteri.get_translations(inclusive=True).specific():
        page.coate = "41707215"
        page.programmes.set([vap.get_translation(page.locale)])
        page.save()
    bosteri.refresh_from_db()
    story = session_world.story()
    summaries = {
        "ky": "Айыл бала бакчанын чатырын жана жылуулук системасын оңдоду.",
        "ru": "Село отремонтировало крышу и отопление детского сада.",
        "en": "The village repaired the roof and heating of its kindergarten.",
    }
    for page in story.get_translations(inclusive=True).specific().select_related("locale"):
        page.summary = summaries[page.locale.language_code]
        page.year = 2021
        page.save()
    story.refresh_from_db()
    # What the session's world built with the indexes off, indexed as this world's own
    # pages and snippets are.
    index_objects(Page.objects.filter(depth__gt=1).specific())
    references_update(
        [
            snippet
            for model in (Region, District, Topic, VulnerableGroup, Programme)
            for snippet in model.objects.all()
        ]
    )

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
