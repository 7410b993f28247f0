"""Writes of the registry: building register and service pages (the demo loader and the
register import share it) and the spreadsheet import of one municipality's register
(docs/import.md, "Registers").

`register_import` reads a spreadsheet of services in the column layout municipalities keep
(the register law's fields; headers in Kyrgyz, Russian or English, or the export's),
checks every row against the base list, the vulnerable groups and the service's own rules
(`ServicePage.rules_errors`), and plans what each row changes — new, updated, unchanged —
without writing. A dry run stops there. Otherwise every planned change is written in one
transaction (`core.imports.plans_write`): a service in the first language that has a
text, its translations under the register's translations (`core.services.
page_translation_add`), a draft revision of each page that changed, submitted to the
municipality's workflow, or published when a central editor asks for it. A row finds its
service by the service's number on the site (`id`), else its number in the register,
else its base service when the register has that base service once; it never adds a
second service for the same row.
"""

import re
import time
from dataclasses import dataclass, field
from functools import partial

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page

from core import imports as im
from core.models import VulnerableGroup
from core.places import place_rows
from core.services import (
    PageWriter,
    page_child_add,
    page_drafts,
    page_latest,
    page_translation_add,
    translations_original,
)

from .choices import DeliveryForm, InitiationMethod, Initiator, ProviderKind, ServiceStatus
from .models import BaseService, BaseServiceCategory, ServicePage, ServiceRegisterPage

LANGS = im.LANGUAGES
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
REGISTER_SLUG = "services"
REGISTER_TITLE = gettext_lazy("Register of municipal services")

# ---- Building pages (the demo loader and the import) ----------------------------------


def register_page_build(*, title, **values):
    """An unsaved register page (its slug is the register's own: one per municipality)."""
    return ServiceRegisterPage(title=title, slug=REGISTER_SLUG, **values)


def service_page_build(*, groups=(), **values):
    """An unsaved service page with its initiating groups (snippets of its language) set
    in memory."""
    page = ServicePage(**values)
    page.initiating_groups = list(groups)
    return page


# ---- The layout ---------------------------------------------------------------------

PLAIN_TEXTS = {
    "title": 255,
    "summary": 600,
    "recipients": None,
    "provider_name": 255,
    "fee_unit": 100,
    "fee_decision": 255,
    "time_limit": 255,
    "where": 255,
    "hours": 255,
    "status_reason": None,
}
RICH_TEXTS = ("how_to_apply", "documents_required", "legal_basis")
TEXTS = (*PLAIN_TEXTS, *RICH_TEXTS)
# The export's columns of one language (in the language of the page its number names).
SINGLE_TEXTS = ("title", "fee_unit", "time_limit")
SCALARS = (
    "local_code",
    "provider_kind",
    "is_outsourced",
    "is_free",
    "fee_kgs",
    "delivery_form",
    "initiated_by",
    "initiation_method",
    "status",
    "decision_number",
    "decision_date",
    "planning_hearings",
    "planning_focus_groups",
    "planning_participants",
)
# What an empty cell of a column sets.
EMPTY = {
    "is_outsourced": False,
    "initiated_by": Initiator.MUNICIPALITY,
    "status": ServiceStatus.PROPOSED,
    "local_code": "",
    "provider_kind": "",
    "delivery_form": "",
    "initiation_method": "",
    "decision_number": "",
}

# The columns each of the service's rules reads besides its own.
RULE_FIELDS = {
    "decision_date": ("status",),
    "fee_kgs": ("is_free",),
    "status_reason": ("status", *(f"status_reason_{code}" for code in LANGS)),
    "provider_kind": ("is_outsourced", "provider"),
}

BASE_SERVICE = gettext_lazy("base service")
CATEGORY = gettext_lazy("category")
GROUP = gettext_lazy("vulnerable group")


def _choices(kind):
    def values(language):
        return RegisterReferences().choices(kind, language)

    return values


def _column(key, label, description, parse=None, **kwargs):
    return im.Column(key, label, description, parse=parse or im.text(), **kwargs)


