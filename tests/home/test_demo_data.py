"""The demo's data files (home/demo_data/): the stories file in the importer's layout, the
rows a larger corpus adds (`home.demo.stories.more_sample_rows`), the YAML texts. No
database: that the files import is tested with the loaded demo (test_load_demo_data.py)."""

import datetime

import pytest

from home.demo.municipalities import programme_slugs
from home.demo.stories import real_programmes, rows_for, story_rows
from home.demo_data import LANGS, csv_rows, yaml_data

PROGRAMMES = {
    row["slug"]: programme_slugs(row, real_programmes()) for row in csv_rows("municipalities.csv")
}


def number(value):
    return int(value) if value else 0


def test_the_stories_file_holds_the_real_stories_then_the_samples():
    rows = story_rows()
    assert len(rows) == 234
    flags = [row["is_sample"] for row in rows]
    assert flags == ["no"] * 18 + ["yes"] * 216
    assert len({row["external_id"] for row in rows}) == 234
    for row in rows:
        assert all(row[f"title_{lang}"] and row[f"summary_{lang}"] for lang in LANGS), row


def test_a_smaller_corpus_is_the_first_rows_with_every_real_story():
    rows = rows_for(60, programmes=PROGRAMMES)
    assert [row["external_id"] for row in rows] == [r["external_id"] for r in story_rows()[:60]]
    assert sum(row["is_sample"] == "no" for row in rows) == 18
    with pytest.raises(ValueError, match="at least 18"):
        rows_for(17, programmes=PROGRAMMES)


@pytest.fixture(scope="module")
def grown():
    return rows_for(700, programmes=PROGRAMMES)


def test_a_larger_corpus_adds_samples_with_new_ids_places_and_numbers(grown):
    assert len(grown) == 700
    assert len({row["external_id"] for row in grown}) == 700
    added = grown[234:]
    assert added[0]["external_id"] == "sample-217"
    assert all(row["is_sample"] == "yes" for row in added)
    # Each municipality in turn, whichever sample the row comes from.
    assert len({row["municipality_slug"] for row in added[:41]}) == 41
    source = story_rows()[18]
    copy = added[0]
    assert copy["title_en"] != source["title_en"] or copy["total_kgs"] != source["total_kgs"]
    assert copy["total_kgs"] != source["total_kgs"]
    # The same row whatever the size of the corpus.
    assert rows_for(300, programmes=PROGRAMMES)[250] == grown[250]


def test_added_samples_keep_the_rules_of_a_story(grown):
    latest = datetime.date(2025, 6, 30)
    for row in grown[234:]:
        total = number(row["total_kgs"])
        parts = sum(
            number(row[name])
            for name in (
                "grant_kgs",
                "municipal_kgs",
                "community_cash_kgs",
                "community_in_kind_kgs",
                "community_labour_kgs",
                "other_kgs",
            )
        )
        assert parts <= total
        participants = number(row["gathering_participants"])
        assert number(row["gathering_women"]) <= participants
        assert number(row["gathering_voters"]) <= participants
        votes = [number(part.strip().rstrip("*")) for part in row["vote_counts"].split(";")]
        chosen = [
            number(part.strip().rstrip("*"))
            for part in row["vote_counts"].split(";")
            if part.strip().endswith("*")
        ]
        assert sum(votes) <= number(row["gathering_voters"])
        assert chosen == [max(votes)]
        assert row["programme"] in PROGRAMMES[row["municipality_slug"]]
        start = datetime.date.fromisoformat(row["implementation_start"])
        opened = datetime.date.fromisoformat(row["opened_on"])
        assert start <= opened <= max(latest, start)
        assert str(datetime.date.fromisoformat(row["gathering_date"]).year) == row["year"]


def test_added_samples_name_their_own_municipality():
    names = {row["slug"]: row for row in csv_rows("municipalities.csv")}
    villages = yaml_data("places")["villages"]
    samples = story_rows()[18:]
    for offset, row in enumerate(rows_for(400, programmes=PROGRAMMES)[234:]):
        source = samples[offset % len(samples)]
        for lang in LANGS:
            village = row[f"villages_{lang}"]
            if village:
                assert village in villages[row["municipality_slug"]][lang]
            place = village or names[row["municipality_slug"]][f"name_{lang}"]
            old_place = (
                source[f"villages_{lang}"] or names[source["municipality_slug"]][f"name_{lang}"]
            )
            for name in ("title", "summary", "problem", "result"):
                before, after = source[f"{name}_{lang}"], row[f"{name}_{lang}"]
                if old_place in before and old_place not in place:
                    assert place in after and old_place not in after, (row["external_id"], name)


def test_the_yaml_files_give_every_text_in_three_languages():
    def texts(value):
        if isinstance(value, dict) and set(value) == set(LANGS):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from texts(item)
        elif isinstance(value, list):
            for item in value:
                yield from texts(item)

    for name in ("site_pages", "reference", "places", "registers"):
        found = list(texts(yaml_data(name)))
        assert found, name
        for text in found:
            for lang in LANGS:
                value = text[lang]
                if isinstance(value, list):  # a list per language (the villages)
                    assert len(value) == len(text[LANGS[0]]) and all(value), (name, text)
                else:
                    assert value is None or isinstance(value, str), (name, text)
