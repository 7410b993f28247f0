"""How to cite a story: GOST R 7.0.5-2008, APA 7 and Chicago (notes and bibliography) as
text, BibTeX and RIS as files. Each names the permalink, the revision date (the story's
last publication) and the access date (today)."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from core.public import public_url

from .metadata import municipality_of

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SITE_NAME = {"ky": "Ашар", "ru": "Ашар", "en": "Ashar"}


def _revised(page):
    moment = page.last_published_at or page.first_published_at or timezone.now()
    return timezone.localtime(moment).date()


def citation(page, *, accessed=None):
    """A dict of the story's citation in every style, and its parts."""
    accessed = accessed or timezone.localdate()
    language = page.locale.language_code
    site = SITE_NAME.get(language, "Ashar")
    municipality = municipality_of(page)
    place = (municipality.official_name or municipality.title) if municipality else ""
    permalink = public_url(reverse("story_permalink", args=[page.pk]))
    revised = _revised(page)
    title = page.title

    def en(date):
        return f"{MONTHS_EN[date.month - 1]} {date.day}, {date.year}"

    gost = (
        f"{title} [Электронный ресурс] // {site}. – {revised.year}. – "
        f"Ред. {revised.strftime('%d.%m.%Y')}. – "
        f"URL: {permalink} (дата обращения: {accessed.strftime('%d.%m.%Y')})."
    )
    apa = (
        f"{site}. ({revised.year}, {MONTHS_EN[revised.month - 1]} {revised.day}). "
        f"{title}. {site}. Retrieved {en(accessed)}, from {permalink}"
    )
    chicago = (
        f"{site}. \u201c{title}.\u201d {site}. Last modified {en(revised)}. "
        f"Accessed {en(accessed)}. {permalink}."
    )
    return {
        "title": title,
        "site": site,
        "place": place,
        "permalink": permalink,
        "revised": revised,
        "accessed": accessed,
        "language": language,
        "gost": gost,
        "apa": apa,
        "chicago": chicago,
    }


def _bibtex_escape(text):
    for char in "\\{}%&$#_":
        text = text.replace(char, "\\" + char)
    return text


def bibtex(page, *, accessed=None):
    data = citation(page, accessed=accessed)
    fields = {
        "title": _bibtex_escape(data["title"]),
        "author": "{" + _bibtex_escape(data["site"]) + "}",
        "organization": _bibtex_escape(data["site"]),
        "year": str(data["revised"].year),
        "month": str(data["revised"].month),
        "date": data["revised"].isoformat(),
        "url": data["permalink"],
        "urldate": data["accessed"].isoformat(),
        "language": data["language"],
        "note": _bibtex_escape(
            ". ".join(part for part in (data["place"], settings.ASHAR_CONTENT_LICENCE) if part)
        ),
    }
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields.items())
    return f"@online{{ashar-story-{page.pk},\n{body}\n}}\n"


def ris(page, *, accessed=None):
    data = citation(page, accessed=accessed)
    revised = data["revised"]
    lines = [
        ("TY", "ELEC"),
        ("TI", data["title"]),
        ("AU", data["site"]),
        ("PB", data["site"]),
        ("PY", str(revised.year)),
        ("DA", revised.strftime("%Y/%m/%d")),
        ("Y2", data["accessed"].strftime("%Y/%m/%d")),
        ("UR", data["permalink"]),
        ("LA", data["language"]),
    ]
    if data["place"]:
        lines.append(("CY", data["place"]))
    lines += [("N1", settings.ASHAR_CONTENT_LICENCE), ("ER", "")]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)
