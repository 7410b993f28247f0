"""Wagtail API v2: pages with their structured fields, images and documents (the
endpoints and their parameter rules live in `partners.api`; docs/api.md)."""

from wagtail.api.v2.router import WagtailAPIRouter

from partners.api import AsharDocumentsAPIViewSet, AsharImagesAPIViewSet, AsharPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", AsharPagesAPIViewSet)
api_router.register_endpoint("images", AsharImagesAPIViewSet)
api_router.register_endpoint("documents", AsharDocumentsAPIViewSet)
