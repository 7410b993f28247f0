"""Story pages from the specs of `story_specs`, in three languages, under their
municipality: votes, outputs, quotes, gallery, and links to the register services of the
same topic (the impact trail)."""

from decimal import Decimal

from wagtail.models import ReferenceIndex
from wagtail.search import index as search_index

from home.demo_data import LANGS, T, csv_rows, seeded_random
from home.models import HomeFeaturedStory
from stories.choices import ServiceImpact
from stories.models import (
    StoryGalleryImage,
    StoryOutput,
    StoryPage,
    StoryQuote,
    StoryServiceLink,
    StoryVote,
)

from .common import stream, text, translation_key, translations_add
from .story_specs import TARIFF_DECISION, real_specs, sample_spec

# The credit under each demo photo, written in the page's language (no Latin on Kyrgyz pages).
PHOTO_CREDIT = T("Ашар, демо сүрөт", "Ашар, демо-фото", "Ashar, demo photo")
# The real stories the home page features, in this order.
FEATURED = (
    "r05-zhany-zhol",
    "r06-balykchy",
    "r07-kurmanbek-taran-bazar",
    "r08-kurmanbek-joon-kungoi",
    "r09-bagysh",
    "r10-ak-chiy",
)


def _numbered(caption, index, total):
    """The caption of photo `index` of `total`: the topic's one caption, numbered."""
    return f"{caption} ({index + 1}/{total})" if total > 1 and caption else caption


class StoryWriter:
    """Writes the stories of one demo run."""

    def __init__(self, *, snippets, municipalities, slugs, photos, captions, services, when):
        self.snippets = snippets
        self.municipalities = municipalities
        self.slugs = slugs
        self.photos = photos
        self.captions = captions
        self.services = services
        self.when = when

    def _formats(self, spec):
        pages = self.municipalities[spec["municipality"]]
        village = spec.get("village")
        return {
            lang: {
                "municipality": pages[lang].title,
                "village": village[lang] if village else pages[lang].title,
            }
            for lang in LANGS
        }

    def _photos(self, spec):
        """(main image or None, [(image, caption T())]) for the spec."""
        if not self.photos or not (spec["image"] or spec["gallery"]):
            return None, []
        rng = seeded_random(f"{spec['external_id']}-photos")
        own = [photo for photo in self.photos if photo.topic in spec["topics"]]
        others = [photo for photo in self.photos if photo.topic not in spec["topics"]]
        rng.shuffle(own)
        rng.shuffle(others)
        chosen = (own + others)[: max(spec["gallery"], 1)]
        main = chosen[0].image if spec["image"] else None
        caption = self.captions.get(spec["topics"][0])
        gallery = [(photo.image, caption) for photo in chosen[: spec["gallery"]]]
        return main, gallery

    def _rows(self, spec, lang, fmt, gallery, services):
        votes = [
            StoryVote(
                alternative=text(vote["alternative"], lang, **fmt),
                votes=vote["votes"],
                chosen=vote["chosen"],
                sort_order=order,
            )
            for order, vote in enumerate(spec["votes"])
        ]
        outputs = [
            StoryOutput(
                quantity=Decimal(str(output["quantity"])),
                unit=text(output["unit"], lang),
                description=text(output["description"], lang, **fmt),
                sort_order=order,
            )
            for order, output in enumerate(spec["outputs"])
        ]
        quotes = [
            StoryQuote(
                text=text(quote["text"], lang, **fmt),
                role=text(quote["role"], lang, **fmt),
                sort_order=order,
            )
            for order, quote in enumerate(spec["quotes"])
        ]
        images = [
            StoryGalleryImage(
                image=image,
                caption=_numbered(text(caption, lang, **fmt), order, len(gallery)),
                credit=text(PHOTO_CREDIT, lang),
                consent_recorded=True,
                sort_order=order,
            )
            for order, (image, caption) in enumerate(gallery)
        ]
        links = [
            StoryServiceLink(service=service[lang], impact=impact, sort_order=order)
            for order, (service, impact) in enumerate(services)
        ]
        return votes, outputs, quotes, images, links

    def _build(self, spec, lang, *, slug, fmt, main, gallery, services):
        snippets = self.snippets
        money = {name: value for name, value in spec["money"].items() if value is not None}
        decision = spec["tariff_decision"]
        page = StoryPage(
            title=text(spec["title"], lang, spec.get("title_fallback"), **fmt),
            slug=slug,
            summary=text(spec["summary"], lang, spec.get("summary_fallback"), **fmt),
            villages="; ".join(spec["villages"][lang]),
            programme=snippets.programmes[spec["programme"]][lang],
            year=spec["year"],
            image=main,
            problem=text(spec["problem"], lang, **fmt),
            identification_method=spec["identification_method"],
            identification_details=text(spec["identification_details"], lang, **fmt),
            outputs_text=text(spec["outputs_text"], lang, **fmt),
            result=text(spec["result"], lang, **fmt),
            body=stream(spec["body"], lang, **fmt),
            gathering_date=spec["gathering_date"],
            gathering_participants=spec["gathering_participants"],
            gathering_women=spec["gathering_women"],
            gathering_voters=spec["gathering_voters"],
            implementation_start=spec["implementation_start"],
            opened_on=spec["opened_on"],
            beneficiaries_people=spec["beneficiaries_people"],
            beneficiaries_households=spec["beneficiaries_households"],
            beneficiaries_note=text(spec["beneficiaries_note"], lang, **fmt),
            operator_kind=spec["operator_kind"],
            operator_name=text(spec["operator_name"], lang, **fmt),
            tariff_approved=spec["tariff_approved"],
            tariff_decision=text(TARIFF_DECISION, lang, **decision) if decision else "",
            sustainability_note=text(spec["sustainability_note"], lang, **fmt),
            monitored_by_group=spec["monitored_by_group"],
            monitoring_group_members=spec["monitoring_group_members"],
            monitoring_note=text(spec["monitoring_note"], lang, **fmt),
            source_title=text(spec["source_title"], lang),
            source_url=spec["source_url"],
            external_id=spec["external_id"],
            is_sample=spec["is_sample"],
            **money,
        )
        page.topics = [snippets.topics[slug][lang] for slug in spec["topics"]]
        page.vulnerable_groups = [snippets.groups[slug][lang] for slug in spec["groups"]]
        votes, outputs, quotes, images, links = self._rows(spec, lang, fmt, gallery, services)
        # The page's locale, given here: Wagtail would look it up once per row otherwise.
        for row in (*votes, *outputs, *quotes, *images):
            row.locale = snippets.locales[lang]
        page.votes = votes
        page.outputs = outputs
        page.quotes = quotes
        page.gallery_images = images
        page.service_links = links
        return page

    def _services(self, spec):
        """The register services of the story's municipality with the story's topic. Only
        sample stories get them: the registers are demonstration content, and a link would
        claim something of a real initiative that its sources do not say."""
        if not spec["is_sample"]:
            return []
        found = []
        for topic in spec["topics"]:
            # Only a service the council approved can have been created or changed by one.
            approved = [
                service
                for service in self.services.get((spec["municipality"], topic), ())
                if service[LANGS[0]].is_approved
            ]
            for index, service in enumerate(approved):
                impact = ServiceImpact.CREATED if index == 0 else ServiceImpact.CHANGED
                found.append((service, impact))
        return found[:2]

    def write(self, spec):
        """The story of `spec` in every language: {language code: StoryPage}."""
        fmt = self._formats(spec)
        source = spec["slug_source"] or text(spec["title"], "en", **fmt["en"])
        slug = self.slugs.free(spec["municipality"], source)
        main, gallery = self._photos(spec)
        services = self._services(spec)
        return translations_add(
            parents=self.municipalities[spec["municipality"]],
            build=lambda lang: self._build(
                spec,
                lang,
                slug=slug,
                fmt=fmt[lang],
                main=main,
                gallery=gallery,
                services=services,
            ),
            key=translation_key("story", spec["external_id"]),
            locales=self.snippets.locales,
            when=self.when,
            drafts=spec.get("translation_drafts", ()),
        )


