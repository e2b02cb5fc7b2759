"""Find organisations named in text: the known list by any alias, and new firms by their shape.

Reporting names the same firm many ways ("Dahua", "Zhejiang Dahua Technology Co Ltd"), and
names firms nobody has recorded yet ("Golden Eagle Technology Co Ltd"). Known names win over
shapes; a shape whose name (legal suffix removed) is a known alias becomes that known firm.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

from countersight.extract.suggestion import NEW_ORGANISATION
from countersight.geo.burmese import has_myanmar_script

DEFAULT_ORGANISATIONS = (
    Path(__file__).resolve().parents[2] / "data" / "organisations" / "known.yaml"
)

# Endings that make a run of capitalised words a company name. Legal forms are dropped from
# the key ("Golden Eagle Technology Co Ltd" is new:Golden Eagle Technology); descriptive
# endings ("Technologies", "Group") are part of the name.
LEGAL_FORM = (
    r"(?:\(?Pty\)?\.?\s*(?:Ltd\.?|Limited)|(?:Public\s+)?Co(?:mpany)?\.?,?\s*(?:Ltd\.?|Limited)|(?:Public\s+)?Company\s+Limited|Pte\.?(?:\s*Ltd\.?)?|Ltd\.?|Limited"
    r"|Inc\.?|Corp(?:oration)?\.?|LLC|LLP|PLC|JSC|GmbH|SARL|SRL|S\.R\.L\.|S\.p\.A\.|B\.V\.|"
    r"N\.V\.|Kft\.?|OOO|Lda\.?|Ltda\.?|S\.A\.|SA(?![\w.])|C\.A\.|S\.L\.|Sdn\.?\s*Bhd\.?"
    # Baltic, Central European and Nordic forms: "Latgale Secure Systems SIA"
    # ... and the Faroes' "Sp/f" and "P/F"
    r"|W\.L\.L\.|SIA|UAB|OÜ|[Ss]p\.\s*z\s*o\.\s*o\.|s\.\s*r\.\s*o\.|d\.\s*o\.\s*o\.|A/S|ApS|Oy|AG"
    r"|Sp/[Ff]|P/[Ff]"
    r"|Co\.?(?![a-z]))"
)
DESCRIPTIVE = (
    r"(?:Technologies|Technology|Security\s*(?:&|and)\s*Communications?|Group|Solutions|Systems|"
    r"Engineering|Networks|Electronics|Telecom(?:munications)?|Industries|Enterprises|Holdings|"
    r"Trading|Integration|Works|Communications|Services|(?:CCTV|Electrical|Electronics?)\s+Service)"
)
_WORD = r"[A-ZÀ-ÞĀ-ɏ][A-Za-zÀ-ɏ0-9'’.-]*"  # "Nikšić", "Łódź": Latin letters beyond Latin-1 too
_PLACE_WORD = r"[A-ZÀ-ÞĀ-ɏ][A-Za-zÀ-ɏ'’-]*"  # a place's name ends before a full stop
# ("the Beirut Municipal Council of June 3": a date, not a place)
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_SHAPE = re.compile(
    # a name keeps to its line; "Algarsul Sistemas de Segurança", "Seguridad Integral del NOA"
    # ... "Estuaire Réseaux et Sécurité", "Sistemas y Servicios": "and" in French or Spanish too
    rf"(?P<name>(?:{_WORD}[^\S\n]+(?:(?:&|and|et|y|of|de|del|da|do|dos|das|des|du)[^\S\n]+)?){{1,6}}?"
    # "Shwe Bago Systems Integration Co., Ltd.": endings one after another
    rf"(?:(?P<desc>{DESCRIPTIVE}(?:\s*(?:&|and)?\s*{DESCRIPTIVE})*)(?:\s+(?P<legal1>{LEGAL_FORM}))?"
    rf"|(?P<legal2>{LEGAL_FORM})))"
    r"(?![A-Za-z])"
)
# Public bodies by their shape: "Mandalay City Development Committee", "Yangon Region
# Government", "Interior Ministry", "Ministry of Transport", "National Police Service".
# Countries whose names join two words with "and", which may open a body's name: "Trinidad and
# Tobago Police Service", "Bosnia and Herzegovina Ministry of Security".
_AND_COUNTRIES = "|".join(
    sorted(
        (
            r"\s+".join(map(re.escape, country.name.split()))
            for country in pycountry.countries
            if " and " in country.name and "," not in country.name
        ),
        key=len,
        reverse=True,
    )
)
_DE_FR = r"(?:de\s+l['’]\s*|de\s+la\s+|des\s+|du\s+|de\s+)"
_FR_ADJECTIVE = r"(?i:publique|public|nationale|national|civile|territoriale)\b"
_AUTHORITY = re.compile(
    rf"(?P<name>(?:(?:{_AND_COUNTRIES}|{_WORD})[^\S\n]+){{0,4}}?"
    r"(?:(?:City|Township|Municipal|District)\s+Development\s+"
    r"(?:Affairs\s+)?Committee|Development\s+(?:Affairs\s+)?Committee|"
    # "Pyinmabin Industrial Zone Management Committee"
    r"Industrial\s+Zone\s+(?:Management\s+)?Committee|"
    r"(?:Region|State|City|Municipal|Provincial|Regional|County|Metropolitan)\s+[Gg]overnment|"
    r"(?:Ministry|Secretariat)\s+of\s+(?:the\s+)?[A-Z][a-z]+"
    r"(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?"
    # "Ministry of Infrastructure and Urban Development"
    r"(?:\s+(?:Development|Affairs|Planning|Security|Services|Resources|Construction))?"
    # "Ministry of Security of the City of Buenos Aires", "Ministry of Internal Affairs of
    # Georgia", "… of the Kyrgyz Republic": the government it belongs to
    rf"(?:\s+of\s+(?:the\s+(?:(?:City|State|Province|Region|Government)\s+of\s+)?)?"
    rf"{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?)?|"
    r"Ministry|Police(?:\s+(?:Force|Service|Department|Inspectorate|Directorate|[Mm]unicipale|"
    r"[Nn]ationale|Commissariat|Command(?!\s+Cent(?:re|er))))?(?!\s+(?:Station|Post|Box|Compound|"
    r"Headquarters|Officers?))|(?:City\s+|Town\s+|Municipal\s+)?Council|(?:City|Borough|Regional)\s+Corporation|"
    r"(?:City\s+)?Akimat|(?:City\s+)?Hukumat|(?:Town\s+|City\s+)?Municipality|"
    # Azerbaijan's local governments: "Ganja City Executive Power"
    r"(?:City|District|Rayon)\s+Executive\s+(?:Power|Authority)|"
    # Vietnam's, Korea's and China's local governments: "Pyongyang City People's Committee"
    r"(?:(?:City|Provincial|District)\s+)?People['’]s\s+Committee|"
    r"General\s+Administration\s+Department|Governor['’]s\s+Office|"
    r"(?:District|Township|Town|City|Capital|Municipal)\s+Administration(?:\s+Office)?|"
    r"(?:Metropolitan|Municipal|City|District)\s+Assembly|Thromde|"
    r"(?:Municipal|Town|City)\s+(?:Affairs\s+)?Office|Commune(?:\s+[Uu]rbaine)?|"
    # bodies abroad under their own names: "Fuerza Pública", "Policía Nacional", "Organismo de
    # Investigación Judicial", "Municipalidad de Cartago", "Prefeitura de Niterói"
    # ... and Portugal's: "Polícia de Segurança Pública", "Guarda Nacional Republicana"
    r"Polícia\s+de\s+Segurança\s+Pública|Polícia\s+(?:Municipal|Judiciária)|"
    r"Guarda\s+Nacional\s+Republicana|"
    r"Fuerza\s+Pública|Policía(?:\s+(?:Nacional(?:\s+Civil)?|Municipal|Federal))?|Guardia\s+(?:Civil|"
    r"Nacional|Municipal)|Carabineros|Organismo\s+de\s+Investigación\s+Judicial|"
    r"Ministerio\s+(?:de|del)\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+|Municipalidad|Alcaldía|Prefeitura|"
    # "Administração Municipal do Lobito"; "Lublin City Hall", "Lublin Municipal Guard"
    r"Administração\s+Municipal|City\s+Hall|Municipal\s+Guard|"
    # "Comune di Lecce", "Polizia Locale di Lecce", "Ayuntamiento de Málaga", "Mairie de Nantes"
    r"Comune|Polizia\s+(?:Locale|Municipale)|Ayuntamiento|Mairie|Câmara\s+Municipal|"
    r"Municipalité(?=\s+(?:de|d['’])\s*[A-ZÀ-Þ])|"
    # Algeria's provinces and their police: "Wilaya of Oran", "Sûreté de wilaya d'Oran"
    r"Wilaya|Sûreté\s+de\s+(?:la\s+)?wilaya|"
    # police and city councils in their own languages: "Nordjyllands Politi", "Ajuntament de"
    r"Politi|Polizei|Policja|Ajuntament|"
    # ... France's and Italy's ("Police Municipale de Nouméa" above): "Ville de Nouméa", "Corpo di
    # Polizia Civile"; the Dutch kingdom's: "Korps Politie Aruba", "Openbaar Lichaam Bonaire",
    # "Gemeente Rotterdam", "Ministerie van Justitie en Veiligheid"
    r"Ville(?=\s+(?:de|d['’])\s*[A-ZÀ-Þ])|"
    # ... and as a letterhead writes them: "VILLE DE FORT-DE-FRANCE", "MAIRIE DE BANGUI"
    r"(?:VILLE|MAIRIE)\s+D(?:E\s+|['’]\s*)[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|"
    r"Corpo\s+di\s+Polizia(?:\s+[A-Z][a-z]+)?|Polizia\s+(?:Civile|di\s+Stato)|"
    rf"(?:Korps\s+Politie|Openbaar\s+Lichaam|Gemeente)(?:\s+{_PLACE_WORD}){{1,2}}|"
    r"Ministerie\s+van\s+[A-Z][a-z]+(?:\s+(?:en\s+)?[A-Z][a-z]+)?|"
    # "Mesto Prešov", "Miasto Lublin", "Stadt Graz": the city by its own word for city
    # ... "Grad Zagreb", "Hlavní město Praha" (the capital city Prague)
    rf"(?:Mesto|Město|Miasto|Stadt|Hlavní\s+město|Grad(?!\s+(?:School|Students?|Program)\b))"
    rf"\s+{_PLACE_WORD}|"
    # ... Madagascar's: "Préfecture de Police d'Antananarivo" (and "Commune Urbaine
    # d'Antananarivo" below)
    rf"Préfecture\s+de\s+[Pp]olice\s+(?:{_DE_FR}|d['’]\s*){_PLACE_WORD}|"
    # city halls, municipal police and district offices in more of their own languages, with
    # the place or district they serve: "Primăria Sectorului 6", "Poliția Locală Sector 6",
    # "Straż Miejska Miasta Krakowa", "Urząd Miasta Gdańska", "Městská policie Brno",
    # "Bezirksamt Hamburg-Nord", "Gobierno de Guadalajara", "Guarda Civil Municipal",
    # "Dinas Perhubungan", "İzmir Büyükşehir Belediyesi", "An Garda Síochána",
    # "BRFK VIII. kerületi Rendőrkapitányság", "Józsefvárosi Önkormányzat"
    r"(?:Primăria|Poliția\s+Locală|Straż\s+Miejska|Urząd\s+(?:Miasta|Miejski)|"
    r"Městská\s+policie|Mestská\s+polícia|Magistrát|Bezirksamt|Ordnungsamt|Stadtverwaltung|"
    r"Gobierno\s+(?:Regional\s+|Municipal\s+)?de|Intendencia\s+de|Guardia\s+Urbana)"
    rf"(?:[^\S\n]+(?:Sectorului|Sector|Municipiului|Miasta|w|de|del)?[^\S\n]*"
    rf"(?:{_PLACE_WORD}|\d+)){{0,2}}|"
    r"Guarda\s+(?:Civil\s+)?Municipal|Dinas\s+[A-Z][a-z]+"
    r"(?:\s+(?:dan\s+)?(?!Kota\b|Kabupaten\b|Provinsi\b)[A-Z][a-z]+){0,2}"
    rf"(?:\s+(?:Kota|Kabupaten|Provinsi)\s+{_PLACE_WORD})?|"
    r"(?:Büyükşehir\s+)?Belediyesi|Valiliği|Emniyet\s+Müdürlüğü|(?:An\s+)?Garda\s+Síochána|"
    r"Rendőrkapitányság|Önkormányzat|Polgármesteri\s+Hivatal|"
    # a Nordic municipality by its genitive: "Københavns Kommune", "Oslo kommune"
    r"[Kk]ommunen?|[Kk]ommun|"
    # ... or a Swedish city's: "Stockholms stad", "Göteborgs Stad"
    r"(?<=s\s)[Ss]tad(?![\w-])|"
    # a mayor's office: "the Bishkek City Mayor's Office"
    r"(?:City\s+)?Mayor['’]s\s+Office|"
    # French-speaking states' gendarmeries and ministries: "Gendarmerie nationale",
    # "Ministère de l'Intérieur et de la Sécurité publique"
    r"Gendarmerie\s+[Nn]ationale|"
    # ... Portuguese-speaking states' ministries, German-speaking police directorates:
    # "Ministério do Interior", "Landespolizeidirektion Wien"
    r"Ministério\s+(?:do|da|das|dos|de)\s+[A-ZÀ-Þ][\w-]+|"
    rf"(?:Landes)?[Pp]olizeidirektion(?:[ \t]+{_PLACE_WORD})?|"
    rf"Ministère\s+{_DE_FR}[A-ZÀ-Þ][\w-]+(?:\s+{_FR_ADJECTIVE})?"
    rf"(?:\s+et\s+{_DE_FR}[A-ZÀ-Þ][\w-]+(?:\s+{_FR_ADJECTIVE})?)?)"
    # "Provincial Municipality of Arequipa", "Autonomous Municipal Government of Cochabamba",
    # "Commune of Bouaké", "National Police of Côte d'Ivoire", "Metropolitan Police of Manizales"
    r"(?:(?:(?<=Municipality)|(?<=Municipal Government)|(?<=City Government)|(?<=Commune)|"
    r"(?<=Wilaya)|"
    # (not a web page's breadcrumb after the name: "Municipality of Korçë Home > Datasets")
    # ... "Royal Police Force of Antigua and Barbuda"
    # ... "Police of the Republic of Armenia", "Municipal Council of Maputo"
    rf"(?<=Police)|(?<=Police Force)|(?<=Police Service)|(?<=Municipal Council))\s+of\s+"
    rf"(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?(?!{_MONTH_WORD}){_PLACE_WORD}"
    rf"(?:\s+(?!Home\b)(?:d['’])?{_PLACE_WORD})?(?:\s+and\s+{_PLACE_WORD})?"
    rf"|(?:(?<=Municipalidad)|(?<=Alcaldía)|(?<=Prefeitura)|(?<=Administração Municipal)|"
    r"(?<=Comune)|(?<=Locale)|(?<=unicipale)|(?<=Ayuntamiento)|(?<=Mairie)|(?<=wilaya)|"
    r"(?<=Municipalité)|"
    r"(?<=Ajuntament)|(?<=Ville)|(?<=Commune)|(?<=Urbaine)|(?<=urbaine)|(?<=Nationale)|"
    # ("Police Nationale du Burundi", "Police Nationale d'Haïti")
    # ... "Mairie du district de Bamako", "Mairie de la ville de N'Djaména"
    rf"(?<=Câmara Municipal))\s+(?:de\s+la|de|del|du|do|da|di|d['’])\s*(?:Municipio\s+)?"
    rf"(?:(?:[Dd]istrict|[Vv]ille|[Cc]ommune|[Rr]égion)\s+(?:de|d['’])\s*)?{_PLACE_WORD})?)"
    r"(?![A-Za-z])"
)
# A word every name _AUTHORITY finds contains. Most sentences name no public body, and plain
# words let the regex engine skip ahead by their first letters where _AUTHORITY, with its words
# before the kind, tries every position; a test holds the labelled documents to it.
AUTHORITY_WORD = re.compile(
    r"Committee|overnment|Ministr|Secretariat|Police|Council|Corporation|Akimat|Hukumat|"
    r"Municipal|Administration|Assembly|Thromde|Office|Commune|Fuerza|Policía|Guardia|"
    r"Carabineros|Organismo|Alcaldía|Prefeitura|Polícia|Guarda|Administração|City Hall|Comune|"
    r"Polizia|Ayuntamiento|Mairie|Câmara|Mesto|Město|Miasto|Stadt|Executive|Wilaya|Sûreté|"
    r"Politi|Polizei|Policja|Ajuntament|Ville|VILLE|MAIRIE|Corpo|Korps|Lichaam|Gemeente|Ministerie|"
    r"Primăria|Poliția|Straż|Urząd|Městská|Mestská|Magistrát|Bezirksamt|Ordnungsamt|"
    r"Stadtverwaltung|Gobierno|Intendencia|Guardia|Dinas|Belediyesi|Valiliği|Emniyet|Garda|"
    r"Rendőrkapitányság|Önkormányzat|Polgármesteri|ommun|Gendarmerie|Ministère|Ministério|olizeidirektion|"
    r"[Ss]tad|Mayor|Grad|město|Préfecture"
)
# A city's government by the city's formal name, as English-speaking countries have it: "the
# City of Ballarat awarded the contract", "the City of Zadar's council"; not a place named so
# ("cameras in the City of Zadar").
_CITY_OF = re.compile(
    rf"\b(?:(?:Statutory|Metropolitan|Royal)\s+)?City\s+of\s+{_PLACE_WORD}"
    rf"(?:[ \t]+(?!(?:and|or)\b){_PLACE_WORD})?(?=['’]s\b|\b)"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|across|around|throughout|within|into|to|from|near|of|outside|at|opposite|behind|"
    r"beside|facing)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A town's police station is a body where the pictures go to it or its officers watch them
# ("the monitors sit in the Nyaungshwe police station, where two officers watch them"); elsewhere
# it is a building or an address ("Deliver to: Danai Township Police Station"), and so it is
# where the document names a police force (see stations_as_buildings).
_POLICE_STATION = re.compile(
    rf"(?P<name>(?:{_PLACE_WORD}[ \t]+){{1,3}}?(?:[Tt]ownship[ \t]+)?[Pp]olice[ \t]+[Ss]tation)\b"
)
_POLICE_FORCE = re.compile(r"\bPolice\s+(?:Force|Service|Department)\b|\bpolice\s+force\b")
_BESIDE = re.compile(
    r"\b(?:next\s+to|near|opposite|outside|behind|beside|in\s+front\s+of)\s+(?:the\s+)?$"
)
_STATION_END = re.compile(r"police\s+station$", re.IGNORECASE)
_STATION_WATCHES = re.compile(
    r"\b(?:watch\w*|monitor(?:s|ed)?|screens?|feeds?|fed|pictures|images|footage|recordings|"
    r"operated\s+by|operate\s+(?:the|it|them)|handed\s+over)\b",
    re.IGNORECASE,
)
# A quantifier before a body's kind: "every State government", "Each Region Government".
_ANY_ONE = frozenset(["every", "each", "any", "another", "no", "other", "all"])
# A command of an army named as the army's: "the military's Northern Command".
_ARMY_COMMAND = re.compile(
    r"\b(?:military|army|junta|Tatmadaw)['’]s\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Regional\s+|Region\s+)?(?:Military\s+)?Command\b"
)
# Words that make a name ending in "Agency" or "Service" a news outlet's: "Highland Dispatch
# Agency", "Delta News Service".
_NEWS_WORDS = frozenset(["news", "press", "wire", "newswire", "dispatch", "media"])
# Public bodies abroad by their ending: "Punjab Safe Cities Authority", "ECU 911 Integrated
# Security Service", "Public Security Bureau", "Traffic Police Directorate".
_AUTHORITY_ENDING = re.compile(
    # "Directorate-General for National Security", "General Directorate of Public Security",
    # whole, before any shorter "... Directorate" inside them
    r"(?P<name>(?:Directorate-General|Directorate General|General Directorate)\s+(?:for|of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}[A-Z][\w-]*"
    rf"|(?:(?:{_WORD}|\d+)\s+){{1,5}}?(?:Authority|Agency|Service|"
    r"Directorate(?![-\s]+General\s+(?:for|of)\b)|Bureau|Commission|Secretariat|Inspectorate)"
    r"(?<!General Directorate))(?![A-Za-z])"
)
# ... and one every name _AUTHORITY_LOWER finds contains, in the lower-cased sentence.
LOWER_AUTHORITY_WORD = re.compile(r"ministry|police|administration|council|municipality")
# Lower-case bodies: "the border affairs ministry", "Kayin State police", "the police".
_AUTHORITY_LOWER = re.compile(
    r"(?P<name>(?:[A-Za-z][\w'’-]*\s+){0,3}?(?i:ministry|police|(?:town|township|city|district)"
    r"\s+administration|(?:municipal|city|town)\s+council|municipality)(?:\s+(?i:force|service))?)"
    r"(?![\w-])(?!\s+(?i:stations?|posts?|box(?:es)?|cars?|vans?|trucks?|officers?|uniforms?|"
    r"lines?|tape|records?|reports?|officials?|spokes\w+|databases?|sources?)\b)"
)
# A capitalised owner before a lower-case body: "Agadir's municipal council".
# "Agadir's municipal council" names the town's body; "Tuesday's municipal council meeting" and
# "the city's council" do not.
_POSSESSOR = re.compile(
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Yesterday|Today|Tomorrow|"
    r"Last|Next|This|Year|Month|Week|City|Town|Country|Nation|State|Region|World)['’])"
    r"([A-Z][\w-]+)['’]s"
)
_LOWER_STOP = frozenset(
    [
        "said",
        "says",
        "that",
        "which",
        "who",
        "whom",
        "where",
        "when",
        "while",
        "because",
        "if",
        "by",
        "with",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "told",
        "asked",
        "local",
        "regional",
        "traffic",
        "military",
        "junta",
        "junta's",
        "military's",
        "country's",
        "national",
        "federal",
        "new",
        "own",
        "armed",
        "riot",
        "secret",
    ]
)
# The same in Burmese: "မန္တလေးမြို့တော်စည်ပင်သာယာရေးကော်မတီ" (Mandalay City Development
# Committee), "ရန်ကုန်တိုင်းဒေသကြီးအစိုးရ" (Yangon Region Government), "... ရဲတပ်ဖွဲ့" (police).
# Each run of letters before a name's end is bounded, so a long Burmese run written without
# spaces costs time in proportion to its length, not its square.
# ... and a town's police station and General Administration Department ("ပင်လုံမြို့ ရဲစခန်း",
# "တွံတေးမြို့နယ် အထွေထွေအုပ်ချုပ်ရေးဦးစီးဌာန"), bodies only where named for their town.
# ... or for the town's centre or its district: "မိတ္ထီလာမြို့မ ရဲစခန်း" (Meiktila's main police
# station), "ဟင်္သာတ မြို့မ ရဲစခန်း", "နမ့်စန် မြို့မရဲစခန်း", "ထားဝယ်ခရိုင် ရဲတပ်ဖွဲ့" (Dawei District
# police).
_MY_NAMED_FOR_TOWN = ("ရဲစခန်း", "အထွေထွေအုပ်ချုပ်ရေးဦးစီးဌာန", "အထွေထွေအုပ်ချုပ်ရေးရုံး")
_MY_BODY_KINDS = (
    *("စည်ပင်သာယာရေးကော်မတီ", "စည်ပင်သာယာရေးအဖွဲ့", "တိုင်းဒေသကြီးအစိုးရ", "ပြည်နယ်အစိုးရ", "ရဲတပ်ဖွဲ့"),
    # a village tract's or ward's administrator's office: "ကြာအင်းကျေးရွာအုပ်စု အုပ်ချုပ်ရေးမှူးရုံး"
    "အုပ်ချုပ်ရေးမှူးရုံး",
    *_MY_NAMED_FOR_TOWN,
)
# "ရပ်ကွက်အုပ်ချုပ်ရေးမှူးရုံး" (the ward administrator's office) names no ward in particular
_MY_UNNAMED_OFFICE = re.compile(r"(?:(?:ရပ်ကွက်|ကျေးရွာ(?:အုပ်စု)?)\s?)*အုပ်ချုပ်ရေးမှူးရုံး")
_AUTHORITY_MY = re.compile(
    r"(?:[\u1000-\u109f]{0,60}(?:\s?မြို့မ|မြို့|မြို့နယ်|မြို့တော်|ပြည်တော်|ခရိုင်|တိုင်းဒေသကြီး|ပြည်နယ်|"
    r"ကျေးရွာအုပ်စု|ကျေးရွာ|ရပ်ကွက်)\s"
    # (the town's name, not a word ending in a particle: "ရဲတပ်ဖွဲ့က မြို့မရဲစခန်း")
    r"|[\u1000-\u109f]{1,60}(?<!က)(?<!ကို)(?<!ဖြင့်)(?<!မှ)(?<!တွင်)(?<!၌)(?<!သည်)(?<!၏)\s"
    r"(?=မြို့မ))?"
    rf"[\u1000-\u109f]{{0,60}}(?:{'|'.join(_MY_BODY_KINDS)})"
)
# A police station or GAD office is a body only named for its town ("ပင်လုံမြို့ ရဲစခန်း"), not
# in run-on words ("ကင်မရာများကိုရဲစခန်း") or as a place ("ရဲစခန်းရှေ့တွင်", in front of it).
_MY_PLACE_BY_AFTER = re.compile(r"ရှေ့|အနီး|ဘေး|နား|ဝင်း")
# The object marker "ကို", not the syllable of "လောက်ကိုင်" (Laukkai) or "စစ်ကိုင်း" (Sagaing).
_MY_OBJECT_MARKER = re.compile(r"ကို(?![က-အ]\u103a)")


# A police station or development body named with the bare name of its town, which only a
# gazetteer tells from any word: "ငပလီ ရဲစခန်း", "အောင်ပန်း စည်ပင်", "ပခုက္ကူမြို့နယ် စည်ပင်".
_MY_BODY_AFTER_TOWN = re.compile(r"(?:မြို့နယ်)?\s?(?:ရဲစခန်း|စည်ပင်(?!သာယာရေး))")


def names_body_after_town(text: str, town_end: int, body_end: int) -> bool:
    """Whether the text from a town's name to a body's end is only the body word: the town
    is then still a place of the sentence ("အောင်ပန်း စည်ပင်က တပ်ထားတဲ့ ကင်မရာ")."""
    return _MY_BODY_AFTER_TOWN.fullmatch(text, town_end, body_end) is not None


def burmese_bodies_after_towns(
    text: str, towns: Iterable[tuple[int, int]], named: Iterable[str] = ()
) -> list[OrgMention]:
    """The bodies named for the towns at these spans of Burmese text, not a station as the
    place in front of which something stands ("ငပလီ ရဲစခန်းရှေ့"). A short name stands for
    the one body of its town and kind named in full (`named`, by key): "စစ်တွေ စည်ပင်" after
    "စစ်တွေမြို့ စည်ပင်သာယာရေးအဖွဲ့"."""
    named = [k for k in named if k.startswith(NEW_ORGANISATION)]
    found = []
    for start, end in towns:
        body = _MY_BODY_AFTER_TOWN.match(text, end)
        if body is None or _MY_PLACE_BY_AFTER.match(text, body.end()):
            continue
        name = text[start : body.end()]
        stem = "ရဲစခန်း" if name.endswith("ရဲစခန်း") else "စည်ပင်"
        town = text[start:end]
        full = {
            k
            for k in named
            if k.removeprefix(NEW_ORGANISATION).startswith(town) and stem in k and k != name
        }
        key = full.pop() if len(full) == 1 else f"{NEW_ORGANISATION}{name}"
        found.append(OrgMention(key, start, body.end(), name, "authority"))
    return found


def _burmese_words_naming(text: str, since: int, firm: re.Match[str]) -> tuple[str, int] | None:
    """The Burmese words before "ကုမ္ပဏီ" that name the firm, and where they start: those
    after the last word that ends in a particle or is generic, if any are left."""
    words_before = _MY_WORDS_BEFORE.search(text, since, firm.end())
    if words_before is None:
        return None
    keep: list[str] = []
    for word in reversed(words_before.group(0).split()):
        if keep and (_MY_PARTICLE_END.search(word) or word in _MY_GENERIC_FIRM):
            break
        keep.insert(0, word)
    stem = _FIRM_MY.sub("", keep[0]) if len(keep) == 1 else keep[0]
    if not stem or _MY_PARTICLE_END.search(stem) or stem in _MY_GENERIC_FIRM:
        return None
    if _FIRM_MY.sub("", keep[-1]) in _MY_GENERIC_FIRM:
        return None  # "... မည်သည့်ကုမ္ပဏီ" (which company): asked, not named
    return " ".join(keep), text.rfind(keep[0], words_before.start(), firm.end())


def stations_as_buildings(text: str, mentions: list[list[OrgMention]]) -> list[list[OrgMention]]:
    """Drop the police stations read as bodies where the document names a police force: the
    force is then the body, the station its building ("a room in the Hlegu Township Police
    Station, where officers of the Hlegu Township Police Force watch them")."""
    if not _POLICE_FORCE.search(text):
        return mentions
    return [[m for m in found if not _STATION_END.search(m.text)] for found in mentions]


# ... nor a clause's "as for" ("ကြော်ငြာစာမှာတော့"), nor a field's label ("တပ်ဆင်သူ", installer)
_MY_NOT_A_NAME_END = re.compile(r"(?:တော့|သူ|သူများ|ဆိုရင်|ဆိုလျှင်)$")
_MY_WORD_BEFORE = re.compile(r"(?<![\u1000-\u109f])(?P<word>[\u1000-\u109f]+)[ \t]+$")


def _with_burmese_first_word(text: str, name: str, start: int, last: int) -> tuple[str, int]:
    """A firm named half in Burmese, half in Latin letters: "မြတ်ရတနာ Smart Solutions ကုမ္ပဏီ",
    "ရွှေရိုးမ Tech & Trading Co., Ltd." (not a word ending in a particle: "ကင်မရာများကို")."""
    before = _MY_WORD_BEFORE.search(text, max(last, start - 30), start)
    if before is None:
        return name, start
    word = before.group("word")
    if _MY_PARTICLE_END.search(word) or _MY_NOT_A_NAME_END.search(word) or word in _MY_GENERIC_FIRM:
        return name, start
    return f"{word} {name}", before.start("word")


def _not_named_for_town(name: str, after: str) -> bool:
    return name.endswith(_MY_NAMED_FOR_TOWN) and (
        "မြို့" not in name
        or bool(_MY_OBJECT_MARKER.search(name))
        or bool(_MY_PLACE_BY_AFTER.match(after))
    )


# "the township('s)", "the town('s)", "the district('s)": a body's name with no town before it.
_MY_ANY_TOWN = ("မြို့", "ခရိုင်")
# A firm named in Burmese: up to three words before "ကုမ္ပဏီ(လီမိတက်)" or "လီမိတက်"
# ("ရွှေနဂါး နည်းပညာ ကုမ္ပဏီလီမိတက်"); a word ending in a particle ("ကို", "က") starts no name,
# nor where a firm is based ("ရန်ကုန်အခြေစိုက်", Yangon-based).
_FIRM_MY = re.compile(r"ကုမ္ပဏီ\s?လီမိတက်|ကုမ္ပဏီ|လီမိတက်")
_MY_WORDS_BEFORE = re.compile(r"(?:[\u1000-\u109f]+\s?){1,4}$")
# A firm's name in Latin letters before "ကုမ္ပဏီ", maybe with its Burmese gloss in brackets.
_LATIN_BEFORE_FIRM_MY = re.compile(
    r"(?<![\w&.-])(?P<name>[A-Z][\w&.-]*(?:[ \t]+[A-Za-z][\w&.-]*){1,5})"
    r"[ \t]*(?:\([\u1000-\u109f\s]{1,40}\)[ \t]*)?$"
)
_MY_PARTICLE_END = re.compile(
    r"(?:ကို|က|မှ|သည်|၍|တွင်|၌|နှင့်|၏|များ|ရှိ|တွက်|သော|သည့်|ပြီး|ကြောင်း|ဟု|လည်း|ဖြင့်|မှာ|အခြေစိုက်|[။၊]"
    # (a clause's "when ...": "ဝင်ရောက်ခဲ့ရာ", "မေးမြန်းရာ")
    r"|(?:ခဲ့|မြန်း|ဆို|စမ်း)ရာ)$"
)
# Words before "ကုမ္ပဏီ" that say what kind of firm, not which: Chinese, private, foreign, local.
# ... or ask which ("ဘယ်ကုမ္ပဏီ", "မည်သည့်ကုမ္ပဏီ": which company).
_MY_GENERIC_FIRM = frozenset(
    [
        *("တရုတ်", "ပုဂ္ဂလိက", "နိုင်ငံခြား", "ပြည်တွင်း", "ဒေသခံ", "အဆိုပါ", "ထို", "၎င်း", "ယင်း"),
        *("ဘယ်", "မည်သည့်", "ဘယ်လို"),
        # ... or whose it is: an agent's, ours ("ကိုယ်စားလှယ်ကုမ္ပဏီ", "ကျွန်တော်တို့ ကုမ္ပဏီ")
        *("ကိုယ်စားလှယ်", "ကျွန်တော်တို့", "ကျွန်မတို့", "မိမိတို့", "ကျုပ်တို့"),
    ]
)
# Leading words a shape match may have swallowed that are not part of a firm's name.
_LEADING_NOISE = frozenset(
    [
        "no.",
        "yes.",
        "answer:",
        "the",
        "a",
        "an",
        "and",
        "or",
        "by",
        "from",
        "including",
        "both",
        "its",
        "their",
        "local",
        "chinese",
        "myanmar's",
        "firm",
        "firms",
        "company",
        "companies",
        "contractor",
        "supplier",
        "integrator",
        "partner",
        "said",
        "according",
        "to",
        "for",
        "in",
        "on",
        "at",
        "with",
        "while",
        "when",
        "but",
        "as",
        "giant",
        "giants",
        "maker",
        "makers",
        "vendor",
        "vendors",
        "of",
        "this",
        "that",
        "these",
        "those",
        "since",
        "after",
        "before",
        "under",
        "over",
        "however",
        "meanwhile",
        "also",
        "state-owned",
        "private",
        # a heading or an addressee's title run into the name: "BACKGROUND The Municipality of
        # Bitola", "Chairman Theinni Township Development Affairs Committee"
        "background",
        "summary",
        "introduction",
        "chairman",
        "chairperson",
        "chairwoman",
        "secretary",
        "dear",
        "attention",
    ]
)
# Words that show a capitalised run is a headline or a technology, not a firm's name.
_NOT_A_NAME = frozenset(
    [
        "facial",
        "face",
        "recognition",
        "surveillance",
        "camera",
        "cameras",
        "cctv",
        "safe",
        "city",
        "smart",
        "junta",
        "military",
        "installs",
        "install",
        "installed",
        "uses",
        "use",
        "using",
        "plate",
        "licence",
        "license",
        "video",
        "information",
        "digital",
        "new",
        "more",
        "security",
        "communication",
        "communications",
        # "mounted by Wednesday", "Statement 27 March 2047": days and months are no firms
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


# Words common in real firms' names ("Smart Vision LLC"): fine before a legal ending.
_NAME_WORDS = frozenset(
    [
        "smart",
        "security",
        "digital",
        "new",
        "video",
        "information",
        "communication",
        "communications",
        "safe",
        "city",
        "vision",
    ]
)


@dataclass(frozen=True)
class Organisation:
    """One organisation the reader can name: its key, display name, kind and aliases."""

    key: str
    name: str
    kind: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgMention:
    """Where an organisation is named: [start, end) in the text searched."""

    key: str
    start: int
    end: int
    text: str
    kind: str | None

    @property
    def is_new(self) -> bool:
        return self.key.startswith(NEW_ORGANISATION)


@dataclass
class OrganisationIndex:
    """Every known organisation and one compiled pattern over all their names."""

    organisations: dict[str, Organisation]
    _by_name: dict[str, str] = field(default_factory=dict, repr=False)
    _by_folded: dict[str, str] = field(default_factory=dict, repr=False)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        exact: list[str] = []
        folded: list[str] = []
        burmese: list[str] = []
        for org in self.organisations.values():
            for name in (org.name, *org.aliases):
                name = " ".join(name.split())
                if not name:
                    continue
                # A lowercase alias ("junta") is a common noun and matches in any case; a
                # capitalised one ("Axis", "NEC") only as written, so "axis" stays a word.
                if has_myanmar_script(name):
                    self._by_name.setdefault(name, org.key)
                    burmese.append(name)
                elif name == name.lower():
                    self._by_folded.setdefault(name.casefold(), org.key)
                    folded.append(name)
                else:
                    # "TIANDY" on a label is Tiandy; a short capitalised alias stays as written
                    for written in {name, name.upper() if len(name) >= 5 else name}:
                        self._by_name.setdefault(written, org.key)
                        exact.append(written)
                    self._by_folded.setdefault(name.casefold(), org.key)
        alternatives = sorted(
            {(_name_regex(n), True) for n in exact} | {(_name_regex(n), False) for n in folded},
            key=lambda pair: -len(pair[0]),
        )
        parts = [rx if sensitive else f"(?i:{rx})" for rx, sensitive in alternatives]
        # Burmese is written without spaces between words, so its names match anywhere.
        boundless = sorted({re.escape(n) for n in burmese}, key=len, reverse=True)
        pattern = r"(?<![\w&])(?:" + "|".join(parts) + r")(?![\w])" if parts else ""
        if boundless:
            pattern = "|".join(p for p in (pattern, "|".join(boundless)) if p)
        if pattern:
            self._pattern = re.compile(pattern)

    @classmethod
    def load(
        cls,
        extra: Iterable[tuple[str, str, Iterable[str]]] = (),
        path: Path | None = None,
    ) -> OrganisationIndex:
        """Read the known list and add (key, name, aliases) tuples, e.g. from the atlas."""
        document = yaml.safe_load((path or DEFAULT_ORGANISATIONS).read_text(encoding="utf-8"))
        organisations: dict[str, Organisation] = {}
        for entry in document.get("organisations") or ():
            organisations[entry["key"]] = Organisation(
                key=entry["key"],
                name=entry["name"],
                kind=entry.get("kind"),
                country=entry.get("country"),
                aliases=tuple(entry.get("aliases") or ()),
            )
        for key, name, aliases in extra:
            known = organisations.get(key)
            if known is None:
                organisations[key] = Organisation(key=key, name=name, aliases=tuple(aliases))
            else:
                merged = tuple(dict.fromkeys((*known.aliases, name, *aliases)))
                organisations[key] = Organisation(
                    known.key, known.name, known.kind, known.country, merged
                )
        return cls(organisations)

    def get(self, key: str) -> Organisation | None:
        return self.organisations.get(key)

    def kind(self, key: str) -> str | None:
        org = self.organisations.get(key)
        return org.kind if org else None

    def key_for(self, name: str) -> str | None:
        """The known key a name stands for, or None."""
        name = " ".join(name.split())
        return self._by_name.get(name) or self._by_folded.get(name.casefold())

    def find(self, text: str, *, shapes: bool = True) -> list[OrgMention]:
        """Organisations named in text, in order, never overlapping; longest name first."""
        found: list[OrgMention] = []
        taken: list[tuple[int, int]] = []
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                key = self.key_for(match.group(0))
                if key is None:
                    continue
                found.append(
                    OrgMention(key, match.start(), match.end(), match.group(0), self.kind(key))
                )
                taken.append(match.span())
        if shapes:
            headline = _is_headline(text)
            shaped = [*self._authorities(text), *self._shapes(text, legal_only=headline)]
            for mention in shaped:
                overlapping = [s for s in taken if s[0] < mention.end and mention.start < s[1]]
                if not overlapping:
                    found.append(mention)
                    taken.append((mention.start, mention.end))  # a body first, then firms
                    continue
                # "Dahua Technology Co., Ltd." extends the known "Dahua Technology": widen it;
                # "Sittaung River Electrical & CCTV Service" is a firm, not the body "CCTV
                # Service".
                joined = "&" in text[mention.start : min(s[0] for s in overlapping)]
                if (mention.key in {self._key_at(found, s) for s in overlapping} or joined) and all(
                    mention.start <= s[0] and s[1] <= mention.end for s in overlapping
                ):
                    found = [m for m in found if (m.start, m.end) not in overlapping]
                    found.append(mention)
        found.sort(key=lambda m: m.start)
        return _without_glosses(text, found)

    @staticmethod
    def _key_at(found: list[OrgMention], span: tuple[int, int]) -> str | None:
        return next((m.key for m in found if (m.start, m.end) == span), None)

    def _authorities(self, text: str) -> Iterable[OrgMention]:
        if has_myanmar_script(text):
            for match in _AUTHORITY_MY.finditer(text):
                name = match.group(0)
                if (
                    name in _MY_BODY_KINDS
                    or _MY_UNNAMED_OFFICE.fullmatch(name)
                    or name.startswith(_MY_ANY_TOWN)
                    or _not_named_for_town(name, text[match.end() : match.end() + 6])
                ):
                    continue  # "ရဲတပ်ဖွဲ့" alone is "the police", "မြို့နယ်ရဲစခန်း" the
                    # township's station: no body in particular
                key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
                yield OrgMention(key, match.start(), match.end(), name, "authority")
        for match in _ARMY_COMMAND.finditer(text):
            # "the military's Northern Command": the army, whatever its region is called (the
            # known organisations have one army, Myanmar's, under the name Tatmadaw)
            key = self.key_for("Tatmadaw")
            if key is not None:
                yield OrgMention(key, match.start(), match.end(), match.group(0), "authority")
        spans: list[tuple[int, int]] = []
        for match in _AUTHORITY.finditer(text) if AUTHORITY_WORD.search(text) else ():
            before = text[max(0, match.start() - 12) : match.start()].split()[-1:]
            if {w.casefold() for w in [*before, match.group("name").split()[0]]} & _ANY_ONE:
                continue  # "every State government", "each Region Government": none in particular
            # (a heading in capitals run on before it: "WHO IS BEHIND THEM The Kawkareik ...")
            first = _after_capitals_heading(text, match.start("name"), match.end("name"))
            start, words = _strip_noise(text, first, text[first : match.end("name")].split())
            start, words = _after_inner_body(text, start, words)
            name = " ".join(words)
            if len(words) < 2 or (
                (name.startswith(("Ministry of", "the ")) or name.endswith("City Hall"))
                and len(words) < 3
            ):
                continue  # "City Hall" alone is the building
            if name.endswith("City Hall") and _LOCATIVE_BEFORE.search(
                text, max(0, start - 20), start
            ):
                continue  # "cameras outside Yangon City Hall": the building
            key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
            spans.append((match.start(), match.end()))
            yield OrgMention(key, start, match.end(), text[start : match.end()], "authority")

        for match in _CITY_OF.finditer(text) if "City of" in text else ():
            if _LOCATIVE_BEFORE.search(text, max(0, match.start() - 20), match.start()) or any(
                a < match.end() and match.start() < b for a, b in spans
            ):
                continue  # "cameras in the City of Zadar": the place
            name = re.sub(r"['’]s$", "", match.group(0))
            end = match.start() + len(name)
            spans.append((match.start(), end))
            key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
            yield OrgMention(key, match.start(), end, name, "authority")

        for match in _POLICE_STATION.finditer(text) if _STATION_WATCHES.search(text) else ():
            start, words = _strip_noise(text, match.start("name"), match.group("name").split())
            if (
                len(words) < 3
                or words[0] == "Township"
                or any(a < match.end() and start < b for a, b in spans)
                or _BESIDE.search(text, max(0, start - 20), start)
            ):
                continue  # "the (Township) police station" alone is none in particular; "a
                # room next to the Hlawga police station" is a place
            name = " ".join(words)
            key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
            spans.append((start, match.end()))
            yield OrgMention(key, start, match.end(), text[start : match.end()], "authority")

        for match in _AUTHORITY_ENDING.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in spans):
                continue
            start, words = _strip_noise(text, match.start("name"), match.group("name").split())
            if len(words) < 2 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
                continue
            if any(w.casefold() in _NEWS_WORDS for w in words):
                continue
            name = " ".join(words)
            key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
            spans.append((start, match.end()))
            yield OrgMention(key, start, match.end(), text[start : match.end()], "authority")

        lowered = LOWER_AUTHORITY_WORD.search(text.lower())
        for match in _AUTHORITY_LOWER.finditer(text) if lowered else ():
            if any(a < match.end() and match.start("name") < b for a, b in spans):
                continue
            words = match.group("name").split()
            start = match.start("name")
            # Keep the name's own words: "border affairs ministry", "Kayin State police".
            keep = len(words) - 1
            while keep > 0 and _is_name_word(words[keep - 1], words[-1]):
                keep -= 1
            # "Agadir's municipal council" is the Agadir municipal council
            town = words[keep - 1] if keep else ""
            owner = _POSSESSOR.fullmatch(town) if len(words) - keep >= 2 else None
            if owner:
                keep -= 1
            start += sum(len(w) for w in words[:keep]) + _spaces(text, start, keep)
            name = text[start : match.end("name")]
            if owner:
                name = owner.group(1) + name[len(town) :]
            # "the police", "the ministry", "the town administration" alone refer back; they
            # do not name a body.
            least = 3 if name.casefold().endswith(("administration", "council")) else 2
            first = name.casefold().split()[0]
            if len(name.split()) < least or first in _LOWER_STOP or first in _ANY_ONE:
                continue
            key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
            yield OrgMention(
                key, start, match.end("name"), text[start : match.end("name")], "authority"
            )

    def _burmese_firms(self, text: str) -> Iterable[OrgMention]:
        last = 0
        for match in _FIRM_MY.finditer(text):
            if match.start() < last:
                continue
            latin = _LATIN_BEFORE_FIRM_MY.search(text, max(last, match.start() - 80), match.start())
            # "Chindwin IT Solution (ချင်းတွင်း အိုင်တီ) ကုမ္ပဏီ": the Latin name
            named = (
                _with_burmese_first_word(text, latin.group("name"), latin.start("name"), last)
                if latin
                else _burmese_words_naming(text, max(last, match.start() - 80), match)
            )
            if named is None:
                continue
            name, start = named
            last = match.end()
            key = self.key_for(name) or f"{NEW_ORGANISATION}{name}"
            yield OrgMention(key, start, match.end(), text[start : match.end()], self.kind(key))

    def _shapes(self, text: str, *, legal_only: bool = False) -> Iterable[OrgMention]:
        """Firms by their shape; in Title Case text only those with a legal form ("Co., Ltd."),
        which a headline's capitals do not make up."""
        if has_myanmar_script(text):
            yield from self._burmese_firms(text)
        read = _title_firm_lines(text)
        for match in _SHAPE.finditer(read):
            start, _ = _strip_noise(read, match.start("name"), match.group("name").split())
            if legal_only:  # "PRESS RELEASE Sittaung Digital Systems Co., Ltd.": a heading first
                start = _after_capitals_heading(read, start, match.end())
            full = read[start : match.end()]
            if match.group("legal2"):
                core = read[start : match.start("legal2")]
            elif match.group("legal1"):
                core = read[start : match.start("legal1")]
            else:
                core = full
            core = core.strip().rstrip(",").strip()
            core_words = core.split()
            descriptive = match.group("desc") is not None
            if not core_words or (descriptive and len(core_words) < 2):
                continue
            stem = text[start : match.start("desc")] if descriptive else core
            legal = match.group("legal1") or match.group("legal2")
            if legal_only and not legal:
                continue
            blocked = _NOT_A_NAME - _NAME_WORDS if legal else _NOT_A_NAME
            words = [w.casefold().strip(".,'’") for w in stem.split()]
            # "Smart" names a firm ("Zhetysu Smart Systems") unless it is a Smart City.
            if any(w in blocked and not (w == "smart" and "city" not in words) for w in words):
                continue
            key = self.key_for(core) or self.key_for(full)
            if key is None:
                named, start = _with_burmese_first_word(text, " ".join(core_words), start, 0)
                key = f"{NEW_ORGANISATION}{named}"
            yield OrgMention(key, start, match.end(), text[start : match.end()], self.kind(key))


# Two or more words in capitals before a name that is not: "PRESS RELEASE Sittaung ...".
_CAPITALS_HEADING = re.compile(r"(?:[A-Z]{2,}\s+){2,}(?=[A-Z][a-z])")


def _after_capitals_heading(text: str, start: int, end: int) -> int:
    """Where a name starts once the words in capitals heading it are left out, if the name
    itself is not in capitals."""
    heading = _CAPITALS_HEADING.match(text, start, end)
    return heading.end() if heading else start


# A letterhead in capitals: "MU VALLEY SMART SYSTEMS CO., LTD." on a line of its own.
_FIRM_LINE_IN_CAPITALS = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z0-9&'’.-]*[ \t]+){1,6}(?:CO\.?,?[ \t]*LTD\.?|COMPANY[ \t]+LIMITED|"
    r"LIMITED|LTD\.?)[ \t]*$",
    re.MULTILINE,
)


def _title_firm_lines(text: str) -> str:
    """The text with each letterhead in capitals written as a name is ("Mu Valley Smart
    Systems Co., Ltd."), so that its shape is read; every offset stays where it was."""
    return _FIRM_LINE_IN_CAPITALS.sub(
        lambda m: t if len(t := m.group(0).title()) == len(m.group(0)) else m.group(0), text
    )


# A firm unknown to the list and without a company-like ending is still a firm when a role
# verb names it: "delivered by Safaricom", "awarded the contract to Kyaw Aung".
_CUE_NAMED = re.compile(
    r"\b(?:supplied|delivered|built|installed|manufactured|developed|provided|operated|fitted|"
    r"mounted|erected|integrated|implemented|awarded(?:\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:contract|tender|work|deal|project))?\s+to|(?:contract|tender|deal|work)\s+went\s+to|"
    r"won\s+by)"
    r"(?:\s+by)?\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,3}?(?:company|firm|operator|integrator|"
    r"contractor|vendor|maker|supplier|manufacturer)\s+)?"
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})"
)


