"""The content health report (municipalities.dashboard) as a CSV file, written by the
export layer's CSV writer: the same filters and order as the admin table."""

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from municipalities.dashboard import content_health_report
from municipalities.selectors import PROBLEMS
from municipalities.views import content_health_refused

from . import exports


@dataclass
class HealthExport:
    """What `exports.csv_bytes` writes: two header lines (labels, keys) and the rows."""

    rows: list

    def header_rows(self):
        labels = [_("Municipality"), _("Region"), *(str(p.label) for p in PROBLEMS), _("Total")]
        keys = ["municipality", "region", *(p.key for p in PROBLEMS), "total"]
        return labels, keys

    def cells(self):
        for row in self.rows:
            region = row.municipality.region
            yield [
                exports.neutralise(row.municipality.title),
                exports.neutralise(region.name if region else ""),
                *(count for _problem, count in row.counts),
                row.total,
            ]


def content_health_csv(request):
    """/admin/content-health/export.csv?<the report's filters>: the rows the report shows,
    for the same user (a municipal editor gets her own municipality; others a 403)."""
    report = content_health_report(request.user, request.GET)
    if report is None:
        return content_health_refused(request)
    response = HttpResponse(exports.csv_bytes(HealthExport(rows=report.rows)))
    day = timezone.localdate().isoformat()
    response["Content-Type"] = exports.CONTENT_TYPES["csv"]
    response["Content-Disposition"] = f'attachment; filename="ashar-content-health-{day}.csv"'
    return response