def story_specs(*, count, templates, topics, programmes):
    """The specs of a corpus of `count` stories per language: the real ones, then sample
    stories numbered from 1."""
    specs = real_specs()
    if count < len(specs):
        raise ValueError(f"The demo needs at least {len(specs)} stories, the real ones.")
    rows = list(csv_rows("municipalities.csv"))
    specs += [
        sample_spec(
            number, templates=templates, municipalities=rows, topics=topics, programmes=programmes
        )
        for number in range(1, count - len(specs) + 1)
    ]
    return specs


def existing_ids(locale):
    """External IDs of the stories already in `locale`."""
    return set(StoryPage.objects.filter(locale=locale).values_list("external_id", flat=True))


def stories_sync(*, writer, specs):
    """Write the stories of `specs` that are missing and delete the sample stories that are
    not in `specs` (in every language), with their search and reference index entries.
    Returns (the pages written, in all languages; sample stories deleted per language)."""
    wanted = {spec["external_id"] for spec in specs}
    have = existing_ids(writer.snippets.locales[LANGS[0]])
    created = []
    for spec in specs:
        if spec["external_id"] not in have:
            created += writer.write(spec).values()
    surplus = StoryPage.objects.filter(is_sample=True).exclude(external_id__in=wanted)
    deleted = surplus.filter(locale=writer.snippets.locales[LANGS[0]]).count()
    if deleted:
        for page in surplus:
            search_index.remove_object(page)
            ReferenceIndex.remove_for_object(page)
        surplus.delete()
    return created, deleted


def featured_ensure(*, home):
    """Feature the real stories of FEATURED on the home page of every language (once)."""
    for page in home.values():
        if page.featured_stories.exists():
            continue
        stories = {
            story.external_id: story
            for story in StoryPage.objects.filter(locale=page.locale, external_id__in=FEATURED)
        }
        HomeFeaturedStory.objects.bulk_create(
            [
                HomeFeaturedStory(page=page, story=stories[key], sort_order=order)
                for order, key in enumerate(key for key in FEATURED if key in stories)
            ]
        )
