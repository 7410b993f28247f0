"""Service registers of the demo municipalities in three languages: the register pages
(their council decision, from `registers.csv`), then their services imported from
`registers/<municipality>.csv` through the register import editors use
(`registry.services.register_import`, see `home.demo.imports`)."""

import datetime

from home.demo_data import LANGS, csv_rows, yaml_data
from registry.models import ServicePage, ServiceRegisterPage
from registry.services import register_page_build

from .common import paragraphs, text, translation_key, translations_add

REGISTERS_CSV = "registers.csv"


def register_rows():
    """The registers of the demo: municipality, year, council decision, regulation."""
    return csv_rows(REGISTERS_CSV)


def services_file(slug):
    return f"registers/{slug}.csv"


def _register_page(row, lang, *, municipality, register_data):
    fmt = {"municipality": municipality.title}
    return register_page_build(
        title=text(register_data["title"], lang, **fmt),
        decision_number=row["decision_number"],
        decision_date=datetime.date.fromisoformat(row["decision_date"]),
        has_participation_regulation=row["has_participation_regulation"] == "yes",
        year=int(row["year"]),
        notes=paragraphs(text(register_data["notes"], lang, **fmt)),
    )


def registers_ensure(*, snippets, municipalities, when):
    """The register pages of `registers.csv` that are missing, published in every
    language; returns how many were made."""
    register_data = yaml_data("registers")["register"]
    made = 0
    for row in register_rows():
        pages = municipalities[row["municipality"]]
        if ServiceRegisterPage.objects.child_of(pages[LANGS[0]]).exists():
            continue
        translations_add(
            parents=pages,
            build=lambda lang, row=row, pages=pages: _register_page(
                row, lang, municipality=pages[lang], register_data=register_data
            ),
            key=translation_key("register", row["municipality"]),
            locales=snippets.locales,
            when=when,
        )
        made += 1
    return made


def services_get(locales):
    """The story links' lookup for the registers in the database:
    {(municipality slug, topic slug): [{language code: ServicePage}]}."""
    topics = {code: topic for code, _slug, topic, _names in yaml_data("reference")["base_services"]}
    result = {}
    pages = ServicePage.objects.filter(locale__in=locales.values()).select_related(
        "base_service", "locale"
    )
    by_key = {}
    for page in pages.order_by("path"):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    for translations in by_key.values():
        source = translations.get(LANGS[0])
        if source is None or len(translations) < len(LANGS):
            continue
        municipality = source.get_parent().get_parent().slug
        result.setdefault((municipality, topics[source.base_service.code]), []).append(translations)
    return result
