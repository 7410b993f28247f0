"""The region map's template tag: counts per region in, drawable tiles out."""

from django import template

from core.regionmap import region_locator_shapes, region_map_shapes

register = template.Library()


@register.simple_tag
def region_map(regions, active=None):
    """`{% region_map regions active as map %}`: see `core.regionmap.region_map_shapes`."""
    return region_map_shapes(regions or [], active)


@register.simple_tag
def region_locator(regions, active, latitude=None, longitude=None):
    """`{% region_locator regions active latitude longitude as map %}`: see
    `core.regionmap.region_locator_shapes`."""
    return region_locator_shapes(regions or [], active, latitude, longitude)
