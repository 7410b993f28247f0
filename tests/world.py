"""The fixture world: what nearly every test stands on, built once per test session.

`build()` runs in `django_db_setup` (tests/conftest.py), after the test database is
created, and commits: locales, the reference snippets, the site tree and one municipality
with one story, each in ky, ru and en, with the world's pages in the search index. Every
test then runs in a transaction that is rolled back, so the world is the same for each.
Fixtures read it back by its fixed slugs (`get()`), fresh objects per test.

`module_corpus(django_db_blocker)` is the same idea for one module's larger corpus: built
once when the module's first test asks for it, inside a transaction rolled back after the
module's last test."""

import contextlib
import io
from types import SimpleNamespace

from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from core.indexing import index_auto_update
from core.models import District, Programme, Region, Topic, VulnerableGroup
from home.models import HomePage, StandardPage
from municipalities.models import MunicipalityIndexPage, MunicipalityPage, NewsIndexPage
from registry.models import RegistryIndexPage
from stories.models import StoryIndexPage, StoryPage
from tests import factories as f

LANGUAGES = ("ky", "ru", "en")

SNIPPET_NAMES = {
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


def build():
    """Build the world in the (empty) test database; nothing when it is already there
    (a database kept with --reuse-db)."""
    if HomePage.objects.exists():
        return
    with index_auto_update(False):
        for code in LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        reference = _reference_build()
        tree = _tree_build()
        municipality = _municipality_build(tree, reference)
        _story_build(municipality, reference)
    # The world's pages in the search index, once (updates are off while tests run).
    call_command("update_index", verbosity=0, stdout=io.StringIO())


def _reference_build():
    region = f.RegionFactory(slug="issyk-kul", name="Ысык-Көл облусу", iso_code="KG-Y")
    district = f.DistrictFactory(region=region, slug="tong", name="Тоң району")
    water = f.TopicFactory(slug="drinking-water", name="Ичүүчү суу", colour="water")
    light = f.TopicFactory(slug="street-lighting", name="Көчөлөрдү жарыктандыруу", colour="sun")
    women = f.VulnerableGroupFactory(slug="women", name="Аялдар")
    programme = f.ProgrammeFactory(slug="vap", abbreviation="VAP", name="Элдин үнү")
    for code, label in SNIPPET_NAMES.items():
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


def _tree_build():
    root = Page.get_first_root_node()
    for welcome in Page.objects.filter(depth=2):
        welcome.delete()  # Wagtail's welcome page, and the Site that points at it
    home = f.HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Ashar"
    )
    pages = [
        f.StoryIndexPageFactory(parent=home),
        f.MunicipalityIndexPageFactory(parent=home),
        f.NewsIndexPageFactory(parent=home),
        f.RegistryIndexPageFactory(parent=home),
        f.StandardPageFactory(parent=home),
    ]
    for code, title in (("ru", "Ашар"), ("en", "Ashar")):
        f.translate(home, code, title=title)
        for page in pages:
            f.translate(page, code)
    return SimpleNamespace(home=home, municipalities=pages[1])


def _municipality_build(tree, reference):
    page = f.MunicipalityPageFactory(
        parent=tree.municipalities,
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


def _story_build(municipality, reference):
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


def clear():
    """Delete the world (within a test's or module's transaction): the demo-loader tests
    start from an empty site, as `make run` does on a new machine."""
    for home in Page.objects.filter(depth=2):
        home.delete()
    Site.objects.all().delete()
    for model in (District, Region, Topic, VulnerableGroup, Programme):
        model.objects.all().delete()


# Reading the world back, fresh for each test.


def _default(model, **lookup):
    return model.objects.get(locale__language_code="ky", **lookup)


def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def reference():
    return SimpleNamespace(
        region=_default(Region, slug="issyk-kul"),
        district=_default(District, slug="tong"),
        water=_default(Topic, slug="drinking-water"),
        light=_default(Topic, slug="street-lighting"),
        women=_default(VulnerableGroup, slug="women"),
        programme=_default(Programme, slug="vap"),
    )


def site_tree():
    home = _default(HomePage, depth=2)
    children = {page.slug: page for page in home.get_children().specific()}
    return SimpleNamespace(
        site=Site.objects.get(is_default_site=True),
        home=home,
        stories=_typed(children["stories"], StoryIndexPage),
        municipalities=_typed(children["municipalities"], MunicipalityIndexPage),
        news=_typed(children["news"], NewsIndexPage),
        registry=_typed(children["services"], RegistryIndexPage),
        about=_typed(children["about"], StandardPage),
    )


def _typed(page, model):
    assert isinstance(page, model), f"{page!r} is not a {model.__name__}"
    return page


def municipality():
    return _default(MunicipalityPage, slug="bosteri")


def story():
    return _default(StoryPage, slug="kindergarten")


def story_hide():
    """Take the world's story off the site in every language (see `without_world_story`)."""
    page = story()
    StoryPage.objects.filter(translation_key=page.translation_key).update(live=False)


@contextlib.contextmanager
def module_corpus(django_db_blocker, *, indexed=False):
    """Build a module's corpus in the block, visible to the module's tests, rolled back
    after them. Index updates stay off, as everywhere in the suite, unless `indexed`: then
    what the block saves is indexed (for a module about search), as in production."""
    with django_db_blocker.unblock(), index_auto_update(indexed):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
