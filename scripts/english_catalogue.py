"""Fill the English catalogue from its source strings: the code is written in English, so
each English entry says what its msgid says. Run by `make messages` after makemessages."""

import sys
from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parent.parent / "site/locale/en/LC_MESSAGES/django.po"


def main():
    catalogue = polib.pofile(str(CATALOGUE))
    for entry in catalogue:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        entry.previous_msgid_plural = None
    catalogue.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
