"""Folded, stemmed word matching shared by every search of the site: what a reader types
is cleaned, folded and stemmed, what is searched is folded and cut into word beginnings,
and place names match across languages and spellings.

Kyrgyz readers often type on a Russian keyboard (о for ө, у for ү, н for ң), words take
endings ("вода", "воды"; "бакча", "бакчасына") and place names have several spellings
(Өзгөн, Узген, Uzgen). The database search backends fold and stem neither. The stories
keep folded search documents in the database (`stories.search`); the few hundred services,
base services, municipalities and news of a language are matched in Python with
`folded_words` and `has_terms`, the same rule.
"""

import functools
import re

from core.listing import clean_query  # noqa: F401 (every search cleans its query first)

QUERY_MAX_TERMS = 12
# Letters a reader without a Kyrgyz keyboard replaces, and ё, which Russian writes as е.
FOLD = str.maketrans({"ө": "о", "ү": "у", "ң": "н", "ё": "е", "һ": "х"})

WORD = re.compile(r"\w+")

# Endings stripped to get a crude stem, longest first, again and again while at least 3
# letters stay: Russian case and number endings, and the commonest Kyrgyz plural,
# possessive and case suffixes as they look once folded (ө → о, ү → у), so that
# "бакча", "бакчасы" and "бакчасына" (бакча-сы-на) share the stem "бакч".
# fmt: off
ENDINGS = sorted(
    {
        # Russian
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ой",
        "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ов", "ев", "ам", "ям", "ах",
        "ях", "ом", "ем", "ую", "юю", "ию", "ия", "ье", "ья", "а", "я", "ы", "и", "у", "ю",
        "о", "е", "ь",
        # Kyrgyz: plural, possessive, genitive, dative, locative, ablative, accusative
        "лар", "лер", "лор", "дар", "дер", "дор", "тар", "тер", "тор",
        "сы", "си", "су", "сын", "син", "сун", "ын", "ин", "ун",
        "нын", "нин", "нун", "дын", "дин", "дун", "тын", "тин", "тун",
        "га", "ге", "го", "ка", "ке", "ко", "на", "не", "но",
        "да", "де", "до", "та", "те", "то", "нда", "нде", "ндо",
        "дан", "ден", "дон", "тан", "тен", "тон", "нан", "нен", "нон",
        "ны", "ни", "ну", "ды", "ди", "ду", "ты", "ти", "ту",
        "дагы", "деги", "догу", "тагы", "теги", "тогу",
    },
    key=len,
    reverse=True,
)
# fmt: on
STEM_ROUNDS = 3
VOICED_PAIRS = set("кгпб")
# Longer "words" (codes, URLs) are indexed whole and by their first letters only.
PREFIX_MAX_WORD = 24
STEM_MIN = 3

# Words that name the kind of a place rather than the place itself.
# fmt: off
PLACE_WORDS = {
    "облусу", "облус", "область", "области", "обл", "region", "oblast",
    "району", "район", "района", "р-н", "district", "rayon", "raion",
    "шаары", "шаар", "город", "города", "г", "city", "town",
    "айыл", "аймагы", "аймак", "айылы", "айылный", "айылдык", "aiyl", "aimak", "ayil",
    "аа", "а/а", "ао", "окмоту", "okmotu", "of",
}
# fmt: on
PLACE_WORDS_FOLDED = {word.translate(FOLD) for word in PLACE_WORDS}

# Russian adjectives made from place names: Узгенский → Узген, Иссык-Кульская → Иссык-Куль.
# fmt: off
ADJECTIVE_ENDINGS = (
    "ского", "скому", "скими", "ский", "ская", "ское", "ской", "ском", "скую", "ские",
    "ских", "ским",
)
# fmt: on

# fmt: off
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ө": "o", "ү": "u", "ң": "n", "һ": "h",
})
# fmt: on
LATIN_VARIANTS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("y", "i"))
REPEATED = re.compile(r"(.)\1+")
PLACE_KEY_PREFIX_MIN = 4
PLACE_KEY_SUFFIX_MAX = 4


def fold(text):
    """Lower-cased text with Kyrgyz letters and ё folded to their nearest Russian letter."""
    return text.casefold().translate(FOLD)


def words(text):
    """The folded words of `text`: letters and digits only, punctuation dropped."""
    return WORD.findall(fold(text).replace("_", " "))


def stem(word):
    """A crude stem: the word without its known endings, longest first, up to three
    rounds, always keeping 3 letters. Not a linguist's stemmer: the same word forms get
    the same stem on both sides of the search, which is all search needs."""
    for _round in range(STEM_ROUNDS):
        for ending in ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= STEM_MIN:
                word = word[: -len(ending)]
                break
        else:
            break
    return word


