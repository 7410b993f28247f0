"""Soft hyphens by Kyrgyz syllable rules, for browsers without a Kyrgyz hyphenation
dictionary (Chromium has none: with `hyphens: auto` a long Kyrgyz word in a narrow box
breaks anywhere, without a hyphen, or overflows).

A Kyrgyz syllable has one vowel; a word divides between syllables:
- one consonant between vowels goes to the next syllable: жа-рык, му-ни-ци-па-ли-тет;
- of two or more consonants, the last goes to the next syllable: жа-рык-тан-ды-руу,
  түрк-төр, Ар-тык-чы-лык-тар-ды;
- a long vowel written double (аа, ээ, оо, уу, өө, үү, ыы) is one vowel: ма-а is not a
  break (маа-лы-мат), nor ру-у (жа-рык-тан-ды-руу);
- two different vowels side by side divide between them (по-эт);
- ь and ъ stay with the consonant before them (паль-то).
No part shorter than two letters is left at either end of a line (Ар-…, …-ды).
Russian loanwords written in Kyrgyz divide by the same rules.
"""

import re

SOFT_HYPHEN = "\u00ad"
VOWELS = set("аеёиоөуүыэюяАЕЁИОӨУҮЫЭЮЯ")
# Kyrgyz long vowels are written double; е, и, ю, я doubled are two vowels (ре-ест-ри).
LONG_VOWELS = set("аоөуүыэАОӨУҮЫЭ")
SIGNS = set("ьъЬЪ")
MIN_LEFT = 2
MIN_RIGHT = 2
# Shorter words fit every heading, tile and table header of the site at 375 px; leaving
# them whole keeps the source of the common words readable.
MIN_WORD = 10

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӨөҮүҢң]+")


def _nuclei(word):
    """Start and end (exclusive) index of each vowel nucleus of `word`; a doubled vowel is
    one nucleus."""
    nuclei = []
    index = 0
    while index < len(word):
        letter = word[index]
        if letter in VOWELS:
            end = index + 1
            if letter in LONG_VOWELS and end < len(word) and word[end].lower() == letter.lower():
                end += 1
            nuclei.append((index, end))
            index = end
        else:
            index += 1
    return nuclei


def break_points(word):
    """Indexes in `word` before which it may break, by Kyrgyz syllable rules."""
    points = []
    nuclei = _nuclei(word)
    for (_start, end), (next_start, _next_end) in zip(nuclei, nuclei[1:], strict=False):
        cluster = word[end:next_start]
        if not cluster:
            point = end  # two different vowels: по-эт
        elif len(cluster) == 1:
            point = end  # жа-рык
        else:
            point = next_start - 1  # the last consonant goes on: жарык-тан
            if word[point] in SIGNS:
                point = next_start  # объ-ект
        if MIN_LEFT <= point <= len(word) - MIN_RIGHT:
            points.append(point)
    return points


def hyphenate_word(word):
    """`word` with a soft hyphen at each place it may break."""
    if len(word) < MIN_WORD:
        return word
    pieces = []
    last = 0
    for point in break_points(word):
        pieces.append(word[last:point])
        last = point
    pieces.append(word[last:])
    return SOFT_HYPHEN.join(pieces)


def hyphenate(text):
    """`text` with soft hyphens in every Cyrillic word long enough to break; other words,
    spaces and punctuation unchanged."""
    if not text:
        return text
    return _CYRILLIC_WORD.sub(lambda match: hyphenate_word(match.group(0)), str(text))


_KYRGYZ_LETTERS = set("ңөүҢӨҮ")


def hyphenate_kyrgyz_words(text):
    """Like `hyphenate`, but only words written with a letter only Kyrgyz has (ң, ө, ү)."""
    if not text:
        return text

    def one(match):
        word = match.group(0)
        return hyphenate_word(word) if _KYRGYZ_LETTERS & set(word) else word

    return _CYRILLIC_WORD.sub(one, str(text))
