"""The demo's stories: the rows of `home/demo_data/stories.csv` — the 18 real stories, then
the sample ones, in the stories importer's layout (docs/import.md) with their texts in three
languages — imported and published through `stories.services.story_import`, as an editor
imports a spreadsheet. More stories than the file holds come from `more_sample_rows`.

What the importer has no column for is done here after it: the register services a sample
story created or changed (the registers are the demo's own), the Russian translation the
demo leaves a draft, and the stories the home page features."""

import csv
import io
import math
import tempfile
from pathlib import Path

from wagtail.models import ReferenceIndex, Revision
from wagtail.search import index as search_index

from core.imports import ImportFailure, import_log_add
from home.demo_data import LANGS, csv_rows, seeded_random, yaml_data
from home.models import HomeFeaturedStory
from stories.choices import ServiceImpact
from stories.models import StoryPage, StoryServiceLink
from stories.services import story_import

STORIES_CSV = "stories.csv"
# The rows of one imported file: a larger corpus comes in several.
FILE_ROWS = 2_000
SAMPLE_ID = "sample-{number:03d}"
# The years each programme's sample stories may fall in, and the last opening date.
YEARS = {"vap": (2012, 2022), "psi": (2016, 2024)}
LATEST_OPENING = "2025-06-30"
DATES = ("gathering_date", "implementation_start", "opened_on")
MONEY = (
    "grant_kgs",
    "municipal_kgs",
    "community_cash_kgs",
    "community_in_kind_kgs",
    "community_labour_kgs",
    "other_kgs",
)


class StoryImportError(Exception):
    """The demo's stories file did not import: the messages of the importer."""


def story_rows():
    """The rows of stories.csv, in order: the real stories first."""
    return csv_rows(STORIES_CSV)


def real_rows():
    return [row for row in story_rows() if row["is_sample"] != "yes"]


def real_programmes():
    """municipality slug -> programme slugs of its real stories."""
    result = {}
    for row in real_rows():
        result.setdefault(row["municipality_slug"], []).append(row["programme"])
    return result


def rows_for(count, *, programmes):
    """The rows of a corpus of `count` stories per language: the first `count` rows of the
    file (the real stories always among them), or all of them and `more_sample_rows`.
    `programmes`: municipality slug -> its programme slugs."""
    rows = list(story_rows())
    real = len(real_rows())
    if count < real:
        raise ValueError(f"The demo needs at least {real} stories, the real ones.")
    if count <= len(rows):
        return rows[:count]
    return rows + more_sample_rows(rows, count - len(rows), programmes=programmes)


# ---- More sample stories than the file holds --------------------------------------------


def _shift_year(value, years):
    if not value:
        return value
    year, rest = value.split("-", 1)
    rest = "02-28" if rest == "02-29" else rest
    return f"{int(year) + years:04d}-{rest}"


def _scaled(value, factor, *, up=False):
    if not value:
        return value
    scaled = int(value) * factor
    return str(math.ceil(scaled / 1000) * 1000 if up else math.floor(scaled))


def _quantity(value, factor):
    number = float(value) * factor
    return str(max(1, round(number))) if "." not in value else f"{number:.1f}"


def _names(slug, village_index):
    """Per language, (the municipality's name, the village the texts name)."""
    row = next(row for row in csv_rows("municipalities.csv") if row["slug"] == slug)
    villages = yaml_data("places")["villages"].get(slug)
    names = {}
    for lang in LANGS:
        title = row[f"name_{lang}"]
        village = villages[lang][village_index] if villages and village_index is not None else ""
        names[lang] = (title, village)
    return names


def _move(row, source, target, rng):
    """Rewrite `row`'s texts from `source`'s municipality and village to `target`'s: a
    village the texts name becomes one of the target's (or the target itself when its
    villages are not known)."""
    villages = yaml_data("places")["villages"]
    old_villages = villages.get(source["municipality_slug"])
    old_index = (
        old_villages["en"].index(source["villages_en"])
        if old_villages and source["villages_en"] in old_villages["en"]
        else None
    )
    new_villages = villages.get(target["slug"])
    index = (
        rng.randrange(len(new_villages["en"])) if new_villages and old_index is not None else None
    )
    old, new = _names(source["municipality_slug"], old_index), _names(target["slug"], index)
    row["municipality_slug"] = target["slug"]
    for lang in LANGS:
        (old_title, old_village), (new_title, new_village) = old[lang], new[lang]
        for name in [key for key in row if key.endswith(f"_{lang}")]:
            value = row[name]
            if old_village:
                value = value.replace(old_village, new_village or new_title)
            row[name] = value.replace(old_title, new_title)
        row[f"villages_{lang}"] = new_village


