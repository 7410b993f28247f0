"""Template helpers of municipal profiles: the sparkline of a figure's years."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

WIDTH = 160
HEIGHT = 40
PAD = 4


def sparkline_coordinates(points, *, width=WIDTH, height=HEIGHT, pad=PAD):
    """(x, y) in the SVG box for each (date, value) point; time runs left to right on a
    date scale, values bottom to top from zero."""
    if not points:
        return []
    first = points[0][0].toordinal()
    span = max(points[-1][0].toordinal() - first, 1)
    top = max(value for _date, value in points) or 1
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    coordinates = []
    for as_of, value in points:
        x = pad + inner_w * (as_of.toordinal() - first) / span if len(points) > 1 else width / 2
        y = pad + inner_h * (1 - value / top)
        coordinates.append((round(x, 1), round(y, 1)))
    return coordinates


@register.simple_tag
def sparkline(points):
    """An inline SVG line of a figure's values over time. Decorative: the numbers are
    printed next to it, so it is hidden from screen readers."""
    coordinates = sparkline_coordinates(list(points))
    if len(coordinates) < 2:
        return ""
    polyline = " ".join(f"{x},{y}" for x, y in coordinates)
    dots = format_html_join(
        "", '<circle cx="{}" cy="{}" r="2.5"></circle>', ((x, y) for x, y in coordinates)
    )
    return format_html(
        '<svg class="sparkline" viewBox="0 0 {} {}" width="{}" height="{}" aria-hidden="true"'
        ' focusable="false"><line class="sparkline__base" x1="{}" y1="{}" x2="{}" y2="{}">'
        '</line><polyline points="{}"></polyline><g class="sparkline__dots">{}</g></svg>',
        WIDTH,
        HEIGHT,
        WIDTH,
        HEIGHT,
        PAD,
        HEIGHT - PAD,
        WIDTH - PAD,
        HEIGHT - PAD,
        polyline,
        dots,
    )
