"""Predicate cues: which words in a sentence say who supplied, won, installed or runs a system,
how many cameras, what they can do, where the project stands, when it started, what it cost.

Each rule is a named pattern, so every suggestion can say which one produced it and a
reviewer can see which rules to trust. Rules work on one sentence; the caller decides the
place, the stance and the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from countersight.evidence.values import (
    ClaimValue,
    CountValue,
    DateValue,
    MoneyValue,
    RefValue,
    TermValue,
    TextValue,
)
from countersight.extract.organisations import OrgMention
from countersight.extract.stance import DECLINE, DENIAL, MY_A_OR_NOT_A, WRITTEN_TO
from countersight.extract.values import (
    COUNT,
    MY_NUMBER_WORDS,
    MY_WORD_NUMBER,
    Found,
    burmese_word_number,
    count_value,
    find_dates,
    find_money,
    last_weekday,
)
from countersight.geo.burmese import has_myanmar_script

# Words that show a sentence is about a surveillance system at all.
ANCHOR = re.compile(
    r"\b(?:cameras?|CCTV|surveillance|safe[\s-]+city|smart[\s-]+city|monitoring|control rooms?|"
    r"command cent(?:re|er)s?|(?:camera|video|surveillance|monitoring) "
    r"(?:system|network|software)s?|tenders?|contract|project|installations?)\b"
    r"|ကင်မရာ|စီစီတီဗွီ|စောင့်ကြည့်|လုံခြုံသောမြို့|စီမံကိန်း|ကန်ထရိုက်|တင်ဒါ",
    re.IGNORECASE,
)
# Cameras a private owner bought for itself: "those of a private bank branch", "bought by the
# two institutions themselves"
PRIVATE_OWNER = re.compile(
    r"\bprivate(?:ly)?[\s-]+(?:owned\b|banks?\b|compan|firms?\b|business|shops?\b|homes?\b|"
    r"houses?\b|schools?\b|hospitals?\b|propert)"
    r"|\bbought\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?themselves\b",
    re.IGNORECASE,
)
# Sentences that say what is not known: "we cannot say whether", "so I cannot say who made them".
HEDGE = re.compile(
    r"\b(?:cannot|can't|could not|couldn't|unable to|not able to)\s+(?:\w+\s+)?"
    r"(?:say|confirm|verify|tell|establish|determine)\b"
    # "... တပ်ဆင်မည်ဟု ပြည်သူများ ကြားသိနေရပါသည်" (people keep hearing that ... will be installed)
    r"|ဟု\s*(?:[^\s။]+\s+){0,2}?(?<!ပြော)ကြား(?:သိ)?(?:နေ)?ရ",
    re.IGNORECASE,
)
# Sentences about surveillance in general, not about one system.
_PREMISES = (
    r"(?:hotels|factories|shops|homes|houses|offices|office buildings|clinics|guesthouses|"
    r"warehouses|banks|malls|restaurants|schools)"
)
GENERIC = re.compile(
    r"\b(?:around the world|worldwide|many (?:cities|countries)|increasingly|in general|"
    r"globally|export controls)\b"
    # "in some countries", "in many countries", "around the world" in Burmese
    r"|အချို့(?:သော)?\s*နိုင်ငံ|နိုင်ငံ\s*(?:အများအပြား|များစွာ)|ကမ္ဘာ\s*(?:တစ်ဝှမ်း|အနှံ့)",
    re.IGNORECASE,
)
# Cameras a firm or its trainees put in "hotels, factories and office buildings": private.
PRIVATE_PREMISES = re.compile(
    rf"\bin\s+(?:over\s+|more than\s+)?(?:\d[\d,]*\s+)?{_PREMISES},?\s+(?:\w+\s+)?{_PREMISES}\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not|never|no|without|n't|neither|nor|none)\b|\w+n't\b"
    # Burmese negation is "မ" before a verb ("မထောက်ပံ့ခဲ့ပါ"), not every "မ" ("ကင်မရာ").
    r"|(?<![က-အ]်)(?<![က-ဿ])မ(?:ထောက်ပံ့|တပ်ဆင်|ရောင်း|ပေး|ရရှိ|ဝယ်|ထုတ်လုပ်|ပါဝင်|သုံး|ရှိ|ဟုတ်|"
    r"ပံ့ပိုး|အောင်မြင်)|ခြင်း\s*မရှိ",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule read in a sentence: predicate, value, the clause that says it."""

    predicate: str
    value: ClaimValue
    start: int
    end: int
    rule: str
    negated: bool = False


def org_value(mention: OrgMention) -> RefValue:
    return RefValue(kind="organisation", key=mention.key)


def org_key(finding: Finding) -> str:
    """The organisation a role finding names: a firm's key, or a software vendor's text."""
    return getattr(finding.value, "key", None) or getattr(finding.value, "text", "")


def software_value(mention: OrgMention) -> TextValue:
    """Software suppliers are text values (named or not); a known firm is named by its key."""
    return TextValue(text=mention.key)


# ---- organisations and their roles ---------------------------------------------------------

_SUPPLY_VERB = (
    r"(?:made|manufactured|supplied|provided|built|produced|sourced|bought|purchased|imported|"
    r"procured|delivered|sold|offered|developed|branded)"
)
_HW_NOUN = (
    r"(?:cameras?|equipment|hardware|devices|CCTV|units|technology|gear|products|readers|"
    r"scanners|sensors|kit)"
)
_SW_NOUN = (
    r"(?:software|algorithms?|platform|analytics|(?:facial|face)[\s-]+recognition"
    r"(?:\s+(?:software|technology|system))?)"
)
_LIST_GAP = re.compile(
    r"^(?:\s*\([^()]{0,40}\))*\s*(?:,|and|&|as well as|or|,\s*and|နှင့်|၊)\s*(?:the\s+)?$"
    r"|^\s*/\s*$"
)


@dataclass(frozen=True)
class RoleCue:
    """A pattern whose organisations (after or before it) take a role."""

    rule: str
    predicate: str
    pattern: re.Pattern[str]
    side: str  # "after": organisations follow the cue; "before": they precede it
    gap: int = 60  # how far from the cue the first organisation may stand
    lead: re.Pattern[str] | None = None  # "before" cues: what must stand just before the firm


def _cue(
    rule: str, predicate: str, side: str, pattern: str, gap: int = 60, lead: str = ""
) -> RoleCue:
    return RoleCue(
        rule,
        predicate,
        re.compile(pattern, re.IGNORECASE),
        side,
        gap,
        re.compile(lead, re.IGNORECASE) if lead else None,
    )


