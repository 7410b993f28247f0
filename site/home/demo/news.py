"""News of every municipality in three languages, drawn from news.NEWS, and the
programmes' own (news.CENTRAL_NEWS) under the news index."""

import datetime
from functools import partial

from django.utils.text import slugify

from home.demo_data import LANGS, seeded_random
from municipalities.models import NewsPage

from .common import date_between, paragraphs, text, translation_key, translations_add

FIRST_DAY = datetime.date(2024, 1, 1)
LAST_DAY = datetime.date(2025, 10, 31)
PER_MUNICIPALITY = 2
# Every third municipality has one more item.
EXTRA_EVERY = 3
IMAGE_SHARE = 0.5


def _news_page(item, lang, *, snippets, municipality, date, image, slug):
    """`municipality`: the municipality's pages by language code (None: central news)."""
    fmt = {"municipality": municipality[lang].title} if municipality else {}
    page = NewsPage(
        title=text(item["title"], lang, **fmt),
        slug=slug,
        date=date,
        summary=text(item["summary"], lang, **fmt),
        body=[
            {"type": "paragraph", "value": paragraphs(text(part, lang, **fmt))}
            for part in item["body"]
        ],
        image=image,
        is_sample=True,
    )
    page.topics = [snippets.topics[item["topic"]][lang]]
    return page


def news_build(*, news, central, news_index, snippets, municipalities, slugs, photos, when):
    """At least PER_MUNICIPALITY news items under every municipality, and the `central`
    news of the programmes under the news index (`news_index`: its pages by language);
    returns how many items (per language) were made."""
    made = 0
    for number, item in enumerate(central):
        translations_add(
            parents=news_index,
            build=partial(
                _news_page,
                item,
                snippets=snippets,
                municipality=None,
                date=datetime.date(*item["date"]),
                image=None,
                slug=slugify(text(item["title"], "en")),
            ),
            key=translation_key("news", "central", number),
            locales=snippets.locales,
            when=when,
        )
        made += 1
    for index, (slug, pages) in enumerate(municipalities.items()):
        rng = seeded_random(f"news-{slug}")
        count = PER_MUNICIPALITY + (1 if index % EXTRA_EVERY == 0 else 0)
        for number in range(count):
            item = news[(index * PER_MUNICIPALITY + number) % len(news)]
            date = date_between(rng, FIRST_DAY, LAST_DAY)
            topical = [photo for photo in photos if photo.topic == item["topic"]] or photos
            image = rng.choice(topical).image if topical and rng.random() < IMAGE_SHARE else None
            english = text(item["title"], "en", municipality=pages["en"].title)
            page_slug = slugs.free(slug, english)
            translations_add(
                parents=pages,
                build=partial(
                    _news_page,
                    item,
                    snippets=snippets,
                    municipality=pages,
                    date=date,
                    image=image,
                    slug=page_slug,
                ),
                key=translation_key("news", slug, number),
                locales=snippets.locales,
                when=when,
            )
            made += 1
    return made


def news_exists(locales):
    return NewsPage.objects.filter(locale=locales[LANGS[0]]).exists()
