"""The top of the page tree in three languages: the home page, the index pages, the
standard pages and the programme pages; and the default Site pointing at the home page."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from home.demo_data import LANGS, yaml_data
from home.models import HomePage, ProgrammePage, StandardPage
from municipalities.models import MunicipalityIndexPage, NewsIndexPage
from registry.models import RegistryIndexPage
from stories.models import StoryIndexPage

from .common import stream, text, translation_key, translations_add

HOME_SLUG = "home"
SITE_NAME = "Ashar"
INDEX_MODELS = {
    "stories": StoryIndexPage,
    "municipalities": MunicipalityIndexPage,
    "services": RegistryIndexPage,
    "news": NewsIndexPage,
}


@dataclass
class Tree:
    """The pages the rest of the demo hangs from, by language code."""

    home: dict
    indexes: dict


def demo_home(locale):
    """The demo's home page in `locale`, or None before the demo was loaded."""
    return HomePage.objects.filter(depth=2, locale=locale).order_by("path").first()


class PartialTreeError(Exception):
    """Some languages have the demo's home page and others not."""


def tree_get(locales):
    """The existing demo tree, or None when there is none."""
    home = {lang: demo_home(locales[lang]) for lang in LANGS}
    if not any(home.values()):
        return None
    if not all(home.values()):
        missing = ", ".join(lang for lang, page in home.items() if page is None)
        raise PartialTreeError(f"The demo home page is missing in: {missing}.")
    indexes = {}
    for key, model in INDEX_MODELS.items():
        indexes[key] = {lang: model.objects.child_of(home[lang]).get(slug=key) for lang in LANGS}
    return Tree(home=home, indexes=indexes)


def welcome_page_delete():
    """Delete Wagtail's welcome page (a plain Page at depth 2); its Site goes with it."""
    plain = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=plain):
        page.delete()


def site_ensure(home):
    """The default Site on localhost:80, rooted at the home page of the default language
    (Wagtail serves its translations under /ru/ and /en/)."""
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.filter(hostname="localhost", port=80).first()
        or Site(hostname="localhost", port=80)
    )
    site.root_page = home
    site.is_default_site = True
    site.site_name = SITE_NAME
    site.save()
    return site


def _translated_slug(slug, lang):
    # Translations of a site root are its siblings under the tree root: slugs must differ.
    return slug if lang == LANGS[0] else f"{slug}-{lang}"


def tree_build(*, locales, snippets, when):
    """Build the top of the tree in every language and point the default Site at it."""
    welcome_page_delete()
    root = Page.get_first_root_node()
    home = translations_add(
        parents=dict.fromkeys(LANGS, root),
        build=lambda lang: HomePage(
            title=text(yaml_data("site_pages")["home"]["title"], lang),
            slug=_translated_slug(HOME_SLUG, lang),
            intro=text(yaml_data("site_pages")["home"]["intro"], lang),
        ),
        key=translation_key("page", HOME_SLUG),
        locales=locales,
        when=when,
    )
    site_ensure(home[LANGS[0]])
    indexes = {}
    for slug, model in INDEX_MODELS.items():
        data = yaml_data("site_pages")["indexes"][slug]
        indexes[slug] = translations_add(
            parents=home,
            build=lambda lang, model=model, data=data, slug=slug: model(
                title=text(data["title"], lang), slug=slug, intro=text(data["intro"], lang)
            ),
            key=translation_key("page", slug),
            locales=locales,
            when=when,
        )
    for slug, data in yaml_data("site_pages")["standard_pages"].items():
        translations_add(
            parents=home,
            build=lambda lang, data=data, slug=slug: StandardPage(
                title=text(data["title"], lang),
                slug=slug,
                intro=text(data["intro"], lang),
                body=stream(data["body"], lang),
            ),
            key=translation_key("page", slug),
            locales=locales,
            when=when,
        )
    for slug, data in yaml_data("site_pages")["programme_pages"].items():
        translations_add(
            parents=home,
            build=lambda lang, data=data, slug=slug: ProgrammePage(
                title=text(data["title"], lang),
                slug=slug,
                programme=snippets.programmes[slug][lang],
                intro=text(data["intro"], lang),
                body=stream(data["body"], lang),
            ),
            key=translation_key("page", slug),
            locales=locales,
            when=when,
        )
    return Tree(home=home, indexes=indexes)