def _texts(key, label, description, limit=None, example=None):
    return im.translated_columns(key, label, description, im.text(limit), example=example)


REGISTER_LAYOUT = im.Layout(
    kind="register",
    title=gettext_lazy("Register of services"),
    columns=(
        _column(
            "id",
            gettext_lazy("Service number"),
            gettext_lazy(
                "The number of a service already on the site (its page's number, as the "
                "export gives it): the row updates that service."
            ),
            im.integer(minimum=1),
            in_template=False,
        ),
        _column(
            "local_code",
            gettext_lazy("Number in the register"),
            gettext_lazy(
                "The service's number in the municipality's register (“3”, “2.1”); a row "
                "with a number the register has updates that service."
            ),
            im.text(20),
            example="1",
        ),
        _column(
            "slug",
            gettext_lazy("Page address"),
            gettext_lazy(
                "The end of a new service's web address: small Latin letters, digits and “-” "
                "(by default service-<base service code>). An import does not change the "
                "address of a service that exists."
            ),
            im.text(255),
        ),
        _column(
            "base_service_code",
            gettext_lazy("Base service code"),
            gettext_lazy("The code of the national list of basic municipal services (“2.1”)."),
            im.text(20),
            required=True,
            choices=_choices("base_code"),
            example="2.1",
        ),
        _column(
            "base_service",
            gettext_lazy("Base service"),
            gettext_lazy(
                "The service of the national list by its name in any language (instead of, "
                "or besides, its code)."
            ),
            im.text(255),
            choices=_choices("base_service"),
        ),
        _column(
            "category",
            gettext_lazy("Category"),
            gettext_lazy(
                "The category of the national list (its code or name); checked against the "
                "base service's."
            ),
            im.text(255),
            choices=_choices("category"),
        ),
        _column(
            "municipality",
            gettext_lazy("Municipality"),
            gettext_lazy(
                "The municipality whose register it is (as the export gives it); it must be "
                "the municipality the register is imported into."
            ),
            im.text(255),
            in_template=False,
        ),
        *_texts(
            "title",
            gettext_lazy("Service"),
            gettext_lazy("The service as the register names it (else the base service's name)."),
            255,
            example={"ky": "Ичүүчү суу", "ru": "Питьевая вода", "en": "Drinking water"},
        ),
        _column(
            "title",
            gettext_lazy("Service"),
            gettext_lazy(
                "The service's name in the language of the column “Language of the text”."
            ),
            im.text(255),
            in_template=False,
        ),
        _column(
            "language",
            gettext_lazy("Language of the text"),
            gettext_lazy("ky, ru or en: the language of the columns without a language."),
            im.text(2),
            in_template=False,
        ),
        *_texts(
            "summary",
            gettext_lazy("What the service is"),
            gettext_lazy("The service in a few sentences (600 characters); a new one needs it."),
            600,
            example={
                "ky": "Айыл өкмөтү үйлөргө ичүүчү суу берет.",
                "ru": "Айыл окмоту подаёт питьевую воду в дома.",
                "en": "The aiyl okmotu supplies drinking water to the houses.",
            },
        ),
        *_texts("recipients", gettext_lazy("Who can get it"), gettext_lazy("The recipients.")),
        _column(
            "provider_kind",
            gettext_lazy("Kind of provider"),
            gettext_lazy(
                "Aiyl okmotu department, municipal institution or enterprise, users' "
                "association or private contractor."
            ),
            im.choice(ProviderKind, gettext_lazy("provider")),
            choices=im.choice_labels(ProviderKind),
        ),
        *_texts(
            "provider_name",
            gettext_lazy("Provider name"),
            gettext_lazy("Who provides it, by name."),
            255,
        ),
        _column(
            "provider",
            gettext_lazy("Provider"),
            gettext_lazy(
                "The export's provider: a kind of provider, or else the provider's name in "
                "the language of the column “Language of the text”."
            ),
            im.text(255),
            in_template=False,
        ),
        _column(
            "is_outsourced",
            gettext_lazy("Outsourced"),
            gettext_lazy("yes when someone outside the municipality provides it."),
            im.boolean(),
            choices=im.yes_no_values,
        ),
        _column(
            "is_free",
            gettext_lazy("Free of charge"),
            gettext_lazy("yes or no; when empty, the service is free unless it has a fee."),
            im.boolean(),
            choices=im.yes_no_values,
        ),
        _column(
            "fee_kgs",
            gettext_lazy("Fee"),
            gettext_lazy("What the service costs, KGS (not negative; up to two decimals)."),
            im.decimal(),
        ),
        *_texts(
            "fee_unit",
            gettext_lazy("Fee unit"),
            gettext_lazy("What the fee is charged for (“per household per month”)."),
            100,
        ),
        _column(
            "fee_unit",
            gettext_lazy("Fee unit"),
            gettext_lazy("The fee unit in the language of the column “Language of the text”."),
            im.text(100),
            in_template=False,
        ),
        *_texts(
            "fee_decision",
            gettext_lazy("Council decision that set the fee"),
            gettext_lazy("The council's decision on the fee (number and date)."),
            255,
        ),
        *_texts("time_limit", gettext_lazy("Time limit"), gettext_lazy("How long it takes."), 255),
        _column(
            "time_limit",
            gettext_lazy("Time limit"),
            gettext_lazy("The time limit in the language of the column “Language of the text”."),
            im.text(255),
            in_template=False,
        ),
        _column(
            "delivery_form",
            gettext_lazy("How it is delivered"),
            gettext_lazy("In person, at home, electronically or continuously."),
            im.choice(DeliveryForm, gettext_lazy("delivery form")),
            choices=im.choice_labels(DeliveryForm),
        ),
        *_texts(
            "how_to_apply",
            gettext_lazy("How to apply"),
            gettext_lazy("The steps; a blank line starts a new paragraph."),
        ),
        *_texts(
            "documents_required",
            gettext_lazy("Documents needed"),
            gettext_lazy("The documents a resident brings."),
        ),
        *_texts("where", gettext_lazy("Where"), gettext_lazy("The office or address."), 255),
        *_texts("hours", gettext_lazy("When"), gettext_lazy("The opening hours."), 255),
        *_texts(
            "legal_basis",
            gettext_lazy("Legal basis"),
            gettext_lazy("The laws and decisions the service rests on."),
        ),
        _column(
            "initiated_by",
            gettext_lazy("Initiated by"),
            gettext_lazy("Residents, a vulnerable group or the municipality."),
            im.choice(Initiator, gettext_lazy("initiator")),
            choices=im.choice_labels(Initiator),
        ),
        _column(
            "initiating_groups",
            gettext_lazy("Initiating groups"),
            gettext_lazy("The vulnerable groups that proposed it, separated by “;”."),
            im.listing(im.text(255)),
            choices=_choices("group"),
        ),
        _column(
            "initiation_method",
            gettext_lazy("How it was initiated"),
            gettext_lazy(
                "Public hearing, focus group, joint monitoring group or written proposal."
            ),
            im.choice(InitiationMethod, gettext_lazy("way of initiating")),
            choices=im.choice_labels(InitiationMethod),
        ),
        _column(
            "status",
            gettext_lazy("Status"),
            gettext_lazy(
                "Proposed, approved, rejected or withdrawn: the council's decision (key or name)."
            ),
            im.choice(ServiceStatus, gettext_lazy("status")),
            choices=im.choice_labels(ServiceStatus),
        ),
        _column(
            "decision_number",
            gettext_lazy("Decision number"),
            gettext_lazy("The number of the council's decision."),
            im.text(60),
        ),
        _column(
            "decision_date",
            gettext_lazy("Decision date"),
            gettext_lazy("The day of the council's decision (an approved service needs it)."),
            im.date(),
        ),
        *_texts(
            "status_reason",
            gettext_lazy("Reason for the decision"),
            gettext_lazy("Why it was rejected or withdrawn (a rejected service needs it)."),
        ),
        _column(
            "planning_hearings",
            gettext_lazy("Hearings"),
            gettext_lazy("Public hearings held while planning the service."),
            im.integer(),
        ),
        _column(
            "planning_focus_groups",
            gettext_lazy("Focus groups"),
            gettext_lazy("Focus groups held while planning the service."),
            im.integer(),
        ),
        _column(
            "planning_participants",
            gettext_lazy("Participants in planning"),
            gettext_lazy("People who took part in planning the service."),
            im.integer(),
        ),
    ),
    ignored=("status_label", "url"),
    ignored_labels=(gettext_lazy("Status key"), gettext_lazy("Page")),
)


