"""Read values out of sentences: camera counts, money and dates (absolute and relative).

Counts go through evidence.counts.parse_count, so "over 200" is at least 201 here exactly as
in a case file. Dates are found by pattern first and only those spans go to dateparser, which
is far too slow to run over every sentence. Relative dates ("last year") are resolved against
the document's publication date, and left out when the document has none.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

import pycountry

from countersight.evidence.counts import CountError, parse_count
from countersight.evidence.values import CountValue, DateValue, MoneyValue
from countersight.geo.gazetteer import latin_key

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen"
)
_DIGITS = (
    # thousands set apart by spaces, as much of Europe and Central Asia writes them: "16 400"
    r"(?:[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9,.])"
    r"|[0-9၀-၉](?:[0-9၀-၉]|,(?=[0-9၀-၉]))*(?:\.[0-9]+)?)"  # not the comma after "2046,"
)
_QUALIFIER = (
    r"(?:over|more than|above|in excess of|upwards of|at least|no fewer than|no less than|"
    r"not fewer than|not less than|not more than|"
    r"a minimum of|fewer than|less than|under|below|up to|at most|no more than|as many as|"
    r"about|around|roughly|approximately|some|an estimated|nearly|almost|close to|just under|"
    r"several|a few|a couple of)"
)
_NUMBER = (
    rf"(?:{_DIGITS}(?:\s*(?:-|–|to)\s*{_DIGITS})?(?:\s+(?:thousand|million))?"
    # "one hundred and four": "and" only after a hundred or a thousand, not "two and three"
    rf"|(?:(?:{_NUMBER_WORDS})(?:(?:(?<=hundred)|(?<=thousand))\s+and)?[\s-]+)*"
    rf"(?:{_NUMBER_WORDS})"
    # "a dozen", "nearly a hundred", "a hundred and twelve"
    rf"|a\s+(?:dozen|(?:hundred|thousand)(?:\s+and(?:[\s-]+(?:{_NUMBER_WORDS}))+)?)"
    r"|hundreds|thousands|dozens|tens of thousands)"
)
# A tender's bounds, "not fewer than 40 and not more than 46": parse_count reads the range.
_BOUNDED = (
    rf"(?:not|no)\s+(?:fewer|less)\s+than\s+{_NUMBER}\s+and\s+(?:not|no)\s+more\s+than\s+{_NUMBER}"
)
COUNT = re.compile(
    # (not a year and month: "2043-04 - Street cameras")
    # (not the verb "takes over 48 cameras", "handed over 20 cameras")
    r"(?<!\btake\s)(?<!\btakes\s)(?<!\btook\s)(?<!\btaken\s)(?<!\btaking\s)(?<!\bhanded\s)"
    r"(?<!\bhands\s)(?<!\bhand\s)(?<!\bhanding\s)"
    rf"(?<![\w.$])(?<!\d-)(?!\d{{4}}-\d{{2}}\b)(?P<count>{_BOUNDED}|(?:{_QUALIFIER}\s+)?(?:between\s+{_NUMBER}\s+and\s+)?{_NUMBER})"
    r"(?:\s+of)?(?![\w%])",
    re.IGNORECASE,
)

# Money: "US$1.2 million", "$500,000", "MMK 2.5 billion", "2.5 billion kyat", "€3m".
# (and as much of Europe, Africa and Latin America writes it: "EUR 1.180.000,00", "Kz 1.350.000")
_AMOUNT = (
    r"(?P<num{0}>\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d{{1,2}})?(?!\d|\.\d)|\d{{1,3}}\.\d{{3}},\d{{1,2}}(?!\d)"
    # "742 500,00 EUR": spaces between the thousands, a comma before the cents
    r"|\d{{1,3}}(?:[ \u00a0]\d{{3}})+,\d{{1,2}}(?!\d)"
    # ... or none: "1 450 000 000 FCFA", "XOF 410 000 000"
    r"|\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?![\d,]|\.\d)"  # (a full stop may end the sentence)
    # "CHF 96'400.–": Switzerland's and Liechtenstein's apostrophes between the thousands
    r"|\d{{1,3}}(?:['’]\d{{3}})+(?:\.\d{{2}})?(?!\d)"
    r"|\d[\d,]*(?:\.\d+)?)"
)
_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
# ("Kyats 8,950 Million" on a plaque: the words capitalised)
_SCALE = (
    r"(?:\s*(?P<mag{0}>thousand|million|billion|Thousand|Million|Billion|mn|bn|m|k|crores?|"
    r"lakhs?|mln|mld|mrd|mio|mia)\b\.?)?"
)


# ISO 4217 names that English also uses for other things ("won", "real", "sum", "a dram of").
_CURRENCY_NAMES_THAT_ARE_WORDS = frozenset(
    {"won", "real", "sum", "mark", "sol", "oro", "dram", "sterling", "gold", "omani", "previsional"}
)


def _iso_currency_names() -> dict[str, str]:
    """Currency names ISO 4217 gives to one national currency only ("lari", "naira",
    "guarani"), read in lower case after an amount ("21 million lari"). Names many share (peso,
    dollar) are read elsewhere; the X codes (gold, funds, test and accounting units) never."""
    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        written = currency.name.split()[-1]
        word = latin_key(written)
        if (
            all(c.isalpha() or not c.isascii() for c in written)  # not "(UDI)" or "day)"
            and not currency.alpha_3.startswith("X")
            and word not in _CURRENCY_NAMES_THAT_ARE_WORDS
        ):
            codes.setdefault(word, set()).add(currency.alpha_3)
    return {word: code.pop() for word, code in codes.items() if len(code) == 1}


_ISO_CURRENCY_NAMES = _iso_currency_names()
_ACCENTED = {"a": "[aáàâä]", "e": "[eéèêë]", "i": "[iíìîï]", "o": "[oóòôö]", "u": "[uúùûü]"}
_ISO_NAME_AFTER = "|".join(
    "".join(_ACCENTED.get(letter, letter) for letter in name)  # "guaraníes" is a guarani
    for name in sorted(_ISO_CURRENCY_NAMES, key=len, reverse=True)
)

# Currencies by their own signs, before or after the sum: "₹ 12 crore", "3 840 500 000 ₮"
_CURRENCY_SIGNS = {
    "₮": "MNT",
    "₸": "KZT",
    "₴": "UAH",
    "₹": "INR",
    "₦": "NGN",
    "₱": "PHP",
    "₩": "KRW",
    "₫": "VND",
    "₺": "TRY",
    "₼": "AZN",
    "₾": "GEL",
    "₭": "LAK",
    "៛": "KHR",
    "₲": "PYG",
}
_SIGN = "[" + "".join(_CURRENCY_SIGNS) + "]"
# The Nordic krone or krona, by its names and abbreviation: which one, the country decides.
_KRONE_NAMES = ("kr", "kroner", "krone", "kronor", "krona")
# Any ISO 4217 code before the amount ("TZS 18 billion", "NGN 3bn"); checked against pycountry.
_MONEY = re.compile(
    # (also the Dominican "RD$", Rwanda's "Frw", Guatemala's "Q4,862,500.00", Madagascar's "Ar")
    rf"(?P<pre>US\$|U\$S|U\.S\.\s*\$|GH[¢₵]|₵|{_SIGN}|(?<![A-Za-z])(?:N|A|C|NZ|S|HK|NT|R|J|RD)\$|\$|€|£|¥|₡|RMB|Ks\.?|Tk\.?|Kz|Bs\.?|Kyats?(?=\s?\d)|Frw|(?<![A-Za-z])Q(?=\d{{1,3}}(?:,\d{{3}})+)|(?<![A-Za-z])Ar(?=\s?\d)|K|(?<![A-Za-z])R(?=\d[\d,]*(?:\.\d+)?\s?(?:million|billion|bn|m)\b)|(?<![A-Za-z])[A-Z]{{3}})\s?"
    + _AMOUNT.format(1)
    + _SCALE.format(1)
    + r"|(?<![\w.])"
    + _AMOUNT.format(2)
    + _SCALE.format(2)
    # (the sum in words in brackets between: "2 486 400 000 (two billion …) AMD")
    + r"(?:\s*\([a-z ,-]{3,160}\))?"
    + r"\s*(?P<post>US dollars?|"
    # "1.4 billion Rwandan francs", "N$ ... Namibian dollars": the country decides the currency
    r"(?:(?:[A-Z][a-z]+(?:an|ese|i)|Swiss)\s+)(?:francs?|dollars?|shillings?|rupees?|pesos?|dinars?)|"
    r"dollars?|USD|EUR|kyats?|MMK|yuan|euros?|CNY|(?:Kenyan |Ugandan |"
    r"Tanzanian )?shillings?|(?:Pakistani |Indian |Sri Lankan )?rupees?|(?:Serbian )?dinars?|"
    r"pesos?|colones|ringgit|baht|riel|taka|tenge|tugriks?|tögrögs?|(?:CFA )?francs?(?: CFA)?|"
    r"F\s?CFA"
    # Armenia's dram: "1.9 billion drams", but "2 drams of whisky" is a measure
    r"|drams(?!\s+of\b)"
    # Romania's and Moldova's leu, plural lei ("38 million lei"); Bulgaria's lev, plural leva
    r"|lei|leu|leva|zł|złotych|Kč|meticais|"
    + "|".join(_KRONE_NAMES)
    + "|"
    # a currency's own sign after the sum: "3 840 500 000 ₮", "1 184,6 млрд ₸"
    + _SIGN
    # any ISO 4217 code after the sum: "2.3 million PLN" (checked against the list below)
    + r"|[A-Z]{3}"
    # "21 million lari", "38 billion guaraníes", "4 million naira"
    rf"|(?:{_ISO_NAME_AFTER})(?:e?s)?)(?:\b|(?<={_SIGN}))",
)
# A sum in words, as contracts and some reporters write it: "six hundred and forty million
# kyats", "two billion kyat".
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand)"
)
_MONEY_WORDS = re.compile(
    rf"(?<![\w-])(?P<words>{_NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+){_NUMBER_WORD})*)\s+"
    r"(?P<mag>thousand|million|billion)\s+(?P<cur>kyats?|US dollars?|dollars|euros?|yuan)\b",
    re.IGNORECASE,
)
_BIGGER_BEFORE = re.compile(r"\b(?:million|billion|thousand)\s+(?:and\s+)?$", re.IGNORECASE)
_CURRENCIES = {
    "US$": "USD",
    "U$S": "USD",  # as the River Plate writes it: "U$S 1.250.000"
    "USD": "USD",
    # dollars and reals written with their country's letter: "N$58 million" (Namibia)
    "N$": "NAD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "NT$": "TWD",
    "R$": "BRL",
    "J$": "JMD",
    "R": "ZAR",  # South Africa's rand: "R112.6 million"
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "₡": "CRC",  # the colón of Costa Rica
    "colones": "CRC",
    "GBP": "GBP",
    "¥": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "yuan": "CNY",
    "MMK": "MMK",
    "Ks": "MMK",
    "Kz": "AOA",  # Angola's kwanza: "Kz 1.350.000.000,00"
    # Ghana's cedi, its sign often typed as the cent sign: "GH¢ 48,600,000.00"
    "GH¢": "GHS",
    "GH₵": "GHS",
    "₵": "GHS",
    "NIS": "ILS",  # the new shekel, as Israeli and Palestinian documents write it
    "shekels": "ILS",
    "Bs": "VES",  # Venezuela's bolívar: "Bs. 41.600.000,00"
    "RD$": "DOP",
    "Frw": "RWF",
    "Q": "GTQ",  # the quetzal: "Q4,862,500.00"
    "Ar": "MGA",  # the ariary: "Ar 3 150 000 000"
    "Kč": "CZK",
    "meticais": "MZN",
    "K": "MMK",
    "kyat": "MMK",
    "kyats": "MMK",
    "dollars": "USD",
    "US dollars": "USD",
    "shillings": "KES",
    "Kenyan shillings": "KES",
    "Ugandan shillings": "UGX",
    "Tanzanian shillings": "TZS",
    "rupees": "INR",
    "Indian rupees": "INR",
    "Pakistani rupees": "PKR",
    "Sri Lankan rupees": "LKR",
    "pesos": "MXN",
    "dinars": "RSD",
    "Serbian dinars": "RSD",
    "ringgit": "MYR",
    "baht": "THB",
    "riel": "KHR",
    "taka": "BDT",
    "Tk": "BDT",
    "BDT": "BDT",
    "KZT": "KZT",
    "tenge": "KZT",
    "drams": "AMD",
    "MNT": "MNT",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "tögrög": "MNT",
    "tögrögs": "MNT",
    "THB": "THB",
    "INR": "INR",
    "PKR": "PKR",
    "CFA francs": "XOF",
    "francs": "XOF",
    "Swiss francs": "CHF",
    "francs CFA": "XOF",
    "FCFA": "XOF",
    "F CFA": "XOF",
    "lei": "RON",
    "leu": "RON",
    "leva": "BGN",
    "zł": "PLN",
    **_CURRENCY_SIGNS,
    # the krone and the krona until the country says which (see COUNTRY_CURRENCY)
    **dict.fromkeys(("kr", "kroner", "krone"), "DKK"),
    **dict.fromkeys(("kronor", "krona"), "SEK"),
    "złotych": "PLN",
}
# Currencies whose name many countries share: the country the document is about decides.
COUNTRY_CURRENCY = {
    ("shillings", "UG"): "UGX",
    ("shillings", "TZ"): "TZS",
    ("rupees", "PK"): "PKR",
    ("rupees", "LK"): "LKR",
    ("rupees", "NP"): "NPR",
    ("pesos", "PH"): "PHP",
    ("pesos", "MX"): "MXN",
    ("pesos", "AR"): "ARS",
    ("pesos", "CO"): "COP",
    ("pesos", "CL"): "CLP",
    ("lei", "MD"): "MDL",
    **{
        (name, country): currency
        for name in (*_KRONE_NAMES, "kr.")
        for country, currency in (("DK", "DKK"), ("NO", "NOK"), ("SE", "SEK"), ("IS", "ISK"))
    },
    ("leu", "MD"): "MDL",
    # The CFA franc of central Africa (XAF) is not that of west Africa (XOF).
    **{
        (name, country): "XAF"
        for name in ("cfa", "fcfa")
        for country in ("CM", "CF", "TD", "CG", "GQ", "GA")
    },
    # "C$" is Nicaragua's córdoba there, Canada's dollar elsewhere
    ("c$", "NI"): "NIO",
}
_MAGNITUDE = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    # Central and eastern Europe's abbreviations: "2,3 mln zł", "1,2 mld Kč"
    "mln": 1_000_000,
    "mld": 1_000_000_000,
    "mrd": 1_000_000_000,
    # ... and the Nordic "27,4 mio. kr.", "1,2 mia. kr."
    "mio": 1_000_000,
    "mia": 1_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Burmese money: "ကျပ် ၂.၅ ဘီလီယံ" (kyat 2.5 billion), "ဒေါ်လာ ၁.၂ သန်း" (US$1.2 million),
# "ကျပ်သိန်း ၅၀၀" (500 lakh kyat), "ကျပ် ၃၈ ကုဋေ" (38 crore kyat), "ကျပ် ၁၄ ကုဋေ ၇၅ သိန်း".
# "၆ ဒသမ ၈" (6 point 8): the decimal point written as a word
_MY_DIGITS = r"[၀-၉0-9][၀-၉0-9,]*(?:(?:\.|\s*ဒသမ\s*)[၀-၉0-9]+)?"
_MONEY_MY = re.compile(
    # "ကျပ်သန်း ၉၅၀" (kyat million 950): the magnitude may stand before the number.
    rf"(?:(?P<cur>ကျပ်|စင်ကာပူဒေါ်လာ|ဒေါ်လာ|အမေရိကန်ဒေါ်လာ|ယွမ်|ယန်း|ဘတ်|ယူရို|ဝမ်|ရင်းဂစ်)\s*(?:(?P<lakh>သိန်း)|(?P<premag>သန်း|ဘီလီယံ))?"
    rf"|(?P<lakh2>သိန်း))\s*"
    # (a tender's figure in brackets: "ကျပ်သိန်း (၆,၂၀၀)")
    rf"\(?(?P<num>{_MY_DIGITS})\)?\s*(?P<mag>ဘီလီယံ|ကုဋေ|သန်း|သိန်း|ထောင်)?"
    # ... and the lakhs after the crores: "ကျပ် ၁၄ ကုဋေ ၇၅ သိန်း" (14 crore 75 lakh kyat)
    rf"(?:(?<=ကုဋေ)\s*(?P<more>[၀-၉0-9]{{1,2}})\s*သိန်း)?"
    # "၄,၅၀၀ သိန်း" (4,500 lakh): kyat by default, "သိန်း" being a sum of kyat.
    rf"|(?<![၀-၉0-9,])(?P<num2>{_MY_DIGITS})\s*(?P<lakh3>သိန်း)(?:\s*(?P<cur2>ကျပ်))?"
)
_MY_MAGNITUDE = {
    "ဘီလီယံ": 1_000_000_000,
    "ကုဋေ": 10_000_000,
    "သန်း": 1_000_000,
    "သိန်း": 100_000,
    "ထောင်": 1_000,
}
_MY_CURRENCY = {
    "ကျပ်": "MMK",
    "ဒေါ်လာ": "USD",
    "အမေရိကန်ဒေါ်လာ": "USD",
    "ယွမ်": "CNY",
    # ... and where Burmese migrants and students live: yen, baht, euro, won, ringgit
    "ယန်း": "JPY",
    "ဘတ်": "THB",
    "ယူရို": "EUR",
    "ဝမ်": "KRW",
    "ရင်းဂစ်": "MYR",
    "စင်ကာပူဒေါ်လာ": "SGD",
}

# Dates worth handing to dateparser: a month with a year, a day-month-year, a bare year.
_FULL_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[89]\d|20[0-9]\d)"
_MY_MONTH = (
    r"(?:ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|"
    r"နိုဝင်ဘာ|ဒီဇင်ဘာ)"
)
# Burmese number words, one to nine.
MY_NUMBER_WORDS = {
    "တစ်": 1,
    "နှစ်": 2,
    "သုံး": 3,
    "လေး": 4,
    "ငါး": 5,
    "ခြောက်": 6,
    "ခုနစ်": 7,
    "ရှစ်": 8,
    "ကိုး": 9,
}
_MY_DIGIT_WORD = "(?:" + "|".join(MY_NUMBER_WORDS) + ")"
# Tens, hundreds and thousands take a creaky tone inside a number: "သုံးဆယ့်ရှစ်" (38), "ငါးရာ့နှစ်ဆယ်"
# (520); the plain forms end it ("လေးဆယ်", 40).
_MY_SCALE_WORDS = {"ဆယ": 10, "ရာ": 100, "ထောင": 1_000, "သောင်း": 10_000, "သိန်း": 100_000}
_MY_SCALE_WORD = r"(?:ဆယ့?်|ရာ့?|ထောင့?်|သောင်း|သိန်း)"
# (a hundred or a thousand needs its number: "ရာ" alone starts another word, "ရာထူး", rank)
MY_WORD_NUMBER = (
    rf"(?:{_MY_DIGIT_WORD}{_MY_SCALE_WORD}|ဆယ့?်)"
    rf"(?:{_MY_DIGIT_WORD}?{_MY_SCALE_WORD})*{_MY_DIGIT_WORD}?"
)
_MY_NUMBER_PART = re.compile(rf"({_MY_DIGIT_WORD})?({_MY_SCALE_WORD})|({_MY_DIGIT_WORD})$")


def burmese_word_number(words: str) -> int | None:
    """A number written in Burmese words ("သုံးဆယ့်ရှစ်", 38), or None if it is not one."""
    total, position = 0, 0
    while position < len(words):
        part = _MY_NUMBER_PART.match(words, position)
        if part is None:
            return None
        digit, scale, last = part.groups()
        if last:
            total += MY_NUMBER_WORDS[last]
        else:
            stem = scale.replace("\u1037", "").removesuffix("\u103a")
            total += MY_NUMBER_WORDS.get(digit, 1) * _MY_SCALE_WORDS[stem]
        position = part.end()
    return total or None


# How far back "... years ago" reaches, in words or figures ("a year ago", "eight years ago").
_WORD_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_AGO_NUMBER = rf"(?:{'|'.join(_WORD_NUMBERS)}|\d+)"
_MY_YEAR = r"(?:[၁1][၉9][၀-၉0-9]{2}|[၂2][၀0][၀-၉0-9]{2})"
DATE = re.compile(
    # "since the 2021 coup": Myanmar's military seized power on 1 February 2021
    r"(?<![\w])(?:(?P<coup>(?<=the\s)(?:February\s+)?2021\s+(?:military\s+)?coup)|"
    rf"(?P<absolute>(?:\d{{1,2}}\s+{_MONTH}\s+{_YEAR}|{_MONTH}\s+\d{{1,2}},?\s+{_YEAR}"
    rf"|(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|beginning)\s+)?"
    rf"(?:{_MONTH}\s+(?:of\s+)?)?{_YEAR}|\d{{4}}-\d{{2}}-\d{{2}}))"
    # "switched on on 8 June": a day and month with no year, the last such before publication
    rf"|(?P<daymonth>\d{{1,2}}\s+(?-i:{_FULL_MONTH}))\b(?!\s*,?\s*\d)"
    r"(?!\s+(?:of\s+)?(?:last|this)\s+year)"
    # ... and as a wire writes it, month first: "on Dec. 10", "on December 10", "since April 10"
    rf"|(?:(?<=\bon\s)|(?<=\bsince\s))(?P<monthday>(?-i:{_MONTH})\s+\d{{1,2}})\b(?!\s*,?\s*\d)"
    r"(?!\s+(?:of\s+)?(?:last|this)\s+year)"
    # "2 December last year": the month, in the year the words point to
    rf"|(?P<relmonth>(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:of\s+)?(?:last|this)\s+year|last\s+{_MONTH}"
    # "August two years ago", "March of the year before last"
    rf"|{_MONTH}\s+(?:of\s+)?(?:{_AGO_NUMBER}\s+years?\s+ago"
    r"|the\s+year\s+before\s+last)"
    # "the November before last": the November before the last one
    rf"|(?<=the\s)(?-i:{_FULL_MONTH})\s+before\s+last)"
    # A month named alone after "in", "since", "from": the last such month before publication.
    rf"|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bfrom\s))(?:(?:the\s+)?(?:start|beginning|middle|end|"
    rf"(?:first|second|third|last|final)\s+(?:week|weeks|days|half|fortnight))\s+of\s+|early\s+|"
    rf"late\s+|mid-?)?(?P<baremonth>(?-i:{_FULL_MONTH}))\b(?!\s+\d)"
    # "the last week of the year before last": its December
    r"|(?P<relative>(?:the\s+)?(?:last|final)\s+(?:week|weeks|days|fortnight)\s+of\s+(?:the\s+"
    r"year\s+before\s+last|last\s+year|this\s+year)|"
    r"the\s+(?:year|month)\s+before\s+last|last\s+(?:year|month|week)(?!['’]s\s)|"
    r"this\s+year(?!['’]s\s)|"
    # "switched on last Friday": the month of the last such day before publication (a bare "on
    # Thursday" is mostly the day something was said, and was measured to add far more wrong
    # starts than right ones)
    r"last\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"earlier\s+this\s+year"
    r"|(?:earlier\s+)?this\s+(?:month|week)|(?:the\s+)?(?:start|beginning)\s+of\s+(?:this|the)\s+month"
    r"|(?:the\s+)?(?:start|beginning)\s+of\s+(?:this|the)\s+year"
    rf"|{_AGO_NUMBER}\s+(?:years?|months?|fortnights?|weeks?|days?)\s+ago"
    rf"(?:\s+this\s+(?:month|week)|(?:(?<=year\sago)|(?<=years\sago)),?\s+in\s+(?-i:{_FULL_MONTH}))?)"
    # Festivals that fall in one month: Tabaung (March), Thingyan, the water festival (April),
    # Thadingyut (October), Tazaungdaing (November), Christmas: "since the water festival last
    # year", "at the Tabaung pagoda festival this year", "just before Christmas three years ago"
    # New Year's Eve, and "the last night of 2040" with its year
    # ... and national days, and "last year's Thingyan", "this year's Union Day"
    r"|(?P<festival>(?:the\s+)?(?:(?P<festivalyear>last|this)\s+year['’]s\s+)?"
    r"(?:Tabaung|Thingyan|water\s+festival|Thadingyut|Tazaungdaing|Christmas|"
    r"Martyrs['’]?\s+Day|Union\s+Day|Independence\s+Day|"
    r"New\s+Year['’]s\s+(?:Eve|Day)|last\s+night(?=\s+of\s+\d{4}))"
    r"(?:\s+(?:pagoda\s+)?(?:festival|holidays?))?"
    rf"(?P<festivalwhen>\s+(?:last|this)\s+year|\s+(?:of|in)\s+{_YEAR}|\s+before\s+last"
    rf"|\s+{_AGO_NUMBER}\s+years?\s+ago)?)"
    # ... and in Burmese: "ခရစ္စမတ်ပွဲတော် မတိုင်မီ" (before Christmas), "သင်္ကြန်" (Thingyan)
    # "လွန်ခဲ့သော နှစ်နှစ်က သီတင်းကျွတ်" (Thadingyut two years ago)
    # ... "ယမန်နှစ် သင်္ကြန်" (Thingyan last year)
    r"|(?:လွန်ခဲ့သော\s*(?P<myago>တစ်|နှစ်|သုံး|လေး|ငါး|[၁-၉])\s*နှစ်က\s*|(?P<mylastyear>ယမန်နှစ်|မနှစ်က|တမြန်နှစ်|ပြီးခဲ့(?:တဲ့|သည့်)\s*နှစ်)\s*)?"
    r"(?P<myfestival>ခရစ္စမတ်|သင်္ကြန်|သီတင်းကျွတ်|တန်ဆောင်တိုင်|နှစ်သစ်ကူးည)"
    # "လွန်ခဲ့သော နှစ်ပတ်ခန့်က" (about two weeks ago), "လွန်ခဲ့သော သုံးလက" (three months ago),
    # "လွန်ခဲ့သော သုံးနှစ်က ယခုလ" (three years ago this month)
    r"|လွန်ခဲ့သော\s*(?P<myagocount>တစ်|နှစ်|သုံး|လေး|ငါး|ခြောက်|ခုနစ်|ရှစ်|ကိုး|[၁-၉][၀-၉]?)\s*"
    r"(?P<myagounit>ပတ်|လ|နှစ်)\s*(?:ခန့်|လောက်)?\s*က(?P<myagothismonth>\s*ယခုလ)?"
    # "လွန်ခဲ့သော သုံးနှစ်က ဇွန်လ" (three years ago, in June)
    rf"(?:(?<=နှစ်က)\s*(?P<myagomonth>{_MY_MONTH})လ)?"
    rf"|(?P<my>(?P<myyear>{_MY_YEAR})\s*ခုနှစ်(?:\s*၊?\s*(?P<mymonth>{_MY_MONTH})လ?)?"
    rf"|(?P<mymonthfirst>{_MY_MONTH})လ\s*(?:၊\s*)?(?P<myyear2>{_MY_YEAR})(?:\s*ခုနှစ်)?"
    # "ပြီးခဲ့သည့် ဒီဇင်ဘာလ" (last December), "ယခုလ" (this month), "ဇူလိုင်လ ၃ ရက်" (3 July).
    # "မတ်လကစပြီး", "ဧပြီလနှောင်းပိုင်းမှစ၍" (since March, since late April): the last one so named
    rf"|(?P<mybare>{_MY_MONTH})လ(?=(?:နှောင်းပိုင်း|အစောပိုင်း|အစ|လယ်|ကုန်)?\s*(?:မှ|က)\s*စ)"
    # ... and "စက်တင်ဘာလ ဒုတိယပတ်တွင်" (in the second week of September), "ဇူလိုင်လတွင်" (in July):
    # a bare month, which dates only the verb right after it
    rf"|(?P<mybarein>{_MY_MONTH})လ(?=\s*(?:(?:ပထမ|ဒုတိယ|တတိယ|စတုတ္ထ|နောက်ဆုံး)\s*(?:အ)?ပတ်\s*)?"
    r"(?:တွင်|မှာ|၌|အတွင်း))"
    rf"|(?P<mylast>ပြီးခဲ့သည့်|ယခု|ဒီ)\s*(?P<mylastmonth>{_MY_MONTH})?လ(?=\s|။|၊|တွင်|အတွင်း|အစ|အကုန်|ကုန်|နှောင်း|၌|က(?![\u102b-\u103e])|မှ|$)"
    rf"|(?P<mydaymonth>{_MY_MONTH})လ\s*(?P<myday>[၀-၉0-9]{{1,2}})\s*ရက်"
    # "တမြန်နှစ် နောက်ဆုံးအပတ်" (the last week of the year before last): its December
    rf"|(?P<myrel>မနှစ်က|ယမန်နှစ်|ယခုနှစ်|ဒီနှစ်|ယခင်နှစ်|မနှစ်|တမြန်နှစ်)(?:\s*(?P<myrelmonth>{_MY_MONTH})လ"
    r"|\s*(?P<myyearend>နောက်ဆုံး\s*(?:အပတ်|ရက်)))?))"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_MY_MONTHS = (
    "ဇန်နဝါရီ",
    "ဖေဖော်ဝါရီ",
    "မတ်",
    "ဧပြီ",
    "မေ",
    "ဇွန်",
    "ဇူလိုင်",
    "ဩဂုတ်",
    "စက်တင်ဘာ",
    "အောက်တိုဘာ",
    "နိုဝင်ဘာ",
    "ဒီဇင်ဘာ",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "သြဂုတ်",
)


@dataclass(frozen=True, slots=True)
class Found:
    """A value found in text at [start, end)."""

    value: CountValue | MoneyValue | DateValue
    start: int
    end: int
    burmese: bool = False
    bare_month: bool = False  # "in September": only the words right before say what began then


def counts_before(text: str, end: int, *, window: int = 60) -> Found | None:
    """The count phrase closest before `end` ("over 200" in "over 200 Dahua cameras")."""
    start = max(0, end - window)
    best: Found | None = None
    for match in COUNT.finditer(text, start, end):
        phrase = match.group("count")
        value = count_value(phrase)
        if value is not None:
            best = Found(value, match.start("count"), match.end("count"))
    return best


# "Several hundred" and "a few dozen" are the plural magnitudes ("hundreds", "dozens").
_VAGUE_SCALE = re.compile(
    r"^(?:several|a few|a couple of|some)\s+(?P<scale>dozen|hundred|thousand)$", re.IGNORECASE
)


def count_value(phrase: str) -> CountValue | None:
    """A CountValue for a phrase, or None when it is not a count (or is a year)."""
    cleaned = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", " ".join(phrase.split()))
    # "1.850 cameras": no count has a fraction, so a point before three digits groups thousands
    cleaned = re.sub(r"(?<![\d.])(\d{1,3})\.(\d{3})(?![\d.])", r"\1\2", cleaned)
    if re.fullmatch(r"(?:19|20)\d\d", cleaned):
        return None
    vague = _VAGUE_SCALE.match(cleaned)
    reading = f"{vague.group('scale').casefold()}s" if vague else cleaned
    try:
        found = parse_count(reading)
    except CountError:
        return None
    return CountValue(min=found.minimum, max=found.maximum, text=cleaned)


_GROUPED_MILLIONS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d{2})?")


def find_money(text: str) -> list[Found]:
    """Every sum of money in text, English or Burmese."""
    found: list[Found] = []
    for match in _MONEY.finditer(text):
        marker = match.group("pre") or match.group("post")
        if (
            match.group("post")
            and not marker.endswith("s")
            and marker not in _CURRENCIES
            and not _iso_currency(marker)
        ):
            marker += "s"  # "a 14.9 billion shilling contract"
        currency = (
            _CURRENCIES.get(marker.rstrip("."))
            or _CURRENCIES.get(marker.casefold())
            or _iso_currency(marker)
            or _iso_currency_named(marker)
            or _CURRENCIES.get(marker.split()[-1])  # "Rwandan francs": the unit, localised later
        )
        if currency is None:
            continue
        number = match.group("num1") or match.group("num2")
        magnitude = match.group("mag1") or match.group("mag2")
        if marker == "K" and not magnitude and not _GROUPED_MILLIONS.fullmatch(number):
            continue  # "K 500" alone is too often not money; "K 310,000,000" is kyats
        amount = _amount(number, magnitude)
        if amount is not None:
            found.append(Found(_money(amount, currency, match.group(0)), *match.span()))
    for match in _MONEY_WORDS.finditer(text):
        if _BIGGER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # the tail of "one million one hundred and eighty thousand euro"
        try:
            count = parse_count(match.group("words").casefold())
        except CountError:
            continue
        if count.minimum != count.maximum:
            continue
        marker = match.group("cur")
        currency = next(
            (_CURRENCIES[m] for m in (marker, marker.casefold(), marker + "s") if m in _CURRENCIES),
            None,
        )
        if currency is not None:
            amount = _amount(str(count.minimum), match.group("mag"))
            if amount is not None:
                found.append(Found(_money(amount, currency, match.group(0)), *match.span()))
    for match in _MONEY_MY.finditer(text):
        number = re.sub(
            r"\s*ဒသမ\s*", ".", _burmese_digits(match.group("num") or match.group("num2"))
        )
        amount = _amount(number, None)
        if amount is None:
            continue
        if match.group("lakh") or match.group("lakh2") or match.group("lakh3"):
            amount *= 100_000
        for magnitude in (match.group("premag"), match.group("mag")):
            if magnitude:
                amount *= _MY_MAGNITUDE[magnitude]
        if match.group("more"):
            amount += int(_burmese_digits(match.group("more"))) * _MY_MAGNITUDE["သိန်း"]
        currency = _MY_CURRENCY.get(match.group("cur") or "ကျပ်", "MMK")
        found.append(Found(_money(amount, currency, match.group(0)), *match.span()))
    return found


# ISO 4217 codes that are also English words in capitals: "TOP 10", "ALL 1,200", "SOS 112".
_CODES_THAT_ARE_WORDS = frozenset({"TOP", "ALL", "SOS", "CUP", "MOP"})


@cache
def _iso_currency(code: str) -> str | None:
    """An ISO 4217 code as written ("TZS"), or None for other capitals ("CEO", "ANPR")."""
    if len(code) != 3 or not code.isupper() or code in _CODES_THAT_ARE_WORDS:
        return None
    return code if pycountry.currencies.get(alpha_3=code) else None


def _iso_currency_named(name: str) -> str | None:
    """The currency an ISO 4217 name stands for, singular or plural ("laris", "guaraníes")."""
    word = latin_key(name)
    for form in (word, word.removesuffix("s"), word.removesuffix("es")):
        if form in _ISO_CURRENCY_NAMES:
            return _ISO_CURRENCY_NAMES[form]
    return None


def localise_currency(value: MoneyValue, country: str) -> MoneyValue:
    """Rupees in Pakistan are PKR, shillings in Uganda UGX, francs in Rwanda RWF: read the
    name with the country."""
    words = value.text.casefold().split()
    for (name, code), currency in COUNTRY_CURRENCY.items():
        if code == country and name in words:
            return value.model_copy(update={"currency": currency})
    national = _national_currency(country)
    if national and any(word.rstrip("s") == national[1] for word in words):
        return value.model_copy(update={"currency": national[0]})
    if national and national[1] == "dollar" and value.text.startswith("$"):
        return value.model_copy(update={"currency": national[0]})  # "$1.75 million" in Saskatoon
    if (
        national
        and national[1].startswith("k")
        and value.currency == "MMK"
        and re.match(r"K\s?\d", value.text)
    ):
        # "K48.6 million" in Lusaka is kwacha, in Port Moresby kina, in Vientiane kip
        return value.model_copy(update={"currency": national[0]})
    return value


@cache
def _national_currency(country: str) -> tuple[str, str] | None:
    """A country's own currency and its unit word ("RWF", "franc"): ISO 4217 gives a national
    currency the country's ISO 3166 number, or, where a new currency took a new number (the
    zloty, the kwacha, the lari), a code that begins with the country's code."""
    place = pycountry.countries.get(alpha_2=country) if len(country) == 2 else None
    currency = pycountry.currencies.get(numeric=place.numeric) if place else None
    if place and currency is None:
        coded = [c for c in pycountry.currencies if c.alpha_3.startswith(place.alpha_2)]
        currency = coded[0] if len(coded) == 1 else None
    return (currency.alpha_3, latin_key(currency.name.split()[-1])) if currency else None


