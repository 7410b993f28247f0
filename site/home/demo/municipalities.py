"""The 41 municipalities of municipalities.csv in three languages, with their dated figures
and their editor groups."""

import datetime

from home.demo_data import LANGS, csv_rows, seeded_random, yaml_data
from municipalities.models import MunicipalityFigure, MunicipalityPage

from .common import text, translation_key, translations_add

# PSI works in these regions (reference.PROGRAMMES); VAP's figures are recorded everywhere.
PSI_REGIONS = {"issyk-kul", "jalal-abad", "chuy", "talas"}
LATEST = datetime.date(2023, 12, 31)
# Earlier records of some kinds, for a time series on the profile: (as of, share of latest).
HISTORY = ((datetime.date(2019, 12, 31), (0.35, 0.55)), (datetime.date(2021, 12, 31), (0.6, 0.85)))
HISTORY_KINDS = ("residents_involved", "hearings_held", "hearing_participants", "budget_changes")
HISTORY_EVERY = 3
# Figures that count people stay below this share of a population municipalities.csv gives.
PEOPLE_KINDS = ("residents_involved", "people_benefiting")
PEOPLE_CAP = 0.9


def municipality_rows():
    return csv_rows("municipalities.csv")


def _int(value):
    return int(value) if value else None


def split_exact(total, weights, minimum=1):
    """Integers, one per weight, at least `minimum` each, in proportion to the weights and
    summing exactly to `total` (largest remainders get the leftover units)."""
    spare = total - minimum * len(weights)
    scale = sum(weights)
    shares = [spare * weight / scale for weight in weights]
    values = [int(share) for share in shares]
    order = sorted(range(len(weights)), key=lambda i: shares[i] - values[i], reverse=True)
    for i in order[: spare - sum(values)]:
        values[i] += 1
    return [value + minimum for value in values]


def _latest_values(rng, kind, total, rows):
    """One kind's latest value per municipality, summing to `total`. People counted in a
    municipality whose population is known stay below PEOPLE_CAP of it; the others
    share what the capped ones leave."""
    weights = [rng.uniform(0.5, 1.5) for _row in rows]
    caps = {}
    if kind in PEOPLE_KINDS:
        caps = {
            i: int(int(row["population"]) * PEOPLE_CAP)
            for i, row in enumerate(rows)
            if row["population"]
        }
    fixed = {}
    while True:
        free = [i for i in range(len(rows)) if i not in fixed]
        split = split_exact(total - sum(fixed.values()), [weights[i] for i in free])
        values = {**dict(zip(free, split, strict=True)), **fixed}
        over = [i for i in free if i in caps and values[i] > caps[i]]
        if not over:
            return [values[i] for i in range(len(rows))]
        fixed.update((i, caps[i]) for i in over)


def figure_plan(rows):
    """slug -> [(kind, value, as of)]: each kind's latest records sum to the VAP total
    (VAP_MUNICIPAL_TOTALS); every third municipality also has earlier records."""
    rng = seeded_random("municipal-figures")
    slugs = [row["slug"] for row in rows]
    plan = {slug: [] for slug in slugs}
    for kind, total in yaml_data("reference")["vap_municipal_totals"].items():
        latest = _latest_values(rng, kind, total, rows)
        for index, (slug, value) in enumerate(zip(slugs, latest, strict=True)):
            if kind in HISTORY_KINDS and index % HISTORY_EVERY == 0:
                for as_of, (low, high) in HISTORY:
                    plan[slug].append((kind, max(0, round(value * rng.uniform(low, high))), as_of))
            plan[slug].append((kind, value, LATEST))
    return plan


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


def _figures(plan, programme, lang):
    return [
        MunicipalityFigure(
            kind=kind,
            value=value,
            as_of=as_of,
            source_title=text(yaml_data("places")["figure_source"], lang, year=as_of.year),
            programme=programme,
            sort_order=order,
        )
        for order, (kind, value, as_of) in enumerate(plan)
    ]


def _build(row, lang, *, snippets, plan, programmes, image):
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
    page.figures = _figures(plan, snippets.programmes["vap"][lang], lang)
    return page


def municipalities_build(*, tree, snippets, photos, real_programmes, when):
    """{slug: {language code: MunicipalityPage}} for every row of municipalities.csv, each
    with its figures and programmes (their editor groups come with the demo's people)."""
    rows = municipality_rows()
    plans = figure_plan(rows)
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
                plan=plans[row["slug"]],
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