# ---- Reference look-ups ------------------------------------------------------------


class RegisterReferences:
    """The base list (categories and services by code and by every name) and the
    vulnerable groups, read once per import."""

    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.base = {}  # (code, language) -> BaseService
        self.base_names = {}  # folded code or name -> code
        self.base_category = {}  # base code -> category code
        for service in BaseService.objects.select_related("locale", "category"):
            self.base[(service.code, service.locale.language_code)] = service
            self.base_category[service.code] = service.category.code
            for name in (service.code, service.name, str(service)):
                self.base_names.setdefault(im.fold(name), service.code)
        self.categories = {}  # folded code or name -> code
        self.category_names = {}  # (code, language) -> name
        for category in BaseServiceCategory.objects.select_related("locale"):
            self.category_names[(category.code, category.locale.language_code)] = category.name
            for name in (category.code, category.name, str(category)):
                self.categories.setdefault(im.fold(name), category.code)
        self.groups = {}  # (slug, language) -> VulnerableGroup
        self.group_names = {}  # folded slug or name -> slug
        for group in VulnerableGroup.objects.select_related("locale"):
            self.groups[(group.slug, group.locale.language_code)] = group
            for name in (group.slug, group.name):
                self.group_names.setdefault(im.fold(name), group.slug)

    def base_service(self, code, language):
        return self.base.get((code, language)) or self.base.get((code, LANGS[0]))

    def group(self, slug, language):
        return self.groups.get((slug, language)) or self.groups.get((slug, LANGS[0]))

    def choices(self, kind, language):
        if kind == "base_code":
            return sorted({code for code, _lang in self.base}, key=_code_order)
        if kind == "base_service":
            return [
                service.name
                for (code, lang), service in sorted(
                    self.base.items(), key=lambda item: _code_order(item[0][0])
                )
                if lang == language
            ]
        if kind == "category":
            return [
                name
                for (code, lang), name in sorted(
                    self.category_names.items(), key=lambda i: _code_order(i[0][0])
                )
                if lang == language
            ]
        return sorted(group.name for (slug, lang), group in self.groups.items() if lang == language)


