"""What each demo story says, before it becomes pages: the 18 real stories of
stories-real.csv with their texts, and the generated sample stories. A spec is a dict of
language-independent values and T() texts; `stories.py` turns it into a page per language."""

import datetime
from urllib.parse import urlsplit

from home.demo_data import LANGS, T, csv_rows, seeded_random, yaml_data

from .common import date_between

REAL_CSV = "stories-real.csv"
# The research names the source of this story ("aris.kg news") without a link.
SOURCE_WITHOUT_LINK = {"r17-ak-terek": "aris.kg"}
YEARS = {"vap": (2012, 2022), "psi": (2016, 2024)}
LATEST_OPENING = datetime.date(2025, 6, 30)
TARIFF_DECISION = T(
    "Айылдык кеңештин {date} № {number} токтому",
    "Постановление айылного кенеша от {date} № {number}",
    "Aiyl kenesh resolution No. {number} of {date}",
)


def _int(value):
    return int(value) if value else None


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _villages(municipality, english_names):
    """Per language, the villages of the CSV's English names (places.VILLAGES)."""
    known = yaml_data("places")["villages"].get(municipality)
    if not english_names or not known:
        return {lang: [] for lang in LANGS}
    indexes = [known["en"].index(name) for name in english_names]
    return {lang: [known[lang][i] for i in indexes] for lang in LANGS}


def _source_title(key, url):
    host = urlsplit(url).hostname or SOURCE_WITHOUT_LINK.get(key, "")
    host = host.removeprefix("www.")
    return yaml_data("real_stories")["source_titles"].get(host)


def real_specs():
    """Specs of the real stories, in the CSV's order."""
    specs = []
    for row in csv_rows(REAL_CSV):
        data = yaml_data("real_stories")["stories"][row["key"]]
        gathering = data.get("gathering", {})
        english = [name.strip() for name in row["village"].split(";") if name.strip()]
        specs.append(
            {
                "external_id": row["key"],
                "is_sample": False,
                "municipality": row["municipality_slug"],
                "slug_source": row["title_en"],
                "translation_drafts": data.get("translation_drafts", []),
                "title": data["title"],
                "title_fallback": row["title_en"],
                "summary": data["summary"],
                "summary_fallback": row["summary_en"],
                "problem": data.get("problem"),
                "identification_method": data.get("identification_method", ""),
                "identification_details": data.get("identification_details"),
                "outputs_text": data.get("outputs_text"),
                "result": data.get("result"),
                "body": [("paragraph", data["body_note"])] if data.get("body_note") else [],
                "topics": [row["topic"], *data.get("extra_topics", [])],
                "programme": row["programme"].lower(),
                "year": _int(row["year"]),
                "groups": data.get("groups", []),
                "villages": _villages(row["municipality_slug"], english),
                "village": None,
                "gathering_date": gathering.get("date"),
                "gathering_participants": gathering.get("participants"),
                "gathering_women": gathering.get("women"),
                "gathering_voters": gathering.get("voters"),
                "implementation_start": None,
                "opened_on": _date(row["opened_on"]),
                "money": {
                    "total_kgs": _int(row["total_kgs"]),
                    "grant_kgs": _int(row["grant_kgs"]),
                    "municipal_kgs": _int(row["municipal_kgs"]),
                    # The sources never split the community's share into cash, kind, labour.
                    "community_cash_kgs": _int(row["community_kgs"]),
                    "other_kgs": _int(row["other_kgs"]),
                },
                "beneficiaries_people": _int(row["beneficiaries"]),
                "beneficiaries_households": data.get("households"),
                "beneficiaries_note": data.get("beneficiaries_note"),
                "operator_kind": data.get("operator_kind", ""),
                "operator_name": None,
                "tariff_approved": data.get("tariff_approved", False),
                "tariff_decision": None,
                "sustainability_note": data.get("sustainability_note"),
                "monitored_by_group": False,
                "monitoring_group_members": None,
                "monitoring_note": None,
                "source_title": _source_title(row["key"], row["source_url"]),
                "source_url": row["source_url"],
                "votes": data.get("votes", []),
                "outputs": data.get("outputs", []),
                "quotes": data.get("quotes", []),
                # Real accounts get no drawn photos: a picture would pass for evidence.
                "image": False,
                "gallery": 0,
            }
        )
    return specs


def real_programmes():
    """municipality slug -> programme slugs of its real stories."""
    result = {}
    for row in csv_rows(REAL_CSV):
        result.setdefault(row["municipality_slug"], []).append(row["programme"].lower())
    return result


def sample_id(number):
    return f"sample-{number:03d}"


def _money(rng, low, high):
    total = round(rng.randint(low, high), -3)
    pattern = rng.random()
    if pattern < 0.1:
        return {"total_kgs": total}
    shares = {"grant_kgs": rng.uniform(0.45, 0.75), "municipal_kgs": rng.uniform(0.05, 0.25)}
    if pattern >= 0.25:
        shares["community_cash_kgs"] = rng.uniform(0.0, 0.08)
        shares["community_in_kind_kgs"] = rng.uniform(0.0, 0.08)
        shares["community_labour_kgs"] = rng.uniform(0.03, 0.12)
        if rng.random() < 0.3:
            shares["other_kgs"] = rng.uniform(0.01, 0.05)
    scale = min(1.0, 1.0 / sum(shares.values()))
    money = {name: int(total * share * scale) for name, share in shares.items()}
    return {"total_kgs": total, **money}