# A relative clause of putting cameras up: "(that is) putting the cameras up", "which mounted".
# "X, a Yangon firm, built the network": the firm that put the system up
_THE_SYSTEM_BUILT = r"\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:network|system)\b"
_BUILT_THE_SYSTEM = re.compile(_THE_SYSTEM_BUILT, re.IGNORECASE)
_PUTTING_UP = (
    r"\s+(?:(?:that|which|who)\s+)?(?:(?:is|are|was|were|has|had)\s+(?:been\s+)?)?"
    r"(?:putting|put|installing|installed|mounting|mounted|fitting|fitted|erecting|erected)\b"
)
_DOING_INSTALLATION = (
    r"\s+(?:doing|carrying out|handling|in charge of|responsible for)\s+(?:the\s+)?installation\b"
)
_CONTRACT_WORK = (
    r"(?:supply|supplying|deliver|delivering|provide|providing|build|building|implement|"
    r"implementing|carry out|run|build and run|design)"
)
ROLE_CUES: tuple[RoleCue, ...] = (
    # A firm that supplies and installs under a contract is the contractor (procurer);
    # "chosen as the contractor", "hired to supply and install", "which won the contract".
    _cue(
        "procurer/supply-and-install",
        "procurer",
        "before",
        r"^[^.;]{0,60}?\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?)"
        r"\s*(?:,|and|,\s*and)\s*(?:to\s+)?install(?:s|ed|ing)?\b"
        r"|^[^.;]{0,40}?\b(?:was|were|is|are|has been|have been|had been|will be|been)\s+"
        r"(?:\w+ly\s+)?(?:selected|chosen|picked|named|appointed|hired|contracted|engaged|"
        r"retained|tapped|commissioned|awarded)\b\s*(?:by\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,7}?)?"
        r"(?:as\s+(?:the\s+|a\s+|its\s+)?"
        r"(?:\w+\s+){0,2}?(?:contractor|supplier|vendor|integrator|winner|bidder|partner)\b"
        rf"|to\s+{_CONTRACT_WORK}\b|for\s+(?:the\s+|a\s+)?(?:\w+\s+){{0,3}}?(?:contract|"
        r"project|tender|job|work)\b)"
        r"|^\s*,\s*(?:which|that|who)\s+(?:\w+ly\s+)?(?:won|secured|was awarded|had won|"
        r"has won)\b"
        # "supplied and installed" in one clause; "...ကြောင်း" ends the clause of supplying.
        r"|^[\s\u1000-\u109f]{0,20}?ထောက်ပံ့(?:(?!ကြောင်း)\S){0,30}\s*(?:(?:(?!ကြောင်း)\S){1,30}\s*)?"
        r"တပ်ဆင်",
        2,
    ),
    # "The committee has chosen X to build the network", "hired X as the contractor".
    _cue(
        "procurer/chose-x",
        "procurer",
        "before",
        rf"^\s+(?:to\s+{_CONTRACT_WORK}\b|as\s+(?:the\s+|a\s+|its\s+)?(?:\w+\s+){{0,2}}?"
        r"(?:contractor|supplier|vendor|integrator|partner)\b)",
        2,
        lead=r"\b(?:chosen|chose|choose|selected|selects?|picked|picks?|appointed|appoints?|hired|"
        r"hires?|contracted|engaged|commissioned|tapped)\s+(?:the\s+(?:\w+\s+)?(?:firm|company)\s+)?$",
    ),
    # "The committee has accepted our bid to design, supply and install", "accepted Golden
    # Lotus's bid": the bidder whose bid is accepted holds the contract.
    _cue(
        "procurer/bid-accepted",
        "procurer",
        "before",
        r"^(?:['’]s?)?\s+(?:bid|offer|tender|proposal)\b",
        2,
        lead=r"\baccept(?:ed|s)?\s+(?:the\s+)?$",
    ),
    # "X, the main contractor for the project, ..."
    _cue(
        "procurer/x-the-contractor",
        "procurer",
        "before",
        # (not "X, the Mawlamyine contractor that put up the poles": the firm that installed)
        r"^\s*,\s*(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:contractor|integrator|"
        rf"tender winner|winning bidder)\b(?!{_PUTTING_UP})"
        # "X, a Dakar-based integrator that won the council's tender"; "an integrator" alone
        # says what the firm does, not that it holds the contract
        r"|^\s*,\s*an?\s+(?:\w+\s+){0,2}?(?:integrator\s+(?:that|which)\s+won|tender winner|"
        r"winning bidder)\b",
        2,
    ),
    _cue(
        # "the committee signed with us the contract for", "signed a contract with X"
        "procurer/signed-with",
        "procurer",
        "after",
        r"\bsigned\s+with\b|\bsigned\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?contract\s+with\b",
        2,
    ),
    _cue(
        "procurer/contract-went-to",
        "procurer",
        "after",
        r"\b(?:tenders?|contracts?|bids?|deal|work)\b[^.;]{0,30}?\b(?:went|goes|was given|"
        r"was handed|was let)\s+to\b",
        40,
    ),
    # hardware
    _cue(
        "supplier/cameras-made-by",
        "hardware_supplier",
        "after",
        # (not "cameras are Hanwha units, and its software was supplied by X": X's software)
        rf"\b{_HW_NOUN}\b(?:(?!\b{_SW_NOUN}\b)[^.;]){{0,60}}?\b{_SUPPLY_VERB}\s+(?:by|from)\b",
    ),
    _cue(
        "supplier/source-from",
        "hardware_supplier",
        "after",
        rf"\b(?:sourc\w*|buy\w*|bought|purchas\w+|import\w*|procur\w+|acquir\w+|order\w*)\b"
        rf"[^.;]{{0,50}}?\b{_HW_NOUN}\b[^.;]{{0,60}}?\bfrom\b",
        90,
    ),
    _cue(
        "supplier/equipment-from",
        "hardware_supplier",
        "after",
        rf"\b{_HW_NOUN}\s+(?:\w+\s+)?from\b"
        rf"|\b{_HW_NOUN}\b[^.;]{{0,30}}?\b(?:come|came|comes|coming|will come)\s+from\b"
        r"|\b(?:they|these|those|the\s+(?:\w+\s+)?(?:cameras|units|devices))\s+"
        r"(?:were|are|had been|have been|will be)\s+(?:\w+ly\s+)?"
        r"(?:bought|purchased|imported|sourced|ordered|procured)"
        r"\s+from\b",
        40,
    ),
    _cue(
        "supplier/make-of-cameras",
        "hardware_supplier",
        "after",
        r"\b(?:make|brand|manufacturer|maker)s?\s+of\s+(?:the\s+)?cameras?\b[^.:;]{0,50}:",
        20,
    ),
    _cue(
        # "every camera will be a Hanwha unit", "the cameras are all Dahua models"
        "supplier/camera-is-a-x",
        "hardware_supplier",
        "after",
        # "we supplied all 64 cameras, every one of them a Tiandy unit"
        r"\b(?:every|each)\s+one\s+of\s+them\s+(?:is\s+|was\s+)?an?\s+"
        r"(?=\S+(?:\s+\S+)?\s+(?:units?|models?|cameras?)\b)|"
        r"\bcameras?(?:\s+(?:on|in|of)\s+the\s+(?:network|system)|\s+themselves)?\s+(?:will\s+be|"
        r"would\s+be|is|"
        r"are|was|were)\s+(?:all\s+)?(?:an?\s+)?"
        r"(?=\S+(?:\s+\S+)?\s+(?:units?|models?|cameras?|domes?)\b)",
        1,
    ),
    _cue(
        # the maker's name read off the kit: "The small print on the side of the dome says
        # TIANDY", "The cardboard boxes they leave on the pavement say Kedacom"
        "supplier/label-says",
        "hardware_supplier",
        "after",
        r"\b(?:print|label|sticker|lettering|writing|logo|boxes|cartons|packaging|housing|badge|"
        r"plate|plaque|nameplate)s?\b"
        r"[^.;]{0,50}?\b(?:says?|reads?|shows?)\b",
        3,
    ),
    _cue(
        "supplier/built-by",
        "hardware_supplier",
        "after",
        r"\b(?:system|network|cameras?)\b[^.;]{0,30}?\b(?:built|supplied|made) by\b",
        40,
    ),
    _cue(
        "supplier/will-be-made-by",
        "hardware_supplier",
        "after",
        r"\b(?:will be|to be|are|were|be|being)\s+(?:made|manufactured)\s+by\b",
        30,
    ),
    _cue(
        "supplier/camera-maker-x",
        "hardware_supplier",
        "after",
        r"\b(?:camera|CCTV|surveillance|equipment|hardware)\s+(?:equipment\s+)?(?:makers?|"
        r"manufacturers?|giants?|suppliers?|vendors?|brands?)\s+(?:(?:such as|including|like)\s+)?",
        3,
    ),
    _cue(
        "supplier/bearing-brand",
        "hardware_supplier",
        "after",
        r"\bcameras?\s+(?:bearing|carrying|with|showing)\s+(?:the\s+)?(?:logos?\s+of\s+)?",
        5,
    ),
    _cue(
        "supplier/marked-with-name",
        "hardware_supplier",
        "before",
        r"^\s+(?:name|names|logo|logos|brand|mark|marks)\b",
        2,
        lead=r"\b(?:with|carry|carries|carried|carrying|bear|bears|bore|bearing|show|shows|showed|"
        r"showing|stamped|marked|printed|painted)\s+(?:the|their|its|a)\s+$",
    ),
    _cue(
        "supplier/of-x-manufacture",
        "hardware_supplier",
        "before",
        r"^\s+(?:manufacture|make|brand|origin)\b",
        2,
        lead=r"\bof\s+$",
    ),
    _cue(
        "supplier/make-field",
        "hardware_supplier",
        "after",
        r"\b(?:make|brand|manufacturer)(?:\s+of\s+(?:the\s+)?(?:equipment|cameras?|hardware))?"
        r"(?:[ \t]*\((?:all\s+items|all|every\s+item)\))?[ \t]*:[ \t]*"
        # a plaque's or a form's "Equipment Supplier: Huawei Technologies Co., Ltd."
        r"|\b(?:equipment|camera|hardware)\s+(?-i:[Ss])upplier[ \t]*:[ \t]*"
        # a slide's or a list's "Cameras: Axis Communications, fixed and dome"
        r"|(?:^|(?<=[-•*]\s))(?-i:Cameras)[ \t]*:[ \t]*",
        3,
    ),
    _cue(
        "supplier/x-cameras",
        "hardware_supplier",
        "before",
        r"^(?:['’]s)?(?:\s+and\s+\w+)?[\s-]+(?:(?:branded|brand|made|built|manufactured|"
        r"supplied|IP|CCTV|PTZ|surveillance|security|network|dome|bullet)[\s-]+){0,2}"
        r"(?:cameras?|CCTV|camera|equipment|hardware|kit|units?|models?|products?)\b"
        r"|^[\s-]*(?:made|built|manufactured|branded|brand|supplied|provided)\b|"
        # The maker's mark on the cameras: "the Hikvision name on the housing", "Uniview
        # stickers", "Dahua အမှတ်တံဆိပ်" (brand mark).
        r"^\s+(?:branding|logos?|brand\s+names?|labels?|stickers?|markings?|badges?|"
        r"name\s+(?:on|printed|painted|stamped))\b|^\s*အမှတ်တံဆိပ်"
        r"|^\s+(?:as|is|was|were)\s+(?:the\s+)?(?:main\s+|sole\s+|only\s+)?(?:supplier|maker|"
        r"manufacturer|vendor)s?\s+of\s+(?:the\s+)?(?:\w+\s+)?cameras\b",
        2,
    ),
    _cue(
        "supplier/x-supplied",
        "hardware_supplier",
        "before",
        r"^[^.;]{0,40}?\b(?:has |have |had |will |would )?(?:supplied|provided|sold|delivered|"
        r"shipped|supplies|provides|sells|delivers)\s+(?:the\s+|its\s+|some\s+)?"
        r"(?:\w+\s+){0,2}(?:cameras?|equipment|hardware|CCTV)\b",
        2,
    ),
    _cue(
        "supplier/burmese-camera",
        "hardware_supplier",
        "before",
        r"^\s*(?:ကုမ္ပဏီ\S*\s*)?(?:တို့)?(?:က\s*)?(?:ထံမှ\s*)?(?:(?!ဆောင်ရွက်|တပ်ဆင်)\S+\s*){0,1}?"
        r"(?:ကင်မရာ(?![^။]{0,30}?တပ်ဆင်)|ထုတ်လုပ်|ဝယ်ယူ|ထောက်ပံ့|ပံ့ပိုး|ရောင်းချ)"
        # the name in Latin letters in brackets: "ဒါဟွာ (Dahua) ထုတ် ကင်မရာများ" (Dahua-made cameras)
        r"|^\s*\([^()]{1,40}\)\s*ထုတ်\s*(?:ကင်မရာ|များ)"
        # ... or without: "Tiandy ထုတ် IP ကင်မရာ" (Tiandy-made IP cameras)
        r"|^\s*ထုတ်\s*(?:[A-Za-z]+\s*)?ကင်မရာ"
        # "Uniview ကုမ္ပဏီ၏ ထုတ်ကုန်များဖြင့်": with Uniview's products
        r"|^\s*(?:ကုမ္ပဏီ\s*)?၏\s*(?:ထုတ်ကုန်|ပစ္စည်း|စက်ပစ္စည်း)"
        # "ဟွာဝေ (Huawei) ထုတ်ကုန်များ": Huawei's products
        r"|^\s*(?:\([A-Za-z]+\)\s*)?ထုတ်ကုန်",
        2,
    ),
    _cue(
        "supplier/burmese-bought-from",
        "hardware_supplier",
        "before",
        r"^\s*(?:ထံမှ|မှ)\s*(?:ဝယ်ယူ|တင်သွင်း|မှာယူ)",
        2,
    ),
    # software
    _cue(
        "software/developed-by",
        "software_supplier",
        "after",
        rf"\b{_SW_NOUN}\b[^.;]{{0,60}}?\b(?:developed|supplied|made|provided|licensed|built|"
        r"sold|from)\s*(?:by)?\b",
        40,
    ),
    _cue(
        "software/x-software",
        "software_supplier",
        "before",
        r"^(?:['’]s)?\s+(?:(?:facial|face)[\s-]+recognition\s+|video\s+analytics\s+)?"
        r"(?:software|algorithms?|platform)\b",
        2,
    ),
    # "The records name the developer of that module as Jade Lens AI Technology Co., Ltd."
    _cue(
        "software/developer-of",
        "software_supplier",
        "after",
        r"\b(?:developer|maker|author|vendor|supplier|provider)s?\s+of\s+(?:that|the|this|its)\s+"
        r"(?:[\w-]+\s+)?(?:module|software|platform|algorithm|analytics)s?\s+(?:as|is|was|were)\b",
        20,
    ),
    # procurement
    _cue(
        "procurer/won-tender",
        "procurer",
        "before",
        r"^[^.;]{0,60}?\b(?:has |have |had )?(?:won|secured|clinched|bagged|obtained)\s+"
        r"(?:the\s+|a\s+|two\s+|several\s+)?(?:\w+\s+){0,3}?(?:tenders?|contracts?|bids?|deal)\b"
        # "On 18 August we signed the street camera contract for Kyauktan"
        r"|^\s+(?:has\s+|have\s+|had\s+)?signed\s+(?:the|a|an|its|our)\s+(?:[\w-]+\s+){0,3}?"
        r"contract\s+(?:for|to)\b"
        r"|^[^.;]{0,60}?\b(?:was|were|has been|have been|had been)\s+awarded\b"
        r"|^[^.;]{0,40}?\b(?:was|were|has been|have been|had been)\s+(?:given|handed|granted)\s+"
        r"(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:tender|contract|deal|job)\b"
        r"|^[^.;]{0,30}?\b(?:is|was) the (?:successful|winning) bidder"
        r"|^[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|likely|tipped|set|poised|"
        r"favou?red)\s+to\s+(?:win|be awarded|get|receive|secure)\b"
        r"|^\s*(?:,[^,.;]{0,40},\s*)?(?:has\s+|had\s+)?won\b"
        # 'X ("X") today signed a contract with the Committee to design, supply and install',
        # 'after being selected as the successful bidder'
        r"|^[^.;]{0,40}?\b(?:has |have |had )?signed\s+(?:a|the|an)\s+(?:\w+\s+){0,2}?contract\s+"
        r"with\b[^.;]{0,80}?\bto\s+(?:design|supply|install|build|deliver|provide|set up)\b"
        # "X, received on 2 August 2041 a letter of acceptance from the Committee"
        r"|^\s*,?\s*(?:has\s+|had\s+)?received\b[^.;]{0,30}?\ba\s+(?:letter|notice)\s+of\s+"
        r"(?:acceptance|award)\b",
        2,
    ),
    _cue(
        "procurer/awarded-to",
        "procurer",
        "after",
        r"\b(?:awarded|went|granted|given|let)\b(?:\s+(?:the\s+)?(?:\w+\s+){0,3}?"
        r"(?:tenders?|contracts?|work|deal|project))?"
        # "was awarded on 29 April to X", "went in March 2047 to X"
        r"(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]+)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?\s+to\b"
        r"(?!\s+(?:put|install|supply|build|set)\b)"
        r"|\b(?:awarded|granted|given|let)\s+(?:a|the|its)\s+(?:\w+\s+){0,3}?"
        r"(?:contract|tender|deal)\s+(?:for|to\s+(?:put|install|supply|build|set)\b)[^.;]{0,100}?\s+to\b"
        r"|\b(?:tenders?|contracts?|work|job|project|deal)\b[^.;]{0,40}?\bwon\b[^.;]{0,50}?\bby\b"
        r"|\b(?:system|project|network)\b[^.;]{0,20}?\b(?:delivered|implemented|integrated)\s+by\b"
        r"|\b(?:tender|contract) winners?(?: were| was| is|,)?"
        r"|\b(?:successful|winning) bidder(?: was| is|,|:)?|\bthe winner (?:is|was|were)\b"
        r"|\bprocurement (?:firms?|companies) including\b|\bcontractor would be\b",
        60,
    ),
    _cue(
        "procurer/burmese-awarded",
        "procurer",
        "before",
        # "... ကုမ္ပဏီလီမိတက်အား ဖေဖော်ဝါရီလ ၁၂ ရက်နေ့တွင် ချထားပေး" (assigned to X on 12 February)
        r"^\s*(?:ကုမ္ပဏီ)?\s*(?:တို့)?(?:က|သို့|အား)\s*(?:[^\s။]+\s+){0,6}?(?:ရရှိ|ချထား|အောင်မြင်)",
        2,
    ),
    # installation
    _cue(
        "installer/x-a-contractor",
        "installer",
        "before",
        # "X Co., Ltd., a contractor from Falam": a firm of builders, doing the work; "X, the
        # Mawlamyine contractor that put up the poles and cameras"
        r"^\s*,\s*an?\s+(?:\w+\s+){0,2}?contractor\b"
        rf"|^\s*,\s*(?:the|its)\s+(?:\w+\s+){{0,2}}?(?:contractor|firm|company){_PUTTING_UP}"
        # a form's "Supplier: X Co., Ltd., Kalay (supply and installation contractor)"
        r"|^[^.;()\n]{0,30}\((?:the\s+)?(?:supply\s+and\s+)?install\w*(?:\s+and\s+\w+)?\s+"
        r"contractor\)"
        # a delivery note's "Consignee: X Co., Ltd. (installer)", "(installer of the system, ...)"
        r"|^[^.;()\n]{0,30}\((?:the\s+)?installer\b"
        # a consignee's line: "X Co., Ltd., project store, Bokpyin, the installer of the ..."
        r"|^[^.;()\n]{0,50}?,\s*(?:the|its)\s+installer\s+of\b",
        2,
    ),
    _cue(
        "installer/installed-by",
        "installer",
        "after",
        r"\b(?:installed|fitted|mounted|put up|put in|set up|erected|deployed|"
        # "the network had been laid by X", "cabled by X"
        r"(?:raised|put up) and wired|laid|cabled|wired)"
        # "had been put up since September by X", "installed over the past four months by X"
        r"(?:\s+(?:since|in|on|during|over|from|between)\s+[^,.;]{0,25}?\b(?:(?-i:January|February|"
        r"March|April|May|June|July|August|September|October|November|December)|\d{4}|months?|"
        r"weeks?|years?|days?))?\s+by\b"
        # a form's field: "Original installer: X Co., Ltd.", "Installer of customer's
        # equipment (site contact): X"; "Its builder, X, which ..."
        # ... and a works document's "Contractor:    X Co., Ltd.", a programme's "Installation: X"
        r"|(?:^|(?<=\n))[ \t]*(?-i:Contractor|Installation)[ \t]*:[ \t]*"
        r"|\binstaller\s*:|\binstaller\s+of\s+(?:the\s+)?(?:customer['’]s\s+)?(?:equipment|"
        r"cameras|system)\b[^:\n]{0,60}:"
        r"|\b(?:its|the)\s+(?:builder|installer)\s*,"
        # "installed, and are maintained, by X"
        r"|\b(?:installed|fitted|mounted|erected)\s*,[^.;]{0,30},\s*by\b"
        r"|\binstallation\s+(?:\w+\s+){0,4}?(?:by|to)\b"
        r"|\b(?:installation|work)\s+(?:was|is|has\s+been)\s+the\s+work\s+of\b"
        # "the work was carried out by X"
        # ... "The poles and the fibre were done by X", "the cabling and mounting was handled by X"
        r"|\b(?:work|installation|job|poles|fibre|fiber|cabling|wiring|mounting)"
        r"(?:\s+and\s+(?:the\s+)?(?:poles|fibre|fiber|cabling|wiring|mounting))?"
        r"\s+(?:was|were|is|has been|had been|will be)\s+"
        r"(?:carried out|done|performed|undertaken|completed|handled)\s+by\b"
        # "The installation contractor is X"
        r"|\binstall\w*\s+(?:contractor|firm|company|subcontractor)\s+(?:is|was|will be)\b"
        # The people doing the work: "his crew works for X", "workers from a firm called X",
        # "the men belonged to X".
        r"|\b(?:crews?|workers|men|technicians|installers|labourers|engineers)\b[^.;]{0,30}?\b"
        r"(?:works?\s+for|worked\s+for|working\s+for|belong(?:s|ed)?\s+to|employed\s+by|from)\s+"
        r"(?:(?:a|the)\s+(?:\w+\s+)?(?:firm|company|contractor)\s+(?:called|named)\s+)?"
        r"|\binstall\w*\b[^.;]{0,40}?\b(?:carried out|done|handled|undertaken|performed|"
        r"conducted|managed)\s+by\b",
        40,
    ),
    _cue(
        "installer/hired-to-install",
        "installer",
        "before",
        r"^[^.;]{0,20}?\b(?:was|were|is|are|has been|have been|had been|been)\s+(?:hired|"
        r"contracted|engaged|selected|chosen|commissioned|appointed)\b\s*(?:by\s+(?:the\s+)?"
        r"(?:[\w'’-]+\s+){1,5}?)?to\s+(?:install|fit|mount|put up|erect)\b",
        2,
    ),
    _cue(
        "installer/x-installed",
        "installer",
        "before",
        r"^[^.;]{0,30}?\b(?:has |have |had |is |are |was |were |will )?(?:installed|installing|"
        r"installs|install|fitted|fitting|mounted|mounting|putting up|put up|erecting|erected|"
        r"fixing)\b"
        r"|^[^.;]{0,30}?\b(?:is|are|was|were|will be|has been)\s+(?:\w+ly\s+)?(?:doing|"
        r"handling|carrying out|in charge of|responsible for|undertaking)\s+(?:the\s+)?"
        r"(?:\w+\s+)?(?:installation|installing|fitting|mounting)\b"
        # "X has completed the installation of a street camera system in Bogale"
        r"|^[^.;]{0,30}?\b(?:has|have|had)\s+(?:now\s+)?(?:completed|finished)\s+(?:the\s+)?"
        r"(?:installation|installing|fitting|mounting)\b"
        # "X is the installation contractor for the Amarapura Safe City Project"
        r"|^\s*(?:is|was|will be|has been)\s+(?:the|an?)\s+(?:\w+\s+)?(?:installation|"
        r"installing)\s+(?:contractor|subcontractor|firm|company|partner)\b"
        # "X has the job of raising the poles, mounting the cameras and ..."
        r"|^[^.;]{0,30}?\b(?:has|had|have|was\s+given|got)\s+the\s+(?:job|task|work)\s+of\s+"
        r"(?:raising|mounting|installing|putting\s+up|fitting|erecting|setting\s+up)\b"
        # "X designed and built the network", "X finished the street camera system for ..."
        rf"|^\s*(?:has\s+|had\s+)?(?:(?:designed\s+and\s+)?built|finished|completed)"
        rf"{_THE_SYSTEM_BUILT}",
        2,
    ),
    _cue(
        "procurer/named-as-contractor",
        "procurer",
        "before",
        r"^\s*(?:,[^,.;]{0,60},\s*)?as\s+(?:the|its)\s+(?:main\s+|prime\s+|lead\s+)?"
        r"(?:contractor|winning\s+bidder|successful\s+bidder|systems?\s+integrator)\b"
        rf"(?!{_PUTTING_UP}|{_DOING_INSTALLATION})",
        2,
    ),
    _cue(
        "installer/named-as-installer",
        "installer",
        "before",
        r"^\s*(?:,[^,.;]{0,60},\s*)?as\s+(?:the|its|an?)\s+(?:\w+\s+)?(?:installer|"
        r"installation\s+(?:contractor|firm|company|partner))\b"
        # "as the contractor putting the cameras up", "as the company that put them up"
        r"|^\s*(?:,[^,.;]{0,60},\s*)?as\s+(?:the|its|an?)\s+(?:\w+\s+)?(?:contractor|company|"
        rf"firm|business|subcontractor)(?:{_PUTTING_UP}|{_DOING_INSTALLATION})",
        2,
    ),
    _cue(
        "installer/burmese-installed",
        "installer",
        "before",
        r"^\s*(?:ကုမ္ပဏီ)?\s*က(?![\u102b-\u103e])\s*(?:\S{1,30}\s*){0,2}တပ်ဆင်"
        # a firm that opens a formal sentence and closes it having installed: "X ကုမ္ပဏီလီမိတက်သည်
        # ... ကင်မရာ ... ၃၆ လုံးကို ... တပ်ဆင်ပြီးစီးခဲ့ပါသည်"
        # (not where another subject does the installing, "ရဲတပ်ဖွဲ့က တပ်ဆင်", nor "did not")
        r"|^\s*(?:ကုမ္ပဏီ(?:လီမိတက်)?)?\s*သည်\s(?:(?!\Sက\s)[^။]){0,300}?တပ်ဆင်(?:ပြီးစီး|ပေး)?ခဲ့"
        r"(?!\S*\s*(?:ခြင်း\s*မရှိ|ဘူး))",
        2,
    ),
    # "တပ်ဆင်သူမှာ X ကုမ္ပဏီ ဖြစ်ကြောင်း" (the installer is X company)
    _cue(
        "installer/burmese-installer-is",
        "installer",
        "after",
        r"တပ်ဆင်(?:သူ|သည့်\s*ကုမ္ပဏီ)\s*(?:မှာတော့|ကတော့|မှာ|သည်|က)(?![\u102b-\u103e])",
        2,
    ),
    # "တပ်ဆင်ခြင်းလုပ်ငန်းကို ... X ကုမ္ပဏီက ဆောင်ရွက်" (the installation work is done by X)
    _cue(
        "installer/burmese-carried-out",
        "installer",
        "before",
        r"^\s*(?:ကုမ္ပဏီ\S*\s*)?က(?![\u102b-\u103e])\s*(?:တာဝန်ယူ\s*)?ဆောင်ရွက်",
        2,
        lead=r"တပ်ဆင်\S*\s*လုပ်ငန်း\S*[^။]{0,60}$",
    ),
)

_APPOSITIVE = re.compile(
    r"\s*,\s*(?:a|an|the|its|one of)\s[^,.;()]{0,120}?,\s*(?=[a-z])", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]\s|\b(?:and|while|but|whereas)\s", re.IGNORECASE)