def _code_order(code):
    return [int(part) if part.isdigit() else part for part in str(code).split(".")]


# ---- The register's municipality ----------------------------------------------------


def _place_names(row):
    values = (row["slug"], row.get("coate"), row["title"], row["official_name"])
    return {im.fold(value) for value in values if value}


def municipality_find(name):
    """The municipality page (in the default language) that `name` names: its slug,
    СОАТЕ code, title or official name in any language; None when none does, or when
    several do (two Ак-Чий: then its СОАТЕ code or key tells them apart)."""
    wanted = im.fold(name)
    default = Locale.get_default().pk
    keys = {row["translation_key"] for row in place_rows() if wanted in _place_names(row)}
    if len(keys) != 1:
        return None
    return Page.objects.filter(translation_key=keys.pop(), locale_id=default).specific().first()


@dataclass
class RegisterTarget:
    """The municipality an import writes into: its pages and names, and its register's
    pages by language (empty when it has no register yet)."""

    municipality: dict  # language -> municipality page
    names: set
    registers: dict

    @classmethod
    def of(cls, municipality):
        pages = {
            page.locale.language_code: page
            for page in Page.objects.filter(translation_key=municipality.translation_key)
            .select_related("locale")
            .specific()
        }
        names = set()
        for row in place_rows(paths=[page.path for page in pages.values()]):
            names |= _place_names(row)
        registers = {}
        for code, page in pages.items():
            register = ServiceRegisterPage.objects.child_of(page).first()
            if register is not None:
                registers[code] = register
        return cls(municipality=pages, names=names, registers=registers)

    @property
    def default(self):
        return self.municipality.get(LANGS[0]) or next(iter(self.municipality.values()))


