"""Cite this story: GOST R 7.0.5-2008, APA 7 and Chicago on the page, BibTeX and RIS
downloads; each names the permalink, the revision date and the access date."""

import datetime
import re
from html import unescape

import pytest

from partners import citations

pytestmark = pytest.mark.django_db

ACCESSED = datetime.date(2026, 11, 30)


@pytest.fixture
def english_story(world):
    return world.story.get_translation(world.locales["en"])


def test_gost_apa_and_chicago_name_permalink_revision_and_access(world, english_story):
    data = citations.citation(english_story, accessed=ACCESSED)
    permalink = f"http://testserver/s/{english_story.pk}/"
    assert data["gost"] == (
        "Bosteri rebuilds its kindergarten [Электронный ресурс] // Ashar. – 2025. – "
        f"Ред. 01.06.2025. – URL: {permalink} (дата обращения: 30.11.2026)."
    )
    assert data["apa"] == (
        "Ashar. (2025, June 1). Bosteri rebuilds its kindergarten. Ashar. "
        f"Retrieved November 30, 2026, from {permalink}"
    )
    assert data["chicago"] == (
        "Ashar. \u201cBosteri rebuilds its kindergarten.\u201d Ashar. Last modified June 1, "
        f"2025. Accessed November 30, 2026. {permalink}."
    )


def test_bibtex_is_one_online_entry_with_escaped_fields(world, english_story):
    english_story.title = "Water & light: 100% {done}"
    text = citations.bibtex(english_story, accessed=ACCESSED)
    assert text.startswith(f"@online{{ashar-story-{english_story.pk},\n")
    assert "  title = {Water \\& light: 100\\% \\{done\\}},\n" in text
    assert f"  url = {{http://testserver/s/{english_story.pk}/}},\n" in text
    assert "  date = {2025-06-01},\n" in text
    assert "  urldate = {2026-11-30},\n" in text
    assert text.count("{") == text.count("}")
    assert text.rstrip().endswith("}")


def test_ris_has_the_required_tags_in_order(world, english_story):
    text = citations.ris(english_story, accessed=ACCESSED)
    lines = text.split("\r\n")
    assert lines[0] == "TY  - ELEC"
    assert lines[-2] == "ER  - "
    tags = dict(line.split("  - ", 1) for line in lines if line)
    assert tags["TI"] == "Bosteri rebuilds its kindergarten"
    assert tags["UR"] == f"http://testserver/s/{english_story.pk}/"
    assert tags["DA"] == "2025/06/01"
    assert tags["Y2"] == "2026/11/30"
    assert tags["CY"] == "Bosteri aiyl aimak"


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [("bib", "application/x-bibtex"), ("ris", "application/x-research-info-systems")],
)
def test_citation_downloads(client, world, fmt, content_type):
    response = client.get(f"/cite/{world.story.pk}.{fmt}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert f'filename="ashar-story-{world.story.pk}.{fmt}"' in response["Content-Disposition"]
    assert f"/s/{world.story.pk}/".encode() in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/cite/{municipality}.bib",
        "/cite/0.ris",
        "/cite/99999999999.bib",
        "/cite/{story}.pdf",
        "/cite/" + "9" * 30 + ".bib",
        "/cite/abc.bib",
    ],
)
def test_citations_of_what_is_not_a_story_are_not_found(client, world, path):
    url = path.format(municipality=world.bosteri.pk, story=world.story.pk)
    assert client.get(url).status_code == 404


def test_story_page_shows_the_three_styles_and_the_downloads(client, world):
    html = client.get("/ru/municipalities/bosteri/kindergarten/").content.decode()
    box = re.search(r'<details class="story-cite">(.*?)</details>', html, re.S).group(1)
    text = unescape(box)
    story = world.story.get_translation(world.locales["ru"])
    assert "В Бостери отремонтировали детский сад [Электронный ресурс] // Ашар" in text
    assert "APA 7" in text and "Chicago" in text
    assert f"http://testserver/s/{story.pk}/" in text
    assert f'href="/cite/{story.pk}.bib"' in box
    assert f'href="/cite/{story.pk}.ris"' in box
