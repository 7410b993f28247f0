"""System checks of the house rules that Django cannot see by itself."""

from django.apps import apps
from django.core import checks

from .pages import ContextSelectorMixin, context_selector_for


@checks.register()
def context_selectors_registered(app_configs=None, **kwargs):
    """core.E001: every page with `ContextSelectorMixin` names a registered selector."""
    errors = []
    for model in apps.get_models():
        if not issubclass(model, ContextSelectorMixin):
            continue
        if app_configs is not None and model._meta.app_config not in app_configs:
            continue
        if context_selector_for(model) is None:
            errors.append(
                checks.Error(
                    f"context_selector {model.context_selector!r} is not registered",
                    hint=(
                        f"Decorate that function in {model._meta.app_label}/selectors.py "
                        "with @core.pages.page_context_selector."
                    ),
                    obj=model,
                    id="core.E001",
                )
            )
    return errors
