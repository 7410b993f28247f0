"""Tree rules of the registry pages and the validation of a service record."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from home.models import HomePage
from municipalities.models import MunicipalityPage
from registry.models import RegistryIndexPage, ServicePage, ServiceRegisterPage
from tests import factories as f
from tests.registry.helpers import base_list, register_for


def test_registry_index_sits_under_the_home_page_once_and_has_no_children():
    assert RegistryIndexPage.allowed_parent_page_models() == [HomePage]
    assert RegistryIndexPage.allowed_subpage_models() == []
    assert RegistryIndexPage.max_count_per_parent == 1


def test_register_belongs_to_a_municipality_once_and_holds_services():
    assert ServiceRegisterPage.allowed_parent_page_models() == [MunicipalityPage]
    assert ServiceRegisterPage.allowed_subpage_models() == [ServicePage]
    assert ServiceRegisterPage.max_count_per_parent == 1


def test_service_lives_in_a_register_and_has_no_children():
    assert ServicePage.allowed_parent_page_models() == [ServiceRegisterPage]
    assert ServicePage.allowed_subpage_models() == []


def test_a_municipality_can_have_only_one_register(municipality):
    assert ServiceRegisterPage.can_create_at(municipality)
    register_for(municipality, languages=())
    assert not ServiceRegisterPage.can_create_at(municipality)


def test_a_service_can_be_created_in_a_register_only(municipality, site_tree):
    register = register_for(municipality, languages=())
    assert ServicePage.can_create_at(register)
    assert not ServicePage.can_create_at(municipality)
    assert not ServicePage.can_create_at(site_tree.registry)
    assert not RegistryIndexPage.can_create_at(site_tree.home)


@pytest.fixture
def water(locales):
    return base_list().water


def service(water, **values):
    defaults = {
        "title": "Суу",
        "slug": "water",
        "base_service": water,
        "summary": "Ичүүчү суу.",
        "status": "approved",
        "decision_date": datetime.date(2021, 3, 1),
        "is_free": True,
    }
    return ServicePage(**{**defaults, **values})


def test_an_approved_service_with_its_decision_date_is_valid(water):
    service(water).clean()


def test_an_approved_service_needs_the_decision_date(water):
    with pytest.raises(ValidationError) as error:
        service(water, decision_date=None).clean()
    assert "decision_date" in error.value.message_dict


def test_a_proposed_service_needs_no_decision_date(water):
    service(water, status="proposed", decision_date=None).clean()


def test_a_paid_service_needs_its_fee(water):
    with pytest.raises(ValidationError) as error:
        service(water, is_free=False, fee_kgs=None).clean()
    assert "fee_kgs" in error.value.message_dict
    service(water, is_free=False, fee_kgs=50).clean()


def test_a_free_service_has_no_fee(water):
    with pytest.raises(ValidationError) as error:
        service(water, is_free=True, fee_kgs=50).clean()
    assert "fee_kgs" in error.value.message_dict


def test_a_rejected_service_needs_the_reason(water):
    with pytest.raises(ValidationError) as error:
        service(water, status="rejected").clean()
    assert "status_reason" in error.value.message_dict
    service(water, status="rejected", status_reason="Бюджет жетишсиз.").clean()


def test_an_outsourced_service_is_provided_by_an_enterprise_association_or_contractor(water):
    with pytest.raises(ValidationError) as error:
        service(water, is_outsourced=True, provider_kind="aiyl_okmotu").clean()
    assert "provider_kind" in error.value.message_dict
    service(water, is_outsourced=True, provider_kind="private").clean()


def test_service_factory_builds_a_valid_record(municipality):
    register = register_for(municipality, languages=())
    page = f.ServicePageFactory(parent=register)
    page.full_clean()