def _renumber(row, rng):
    """New money, people and quantities for `row`, keeping the story's own rules: the
    parts within the total, women and voters within the participants, the votes within
    the voters, the chosen alternative the most voted."""
    money = rng.uniform(0.6, 1.6)
    row["total_kgs"] = _scaled(row["total_kgs"], money, up=True)
    for name in MONEY:
        row[name] = _scaled(row[name], money)
    people = rng.uniform(0.7, 1.4)
    for name in ("gathering_participants", "gathering_women", "gathering_voters"):
        row[name] = str(round(int(row[name]) * people)) if row[name] else row[name]
    if row["vote_counts"]:
        counts = []
        for part in row["vote_counts"].split(";"):
            chosen = part.strip().endswith("*")
            counts.append(f"{math.floor(int(part.strip().rstrip('*')) * people)}{'*' * chosen}")
        row["vote_counts"] = "; ".join(counts)
    if row["beneficiaries_people"]:
        reached = max(1, round(int(row["beneficiaries_people"]) * rng.uniform(0.6, 1.6)))
        row["beneficiaries_people"] = str(reached)
        row["beneficiaries_households"] = str(max(1, round(reached / 4.5)))
    if row["output_quantities"]:
        factor = rng.uniform(0.6, 1.6)
        quantities = [part.strip() for part in row["output_quantities"].split(";")]
        row["output_quantities"] = "; ".join(_quantity(value, factor) for value in quantities)


def _redate(row, rng, programmes):
    """Another of the municipality's programmes when the sample's is not one of them, and
    another year of its programme, the dates moved with it."""
    if row["programme"] not in programmes:
        row["programme"] = rng.choice([slug for slug in programmes if slug in YEARS])
    year = rng.randint(*YEARS[row["programme"]])
    shift = year - int(row["year"])
    row["year"] = str(year)
    for name in DATES:
        row[name] = _shift_year(row[name], shift)
    if row["opened_on"] and row["opened_on"] > LATEST_OPENING:
        row["opened_on"] = max(LATEST_OPENING, row["implementation_start"] or LATEST_OPENING)


def more_sample_rows(rows, count, *, programmes):
    """`count` sample rows beyond the file's, numbered on from its last sample: each is a
    sample of the file (taken in turn) moved to the next municipality (taken in turn) with
    new numbers, drawn from a generator seeded with its number — the same row whatever the
    size of the corpus."""
    samples = [row for row in rows if row["is_sample"] == "yes"]
    municipalities = csv_rows("municipalities.csv")
    made = []
    for offset in range(count):
        number = len(samples) + offset + 1
        rng = seeded_random(SAMPLE_ID.format(number=number))
        source = samples[offset % len(samples)]
        target = municipalities[(number - 1) % len(municipalities)]
        row = dict(source, external_id=SAMPLE_ID.format(number=number))
        _move(row, source, target, rng)
        _redate(row, rng, programmes[target["slug"]])
        _renumber(row, rng)
        made.append(row)
    return made


# ---- Importing ----------------------------------------------------------------------------


