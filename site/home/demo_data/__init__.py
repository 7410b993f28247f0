"""Curated demonstration data: the files the demo is built from, and how to read them.

The CSV files are copies of `../shared/domain/` (see its README for sources and caveats):
the municipalities and the real stories; the regions, districts and topics are reference
data every deployment needs, in `core/reference_data/`. The YAML files hold the texts in
Kyrgyz, Russian and English (a text is a mapping of `ky`, `ru`, `en`). Nothing here
touches the database: `home.demo` builds the content from it.
"""

import csv
import random
from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent
LANGS = ("ky", "ru", "en")


@cache
def csv_rows(name):
    """The rows of one of the curated CSV files, as a tuple of dicts."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def yaml_data(name):
    """The content of `<name>.yaml` (cached: treat it as read-only)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when the wheel has it
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 (both loaders are the safe ones)


def seeded_random(seed):
    """A deterministic generator for demonstration content (never for anything secret)."""
    return random.Random(seed)
