"""Factories for snippets and pages. Pages are created under a parent with
`Factory(parent=...)`; translations with `translate(page, "ru", title=...)`."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from core.models import District, Programme, Region, Topic, VulnerableGroup
from core.services import page_child_add, page_translation_add
from home.models import HomePage, ProgrammePage, StandardPage
from municipalities.models import (
    MunicipalityFigure,
    MunicipalityIndexPage,
    MunicipalityPage,
    NewsIndexPage,
    NewsPage,
)
from registry.models import (
    BaseService,
    BaseServiceCategory,
    RegistryIndexPage,
    ServicePage,
    ServiceRegisterPage,
)
from stories.models import StoryIndexPage, StoryPage


def default_locale():
    return Locale.objects.get_or_create(language_code="ky")[0]


def translate(page, language_code, **values):
    """The published translation of `page` in `language_code` with `values` set."""
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    return page_translation_add(page=page, locale=locale, values=values)


def translate_snippet(instance, language_code, **values):
    """The saved translation of a translatable snippet with `values` set."""
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    translation = instance.copy_for_translation(locale)
    for name, value in values.items():
        setattr(translation, name, value)
    if hasattr(translation, "region_id") and translation.region_id:
        translation.region = translation.region.get_translation(locale)
    translation.save()
    return translation


class SnippetFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(default_locale)


class RegionFactory(SnippetFactory):
    class Meta:
        model = Region

    slug = factory.Sequence(lambda n: f"region-{n}")
    kind = "oblast"
    name = factory.Sequence(lambda n: f"Облус {n}")
    iso_code = factory.Sequence(lambda n: f"KG-{n}")
    coate = factory.Sequence(lambda n: f"417{n:02d}")


class DistrictFactory(SnippetFactory):
    class Meta:
        model = District

    region = factory.SubFactory(RegionFactory)
    slug = factory.Sequence(lambda n: f"district-{n}")
    name = factory.Sequence(lambda n: f"Район {n}")
    coate = factory.Sequence(lambda n: f"417022{n:02d}")


class TopicFactory(SnippetFactory):
    class Meta:
        model = Topic

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Тема {n}")
    colour = "water"


class VulnerableGroupFactory(SnippetFactory):
    class Meta:
        model = VulnerableGroup

    slug = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Топ {n}")


class ProgrammeFactory(SnippetFactory):
    class Meta:
        model = Programme

    slug = factory.Sequence(lambda n: f"programme-{n}")
    abbreviation = factory.Sequence(lambda n: f"P{n}")
    name = factory.Sequence(lambda n: f"Программа {n}")
    start_year = 2012
    end_year = 2022


class BaseServiceCategoryFactory(SnippetFactory):
    class Meta:
        model = BaseServiceCategory

    code = factory.Sequence(lambda n: str(n + 1))
    name = factory.Sequence(lambda n: f"Бөлүм {n}")


class BaseServiceFactory(SnippetFactory):
    class Meta:
        model = BaseService

    code = factory.Sequence(lambda n: f"1.{n + 1}")
    name = factory.Sequence(lambda n: f"Кызмат {n}")
    category = factory.SubFactory(BaseServiceCategoryFactory)


class PageFactory(wagtail_factories.PageFactory):
    """A page added under `parent` the way the importers and the demo add theirs
    (`core.services.page_child_add`: validated without looking up its foreign keys, saved
    without Wagtail's "created" log entry), not through treebeard's `add_child`."""

    class Meta:
        abstract = True

    live = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        if parent is None:
            return super()._create_instance(model_class, parent, kwargs)
        return page_child_add(parent, model_class(**kwargs))


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Ашар"
    slug = "home"


class StoryIndexPageFactory(PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Окуялар"
    slug = "stories"


class MunicipalityIndexPageFactory(PageFactory):
    class Meta:
        model = MunicipalityIndexPage

    title = "Муниципалитеттер"
    slug = "municipalities"


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Жаңылыктар"
    slug = "news"


class RegistryIndexPageFactory(PageFactory):
    class Meta:
        model = RegistryIndexPage

    title = "Кызматтар"
    slug = "services"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = "Биз жөнүндө"
    slug = "about"
    intro = "Ашар жөнүндө."


class ProgrammePageFactory(PageFactory):
    class Meta:
        model = ProgrammePage

    title = "ЭҮЖӨБОЖ"
    slug = "vap"
    programme = factory.SubFactory(ProgrammeFactory)


class MunicipalityPageFactory(PageFactory):
    class Meta:
        model = MunicipalityPage

    title = factory.Sequence(lambda n: f"Айыл {n}")
    slug = factory.Sequence(lambda n: f"aiyl-{n}")
    official_name = factory.LazyAttribute(lambda o: f"{o.title} айыл аймагы")
    district = factory.SubFactory(DistrictFactory)
    region = factory.LazyAttribute(lambda o: o.district.region)
    coate = "41702215808000"


class MunicipalityFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MunicipalityFigure

    kind = "hearings_held"
    value = 5
    as_of = datetime.date(2023, 12, 31)
    source_title = "Annual report"


class StoryPageFactory(PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Окуя {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    summary = "Айылда ичүүчү суу түтүгү курулду."
    year = 2019
    total_kgs = 1_000_000
    grant_kgs = 600_000
    municipal_kgs = 300_000
    community_cash_kgs = 100_000
    beneficiaries_people = 1200


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Жаңылык {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    date = datetime.date(2025, 5, 1)
    summary = "Коомдук угуу өттү."


class ServiceRegisterPageFactory(PageFactory):
    class Meta:
        model = ServiceRegisterPage

    title = "Муниципалдык кызмат көрсөтүүлөрдүн реестри"
    slug = "services"
    decision_number = "12/3"
    decision_date = datetime.date(2021, 3, 1)
    year = 2021


class ServicePageFactory(PageFactory):
    class Meta:
        model = ServicePage

    title = factory.Sequence(lambda n: f"Кызмат {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    base_service = factory.SubFactory(BaseServiceFactory)
    summary = "Ичүүчү суу менен камсыз кылуу."
    provider_kind = "users_association"
    provider_name = "Суу пайдалануучулардын бирикмеси"
    is_free = False
    fee_kgs = 50
    fee_unit = "айына бир үй-бүлөгө"
    status = "approved"
    decision_number = "7/2"
    decision_date = datetime.date(2021, 3, 1)


def group_member(group_name, username, language="en"):
    """A user in the group `group_name` (password "pw"), with an e-mail address and her
    admin language."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org"
    )
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