def csv_bytes(rows):
    """`rows` (dicts of one header) as a CSV file in UTF-8."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def photos_folder(photos, folder):
    """Write the demo photos into `folder` under the names the stories file gives them
    (demo-01.jpg …): the importer finds them there, and stores none of them twice."""
    for index, photo in enumerate(photos, start=1):
        with photo.image.open_file() as handle:
            (Path(folder) / f"demo-{index:02d}.jpg").write_bytes(handle.read())


def stories_import(*, rows, photos, dry_run=False, user=None):
    """Import `rows` with the demo's photos, published, in files of at most FILE_ROWS rows
    (a corpus of thousands of stories is several files, as an editor would send it: one
    file stays within the importer's limits); returns the ImportResult of them all.
    Raises StoryImportError with the importer's messages when a row has an error."""
    result = None
    with tempfile.TemporaryDirectory(prefix="ashar-demo-photos-") as folder:
        photos_folder(photos, folder)
        for start in range(0, len(rows), FILE_ROWS):
            try:
                part, _table = story_import(
                    source=csv_bytes(rows[start : start + FILE_ROWS]),
                    name=STORIES_CSV,
                    photos=folder,
                    user=user,
                    dry_run=dry_run,
                    publish=True,
                )
            except ImportFailure as error:
                raise StoryImportError(str(error)) from error
            if not dry_run:
                import_log_add(result=part, user=user)
            if not part.ok:
                issues = [str(issue) for issue in part.all_issues()]
                raise StoryImportError("; ".join(issues[:10]))
            if result is None:
                result = part
            else:
                result.rows += part.rows
                result.seconds += part.seconds
    return result


# ---- After the import ---------------------------------------------------------------------


def _revision_refresh(page):
    """The page's latest revision holds what the page now holds (the importer made it
    before the demo added what the file has no column for)."""
    revision = page.latest_revision
    if revision is not None:
        Revision.objects.filter(pk=revision.pk).update(content=page.serializable_data())


def service_links_ensure(*, services):
    """Link each sample story without links to the approved register services of its
    municipality and topic: the first it created, the next it changed (two at most).
    Only sample stories: a link would claim of a real initiative what its sources do not
    say. `services`: (municipality slug, topic slug) -> [{language: ServicePage}]."""
    stories = (
        StoryPage.objects.filter(is_sample=True, service_links__isnull=True)
        .select_related("locale")
        .prefetch_related("topics")
    )
    by_key = {}
    for story in stories:
        by_key.setdefault(story.translation_key, {})[story.locale.language_code] = story
    linked = 0
    for pages in by_key.values():
        source = pages.get(LANGS[0]) or next(iter(pages.values()))
        municipality = source.get_parent().slug
        found = []
        for topic in sorted(topic.slug for topic in source.topics.all()):
            approved = [
                service
                for service in services.get((municipality, topic), ())
                if service[LANGS[0]].is_approved
            ]
            for index, service in enumerate(approved):
                impact = ServiceImpact.CREATED if index == 0 else ServiceImpact.CHANGED
                found.append((service, impact))
        for lang, page in pages.items():
            StoryServiceLink.objects.bulk_create(
                [
                    StoryServiceLink(page=page, service=service[lang], impact=impact, sort_order=i)
                    for i, (service, impact) in enumerate(found[:2])
                ]
            )
            if found:
                _revision_refresh(page)
        linked += bool(found)
    return linked


def drafts_ensure():
    """The translations the demo leaves drafts (stories.yaml `translation_drafts`: a
    translation in progress) are unpublished. Returns how many were."""
    unpublished = 0
    for key, languages in yaml_data("stories")["translation_drafts"].items():
        for page in StoryPage.objects.filter(
            external_id=key, locale__language_code__in=languages, live=True
        ):
            page.live = False
            page.has_unpublished_changes = True
            page.save(update_fields=["live", "has_unpublished_changes"])
            unpublished += 1
    return unpublished


def featured_ensure(*, home):
    """Feature the real stories of stories.yaml `featured` on the home page of every
    language (once)."""
    featured = yaml_data("stories")["featured"]
    for page in home.values():
        if page.featured_stories.exists():
            continue
        stories = {
            story.external_id: story
            for story in StoryPage.objects.filter(locale=page.locale, external_id__in=featured)
        }
        HomeFeaturedStory.objects.bulk_create(
            [
                HomeFeaturedStory(page=page, story=stories[key], sort_order=order)
                for order, key in enumerate(key for key in featured if key in stories)
            ]
        )


def surplus_delete(wanted):
    """Delete the sample stories whose external IDs are not in `wanted`, in every
    language, with their search and reference index entries. Returns how many stories
    (per language) were deleted."""
    surplus = StoryPage.objects.filter(is_sample=True).exclude(external_id__in=wanted)
    deleted = surplus.filter(locale__language_code=LANGS[0]).count()
    if deleted:
        for page in surplus:
            search_index.remove_object(page)
            ReferenceIndex.remove_for_object(page)
        surplus.delete()
    return deleted