_NOT_SUPPLIERS = frozenset({"authority", "ngo", "outlet"})


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _chain_after(mentions: Sequence[OrgMention], text: str, first: int) -> list[OrgMention]:
    chain = [mentions[first]]
    for nxt in mentions[first + 1 :]:
        if not _LIST_GAP.match(text[chain[-1].end : nxt.start]) or _POSSESSIVE_AFTER.match(
            text, nxt.end
        ):
            break  # "by Tiandy Technologies, Myat Thiri's partner": not a second supplier
        chain.append(nxt)
    return chain


def _chain_before(mentions: Sequence[OrgMention], text: str, last: int) -> list[OrgMention]:
    chain = [mentions[last]]
    for prev in reversed(mentions[:last]):
        if not _LIST_GAP.match(text[prev.end : chain[0].start]):
            break
        chain.insert(0, prev)
    return chain


_UNDER_CONTRACT = re.compile(
    r"\bunder\s+(?:a|an|the|its)\s+(?:[\w$.,-]+\s+){0,4}?(?:contract|deal|agreement|tender)\b"
    r"|\bcontract\s+with\s+(?:the\s+)?(?:government|police|ministry|city|council|authorit)",
    re.IGNORECASE,
)


def role_findings(text: str, start: int, end: int, orgs: Sequence[OrgMention]) -> Iterator[Finding]:
    """Organisations given a role by a cue in the sentence text[start:end].

    One role per organisation and sentence: the first cue in ROLE_CUES order wins, so
    "cameras offered by the successful bidder: Dahua" makes Dahua a supplier, not a winner.
    """
    seen: set[str] = set()
    kinds = {m.key: m.kind for m in orgs}
    under_contract = bool(_UNDER_CONTRACT.search(text, start, end))
    for finding in _role_findings(text, start, end, orgs):
        key = org_key(finding)
        if (
            under_contract
            and finding.predicate == "hardware_supplier"
            and kinds.get(key) not in ("manufacturer", "software")
        ):
            # A firm that delivers the system under a contract is the contractor.
            finding = replace(finding, predicate="procurer", rule=f"{finding.rule}+contract")
        # A brand that Burmese social-media pages are said to name ("... ထုတ်ကုန်များ
        # အသုံးပြုထားသည်ဟု ဖော်ပြနေကြသည်") is no supplier; in English a rumour's brand is kept for
        # the answer that denies it ("A post said the cameras were made by Huawei." / "Not one
        # of them is.")
        if (
            finding.predicate.endswith("_supplier")
            and has_myanmar_script(text[start:end])
            and HEARSAY.search(text, start, end)
        ):
            continue
        if key not in seen:
            seen.add(key)
            yield finding
            yield from _and_not(finding, text, orgs, seen)


# "supplied by Axis Communications and not by Hikvision": the firm set against the one named.
_AND_NOT = re.compile(r"\s*,?\s*(?:and|but)\s+not\s+(?:by\s+|from\s+)?", re.IGNORECASE)
AND_NOT_RULE = "/and-not"


def _and_not(
    finding: Finding, text: str, orgs: Sequence[OrgMention], seen: set[str]
) -> Iterator[Finding]:
    """The firm a role is said not to belong to, right after the one it does: a denial."""
    key = org_key(finding)
    named = next((m for m in orgs if m.key == key and finding.start <= m.start), None)
    after = next((m for m in orgs if named and m.start >= named.end), None)
    if named is None or after is None or after.key in seen or after.kind in _NOT_SUPPLIERS:
        return
    if _AND_NOT.fullmatch(text, named.end, after.start):
        seen.add(after.key)
        software = finding.predicate == "software_supplier"
        yield replace(
            finding,
            value=software_value(after) if software else org_value(after),
            end=after.end,
            rule=finding.rule + AND_NOT_RULE,
            negated=True,
        )


def _role_findings(
    text: str, start: int, end: int, orgs: Sequence[OrgMention]
) -> Iterator[Finding]:
    if not orgs:
        return
    for cue in ROLE_CUES:
        if cue.side == "after":
            for match in cue.pattern.finditer(text, start, end):
                first = next((i for i, m in enumerate(orgs) if m.start >= match.end() - 1), None)
                if first is None or orgs[first].start - match.end() > cue.gap:
                    continue
                gap = text[match.end() : orgs[first].start]
                if re.search(r"[.;]\s|\b(?:said|says)\b", gap):
                    continue
                chain = _chain_after(orgs, text, first)
                yield from _role(cue, chain, text, match.start(), chain[-1].end)
        else:
            for index, mention in enumerate(orgs):
                after = text[mention.end : end]
                # "X, a Pakokku firm that installed the street lights, is tipped to win": the
                # verb after the appositive is X's; a verb inside it is about something else.
                aside = _APPOSITIVE.match(after)
                skipped = aside.end() if aside else 0
                match = cue.pattern.match(after[skipped:]) if aside else None
                if match is None:
                    skipped, match = 0, cue.pattern.match(after)
                    if match is None or (
                        aside
                        and _RELATIVE.search(after, 0, min(match.end(), aside.end()))
                        and not ANCHOR.search(after, 0, aside.end())
                    ):
                        # no cue, or one in a relative clause about something else (not "the
                        # contractor that put up the poles and cameras")
                        continue
                cue_end = mention.end + skipped + match.end()
                if cue.lead is not None:
                    first = _chain_before(orgs, text, index)[0]
                    if not cue.lead.search(text[max(start, first.start - 60) : first.start]):
                        continue
                later = next((m for m in orgs[index + 1 :] if m.start >= mention.end), None)
                if (
                    later is not None
                    and later.start < cue_end
                    and _CLAUSE_BREAK.search(text[mention.end : later.start])
                ):
                    continue  # "X installed the cameras, and Y supplied them": Y's verb
                chain = _chain_before(orgs, text, index)
                yield from _role(cue, chain, text, chain[0].start, cue_end)


_BUILT_BY = re.compile(r"\bbuilt\s+by\b", re.IGNORECASE)


def _role(
    cue: RoleCue, chain: list[OrgMention], text: str, start: int, end: int
) -> Iterator[Finding]:
    lead = text[max(0, start - 25) : start]
    negated = bool(NEGATION.search(text[start:end])) or bool(
        re.search(r"\b(?:neither|not|no|never|without)\s+(?:\w+\s+){0,2}$", lead, re.I)
    )
    for mention in chain:
        if mention.kind in _NOT_SUPPLIERS:
            continue
        predicate = cue.predicate
        if predicate == "hardware_supplier" and mention.kind == "software":
            predicate = "software_supplier"
        elif (
            predicate == "hardware_supplier"
            and mention.kind != "manufacturer"
            and (
                _BUILT_BY.search(text, start, end)
                or (text[start:end].endswith("built") and _BUILT_THE_SYSTEM.match(text, end))
            )
        ):
            predicate = "installer"  # a network "built by" an engineering firm: it put it up
        value: ClaimValue = (
            software_value(mention) if predicate == "software_supplier" else org_value(mention)
        )
        yield Finding(predicate, value, start, end, cue.rule, negated)


# ---- authorities -----------------------------------------------------------------------------

_AUTHORITY_ACTION = re.compile(
    r"\b(?:install\w*|plan\w*|procur\w*|launch\w*|operat\w*|runs?|running|build\w*|deploy\w*|"
    r"start\w*|began|begun|tender\w*|us(?:e|es|ed|ing)|oversee\w*|overseen|order\w*|award\w*|"
    r"put(?:ting)?\s+(?:them\s+|it\s+)?up|adding|expand\w*|roll\w* out|set up|pay|paid|"
    r"commission\w*|own\w*|invit\w*|approv\w*|fund\w*|pay\w*|manag\w*|control\w*|"
    r"monitor\w*|mount\w*|fitt\w*|erect\w*|watch\w*|staff\w*|chose|chosen|choos\w*|select\w*|"
    r"signed|sign\w*|hired|contract\w*|belongs?|bought|buy\w*|purchas\w*|access\s+to|"
    r"property|screens?|passwords?|logins?|given\s+access|work(?:s|ing)?\s+(?:in|at|from)\s+the\s+(?:[\w'’]+\s+)?(?:centre|center|"
    r"control\s+room)|tak(?:e|es|ing|en)\s+(?:\w+\s+){0,3}?"
    r"over|no\s+part|view\w*\s+(?:the\s+)?(?:footage|pictures|images|video|feeds?|"
    r"streams?)|"
    # a body the pictures go to: "images or plate records are sent to the OIJ"
    r"(?:images|pictures|footage|feeds?|video|records)(?:\s+[\w-]+){0,3}?\s+(?:are|is|were|was|"
    r"would\s+be|will\s+be)"
    r"\s+(?:sent|passed|forwarded|streamed|relayed)\s+to)\b"
    r"|တပ်ဆင်|ကြီးကြပ်|စီစဉ်|ချထား|ကြေညာ|ဝယ်ယူ|ပိုင်ဆိုင်|စောင့်ကြည့်|ထိန်းချုပ်",
    re.IGNORECASE,
)