# The same firm as the subject of a role verb: "Safaricom installed the cameras", "Telekom
# Srbija was selected as the contractor". Capitalised words that are not names are left out.
_SUBJECT_NAMED = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))"
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})"
    r"(?:,\s+(?:which|who)\s+|,\s+(?:a|an|the)\s+[^,.;]{1,60},\s*)?\s*"
    r"(?:has\s+|have\s+|had\s+|has\s+been\s+|was\s+|were\s+|is\s+)?"
    r"(?:installed|supplied|fitted|mounted|won|awarded|selected|chosen|hired|contracted)\b"
    r"(?!\s+by\b)"
    # "Golden Lotus, a local company, ..."
    r"|(?P<name2>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|firm|contractor|integrator|supplier|manufacturer|vendor|operator)\b",
    re.MULTILINE,
)
_NOT_FIRM_SUBJECT = frozenset(
    [
        "police",
        "authorities",
        "officials",
        "workers",
        "crews",
        "engineers",
        "contractors",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "you",
        "the",
        "this",
        "that",
        "these",
        "those",
        "residents",
        "government",
        "ministry",
        "council",
        "city",
        "municipality",
        "technicians",
        "staff",
        "soldiers",
        "troops",
        "junta",
        "military",
        "cameras",
        "camera",
        "officers",
        "a",
        "an",
        "its",
        "their",
        "who",
        "which",
        "nothing",  # "Nothing has been installed yet"
        "nobody",
        "none",
        "one",
        "two",
        "three",
        "some",
        "all",
        # a clause's conjunction before a passive: "Once installed, the cameras will ..."
        "once",
        "when",
        "after",
        "before",
        "if",
        "until",
        "while",
        "although",
    ]
)