# Currencies a Myanmar story quotes without being about their country (loans, imports, prices).
_CURRENCIES_OF_THE_WORLD = frozenset({"USD", "EUR"})


@cache
def currency_country(currency: str) -> str | None:
    """The one country whose national currency this is ("RON": Romania), by ISO 4217's rule
    that a national code begins with the country's ISO 3166 alpha-2 code (numbers do not tie
    them: Romania is 642, the new leu 946); None for the dollar, the euro and units ("X…")."""
    if currency in _CURRENCIES_OF_THE_WORLD or currency.startswith("X"):
        return None
    country = pycountry.countries.get(alpha_2=currency[:2])
    return country.alpha_2 if country else None


def _money(amount: Decimal, currency: str, text: str) -> MoneyValue:
    if amount == amount.to_integral_value():
        amount = amount.to_integral_value()
    return MoneyValue(amount=amount, currency=currency, text=text.strip())


def _amount(number: str, magnitude: str | None) -> Decimal | None:
    if _POINT_THOUSANDS.fullmatch(number) and number.count(".") + number.count(",") > 1:
        number = number.replace(".", "").replace(",", ".")  # "1.180.000,00"
    elif magnitude and re.fullmatch(r"\d{1,3},\d{1,2}", number):
        number = number.replace(",", ".")  # "2,3 mln": a decimal comma before a magnitude
    elif re.fullmatch(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?", number):
        number = re.sub(r"[ \u00a0]", "", number).replace(",", ".")  # "742 500,00", "1 450 000"
    try:
        amount = Decimal(re.sub(r"[,'’]", "", number))
    except InvalidOperation:
        return None
    if magnitude:
        amount *= _MAGNITUDE[magnitude.casefold()]
    return amount


def _burmese_digits(text: str) -> str:
    return "".join(str(ord(c) - 0x1040) if "၀" <= c <= "၉" else c for c in text)


@lru_cache(maxsize=4096)
def find_dates(text: str, published: date | None) -> tuple[Found, ...]:
    """Dates in text as ranges; relative ones need `published` to be resolved. (Cached: the
    rules and the start model both read a sentence's dates.)"""
    found: list[Found] = []
    for match in DATE.finditer(text):
        value: DateValue | None
        if match.group("coup"):
            value = _month(2021, 2, match.group("coup"))
        elif match.group("absolute"):
            value = _absolute(match.group("absolute"))
        elif day_month := match.group("daymonth") or match.group("monthday"):
            month_name = day_month.split()[-1 if match.group("daymonth") else 0].rstrip(".")
            value = _relative_month(month_name, published)
            if value is not None:
                value = value.model_copy(update={"text": day_month})
        elif match.group("relmonth") or match.group("baremonth"):
            value = _relative_month(match.group("relmonth") or match.group("baremonth"), published)
        elif match.group("relative"):
            value = _relative(match.group("relative").casefold(), published)
        elif match.group("festival"):
            when = match.group("festivalwhen")
            if match.group("festivalyear"):
                when = f"{match.group('festivalyear')} year"
            value = _festival(match.group("festival"), when, published)
        elif match.group("myfestival"):
            english = _MY_FESTIVAL[match.group("myfestival")]
            when = None
            if back := match.group("myago"):
                years = MY_NUMBER_WORDS.get(back) or int(_burmese_digits(back))
                when = f"{years} years ago"
            elif match.group("mylastyear") == "တမြန်နှစ်":
                when = "2 years ago"  # the year before last
            elif match.group("mylastyear"):
                when = "last year"
            value = _festival(english, when, published)
            if value is not None:
                value = value.model_copy(update={"text": match.group("myfestival")})
        elif match.group("myagocount"):
            count = match.group("myagocount")
            amount = MY_NUMBER_WORDS.get(count) or int(_burmese_digits(count))
            unit = {"ပတ်": "weeks", "လ": "months", "နှစ်": "years"}[match.group("myagounit")]
            when = " this month" if match.group("myagothismonth") else ""
            if month := match.group("myagomonth"):
                english = _FULL_MONTH.split("|")[_MY_MONTHS.index(month) % 12]
                when = f", in {english.casefold()}"
            value = _relative(f"{amount} {unit} ago{when}", published)
            if value is not None:
                value = value.model_copy(update={"text": match.group(0)})
        else:
            value = _burmese(match, published)
        if value is not None:
            found.append(
                Found(
                    value,
                    *match.span(),
                    burmese=bool(
                        match.group("my") or match.group("myfestival") or match.group("myagocount")
                    ),
                    bare_month=bool(
                        match.group("baremonth")
                        or match.group("daymonth")
                        or match.group("monthday")
                        or match.group("mybarein")
                    ),
                )
            )
    return tuple(found)


def _year(year: int, text: str) -> DateValue:
    return DateValue(earliest=date(year, 1, 1), latest=date(year, 12, 31), text=text)


def _month(year: int, month: int, text: str) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(earliest=date(year, month, 1), latest=date(year, month, last), text=text)


@cache
def _absolute(span: str) -> DateValue | None:
    """Hand one date-looking span to dateparser and keep the precision it reports."""
    cleaned = re.sub(
        r"^(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|beginning)\s+|\bof\s+",
        "",
        " ".join(span.split()),
        flags=re.IGNORECASE,
    )
    parsed = _parser().get_date_data(cleaned)
    if parsed is None or parsed.date_obj is None:
        return None
    when = parsed.date_obj
    if parsed.period == "year":
        return _year(when.year, span)
    if parsed.period == "month":
        return _month(when.year, when.month, span)
    day = when.date()
    return DateValue(earliest=day, latest=day, text=span)


def last_weekday(phrase: str, published: date) -> DateValue:
    """The month of the last such day before publication ("last Friday", "on Monday")."""
    back = (published.weekday() - _WEEKDAYS.index(phrase.split()[-1].casefold())) % 7 or 7
    when = published - timedelta(days=back)
    return _month(when.year, when.month, phrase)


def _relative(phrase: str, published: date | None) -> DateValue | None:
    if published is None:
        return None
    words = phrase.split()
    if words[-1] in _WEEKDAYS:  # "last Friday"
        return last_weekday(phrase, published)
    if " ago this " in phrase:  # "three years ago this month", "a year ago this week"
        amount = _WORD_NUMBERS.get(words[0]) or int(words[0])
        return _month(published.year - amount, published.month, phrase)
    if words[-2] == "in":  # "two years ago, in October": that month, in the year counted back
        amount = _WORD_NUMBERS.get(words[0]) or int(words[0])
        month = _FULL_MONTH.casefold().split("|").index(words[-1]) + 1
        return _month(published.year - amount, month, phrase)
    if phrase == "last year":
        return _year(published.year - 1, phrase)
    if re.match(r"(?:the )?(?:last|final) (?:week|weeks|days|fortnight) of ", phrase):
        back = 2 if phrase.endswith("before last") else 1 if phrase.endswith("last year") else 0
        return _month(published.year - back, 12, phrase)
    if phrase.startswith("the year before"):
        return _year(published.year - 2, phrase)
    if phrase.startswith("the month before"):
        return _months_back(published, 2, phrase)
    if phrase.endswith(("start of the year", "beginning of the year")) or phrase.endswith(
        ("start of this year", "beginning of this year")
    ):
        return _year(published.year, phrase)  # began some time early in the year
    if phrase in ("this year", "earlier this year"):
        return DateValue(earliest=date(published.year, 1, 1), latest=published, text=phrase)
    if phrase == "last month":
        return _months_back(published, 1, phrase)
    if words[-1] == "month":  # "this month", "the start of the month"
        return _months_back(published, 0, phrase)
    if phrase.endswith("week"):  # "this week", "last week": the month it fell in
        when = published - timedelta(days=7 if phrase == "last week" else 0)
        return _month(when.year, when.month, phrase)
    amount = _WORD_NUMBERS.get(words[0]) or int(words[0])
    if words[1].startswith("year"):
        return _year(published.year - amount, phrase)
    if words[1].startswith(("week", "fortnight", "day")):
        days = {"w": 7, "f": 14, "d": 1}[words[1][0]] * amount
        when = published - timedelta(days=days)
        return _month(when.year, when.month, phrase)
    return _months_back(published, amount, phrase)


# The month each festival falls in (the Burmese ones by the full moon of their lunar month).
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FESTIVAL_MONTH = {
    "thingyan": 4,
    "water": 4,
    "thadingyut": 10,
    "tabaung": 3,
    "tazaungdaing": 11,
    "christmas": 12,
    "martyrs": 7,  # Martyrs' Day, 19 July
    "union": 2,  # Union Day, 12 February
    "independence": 1,  # Independence Day, 4 January
    "eve": 12,  # the last word of "New Year's Eve", looked up like a festival's name
    "day": 1,  # ... and of "New Year's Day" (other days' names come first: "Union Day")
    "night": 12,  # "the last night of 2040"
}


_MY_FESTIVAL = {
    "ခရစ္စမတ်": "Christmas",
    "သင်္ကြန်": "Thingyan",
    "သီတင်းကျွတ်": "Thadingyut",
    "တန်ဆောင်တိုင်": "Tazaungdaing",
    "နှစ်သစ်ကူးည": "New Year's Eve",
}


def _festival(text: str, when: str | None, published: date | None) -> DateValue | None:
    """The festival's month in the year it fell in: the one named, or the last before
    publication."""
    name = next(
        w for w in (w.rstrip("'’") for w in text.casefold().split()) if w in _FESTIVAL_MONTH
    )
    month = _FESTIVAL_MONTH[name]
    written = (when or "").casefold().split()
    if year := re.search(r"\d{4}", when or ""):
        return _month(int(year.group(0)), month, text)
    if published is None:
        return None
    if written[:1] == ["last"]:
        return _month(published.year - 1, month, text)
    if written == ["before", "last"]:  # "Christmas before last": the one before the last
        passed = published.month >= month
        return _month(published.year - (1 if passed else 2), month, text)
    if written[-1:] == ["ago"]:
        back = _WORD_NUMBERS.get(written[0]) or int(written[0])
        return _month(published.year - back, month, text)
    passed = published.month >= month or written[:1] == ["this"]
    return _month(published.year if passed else published.year - 1, month, text)


def _months_back(published: date, amount: int, text: str) -> DateValue:
    """The whole month `amount` months before the one `published` is in."""
    months = published.year * 12 + published.month - 1 - amount
    return _month(months // 12, months % 12 + 1, text)


def _relative_month(phrase: str, published: date | None) -> DateValue | None:
    """ "December last year", "last March": the month, in the year the words point to."""
    if published is None:
        return None
    written = phrase.casefold().split()
    month_name = re.sub(r"(?i)\b(?:of|last|this|years?|ago|the|before|\d+)\b", " ", phrase)
    parsed = _parser().get_date_data(
        " ".join(w for w in month_name.split() if w.casefold() not in _WORD_NUMBERS)
    )
    if parsed is None or parsed.date_obj is None:
        return None
    month = parsed.date_obj.month
    if written[-1] == "ago":
        year = published.year - (_WORD_NUMBERS.get(written[-3]) or int(written[-3]))
    elif written[-2:] == ["before", "last"] and "year" in written:
        year = published.year - 2  # "March of the year before last"
    elif written[-2:] == ["before", "last"]:
        year = published.year - (2 if month >= published.month else 1)  # "the November before last"
    elif "year" in phrase.casefold():
        year = published.year - (1 if "last" in phrase.casefold() else 0)
    else:
        # "last June" in a June story is a year back; a bare "in June" is this one.
        latest = published.month - (1 if "last" in phrase.casefold() else 0)
        year = published.year if month <= latest else published.year - 1
    return _month(year, month, phrase)


def _burmese(match: re.Match[str], published: date | None) -> DateValue | None:
    if match.group("myyear2"):
        year = int(_burmese_digits(match.group("myyear2")))
        month = _MY_MONTHS.index(match.group("mymonthfirst")) % 12 + 1
        return _month(year, month, match.group(0))
    if match.group("myyear"):
        year = int(_burmese_digits(match.group("myyear")))
        if match.group("mymonth"):
            return _month(year, _MY_MONTHS.index(match.group("mymonth")) % 12 + 1, match.group(0))
        return _year(year, match.group(0))
    if published is None:
        return None
    if match.group("mydaymonth"):
        month = _MY_MONTHS.index(match.group("mydaymonth")) % 12 + 1
        year = published.year if month <= published.month else published.year - 1
        try:
            day = date(year, month, int(_burmese_digits(match.group("myday"))))
        except ValueError:
            return None
        return DateValue(earliest=day, latest=day, text=match.group(0))
    if match.group("mylast") or match.group("mybare") or match.group("mybarein"):
        last = match.group("mylast") == "ပြီးခဲ့သည့်"
        if named := match.group("mylastmonth") or match.group("mybare") or match.group("mybarein"):
            month = _MY_MONTHS.index(named) % 12 + 1
            latest = published.month - (1 if last else 0)
            year = published.year if month <= latest else published.year - 1
            return _month(year, month, match.group(0))
        return _months_back(published, 1 if last else 0, match.group(0))
    back = {"ယခုနှစ်": 0, "ဒီနှစ်": 0, "တမြန်နှစ်": 2}.get(match.group("myrel"), 1)
    last_year = back > 0
    if match.group("myyearend"):
        return _month(published.year - back, 12, match.group(0))
    if match.group("myrel") == "တမြန်နှစ်":
        return _year(published.year - 2, match.group(0))
    if match.group("myrelmonth"):
        # "ယမန်နှစ် ဒီဇင်ဘာလ": December last year, to the month.
        month = _MY_MONTHS.index(match.group("myrelmonth")) % 12 + 1
        return _month(published.year - (1 if last_year else 0), month, match.group(0))
    if last_year:
        return _year(published.year - 1, match.group(0))
    return DateValue(earliest=date(published.year, 1, 1), latest=published, text=match.group(0))


@cache
def _parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": datetime(2000, 1, 1)},
    )