# Who speaks for a body: the body is a source there, not an actor.
_STAFF_OF = re.compile(
    r"\b(?:officials?|officers?|engineers?|staff(?: members?)?|employees?|clerks?|spokes\w+)\s+"
    r"(?:of|from|at|with|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# ... unless they act: "officers of the police force monitor the highway cameras".
_STAFF_ACT = re.compile(
    # "officers of the Fuerza Pública, the national police, who watch live images"
    r"(?:\s*,[^,.;]{1,40},)?\s+(?:who\s+)?"
    r"(?:monitor|watch|view|operate|run|control|staff|look\s+at)(?:s|es|ed|ing)?\b"
    # "officers of the Local Police Directorate work in the Centre on every shift"
    r"|\s+work(?:s|ed|ing)?\s+(?:in|at|from)\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:centre|center|control|"
    r"monitoring|operations)\b",
    re.IGNORECASE,
)


# "watched from the supervision centre by officers of the National Police", "staffed by our
# operators, working alongside officers of the Police Inspectorate": they act.
_BY_STAFF = re.compile(
    r"\b(?:by|alongside|beside|together\s+with)\s+(?:the\s+)?(?:officers?|staff|employees?|"
    r"clerks?|operators?)\s+(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _staff_at_work(text: str, sentence_start: int, mention: OrgMention) -> bool:
    """ "officers of the police force monitor ...", "watched by officers of the police": staff
    named as acting, not as speaking."""
    return bool(
        _STAFF_ACT.match(text, mention.end)
        or _BY_STAFF.search(text, max(sentence_start, mention.start - 40), mention.start)
    )


# "The Observer asked the Shan State government whether it would help": a body asked.
_ASKED_BODY = re.compile(r"\b(?:asked|questioned|approached)\s+(?:the\s+)?$", re.IGNORECASE)
_SPEAKS_FOR = re.compile(
    r"\b(?:answer\w*|repl\w*|speak\w*|spoke|said|says|statement|respond\w*)\b[^.:;]{0,60}?"
    r"\bon behalf of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_BRIEFS_THE_PRESS = re.compile(
    r"\s+(?:alone\s+)?(?:may|can|could|is\s+(?:allowed|authori[sz]ed|permitted)\s+to)\s+"
    r"(?:brief|speak\s+to|talk\s+to)\s+(?:the\s+)?(?:press|media|reporters|journalists)\b",
    re.IGNORECASE,
)


# "The military has no access to the system", "will have nothing to do with them"
# "has no access", "will have no screen and no password", "would have neither a screen nor a
# password": a body denied any part in the system.
_HAS_NO_PART = re.compile(
    r"\s+(?:(?:has|had|have|will\s+have|would\s+have)\s+(?:no|neither\s+(?:a|an|any)?)\s*"
    r"(?:access|screens?|passwords?|logins?|terminals?|feeds?|part|role|say)\b|"
    # "had never had a screen or a login", "do not have a screen", "has never been given access"
    r"(?:has|had|have|do|does|did|will|would)(?:\s+not|n't|\s+never)\s+(?:had|have|been\s+"
    r"(?:given|granted|allowed))\s+(?:a\s+|an\s+|any\s+)?(?:access|screens?|passwords?|logins?|"
    r"terminals?|feeds?)\b|"
    r"(?:has|had|have|will\s+have|would\s+have)\s+nothing\s+to\s+do|"
    r"(?:does|did|will|would)(?:\s+not|n't)\s+(?:run|operate|control|own|have\s+access))\b",
    re.IGNORECASE,
)
_ASKED_IF = re.compile(r"\basked\s+(?:\w+\s+){0,3}?(?:whether|if)\b", re.IGNORECASE)
HEARSAY = re.compile(
    r"\b(?:posts?|rumou?rs?|social media|talk|gossip)\b[^.;]{0,60}?\b(?:say|says|said|claim\w*|"
    r"suggest\w*)\b"
    # "a resident complained to this Agency that ... are passed to the OIJ": an allegation
    r"|\b(?:complained|alleged|alleges|allegation)\b[^.;]{0,60}?\bthat\b"
    # "လူမှုကွန်ရက် စာမျက်နှာအချို့တွင် ... ဟု ဖော်ပြနေကြသည်" (some social media pages say ...)
    r"|(?:လူမှုကွန်ရက်|ကောလာဟလ)[^။]*ဟု\s*(?:ဖော်ပြ|ပြောဆို|ရေးသား)နေကြ",
    re.IGNORECASE,
)


def speaks_for(text: str, sentence_start: int, mention_start: int) -> bool:
    """Whether the sentence names a body as the one that speaks or is asked ("an engineer of
    the committee said", "we wrote to", "Answer by the minister, on behalf of the Region
    Government"), not as one that acts."""
    return bool(
        _STAFF_OF.search(text, max(sentence_start, mention_start - 30), mention_start)
        or WRITTEN_TO.search(text, max(sentence_start, mention_start - 60), mention_start)
        or _SPEAKS_FOR.search(text, max(sentence_start, mention_start - 90), mention_start)
        or _ASKED_BODY.search(text, max(sentence_start, mention_start - 20), mention_start)
    )


def authority_findings(
    text: str, start: int, end: int, orgs: Sequence[OrgMention], *, anchored: bool = False
) -> Iterator[Finding]:
    """Public bodies that run, plan, buy or oversee the system the sentence is about."""
    sentence = text[start:end]
    if not (anchored or ANCHOR.search(sentence)) or not _AUTHORITY_ACTION.search(sentence):
        return
    for mention in orgs:
        if mention.kind != "authority":
            continue
        before = text[max(start, mention.start - 30) : mention.start]
        if _ASKED_IF.search(text, start, mention.start) or (
            HEARSAY.search(text, start, mention.start) and not DENIAL.search(sentence)
        ):
            # "A member asked whether ...", "Posts on Facebook say that the army runs"; but
            # what "He dismissed a post which said ..." dismisses is the body's part
            continue
        if speaks_for(text, start, mention.start) and not _staff_at_work(text, start, mention):
            continue  # "an engineer of the committee said", "we wrote to": a source, no actor
        if re.search(r"\b(?:by|designated|labell?ed)\s+(?:the\s+)?$", before) and re.search(
            r"\b(?:terrorists?|designated|labell?ed)\b", sentence
        ):
            continue
        if _BRIEFS_THE_PRESS.match(text, mention.end):
            continue  # "because only the state government may brief the press": why unnamed
        negated = bool(_HAS_NO_PART.match(text, mention.end))
        yield Finding(
            "authority", org_value(mention), start, end, "authority/acts-on-system", negated
        )


# ---- counts ----------------------------------------------------------------------------------

_CAMERA_AFTER_COUNT = re.compile(
    # a closing quote first: 'He spoke of "roughly 70" cameras'
    r"^[\"”’]?(?:\s+(?!(?:of|in|with|and|or|at|on|for|to|from|by|the|were|was|are|is|have|had|them|"
    r"which|these|those|whom|phone|mobile|smartphone|cell|dash|trail|wildlife|home|doorbell|"
    r"web|toy|digital|film|action|baby|years?|months?|days?|km|kilomet\w+|miles?|districts?|"
    r"townships?|wards?|villages?|towns?|cities|"
    # "on 3 June 2030 about cameras": a day of the month, not a count
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    # (not another figure: "Photo 11: 38 cameras")
    # (a schedule's unit: "eighteen (18) Nos. outdoor IP cameras")
    # ... or in words: "1.850 (one thousand eight hundred and fifty) cameras"
    r"(?:[\"“”'‘’]?(?!\d+\b)[\w-]+[\"“”'‘’]?|\(\d[\d,]*\)|\([a-z][a-z\s-]*\)|"
    r"(?i:nos?|pcs|sets)\.)){0,4}?"
    r"\s+(?:cameras|camera units|CCTVs\b"
    # ... or the word in the country's own language, alone or ending a compound: "118
    # tryghedskameraer", "46 kamer", "220 kamera", "1.200 Überwachungskameras", "60 câmeras"
    r"|(?i:[\w-]*(?:kamera(?:er|s|n)?|kameror|kamery|kamer|kamerák|cámaras|câmeras|câmaras|caméras|"
    r"telecamere|camere))\b)",
)
# A part of a total: "120 cameras, 40 of them PTZ", "of which 30", "including 24 dome cameras".
_PART_BEFORE = re.compile(
    r"(?:\b(?:including|includ\w+ some|of which|of whom|among them|of these|of those|of them|"
    r"with|plus)\s+|,\s*)$",
    re.IGNORECASE,
)
# An earlier trial or installation that ended: "a trial of six cameras ... was abandoned",
# "replacing an older installation of twelve analogue cameras, which was dismantled".
_FORMER_BEFORE = re.compile(
    r"\b(?:trial|pilot|test|older|old|earlier|previous|former)\s+(?:[\w-]+\s+){0,2}?of\s+$",
    re.IGNORECASE,
)
_ENDED = re.compile(
    r"\b(?:abandoned|scrapped|ended|dropped|failed|dismantled|removed|replac(?:ed|ing)|"
    r"taken\s+down)\b",
    re.IGNORECASE,
)
# "all 26 of the town's cameras": the whole, not a part.
_ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
_ALL_OF_CAMERAS = re.compile(
    r"\s+of\s+(?:the|its|their|our|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:cameras|CCTVs)\b",
    re.IGNORECASE,
)
_MORE = re.compile(r"^\s+(?:more|additional|extra|further)\b", re.IGNORECASE)
# ... and "two comparable projects, each of not less than 40 cameras": so many to a project
_EACH_WITH_BEFORE = re.compile(r"\beach\s+(?:with|carrying|holding|bearing|of)\s+(?:\w+\s+or\s+)?$")
# A sentence that takes its numbers out of a total just given: "Of these, twelve cameras ..."
_OF_THESE_OPENING = re.compile(r"\s*of\s+(?:these|them|those)\b", re.IGNORECASE)
# A range set as two bounds: "not fewer than 60 and not more than 72 fixed and dome cameras"
_BOUNDED_COUNT = re.compile(
    r"\bnot\s+(?:fewer|less)\s+than\s+(?P<least>\d[\d,]*)\s+and\s+not\s+more\s+than\s+"
    r"(?P<most>\d[\d,]*)\s+(?:[\w-]+\s+){0,4}?cameras\b",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"\b(?:phase|stage|zone|ward|district|sector|lot|package|block|section|gate|route|road|"
    r"street|model|type|version|no\.|number|level|grade|category|tier|line|camera|channel)\s*$",
    re.IGNORECASE,
)
# A total set out as a label, as schedules and award notices do: "Total cameras: 104".
# One fixed-width look-behind per word: a kind of camera or an addition before "Cameras:".
_KIND_BEFORE_FIELD = ")(?<!".join(
    rf"(?i:{kind})\s"
    for kind in (
        "dome",
        "ptz",
        "bullet",
        "fixed",
        "thermal",
        "anpr",
        "lpr",
        "new",
        "additional",
        "extra",
        "spare",
        "indoor",
        "outdoor",
        "box",
    )
)
_FIELD_QUALIFIER = (
    r"(?:\s+(?:in\s+(?:the|this)\s+(?:dataset|map|survey|release|system|network|consignment|"
    r"shipment|delivery)|mapped|"
    r"counted|recorded|installed|configured|in\s+total|under\s+contract|in\s+service|in\s+operation|"
    r"under\s+this\s+(?:notice|contract|tender|lot)|"
    r"covered|on\s+the\s+network|carried|connected|served|under\s+items?\s+[\d.]+"
    r"(?:\s+(?:to|and|-|–)\s+[\d.]+)?|found|ordered(?:\s+under\s+the\s+contract)?"
    r"(?:\s*\(items?\s+[\d.]+(?:\s+(?:to|and|-|–)\s+[\d.]+)?\))?))?"
)
# "Total cameras: sixty-four (64)": the figure a schedule gives after the number in words
_IN_WORDS = r"(?:[a-z]+(?:[\s-][a-z]+){0,5}\s*\(\s*)?"
_TOTAL_LABEL = re.compile(
    r"\b(?:total|overall)\s+(?:number\s+of\s+)?(?:\w+\s+)?cameras\s*(?:\([^()\n]{0,30}\))?"
    rf"{_FIELD_QUALIFIER}[ \t]*[:=]?[ \t]*{_IN_WORDS}(?P<count>\d[\d,]*)\b"
    # a field of a form or a table of totals: "Cameras in the dataset: 347", "Number of cameras:
    # 48", its label starting a line, or with a capital where a form's lines were run together
    rf"|^[ \t]*(?:number\s+of\s+)?(?:(?:street|cctv|surveillance)\s+)?cameras{_FIELD_QUALIFIER}"
    # "Cameras in the System from the date of this Variation:  116"
    r"(?:[ \t]+(?:from|as\s+of|at|on)\s+[^:\n]{1,40})?"
    r"[ \t]*:[ \t]*(?P<field>\d[\d,]*)\b"
    # (not a breakdown by kind: "Dome Cameras: 20, PTZ Cameras: 8", "Additional Cameras: 40")
    rf"|(?<=\s)(?<!{_KIND_BEFORE_FIELD})"
    r"(?-i:Number of (?:street |CCTV )?cameras|(?:Street |CCTV |Surveillance )?Cameras)"
    rf"{_FIELD_QUALIFIER}[ \t]*:[ \t]*(?P<inline>\d[\d,]*)\b"
    # a schedule's total of camera lots: "Total quantity:  54 nos."
    r"|^[ \t]*total\s+(?:quantity|qty\.?)[ \t]*:[ \t]*(?P<qty>\d[\d,]*)[ \t]*"
    r"(?:nos?\.?|units)(?!\w)",
    re.IGNORECASE | re.MULTILINE,
)
# "its 143-camera street network", "Our tally of cameras ... stands at 61", "puts the number of
# cameras at roughly 500": a total told another way.
_TOTAL_TOLD = re.compile(
    r"(?<![\w.,])(?P<count>\d[\d,]*)-camera\b"
    r"|\b(?:tally|count|number|total)\s+of\s+(?:\w+\s+){0,2}?cameras\b[^.;]{0,60}?\b(?:stands?|"
    r"stood)\s+at\s+(?P<tally>\d[\d,]*)\b"
    # (a plan's estimate, in the present: not "a report had put the number at 45")
    # ("putting the number of units at 58")
    r"|(?<!had\s)\b(?:puts?|putting|gives?|giving|gave|sets?)\s+the\s+(?:number|total)\s+of\s+"
    r"(?:cameras|units)\s+at\s+"
    r"(?P<put>(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+\d[\d,]*|\d[\d,]*)"
    # a count by eye: "Walking both sides I counted 23", "Our members counted about 25 of them"
    # ... "Members who walk these streets have counted the cameras fixed so far: at least 46"
    # ... "I counted the cameras between the clock tower and the jetty: there are eleven"
    # (who counted is looked for before it: see _COUNTER_BEFORE)
    r"|\bcounted\s+(?:the\s+(?:[\w-]+\s+){0,8}?\w+:\s*"
    r"(?:there\s+(?:are|were)\s+)?)?"
    r"(?P<counted>(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?"
    r"(?:\d[\d,]*|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:-[a-z]+)?))(?=\s+(?:of\s+them|cameras|poles)\b|\s*[.,;]|\s+(?:on|along|in|so\s+far)\s?)"
    # "eighty (80) cameras in all", "120 cameras altogether"
    r"|(?<![\w.,])\(?(?P<inall>\d[\d,]*)\)?\s+cameras\s+(?:in\s+all|in\s+total|altogether)\b"
    # "... and the committee has ordered forty-eight in all": the order, after a running count
    r"|\b(?:ordered|bought|planned|plans|wants)\s+(?P<ordered>\d[\d,]*|(?:(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|(?:one|two|three|four|five|six|seven|eight|"
    r"nine)\s+hundred(?:\s+and\s+[a-z-]+)?))\s+(?:in\s+all|in\s+total|altogether)\b"
    # "Seventy-four cameras are already up out of the 160 that the network will have"
    r"|\bcameras\b[^.;]{0,60}?\bout\s+of\s+(?:the|a\s+total\s+of)\s+(?P<outof>\d[\d,]*)"
    r"(?=\s+(?:(?:[\w-]+\s+){0,2}cameras|that|which|planned)\b)",
    re.IGNORECASE,
)
_COUNTER_BEFORE = re.compile(
    r"\b(?:I|we|members|reporters|residents|correspondents?|volunteers)\b[^.;:]{0,40}?"
    r"(?:\bhave\s+|\bhad\s+)?$",
    re.IGNORECASE,
)
# "Forty more cameras went up ..., bringing the number watching the town to 186": the total.
_BRINGING_TO = re.compile(
    r"\bbring(?:ing|s)?\s+(?:the\s+)?(?:number|total|tally|count)(?:\s+of\s+cameras)?"
    r"(?:\s+(?!of\b)[\w'’-]+){0,4}?\s+to\s+(?P<count>\d[\d,]*)\b(?!\s*(?:%|per\s*cent))",
    re.IGNORECASE,
)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:scale|scales|scaling|scalable|expand(?:ed|able)?|expansion|extension|capacity|handle|"
    r"support|accommodate)\s+(?:to\s+)?"
    # "support all of the 300 cameras now installed" counts what is there
    r"(?!all\b)(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "eight of them"; "one of our cameras", "each of the cameras": a part, never the total
_PART_AFTER = re.compile(
    # "119 of 124 cameras online": the part working, the total after it
    r"^\s+of\s+(?:them|which|these|those|our|its|their|the|his|her|\d[\d,]*)\b",
    re.IGNORECASE,
)
# The whole in apposition: "street cameras, sixty-four of them"; "cameras ..., the first of 64
# that the town plans"
# (not a town's "first cameras, eight of them", long gone)
_WHOLE_BY_APPOSITION = re.compile(
    r"(?<!\bfirst)\s(?!first\b)(?:[\w-]+\s+)?cameras,\s*$"
    r"|\bthe\s+first\s+(?:\w+\s+)?of\s+(?:the\s+)?$"
    # ... or "cameras on new poles, part of 30 that the committee is putting up"
    r"|\bpart\s+of\s+(?:the\s+)?$"
)
# ... or told of the poles or cameras just asked about: "there are now 46 of them"
_THERE_ARE_BEFORE = re.compile(r"\bthere\s+(?:are|were)\s+(?:now\s+)?$")
# ... or the number a body means to have: "the committee means to have 72 of them working"
_TARGET_BEFORE = re.compile(
    r"\b(?:means|meant|plans?|planned|wants?|aims?|intends?|expects?|hopes?)\s+to\s+have\s+(?:all\s+)?$"
)
# (not "one of them told the agency": a person)
_OF_THEM_AFTER = re.compile(
    r"\s+of\s+them\b(?!\s+(?:are|were|have|had|is|was|will|told|tells|said|says)\b)"
)
_STILL_TO_COME_AFTER = re.compile(r"\s+(?:that|which|planned|due|to\s+be)\b")
_CITY_AFTER_COUNT = re.compile(
    # "nine of the delta's towns": a count of a region's towns, not a part of a count
    r"^(?:(?:\s+of)?\s+(?:the|its|their)\s+(?:[\w-]+['’]s?\s+)?(?=(?:cities|towns)\b))?"
    r"(?:\s+(?:more|new|major|additional|(?P<other>other)))*\s*(?<=\s)(?:cities|towns)\b"
)
# Towns counted as the places a network reaches ("in at least six towns", "to 24 more towns"),
# not "the six towns' councils met".
_WHERE_BEFORE_CITIES = re.compile(
    r"\b(?:in|to|across|covering|of|into|throughout|for)\s+(?:(?:all|the|some|a)\s+)?$", re.I
)
_MY_COUNT = re.compile(
    # (the classifier before the number too: "ကင်မရာ အလုံး ၂၀")
    r"(?:ကင်မရာ|စီစီတီဗွီ)(?:အသစ်|များ|တွေ)?\s*(?:အလုံး(?:ရေ)?\s*)?(?:စုစုပေါင်း\s*)?(?P<least>အနည်းဆုံး\s*)?"
    # A round number says how many ("ငါးရာ", five hundred); "ရာ" alone starts another word.
    # ... and one in words, of any size ("သုံးဆယ့်ရှစ်", 38), with its figure in brackets or not
    # (not a single word: "ကင်မရာ တစ်လုံး" is a camera, as "a camera" is in English)
    rf"(?P<n>ရာနှင့်ချီ|ထောင်နှင့်ချီ|[၀-၉0-9][၀-၉0-9,]*|"
    rf"{MY_WORD_NUMBER}(?:\s*\([၀-၉0-9,]+\))?)\s*(?:လုံး)?\s*(?P<over>ကျော်)?"
    r"\s*(?P<about>ခန့်|လောက်|နီးပါး)?"
)


# A form's "Towns served:  4 (Hakha, Falam, Tedim, Mindat)"
_TOWNS_FIELD = re.compile(
    r"\b(?:towns|cities)\s+(?:served|covered)[ \t]*:[ \t]*(?P<n>\d{1,3})\b", re.IGNORECASE
)
_MY_CITIES = re.compile(
    r"(?P<least>အနည်းဆုံး\s*)?မြို့\s*(?P<n>[၀-၉0-9]+|တစ်|နှစ်|သုံး|လေး|ငါး|ခြောက်|ခုနစ်|ရှစ်|ကိုး|ဆယ်)"
    r"\s*မြို့"
)


_CAMERA_LOT = re.compile(r"\b(\d[\d,]*)\s+nos?\.?\s+(?:[\w-]+\s+){0,4}?cameras\b", re.IGNORECASE)


def _camera_lots(text: str, total_at: int) -> int:
    """The cameras a schedule's lots list above its "Total quantity" line."""
    return sum(
        int(m.group(1).replace(",", ""))
        for m in _CAMERA_LOT.finditer(text, max(0, total_at - 600), total_at)
    )


# Cameras counted by kind, with no total given: "36 fixed cameras and 4 pan-tilt-zoom cameras"
# are 40 cameras.
_COUNT_BY_KINDS = re.compile(
    # (not "150 cameras, 30 of them PTZ cameras": a part)
    r"(?<![\w.,])(?P<first>\d[\d,]*)\s+(?:(?!of\b)[\w-]+\s+){0,3}?cameras"
    r"(?:\s*,\s*|\s+and\s+|\s+plus\s+)"
    r"(?P<second>\d[\d,]*)\s+(?:(?!of\b)[\w-]+\s+){0,3}?cameras\b"
)


def count_findings(text: str, start: int, end: int) -> Iterator[Finding]:
    """Camera counts ("over 200 Dahua cameras", "ကင်မရာ ၁၂၀ လုံး") and city counts."""
    if PRIVATE_PREMISES.search(text, start, end):
        return  # "3,000 cameras in hotels and shops": no city's network
    for match in _TOTAL_LABEL.finditer(text, start, end):
        number = (
            match.group("count")
            or match.group("field")
            or match.group("inline")
            or match.group("qty")
        )
        if match.group("qty") and int(number.replace(",", "")) != _camera_lots(text, match.start()):
            continue  # a total of poles or of every item, not of the camera lots above it
        value = count_value(number.replace(",", ""))
        if value is not None:
            yield Finding("camera_count", value, match.start(), match.end(), "count/stated-total")
    for match in _TOTAL_TOLD.finditer(text, start, end):
        if match.group("counted") and not _COUNTER_BEFORE.search(
            text, max(start, match.start() - 60), match.start()
        ):
            continue  # a count by eye is told by who counted: "I counted", "our members counted"
        number = (
            match.group("count")
            or match.group("tally")
            or match.group("put")
            or match.group("outof")
            or match.group("inall")
            or match.group("ordered")
            or match.group("counted")
        )
        value = count_value(" ".join(number.replace(",", "").split()))
        if value is not None:
            # an estimate is a count like any other; a network's size or a tally is the total
            rule = (
                "count/number-cameras"
                if match.group("put") or match.group("counted")
                else "count/stated-total"
            )
            yield Finding("camera_count", value, match.start(), match.end(), rule)
    if ANCHOR.search(text, start, end):
        for match in _BRINGING_TO.finditer(text, start, end):
            value = count_value(match.group("count").replace(",", ""))
            if value is not None:
                yield Finding(
                    "camera_count", value, match.start(), match.end(), "count/stated-total"
                )
    totals = 0
    bounded = _BOUNDED_COUNT.search(text, start, end)
    if bounded:
        least, most = (int(bounded.group(g).replace(",", "")) for g in ("least", "most"))
        if least <= most:
            totals += 1
            value = CountValue(min=least, max=most, text=bounded.group(0))
            yield Finding("camera_count", value, *bounded.span(), "count/stated-total")
    summed = _COUNT_BY_KINDS.search(text, start, end)
    if summed:
        total = sum(int(summed.group(g).replace(",", "")) for g in ("first", "second"))
        value = count_value(str(total))
        if value is not None:
            totals += 1
            yield Finding("camera_count", value, *summed.span(), "count/stated-total")
    read_whole = [m for m in (bounded, summed) if m is not None]
    for match in COUNT.finditer(text, start, end):
        if any(m.start() <= match.start() < m.end() for m in read_whole):
            continue  # one bound of the range just read, a kind's share of the sum just made
        if _OF_THESE_OPENING.match(text, start, match.start()):
            continue  # "Of these, twelve cameras ...": a part of the total before
        after = text[match.end() : min(end, match.end() + 60)]
        before = text[max(start, match.start() - 25) : match.start()]
        whole = _ALL_BEFORE.search(before) and _ALL_OF_CAMERAS.match(text, match.end("count"), end)
        if whole and (value := count_value(match.group("count"))) is not None:
            totals += 1
            yield Finding("camera_count", value, match.start(), whole.end(), "count/number-cameras")
            continue
        if (
            (
                (_WHOLE_BY_APPOSITION.search(before) and not COUNT.search(before))
                # (a figure: "there are hundreds of them" is a guess, not a count)
                or (_THERE_ARE_BEFORE.search(before) and match.group("count")[:1].isdigit())
                or _TARGET_BEFORE.search(before)
            )
            and (
                _OF_THEM_AFTER.match(text, match.end("count"), end)
                or _STILL_TO_COME_AFTER.match(text, match.end("count"), end)
            )
        ):
            # "is getting street cameras, sixty-four of them", "the first of 64 that the town
            # plans to have up": the whole, where no number came before
            value = count_value(match.group("count"))
            if value is not None and value.min != 1 and not totals:
                totals += 1
                yield Finding(
                    "camera_count", value, match.start(), match.end("count"), "count/stated-total"
                )
            continue
        if (
            _PART_AFTER.match(text[match.end("count") : match.end("count") + 20])
            and not _CITY_AFTER_COUNT.match(after)
        ) or (totals and _PART_BEFORE.search(before)):
            continue  # a part of the total just given
        if _LABEL_BEFORE.search(before):
            continue  # "Phase 2 cameras", "Zone 3": a number that names, not counts
        if _EACH_WITH_BEFORE.search(before):
            continue  # "poles ..., each with one or two cameras": so many to a pole
        if _CAPACITY_BEFORE.search(before):
            continue  # "designed to scale up to 1,000 cameras": what it could take
        if _FORMER_BEFORE.search(before) and _ENDED.search(text, start, end):
            continue  # "a trial of six cameras in 2037 was abandoned": not this network
        camera = _CAMERA_AFTER_COUNT.match(after)
        city = None if camera else _CITY_AFTER_COUNT.match(after)
        if not camera and not city:
            continue
        # "Mandalay and five other cities" names where, too
        named_with = city and city.group("other") and before.rstrip().endswith(" and")
        if city and not (_WHERE_BEFORE_CITIES.search(before) or named_with):
            continue
        value = count_value(match.group("count"))
        if value is None:
            continue
        if city and city.group("other") and value.min == value.max:
            # "Yangon and five other cities": the one named as well
            value = CountValue(min=value.min + 1, max=None, text=value.text)
        stop = match.end() + (camera or city).end()  # type: ignore[union-attr]
        if camera:
            totals += 1
            # "40 more cameras": an addition, kept only where no total is given.
            more = _MORE.match(after)
            rule = "count/additional-cameras" if more else "count/number-cameras"
            yield Finding("camera_count", value, match.start(), stop, rule)
        elif ANCHOR.search(text[start:end]):
            yield Finding("city_count", value, match.start(), stop, "count/number-cities")
    for match in _TOWNS_FIELD.finditer(text, start, end):
        value = count_value(match.group("n"))
        if value is not None:
            yield Finding("city_count", value, match.start(), match.end(), "count/towns-field")
    if ANCHOR.search(text[start:end]):
        for match in _MY_CITIES.finditer(text, start, end):
            number = match.group("n")
            n = MY_NUMBER_WORDS.get(number) or (10 if number == "ဆယ်" else None)
            if n is None:
                n = int("".join(str(int(c)) for c in number))
            value = count_value(f"at least {n}" if match.group("least") else str(n))
            if value is not None:
                yield Finding("city_count", value, *match.span(), "count/burmese-cities")
    for match in _MY_COUNT.finditer(text, start, end):
        qualifier = (
            "over"
            if match.group("over")
            else "at least"
            if match.group("least")
            else "nearly"
            if match.group("about") == "နီးပါး"
            else "about"
            if match.group("about")
            else ""
        )
        value = _burmese_count(match.group("n"), qualifier)
        if value is not None:
            yield Finding("camera_count", value, *match.span(), "count/burmese-cameras")


def _burmese_count(number: str, qualifier: str) -> CountValue | None:
    text = number.replace(",", "")
    if text in ("ရာနှင့်ချီ", "ထောင်နှင့်ချီ"):
        return count_value("hundreds" if text.startswith("ရာ") else "thousands")
    figure = re.search(r"\(([၀-၉0-9]+)\)", text)  # "လေးဆယ့်ရှစ် (၄၈)": the figure decides
    digits = figure.group(1) if figure else text if text[0].isdigit() else ""
    n = (
        int("".join(str(int(c)) for c in digits))
        if digits
        else MY_NUMBER_WORDS.get(text) or burmese_word_number(text)
    )
    return count_value(f"{qualifier} {n}".strip()) if n else None


# ---- capabilities ----------------------------------------------------------------------------

CAPABILITY_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (term, re.compile(pattern, re.IGNORECASE))
    for term, pattern in (
        (
            "face_recognition",
            r"\b(?:facial|face)[\s-]+(?:recognition|identification|matching|recognising|"
            r"recognizing)\b|\bface[\s-]+matching\b|\b(?:recogni[sz](?:e|es|ed|ing)|match(?:es|ing)?|"
            r"identif(?:y|ies|ying)|compar(?:e|es|ing)|scan(?:s|ning)?|detect(?:s|ing)?)"
            r"\s+(?:[\w'’-]+\s+)?faces\b|\bface[\s-]?ID\b|\bface[\s-]+(?:checks?|checking|scans?|scanning|"
            r"search|software)\b"
            # "identify people by their faces", "pick out individual faces", "check the face
            # of everyone who passes"
            r"|\b(?:identify|identifying|recogni[sz]e|recogni[sz]ing|tell)\s+(?:\w+\s+){0,3}?"
            r"(?:by|from)\s+(?:their|his|her|the)\s+faces?\b"
            r"|\bpick(?:s|ing)?\s+out\s+(?:\w+\s+)?faces\b|\bpick(?:s|ing)?\s+faces\s+out\b"
            # "can pick out a face in the crowd", "identify a person from a single photograph"
            r"|\bpick(?:s|ing)?\s+out\s+an?\s+(?:\w+\s+)?face\b"
            r"|\b(?:software|system|cameras?|platform)\b[^.;]{0,80}?"
            r"\bidentify(?:ing)?\s+(?:a\s+person|people|someone|anyone)\s+from\s+"
            r"(?:an?\s+|their\s+)?(?:single\s+)?(?:photo(?:graph)?s?|pictures?|images?|mugshots?)\b"
            # "the cameras do not recognise anyone": said of cameras, who they would know
            r"|\brecogni[sz]e[sd]?\s+(?:anyone|anybody)\b"
            r"|\b(?:compare|compares|check|checks|match|matches)\s+the\s+faces?\s+of\b"
            # "checks travellers' faces against a police list", "search hours of recorded video
            # for a particular face"
            r"|\b(?:compares?|comparing|checks?|checking|match(?:es|ing)?|scans?|scanning)\s+"
            r"(?:[\w'’-]+\s+){0,2}?faces?\s+(?:against|with)\b"
            r"|\bsearch\w*\s+(?:[\w-]+\s+){0,4}?(?:video|footage|recordings)\s+for\s+(?:a\s+)?"
            r"(?:particular\s+|specific\s+|given\s+|single\s+)?face\b"
            # "whether the recordings could be searched for a particular face"
            r"|\b(?:video|footage|recordings)\s+(?:\w+\s+){0,2}?searched\s+for\s+(?:a\s+)?"
            r"(?:particular\s+|specific\s+|given\s+|single\s+)?face\b"
            # "the face capture and comparison server", "whose faces it will compare"
            r"|\bface\s+(?:capture\s+and\s+)?comparison\b"
            r"|\bfaces\s+(?:it|they|the\s+(?:system|software|server))\s+(?:will|would|can|could)\s+"
            r"(?:compare|match|recogni[sz]e)\b"
            # "compare every face that passes with a police list"
            r"|\b(?:compar|match|check)\w*\s+(?:every|each|any)\s+face\b"
            r"|\bcompar(?:e|es|ing)\s+(?:their|his|her|people's|the)\s+faces?\b"
            r"|\bfaces\b[^.;]{0,60}?\b(?:compared|matched|checked)\s+(?:against|with)\b"
            # "capture the faces of persons passing and compare them automatically with a list"
            r"|\bfaces\b[^.;]{0,60}?\b(?:compare|match|check)(?:e?s)?\s+them\s+(?:\w+ly\s+)?"
            r"(?:against|with)\b"
            r"|မျက်နှာ\s*(?:များ(?:ကို)?(?:လည်း)?\s*)?(?:\S+\s*){0,3}?(?:မှတ်သား|မှတ်မိ|ခွဲခြား|တိုက်စစ်|စစ်ဆေး|ဖော်ထုတ်|သိရှိ|ရှာဖွေ)"
            # ... spoken short: "မျက်နှာမှတ်တဲ့ စနစ်" (a face-recognising system)
            r"|မျက်နှာ\s?မှတ်(?=တဲ့|သည့်|သော|\s?စနစ်)",
        ),
        (
            "plate_recognition",
            r"\b(?:(?:licen[cs]e|number|vehicle|car)[\s-]+plates?[\s-]+(?:recognition|reading|"
            r"readers?|detection)|ANPR|ALPR|LPR|plate[\s-]+recognition)\b"
            r"|\b(?:number|licen[cs]e|registration)[\s-]+plate[\s-]+(?:cameras?|scanners?|"
            r"capture|readers?)\b"
            r"|\b(?:read|scan|recogni[sz]|captur|record|identif|note|log|photograph)\w*\s+"
            r"(?:\w+\s+){0,3}?(?:(?<!serial )(?:number|licen[cs]e|registration|vehicle|car)[\s-]+"
            r"plates?|registration[\s-]+numbers?)\b"
            # "note the registration of every lorry that crosses"
            r"|\b(?:read|note|log|record|captur)\w*\s+the\s+registrations?\s+of\s+(?:every|each|all)\b"
            # "read the plates of every car and truck"
            r"|\b(?:read|scan|log|record|captur|photograph)\w*\s+the\s+(?:number\s+)?plates\s+of\b"
            # ... "ယာဉ်နံပါတ်ဖတ်စနစ်" (a vehicle-number reading system)
            r"|နံပါတ်ပြား|ယာဉ်\s*နံပါတ်\s*(?:ဖတ်|မှတ်)",
        ),
        (
            "ptz",
            r"\bPTZ\b|\bpan(?:s|ning)?(?:[\s/-]+|,\s*)tilt(?:s|ing)?,?[\s/-]+(?:(?:and|or)\s+)?(?:optical\s+)?zoom"
            r"|\bspeed[\s-]+domes?\b"
            # "domes that swivel and zoom", "can turn and zoom", "swing round ... and zoom in"
            # "it swung round slowly, stopped on the buses, then zoomed in", "turn slowly from
            # the fountain to the street and back, zooming in"
            r"|\b(?:swivel|swing|swung|turn|rotate|pan|mov)\w*\b[^.;]{0,70}?"
            r"(?:\band\s+(?:then\s+)?zoom|,\s*(?:then\s+(?:it\s+)?)?zoom(?:s|ed|ing)?\s+in\b)"
            # "can be swung in any direction and zoomed"
            r"|\b(?:swivelled|swiveled|swung|turned|rotated|panned)\b[^.;]{0,50}?\band\s+zoomed\b"
            # a camera that "turns and follows" people tracks them: it pans on its own
            r"|\bturn(?:s|ed|ing)?\s+(?:by itself\s+|on its own\s+)?(?:and|to)\s+follow"
            # "I could see it turning to keep my boat in view"
            r"|\bturn\w*\s+to\s+keep\b[^.;]{0,30}?\bin\s+view\b"
            # "followed a delivery van all the way up the street and then zoomed in on it"
            r"|\bfollow(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:and|then)\s+(?:then\s+)?zoom(?:s|ed|ing)?\s+in\b"
            # "swung round to follow his motorcycle", "watched it turn slowly to follow a trishaw"
            r"|\b(?:swung|swings|swing|swivel\w*|turn(?:s|ed|ing)?|rotat\w+)\s+(?:round\s+|around\s+|"
            r"slowly\s+|quickly\s+)*to\s+follow\b"
            r"|လှည့်\S*[^။]{0,40}?(?:ချဲ့|ဇူးမ်)",
        ),
        (
            "hidden_camera",
            r"\b(?:hidden|covert|concealed|disguised|secret)\s+(?:\w+\s+)?cameras?\b"
            # "sits inside what looks like an electricity meter box", "are built into what
            # looks like an ordinary meter box"
            r"|\bcameras?\b[^.;]{0,60}?\b(?:inside|into|behind)\s+what\s+looks?\s+like\b"
            # "ဖွက်ထားတာ" (hidden ones), "ဖွက်ထားသော ကင်မရာ" (hidden cameras)
            r"|ဖွက်ထား"
            # "They are hidden inside the boxes on the lamp posts"
            r"|\b(?:they|it)\s+(?:are|is|were|was)\s+hidden\s+(?:inside|in|behind|within)\b"
            # "Three of the cameras at the jetty are hidden behind the signboards' strips"
            r"|\bcameras?(?:\s+(?:at|in|on|along|near)\s+[^.;,']{1,30}?)?\s+(?:are|is|were|was)\s+"
            r"(?:hidden|concealed|disguised)\s+(?:inside|in|behind|within|as)\b"
            # "a few on Bazaar Street are built into the signboards"
            # "... are built into the shells of ordinary street lamps"
            r"|\b(?:are|is|were|was)\s+built\s+into\s+(?:the\s+)?(?:(?:shells?|housings?|"
            r"casings?|bodies)\s+of\s+)?(?:\w+\s+)?(?:signboards?|signs|billboards?|"
            r"(?:lamp|light)\s*posts?|(?:street\s*)?(?:lights?|lamps?)|boxes)\b"
            r"|\bcameras?(?:\s+(?:in|at|on)\s+[A-Z][\w-]*)?(?:,[^,.;]{0,40},)?\s+(?:are|is|were|was)"
            r"\s+(?:(?!not\b|never\b)\w+\s+)?(?:hidden|concealed|disguised)\s+(?:inside|in|behind|"
            r"within|as)\b",
        ),
        (
            "thermal",
            r"\bthermal[\s-]+(?:(?:bi-?spectrum|dual[\s-]spectrum|bullet|dome|PTZ|fixed|IP|network)"
            r"[\s-]+)?(?:imaging|imagers?|cameras?|"
            r"sensors?|sensing|scanners?|vision|units?|models?)\b"
            r"|\bheat[\s-]+(?:sensing|sensitive|detecting|seeking|signatures?)\b"
            r"|\b(?:sense|detect)s?\s+(?:body\s+)?heat\b|\binfra-?red\s+heat\b"
            # "detects people and boats at night by their heat"
            r"|\b(?:detect|sense|spot|see|find)s?\b[^.;]{0,40}?\bby\s+(?:their|its)\s+(?:body\s+)?heat\b"
            # "meant to see by the warmth of bodies and engines"
            r"|\b(?:see|sees|seeing|detect\w*|sense\w*|spot\w*)\s+(?:by|from)\s+(?:the\s+)?"
            r"(?:warmth|heat)\s+(?:of|from)\b"
            # "a camera that sees heat rather than light"
            r"|\b(?:see|sees|seeing|picks?\s+up|records?)\s+heat\s+(?:rather\s+than|instead\s+of)\b"
            # "from the warmth of their bodies", "sees the warmth of bodies and engines"
            r"|\b(?:warmth|heat)\s+of\s+(?:their\s+|the\s+)?(?:bodies|body|people|persons|engines)\b"
            # "They see the heat, not the light"
            r"|\b(?:see|sees|seeing)\s+the\s+heat\b"
            # "သာမယ်ကင်မရာ" (thermal camera), "အပူဓာတ်ဖြင့် ... မြင်" (sees by heat)
            r"|သာမယ်\s*ကင်မရာ|(?:အပူ(?:ဓာတ်|ချိန်)|ကိုယ်ပူ)\s*(?:ဖြင့်|ကို)\s*(?:\S+\s*){0,2}?"
            r"(?:မြင်|ခွဲခြား|သိရှိ|ဖမ်းယူ)",
        ),
        (
            "crowd_analytics",
            # "The crowd meter estimates how many people ..."
            r"\bcrowd[\s-]+meters?\b|"
            # "measure the density of crowds at the Flower Festival"
            r"\bdensity\s+of\s+(?:the\s+)?crowds?\b|"
            r"\bcrowd[\s-]+(?:analytics|analysis|monitoring|counting|density|detection|tracking|"
            r"sizes?|build-?ups?|surges?|formations?)\b|\bcrowds?\s+(?:building|forming|gathering)\b"
            r"|\b(?:track|count|monitor|estimat|measur|watch)\w*\s+(?:the\s+)?(?:size\s+of\s+)?"
            r"(?:\w+\s+)?crowds\b"
            # "It does not count heads anywhere"
            r"|\bcount(?:s|ed|ing)?\s+heads\b"
            r"|\b(?:count|estimat)\w*\s+(?:the\s+)?(?:number\s+of\s+)?people\s+in\s+"
            r"(?:a\s+|the\s+)?crowds?\b"
            r"|\bcrowds?\s+(?:grows?|gets?|becomes?|is|are)\s+(?:\w+\s+)?(?:dense|large|big)\b"
            # "software that counts the people gathering there"
            r"|\b(?:software|system|cameras?|platform|analytics)\b[^.;]{0,60}?"
            r"\bestimat\w*\s+how\s+(?:many\s+people|crowded)\b"
            r"|\b(?:software|system|cameras?|platform|analytics)\b[^.;]{0,60}?\bcount\w*\s+"
            r"(?:the\s+)?(?:number\s+of\s+)?people\b"
            r"|လူစုလူဝေး",
        ),
        (
            "video_analytics",
            # (not "video analytics for face matching": the one capability named after it)
            r"\b(?:video[\s-]+analytics(?!\s+for\s+(?:face|licen[cs]e|number|plate))|"
            r"intelligent[\s-]+video[\s-]+analy\w+|AI[\s-]+"
            r"(?:video[\s-]+)?analytics|behaviou?r(?:al)?[\s-]+analy\w+|intelligent[\s-]+analytics|"
            r"(?:bags?|luggage|objects?|packages?|parcels?|suitcases?)\s+(?:(?:is|are|was|were|"
            r"gets?)\s+)?(?:left\s+)?unattended|"
            r"unattended\s+(?:bags?|luggage|objects?|packages?|parcels?|suitcases?)|loiter\w*|"
            r"linger\w*|line[\s-]+crossing|"
            # "the software raises an alarm whenever a vehicle stops on the tracks"
            r"\b(?:raises?|raising|sounds?|gives?)\s+an?\s+(?:alarm|alert|warning)\s+(?:whenever|"
            r"when|if)\s+(?:a|an|any)\s+(?:vehicle|car|truck|lorry|bus|motorbike|motorcycle|boat|"
            r"cart|bag|object|parcel)\b|"
            # "raise an alarm when a person enters a marked area"
            r"(?:alarm|alert|flag|detect|warn)\w*\b[^.;]{0,60}?\b(?:enters?|entering|crosses|"
            r"crossing|stops?|remains?|stays?|parks?|waits?)\b[^.;]{0,60}?\b(?:a|the)\s+(?:marked|"
            r"restricted|virtual|forbidden|protected|closed|no-stopping|no-parking)\s+(?:[\w-]+\s+)?"
            r"(?:area|zone)|"
            # "search recorded video for a person or vehicle by describing them"
            r"(?:can|could|able\s+to)\s+search\s+(?:the\s+)?(?:recorded\s+)?(?:video|footage)\s+"
            r"for\s+(?:a\s+)?"
            r"(?:person|people|vehicles?|cars?)\b[^.;]{0,60}?\bdescri\w+|"
            r"cross(?:es|ing)?\s+a\s+(?:virtual\s+)?line|intrusion[\s-]+detection|"
            # "send an alarm to the control room automatically whenever somebody climbs over it"
            r"(?:send|sends|raise|raises|sound|sounds|give|gives)\s+an?\s+(?:alarm|alert|warning)\b"
            r"[^.;]{0,50}?\b(?:whenever|when|if)\s+(?:somebody|someone|anyone|a\s+person|people)\b|"
            # "flags any vehicle that stops on the shoulder for more than five minutes", "raise an
            # alarm whenever a vessel remains moored at the jetty between 22:00 and 05:00"
            r"(?:alarm|alert|flag|warn)\w*\b[^.;]{0,80}?\b(?:remains?|stays?|stops?|waits?|parks?)"
            r"\b[^.;]{0,50}?\b(?:for\s+(?:more|longer)\s+than|longer\s+than|between\s+\d+)|"
            r"(?:flag|alert|detect|warn)\w*\s+(?:\w+\s+){0,3}?(?:travell?ing|driving|riding|going)\s+"
            r"(?:against|the\s+wrong\s+way)\b)\b",
        ),
    )
)


# A word each phrasing of a capability's cue contains, in lower case: most sentences name no
# capability, and these plain words are found far faster than the cues (a test holds the
# labelled documents to them, so a phrasing added to a cue needs its word here).
CAPABILITY_WORDS: dict[str, re.Pattern[str]] = {
    term: re.compile(words)
    for term, words in (
        ("face_recognition", r"fac|recogni|identif|မျက်နှာ"),
        ("plate_recognition", r"plate|anpr|alpr|lpr|registration|နံပါတ်ပြား|ယာဉ်\s*နံပါတ်"),
        ("ptz", r"ptz|tilt|speed|zoom|follow|keep|လှည့်"),
        ("hidden_camera", r"hidden|covert|conceal|disguis|secret|look|built|ဖွက်ထား"),
        ("thermal", r"thermal|heat|warmth|သာမယ်|အပူ|ကိုယ်ပူ"),
        ("crowd_analytics", r"crowd|count|estimat|လူစုလူဝေး"),
        (
            "video_analytics",
            r"analy|unattended|loiter|linger|cross|alarm|alert|warn|flag|detect|search|"
            r"intrusion",
        ),
    )
}


# A capability the system could be given, not one it has.
_ONLY_POSSIBLE = re.compile(r"[\s-]*(?:ready|capable|compatible|option(?:al)?)\b", re.IGNORECASE)
# ... or one people fear or guess at: "may later be fitted with", "residents fear the cameras
# can recognise faces".
_SPECULATION = re.compile(
    r"\b(?:may|might|could)\s+(?:later|one day|eventually|in future|in the future)\b"
    r"|\b(?:fear|fears|feared|worry|worries|worried|suspect(?:s|ed)? that|speculat\w+|rumou?r\w*|"
    # "In town, word has spread that the cameras can match faces"
    r"word\s+(?:has|had)\s+(?:spread|got\s+(?:a)?round|gone\s+(?:a)?round)|"
    # posts that "have claimed that the cameras recognise faces"; a question is no claim
    r"(?:posts?|rumou?rs?|social media|users?|accounts?|residents?|activists?)\b[^,;.]{0,40}?"
    r"\b(?:has|have|had) claimed that|"
    r"(?:someone|somebody|people|residents?|members?|we|I|he|she|they|a \w+)\b[^,;]{0,40}?"
    r"\basked (?:[\w'’-]+ ){0,6}?(?:whether|if)"
    # "we wrote to the directorate asking whether the system matches faces"
    r"|\b(?:asking|to\s+ask)\s+(?:[\w'’-]+\s+){0,6}?(?:whether|if)"
    # "information on its functions, including whether it performs face recognition, is
    # withheld": what is asked about, not what it does
    r"|(?:including|as to|on|about|of)\s+whether"
    # a demand: "State in writing whether any face recognition ... will be used"
    r"|(?:state|say|disclose|confirm|explain|clarify|declare|specify|publish)\s+"
    r"(?:in\s+writing\s+|publicly\s+|clearly\s+)?whether)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)
# "No", "none of the cameras has", but not "not less than 30x zoom".
_CAPABILITY_NEGATION = re.compile(
    r"(?:\b(?:no|not|cannot|never|none|without|lack\w*|exclud(?:e|es|ed|ing)|prohibit(?:s|ed)?|"
    r"forbids?|forbidden)\b|n't\b)(?!\s+(?:less|more|fewer)\s+than)[^,]*$",
    re.IGNORECASE,
)
# "No hidden, concealed or disguised cameras": a list of kinds, all refused
_NO_KIND_LISTED = re.compile(r"\bno\s+(?:[a-z-]+,\s*)+[a-z-]+,?\s+(?:or|and)\s+$", re.I)
# "Face recognition is not part of the contract": the denial after the capability's name.
_NOT_PART_AFTER = re.compile(
    r"(?:\s+(?:software|module|function|licences?))?\s+(?:(?:is|was)\s+not|will\s+not\s+be)\s+"
    r"(?:part\s+of|included\s+in|in)\s+(?:the|this|our)\s+(?:contract|system|scope|project|"
    r"specifications?|tender|procurement|works?|order)\b"
    r"|(?:\s+(?:software|module|function|licences?))?\s+(?:is|was)\s+not\s+(?:included|offered|"
    r"provided|installed|used|available|licensed|enabled)\b",
    re.IGNORECASE,
)
# An allegation called false: "which states that the cameras "identify traders by their faces",
# is false".
_CALLED_FALSE_AFTER = re.compile(
    r"[\"”’']?\s*,?\s+(?:is|are|was|were)\s+(?:false|untrue|incorrect|wrong|not\s+true)\b",
    re.IGNORECASE,
)
# A schedule's "Face recognition licence - DELETED (see 6.3)": an item struck from the scope.
_STRUCK_OUT = re.compile(
    r"[^|\n.;]{0,30}?[-–—:(]\s*(?:deleted|struck out|withdrawn|removed|omitted)\b", re.IGNORECASE
)
# Burmese puts the negation after the capability: "နံပါတ်ပြား ဖတ်တဲ့ စနစ် မပါပါဘူး" (no system
# that reads plates is included), and a question ends in "လား" before "ဟု" (so ... asked).
# ... or says they are not such cameras: "မျက်နှာမှတ်တဲ့ ကင်မရာတွေ မဟုတ်ဘူး"
_MY_NOT_INCLUDED_AFTER = re.compile(r"[^။၊\"“”]{0,60}?(?:မပါ|မရှိ|မသုံး|မဟုတ်)")
# "... ဖွက်ထားသည်ဟု ဈေးသည်အချို့က ပြောဆိုနေကြ" (some sellers are saying ... are hidden): talk
# ... or shared on social media ("... ဖြစ်သည်ဟု ဖော်ပြ ဝေမျှနေကြ")
_MY_RUMOURED_AFTER = re.compile(r"[^။၊\"“”]{0,60}?ဟု\s*[^။]{0,30}?(?:ပြောဆိုနေကြ|ကောလာဟလ|ဝေမျှ)")
# ... or asks whether by "A or not A": "မှတ်မိနိုင်ခြင်း ရှိ၊ မရှိ", "စနစ် ပါ၊ မပါ" (whether it has).
# ... or is itself a question: "ကင်မရာများက ကားနံပါတ်ပြားကို ဖတ်နိုင်ပါသလား။" (can they read plates?)
_MY_ASKED_AFTER = re.compile(rf"[^။၊\"“”]{{0,30}}?(?:လား\s*(?:[\"”]?\s*ဟု|[?။]|$)|{MY_A_OR_NOT_A})")
# A question put and answered in one sentence: "Asked whether any of the cameras would recognise
# faces, the committee wrote: "None of them has that function"" (or "said that some had"): the
# answer says which.
_ASKED_OPENING = re.compile(r"(?-i:Asked)\s+(?:[\w'’-]+\s+){0,6}?(?:whether|if)\b[^,;]*$")
_ANSWER_NO = re.compile(
    r"(?:\b(?:no|none|not|never|nothing)\b|n't\b)"
    # (not "not authorised to discuss", "not in a position to go into": a refusal)
    r"(?!\s+(?:authori[sz]ed|in\s+a\s+position|allowed|permitted|free|able\s+to\s+(?:say|discuss|"
    r"comment|go)))",
    re.IGNORECASE,
)
_ANSWER_YES = re.compile(r"\b(?:yes|some|all|had|has|have|can|could|does|do)\b", re.IGNORECASE)
# "none of", "not one of", "not a single (one of the) camera(s)"
_NONE_OF = re.compile(r"\b(?:none\s+of|not\s+(?:a\s+single|one)(?:\s+of)?)\b[^,;]*$", re.IGNORECASE)
# A document's silence about a capability: "It does not mention face recognition".
_NOT_STATED = re.compile(
    r"\b(?:does|do|did)(?: not|n't) (?:mention|refer to|say anything about|list)\s+(?:\w+\s+)?$"
    r"|\bmakes? no mention of\s+$",
    re.IGNORECASE,
)


def capability_findings(
    text: str, start: int, end: int, *, anchored: bool = False
) -> Iterator[Finding]:
    """What the cameras can do, when the sentence (or its paragraph) is about a system."""
    sentence = text[start:end]
    if not (anchored or ANCHOR.search(sentence)) or GENERIC.search(sentence):
        return
    lowered = sentence.lower()
    for term, pattern in CAPABILITY_CUES:
        if not CAPABILITY_WORDS[term].search(lowered):
            continue
        for match in pattern.finditer(text, start, end):
            clause_start = max(start, text.rfind(",", start, match.start()) + 1)
            lead = text[max(clause_start, match.start() - 80) : match.start()]
            near = text[max(clause_start, match.start() - 40) : match.start()]
            if _NOT_STATED.search(lead):
                continue  # "the list does not mention face recognition": silence, no denial
            if _ONLY_POSSIBLE.match(text, match.end()) or _SPECULATION.search(lead):
                continue  # "face recognition-ready", "may later be fitted with": not what it does
            if (
                _MY_ASKED_AFTER.match(text, match.end(), end)
                and not DECLINE.search(text, match.end(), end)
            ) or _MY_RUMOURED_AFTER.match(text, match.end(), end):
                # "... ဖတ်ယူနိုင်သလားဟု မေးမြန်းရာ": what a reporter asked (unless the answer was a
                # refusal, which is about it), or what people say
                continue
            if _ASKED_OPENING.search(text, start, match.start()):
                answer = text[match.end() : end]
                said_no, said_yes = _ANSWER_NO.search(answer), _ANSWER_YES.search(answer)
                if DECLINE.search(answer) or not (said_no or said_yes):
                    continue  # a refusal, or no answer here: the question is no claim
                yield Finding(
                    "capability",
                    TermValue(term=term),
                    *match.span(),
                    f"capability/{term}",
                    bool(said_no),
                )
                break
            # "None of the cameras that we installed in Tangyan has" stands further back
            negated = bool(
                _CAPABILITY_NEGATION.search(near)
                or _NO_KIND_LISTED.search(text, max(start, match.start() - 80), match.start())
                or _NOT_PART_AFTER.match(text, match.end(), end)
                or _NONE_OF.search(lead)
                or _STRUCK_OUT.match(text, match.end(), end)
                or _CALLED_FALSE_AFTER.match(text, match.end(), end)
                or _MY_NOT_INCLUDED_AFTER.match(text, match.end(), end)
            )
            yield Finding(
                "capability", TermValue(term=term), *match.span(), f"capability/{term}", negated
            )
            break


# ---- status ----------------------------------------------------------------------------------

STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.IGNORECASE))
    for status, pattern in (
        (
            "suspended",
            r"\b(?:suspended|halted|put on hold|paused|scrapped|cancell?ed|shelved|"
            r"switched off|shut down|shut\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:system|network|"
            r"cameras|them|it)\s+down|(?:has|have|had) stood still|"
            r"stalled|out of (?:service|action|"
            r"order)|(?:taken|took|turned|switched)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:network|"
            r"system|cameras|them|it)\s+off|"
            # "have been turned off", "has turned off all 212 street cameras", "have not been
            # working since the first week of October"
            r"(?:has|have|had)\s+been\s+turned\s+off|(?:has|have|had)\s+not\s+been\s+working|"
            # "cameras ... go dark", "not one of the 41 cameras ... has recorded anything since"
            # (not what cameras do "unless" powered, "when" the power fails)
            r"(?:go|goes|gone|going|went)\s+dark(?!\s+(?:unless|when|whenever|if|during)\b)|"
            r"stopped\s+(?:working|recording)|"
            r"(?:has|have|had)\s+(?:not\s+)?(?:recorded|worked)\s+(?:anything|nothing|at\s+all)?\s*"
            r"since|"
            r"(?:turned|switched)\s+off\s+(?:all\s+|the\s+|its\s+|their\s+)*(?:\d[\d,]*\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:cameras|system|network))\b|ရပ်ဆိုင်း|ဆိုင်းငံ့|"
            # "လမ်းမကင်မရာ ၂၁၂ လုံးလုံးကို ပိတ်ထား" (has the 212 street cameras switched off)
            # (not "ကင်မရာ ပိတ်ထားတုန်းက", while the cameras were off)
            r"ကင်မရာ[^။]{0,40}?ပိတ်(?:ထား|လိုက်)(?!\S*(?:တုန်းက|စဉ်က|ချိန်က|တုန်းကလည်း))",
        ),
        (
            "operational",
            r"\b(?:(?:has|have|had) been (?:installed|operating|running|in operation)|"
            # "The Council operates 18 CCTV cameras in Birżebbuġa"
            r"(?:operates|runs)\s+(?:a\s+network\s+of\s+)?(?:\d[\d,]*|(?:one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
            r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds\s+of|dozens\s+of)"
            r"(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?cameras|"
            r"(?:is|are|was|were) (?:now |already |fully )?(?:operational|in (?:full |"
            r"round-the-clock |daily |constant |regular )?(?:operation|use|service)|live)|"
            r"(?:went|(?:has|have) (?:now |just )?gone) live|switched on|switches on|"
            r"began (?:operating|using)|in normal operation|"
            # "turned on a network of 94 cameras", "the cameras were turned on"
            r"turned\s+on\s+(?:(?:a|the|its|their|all)\s+)?(?:network|system|cameras|\d)|"
            r"(?:cameras|system|network)\s+(?:were|was|have\s+been|has\s+been)\s+turned\s+on|"
            r"(?:is|are|was|were)\s+[\"“]?working (?:normally|properly)|in working order|"
            r"(?:has|have) begun (?:operating|using)|(?:is|are) (?:now |already )?running|"
            r"(?:has|have|had) been in (?:[\w-]+\s+)?(?:operation|service|use)|"
            r"(?:has|have|had) been (?:watching|monitoring|recording|filming)|"
            # "has begun watching the feeds", "police are watching the market through 64 cameras"
            r"(?:has|have) begun (?:watching|monitoring|recording)|"
            r"(?:is|are) (?:now )?watching\b[^.;]{0,80}?\bthrough\s+(?:\w+\s+){0,3}?cameras|"
            r"(?:has|have|had) (?:started|begun) "
            r"(?:to use|using|operating)|(?:has|have|had) been (?:in use|working|running|live)|"
            r"(?:has|have|had) (?:deployed|installed|put up|mounted|set up)|"
            r"there are already|already (?:has|have|"
            r"operates|operating|monitored|in place)|now has|"
            r"(?:went|came|has gone|have gone) into (?:operation|service|use)|entered service|"
            # "has operated a network since March", "cameras now watch the streets"
            r"(?:has|have|had) (?:operated|run|used)\b[^.;]{0,60}?\bsince|"
            r"(?:cameras?|system|network) (?:now )?(?:watch|watches|monitor|monitors|cover|covers)"
            r"(?= the\b)|(?:is|are) now (?:working|watching|recording|operating)|"
            r"(?:they|cameras|all(?: of them| \w+)?|\d+) (?:are|were) (?:all |definitely |still |"
            r"certainly )?(?:functioning|powered and connected|switched on(?: and "
            r"recording)?|recording|working(?!\s+(?:on|to|with|towards|for)\b)|"
            r"running(?!\s+(?:out|late|for|to)\b))|"
            r"(?:every|each) one of them (?:is|was) (?:working|recording|running)|"
            # "73 security cameras in operation", "has finished installing 260 cameras"
            r"cameras (?:now |currently )?in (?:operation|service)|"
            r"(?:has|have|had) (?:finished|completed) (?:installing|the installation|putting up|"
            r"mounting))\b"
            # (not "တပ်ဆင်ပြီးစီးရင်", once they are installed: a condition, not a stage)
            r"|တပ်ဆင်ပြီး(?!\S*?(?:ရင်|ပါက|လျှင်))|တပ်ဆင်ထား|အသုံးပြုနေ|စတင်အသုံးပြု|အသုံးပြုခဲ့|"
            r"လည်ပတ်နေ|လည်ပတ်လျက်ရှိ"  # (is operating; the second formal)
            # "ကင်မရာတွေ အလုပ်လုပ်နေပါတယ်" (the cameras are working)
            r"|ကင်မရာ[^။]{0,20}?အလုပ်လုပ်နေ"
            # "(cameras) have been watching the streets"
            r"|စောင့်ကြည့်နေ(?:ကြောင်း|သည်|ပြီ)",
        ),
        (
            "installing",
            # "Work on the town's street cameras began on Thursday"
            r"\bwork\s+on\s+(?:[\w'’-]+\s+){1,4}?(?:began|started|has\s+begun|has\s+started)\b|"
            # "we have been building the system ... and are now two thirds of the way through"
            r"\b(?:(?:half|a third|two[\s-]thirds|three[\s-]quarters|most)\s+of\s+the\s+way\s+"
            r"through|(?:have|has)\s+been\s+building)\b|"
            r"\b(?:(?:is|are|was|were) (?:being )?installing|(?:is|are|were|was) being "
            r"(?:installed|mounted|fitted|put up|erected)|(?:began|begun|started|start|"
            r"starting) (?:installing|to install|hanging|to hang|bolting|fixing|"
            r"installation|mounting|fitting|putting up|erecting|setting up|to mount|"
            r"to put up|work)|"
            r"(?:is|are|were|was) (?:now |busy )?(?:mounting|fitting|erecting|setting up|fixing|"
            r"bolting|attaching|hanging)\s+(?:\w+\s+){0,3}?(?:cameras|CCTV|units|them|brackets|"
            r"mounts|poles)|"
            # "A crane crew was lifting cameras onto new steel poles"
            r"(?:is|are|were|was) (?:now )?(?:lifting|hoisting|craning)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:cameras|CCTV|units|them)\s+(?:up\s+)?(?:onto|on to|into|up)\b|"
            r"installation (?:is|was) (?:under ?way|ongoing|in progress)|roll(?:ing|s)? out|"
            r"(?:is|are) (?:adding|expanding|putting (?:them )?up)|want to install more|"
            r"(?:cameras|they) (?:are|were) (?:now )?going (?:in|up)\b(?!\s+(?:to|for)\b)|"
            # "Forty poles are up and the last twelve will be finished by the end of May"
            r"(?:the\s+)?(?:last|remaining|rest)\b[^.;]{0,30}?\bwill be (?:finished|completed|up|"
            r"installed|done) by\b|"
            r"installing|(?:has|have|had) been (?:busy )?(?:fitting|mounting|erecting|putting up|"
            r"bolting|hanging|fixing)|"
            r"(?:is|are|was|were) being (?:put up|fitted|mounted|erected|rolled out|deployed)|"
            r"installation (?:began|started|has begun|got under ?way|work (?:began|started))|"
            # "crews have been digging cable trenches and raising poles"
            r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:busy\s+)?(?:digging|raising|laying|"
            r"pulling|planting)\s+(?:[\w-]+\s+){0,2}?(?:trenches|poles|cables?|masts|posts|fib(?:re|er))|"
            r"installation work\b[^.;]{0,60}?\b(?:began|started|has begun)|"
            r"(?:work|construction|installation)\s+(?:to|on|of)\s+(?:\w+\s+){1,15}?(?:started|began|"
            r"has begun|have begun|is under ?way|got under ?way)|fitting|mounting|erecting)\b"
            # (and the formal "တပ်ဆင်လျက်ရှိ", is installing)
            r"|တပ်ဆင်နေ|တပ်ဆင်လျက်ရှိ|တပ်ဆင်မှု\s*စတင်|စတင်\s*တပ်ဆင်"
            # "the work of installing 32 cameras ... is being carried out", "has started and is
            # going on" (not "will start": no "နေ")
            r"|တပ်ဆင်(?:တဲ့|သည့်|ရေး|ခြင်း)?\s*လုပ်ငန်း[^။]{0,80}?(?:လုပ်ဆောင်|ဆောင်ရွက်)နေ",
        ),
        (
            "awarded",
            r"\b(?:awarded|won the (?:tender|contract|bid)|contract award|successful bidder|"
            r"(?:has|have|had)\s+(?:chosen|selected|picked|appointed|hired)\s+(?:a|the)\s+(?:\w+\s+)?"
            r"(?:contractor|company|firm|supplier|bidder|winner)|signed\s+(?:a|the)\s+contract|"
            r"signed\s+with\s+\w+\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?contract|"
            r"signed\s+(?:the|a|its|our)\s+(?:[\w-]+\s+){1,3}contract\s+for|"
            r"accepted\s+(?:our|its|their|the|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s?)\s+bid|"
            r"(?:letter|notice)\s+of\s+(?:acceptance|award))\b"
            r"|ချထားပေး|ကန်ထရိုက်ကို\s*\S+(?:\s+\S+){0,6}\s*ရရှိ",
        ),
        (
            "tendered",
            r"\b(?:invit\w+ (?:\w+ )?(?:bids|tenders|proposals)|invit\w+ (?:\w+ ){0,3}to "
            r"(?:bid|tender|submit|apply)|"
            r"invitation (?:to|for) (?:bids?|tenders?)|"
            r"call(?:ed|s|ing)? for "
            r"(?:bids|tenders|proposals)|(?:issued|launched|opened|published|floated|announced) "
            r"(?:a |the )?(?:tenders?|bids?)|tenders?\b[^.;]{0,40}?\b(?:was|were|has been|"
            r"have been|is) (?:issued|launched|opened|published|floated|announced)|"
            r"put (?:out )?to tender|(?:opened|opens|open) (?:the )?bidding|"
            # "Bids are invited from eligible bidders", "now requests sealed quotations"
            # "Public opening of bids for ...", "bids are being received until 14:00"
            r"opening\s+of\s+(?:the\s+)?(?:bids|tenders)|(?:bids|tenders) are (?:now )?"
            r"(?:being )?(?:received|accepted)\b|"
            # "bids are now being invited"
            r"(?:bids|tenders|quotations|proposals)(?: for [^.;]{1,60}?)? are (?:hereby |now )?"
            r"(?:being )?invited|"
            r"(?:requests?|invites?|invited|requested) (?:sealed |written |priced )?"
            r"(?:quotations|bids|tenders))\b"
            r"|တင်ဒါ\s*(?:ခေါ်|ဖိတ်ခေါ်)",
        ),
        (
            "planned",
            r"\b(?:plan(?:s|ned)? (?:to|a|an|for)|(?:is|are|was|were) planning|"
            r"(?:is|are|was|were|had been|has been|"
            r"have been) planned|"
            r"will (?:install|deploy|build|set up|get|join|be (?:installed|deployed|built|"
            r"set up|put up|"
            r"mounted|added))|to be (?:installed|deployed|built|"
            r"implemented)|intends? to|proposed|propos(?:es|ing) (?:a|an|the|to)|"
            r"would (?:install|join|get|be installed)|to get|"
            # "The works will go out to tender only once ..."
            r"will (?:only )?(?:go|be put) (?:out )?to tender|"
            # "wants to put street cameras in nine towns"; "We have not even drafted a tender"
            r"wants? to (?:put|install|set up|build|buy|deploy)|"
            r"(?:has|have)(?: not|n't)(?: even| yet)? (?:drafted|issued|called|put out|"
            r"advertised) (?:a|the|any) tender)\b"
            # (spoken: "တပ်မယ်", "တပ်ဆင်မယ်", will put up)
            r"|တပ်ဆင်မည်|တပ်ဆင်ရန်|စီစဉ်|တပ်(?:ဆင်)?(?:ပေး)?မယ်",
        ),
    )
)