def _subject_named(text: str) -> list[str]:
    names = []
    for match in _SUBJECT_NAMED.finditer(text):
        words = (match.group("name") or match.group("name2")).split()
        while words and words[0].casefold() in _LEADING_NOISE:
            words = words[1:]
        if not words or any(w.casefold() in _NOT_FIRM_SUBJECT | _NOT_A_NAME for w in words):
            continue
        name = " ".join(words)
        # A word the text also writes in lower case is a common noun, not a name.
        if re.search(rf"(?<![\w]){re.escape(name.casefold())}(?![\w])", text):
            continue
        names.append(name)
    return names


def _is_name_word(word: str, head: str) -> bool:
    """Whether a word before "ministry"/"police" belongs to the body's name."""
    folded = word.casefold()
    if folded in _LEADING_NOISE or folded in _LOWER_STOP or folded.endswith(("'s", "’s")):
        return False
    if head.casefold().startswith("police") or head.casefold() in ("force", "service"):
        return word[:1].isupper()  # "Kayin State police", not "the traffic police"
    return folded.isalpha() or "-" in folded


def _spaces(text: str, start: int, words: int) -> int:
    """Characters of whitespace between the first `words` words from `start`."""
    position, count = start, 0
    for _ in range(words):
        while position < len(text) and text[position].isspace():
            position += 1
        while position < len(text) and not text[position].isspace():
            position += 1
        while position < len(text) and text[position].isspace():
            position += 1
            count += 1
    return count


