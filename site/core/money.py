"""Money split by its sources, for the stacked bar and table of
`stories/includes/money_split.html` (one story's money, or the sum of many)."""

from django.utils.translation import gettext_lazy as _

# The sources of the money, in the order the stacked bar shows them.
MONEY_SOURCES = (
    ("grant", _("Grant / donor")),
    ("municipal", _("Municipal budget")),
    ("community", _("Community contribution")),
    ("other", _("Other sources")),
)


def split_money(parts, *, recorded_total=None, children=None):
    """{total, total_given, segments} from `parts`, (key, label, amount or None) in the
    bar's order.

    The total is the recorded total, or the sum of the parts when that is larger
    (`total_given` says whether the recorded total stands). Money recorded only as a total,
    without its source, becomes a "not broken down" segment. Each part with money is a
    segment with its share of the total in per cent; `children` maps a part's key to its
    own (key, label, amount) rows, shown below it with their shares of the total.
    """
    children = children or {}
    parts = [(key, label, amount or 0) for key, label, amount in parts]
    parts_sum = sum(amount for _key, _label, amount in parts)
    recorded = recorded_total or 0
    total = max(recorded, parts_sum)
    if total > parts_sum:
        parts.append(("rest", _("Not broken down"), total - parts_sum))
    segments = [
        {
            "key": key,
            "label": label,
            "amount": amount,
            "share": 100 * amount / total,
            "children": [
                {
                    "key": row_key,
                    "label": row_label,
                    "amount": row_amount,
                    "share": 100 * row_amount / total,
                }
                for row_key, row_label, row_amount in children.get(key, ())
                if row_amount
            ],
        }
        for key, label, amount in parts
        if amount
    ]
    return {
        "total": total,
        "total_given": bool(recorded) and recorded >= parts_sum,
        "segments": segments,
    }
