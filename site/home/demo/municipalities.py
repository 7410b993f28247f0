"""The 41 municipalities of municipalities.csv in three languages (their dated figures are
imported from figures.csv, see `home.demo.imports`; their editor groups come with the
demo's people)."""

from home.demo_data import LANGS, csv_rows, yaml_data
from municipalities.models import MunicipalityPage

from .common import text, translation_key, translations_add

# PSI works in these regions (reference.PROGRAMMES).
PSI_REGIONS = {"issyk-kul", "jalal-abad", "chuy", "talas"}


def municipality_rows():
    return csv_rows("municipalities.csv")


def _int(value):
    return int(value) if value else None


def programme_slugs(row, real_programmes):
    slugs = ["vap"]
    if row["region_slug"] in PSI_REGIONS:
        slugs.append("psi")
    slugs += [slug for slug in real_programmes.get(row["slug"], ()) if slug not in slugs]
    return slugs


def _official_name(row, lang):
    return text(
        yaml_data("places")["official_names"][row["kind"]],
        lang,
        ky=row["name_ky"],
        ru=row["name_ru"],
        en=row["name_en"],
        ru_adjective=yaml_data("places")["ru_adjectives"].get(row["slug"], row["name_ru"]),
    )


def _build(row, lang, *, snippets, programmes, image):
    valid_until, reform_note = yaml_data("places")["reform"].get(row["slug"], (None, None))
    villages = yaml_data("places")["villages"].get(row["slug"])
    page = MunicipalityPage(
        title=row[f"name_{lang}"],
        slug=row["slug"],
        official_name=_official_name(row, lang),
        kind=row["kind"],
        region=snippets.regions[row["region_slug"]][lang],
        district=snippets.districts[row["district_slug"]][lang] if row["district_slug"] else None,
        coate=row["coate"],
        villages="\n".join(villages[lang]) if villages else "",
        population=_int(row["population"]),
        population_year=_int(row["population_year"]),
        population_source=row["population_source"],
        head_title=text(yaml_data("places")["head_titles"][row["kind"]], lang),
        image=image,
        valid_until=valid_until,
        reform_note=text(reform_note, lang),
    )
    page.programmes = [snippets.programmes[slug][lang] for slug in programmes]
    return page


def municipalities_build(*, tree, snippets, photos, real_programmes, when):
    """{slug: {language code: MunicipalityPage}} for every row of municipalities.csv, each
    with its programmes."""
    rows = municipality_rows()
    result = {}
    for index, row in enumerate(rows):
        image = photos[index % len(photos)] if photos else None
        programmes = programme_slugs(row, real_programmes)
        result[row["slug"]] = translations_add(
            parents=tree.indexes["municipalities"],
            build=lambda lang, row=row, programmes=programmes, image=image: _build(
                row,
                lang,
                snippets=snippets,
                programmes=programmes,
                image=image,
            ),
            key=translation_key("municipality", row["slug"]),
            locales=snippets.locales,
            when=when,
        )
    return result


def municipalities_get(tree):
    """The existing demo municipalities: {slug: {language code: page}}."""
    result = {}
    for lang in LANGS:
        for page in MunicipalityPage.objects.child_of(tree.indexes["municipalities"][lang]):
            result.setdefault(page.slug, {})[lang] = page
    return result