def cue_named_firms(text: str) -> list[str]:
    """Names that a role verb introduces ("built by Safaricom"), as written."""
    names = []
    for match in _CUE_NAMED.finditer(text):
        words = match.group("name").split()
        while words and words[0].casefold() in _LEADING_NOISE:
            words = words[1:]
        if words and not any(w.casefold() in _NOT_A_NAME for w in words):
            names.append(" ".join(words))
    return names + _subject_named(text)


_GLOSS_OPENS = re.compile(r"[^\S\n]*\([^\S\n]*$")
_GLOSS_CLOSES = re.compile(r"[^\S\n]*\)")


def _without_glosses(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """A body's name in its own language, in brackets after its English one, is the same body:
    "Lublin City Hall (Urząd Miasta Lublin)", "Kayseri Metropolitan Municipality (Kayseri
    Büyükşehir Belediyesi)"."""
    kept: list[OrgMention] = []
    for mention in found:
        named = kept[-1] if kept else None
        if (
            named is not None
            and named.kind == mention.kind == "authority"
            and _GLOSS_OPENS.fullmatch(text, named.end, mention.start)
            and _GLOSS_CLOSES.match(text, mention.end)
        ):
            continue
        kept.append(mention)
    return kept


def _strip_noise(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """Drop leading words ("The", "Yangon-based", "Kenya's") a shape pattern swallowed."""
    while words and (
        words[0].casefold() in _LEADING_NOISE
        or words[0].casefold().endswith(("-based", "-registered", "'s", "’s"))
    ):
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    return _skip_space(text, start), words


# A body's kind inside the words before another's: a signature's "Tender Committee" over
# "Myeik Development Affairs Committee", its lines run together.
_INNER_BODY = frozenset({"Committee", "Council", "Office", "Department", "Commission", "Board"})


def _after_inner_body(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The name after the last body's kind that stands inside it, before two or more words of
    another name ("Tender Committee Myeik Development Affairs Committee")."""
    for index in range(len(words) - 3, -1, -1):
        if words[index] in _INNER_BODY and words[index + 1][:1].isupper():
            for word in words[: index + 1]:
                start = text.index(word, start) + len(word)
            return _skip_space(text, start), words[index + 1 :]
    return start, words


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _name_regex(name: str) -> str:
    """A name as a pattern: any run of spaces where it has one, "." optional at the end."""
    parts = [re.escape(part) for part in name.split()]
    return r"\s+".join(parts)


def _is_headline(text: str) -> bool:
    """Title Case text ("Junta Installs Chinese Cameras") makes every run look like a name."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) > 3]
    if len(words) < 4 or has_myanmar_script(text):
        return False  # Latin names inside Burmese text are capitalised runs by nature
    return sum(w[0].isupper() for w in words) / len(words) > 0.75
