"""Service registers of the demo municipalities in three languages. The numbers follow the
seed presentation: 129 services initiated by vulnerable groups, 64 of them approved."""

import datetime
from decimal import Decimal

from home.demo_data import LANGS, seeded_random, yaml_data
from registry.choices import InitiationMethod, Initiator, ProviderKind, ServiceStatus
from registry.models import ServicePage
from registry.services import register_page_build, service_page_build

from .common import date_between, paragraphs, text, translation_key, translations_add

REGISTER_COUNT = 22
SERVICES_PER_REGISTER = 7
SERVICE_TOTAL = 160
WITH_REGULATION = 14
BY_VULNERABLE_GROUPS = 129
APPROVED_OF_THOSE = 64
# How the 65 others of the 129 stand.
OTHER_STATUSES = (
    (ServiceStatus.PROPOSED, 33),
    (ServiceStatus.REJECTED, 19),
    (ServiceStatus.WITHDRAWN, 13),
)
OUTSOURCED_SHARE = 0.15
OUTSOURCEABLE = (
    ProviderKind.PRIVATE,
    ProviderKind.USERS_ASSOCIATION,
    ProviderKind.MUNICIPAL_ENTERPRISE,
)
# The demo editors' municipalities always have a register.
ALWAYS = ("bosteri", "kurmanbek")
LAST_DECISION = datetime.date(2024, 12, 31)
METHODS = (
    InitiationMethod.HEARING,
    InitiationMethod.FOCUS_GROUP,
    InitiationMethod.MONITORING_GROUP,
)


def _decision(rng, start):
    when = date_between(rng, start, LAST_DECISION)
    return when, f"{rng.randint(2, 48)}/{rng.randint(1, 12)}"


class RegisterPlan:
    """Which municipalities have a register and what each service's initiative, status,
    provider and fee are: drawn once, from one seeded generator, before any page is made."""

    def __init__(self, *, municipalities, programmes, data, reasons, group_slugs):
        self.rng = seeded_random("registers")
        self.data = data
        self.reasons = reasons
        self.group_slugs = group_slugs
        candidates = [slug for slug in municipalities if "psi" in programmes[slug]]
        others = [slug for slug in candidates if slug not in ALWAYS]
        chosen = [*ALWAYS, *self.rng.sample(others, REGISTER_COUNT - len(ALWAYS))]
        self.municipalities = [slug for slug in municipalities if slug in chosen]
        self.registers = {slug: self._register() for slug in self.municipalities}
        regulated = self.rng.sample(self.municipalities, WITH_REGULATION)
        for slug in regulated:
            self.registers[slug]["regulation"] = True
        self.services = self._services()

    def _register(self):
        year = self.rng.randint(2019, 2023)
        date = date_between(self.rng, datetime.date(year, 2, 1), datetime.date(year, 11, 30))
        number = f"{self.rng.randint(3, 40)}/{self.rng.randint(1, 9)}"
        return {"year": year, "date": date, "number": number, "regulation": False}

    def _counts(self):
        counts = [SERVICES_PER_REGISTER] * len(self.municipalities)
        for index in self.rng.sample(range(len(counts)), SERVICE_TOTAL - sum(counts)):
            counts[index] += 1
        return counts

    def _services(self):
        codes = [code for code, *_rest in yaml_data("reference")["base_services"]]
        slots = []
        for slug, count in zip(self.municipalities, self._counts(), strict=True):
            for position, code in enumerate(sorted(self.rng.sample(codes, count)), start=1):
                slots.append({"municipality": slug, "code": code, "position": position})
        order = list(range(len(slots)))
        self.rng.shuffle(order)
        statuses = [ServiceStatus.APPROVED] * APPROVED_OF_THOSE
        for status, count in OTHER_STATUSES:
            statuses += [status] * count
        for rank, index in enumerate(order):
            slot = slots[index]
            if rank < BY_VULNERABLE_GROUPS:
                slot["initiated_by"] = Initiator.VULNERABLE_GROUP
                slot["status"] = statuses[rank]
            else:
                slot["initiated_by"] = self.rng.choice(
                    [Initiator.RESIDENTS, Initiator.MUNICIPALITY]
                )
                approved = self.rng.random() < 0.85
                slot["status"] = ServiceStatus.APPROVED if approved else ServiceStatus.PROPOSED
        self._providers(slots)
        for slot in slots:
            self._details(slot)
        return slots

    def _providers(self, slots):
        """A service only enterprises, associations or contractors provide is outsourced;
        others are added from the services that may be, up to OUTSOURCED_SHARE of all."""
        always, maybe = [], []
        for slot in slots:
            kinds = self.data[slot["code"]]["provider_kinds"]
            outsourceable = [kind for kind in kinds if kind in OUTSOURCEABLE]
            if outsourceable and len(outsourceable) == len(kinds):
                always.append(slot)
            elif outsourceable:
                maybe.append(slot)
        extra = max(0, round(len(slots) * OUTSOURCED_SHARE) - len(always))
        outsourced = {id(slot) for slot in always + self.rng.sample(maybe, min(extra, len(maybe)))}
        for slot in slots:
            kinds = list(self.data[slot["code"]]["provider_kinds"])
            slot["outsourced"] = id(slot) in outsourced
            if slot["outsourced"]:
                slot["provider"] = self.rng.choice(
                    [kind for kind in kinds if kind in OUTSOURCEABLE]
                )
            else:
                slot["provider"] = next(kind for kind in kinds if kind not in OUTSOURCEABLE)

    def _details(self, slot):
        rng = self.rng
        register = self.registers[slot["municipality"]]
        data = self.data[slot["code"]]
        slot["fee"] = None
        if data["paid"] and data["fee_range"]:
            low, high = data["fee_range"]
            slot["fee"] = Decimal(rng.randint(low, high))
            slot["fee_decision"] = _decision(rng, register["date"])
        slot["groups"] = []
        slot["method"] = ""
        if slot["initiated_by"] == Initiator.VULNERABLE_GROUP:
            slot["groups"] = rng.sample(self.group_slugs, rng.randint(1, 2))
            slot["method"] = rng.choice(METHODS)
        elif slot["initiated_by"] == Initiator.RESIDENTS:
            slot["method"] = rng.choice([InitiationMethod.HEARING, InitiationMethod.PETITION])
        if slot["initiated_by"] != Initiator.MUNICIPALITY:
            slot["planning"] = (rng.randint(1, 3), rng.randint(0, 4), rng.randint(15, 180))
        else:
            slot["planning"] = (None, None, None)
        slot["decision"] = (None, "")
        if slot["status"] in (ServiceStatus.APPROVED, ServiceStatus.REJECTED):
            slot["decision"] = _decision(rng, register["date"])
        slot["reason"] = None
        if slot["status"] == ServiceStatus.REJECTED:
            slot["reason"] = rng.choice(self.reasons["rejected"])
        elif slot["status"] == ServiceStatus.WITHDRAWN:
            slot["reason"] = rng.choice(self.reasons["withdrawn"])