# A future phase of a project already under way: "a second phase ... is planned".
_LATER_PHASE = re.compile(
    r"\b(?:second|third|next|later|further|another|final|new)\s+(?:phase|stage|round)|"
    r"\b(?:phase|stage)\s+(?:two|three|2|3|II)\b|\b(?:more|additional|further|extra|another)\s+"
    r"(?:\d[\d,]*\s+)?cameras\b|\bexpan\w+|\bextend\w*",
    re.IGNORECASE,
)


# A stage still to come, said in the clause that holds the cue: "once they are switched on",
# "until it goes live", "when the firm has finished installing them", "hopes to have 200
# cameras in operation by 2040". A past clause ("until they were switched off") is no
# promise.
_NOT_YET = re.compile(
    r"\b(?:once|until|unless|as soon as|before|when|after|if)\s+(?!(?:\S+\s+){0,4}?(?:was|were|"
    r"had)\b)(?:\S+\s+){0,4}$"
    r"|\b(?:hopes?|hoped|hoping|plans?|planned|planning|aims?|aiming|expects?|expected|"
    r"wants?|intends?|target(?:s|ed)?|goal|would like)\b"
    # "Nothing has been installed yet", "no cameras have yet been put up"
    r"|\b(?:nothing|none|no\s+(?:\w+\s+)?cameras?)\s+(?:has|have|had|is|are|was|were)\s+"
    r"(?:yet\s+)?(?:been\s+)?$"
    # "a system the committee says will be switched on before the end of November"
    r"|\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|going\s+)?to)\s+be\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[^,;:()—–]*$")