def folded_index_text(*texts):
    """Text for the search index: every folded word and each of its beginnings of 3
    letters or more, once each.

    A query word is reduced to its stem (`query_terms`), which is a beginning of the
    word, so it finds every form of the word in the index: "бакча" (stem "бакч") finds
    "бакчасына", "районе" (stem "рай") finds "район", "вода" finds "водой". Crude stems
    over-strip now and then; the beginnings make that harmless."""
    seen = {}
    for text in texts:
        for word in words(text or ""):
            seen.setdefault(word, None)
            for end in range(STEM_MIN, min(len(word), PREFIX_MAX_WORD)):
                seen.setdefault(word[:end], None)
    return " ".join(seen)


def query_stem(word):
    """The stem of a query word, without a final к, г, п or б: Kyrgyz voices them before
    a vowel ("түтүк" → "түтүгү", "мектеп" → "мектеби"), so the stem must stop before."""
    term = stem(word)
    if len(term) > STEM_MIN and term[-1] in VOICED_PAIRS:
        term = term[:-1]
    return term


def query_terms(text):
    """Stems of the words of a cleaned query, at most QUERY_MAX_TERMS, in order; words
    of one letter ("в", "и", "a") are left out, as every story has them."""
    terms = []
    for word in words(text):
        if len(word) < 2:
            continue
        term = query_stem(word)
        if term not in terms:
            terms.append(term)
    return terms[:QUERY_MAX_TERMS]


def place_key(text):
    """A spelling-tolerant key for a place name in any script: folded, transliterated to
    Latin, with dzh/dj/zh → j, kh → h, y → i, without spaces, hyphens or doubled letters.
    Бостери, Bosteri → "bosteri"; Каджи-Сай, Кажы-Сай, Kadzhi-Sai → "kajisai"."""
    latin = "".join(WORD.findall(fold(text))).translate(TRANSLIT)
    for variant, replacement in LATIN_VARIANTS:
        latin = latin.replace(variant, replacement)
    return REPEATED.sub(r"\1", latin)


def strip_adjective(word):
    for ending in ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


@functools.lru_cache(maxsize=8192)
def place_name_keys(name):
    """The keys under which a place name is found: the whole name, and the name without
    words such as "облусу", "район", "District", with a Russian adjective ending removed.
    Remembered per name: every rebuild of the story records asks for every place again."""
    tokens = [token for token in re.split(r"[\s,()]+", fold(name)) if token]
    keys = {place_key(" ".join(tokens))}
    proper = [token for token in tokens if token.strip(".") not in PLACE_WORDS_FOLDED]
    if proper:
        keys.add(place_key(" ".join(proper)))
        keys.add(place_key(" ".join([*proper[:-1], strip_adjective(proper[-1])])))
    keys.discard("")
    return frozenset(keys)


def place_word_stems():
    """Stems of the longer words for kinds of places ("районе" → "рай", as "района")."""
    return {stem(word) for word in PLACE_WORDS_FOLDED if len(word) >= PLACE_KEY_PREFIX_MIN}


def _key_matches(candidate, key, head=""):
    """Whether a run of query words (`candidate`, its first words alone giving `head`)
    names the place `key`: exactly, or with a short case ending on its last word."""
    if candidate == key:
        return True
    return (
        len(key) >= PLACE_KEY_PREFIX_MIN
        and len(key) > len(head)
        and candidate.startswith(key)
        and len(candidate) - len(key) <= PLACE_KEY_SUFFIX_MAX
    )


def find_places(text, aliases):
    """Places named in a query, and the words left over.

    `aliases` maps place keys (see `place_name_keys`) to sets of places. Runs of up to
    three words are tried, longest first, so "Кызыл-Суу" matches as one name; the last
    word may carry a case ending ("Бостериде", "в Узгене"). Once a place is found, words
    that name a kind of place ("район", "облусу") are consumed too.
    Returns (set of places, list of the remaining words).
    """
    tokens = words(text)
    places = set()
    used = [False] * len(tokens)
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            if any(used[start : start + size]):
                continue
            run = tokens[start : start + size]
            head = place_key(" ".join(run[:-1]))
            candidates = {place_key(" ".join(run))}
            candidates.add(place_key(" ".join([*run[:-1], strip_adjective(run[-1])])))
            found = set()
            for candidate in candidates:
                if not candidate:
                    continue
                for key, targets in aliases.items():
                    if _key_matches(candidate, key, head):
                        found |= targets
            if found:
                places |= found
                for index in range(start, start + size):
                    used[index] = True
    if places:
        for index, token in enumerate(tokens):
            if token in PLACE_WORDS_FOLDED or stem(token) in place_word_stems():
                used[index] = True
    rest = [token for token, taken in zip(tokens, used, strict=True) if not taken]
    return places, rest


def folded_words(*texts):
    """The set of folded words of every text given (empty texts skipped)."""
    return set(words(" ".join(text for text in texts if text)))


def has_terms(terms, words):
    """Whether every query stem (`query_terms`) begins one of the folded `words`: the rule
    by which a search document matches a query."""
    return all(any(word.startswith(term) for word in words) for term in terms)