def _register_page(plan, slug, lang, *, municipality, register_data):
    register = plan.registers[slug]
    fmt = {"municipality": municipality.title}
    return register_page_build(
        title=text(register_data["title"], lang, **fmt),
        decision_number=register["number"],
        decision_date=register["date"],
        has_participation_regulation=register["regulation"],
        year=register["year"],
        notes=paragraphs(text(register_data["notes"], lang, **fmt)),
    )


def _service_page(slot, lang, *, snippets, municipality, data):
    base = snippets.base_services[slot["code"]][lang]
    fmt = {
        "municipality": municipality.title,
        "office": text(yaml_data("places")["office"][municipality.kind], lang),
    }
    names = data["provider_names"]
    decision_date, decision_number = slot["decision"]
    fee_decision = ""
    if slot["fee"] is not None and slot["status"] == ServiceStatus.APPROVED:
        when, number = slot["fee_decision"]
        decision = yaml_data("registers")["council_decision"]
        fee_decision = text(decision, lang, date=when.strftime("%d.%m.%Y"), number=number)
    return service_page_build(
        groups=[snippets.groups[group][lang] for group in slot["groups"]],
        title=base.name,
        slug=next(
            slug
            for code, slug, *_rest in yaml_data("reference")["base_services"]
            if code == slot["code"]
        ),
        base_service=base,
        local_code=str(slot["position"]),
        summary=text(data["summary"], lang, **fmt),
        recipients=text(data["recipients"], lang, **fmt),
        provider_kind=slot["provider"],
        provider_name=text(names.get(slot["provider"]), lang, **fmt),
        is_outsourced=slot["outsourced"],
        is_free=slot["fee"] is None,
        fee_kgs=slot["fee"],
        fee_unit=text(data["fee_unit"], lang, **fmt) if slot["fee"] is not None else "",
        fee_decision=fee_decision,
        time_limit=text(data["time_limit"], lang, **fmt),
        delivery_form=data["delivery_form"],
        how_to_apply=paragraphs(text(data["how_to_apply"], lang, **fmt)),
        documents_required=paragraphs(text(data["documents_required"], lang, **fmt)),
        where=text(data["where"], lang, **fmt),
        hours=text(data["hours"], lang, **fmt),
        legal_basis=paragraphs(text(data["legal_basis"], lang, **fmt)),
        initiated_by=slot["initiated_by"],
        initiation_method=slot["method"],
        status=slot["status"],
        decision_number=decision_number,
        decision_date=decision_date,
        status_reason=text(slot["reason"], lang, **fmt),
        planning_hearings=slot["planning"][0],
        planning_focus_groups=slot["planning"][1],
        planning_participants=slot["planning"][2],
    )


def registers_build(*, plan, snippets, municipalities, register_data, when):
    """The registers and services of `plan`; returns the story links' lookup
    {(municipality slug, topic slug): [{language code: ServicePage}]}."""
    topics = {code: topic for code, _slug, topic, _names in yaml_data("reference")["base_services"]}
    services = {}
    for slug in plan.municipalities:
        pages = municipalities[slug]
        registers = translations_add(
            parents=pages,
            build=lambda lang, slug=slug, pages=pages: _register_page(
                plan, slug, lang, municipality=pages[lang], register_data=register_data
            ),
            key=translation_key("register", slug),
            locales=snippets.locales,
            when=when,
        )
        for slot in (slot for slot in plan.services if slot["municipality"] == slug):
            created = translations_add(
                parents=registers,
                build=lambda lang, slot=slot, pages=pages: _service_page(
                    slot,
                    lang,
                    snippets=snippets,
                    municipality=pages[lang],
                    data=plan.data[slot["code"]],
                ),
                key=translation_key("service", slug, slot["code"]),
                locales=snippets.locales,
                when=when,
            )
            services.setdefault((slug, topics[slot["code"]]), []).append(created)
    return services


def services_get(locales):
    """The story links' lookup for registers already in the database."""
    topics = {code: topic for code, _slug, topic, _names in yaml_data("reference")["base_services"]}
    result = {}
    pages = ServicePage.objects.filter(locale__in=locales.values()).select_related(
        "base_service", "locale"
    )
    by_key = {}
    for page in pages.order_by("path"):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    for translations in by_key.values():
        source = translations.get(LANGS[0])
        if source is None or len(translations) < len(LANGS):
            continue
        municipality = source.get_parent().get_parent().slug
        result.setdefault((municipality, topics[source.base_service.code]), []).append(translations)
    return result
