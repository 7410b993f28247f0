"""The interface catalogues (site/locale/<lang>/LC_MESSAGES) are complete and compiled.

A fresh machine has no GNU gettext, so the compiled .mo files are committed; these tests
keep them honest: every entry translated, nothing fuzzy, each .mo equal to its .po, and
(where xgettext exists) no string in the code missing from the catalogues.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
SITE_DIR = BASE_DIR / "site"
LANGUAGES = ["ky", "ru", "en"]


def catalogue_path(lang, suffix="po", site_dir=SITE_DIR):
    return site_dir / "locale" / lang / "LC_MESSAGES" / f"django.{suffix}"


def describe(entries):
    lines = []
    for entry in entries:
        where = ", ".join(f"{path}:{line}" for path, line in entry.occurrences)
        lines.append(f"  {entry.msgid!r} ({where or 'no source reference'})")
    return "\n".join(lines)


def entry_key(entry):
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def entry_translation(entry):
    if entry.msgid_plural:
        return tuple(sorted((int(index), text) for index, text in entry.msgstr_plural.items()))
    return entry.msgstr


def catalogue_entries(catalogue):
    """Message key -> translation, as gettext will look it up (the header left out)."""
    return {entry_key(entry): entry_translation(entry) for entry in catalogue if entry.msgid}


@pytest.fixture(params=LANGUAGES)
def lang(request):
    return request.param


@pytest.fixture
def po(lang):
    path = catalogue_path(lang)
    assert path.is_file(), f"{path.relative_to(BASE_DIR)} is missing: run `make messages`."
    return polib.pofile(str(path))


def test_catalogue_declares_its_language_and_plural_forms(lang, po):
    assert po.metadata.get("Language") == lang
    assert po.metadata.get("Plural-Forms", "").startswith("nplurals="), (
        f"{lang}: the header has no Plural-Forms line."
    )
    assert "charset=UTF-8" in po.metadata.get("Content-Type", "")


def test_catalogue_has_no_untranslated_entries(lang, po):
    untranslated = [entry for entry in po.untranslated_entries() if not entry.fuzzy]
    assert not untranslated, (
        f"{lang}: {len(untranslated)} untranslated entries in "
        f"{catalogue_path(lang).relative_to(BASE_DIR)}:\n{describe(untranslated)}"
    )


def test_catalogue_has_no_fuzzy_entries(lang, po):
    fuzzy = po.fuzzy_entries()
    assert not fuzzy, (
        f"{lang}: {len(fuzzy)} fuzzy entries (check the translation, then remove the "
        f"'fuzzy' flag) in {catalogue_path(lang).relative_to(BASE_DIR)}:\n{describe(fuzzy)}"
    )


def test_compiled_catalogue_matches_its_source(lang, po, tmp_path):
    mo_path = catalogue_path(lang, "mo")
    assert mo_path.is_file(), (
        f"{mo_path.relative_to(BASE_DIR)} is missing: run `make messages` and commit it."
    )
    expected_path = tmp_path / "expected.mo"
    po.save_as_mofile(str(expected_path))
    expected = polib.mofile(str(expected_path))
    committed = polib.mofile(str(mo_path))

    expected_entries = catalogue_entries(expected)
    committed_entries = catalogue_entries(committed)
    stale = sorted(
        key[1]
        for key in expected_entries.keys() | committed_entries.keys()
        if expected_entries.get(key) != committed_entries.get(key)
    )
    assert not stale, (
        f"{lang}: django.mo differs from django.po for {len(stale)} messages "
        f"(run `make messages`): {stale[:20]}"
    )
    assert committed.metadata.get("Plural-Forms") == po.metadata.get("Plural-Forms")


def test_catalogues_hold_every_string_of_the_code(tmp_path):
    """Run makemessages on a copy of site/ and compare: nothing new may appear."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is required in CI to check the catalogues.")
        pytest.skip("GNU gettext (xgettext) is not installed; `apt-get install gettext`.")

    copy = tmp_path / "site"
    shutil.copytree(
        SITE_DIR,
        copy,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "migrations", "*.mo"),
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "PYTHONPATH"}
    }
    env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", PYTHONPATH=str(copy))
    args = ["makemessages", "--no-obsolete", "--no-location"]
    for language in LANGUAGES:
        args += ["-l", language]
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "django", *args],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    missing = {}
    for language in LANGUAGES:
        current = catalogue_entries(polib.pofile(str(catalogue_path(language))))
        refreshed = catalogue_entries(polib.pofile(str(catalogue_path(language, site_dir=copy))))
        new_keys = tuple(sorted(key[1] for key in refreshed.keys() - current.keys()))
        if new_keys:
            missing.setdefault(new_keys, []).append(language)
    assert not missing, (
        "Strings in the code are missing from the catalogues: run `make messages`, then "
        "translate them. "
        + "; ".join(
            f"{', '.join(languages)}: {len(keys)} missing, e.g. {list(keys[:10])}"
            for keys, languages in missing.items()
        )
    )
