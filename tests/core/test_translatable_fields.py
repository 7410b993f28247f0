"""The synchronised/translatable split of every translatable model: numbers, dates,
relations, images, codes and choices synchronised; text translated."""

import pytest
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from core.models import District, Programme, Region, Topic, VulnerableGroup
from municipalities.models import MunicipalityPage, NewsPage
from registry.models import BaseService, BaseServiceCategory, ServicePage, ServiceRegisterPage
from stories.models import StoryGalleryImage, StoryOutput, StoryPage, StoryQuote, StoryVote

MODELS = [
    Region,
    District,
    Topic,
    VulnerableGroup,
    Programme,
    BaseServiceCategory,
    BaseService,
    ServiceRegisterPage,
    ServicePage,
    MunicipalityPage,
    NewsPage,
    StoryPage,
    StoryVote,
    StoryOutput,
    StoryQuote,
    StoryGalleryImage,
]
# Written the same in every language: codes, identifiers, slugs of reference data.
SYNCHRONISED_TEXT = {
    Region: {"slug", "iso_code", "coate"},
    District: {"slug", "coate"},
    Topic: {"slug", "icon"},
    VulnerableGroup: {"slug"},
    Programme: {"slug", "abbreviation"},
    BaseServiceCategory: {"code"},
    BaseService: {"code"},
    ServiceRegisterPage: {"decision_number"},
    ServicePage: {"local_code", "decision_number"},
    MunicipalityPage: {"coate", "phone"},
    StoryPage: {"external_id"},
}


def split(model):
    return {
        field.field_name: isinstance(field, TranslatableField)
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField | TranslatableField)
    }


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_numbers_dates_images_and_plain_relations_are_synchronised(model):
    translatable = split(model)
    for field in model._meta.get_fields():
        if field.name not in translatable:
            continue
        if isinstance(
            field,
            models.IntegerField
            | models.DecimalField
            | models.DateField
            | models.BooleanField
            | models.URLField
            | models.EmailField,
        ):
            assert not translatable[field.name], f"{model.__name__}.{field.name}"
        if isinstance(field, models.ForeignKey) and field.related_model.__name__ in {
            "CustomImage",
            "Image",
            "Document",
        }:
            assert not translatable[field.name], f"{model.__name__}.{field.name}"


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_text_is_translated_and_codes_are_not(model):
    translatable = split(model)
    codes = SYNCHRONISED_TEXT.get(model, set())
    for name in codes:
        assert translatable[name] is False, f"{model.__name__}.{name}"
    for field in model._meta.get_fields():
        prose = isinstance(field, RichTextField | StreamField | models.TextField) or (
            isinstance(field, models.CharField)
            and not field.choices
            and not isinstance(field, models.URLField | models.EmailField)
        )
        if prose and field.name in translatable and field.name not in codes:
            if field.name == "slug" and model in (StoryPage, ServicePage, MunicipalityPage):
                continue  # page slugs may be translated
            assert translatable[field.name], f"{model.__name__}.{field.name}"


def test_a_storys_rows_with_text_are_translated_and_the_others_synchronised():
    relations = split(StoryPage)
    for name in ("votes", "outputs", "quotes", "gallery_images"):
        assert relations[name] is True, name
    for name in ("documents", "service_links"):  # a document, a service: no text of their own
        assert relations[name] is False, name


def test_programme_acronym_is_translated_per_language():
    assert split(Programme)["local_abbreviation"] is True