_BY_A_DATE = re.compile(r"\s+by\s+(?:\d{4}\b|the end\b|next\b|(?:early|mid|late)\b)", re.I)


# Some of the cameras, not the network: "The first twelve of them", "a few of the cameras".
_A_PART = re.compile(
    r"\b(?:(?:the\s+)?(?:first|last|other|remaining)\s+)?(?:\d[\d,]*|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|some|several|many|most|"
    r"half|a\s+few|a\s+dozen)\s+of\s+(?:them|the\s+(?:\w+\s+){0,2}cameras)\b[^.;]*$",
    re.IGNORECASE,
)


def _not_yet(text: str, start: int, match: re.Match[str]) -> bool:
    """An operational cue of a stage still to come ("once they are switched on", "cameras in
    operation by 2040")."""
    lead = text[start : match.start()]
    clause = lead[-len(_CLAUSE_START.search(lead).group(0)) :] if lead else ""
    return bool(_NOT_YET.search(clause) or _BY_A_DATE.match(text, match.end()))


_FIRST_OF_TOTAL = re.compile(r"\bthe\s+first\s+(?:\w+\s+)?of\s+(?:the\s+)?\d[\d,]*\b[^.;]*$")
_PART_AFTER_CUE = re.compile(
    r"\s+(?:only\s+|just\s+)?\d[\d,]*\s+of\s+(?:the|its|their)\s+(?:\d[\d,]*|[a-z-]+)\b"
)
# Part of the work done and the rest still to come: "the rest should be on their poles before
# the end of October", "the remainder are due by", "the remaining 40 will follow".
_REST_TO_COME = re.compile(
    r"\b(?:the\s+rest|the\s+remainder|the\s+remaining\s+(?:\w+\s+)?\w+)\b[^.;]{0,30}?"
    r"\b(?:should|will|would|is\s+due|are\s+due|due|to\s+follow|still\s+to|"
    # "the rest still have cables hanging out of them", "the rest still wait for theirs"
    r"still\s+(?:have\s+(?:no|only|bare|cables|wires)|lack|need|await|wait|stand\s+empty|"
    r"(?:are|stand)\s+(?:bare|empty|without)))\b",
    re.IGNORECASE,
)

