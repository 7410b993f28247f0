"""A corpus of any size for query-count tests: `n` municipalities, each with figures,
stories, news (some with photos) and a register of `n` services linked to stories."""

import datetime
from types import SimpleNamespace

from wagtail_factories import ImageFactory

from stories.models import StoryServiceLink
from tests import factories as f
from tests.registry.helpers import base_list

TOPIC_SLUGS = ("drinking-water", "street-lighting")


def corpus(site_tree, reference, n):
    """Build `n` municipalities with `n` of everything below each (ky only)."""
    base = base_list()
    municipalities, registers, services, stories, news = [], [], [], [], []
    for index in range(n):
        district = f.DistrictFactory(region=reference.region) if index % 2 else reference.district
        municipality = f.MunicipalityPageFactory(
            parent=site_tree.municipalities,
            region=reference.region,
            district=district,
            population=1000 + index,
            population_year=2021,
        )
        municipality.programmes.set([reference.programme])
        municipality.save()
        for year in range(n):
            f.MunicipalityFigureFactory(
                page=municipality,
                kind="hearings_held" if year % 2 else "hearing_participants",
                value=10 + year,
                as_of=datetime.date(2015 + year, 12, 31),
                programme=reference.programme,
            )
        register = f.ServiceRegisterPageFactory(parent=municipality)
        for item in range(n):
            story = f.StoryPageFactory(
                parent=municipality, image=ImageFactory() if item in (0, n - 1) else None
            )
            story.topics.set([reference.water, reference.light])
            story.vulnerable_groups.set([reference.women])
            story.save()
            stories.append(story)
            news_item = f.NewsPageFactory(
                parent=municipality, image=ImageFactory() if item == 0 else None
            )
            news_item.topics.set([reference.water])
            news_item.save()
            news.append(news_item)
            service = f.ServicePageFactory(
                parent=register,
                base_service=base.water if item % 2 else base.waste,
                initiated_by="vulnerable_group",
                status="approved" if item % 2 else "proposed",
                decision_date=datetime.date(2021, 3, 1) if item % 2 else None,
                is_outsourced=bool(item % 2),
            )
            service.initiating_groups.set([reference.women])
            service.save()
            services.append(service)
            StoryServiceLink.objects.create(page=story, service=services[0], impact="created")
        municipalities.append(municipality)
        registers.append(register)
    return SimpleNamespace(
        base=base,
        municipalities=municipalities,
        registers=registers,
        services=services,
        stories=stories,
        news=news,
    )