def register_import_allowed(*, user, municipality):
    """Whether `user` may import into the register of `municipality` (a page): she may
    edit its register (or, when it has none, add one to the municipality). Central
    editors may import everywhere."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if im.can_import(user):
        return True
    register = ServiceRegisterPage.objects.child_of(municipality).first()
    if register is not None:
        return register.permissions_for_user(user).can_edit()
    return municipality.permissions_for_user(user).can_add_subpage()


# ---- Planning -----------------------------------------------------------------------


@dataclass
class ServicePlan:
    """What one row does: the service it updates (its pages by language) or a new one,
    its base service, its texts by language, its other values, its groups."""

    record: im.Record
    key: str
    pages: dict = field(default_factory=dict)
    base: str | None = None
    texts: dict = field(default_factory=dict)  # language -> {field: value}
    shared: dict = field(default_factory=dict)  # field -> value
    groups: list | None = None
    changes: dict = field(default_factory=dict)  # language -> [field names]
    languages: list = field(default_factory=list)  # of a new service

    @property
    def new(self):
        return not self.pages


def _rich(value):
    """Plain text as rich-text paragraphs (text that is already HTML as it is)."""
    return im.paragraphs(value)


def _texts_of(record, language):
    """{language: {field: value}} of the row's text columns; the export's columns of one
    language are in `language`."""
    texts = {code: {} for code in LANGS}
    for code in LANGS:
        for name in TEXTS:
            key = f"{name}_{code}"
            if record.has(key):
                value = record.get(key) or ""
                texts[code][name] = _rich(value) if name in RICH_TEXTS else value
    for name in SINGLE_TEXTS:
        value = record.get(name)
        if not value:
            continue
        given = texts[language].get(name)
        if given and given != value:
            record.error(
                name,
                _("The column “%(column)s” gives another text.")
                % {"column": record.headers.get(f"{name}_{language}", f"{name}_{language}")},
            )
        texts[language][name] = value
    return texts


class Planner:
    """Plans the rows of one file against one register."""

    def __init__(self, *, target, references):
        self.target = target
        self.refs = references
        inside = Q()
        for register in target.registers.values():
            inside |= Q(path__startswith=register.path, depth=register.depth + 1)
        self.pages = {}  # translation key -> {language: ServicePage}
        services = ServicePage.objects.none()
        if inside:
            services = (
                ServicePage.objects.filter(inside)
                .select_related("locale", "base_service")
                .prefetch_related("initiating_groups")
            )
        by_pk, by_local, by_base = {}, {}, {}
        for page in services:
            self.pages.setdefault(page.translation_key, {})[page.locale.language_code] = page
            by_pk[page.pk] = (page.translation_key, page.locale.language_code)
        self.drafts = page_drafts(services)
        for key, pages in self.pages.items():
            source = translations_original(pages)
            if source.local_code:
                by_local.setdefault(im.fold(source.local_code), key)
            by_base.setdefault(source.base_service.code, []).append(key)
        self.by_pk, self.by_local, self.by_base = by_pk, by_local, by_base

    def current(self, page):
        """The page as its latest revision has it (read with the register's pages)."""
        return page_latest(page, self.drafts)

    def _match(self, record, base):
        """(translation key or None, the language of the export's one-language texts)."""
        number = record.get("id")
        language = LANGS[0]
        if number:
            found = self.by_pk.get(number)
            if found is None:
                record.error(
                    "id",
                    _("There is no service number %(id)s in this register.") % {"id": number},
                )
                return None, language
            return found
        code = record.get("local_code")
        if code and im.fold(code) in self.by_local:
            return self.by_local[im.fold(code)], language
        if base and not code:
            keys = self.by_base.get(base, [])
            if len(keys) == 1:
                return keys[0], language
            if len(keys) > 1:
                record.error(
                    "base_service_code",
                    _(
                        "The register has %(count)s services of the base service %(code)s: "
                        "give the number in the register or the service number."
                    )
                    % {"count": len(keys), "code": base},
                )
        return None, language

    def _base(self, record):
        """The base service code the row names (its code, its name, or both agreeing)."""
        refs = self.refs
        found = []
        for key in ("base_service_code", "base_service"):
            raw = record.get(key)
            if not raw:
                continue
            code = refs.base_names.get(im.fold(raw))
            if code is None:
                record.error(
                    key,
                    _("Unknown %(what)s: “%(value)s”.") % {"what": BASE_SERVICE, "value": raw[:80]},
                )
            else:
                found.append((key, code))
        if len({code for _key, code in found}) > 1:
            record.error(
                "base_service",
                _("The base service's name is not that of the code %(code)s.")
                % {"code": found[0][1]},
            )
            return None
        base = found[0][1] if found else None
        raw = record.get("category")
        if raw:
            category = refs.categories.get(im.fold(raw))
            if category is None:
                record.error(
                    "category",
                    _("Unknown %(what)s: “%(value)s”.") % {"what": CATEGORY, "value": raw[:80]},
                )
            elif base and refs.base_category.get(base) != category:
                record.error(
                    "category",
                    _("The base service %(code)s belongs to another category.") % {"code": base},
                )
        return base

    def plan(self, record):
        refs = self.refs
        raw_municipality = record.get("municipality")
        if raw_municipality and im.fold(raw_municipality) not in self.target.names:
            record.error(
                "municipality",
                _("This register is %(municipality)s's, not “%(value)s”'s.")
                % {"municipality": self.target.default.title, "value": raw_municipality[:80]},
            )
        base = self._base(record)
        key, language = self._match(record, base)
        if record.get("slug") and not SLUG_RE.fullmatch(record.get("slug")):
            record.error(
                "slug",
                _("An address has small Latin letters, digits and “-” only (drinking-water)."),
            )
        if record.get("language"):
            if record.get("language") not in LANGS:
                record.error("language", _("Write ky, ru or en."))
            else:
                language = record.get("language")
        plan = ServicePlan(
            record=record,
            key=str(record.get("id") or record.get("local_code") or base or ""),
        )
        if key is not None:
            plan.pages = self.pages[key]
        plan.base = base
        plan.texts = _texts_of(record, language)
        for name in SCALARS:
            if record.has(name):
                value = record.get(name)
                plan.shared[name] = EMPTY.get(name) if value is None else value
        if record.has("provider") and record.get("provider"):
            self._provider(plan, record, language)
        if record.has("is_free") and record.get("is_free") is None:
            plan.shared["is_free"] = plan.shared.get("fee_kgs") is None
        if record.has("initiating_groups"):
            plan.groups = []
            for raw in record.get("initiating_groups") or []:
                slug = refs.group_names.get(im.fold(raw))
                if slug is None:
                    record.error(
                        "initiating_groups",
                        _("Unknown %(what)s: “%(value)s”.") % {"what": GROUP, "value": raw[:80]},
                    )
                else:
                    plan.groups.append(slug)
            plan.groups = sorted(set(plan.groups))
        if record.get("id") and key is None:
            return plan  # the number names no service here: nothing more to say of the row
        if plan.new:
            self._plan_new(plan)
        else:
            self._plan_update(plan)
        self._rules_check(plan)
        return plan

    def _provider(self, plan, record, language):
        """The export's provider: a kind of provider, or else the provider's name."""
        raw = record.get("provider")
        try:
            plan.shared.setdefault("provider_kind", im.choice(ProviderKind, "")(raw))
        except im.CellError:
            plan.texts[language].setdefault("provider_name", raw)

    def _plan_new(self, plan):
        record = plan.record
        if plan.base is None:
            if not any(
                record.headers.get(key) == issue.column
                for key in ("base_service_code", "base_service")
                for issue in record.issues
            ):
                record.error("base_service_code", _("A new service needs its base service."))
            return
        languages = [code for code in LANGS if any(plan.texts[code].values())]
        if not languages:
            record.error(
                "summary_ky",
                _("A new service needs what it is (the summary) in at least one language."),
            )
        for code in languages:
            if not plan.texts[code].get("summary"):
                record.error(f"summary_{code}", _("A service in this language needs its summary."))
        plan.languages = languages
        plan.changes = {code: ["new"] for code in languages}

    def _plan_update(self, plan):
        source = translations_original(plan.pages)
        if plan.base is not None and plan.base != source.base_service.code:
            plan.shared["base_service"] = plan.base
        for code in LANGS:
            page = plan.pages.get(code)
            texts = plan.texts.get(code, {})
            if page is None:
                if any(texts.values()):
                    if not texts.get("summary"):
                        plan.record.error(
                            f"summary_{code}", _("A service in this language needs its summary.")
                        )
                    plan.changes[code] = ["new"]
                continue
            current = self.current(page)
            changed = [n for n, value in texts.items() if (getattr(current, n) or "") != value]
            for name, value in plan.shared.items():
                if _value(current, name) != value:
                    changed.append(name)
            if plan.groups is not None and _value(current, "initiating_groups") != plan.groups:
                changed.append("initiating_groups")
            if changed:
                plan.changes[code] = changed

    def _rules_check(self, plan):
        """The service's own rules (ServicePage.rules_errors) on the values it will have."""
        record = plan.record
        base = self.current(translations_original(plan.pages)) if plan.pages else None
        service = ServicePage()
        if base is not None:
            for name in SCALARS:
                setattr(service, name, getattr(base, name))
        if base is not None:
            service.status_reason = base.status_reason
        for name, value in plan.shared.items():
            if name != "base_service":
                setattr(service, name, value)
        reasons = [texts.get("status_reason") for texts in plan.texts.values()]
        if any(reasons):
            service.status_reason = next(reason for reason in reasons if reason)
        elif any(f"status_reason_{code}" in record.values for code in LANGS):
            service.status_reason = ""
        errored = {issue.column for issue in record.issues}
        for name, message in service.rules_errors().items():
            related = (name, *RULE_FIELDS.get(name, ()))
            if any(record.headers.get(key) in errored for key in related if record.has(key)):
                continue  # a cell the rule reads is wrong already
            column = name if record.has(name) else None
            if name == "status_reason" and column is None:
                column = next(
                    (f"status_reason_{c}" for c in LANGS if record.has(f"status_reason_{c}")),
                    "status",
                )
            if name == "fee_kgs" and column is None:
                column = "is_free"
            if name == "provider_kind" and column is None:
                column = "is_outsourced" if record.has("is_outsourced") else "provider"
            record.error(column or "status", message)


def _value(page, name):
    if name == "initiating_groups":
        return sorted(group.slug for group in page.initiating_groups.all())
    if name == "base_service":
        return page.base_service.code
    return getattr(page, name)


def _base_name(plan, references):
    """A row's title where neither the row nor the site names it: its base service's."""
    base = references.base_service(plan.base, LANGS[0]) if plan.base else None
    return base.name if base else ""


def _duplicates_check(plans):
    """Two rows of one file for the same service: by its number on the site, its number
    in the register, its base service (when neither number is given), or the service
    they both find."""
    seen = {}
    for plan in plans:
        record = plan.record
        identities = []
        if record.get("id"):
            identities.append(("id", record.get("id")))
        elif record.get("local_code"):
            identities.append(("local_code", im.fold(record.get("local_code"))))
        elif plan.base:
            identities.append(("base_service_code", plan.base))
        if plan.pages:
            identities.append(("service", translations_original(plan.pages).translation_key))
        for identity in identities:
            if identity in seen:
                column = identity[0] if identity[0] != "service" else "local_code"
                record.error(
                    column,
                    _("The same service is also in row %(row)s.") % {"row": seen[identity]},
                )
                break
        for identity in identities:
            seen.setdefault(identity, record.row)


# ---- Writing ------------------------------------------------------------------------


class Writer(PageWriter):
    """Writes the plans of one import into one register."""

    def __init__(self, *, target, references, user, publish, cleanups=None):
        super().__init__(user=user, publish=publish, locales=references.locales, cleanups=cleanups)
        self.target = target
        self.refs = references

    def register(self):
        """The register in every language the municipality has, made when missing."""
        registers = self.target.registers
        if LANGS[0] not in registers:
            parent = self.target.municipality[LANGS[0]]
            with override(LANGS[0]):
                page = register_page_build(title=str(REGISTER_TITLE))
            page.locale = self.refs.locales[LANGS[0]]
            page.slug = find_available_slug(parent, REGISTER_SLUG)
            page.live, page.has_unpublished_changes = False, True
            page_child_add(parent, page)
            self.finish(page, created=True)
            registers[LANGS[0]] = page
        source = registers[LANGS[0]]
        for code in LANGS[1:]:
            if code not in registers and code in self.target.municipality:
                with override(code):
                    title = str(REGISTER_TITLE)
                page = page_translation_add(
                    page=source,
                    locale=self.refs.locales[code],
                    values={"title": title},
                    publish=False,
                )
                self.finish(page, created=True)
                registers[code] = page
        return registers

    def apply(self, page, plan, language):
        """Set on `page` (unsaved) what the row gives for `language`."""
        refs = self.refs
        for name, value in plan.texts.get(language, {}).items():
            setattr(page, name, value)
        for name, value in plan.shared.items():
            if name == "base_service":
                page.base_service = refs.base_service(value, language)
            else:
                setattr(page, name, value)
        if plan.groups is not None:
            page.initiating_groups = [refs.group(slug, language) for slug in plan.groups]

    def create(self, plan):
        registers = self.register()
        language = plan.languages[0]
        parent = registers[language]
        base = self.refs.base_service(plan.base, language)
        texts = plan.texts[language]
        slug = plan.record.get("slug") or f"service-{plan.base.replace('.', '-')}"
        page = service_page_build(
            title=texts.get("title") or base.name,
            slug=find_available_slug(parent, slug),
            base_service=base,
            locale=self.refs.locales[language],
            live=False,
            has_unpublished_changes=True,
        )
        self.apply(page, plan, language)
        if not page.title:
            page.title = base.name
        page_child_add(parent, self.live_now(page))
        self.finish(page, created=True)
        for code in plan.languages[1:]:
            self.translate(page, plan, code, copied=True)
        return page

    def translation_values(self, source, plan, language):
        """The row's texts in `language`; its name, when the row gives none, the base
        service's in that language."""
        values = super().translation_values(source, plan, language)
        if not values.get("title"):
            code = plan.shared.get("base_service") or source.base_service.code
            values["title"] = self.refs.base_service(code, language).name
        return values

    def update(self, plan):
        self.register()
        return super().update(plan)


# ---- The import ---------------------------------------------------------------------


def register_import(
    *,
    source,
    name,
    municipality,
    user=None,
    dry_run=False,
    publish=False,
    progress=im.progress_none,
    photos=None,
):
    """Import the services of the spreadsheet `source` (bytes) called `name` into the
    register of `municipality` (its page in any language; the register is made when it
    has none). A dry run plans and checks only. `publish` publishes what changed
    (central editors only: the caller checks, as it checks `register_import_allowed`).
    `photos` is not used (the admin's importers share one signature). Returns
    (ImportResult, Table); raises ImportFailure when the file cannot be read at all."""
    started = time.monotonic()
    result = im.ImportResult(kind=REGISTER_LAYOUT.kind, file_name=name, dry_run=dry_run)
    table = im.read_table(source, name=name)
    records, issues = REGISTER_LAYOUT.parse(table)
    result.issues += issues
    target = RegisterTarget.of(municipality)
    planner = Planner(target=target, references=RegisterReferences())
    im.plans_write(
        result=result,
        records=records,
        plan=planner.plan,
        check=_duplicates_check,
        make_writer=partial(
            Writer, target=target, references=planner.refs, user=user, publish=publish
        ),
        progress=progress,
        title=lambda plan: im.plan_title(plan) or _base_name(plan, planner.refs),
        index_always=True,
    )
    result.seconds = time.monotonic() - started
    return result, table