_PART_DONE = re.compile(
    r"\b(?:half|most|some|a\s+third|two[\s-]thirds|three[\s-]quarters|\d+)\s+of\b", re.IGNORECASE
)


# "Thirty-one street cameras now stand on poles ..., and the committee has ordered forty-eight
# in all": some up, more to come.
# ... "has ordered 48 street cameras ..., and 31 of them are already up"; "ကင်မရာ ၄၈ လုံး
# မှာယူထားပြီး အခု ၃၁ လုံး တိုင်ပေါ် ရောက်နေပါပြီ" (48 ordered, 31 now on their poles)
_COUNT_THEN_ORDER = re.compile(
    r"\bcameras\b[^.;]{0,300}?\b(?:has|have|had)\s+(?:ordered|bought)\s+[\w,-]+\s+"
    r"(?:in\s+all|in\s+total|altogether)\b"
    r"|\b(?:has|have|had)\s+(?:ordered|bought)\s+[\d,]+\b[^.;]{0,200}?\b\d+\s+of\s+them\s+"
    r"(?:are|were|have\s+been)\s+(?:already\s+)?(?:up|installed|in\s+place|mounted|fixed)\b"
    r"|မှာယူ[^။]{0,40}?[၀-၉\d]+\s*လုံး\s*(?:တိုင်ပေါ်\s*)?(?:ရောက်|တပ်ဆင်ပြီး|တပ်ပြီး)",
    re.IGNORECASE,
)
_CONSULTANCY = re.compile(r"\bconsult(?:ing|ants?|ancy)\b", re.IGNORECASE)


# "74 of the 160 street cameras " before "planned for Dawei"
_OF_THE_TOTAL = re.compile(r"\bof\s+the\s+[\d,]+\s+(?:[\w-]+\s+){0,3}cameras\s+$", re.IGNORECASE)


def status_findings(
    text: str, start: int, end: int, *, anchored: bool = False
) -> Iterator[Finding]:
    """Where the project stands, from its verbs; one status per sentence, the strongest cue.

    `anchored` says the sentence is known to be about a system (its paragraph is, and it
    refers back to the place), for sentences like "they now want to install more there".
    """
    sentence = text[start:end]
    if not (anchored or ANCHOR.search(sentence)) or GENERIC.search(sentence):
        return
    if PRIVATE_PREMISES.search(sentence):
        return
    cues = []
    for status, pattern in STATUS_CUES:
        for match in pattern.finditer(text, start, end):
            lead = text[max(start, match.start() - 30) : match.start()]
            if status == "operational" and _not_yet(text, start, match):
                continue  # "operated by the police once they are switched on": still to come
            if status == "operational" and _A_PART.search(text, start, match.start()):
                continue  # "the first twelve of them have been recording": not the network
            if status == "operational" and _PART_AFTER_CUE.match(text, match.end(), end):
                cues.append((match.start(), "installing"))  # "have mounted 58 of the 84 cameras"
                break
            if status == "tendered" and _CONSULTANCY.search(sentence):
                continue  # "invites proposals from consulting firms" for a design: no works
            if status == "planned" and _OF_THE_TOTAL.search(
                text, max(start, match.start() - 50), match.start()
            ):
                continue  # "fixed 74 of the 160 cameras planned for Dawei": a total, no stage
            if status == "planned" and _FIRST_OF_TOTAL.search(text, start, match.start()):
                # "cameras on 22 poles, the first of 36 that the committee plans to have up by
                # October": under way
                cues.append((match.start(), "installing"))
                break
            # (not "no contract has been awarded")
            if not re.search(r"\b(?:not|never|no|nothing)\s+(?:\w+\s+){0,3}$|n't\s+$", lead):
                cues.append((match.start(), status))
                break
    if not cues and (
        (_REST_TO_COME.search(sentence) and _PART_DONE.search(sentence))
        or _COUNT_THEN_ORDER.search(sentence)
    ):
        cues.append((0, "installing"))  # "Half of the cameras are already up; the rest are due"
    if cues:
        status = min(cues)[1]  # the first status the sentence states is the one it is about
        if status == "operational" and _REST_TO_COME.search(sentence):
            status = "installing"  # "half of the 84 cameras are up and the rest are due"
        rule = f"status/{status}"
        if status == "planned" and _LATER_PHASE.search(sentence):
            rule = "status/planned-later-phase"  # kept only if nothing else states the status
        yield Finding("status", TermValue(term=status), start, end, rule)


# ---- dates and money ---------------------------------------------------------------------------

