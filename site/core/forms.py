"""Admin forms shared by the apps' pages."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


def _locale_id(form):
    instance = form.instance
    if getattr(instance, "locale_id", None):
        return instance.locale_id
    parent = getattr(form, "parent_page", None)
    return parent.locale_id if parent is not None else None


def _restrict(fields, locale_id):
    for field in fields.values():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        model = field.queryset.model
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
            field.queryset = field.queryset.filter(locale_id=locale_id)
            # a chooser widget keeps its own list: a plain select shows this one
            if not isinstance(field.widget, forms.Select | forms.CheckboxSelectMultiple):
                field.widget = forms.Select(choices=field.choices)


class LocalisedPageForm(WagtailAdminPageForm):
    """A page's pickers of topics, programmes, regions and groups (in its inline rows
    too) offer only the snippets of the page's own locale: a Russian page is offered the
    Russian topics, not the same topic three times."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = _locale_id(self)
        if locale_id is None:
            return
        _restrict(self.fields, locale_id)
        for formset in self.formsets.values():
            for form in formset.forms:
                _restrict(form.fields, locale_id)
            # the empty form (the template of a new row) is built anew on every access
            formset.form = _localised_form_class(formset.form, locale_id)


def _localised_form_class(form_class, locale_id):
    def __init__(self, *args, **kwargs):
        form_class.__init__(self, *args, **kwargs)
        _restrict(self.fields, locale_id)

    return type(form_class.__name__, (form_class,), {"__init__": __init__})
