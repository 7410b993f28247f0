"""The public forms residents fill in: "share your initiative" and a correction request.
They validate only; the writes are in `municipalities.submissions`."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Topic
from core.photos import photo_check
from stories.models import StoryPage

# The story's money and people a resident may give, with the names of StoryPage's fields:
# StoryPage.figures_errors() judges them as it does in the editor's form.
MONEY_FIELDS = ("total_kgs", "grant_kgs", "municipal_kgs", "community_cash_kgs", "other_kgs")
PEOPLE_FIELDS = ("beneficiaries_people", "gathering_participants", "gathering_women")
HONEYPOT = "website"


class HoneypotMixin:
    """A field people never see or fill in (hidden by CSS, out of the tab order); a
    robot that fills in every field gives itself away."""

    def add_honeypot(self):
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_robot(self):
        return bool(self.data.get(HONEYPOT, "").strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT]


class MultiplePhotoInput(forms.FileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    """Several photos in one file input: a list of uploaded files, each checked by
    `photo_check`."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget",
            MultiplePhotoInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if len(files) > settings.PUBLIC_PHOTO_MAX_COUNT:
            raise ValidationError(
                _("Send at most %(count)s photos.") % {"count": settings.PUBLIC_PHOTO_MAX_COUNT}
            )
        errors = []
        cleaned = []
        for upload in files:
            upload = super().clean(upload, initial)
            try:
                photo_check(upload)
            except ValidationError as error:
                errors.extend(error.messages)
            else:
                cleaned.append(upload)
        if errors:
            raise ValidationError(errors)
        return cleaned


def _amount(label):
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=10**12,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class InitiativeSubmissionForm(HoneypotMixin, forms.Form):
    """A resident tells about an initiative of her municipality."""

    municipality = forms.TypedChoiceField(label=_("Municipality"), coerce=int)
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("I don't know"),
    )
    title = forms.CharField(
        label=_("Name of the initiative"),
        max_length=200,
        help_text=_("For example: “Clean drinking water for Tamga”."),
    )
    outputs_text = forms.CharField(
        label=_("What was done"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The problem, how the village decided, what was built or changed."),
    )
    villages = forms.CharField(label=_("Villages"), max_length=255, required=False)
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        validators=[MinValueValidator(1991)],
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    total_kgs = _amount(_("Total cost (KGS)"))
    grant_kgs = _amount(_("Of which a grant or donor (KGS)"))
    municipal_kgs = _amount(_("Of which the municipal budget (KGS)"))
    community_cash_kgs = _amount(_("Of which residents' contribution (KGS)"))
    other_kgs = _amount(_("Of which other sources (KGS)"))
    beneficiaries_people = _amount(_("People reached"))
    gathering_participants = _amount(_("Participants of the village gathering"))
    gathering_women = _amount(_("Of whom women"))
    name = forms.CharField(label=_("Your name"), max_length=120)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    photos = MultiplePhotoField(
        label=_("Photos"),
        required=False,
        help_text=_("Up to 5 photos, JPEG, PNG or WebP, each up to 10 MB."),
    )
    photos_consent = forms.BooleanField(
        label=_(
            "I took these photos or may share them, and the people in them agreed to their "
            "publication on Ashar."
        ),
        required=False,
    )

    FIELDSETS = (
        (_("The initiative"), ("municipality", "topic", "title", "outputs_text", "villages")),
        (_("Money and people, if you know them"), ("year", *MONEY_FIELDS, *PEOPLE_FIELDS)),
        (_("Photos"), ("photos", "photos_consent")),
        (_("How the editors can reach you"), ("name", "phone", "email")),
    )

    def __init__(self, *args, municipalities, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [("", "—"), *municipalities]
        self.fields["topic"].queryset = Topic.objects.filter(locale=locale).order_by(
            "sort_order", "name"
        )
        self.fields["year"].validators.append(MaxValueValidator(timezone.localdate().year))
        self.fields["year"].widget.attrs["max"] = timezone.localdate().year
        self.add_honeypot()

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    def clean(self):
        cleaned = super().clean()
        no_contact = not (cleaned.get("phone") or cleaned.get("email"))
        if no_contact and "email" not in self.errors:
            self.add_error(
                "phone",
                _("Give a phone number or an e-mail address so that the editors can reach you."),
            )
        if cleaned.get("photos") and not cleaned.get("photos_consent"):
            self.add_error(
                "photos_consent",
                _("Confirm that the photos may be published, or send the story without them."),
            )
        figures = {name: cleaned.get(name) for name in (*MONEY_FIELDS, *PEOPLE_FIELDS)}
        for field, message in StoryPage(**figures).figures_errors().items():
            self.add_error(field if field in self.fields else None, message)
        return cleaned

    def figures(self):
        """The money and people given, for the story's fields."""
        return {
            name: self.cleaned_data[name]
            for name in (*MONEY_FIELDS, *PEOPLE_FIELDS)
            if self.cleaned_data.get(name) is not None
        }


class CorrectionRequestForm(HoneypotMixin, forms.Form):
    """A reader tells the editors that something on a page is wrong."""

    text = forms.CharField(
        label=_("What is wrong?"),
        min_length=5,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("For example: “The total cost was 1 200 000 KGS, not 2 100 000”."),
    )
    contact = forms.CharField(
        label=_("Your name and phone or e-mail (optional)"),
        max_length=200,
        required=False,
        help_text=_("Only the editors see it, to ask you a question."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()
