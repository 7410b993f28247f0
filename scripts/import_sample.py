#!/usr/bin/env python
"""Write a stories spreadsheet and a ZIP of its photos for `import_stories`, to try and
measure the import (docs/import.md):

    .venv/bin/python scripts/import_sample.py --rows 234 --out /tmp/stories.xlsx \
        --photos /tmp/photos.zip
    /usr/bin/time .venv/bin/python manage.py import_stories /tmp/stories.xlsx \
        --photos /tmp/photos.zip

Each row is a new story (external IDs `sample-import-<n>`) in one of the demo's
municipalities (named by its СОАТЕ code, Russian or English name in turn), in Kyrgyz,
Russian and English, with valid money and people, two photos from a pool of --pool photos
(so most files are named by several rows and stored once) and consent for most of them.
Needs no database: the municipalities come from site/home/demo_data/municipalities.csv."""

import argparse
import csv
import io
import random
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
HEADER = [
    "external_id",
    "municipality",
    "title_ky",
    "title_ru",
    "title_en",
    "summary_ky",
    "summary_ru",
    "summary_en",
    "villages_ky",
    "villages_ru",
    "villages_en",
    "problem_ky",
    "problem_ru",
    "problem_en",
    "year",
    "topics",
    "programme",
    "gathering_date",
    "gathering_participants",
    "gathering_women",
    "gathering_voters",
    "total_kgs",
    "grant_kgs",
    "municipal_kgs",
    "community_cash_kgs",
    "community_labour_kgs",
    "beneficiaries_people",
    "beneficiaries_households",
    "photos",
    "photo_credit",
    "photo_consent",
]
WORKS = [
    ("Суу түтүгү", "Водопровод", "Water pipe", "drinking-water"),
    ("Көчө жарыгы", "Уличное освещение", "Street lighting", "street-lighting"),
    ("Таштанды чогултуу", "Вывоз мусора", "Waste collection", "solid-waste"),
]


def municipalities():
    with (ROOT / "site" / "home" / "demo_data" / "municipalities.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def photo(rng, number):
    image = Image.new("RGB", (1200, 800), (rng.randrange(256), rng.randrange(256), 90))
    for _ in range(40):
        x, y = rng.randrange(1100), rng.randrange(700)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        image.paste(colour, (x, y, x + rng.randrange(20, 100), y + rng.randrange(20, 100)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return f"photo-{number:03d}.jpg", buffer.getvalue()


def rows(count, pool, rng):
    places = municipalities()
    for number in range(1, count + 1):
        place = places[number % len(places)]
        name = (place["coate"], place["name_ru"], place["name_en"])[number % 3] or place["slug"]
        ky, ru, en, topic = WORKS[number % len(WORKS)]
        total = rng.randrange(300, 3000) * 1000
        grant = total * 6 // 10
        municipal = total // 10
        cash = total // 10
        labour = total - grant - municipal - cash
        participants = rng.randrange(60, 400)
        first, second = rng.sample(range(1, pool + 1), 2)
        yield [
            f"sample-import-{number}",
            name,
            f"{place['name_ky']}: {ky} №{number}",
            f"{place['name_ru']}: {ru} №{number}",
            f"{place['name_en']}: {en} no. {number}",
            f"{place['name_ky']} айылы {ky.lower()} курду.",
            f"Жители {place['name_ru']} построили: {ru.lower()}.",
            f"The people of {place['name_en']} built: {en.lower()}.",
            place["name_ky"],
            place["name_ru"],
            place["name_en"],
            "Айылда көйгөй бар эле.\n\nЭл чогулуп чечти.",
            "В селе была проблема.\n\nЖители решили её на сходе.",
            "The village had a problem.\n\nThe gathering solved it.",
            2015 + number % 10,
            topic,
            ("VAP", "PSI")[number % 2],
            f"{1 + number % 28:02d}.{1 + number % 12:02d}.{2015 + number % 10}",
            participants,
            participants // 2,
            participants - 5,
            total,
            grant,
            municipal,
            cash,
            labour,
            rng.randrange(200, 5000),
            rng.randrange(50, 900),
            f"photo-{first:03d}.jpg; photo-{second:03d}.jpg",
            "Ашар",
            "no" if number % 10 == 0 else "yes",
        ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=234)
    parser.add_argument("--pool", type=int, default=60, help="Distinct photos (default 60).")
    parser.add_argument("--out", required=True, help="The .xlsx to write.")
    parser.add_argument("--photos", required=True, help="The .zip of photos to write.")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for values in rows(args.rows, args.pool, rng):
        sheet.append(values)
    workbook.save(args.out)
    with zipfile.ZipFile(args.photos, "w") as archive:
        for number in range(1, args.pool + 1):
            name, data = photo(rng, number)
            archive.writestr(f"photos/{name}", data)
    print(f"{args.rows} rows → {args.out}; {args.pool} photos → {args.photos}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
