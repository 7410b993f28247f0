"""Curated demonstration data: the reference CSVs and the texts the demo is written from.

The CSV files are copies of `../shared/domain/` (see its README for sources and caveats):
the municipalities and the real stories; the regions, districts and topics are reference
data every deployment needs, in `core/reference_data/`. The Python modules hold the texts
in Kyrgyz, Russian and English. Nothing here touches the database: `home.demo` builds the
content from it.
"""

import csv
import random
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
LANGS = ("ky", "ru", "en")


@cache
def csv_rows(name):
    """The rows of one of the curated CSV files, as a tuple of dicts."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def seeded_random(seed):
    """A deterministic generator for demonstration content (never for anything secret)."""
    return random.Random(seed)


def T(ky, ru, en):
    """A text in the three content languages."""
    return {"ky": ky, "ru": ru, "en": en}
