"""Fixtures of the registry pages: two municipalities with registers whose services
cover every status, initiator and cost."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import models

from tests import factories as f
from tests import world
from tests.registry.helpers import base_list, register_for, service_in


@pytest.fixture
def registers(municipality, site_tree, reference):
    """Bosteri's register: 5 services initiated by vulnerable groups (2 approved, 1
    proposed, 1 rejected, 1 withdrawn) and one by residents. Tamchy's register: one water
    service, outsourced and cheaper. All in ky, ru and en."""
    return registers_build()


@pytest.fixture(scope="module")
def registers_corpus(django_db_setup, django_db_blocker):
    """What `registers` gives, built once for a module whose tests all stand on it
    (`registers_once`), in the search index as in production; what a test writes is rolled
    back after it, the corpus after the module."""
    with world.module_corpus(django_db_blocker, indexed=True):
        yield registers_build()


def registers_once():
    """A module's own `registers` fixture, for a module whose every test asks for the
    registers (`registers = registers_once()`): built once for the module
    (`registers_corpus`) instead of for each test (about half a second), fresh objects for
    each test (`registers_fresh`)."""

    @pytest.fixture
    def registers(registers_corpus, db):
        return registers_fresh(registers_corpus)

    return registers


def registers_build():
    """What `registers` gives, for a module's corpus (tests/world.py `module_corpus`)."""
    municipality, site_tree, reference = world.municipality(), world.site_tree(), world.reference()
    base = base_list()
    tamchy = f.MunicipalityPageFactory(
        parent=site_tree.municipalities,
        title="Тамчы",
        slug="tamchy",
        region=reference.region,
        district=reference.district,
    )
    f.translate(tamchy, "ru", title="Тамчы")
    f.translate(tamchy, "en", title="Tamchy")

    bosteri_register = register_for(
        municipality,
        decision_number="15/4",
        decision_date=datetime.date(2021, 3, 1),
        has_participation_regulation=True,
        notes="<p>Реестр жыл сайын кайра каралат.</p>",
        year=2021,
    )
    tamchy_register = register_for(tamchy, year=2022)
    vulnerable = {"initiated_by": "vulnerable_group", "groups": [reference.women]}
    services = SimpleNamespace(
        water=service_in(
            bosteri_register,
            title="Ичүүчү суу",
            slug="water",
            base_service=base.water,
            fee_kgs=120,
            fee_unit="айына бир үй-бүлөгө",
            fee_decision="Айылдык кеңештин 2021-жылдын 1-мартындагы № 15/4 токтому",
            time_limit="Туташтыруу 10 жумуш күнү ичинде",
            recipients="Айылдын бардык тургундары",
            how_to_apply="<ol><li>Арыз жазыңыз.</li><li>Келишимге кол коюңуз.</li></ol>",
            documents_required="<ul><li>Паспорт</li></ul>",
            where="Айыл өкмөтү, 3-бөлмө",
            hours="Дүйшөмбү–жума, 9:00–17:00",
            legal_basis="<p>Мыйзам № 139, 2014-ж. 17-июль</p>",
            initiation_method="focus_group",
            planning_hearings=2,
            planning_focus_groups=3,
            planning_participants=140,
            **vulnerable,
        ),
        waste=service_in(
            bosteri_register,
            title="Таштанды чыгаруу",
            slug="waste",
            base_service=base.waste,
            is_free=True,
            fee_kgs=None,
            fee_unit="",
            **vulnerable,
        ),
        proposed=service_in(
            bosteri_register,
            title="Сунушталган кызмат",
            slug="proposed",
            base_service=base.waste,
            status="proposed",
            decision_date=None,
            **vulnerable,
        ),
        rejected=service_in(
            bosteri_register,
            title="Четке кагылган кызмат",
            slug="rejected",
            base_service=base.waste,
            status="rejected",
            status_reason="Бюджетте каражат жок.",
            **vulnerable,
        ),
        withdrawn=service_in(
            bosteri_register,
            title="Кайтарылып алынган кызмат",
            slug="withdrawn",
            base_service=base.waste,
            status="withdrawn",
            **vulnerable,
        ),
        by_residents=service_in(
            bosteri_register,
            title="Тургундар сунуштаган кызмат",
            slug="residents",
            base_service=base.waste,
            initiated_by="residents",
            status="proposed",
            decision_date=None,
        ),
        tamchy_water=service_in(
            tamchy_register,
            title="Тамчыда ичүүчү суу",
            slug="water",
            base_service=base.water,
            fee_kgs=80,
            provider_kind="private",
            provider_name="Таза Суу ЖЧК",
            is_outsourced=True,
        ),
    )
    return SimpleNamespace(
        base=base,
        tamchy=tamchy,
        bosteri=bosteri_register,
        tamchy_register=tamchy_register,
        services=services,
    )


def registers_fresh(built):
    """What `registers_build` returned, read back from the database: fresh objects for each
    test of a module that builds the registers once (a test's changes to its objects never
    reach the next test)."""
    if isinstance(built, SimpleNamespace):
        fresh = {name: registers_fresh(value) for name, value in vars(built).items()}
        return SimpleNamespace(**fresh)
    if isinstance(built, models.Model):
        return type(built).objects.get(pk=built.pk)
    return built
