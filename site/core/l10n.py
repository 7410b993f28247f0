"""How Ashar writes money and qualified figures in Kyrgyz, Russian and English.

One formatter for money (`money_text`, `money_parts`): the amount grouped and with the
language's decimal sign, then the currency once, then what the amount is for. An editor may
have typed the currency into the "fee per" field ("сом / м³", "KGS per m³"); it is dropped
there so it is never printed twice.

Figures with a qualifier ("more than 140") put the qualifier where the language puts it:
before the number in Russian and English («более 140», "more than 140"), after it in Kyrgyz,
with the number in the ablative case («140тан ашык»). The ablative suffix follows Kyrgyz
voicing and vowel harmony on the last word of the number as it is read aloud
(140 = жүз кырк → кырк-тан; 1 200 = бир миң эки жүз → жүз-дөн).
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils import formats, translation
from django.utils.translation import gettext, gettext_lazy, pgettext, pgettext_lazy

from .choices import Qualifier

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

# A currency word an editor may have typed at the start of "fee per".
_CURRENCY_PREFIX = re.compile(
    r"^\s*(?:сом(?:ов|а|дон)?|som|soms|kgs|с\.)(?![\w])[\s.,:]*", re.IGNORECASE
)


def _language(language):
    return (language or translation.get_language() or "ky").split("-")[0]


def group_thousands(integer):
    """12345 → "12 345" with a narrow no-break space, as readers in Kyrgyzstan write it."""
    return f"{int(integer):,}".replace(",", NARROW_NBSP)


def amount_text(value, *, language=None):
    """An amount as readers write it: 1250 → "1 250"; 12.5 → "12,50" (ky, ru), "12.50" (en).
    None or "" gives ""; anything that is not a number is returned unchanged."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return str(value)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    whole = amount.to_integral_value()
    if amount == whole:
        return sign + group_thousands(whole)
    integer, _dot, fraction = f"{amount:.2f}".partition(".")
    decimal_sign = formats.get_format("DECIMAL_SEPARATOR", _language(language))
    return f"{sign}{group_thousands(integer)}{decimal_sign}{fraction}"


def currency_name(language=None):
    """The currency as written in running text: «сом» in Kyrgyz and Russian, "KGS" in
    English."""
    with translation.override(_language(language)):
        return gettext("KGS")


def per_text(per):
    """What the amount is for, without a currency word the editor may have typed first:
    "сом / м³" → "/ м³", "KGS per m³" → "per m³"."""
    return _CURRENCY_PREFIX.sub("", per or "", count=1).strip()


def money_parts(value, *, per="", language=None):
    """(amount, currency, per) of a sum of money, each already written for `language`."""
    return amount_text(value, language=language), currency_name(language), per_text(per)


def money_text(value, *, per="", language=None):
    """A sum of money in one line: "8 сом / м³", "8 сом за м³", "8 KGS per m³"; "" for
    no value."""
    amount, currency, rest = money_parts(value, per=per, language=language)
    if not amount:
        return ""
    text = f"{amount}{NBSP}{currency}"
    return f"{text} {rest}" if rest else text


# --- Month names -------------------------------------------------------------------------
# Django's date formats take month names from the catalogues: "F" the plain name, "E" the
# name after a day ("alt. month"). Django's own Kyrgyz catalogue capitalises them («Апрель»)
# and has no possessive; these entries of our catalogues win over Django's (LOCALE_PATHS
# comes first), so Kyrgyz gets «апрель» for "F" and «апрели» for "E"
# (config/formats/ky: «2024-жылдын 30-апрели»). Listed here so makemessages keeps them.
MONTH_NAMES = (
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
)
MONTH_NAMES_AFTER_DAY = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)


# --- Kyrgyz numbers in the ablative case --------------------------------------------------

_UNITS = ("нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз")
_TENS = ("", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон")
_SCALES = ("миң", "миллион", "миллиард")
_VOWELS = "аеёиоөуүыэюя"
_VOICELESS = "пткфхсшщчц"


def kyrgyz_last_word(number):
    """The last word of a whole number read aloud in Kyrgyz: 140 → "кырк", 1200 → "жүз",
    2000 → "миң", 5 → "беш", 0 → "нөл"."""
    number = abs(int(number))
    if number == 0:
        return _UNITS[0]
    if number % 10:
        return _UNITS[number % 10]
    if number % 100:
        return _TENS[(number % 100) // 10]
    if number % 1000:
        return "жүз"
    for word in _SCALES:
        number //= 1000
        if number % 1000:
            return word
    return _SCALES[-1]


def kyrgyz_ablative_suffix(word):
    """The ablative suffix a Kyrgyz word takes: -дан/-ден/-дон/-дөн after vowels and voiced
    consonants, -тан/-тен/-тон/-төн after voiceless ones; the vowel follows the word's last
    vowel (а, ы → а; е, э, и → е; о → о; у → а; ө, ү → ө)."""
    word = word.lower()
    last_vowel = next((ch for ch in reversed(word) if ch in _VOWELS), "а")
    vowel = {
        "а": "а",
        "ы": "а",
        "я": "а",
        "у": "а",
        "ю": "а",
        "о": "о",
        "ё": "о",
        "ө": "ө",
        "ү": "ө",
    }.get(last_vowel, "е")
    consonant = "т" if word[-1] in _VOICELESS else "д"
    return f"{consonant}{vowel}н"


def kyrgyz_ablative(number):
    """A number in the Kyrgyz ablative, digits kept: 140 → "140тан", 1200 → "1 200дөн"."""
    return group_thousands(number) + kyrgyz_ablative_suffix(kyrgyz_last_word(number))


def qualified_parts(value, qualifier, *, language=None):
    """(before, number, after) of a figure with its qualifier, for `language`: the number
    stays separate so a template can set it in bold."""
    language = _language(language)
    number = group_thousands(value)
    if qualifier == Qualifier.MORE_THAN:
        if language == "ky":
            suffix = kyrgyz_ablative_suffix(kyrgyz_last_word(value))
            return "", number, f"{suffix} ашык"
        with translation.override(language):
            return f"{gettext('more than')} ", number, ""
    if qualifier == Qualifier.ABOUT:
        with translation.override(language):
            return f"{pgettext('figure qualifier', 'about')} ", number, ""
    return "", number, ""


def qualified_text(value, qualifier, *, language=None):
    """A figure with its qualifier in one line: «140тан ашык», «более 140», "about 60"."""
    return "".join(qualified_parts(value, qualifier, language=language))