def _votes(rng, alternatives, voters):
    """Votes per alternative: the first is chosen and gets the most; the sum ≤ voters."""
    chosen = round(voters * rng.uniform(0.45, 0.7))
    rest = voters - chosen
    others = []
    for _alternative in alternatives[1:]:
        count = min(chosen - 1, round(rest * rng.uniform(0.3, 0.6)))
        others.append(max(0, count))
        rest -= others[-1]
    counts = [chosen, *others]
    return [
        {"alternative": alternative, "votes": count, "chosen": index == 0}
        for index, (alternative, count) in enumerate(zip(alternatives, counts, strict=True))
    ]


def _quantity(rng, low, high):
    if isinstance(low, float) or isinstance(high, float):
        return round(rng.uniform(low, high), 1)
    return rng.randint(low, high)


def _decision(rng, when):
    return {
        "number": f"{rng.randint(2, 48)}/{rng.randint(1, 12)}",
        "date": when.strftime("%d.%m.%Y"),
    }


def _gallery_size(rng):
    draw = rng.random()
    if draw < 0.3:
        return 0
    if draw < 0.8:
        return rng.randint(1, 3)
    if draw < 0.92:
        return rng.randint(4, 5)
    return 6


def sample_spec(number, *, templates, municipalities, topics, programmes):
    """The spec of sample story `number` (1, 2 …): the municipalities and topics are taken
    round-robin, everything else is drawn from a generator seeded with the number, so a
    story is the same whatever the size of the corpus.

    `municipalities`: rows of municipalities.csv; `topics`: topic slugs in order;
    `programmes`: municipality slug -> its programme slugs."""
    rng = seeded_random(sample_id(number))
    row = municipalities[(number - 1) % len(municipalities)]
    topic = topics[(number - 1) % len(topics)]
    choices = templates[topic]
    template = choices[((number - 1) // len(topics)) % len(choices)]
    programme = rng.choice([slug for slug in programmes[row["slug"]] if slug in YEARS])
    year = rng.randint(*YEARS[programme])
    known = yaml_data("places")["villages"].get(row["slug"])
    village_index = rng.randrange(len(known["en"])) if known else None
    gathering = date_between(rng, datetime.date(year, 1, 15), datetime.date(year, 6, 30))
    start = gathering + datetime.timedelta(days=rng.randint(30, 120))
    opened = min(start + datetime.timedelta(days=rng.randint(60, 300)), LATEST_OPENING)
    participants = rng.randint(40, 420)
    voters = round(participants * rng.uniform(0.7, 0.97))
    people = rng.randint(*template["beneficiaries"])
    tariff = bool(template["tariff"]) and rng.random() < 0.8
    monitored = rng.random() < 0.6
    return {
        "external_id": sample_id(number),
        "is_sample": True,
        "municipality": row["slug"],
        "slug_source": None,
        "title": template["title"],
        "summary": template["summary"],
        "problem": template["problem"],
        "identification_method": template["identification_method"],
        "identification_details": template["identification_details"],
        "outputs_text": template["outputs_text"],
        "result": template["result"],
        "body": [],
        "topics": [topic],
        "programme": programme,
        "year": year,
        "groups": list(template["groups"]),
        "villages": {lang: [known[lang][village_index]] if known else [] for lang in LANGS},
        "village": {lang: known[lang][village_index] for lang in LANGS} if known else None,
        "gathering_date": gathering,
        "gathering_participants": participants,
        "gathering_women": round(participants * rng.uniform(0.3, 0.65)),
        "gathering_voters": voters,
        "implementation_start": start,
        "opened_on": max(opened, start),
        "money": _money(rng, *template["total_kgs"]),
        "beneficiaries_people": people,
        "beneficiaries_households": max(1, round(people / 4.5)),
        "beneficiaries_note": None,
        "operator_kind": template["operator_kind"] or "",
        "operator_name": template["operator_name"],
        "tariff_approved": tariff,
        "tariff_decision": _decision(rng, start) if tariff else None,
        "sustainability_note": template["sustainability_note"],
        "monitored_by_group": monitored,
        "monitoring_group_members": rng.randint(5, 15) if monitored else None,
        "monitoring_note": template["monitoring_note"] if monitored else None,
        "source_title": None,
        "source_url": "",
        "votes": _votes(rng, template["alternatives"], voters),
        "outputs": [
            {
                "quantity": _quantity(rng, *output["quantity"]),
                "unit": yaml_data("real_stories")["units"][output["unit"]],
                "description": output["description"],
            }
            for output in template["outputs"]
        ],
        "quotes": [{"text": quote["text"], "role": quote["role"]} for quote in template["quotes"]],
        "image": rng.random() < 0.87,
        "gallery": _gallery_size(rng),
    }
