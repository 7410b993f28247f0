"""The region map's template tag: counts per region in, drawable tiles out."""

from django import template

from core.regionmap import region_map_shapes

register = template.Library()


@register.simple_tag
def region_map(regions, active=None):
    """`{% region_map regions active as map %}`: see `core.regionmap.region_map_shapes`."""
    return region_map_shapes(regions or [], active)
