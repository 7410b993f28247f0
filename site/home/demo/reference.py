"""Reference snippets of the demo: core's reference data, the programmes with their
headline figures, and the base list of municipal services, in three languages."""

from core.models import District, Programme, ProgrammeFigure, Region, Topic, VulnerableGroup
from core.reference_data import locales_ensure, reference_data_load
from home.demo_data import LANGS, yaml_data
from registry.models import BaseService, BaseServiceCategory

from .common import Snippets, by_slug, text

# The presentation the VAP headline figures come from (seeds/presentation-ru.txt) is not
# published online; its title is the source.
# The headline figures of each programme that has them: programme slug -> key in
# reference.yaml.
HEADLINE_FIGURES = {"vap": "vap_figures", "psi": "psi_figures"}


def _translations(model, source, lookup, values_by_lang, locales):
    """`source` (saved, default language) and its translations in the other languages,
    created where missing: {language code: instance}."""
    result = {LANGS[0]: source}
    existing = {
        obj.locale.language_code: obj
        for obj in model.objects.filter(translation_key=source.translation_key).select_related(
            "locale"
        )
    }
    for lang in LANGS[1:]:
        obj = existing.get(lang)
        if obj is None:
            obj = model.objects.filter(**lookup, locale__language_code=lang).first()
        if obj is None:
            obj = source.copy_for_translation(locales[lang])
            for name, value in values_by_lang[lang].items():
                setattr(obj, name, value)
            obj.full_clean()
            obj.save()
        result[lang] = obj
    return result


def _source(model, lookup, values, locales):
    """The default-language instance matching `lookup`, created with `values` if missing."""
    obj = model.objects.filter(**lookup, locale=locales[LANGS[0]]).first()
    if obj is None:
        obj = model(**lookup, locale=locales[LANGS[0]], **values)
        obj.full_clean()
        obj.save()
    return obj


def _programme_values(data, lang):
    return {
        "abbreviation": data["abbreviation"],
        "local_abbreviation": text(data["local_abbreviation"], lang),
        "name": text(data["name"], lang),
        "implementer": text(data["implementer"], lang),
        "donor": text(data["donor"], lang),
        "start_year": data["start_year"],
        "end_year": data["end_year"],
        "website": data["website"],
        "description": text(data["description"], lang),
    }


def _figures(programme, lang, figures):
    return [
        ProgrammeFigure(
            programme=programme,
            kind=kind,
            qualifier=qualifier,
            value=value,
            source_title=text(yaml_data("reference")["presentation_title"], lang),
            sort_order=order,
        )
        for order, (kind, qualifier, value) in enumerate(figures)
    ]


def programmes_ensure(locales):
    """{slug: {language code: Programme}}; VAP and PSI carry the presentation's headline
    figures (PSI's about the registers)."""
    result = {}
    for programme_data in yaml_data("reference")["programmes"]:
        values = {lang: _programme_values(programme_data, lang) for lang in LANGS}
        source = _source(Programme, {"slug": programme_data["slug"]}, values[LANGS[0]], locales)
        result[programme_data["slug"]] = _translations(
            Programme, source, {"slug": programme_data["slug"]}, values, locales
        )
        figures_key = HEADLINE_FIGURES.get(programme_data["slug"])
        if not figures_key:
            continue
        for lang, programme in result[programme_data["slug"]].items():
            if not programme.headline_figures.exists():
                figures = yaml_data("reference")[figures_key]
                ProgrammeFigure.objects.bulk_create(_figures(programme, lang, figures))
    return result


def base_services_ensure(locales, topics):
    """{code: {language code: BaseService}} with their categories."""
    categories = {}
    for code, names in yaml_data("reference")["base_service_categories"]:
        values = {lang: {"name": names[lang]} for lang in LANGS}
        source = _source(BaseServiceCategory, {"code": code}, values[LANGS[0]], locales)
        categories[code] = _translations(
            BaseServiceCategory, source, {"code": code}, values, locales
        )
    result = {}
    for code, _slug, topic_slug, names in yaml_data("reference")["base_services"]:
        category = categories[code.split(".")[0]]
        values = {
            lang: {
                "name": names[lang],
                "category": category[lang],
                "topic": topics[topic_slug][lang],
                "description": yaml_data("reference")["base_service_note"][lang],
            }
            for lang in LANGS
        }
        source = _source(BaseService, {"code": code}, values[LANGS[0]], locales)
        result[code] = _translations(BaseService, source, {"code": code}, values, locales)
    return result


def reference_ensure():
    """Core's reference data, then the demo's programmes and base services; returns the
    snippets of every language and whether core's loader changed anything."""
    loaded = reference_data_load()
    locales = locales_ensure()
    snippets = Snippets(locales=locales)
    snippets.regions = by_slug(Region.objects.all())
    snippets.districts = by_slug(District.objects.all())
    snippets.topics = by_slug(Topic.objects.order_by("sort_order"))
    snippets.groups = by_slug(VulnerableGroup.objects.order_by("sort_order"))
    snippets.programmes = programmes_ensure(locales)
    snippets.base_services = base_services_ensure(locales, snippets.topics)
    return snippets, loaded.changed
