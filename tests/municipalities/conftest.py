"""Fixtures of the municipal pages: a profile with figures over several years, news in
three languages and a register."""

import datetime

import pytest
from django.utils import timezone

from tests import factories as f
from tests.registry.helpers import base_list, register_for, service_in

# The profile's latest figure: last year's 30 June, always less than two years old.
RECENT = datetime.date(timezone.localdate().year - 1, 6, 30)


@pytest.fixture
def profile(site_tree, reference):
    """A municipality filled in, in three languages: figures over three years, the latest
    (RECENT) within two years of today (and one kind older than two years), contacts,
    villages, coordinates, a programme."""
    page = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тамга",
        slug="tamga",
        official_name="Тамга айыл аймагы",
        region=reference.region,
        district=reference.district,
        coate="41702215808001",
        population=6400,
        population_year=2021,
        population_source="https://stat.kg/population-2021",
        villages="Тамга\nТоссор",
        latitude="42.15600",
        longitude="77.55200",
        head_name="Асанов Асан",
        head_title="Айыл өкмөтүнүн башчысы",
        phone="+996 3946 2 12 34",
        about="<p>Тамга Ысык-Көлдүн түштүк жээгинде жайгашкан.</p>",
    )
    page.programmes.set([reference.programme])
    for value, as_of, source_url in [
        (1250, datetime.date(2021, 12, 31), "https://vap.kg/report-2021"),
        (1430, datetime.date(2022, 12, 31), "https://vap.kg/report-2022"),
        (1875, RECENT, f"https://vap.kg/report-{RECENT.year}"),
    ]:
        f.MunicipalityFigureFactory(
            page=page,
            kind="hearing_participants",
            value=value,
            as_of=as_of,
            source_title=f"VAP report {as_of.year}",
            source_url=source_url,
            programme=reference.programme,
        )
    f.MunicipalityFigureFactory(
        page=page,
        kind="budget_changes",
        value=7,
        as_of=datetime.date(2015, 1, 1),
        source_title="Old survey",
    )
    page.save()
    f.translate(page, "ru", title="Тамга", official_name="Тамгинский айылный аймак")
    f.translate(page, "en", title="Tamga", official_name="Tamga aiyl aimak")
    return page


@pytest.fixture
def news_items(municipality, reference):
    """Three news items of the municipality over two years, translated."""
    items = []
    for index, (date, topic) in enumerate(
        [
            (datetime.date(2024, 3, 1), reference.water),
            (datetime.date(2025, 5, 1), reference.light),
            (datetime.date(2025, 6, 1), reference.water),
        ]
    ):
        item = f.NewsPageFactory(
            parent=municipality,
            title=f"Жаңылык {index}",
            slug=f"news-{index}",
            date=date,
            summary=f"Кыскача {index}",
        )
        item.topics.set([topic])
        item.save()
        f.translate(item, "ru", title=f"Новость {index}", summary=f"Кратко {index}")
        f.translate(item, "en", title=f"News {index}", summary=f"In short {index}")
        items.append(item)
    return items


@pytest.fixture
def register(municipality, reference):
    """A register of the municipality with an approved, outsourced service initiated by
    women and a proposed one."""
    services = base_list()
    register = register_for(municipality)
    service_in(
        register,
        title="Суу",
        base_service=services.water,
        initiated_by="vulnerable_group",
        groups=[reference.women],
        is_outsourced=True,
        provider_kind="users_association",
    )
    service_in(
        register,
        title="Таштанды",
        base_service=services.waste,
        status="proposed",
        decision_date=None,
        decision_number="",
    )
    return register
