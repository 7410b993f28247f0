"""What the demo holds after a run, counted from the database, and how it is printed."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.models import District, Region
from home.demo_data import LANGS
from municipalities.models import MunicipalityPage, NewsPage
from registry.choices import Initiator, ServiceStatus
from registry.models import ServicePage, ServiceRegisterPage
from stories.models import StoryPage

from .users import demo_usernames

COLUMNS = (
    ("regions", "Regions"),
    ("districts", "Districts"),
    ("municipalities", "Municipalities"),
    ("stories", "Stories"),
    ("registers", "Registers"),
    ("services", "Services"),
    ("initiated", "By vulnerable groups"),
    ("approved", "… approved"),
    ("news", "News"),
)


@dataclass
class DemoReport:
    """Counts per language, images and users, the demo logins, and what this run did."""

    counts: dict = field(default_factory=dict)
    images: int = 0
    users: int = 0
    logins: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self):
        return bool(self.actions)


def _locale_counts(locale):
    services = ServicePage.objects.filter(locale=locale, live=True)
    vulnerable = services.filter(initiated_by=Initiator.VULNERABLE_GROUP)
    return {
        "regions": Region.objects.filter(locale=locale).count(),
        "districts": District.objects.filter(locale=locale).count(),
        "municipalities": MunicipalityPage.objects.filter(locale=locale).count(),
        "stories": StoryPage.objects.filter(locale=locale).count(),
        "registers": ServiceRegisterPage.objects.filter(locale=locale).count(),
        "services": services.count(),
        "initiated": vulnerable.count(),
        "approved": vulnerable.filter(status=ServiceStatus.APPROVED).count(),
        "news": NewsPage.objects.filter(locale=locale).count(),
    }


def report_fill(report, *, collection):
    """Count what the database holds now into `report`."""
    for locale in Locale.objects.filter(language_code__in=LANGS):
        report.counts[locale.language_code] = _locale_counts(locale)
    images = get_image_model().objects
    report.images = images.filter(collection=collection).count() if collection else 0
    report.users = get_user_model().objects.filter(username__in=demo_usernames()).count()
    return report


def report_lines(report):
    """The summary table and the logins, as lines of text."""
    widths = [max(len(label), 6) for _key, label in COLUMNS]
    header = "Language  " + "  ".join(
        label.rjust(width) for (_key, label), width in zip(COLUMNS, widths, strict=True)
    )
    lines = [header, "-" * len(header)]
    for lang in LANGS:
        counts = report.counts.get(lang, {})
        cells = [
            str(counts.get(key, 0)).rjust(width)
            for (key, _label), width in zip(COLUMNS, widths, strict=True)
        ]
        lines.append(f"{lang:<8}  " + "  ".join(cells))
    lines += ["", f"Images: {report.images}   Demo users: {report.users}", ""]
    if report.logins:
        name_width = max(len(username) for username, _password, _role in report.logins)
        pass_width = max(len(password) for _username, password, _role in report.logins)
        lines.append(f"{'User'.ljust(name_width)}  {'Password'.ljust(pass_width)}  Role")
        for username, password, role in report.logins:
            lines.append(f"{username.ljust(name_width)}  {password.ljust(pass_width)}  {role}")
    return lines