_START_VERB = re.compile(
    r"\b(?:start\w*|began|begun|launch\w*|introduc\w*|inaugurat\w*|switched on|turned on|went live|"
    r"gone live|went up|went into the ground|"
    r"go[\s-]live|"
    r"set up|first install\w*|install\w*|put (?:them |it )?up|monitored|began operating|built|"
    r"commissioned|established|created|(?:went|came) into (?:service|operation|use)|"
    # "which brought it into use in March 2046", "put the cameras into service", a register's
    # "Date placed in service: 14 August 2044"
    r"(?:brought|put|placed)\s+(?:(?:it|them|(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:cameras|system|"
    r"network))\s+)?"
    r"in(?:to)?\s+(?:service|operation|use)|"
    r"came on(?:line|\s+in)|"
    r"handed over|"
    # "This Centre and the 212 surveillance cameras ... were opened on 27 March 2046" (not the
    # bids or the tender: "the bids were opened on")
    r"(?:cameras|system|network|centre|center|project)\b[^.;]{0,80}?\b(?:was|were)\s+"
    r"(?:officially\s+|formally\s+)?opened|"
    # "The video surveillance centre of X, opened in 2031, ..."; not a tender or bids opened
    r"(?:(?:surveillance|monitoring|control|command|operations|video|CCTV)\s+(?:centre|center|"
    r"room))\b[^.;]{0,40}?\bopened|"
    r"(?:got )?under way)\b|စတင်|စဖွင့်",
    re.IGNORECASE,
)
# "ဒီကင်မရာတွေကို … ခုနှစ်မှာ … တပ်ဆင်ပေးခဲ့တာပါ" (these cameras were installed in …), "တပ်ခဲ့",
# "တပ်သွားတယ်": a date of cameras installed, where the cameras are named before the verb (not
# "လမ်းမီးတိုင် ၁၂၀ တပ်ဆင်ခဲ့", lamp posts installed, nor "တပ်ဆင်ခဲ့သော ကင်မရာ", older cameras
# that were installed).
_MY_CAMERAS_INSTALLED = re.compile(
    r"ကင်မရာ[^။]*?(?:တပ်ဆင်(?:ပေး)?ခဲ့|တပ်(?:ပေး)?ခဲ့|တပ်သွား)(?!သော|သည့်|တဲ့|ကြသော)"
)
# "... ခုနှစ် ... နောက်ပိုင်း" (after), "ကတည်းက" (since), "မှစ၍" / "ကစ၍" (from).
_MY_SINCE = r"^[^။]{0,30}?(?:နောက်ပိုင်း|ကတည်းက|(?:မှ|က)\s*စ(?:၍|ပြီး)|မှ\s*စတင်)"
# A start that happened right after a bare month: "… တွင် စတင်ခဲ့သည်", not "စတင်မည်" (will start).
_MY_BEGAN_AFTER = re.compile(r"[^။]{0,30}?(?:စတင်|စဖွင့်)(?!\s*(?:မည်|မယ်|ရန်|ဖို့|လိမ့်))")
# ... and what stopped from then on: "ဇူလိုင်လကုန်ကစပြီး လုပ်ငန်းကို ခေတ္တ ရပ်ဆိုင်းထား"
_MY_STOPPED_AFTER = re.compile(r"[^။]{0,60}?(?:ရပ်ဆိုင်း|ဆိုင်းငံ့|ရပ်နား|ပိတ်ထား)")
_STOPPED_SINCE = re.compile(
    r"\b(?:paused|halted|suspended|stopped|on hold|idle|closed|switched off|turned off|offline|"
    r"broken|out of (?:service|order|action)|not working|not been working)\s+since\b",
    re.IGNORECASE,
)
# "...ပြောခွင့်ရှိသူက မတ်လ ၆ ရက်တွင် ပြောကြားသည်": the day a Burmese statement was made.
_MY_SAID_ON = re.compile(
    r"(?:(?!စတင်|တပ်ဆင်|အသုံးပြု|ကတည်းက|လည်ပတ်|မှစ၍)[^။]){0,60}?(?:ပြော|ထုတ်ပြန်|ရှင်းလင်း|ဖြေကြား)"
)
_ONGOING = re.compile(
    r"\b(?:has|have|had) (?:been|had)\b|['’]ve been\b|\b(?:working|running|operating|in use|"
    r"in service|live|monitored)\b|ကတည်းက",
    re.IGNORECASE,
)
_COST_CUE = re.compile(
    r"\b(?:cost\w*|worth|valued?|value of|budget\w*|spent|spend|price\w*|contract|funded|"
    r"funding|investment|invested|loan|paid|pay|deal|agreement|estimated?|bought|purchased|"
    r"combined|bill|paying|pays|set aside|allocated|earmarked|approved|ceiling|appropriated)\b|"
    r"တန်ဖိုး|ကုန်ကျ|သုံးစွဲ|ပေးချေ|"
    r"အကုန်အကျ",
    re.IGNORECASE,
)
_NOT_COST = re.compile(
    # (a body's "own revenue" is what it paid from; earnest money is a bidder's deposit)
    r"\b(?:fines?|salar\w+|(?<!own )revenue|sales|profits?|turnover|penalt\w+|other bids|"
    r"bids? received|bid opening|unsuccessful bid\w*|losing bid\w*|declared value|customs value|"
    r"sum insured|"
    r"earnest money|(?:amount|total) claimed|"
    # an estimate a later one replaces: "The earlier estimate of Kyats 7,200 lakhs"
    r"(?:earlier|previous|original|old|former|superseded)\s+(?:cost\s+)?estimate|"
    r"replaces\s+the\s+(?:\w+\s+)?estimate)\b",
    re.I,
)

_FEE_BEFORE = re.compile(
    r"\b(?:fees?|deposits?|charges?|per copy|surcharge|(?:performance|bid|tender)\s+"
    r"(?:security|guarantee|bond))\b(?:\s+(?:of|is|was|will be|at|:))?\s*$",
    re.IGNORECASE,
)
# The same sum in another currency: "1.4 billion kyats, equivalent to about US$660,000".
_CONVERSION_BEFORE = re.compile(
    # (an exchange rate: "EUR 1 = RON 5.02")
    r"=\s*$|(?:\b(?:equivalent|equal|equals|converts?)\s+(?:to\s+)?|\bor\s+|\(\s*)"
    r"(?:about|around|roughly|some|nearly|almost|approximately|approx\.|just over|over)?\s*$"
    # "paid 4.6 billion kyats for it, about US$2.2 million at the central bank rate"
    r"|,\s*(?:about|around|roughly|some|nearly|almost|approximately|approx\.)\s*$"
    # "a sum that works out at a little over US$650,000 at the official rate"
    r"|\bworks?\s+out\s+(?:at|to)\s+(?:a\s+little\s+(?:over|under)|just\s+(?:over|under)|"
    r"about|around|roughly|some|nearly|almost)?\s*$",
    re.IGNORECASE,
)


# A start still to come: "crews will put up the rest in April".
_TO_COME_BEFORE = re.compile(
    r"\b(?:will|shall|would|is to|are to|plans? to|due to)\s+(?:\w+\s+)?$"
    # "a contract to design, supply and install": what a contract is for, not yet done
    r"|\bto\s+(?:[\w-]+(?:,\s+[\w-]+)*,?\s+(?:and|or)\s+)?$",
    re.I,
)

# What stands between a start and its date: "in the autumn of 2019", "at the start of this
# month", "began operating last month".
_START_LEAD = re.compile(
    r"\b(?:just|shortly|right|soon)\s+(?:before|after)\s+$"
    # "went live a week before Christmas", "two days after Thingyan"
    r"|\b(?:went live|switched on|started|began|launched|installed|went up)\s+(?:a|one|two|"
    r"three|four|a few|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after)\s+$"
    # "went up in the week before Christmas", "began in the days after Union Day"
    r"|\b(?:in\s+)?the\s+(?:week|fortnight|days?)\s+(?:before|after)\s+$"
    r"|\b(?:in|on|during|at)\s+(?:early\s+|late\s+|the\s+(?:first|second)\s+half\s+of\s+"
    r"|the\s+(?:start|beginning|middle|end|autumn|spring|summer|winter|week|days?)\s+of\s+"
    # "began on the ninth of last month", "on the first Monday of last month"
    r"|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\s+)?of\s+"
    # "switched on at a ceremony on Tuesday last week"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?$"
    r"|\b(?:launched|started|began|installed|introduced|switched on|went live|came online|went up|"
    r"(?:went|came) into (?:service|operation|use)|got under way)(?:\s+(?:operating|work|working|"
    r"recording|running))?"
    # "went live across Bogale last Friday"
    r"(?:\s+(?:across|in|at|around)(?:\s+(?-i:[A-Z])[\w'’-]*){1,3})?(?:\s+on)?\s+$"
    # a form's field: "Go-live:   22 November 2041", "Installation of cameras began: 18 August"
    r"|\b(?:began|begun|started|go[\s-]live|went\s+live|commissioned|switched\s+on|"
    r"handed\s+over|placed\s+in\s+service)\s*:\s*$",
    re.IGNORECASE,
)


def date_findings(
    text: str, start: int, end: int, published: object, *, anchored: bool = False
) -> Iterator[Finding]:
    """When a project started: "in use since December 2020", "launched in 2019".

    "Since X" gives X itself, as the labelled set records it (the start is X, to the
    precision the words give), not "some time after X".
    """
    sentence = text[start:end]
    if not (anchored or ANCHOR.search(sentence)) or GENERIC.search(sentence):
        return
    dates = find_dates(sentence, published)  # type: ignore[arg-type]
    if not dates:
        weekday = _STARTED_ON_WEEKDAY.search(sentence)
        if (
            weekday
            and isinstance(published, date)
            and not _TO_COME_BEFORE.search(sentence, max(0, weekday.start() - 40), weekday.start())
        ):
            day = weekday.group("day")
            yield Finding(
                "started",
                last_weekday(day, published),
                start + weekday.start("day"),
                start + weekday.end("day"),
                "started/on-weekday",
            )
        return
    has_start = _START_VERB.search(sentence)
    begun = next(  # a start that happened, not one still to come ("will put up", "to install")
        (
            m
            for m in _START_VERB.finditer(sentence)
            if not _TO_COME_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
            and not (m.group(0).endswith("opened") and _BIDS_OPENED.search(sentence))
        ),
        None,
    )
    ongoing = _ONGOING.search(sentence)
    for found in dates:
        assert isinstance(found.value, DateValue)
        lead = sentence[max(0, found.start - 30) : found.start]
        value = found.value
        if _STOPPED_SINCE.search(sentence, max(0, found.start - 45), found.start):
            continue  # "paused since September": when it stopped, not when it began
        if isinstance(published, date) and value.earliest > published:
            continue  # "for two years from 1 January 2050", written in 2049: still to come
        if re.search(r"\bsince\b[^,;]{0,24}$", lead, re.I) and (has_start or ongoing):
            rule = "started/since-date"
        elif re.search(r"\bfrom\s+$", lead, re.I) and has_start:
            rule = "started/from-date"
        elif found.burmese and (
            has_start
            or re.match(_MY_SINCE, sentence[found.end : found.end + 40])
            or _MY_CAMERAS_INSTALLED.search(sentence)
        ):
            if value.earliest == value.latest and _MY_SAID_ON.match(sentence, found.end):
                continue
            if _MY_STOPPED_AFTER.match(sentence, found.end):
                continue  # "ဇူလိုင်လကုန်ကစပြီး ... ရပ်ဆိုင်းထား": when the work stopped
            if found.bare_month and not _MY_BEGAN_AFTER.match(sentence, found.end):
                continue  # "စက်တင်ဘာလတွင် စတင်ခဲ့သည်": a bare month dates the verb right after it
            rule = "started/burmese-date"
        elif _COUNTED_BACK.search(value.text or "") and _begun_in_clause(sentence, found):
            rule = "started/counted-back"  # "started pulling fibre a fortnight ago"
        elif found.bare_month and not _START_VERB.search(_clause_before(sentence, found.start)):
            continue  # "in December" dates a start only in a clause that says something began
        elif (
            begun
            and _START_LEAD.search(lead)
            and not _OTHER_EVENT_BEFORE.search(lead)
            and not _FIRM_AFTER_DATE.match(sentence, found.end)
            and not _OWN_CAMERA.search(sentence, max(0, found.start - 60), found.start)
        ):
            rule = "started/start-verb-date"
            if re.fullmatch(r"(?i)went (?:up|into the ground)", begun.group(0)):
                rule = "started/first-went-up"  # kept only where no other start is given
        else:
            continue
        yield Finding("started", value, start + found.start, start + found.end, rule)


# A start told by its weekday, straight after the verb: "went live in Myitkyina on Monday",
# "began digging the footings at the jetty on Thursday" (a bare "on Thursday" elsewhere is
# mostly the day something was said).
_STARTED_ON_WEEKDAY = re.compile(
    r"(?:\b(?:went\s+live|switched\s+on|began|started|launched|came\s+into\s+(?:service|use|"
    r"operation)|went\s+into\s+(?:service|use|operation))\b[^.;,\"“”]{0,40}?\bon\s+"
    # ... "they have been running since Saturday"
    r"|\b(?:running|recording|working|operating|live|in\s+use)\s+since\s+)"
    r"(?P<day>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"(?!\s+(?:last|next|this)\b|,?\s+\d)",
    re.IGNORECASE,
)


# "The bids for the Mawlamyine cameras were opened on 3 May": a tender's step, not a start.
_BIDS_OPENED = re.compile(
    r"\b(?:bids|tenders?|envelopes|proposals|offers)\b[^.;]{0,60}?\bopened\b", re.I
)


# A date the words give to another event than the start: "under a contract signed in 2043",
# "was awarded the contract in August 2043", "a firm founded in 2031".
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:signed|awarded|approved|ordered|tendered|founded|incorporated|registered|budgeted|"
    r"announced|published|issued|dated)\s+(?:[\w-]+\s+){0,2}?(?:in|on)\s+$",
    re.IGNORECASE,
)


# "her own camera, installed in 2046": a shop's or a home's camera, not the system's start.
_OWN_CAMERA = re.compile(r"\b(?:her|his|my|our|their)\s+own\s+cameras?\b", re.IGNORECASE)
# "PSSL, established in 2031 and based in Dhaka": when the firm began, not the system.
_FIRM_AFTER_DATE = re.compile(r"\s+and\s+(?:is\s+)?(?:based|headquartered)\b", re.IGNORECASE)


# A date counted back from the day of writing: "a fortnight ago", "the year before last".
_COUNTED_BACK = re.compile(r"\bago\b|\bbefore\s+last\b", re.IGNORECASE)


def _begun_in_clause(sentence: str, found: Found) -> bool:
    """Whether the date's own clause says something began, before the date ("put up the year
    before last") or after it ("One year ago this week we switched on the cameras")."""
    before = _clause_before(sentence, found.start)
    after = re.split(r"[,;:]|\b(?:and|but)\b", sentence[found.end :])[0]
    return any(
        not _TO_COME_BEFORE.search(clause, max(0, verb.start() - 40), verb.start())
        for clause in (before, after)
        for verb in _START_VERB.finditer(clause)
    )


def _clause_before(sentence: str, offset: int) -> str:
    """The words of the clause that leads up to `offset` ("went up along the main road in")."""
    return re.split(r"[,;:]|\b(?:and|but)\b", sentence[:offset])[-1] + " "


# A price paid in parts: "in two equal instalments of 735 million kyats" costs twice that.
_INSTALMENTS_BEFORE = re.compile(
    r"\b(?P<parts>two|three|four|five|six|\d{1,2})\s+(?:equal\s+)?(?:instal+ments|payments|"
    r"tranches)\s+of\s+(?:about\s+)?$",
    re.IGNORECASE,
)
_PARTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# Below these a sum is not what a street camera network costs (about US$2,500 in kyat); the
# currencies a threshold is known for, no others.
_PER_HEAD_AFTER = re.compile(
    r"\s*(?:per|a|each|for\s+each)\s+(?:person|head|household|family|shop|stall|member|"
    r"resident|vehicle|car|month|year|week|day|night)\b",
    re.IGNORECASE,
)
_LEAST_NETWORK_COST = {"MMK": 5_000_000, "USD": 2_500, "EUR": 2_500, "GBP": 2_000}


def cost_findings(text: str, start: int, end: int) -> Iterator[Finding]:
    """What the project cost: a sum of money next to a word for cost or contract value."""
    sentence = text[start:end]
    if not _COST_CUE.search(sentence):
        return
    sums = find_money(sentence)
    for found in sums:
        if _NOT_COST.search(sentence, max(0, found.start - 50), min(len(sentence), found.end + 30)):
            continue  # "revenue of 2 billion kyats", "Declared value: USD 96,400": not the cost
        if _FEE_BEFORE.search(sentence, max(0, found.start - 40), found.start):
            continue  # "pay a fee of 5,000 kyats for a copy": what a user pays, not the cost
        if _PER_HEAD_AFTER.match(sentence, found.end):
            continue  # "Ar 2 000 per household and Ar 5 000 per shop each month": a rate
        if _CONVERSION_BEFORE.search(sentence, max(0, found.start - 40), found.start) and any(
            other.end <= found.start for other in sums
        ):
            continue  # the sum before it, converted: one cost, not two
        assert isinstance(found.value, MoneyValue)
        value, rule = found.value, "cost/money"
        parts = _INSTALMENTS_BEFORE.search(sentence, max(0, found.start - 50), found.start)
        if parts:
            count = parts.group("parts").casefold()
            times = _PARTS.get(count) or int(count)
            value = value.model_copy(update={"amount": value.amount * times})
            rule = "cost/instalments"
        if value.amount < _LEAST_NETWORK_COST.get(value.currency, 0):
            continue  # "300,000 kyats" buys a camera or pays a wage, not a city's network
        yield Finding("cost", value, start + found.start, start + found.end, rule)
