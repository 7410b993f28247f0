"""Admin hooks of the municipalities app: one-line calls into the services."""

from wagtail import hooks

from .models import MunicipalityPage
from .services import municipality_groups_ensure


@hooks.register("after_create_page")
def municipality_groups_on_create(request, page):
    """A new municipality gets its editors and approvers groups, its collection, their
    permissions and the municipal workflow at once."""
    if isinstance(page.specific, MunicipalityPage):
        municipality_groups_ensure(municipality=page.specific)
