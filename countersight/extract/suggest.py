"""Read one document into suggested claims: the rule-based reader's entry point.

Each sentence is read once: organisations, places and references back are found, the predicate
rules run, and every finding gets the place of the deployment it is about, a stance and a
speaker. Places carry forward: a sentence that names none is about the place its paragraph was
about, and a paragraph that names none is about the place the document opened with.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from countersight.evidence.values import ClaimValue, MoneyValue, PlacesValue, RefValue, TermValue
from countersight.evidence.vocabulary import Stance
from countersight.extract.confidence import ConfidenceModel
from countersight.extract.mentions import (
    PlaceFinder,
    PlaceMention,
    find_references,
    find_scopes,
    place_finder,
)
from countersight.extract.organisations import (
    AUTHORITY_WORD,
    DESCRIPTIVE,
    OrganisationIndex,
    OrgMention,
    burmese_bodies_after_towns,
    cue_named_firms,
    names_body_after_town,
    stations_as_buildings,
)
from countersight.extract.role_model import RoleModel
from countersight.extract.rules import (
    ANCHOR,
    AND_NOT_RULE,
    CAPABILITY_CUES,
    HEDGE,
    PRIVATE_OWNER,
    STATUS_CUES,
    Finding,
    authority_findings,
    capability_findings,
    cost_findings,
    count_findings,
    date_findings,
    org_key,
    org_value,
    role_findings,
    software_value,
    status_findings,
)
from countersight.extract.sentences import Sentence, split_sentences, under_question_label
from countersight.extract.stage_model import StageModel
from countersight.extract.stance import (
    DECLINE,
    DENIAL,
    FIGURE_DENIED,
    WRITTEN_TO,
    Voice,
    sentence_voice,
)
from countersight.extract.start_model import StartModel
from countersight.extract.suggestion import (
    NEW_ORGANISATION,
    OUTLET,
    Suggestion,
    organisation_speaker,
)
from countersight.extract.values import currency_country, find_money, localise_currency
from countersight.geo.burmese import has_myanmar_script
from countersight.geo.gazetteer import FIRST_LEVEL_KINDS, Gazetteer, GazetteerPlace
from countersight.ingest.documents import DocumentText

_DESCRIPTIVE_END = re.compile(rf"\s+{DESCRIPTIVE}(?:\s*(?:&|and)\s*{DESCRIPTIVE})*$")
# In a story about surveillance, these are the system: "the project", "the poles", "the
# footage", "no screen and no password".
_SYSTEM = re.compile(
    r"\b(?:system|network|project|scheme|programme|program|(?:camera\s+)?pole|cable-laying|"
    r"screen|password)s?\b|\bfootage\b|\blive\s+(?:images|pictures|feeds?|video)\b"
    # '"no face software in Kalay"': what the system does
    r"|\b(?:face|facial)[\s-]+(?:recognition|software|matching)\b",
    re.I,
)
_FIRST_ONLY = frozenset({"status"})
_TOTALS = frozenset({"camera_count", "city_count", "cost"})
_ROLES = frozenset({"hardware_supplier", "software_supplier", "procurer", "installer", "authority"})
_DEFAULT_ROLE = {
    "manufacturer": "hardware_supplier",
    "software": "software_supplier",
    "integrator": "procurer",
    "authority": "authority",
}
_DENIED_ROLE = (
    (re.compile(r"software|algorithm|analytics|ဆော့ဖ်ဝဲ", re.I), "software_supplier"),
    (re.compile(r"\b(?:won|win|tender|contract|award\w*)\b", re.I), "procurer"),
    (re.compile(r"\binstall\w*\b", re.I), "installer"),
    (
        re.compile(r"\b(?:suppl\w+|sold|sell\w*|provid\w+|deliver\w*|cameras?)\b", re.I),
        "hardware_supplier",
    ),
)

# A foreign country after these words is something the story relates to, not where it is.
_RELATION_BEFORE = re.compile(
    r"\b(?:to|from|towards?|with|into|than|like|via|across|against)\s+(?:the\s+)?$", re.I
)
# "Asked whether the military council had ordered the cameras, an official said he could not
# comment": the refusal is about the role the question gives the body it names.
_ASKED = re.compile(
    r"^\s*(?:when\s+)?asked\s+(?:by\s+(?:the\s+)?[\w'’ -]{1,40}?\s+)?(?:whether|if|who|which)"
    # past a clause about whom it names: "whether the military's Central Command, whose
    # headquarters are in Mandalay, would be able to view the pictures"
    r"\b[^,]*(?:,\s*(?:whose|which|who|where)\b[^,]*,[^,]*)?",
    re.I,
)
_ASKED_ROLE = (
    (
        re.compile(
            r"\b(?:order\w*|run|runs|ran|operat\w+|own\w*|paid for|pays for|commission\w*|"
            r"control\w*|watch\w*|in charge|(?:live\s+)?access\s+to|(?:see|view)\s+(?:the\s+)?"
            r"(?:footage|pictures|images|feeds?|recordings|video))\b",
            re.I,
        ),
        "authority",
    ),
    # what a question names it doing; "the cameras" alone names no part in the work
    *((pattern, role) for pattern, role in _DENIED_ROLE if role != "hardware_supplier"),
    (re.compile(r"\b(?:suppl\w+|sold|sell\w*|provid\w+|deliver\w*)\b", re.I), "hardware_supplier"),
)
# What a denial of a role says it did not do; a bare "the cameras" may be a capability's subject.
_ROLE_VERB = re.compile(
    r"\b(?:won|win|tender|contract|award\w*|install\w*|suppl\w+|sold|sell\w*|provid\w+|"
    r"deliver\w*|software|algorithms?|analytics)\b|ဆော့ဖ်ဝဲ",
    re.I,
)


@dataclass
class _Read:
    """One sentence, read: what is named in it and what the rules found."""

    sentence: Sentence
    orgs: list[OrgMention]
    places: list[PlaceMention]
    voice: Voice
    findings: list[Finding]
    place: tuple[str, ...] = ()
    weak: list[PlaceMention] = dataclasses.field(default_factory=list)  # in a body's name
    extended_to: tuple[PlaceMention, ...] = ()  # towns the project is to reach next


@dataclass
class Reading:
    """A document read sentence by sentence, before any claim is suggested from it."""

    text: str
    reads: list[_Read]
    finder: PlaceFinder
    anchored: set[int]  # paragraphs that speak of cameras or surveillance
    published: date | None = None  # what relative dates count from


def suggest_claims(
    document: DocumentText,
    gazetteer: Gazetteer,
    organisations: OrganisationIndex,
    roles: RoleModel | None = None,
    confidence: ConfidenceModel | None = None,
    stages: StageModel | None = None,
    starts: StartModel | None = None,
) -> list[Suggestion]:
    """Every claim the rules can read in the document, each with its quote and rule, with the
    roles, the stage and the start the learned models add to them, less those
    the confidence model doubts (the shipped models unless others are given)."""
    reading = read_sentences(document, gazetteer, organisations)
    if reading is None:
        return []  # cameras streaming a pagoda, with no word of watching anyone: no record
    found = rule_suggestions(reading, organisations)
    for model in (
        roles if roles is not None else RoleModel.shipped(),
        stages if stages is not None else StageModel.shipped(),
        starts if starts is not None else StartModel.shipped(),
    ):
        found = model.revise(reading, found)
    confidence = confidence if confidence is not None else ConfidenceModel.shipped()
    return confidence.keep(reading, found)


def rule_suggestions(reading: Reading, organisations: OrganisationIndex) -> list[Suggestion]:
    """What the hand rules alone suggest from a read document."""
    return _suggestions(
        reading.text, reading.reads, organisations, reading.finder, reading.anchored
    )


_PUBLISHER_NOT_PAPER = re.compile(
    rf"{AUTHORITY_WORD.pattern}|Department|Bureau|Register|Ltd|Co\b|Company|Group|Watch|"
    r"Association|Network|Union|Monastery|College|School|Ville\s+d|City\s+(?:of|Hall)|Gemeente|"
    r"Kommune|\bstad\b|\bkommun\b|"
    r"စည်ပင်|ကော်မတီ|ဌာန|ရုံး|အစိုးရ|ကုမ္ပဏီ|အဖွဲ့|ကျောင်း|ဈေး",
    re.IGNORECASE,
)


def _outlet_spans(text: str, outlet: str | None) -> list[tuple[int, int]]:
    """Where the document names its own outlet ("လားရှိုး အလင်းတန်း", "The Magway Mirror"): a
    place in a paper's name is where the paper is, not where its story is. (A body or firm
    publishing its own notice is named for the town it serves: its name is left be.)"""
    if not outlet or len(outlet.strip()) < 4 or _PUBLISHER_NOT_PAPER.search(outlet):
        return []
    # (as written, or in a masthead's capitals: not "in Lashio today" for "Lashio Today")
    names = {outlet.strip(), outlet.strip().upper()}
    return [
        m.span() for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]


def _add_bodies_after_towns(
    text: str, orgs: list[OrgMention], found: list[PlaceMention], named: set[str]
) -> None:
    """A Burmese police station or development body named with its town's bare name."""
    towns = [
        (p.start, p.end)
        for p in found
        if p.kind not in FIRST_LEVEL_KINDS
        and p.kind != "country"
        and has_myanmar_script(text[p.start : p.end])
        and not any(o.start < p.end and p.start < o.end for o in orgs)
    ]
    if towns:
        orgs.extend(burmese_bodies_after_towns(text, towns, named))
        orgs.sort(key=lambda m: m.start)


# A body's initials given in brackets ("the Commune Urbaine d'Antananarivo (CUA)") stand for it
# wherever they come again ("the CUA's cameras"), never for a city abroad (Cúa, Venezuela).
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")


def _cities_of_named_country(
    text: str, finder: PlaceFinder, found: list[list[PlaceMention]]
) -> list[list[PlaceMention]]:
    """A city whose name several countries share is the one in the country the document
    names: "George Town" is Malaysia's, unless the page speaks of the "Royal Cayman Islands
    Police Service"."""
    named = {
        p.key
        for places in found
        for p in places
        if p.kind == "country" and not finder.city_countries(text[p.start : p.end])
    }
    mended = []
    for places in found:
        kept = []
        for p in places:
            sharing = finder.city_countries(text[p.start : p.end])
            if p.kind == "country" and p.key not in named and len(sharing & named) == 1:
                p = dataclasses.replace(p, key=next(iter(sharing & named)))
            kept.append(p)
        mended.append(kept)
    return mended


def read_sentences(
    document: DocumentText, gazetteer: Gazetteer, organisations: OrganisationIndex
) -> Reading | None:
    """Find what each sentence names and what the rules read in it, and give it its place;
    None for a document about cameras that watch nobody."""
    text = document.text
    if _not_surveillance(text) and not _SURVEILLANCE_FRAME.search(text):
        return None
    finder = place_finder(gazetteer)
    sentences = split_sentences(text)
    orgs_by_sentence = stations_as_buildings(
        text, [_shift(organisations.find(s.text), s.start) for s in sentences]
    )
    _add_short_names(text, sentences, orgs_by_sentence, organisations, finder)
    _add_first_person(text, sentences, orgs_by_sentence)
    _add_body_references(text, sentences, orgs_by_sentence)
    anchored_sentences = [s for s in sentences if ANCHOR.search(s.text)]
    anchored = {s.paragraph for s in anchored_sentences}
    # In a transcript an answer is about what was just asked: "HOST: Is it running now?" /
    # "GUEST: It has been live since October."
    # So is an interview's answer to the question a paragraph before it asks.
    opening, closing = {}, {}
    for s in sentences:
        opening.setdefault(s.paragraph, s.text)
        closing[s.paragraph] = s.text
    for number in sorted(opening):
        if (
            _SPEAKER_LABEL.match(opening[number])
            or _CAMERAS_PRONOUN.match(opening[number])
            or closing.get(number - 1, "").rstrip(" \"'”’)").endswith("?")
        ) and number - 1 in anchored:
            anchored.add(number)
    # In a story about surveillance, "the system" and "the project" are the system.
    about_surveillance = len(anchored_sentences) >= 3
    outlet_names = _outlet_spans(text, document.outlet)
    found_by_sentence = _cities_of_named_country(
        text, finder, [_shift_places(finder.find(s.text), s.start) for s in sentences]
    )
    initials = set(_INITIALS_IN_BRACKETS.findall(text))
    found_by_sentence = [
        [
            p
            for p in found
            if not (
                p.kind == "country"
                and text[p.start : p.end] in initials
                and finder.city_countries(text[p.start : p.end])
            )
        ]
        for found in found_by_sentence
    ]
    named_bodies = {o.key for orgs in orgs_by_sentence for o in orgs if o.kind == "authority"}
    for orgs, found in zip(orgs_by_sentence, found_by_sentence, strict=True):
        _add_bodies_after_towns(text, orgs, found, named_bodies)
    reads = []
    for sentence, orgs, found in zip(sentences, orgs_by_sentence, found_by_sentence, strict=True):
        found = [p for p in found if not any(a <= p.start and p.end <= b for a, b in outlet_names)]
        places = [
            _foreign_origin(text, _after_firm(text, p, orgs))
            for p in found
            if not any(
                o.start <= p.start
                and p.end <= o.end
                and not (o.start == p.start and names_body_after_town(text, p.end, o.end))
                for o in orgs
            )
        ]
        weak = [
            p
            for p in found
            if any(o.start <= p.start and p.end <= o.end and o.kind == "authority" for o in orgs)
        ]
        reads.append(_Read(sentence, orgs, places, _NO_VOICE, [], weak=weak))
    headline = _headline_town(document.title, finder)
    main = _main_place(text, reads, finder, headline)
    own_government = _regional_government(main, finder)
    own_committee = _town_committee(main, finder)
    army = organisations.key_for("Tatmadaw")
    if army and main and _country_of(main, finder) == "MM":
        _add_the_army(reads, army)
    last_firms: list[OrgMention] = []  # the firms of the last sentence that named any
    bodies: list[OrgMention] = []
    asked: tuple[int, OrgMention] | None = None  # whom the writer just wrote to, in which paragraph
    question: tuple[_Read, list[Finding]] | None = None  # the sentence just before, if it asked
    for read in reads:
        sentence, orgs = read.sentence, read.orgs
        if own_government:
            _add_government_references(text, sentence, orgs, own_government)
        if own_committee:
            _add_references(
                text, sentence, orgs, _TOWN_COMMITTEE_REFERENCE, lambda _: own_committee
            )
        read.voice = sentence_voice(text, sentence.start, sentence.end, orgs)
        if (
            asked
            and asked[0] == sentence.paragraph
            and read.voice.stance is Stance.declines
            and not read.voice.subjects
            and not (_FIRM_BACK.search(sentence.text) or _BODY_BACK.search(sentence.text))
        ):
            # "I wrote to the ministry's press office to ask who pays. No answer so far."
            subject = dataclasses.replace(asked[1], start=sentence.start, end=sentence.start)
            read.voice = Voice(Stance.declines, organisation_speaker(subject.key), (subject,))
        written_to = _written_to(text, orgs)
        if written_to is not None:
            asked = (sentence.paragraph, written_to)
        if read.voice.stance is not Stance.asserts and not read.voice.subjects:
            # "The company did not respond", "the Authority has not answered": the firm or
            # body named before.
            back = _FIRM_BACK.search(sentence.text)
            named = _firm_referred(back.group(0), last_firms) if back else None
            if back is None:
                back = _BODY_BACK.search(sentence.text)
                head = back.group("head").casefold() if back else ""
                named = next(
                    (b for b in reversed(bodies) if head and head in b.text.casefold()), None
                )
            if back and named:
                subject = dataclasses.replace(
                    named, start=sentence.start + back.start(), end=sentence.start + back.end()
                )
                # "The company did not respond" speaks for itself; in "The minister said the
                # company had not supplied them" the minister speaks about it
                speaker = (
                    organisation_speaker(subject.key) if back.start() == 0 else read.voice.speaker
                )
                read.voice = Voice(read.voice.stance, speaker, (subject,))
        elif read.voice.stance is Stance.asserts and read.voice.speaker == OUTLET:
            # "The Authority says ...", "the company said": the body or firm named before.
            said = _BACK_SAYS.search(sentence.text)
            if said:
                head = said.group("head").casefold()
                if head in ("company", "firm"):
                    named = _firm_referred(head, last_firms)
                else:
                    named = next((b for b in reversed(bodies) if head in b.text.casefold()), None)
                if named is not None:
                    read.voice = Voice(Stance.asserts, organisation_speaker(named.key))
        firms = [o for o in orgs if o.kind not in ("authority", "outlet", "ngo")]
        if firms:
            last_firms = firms
        bodies.extend(o for o in orgs if o.kind == "authority")
        # "GUEST: It has been live since October": a transcript's speaker label comes first
        label = _SPEAKER_LABEL.match(sentence.text)
        pronoun = _CAMERAS_PRONOUN.match(sentence.text, label.end() if label else 0)
        about_place = (
            bool(read.places)
            or bool(find_references(sentence.text))
            or bool(_WORK_SUBJECT.match(sentence.text))
            or bool(pronoun and (sentence.paragraph in anchored or about_surveillance))
        )
        # In a story about surveillance, "They are definitely working" is about the cameras.
        in_context = sentence.paragraph in anchored or bool(
            about_surveillance and (_SYSTEM.search(sentence.text) or pronoun)
        )
        read.findings = _findings(document, sentence, orgs, in_context, about_place)
        if written_to is not None and _ASKING.search(text, sentence.start, sentence.end):
            # "We wrote to the ministry to ask whether ...": the body asked is a source here
            read.findings = [
                f
                for f in read.findings
                if f.predicate != "authority" or getattr(f.value, "key", None) != written_to.key
            ]
        if question and read.voice.stance is not Stance.asserts and _answers(question[0], read):
            _answer(question, read)
        question = _question(text, read)
    _settle_homonyms(text, reads, finder)
    _settle_abroad(text, reads, finder)
    _assign_places(text, reads, finder, headline)
    return Reading(text, reads, finder, anchored, document.published)


# A question put in one sentence and answered in the next: "Bidder E asked whether the system
# will recognise faces. The Chair answered that questions on the scope are not answered",
# "Does the system recognise faces?", "we wrote to ask whether ... The letter came back".
# The same test finds the question a refusal's capability is read from (`_question_before`).
_ASKING = re.compile(
    r"\b(?:asked|ask|asking|wanted to know|enquired|inquired)\s+(?:[\w'’-]+:?\s+){0,5}?"
    # "asked who had supplied and installed the cameras, ..., and whether ..."
    r"(?:whether|if|about|who|what|how|which)\b",
    re.IGNORECASE,
)
_ANSWERED_AT_ONCE = re.compile(r"\s*(?:When\s+)?asked\b", re.IGNORECASE)
_ASKED_ABOUT = frozenset(
    {"capability", "authority", "hardware_supplier", "installer", "procurer", "cost"}
)


def _question(text: str, read: _Read) -> tuple[_Read, list[Finding]] | None:
    """The sentence as a question, with what it asks about, for a refusal or denial right after
    it to take over; unanswered, the findings stay where they are."""
    if read.voice.stance is not Stance.asserts or _ANSWERED_AT_ONCE.match(read.sentence.text):
        return None  # "Asked whether ..., he said that some can": asked and answered at once
    asking = _ASKING.search(text, read.sentence.start, read.sentence.end)
    if asking is not None:
        begins = asking.start()
    elif read.sentence.text.rstrip(" \"'”’)").endswith("?"):
        begins = read.sentence.start  # "Does the system recognise faces?"
    else:
        return None
    asked = [f for f in read.findings if f.predicate in _ASKED_ABOUT and f.start >= begins]
    return (read, asked) if asked else None


def _answers(question: _Read, answer: _Read) -> bool:
    """Whether a sentence can be the answer to the question just before it: in the same
    paragraph, or in the next one under a speaker's label, as a transcript has it, or after a
    question mark, as an interview has it."""
    same = answer.sentence.paragraph == question.sentence.paragraph
    # (an interview's question on a line of its own, its answer opening the next paragraph)
    labelled = answer.sentence.paragraph == question.sentence.paragraph + 1 and bool(
        _SPEAKER_LABEL.match(answer.sentence.text)
        or question.sentence.text.rstrip(" \"'”’)").endswith("?")
    )
    return same or labelled


def _answer(question: tuple[_Read, list[Finding]], answer: _Read) -> None:
    """A refusal or denial right after a question is about what was asked: its findings move
    to the answer, which gives them its stance; an answer that asserts leaves them be."""
    asked_read, asked = question
    own = {f.predicate for f in answer.findings}
    moved = [f for f in asked if f.predicate not in own]
    asked_read.findings = [f for f in asked_read.findings if f not in moved]
    answer.findings.extend(moved)


def _written_to(text: str, orgs: list[OrgMention]) -> OrgMention | None:
    """The body or firm the writer says they wrote to or called in this sentence, if any."""
    for i, mention in enumerate(orgs):
        if WRITTEN_TO.search(text, max(0, mention.start - 60), mention.start):
            # "wrote to the Kayah State government's Ministry of ...": the ministry
            following = orgs[i + 1] if i + 1 < len(orgs) else None
            if following and re.fullmatch(
                r"['’]s\s+(?:the\s+)?", text[mention.end : following.start]
            ):
                return following
            return mention
    return None


def _settle_homonyms(text: str, reads: list[_Read], finder: PlaceFinder) -> None:
    """A town's name shared by towns in several regions is the one in the region the document
    names ("Zigon" in a story about the Bago Region Government is Bago Region's Zigon)."""
    regions = {
        p.key for read in reads for p in (*read.places, *read.weak) if p.kind in FIRST_LEVEL_KINDS
    }
    if not regions:
        return
    for read in reads:
        for index, place in enumerate(read.places):
            if place.kind != "town" or place.key.split("/")[0] in regions:
                continue
            there = [
                k
                for k in finder.homonyms(text[place.start : place.end])
                if k.split("/")[0] in regions
            ]
            if len(there) == 1:
                read.places[index] = dataclasses.replace(place, key=there[0])


# A dollar not said to be American ("$385,000", "385,000 dollars") is any country's dollar:
# it settles no city's country (Melbourne is Australia's, not Florida's).
_US_DOLLAR_NAMED = re.compile(r"\bUSD?\b|U\$S|American|အမေရိကန်")


def _any_dollar(value: MoneyValue) -> bool:
    return value.currency == "USD" and not _US_DOLLAR_NAMED.search(value.text)


def _settle_abroad(text: str, reads: list[_Read], finder: PlaceFinder) -> None:
    """A city abroad whose name several countries share is the one in the country whose money
    the document counts in: "Cartago" in a story priced in colones is Costa Rica's. (A
    national currency's ISO code begins with its country's code: CRC, MDL, KES.)"""
    paid_in = {
        found.value.currency[:2]
        for found in find_money(text)
        if isinstance(found.value, MoneyValue)
        and found.value.currency[:2] not in ("EU", "XO")
        and not _any_dollar(found.value)
    }
    if not paid_in:
        return
    for read in reads:
        for places in (read.places, read.weak):
            for index, place in enumerate(places):
                if place.kind != "country" or place.key in paid_in:
                    continue
                there = finder.city_countries(text[place.start : place.end]) & paid_in
                if len(there) == 1:
                    places[index] = dataclasses.replace(place, key=next(iter(there)))


_NO_VOICE = Voice(Stance.asserts, "")
# A sentence about the project's own work: "Work has been paused since September".
_WORK_SUBJECT = re.compile(
    # after a leading clause, too: "Handed over in September, the network has been running"
    r"(?:[^,.;]{1,60},\s*)?"
    r"\s*(?:the\s+)?(?:work|installation|construction|the\s+project|the\s+network|"
    # "The system has run without interruption", not "The system began operating in 2026"
    r"the\s+system(?=\s+(?:has|have|had|is|are|was|were)\b))\s+"
    r"(?:has|have|had|was|were|is|are|resumed|stopped|began|started)\b",
    re.IGNORECASE,
)
# A paragraph that goes on about the cameras just described: "They have been recording since
# last December", "They are working: at night each one has a red light".
# Only with what cameras do: "They have been recording", "It can zoom", not "They are worried".
_CAMERA_DOES = (
    r"(?:\s+(?:not|never|all|also|now|still|already|definitely|certainly|only|just|even))*\s+"
    r"(?:been\s+)?(?:\w+ly\s+)?(?:switched|turned|record\w*|install\w*|work\w*|runn?\w*|watch\w*|"
    r"film\w*|live\b|connected|powered|mounted|put up|operat\w*|in (?:use|operation|service)|"
    r"able to|fitted|linked|read\w*|recogni[sz]\w*|identif\w*|see|zoom\w*|track\w*|turn\w*|"
    r"pan\w*|rotat\w*|follow\w*|detect\w*|store\w*|send\w*|film\w*|cover\w*|monitor\w*|"
    r"point\w*|face\w*|photograph\w*|capture\w*|keep\w*|look\w*|up\b|on\b|hidden|concealed|"
    r"disguised|placed|positioned|fixed|attached|bolted|hung|made|branded|supplied|bought|"
    r"imported|paid|went\s+(?:live|up|online|dark)|came\s+on|"
    # what is wrong with them: "They have been out of service since a lightning strike"
    r"out\s+of\s+(?:service|action|order)|offline|broken|faulty|"
    # what they are: "Twelve of them are thermal units", "They are PTZ domes"
    r"(?:[\w-]+\s+){1,2}(?:units|cameras|models|domes)\b)"
)
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z .'’-]{1,40}:\s+")
_CAMERAS_PRONOUN = re.compile(
    r"\s*[\"“]?(?:(?:And|But|So)\s+(?=they\b))?(?:(?:They|they|These|All of them|Both)"
    r"(?:\s+(?:have|are|do|does|were|had|can|could|will|would))?|They['’](?:re|ve)|"
    r"It(?:\s+(?:can|could|has|is|was|does|will))?|"
    # "The first twelve of them, around the station, have been recording"
    r"(?:The\s+)?(?:first\s+|last\s+|other\s+)?(?:[\w-]+\s+)?of\s+them(?:,[^,.]{1,60},)?"
    r"(?:\s+(?:have|are|were|had|can|could|will))?)"
    rf"{_CAMERA_DOES}"
)


_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Za-z .'’-]{0,24}:\s")


def _firm_referred(phrase: str, firms: list[OrgMention]) -> OrgMention | None:
    """The firm "the company" points back to among those the last sentence named: the last
    that is not a camera maker named for its brand ("put in by Mergui Bay Engineering Co Ltd
    ... the cameras are of the Hikvision brand. The company declined to comment"), unless the
    phrase says "manufacturer"."""
    maker = "manufacturer" in phrase.casefold()
    chosen = [f for f in firms if (f.kind == "manufacturer") == maker]
    return (chosen or firms or [None])[-1]


_FIRM_BACK = re.compile(
    r"^\s*(?:the|this|that)\s+(?:\w+\s+)?(?:company|firm|contractor|supplier|manufacturer|"
    r"vendor|integrator|group)\b"
    # "A sales manager there said the company had nothing to say", "When the wire service
    # phoned the firm, a staff member declined to comment"
    r"|\b(?:said|says|added)\s+(?:that\s+)?the\s+(?:company|firm)\b"
    r"|\b(?:phoned|called|contacted|reached)\s+the\s+(?:company|firm)\b",
    re.IGNORECASE,
)
_BODY_BACK = re.compile(
    r"\bthe\s+(?P<head>authority|service|ministry|police|council|committee|department|"
    r"government|agency|municipality|administration|office|force)\b",
    re.IGNORECASE,
)
_BACK_SAYS = re.compile(
    r"\bthe\s+(?P<head>authority|service|ministry|council|committee|agency|municipality|"
    r"administration|company|firm)\s+(?:says|said|stated|added|claims|claimed)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r",\s*but\b|;\s*")
_RELATIVE_ROLE = re.compile(r",\s*(?:which|that|who|the|its|a)\s")
# Claims about who supplied how many cameras need a public setting: shops selling home
# cameras and trade fairs are not deployments.
_PUBLIC = re.compile(
    r"\b(?:safe[\s-]+city|smart[\s-]+city|police|municipal\w*|township|streets?|public|"
    r"government|authorit(?:y|ies)|junta|military|ministry|committee|junctions?|roads?|"
    r"highways?|traffic|control room|command cent(?:re|er)|tenders?|council|protest\w*|"
    r"officials?|city's|citywide|city-wide|state|regional|national|surveillance (?:system|"
    r"network|project|programme)|checkpoints?|border)\b"
    r"|လုံခြုံသောမြို့|ရဲ|စည်ပင်|အစိုးရ|စစ်ကောင်စီ|လမ်း|တင်ဒါ",
    re.IGNORECASE,
)
_RETAIL = re.compile(
    r"\b(?:shops?|stores?|retail\w*|consumers?|households?|homes?|customers?(?!['’]s)|shoppers?|"
    r"trade fairs?|fairs?|expos?|exhibitors?|exhibitions?|doorbells?|showrooms?|e-commerce|"
    r"for sale|sellers?|restaurants?|families)\b",
    re.IGNORECASE,
)
# A firm's own stock room is no shop: "supplied from our Lashio store", "the project store".
_OWN_STORE = re.compile(r"\b(?:our|its|their|project|central|site)\s+(?:[A-Z][\w-]*\s+)?stores?\b")


def _retail(text: str) -> bool:
    """Whether the text speaks of cameras sold in shops, to households, at fairs."""
    return bool(_RETAIL.search(_OWN_STORE.sub(" ", text)))


# Cameras that are not city surveillance: wildlife camera traps, phones, dashcams, doorbells.
# A government body alone (a forest department) does not make them so; the cameras must watch
# public space, people or vehicles.
# Words a story about surveillance uses somewhere; a story of cameras put to another use (a
# livestream, camera traps) with none of them records no claim.
_SURVEILLANCE_FRAME = re.compile(
    r"surveil|\bCCTV|safe[\s-]+city|smart[\s-]+city|security\s+cameras?|\bpolice|monitoring|"
    r"control\s+room|command\s+cent|(?:face|facial)[\s-]+(?:recognition|matching|identification)|"
    r"number[\s-]+plates?|licen[cs]e[\s-]+plates?|\bALPR|\bANPR|\btenders?\b|\bjunta|"
    r"\bmilitary|\bspy|\btrack(?:ing)?\s+(?:people|residents|activists|vehicles)|"
    r"camera\s+(?:network|system)s?|(?:street|city|traffic|public)[\s-]+cameras?|"
    r"recogni[sz]\w*\s+(?:faces|people|number)|checkpoints?|\bofficials?\b|\bauthorities\b|"
    # a public body's committee, not a football club's
    r"\bgovernment|\bmunicipal|\bcouncil\b|(?:affairs|township|city|municipal|region|state)\s+"
    r"(?:\w+\s+)?committee\b|\bministry\b|\bcontracts?\b|"
    r"\bwatch(?:es|ed|ing)?\s+(?:over\s+)?(?:the\s+)?(?:streets|roads|junctions|people|residents|"
    r"crowds|traffic|town|city)|"
    r"စောင့်ကြည့်|လုံခြုံ|ရဲ|စီစီတီဗွီ|မျက်နှာ",
    re.IGNORECASE,
)
_NOT_SURVEILLANCE = re.compile(
    r"\bcamera[\s-]+traps?\b|\btrail[\s-]+cameras?\b|\bwildlife\b|\banimals?\b|\btigers?\b|"
    r"\belephants?\b|\bbirds?\b|\bforest(?:ry)?\s+(?:department|reserve|officials?)\b|"
    r"\b(?:nature|wildlife|forest|game)\s+reserves?\b|\bnational\s+parks?\b|\bpoach\w+|"
    r"\b(?:phone|mobile|smartphone|cellphone)[\s-]+cameras?\b|\bsmartphones?\b|"
    r"\bdash[\s-]?cams?\b|\bdashboard\s+cameras?\b|\bdoorbell\w*|\bbaby\s+monitors?\b|"
    r"\b(?:home|household|domestic)\s+(?:security\s+)?cameras?\b|\bselfies?\b|"
    r"\bweb\s?cams?\b|\blive[\s-]?stream\w*|\bstream(?:s|ed|ing)?\s+(?:live|the|it|them|to)\b|"
    r"\bbroadcasts?\b|\bvideo\s+channel\b|တောရိုင်း|သစ်တော"
    # cameras on a production line: "process cameras", a kiln's or a conveyor's cameras
    r"|\bprocess\s+cameras?\b|\bkilns?\b|\bfurnaces?\b|\bconveyors?\b|\bclinker\b"
    # cameras that watch water, not people: a dam's spillway, a weir, a river gauge
    r"|\bspillways?\b|\bweirs?\b|\bsluice\w*|\briver\s+gauges?\b"
    # cameras that watch fish in ponds, or the back of the eye in a clinic
    r"|\bunderwater\s+cameras?\b|\bfish\s*(?:ponds?|farms?|farmers?)\b|\bretinal\b|\bfundus\b"
    # ... or inside the body or the mouth: endoscopes, dental cameras; or the sea's waves
    r"|\bendoscop\w*|\bcolonoscop\w*|\bintraoral\b|\bdental\s+(?:cameras?|clinics?|surgery)\b"
    r"|\bwave\s+cameras?\b|\bheight\s+of\s+the\s+waves\b"
    # cameras that film a match for the coaches
    r"|\bmatch[\s-]+analysis\b|\bkick[\s-]?off\b|\b(?:football|cricket|rugby)\s+club\b",
    re.IGNORECASE,
)
# A word each phrasing of _NOT_SURVEILLANCE contains, in lower case: most paragraphs have none,
# and these plain words are found far faster (a test holds the labelled documents to them).
NOT_SURVEILLANCE_WORD = re.compile(
    r"trap|trail|wildlife|animal|tiger|elephant|bird|forest|reserve|park|poach|phone|mobile|dash|"
    r"doorbell|baby|home|household|domestic|selfie|web|stream|broadcast|channel|process|kiln|"
    r"furnace|conveyor|clinker|spillway|weir|sluice|gauge|underwater|fish|retinal|fundus|match|"
    r"kick|club|endoscop|colonoscop|intraoral|dental|wave|တောရိုင်း|သစ်တော"
)


def _not_surveillance(text: str) -> bool:
    """_NOT_SURVEILLANCE, with a cheap look for its words first."""
    return bool(NOT_SURVEILLANCE_WORD.search(text.lower()) and _NOT_SURVEILLANCE.search(text))


_STRICT_PUBLIC = re.compile(
    r"\b(?:safe[\s-]+city|smart[\s-]+city|police|streets?|junctions?|roads?|highways?|traffic|"
    r"intersections?|protest\w*|checkpoints?|public\s+(?:spaces?|places?|squares?|areas?)|"
    r"market\s?places?|surveillance\s+(?:system|network|project|programme|cameras?)|"
    r"CCTV\s+(?:system|network)|control\s+room|command\s+cent(?:re|er)|residents|citizens)\b"
    r"|လုံခြုံသောမြို့|ရဲ|လမ်း",
    re.IGNORECASE,
)
_NEEDS_PUBLIC = frozenset(
    {
        "hardware_supplier",
        "software_supplier",
        "procurer",
        "installer",
        "camera_count",
        "capability",
    }
)
# "The state government", "the regional government": the government of the region the
# story's town is in.
_GOVERNMENT_REFERENCE = re.compile(
    r"\b(?:the|its|a)\s+(?:state|regional|region|divisional)\s+(?:government|authorities)\b"
    r"|(?<![\u1000-\u109f])(?:ပြည်နယ်|တိုင်းဒေသကြီး)\s*အစိုးရ",
    re.IGNORECASE,
)


_BARE_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?:state|region|regional|divisional)\s+government|ပြည်နယ်\s*အစိုးရ"
    r"|တိုင်းဒေသကြီး\s*အစိုးရ",
    re.IGNORECASE,
)


def _regional_government(main: str, finder: PlaceFinder) -> tuple[str, str] | None:
    """The names ("Shan State Government", "ရှမ်းပြည်နယ်အစိုးရ") of the government of the
    first-level unit the story's place is in (or is)."""
    gazetteer = finder.gazetteer
    if main not in gazetteer:
        return None
    chain = [main, *(p.key for p in gazetteer.ancestors(main))]
    region = next((k for k in chain if gazetteer.get(k).kind in ("state", "region")), None)
    if region is None:
        return None
    place = gazetteer.get(region)
    burmese = next(
        (
            n.name
            for n in place.names
            if n.script == "Mymr" and n.name.endswith(("ပြည်နယ်", "တိုင်းဒေသကြီး"))
        ),
        "",
    )
    return f"{place.name} Government", f"{burmese}အစိုးရ" if burmese else ""


def _add_government_references(
    text: str, sentence: Sentence, orgs: list[OrgMention], names: tuple[str, str]
) -> None:
    for i, mention in enumerate(orgs):
        # "The State Government said": a body named without its state is the story's own.
        if _BARE_GOVERNMENT.fullmatch(mention.key.removeprefix(NEW_ORGANISATION).strip()):
            name = names[1] if has_myanmar_script(mention.text) else names[0]
            if name:
                orgs[i] = dataclasses.replace(mention, key=f"{NEW_ORGANISATION}{name}")
    _add_references(
        text,
        sentence,
        orgs,
        _GOVERNMENT_REFERENCE,
        lambda said: names[1] if "\u1000" <= said[0] <= "\u109f" else names[0],
    )


def _add_references(
    text: str,
    sentence: Sentence,
    orgs: list[OrgMention],
    reference: re.Pattern[str],
    name_for: Callable[[str], str | None],
) -> None:
    """The body each unclaimed `reference` in the sentence stands for, by `name_for` the words
    said ("the regional government", "the township's development affairs committee")."""
    for match in reference.finditer(text, sentence.start, sentence.end):
        name = name_for(match.group(0))
        if name and not any(o.start < match.end() and match.start() < o.end for o in orgs):
            orgs.append(
                OrgMention(f"{NEW_ORGANISATION}{name}", *match.span(), match.group(0), "authority")
            )
    orgs.sort(key=lambda m: m.start)


# "the township's development affairs committee": the story's town's own committee, named
# without the town. (Not "the township police": writers mean the national force as often.)
_TOWN_COMMITTEE_REFERENCE = re.compile(
    r"\bthe\s+(?:town|township)(?:['’]s)?\s+development\s+(?:affairs\s+)?committee\b",
    re.IGNORECASE,
)


def _town_committee(main: str, finder: PlaceFinder) -> str | None:
    """The name of a Myanmar town's development affairs committee."""
    if main not in finder.gazetteer or _country_of(main, finder) != "MM":
        return None
    place = finder.gazetteer.get(main)
    return f"{place.name} Township Development Affairs Committee" if place.kind == "town" else None


# "the council" after "Agadir's municipal council" has been named: the heads of public bodies'
# names that a later "the ..." refers back to.
_BODY_HEAD_BACK = re.compile(
    r"\b(?:the|this)\s+(?P<head>council|committee|municipality|ministry|directorate|department|force|"
    r"police|authority|assembly|corporation|administration|secretariat|guard)\b"
    r"(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)


# A letterhead in capitals that names a public body: "YEZAGYO TOWNSHIP DEVELOPMENT AFFAIRS
# COMMITTEE", "KALEWA RIVER PORT AUTHORITY" on the document's first line.
_LETTERHEAD_BODY = re.compile(
    r"\A\s*(?P<name>[A-Z][A-Z'&.\- ]{2,80}\s(?:COMMITTEE|AUTHORITY|COUNCIL|MUNICIPALITY|MINISTRY|"
    r"DEPARTMENT|DIRECTORATE))(?=[ \t]*\n|\s+[A-Z][a-z])"  # a line of its own, maybe unwrapped
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in"})


def _letterhead_body(text: str) -> str | None:
    """The body whose letterhead opens the document, in title case: the one that a notice's
    "the Committee" or "the Authority" means even where its name is not written out again."""
    match = _LETTERHEAD_BODY.match(text)
    if match is None:
        return None
    words = match.group("name").split()
    return " ".join(
        w.casefold() if i and w.casefold() in _SMALL_WORDS else w.capitalize()
        for i, w in enumerate(words)
    )


def _add_body_references(
    text: str, sentences: Sequence[Sentence], orgs_by_sentence: list[list[OrgMention]]
) -> None:
    """ "The network belongs to the council": the one public body of that kind named before,
    and only if one body of that kind has been named."""
    named: dict[str, set[str]] = {}
    full: list[str] = []  # authorities named so far, by key
    issuer = _letterhead_body(text)
    if issuer is not None:
        named[issuer.split()[-1].casefold()] = {NEW_ORGANISATION + issuer}
    for sentence, orgs in zip(sentences, orgs_by_sentence, strict=True):
        for i, mention in enumerate(orgs):
            # "စည်ပင်သာယာရေးအဖွဲ့" after "မအူပင်မြို့နယ် စည်ပင်သာယာရေးအဖွဲ့": the body named in full
            name = mention.key.removeprefix(NEW_ORGANISATION)
            if mention.kind == "authority" and mention.key.startswith(NEW_ORGANISATION):
                longer = {k for k in full if k != mention.key and k.endswith(" " + name)}
                if len(longer) == 1:
                    orgs[i] = dataclasses.replace(mention, key=longer.pop())
        for mention in orgs:
            if mention.kind == "authority" and mention.text != mention.text.casefold():
                head = mention.key.removeprefix(NEW_ORGANISATION).split()[-1].casefold()
                named.setdefault(head, set()).add(mention.key)
            if mention.kind == "authority":
                full.append(mention.key)
        # "A spokesman for the Bago Region Police Force said the force had never ...": a body
        # named earlier in the sentence counts as named before
        for match in _BODY_HEAD_BACK.finditer(text, sentence.start, sentence.end):
            head = match.group("head").casefold()
            if head == "authority" and match.group("head") != "Authority":
                continue  # "the authority to inspect" is a power; "the Authority" a body
            # "the police" is the one police force named before, as "the force" is
            keys = named.get(head) or (named.get("force", set()) if head == "police" else set())
            overlapping = [o for o in orgs if o.start < match.end() and match.start() < o.end]
            # "the Committee" read as a new body of that one word is the defined term
            if len(keys) != 1 or any(
                o.key.removeprefix(NEW_ORGANISATION).casefold() != head for o in overlapping
            ):
                continue
            orgs[:] = [o for o in orgs if o not in overlapping]
            orgs.append(OrgMention(next(iter(keys)), *match.span(), match.group(0), "authority"))
        orgs.sort(key=lambda m: m.start)


# "The army will have nothing to do with them": in a story at home, the country's military.
# Only where the sentence says what the army does or has with the system, not wherever the
# army is named ("since the military seized power", "protests against the military").
_THE_ARMY = re.compile(
    r"\bthe\s+(?:military|army)(?=\s+(?:(?:has|had|have|will|would|is|was|does|did)\s+)?"
    r"(?:\w+\s+){0,3}?(?:access|control|nothing\s+to\s+do|runs?|ran|order\w*|operat\w+|"
    r"watch\w*|monitor\w*|taken\s+control|screens?|passwords?)\b)",
    re.IGNORECASE,
)


def _add_the_army(reads: list[_Read], key: str) -> None:
    for read in reads:
        sentence = read.sentence
        for match in _THE_ARMY.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not any(o.start < end and start < o.end for o in read.orgs):
                read.orgs.append(OrgMention(key, start, end, match.group(0), "authority"))
        read.orgs.sort(key=lambda m: m.start)


def _shift(mentions: Iterable[OrgMention], offset: int) -> list[OrgMention]:
    return [dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in mentions]


def _shift_places(mentions: Iterable[PlaceMention], offset: int) -> list[PlaceMention]:
    return [dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in mentions]


# "Dahua, China", "Huawei of China", "X Co., Ltd., of Kalay": where the firm is from.
_FIRM_APPOSITION = re.compile(
    r"^\s*(?:,\s*(?:(?:of|in|from)\b)?|\b(?:of|in|from)\b)\s*(?:the\s+)?"
    r"(?:People's\s+Republic\s+of\s+)?$"
)

_FIRM_DESCRIBED = re.compile(r"^\s*,\s*(?:an?|the|its)\s+$", re.IGNORECASE)
_FIRM_NOUN_AFTER = re.compile(
    r"(?:-based)?\s+(?:\w+\s+)?(?:company|firm|contractor|supplier|integrator|business|"
    r"distributor|dealer|reseller|manufacturer|installer)\b",
    re.IGNORECASE,
)


def _after_firm(text: str, place: PlaceMention, orgs: list[OrgMention]) -> PlaceMention:
    """ "Dahua, China", "Huawei of China", "X Co Ltd, a Yangon company", "a Myitkyina firm
    built it", "China's Zhejiang Uniview": where the firm is from."""
    if re.search(r"\b(?:an?|another)\s+$", text[max(0, place.start - 9) : place.start], re.I) and (
        _FIRM_NOUN_AFTER.match(text, place.end)
    ):
        return dataclasses.replace(place, origin=True)
    following = [o for o in orgs if o.start >= place.end]
    if following and re.fullmatch(r"['’]s\s+", text[place.end : following[0].start]):
        return dataclasses.replace(place, origin=True)  # "China's Zhejiang Uniview": its home
    before = [o for o in orgs if o.end <= place.start]
    if not before:
        return place
    between = text[before[-1].end : place.start]
    if before[-1].kind == "authority" and re.fullmatch(r"\s+in\s+(?:the\s+)?", between):
        return place  # "the Thromde in Bhutan": where a public body governs
    if _FIRM_APPOSITION.match(between) or (
        _FIRM_DESCRIBED.match(between) and _FIRM_NOUN_AFTER.match(text, place.end)
    ):
        return dataclasses.replace(place, origin=True)
    return place


# A country named as where goods come from or as a border is not where cameras stand:
# "imported from China", "made in China", "near the Chinese border", "the border with Thailand".
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|made in|manufactured in|built in|produced in|imported from|border with|"
    r"bordering|borders|near|close to|towards|across from)\s+(?:the\s+)?(?:\w+\s+)?$"
    r"|\boutside\s+(?:of\s+)?$"  # "Outside Myanmar, our only city project is ..."
    r"|\bfrom\s+(?:(?-i:[A-Z])[\w-]*\s+){1,2}(?:county|district|province|prefecture|city)?\s*"
    r"in\s+$",
    re.IGNORECASE,
)
_ORIGIN_AFTER = re.compile(r"^(?:['’]s)?[\s-]*(?:border|frontier|-?made|based)\b", re.IGNORECASE)


def _foreign_origin(text: str, place: PlaceMention) -> PlaceMention:
    if place.kind != "country" or place.origin:
        return place
    before = text[max(0, place.start - 40) : place.start]
    if _ORIGIN_BEFORE.search(before) or _ORIGIN_AFTER.match(text[place.end : place.end + 20]):
        return dataclasses.replace(place, origin=True)
    return place


# A firm's own release, post or report speaks as "we": the firm that heads it.
_FIRST_PERSON = re.compile(
    r"\b(?:we|our (?:company|engineers|crews?|team|field team|technicians)|the company"
    r"|our(?=\s+(?:bid|offer|tender|proposal)\b)|(?<=\bto\s)us)\b",
    re.IGNORECASE,
)
_ISSUER_WITHIN = 300  # characters from the top in which a release names its firm
# What marks a firm's own words at the top of a document.
_OWN_WORDS = re.compile(
    r"\b(?:press release|press statement|media release|for immediate release|statement|"
    r"(?:is|are) (?:pleased|proud|delighted|happy) to (?:announce|share|tell|inform|report)|"
    r"annual report|followers|vacanc\w+|about (?:us|the company)|we wish to|"
    r"(?:customer|client|company)\s+(?:bulletin|newsletter|profile)|our (?:clients|customers)|"
    r"who we are|(?:results|earnings)\s+call|investor\s+relations|entry\s+form|entrant|"
    r"our\s+(?:team|engineers|company|firm))\b",
    re.IGNORECASE,
)


def _add_first_person(
    text: str, sentences: Sequence[Sentence], orgs_by_sentence: list[list[OrgMention]]
) -> None:
    """In a firm's own words ("the network we installed in Dili"), "we" is the firm named at
    the top; outside quotation marks only, where "we" is the writer."""
    first = next((m for orgs in orgs_by_sentence for m in orgs), None)
    if (
        first is None
        or first.start > _ISSUER_WITHIN
        or first.kind in ("authority", "outlet", "ngo")
        or not _OWN_WORDS.search(text, 0, 600)
    ):
        return
    for sentence, orgs in zip(sentences, orgs_by_sentence, strict=True):
        for match in _FIRST_PERSON.finditer(text, sentence.start, sentence.end):
            before = text[text.rfind("\n\n", 0, match.start()) + 1 : match.start()]
            if before.count('"') % 2 or before.count("“") > before.count("”"):
                continue  # a quotation's "we" is whoever is quoted
            orgs.append(
                dataclasses.replace(
                    first, start=match.start(), end=match.end(), text=match.group(0)
                )
            )
        orgs.sort(key=lambda m: m.start)


# "(YCDC)"; a firm's own short name in quotes: '("Thukha Vision")', "(hereinafter 'ZTE')"
_INITIALS_AFTER = re.compile(
    # "(YCDC)", '(hereinafter "Golden Lotus")', a contract's '(the "Borrower")', '(PSSL or "the
    # company")'
    r"\s*\((?:hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?)?(?:the\s+)?"
    r"(?:(?P<initials>[A-Z][A-Z&]{1,7})(?:\s+or\s+[^()\n]{1,40})?"
    r"|[\"“'‘](?P<short>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[\"”'’]"
    # a letter's '("our client")': the firm it acts for, written either case later
    r"|[\"“'‘](?P<client>(?:our|the)\s+(?:client|company|firm))[\"”'’])\)"
)


def _add_short_names(
    text: str,
    sentences: Sequence[Sentence],
    orgs_by_sentence: list[list[OrgMention]],
    organisations: OrganisationIndex,
    finder: PlaceFinder,
) -> None:
    """A new firm named in full once ("Golden Lotus Technologies Co Ltd") is later "Golden
    Lotus", a body named with its initials ("Yangon City Development Committee (YCDC)") is
    later "YCDC": find the short forms too, for this document only."""
    short: dict[str, str] = {}
    kinds: dict[str, str | None] = {}
    for name in cue_named_firms(text):
        if organisations.key_for(name) is None and not finder.find(name):
            short.setdefault(name, f"{NEW_ORGANISATION}{name}")
    for orgs in orgs_by_sentence:
        for mention in orgs:
            initials = _INITIALS_AFTER.match(text, mention.end)
            if initials:
                form = initials.group("initials") or initials.group("short")
                forms = [form] if form else _both_cases(initials.group("client"))
                for form in forms:
                    short[form] = mention.key  # the document's own definition wins
                    kinds.setdefault(form, mention.kind)
            if mention.is_new and mention.kind != "authority":
                name = mention.key.removeprefix(NEW_ORGANISATION)
                for form in {name, _DESCRIPTIVE_END.sub("", name)}:
                    # "Sittaung Link" for Sittaung Link Systems, but never "Bago" for Bago Systems
                    if len(form) >= 4 and (form == name or not _is_place_name(form, finder)):
                        short.setdefault(form, mention.key)
    if not short:
        return
    pattern = re.compile(
        r"(?<![\w])(?:"
        + "|".join(re.escape(n) for n in sorted(short, key=len, reverse=True))
        + r")(?![\w])"
    )
    for index, sentence in enumerate(sentences):
        orgs = orgs_by_sentence[index]
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if any(m.start < match.end() and match.start() < m.end for m in orgs):
                continue
            form = match.group(0)
            orgs.append(OrgMention(short[form], *match.span(), form, kinds.get(form)))
        orgs.sort(key=lambda m: m.start)


def _both_cases(phrase: str) -> list[str]:
    """ "our client" and "Our client", as it is written in a sentence and at its start."""
    return [phrase, phrase[0].upper() + phrase[1:]]


def _is_place_name(words: str, finder: PlaceFinder) -> bool:
    return any(m.start == 0 and m.end == len(words) for m in finder.find(words))


_TENDERED = dict(STATUS_CUES)["tendered"]


def _findings(
    document: DocumentText,
    sentence: Sentence,
    orgs: list[OrgMention],
    anchored: bool,
    about_place: bool,
) -> list[Finding]:
    text, start, end = document.text, sentence.start, sentence.end
    found: list[Finding] = []
    found.extend(role_findings(text, start, end, orgs))
    found.extend(authority_findings(text, start, end, orgs, anchored=anchored))
    found.extend(count_findings(text, start, end))
    found.extend(capability_findings(text, start, end, anchored=anchored))
    statuses = list(status_findings(text, start, end, anchored=anchored and about_place))
    if not statuses and anchored and _TENDERED.search(text, start, end):
        # "Bids are invited from eligible bidders": a call for bids is about the document's own
        # project, with no place or camera named in the sentence
        statuses = [
            f
            for f in status_findings(text, start, end, anchored=True)
            if f.rule == "status/tendered"
        ]
    found.extend(statuses)
    found.extend(date_findings(text, start, end, document.published, anchored=anchored))
    found.extend(cost_findings(text, start, end))
    return found


def _most_specific(keys: list[str], finder: PlaceFinder) -> tuple[str, ...]:
    """Drop places that contain another named place ("Mawlamyine, Myanmar" is Mawlamyine)."""
    gazetteer = finder.gazetteer
    ancestors: set[str] = set()
    for key in keys:
        if key in gazetteer:
            ancestors.update(p.key for p in gazetteer.ancestors(key))
    return tuple(dict.fromkeys(k for k in keys if k not in ancestors))


_CITY_WITH_TOWNSHIPS = 500_000  # people: a city the gazetteer divides into townships
_TOWNSHIP_RADIUS_KM = 15.0
# "a Twante village", "one of Hlegu's wards": a part of the town named, not the town
_VILLAGE_OF_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:village|ward|suburb)s?\b", re.I)
_ONE_OF_BEFORE = re.compile(r"\b(?:a|an|one|another|one\s+of)\s+$", re.IGNORECASE)


def _village_of(text: str, start: int, end: int) -> bool:
    return bool(
        _ONE_OF_BEFORE.search(text, max(0, start - 12), start)
        and _VILLAGE_OF_AFTER.match(text, end)
    )


_WARD_RADIUS_KM = 12.0  # a township's wards and village tracts lie around its town
# A place named as a ward, quarter or village: "Htauk Kyant Toe Cheit ward", "Zi Byu Gon, a
# farming village", "ပြဿတိုက်ကျေးရွာအုပ်စု" (Pya Tha Taik village tract), "ရပ်ကွက်"
_WARD_WORD = re.compile(
    r"(?:\s+(?:[Ww]ard|[Qq]uarter|[Vv]illage(?:\s+[Tt]ract)?)\b"
    r"|,\s+an?\s+(?:[\w-]+\s+)?(?:ward|quarter|village)\b"
    r"|\s?(?:ရပ်ကွက်|ကျေးရွာ|ရွာ))"
)


def _township_of_city(key: str, city: str, finder: PlaceFinder) -> bool:
    """Whether a town is a township of a large city: "Mingala Taungnyunt" of Yangon, which the
    gazetteer lists beside it, under the region, and which a lede names after the city."""
    return _part_of_town(key, city, finder, _TOWNSHIP_RADIUS_KM, least_people=_CITY_WITH_TOWNSHIPS)


def _ward_of_town(key: str, town: str, finder: PlaceFinder) -> bool:
    """Whether a place named as a ward or village ("Htauk Kyant Toe Cheit ward") is one of the
    town's township (the gazetteer lists wards beside their towns)."""
    return _part_of_town(key, town, finder, _WARD_RADIUS_KM)


def _part_of_town(
    key: str, town: str, finder: PlaceFinder, radius_km: float, *, least_people: int = 0
) -> bool:
    """Whether a place is a part of a town the gazetteer lists beside it: smaller (Yangon is no
    township of Hlaingthaya, however large that is), in the same region, and near it."""
    gazetteer = finder.gazetteer
    if key == town or key not in gazetteer or town not in gazetteer:
        return False
    part, whole = gazetteer.get(key), gazetteer.get(town)
    size = whole.population or 0
    return (
        part.kind == "town"
        and whole.kind == "town"
        and size >= least_people
        and (part.population or 0) < size
        and part.parent == whole.parent
        and _km_between(part, whole) <= radius_km
    )


def _km_between(a: GazetteerPlace, b: GazetteerPlace) -> float:
    """Distance on the sphere, near enough for places a few kilometres apart; unknown is far."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    north = math.radians(a.lat - b.lat)
    east = math.radians(a.lon - b.lon) * math.cos(math.radians(b.lat))
    return 6371.0 * math.hypot(north, east)


def _ancestors(key: str, finder: PlaceFinder) -> set[str]:
    if key in finder.gazetteer:
        return {p.key for p in finder.gazetteer.ancestors(key)}
    return set()


def _capital_town(key: str, finder: PlaceFinder) -> str:
    """A region's seat ("Tanintharyi Region" → Dawei), else its same-named town.

    The gazetteer places a first-level unit at its capital, so the seat is the town there;
    the same-named town is not always it (Tanintharyi, Sagaing and Ayeyarwady are not).
    """
    gazetteer = finder.gazetteer
    if key not in gazetteer or gazetteer.get(key).kind == "town":
        return key
    region = gazetteer.get(key)
    towns = list(gazetteer.children(key))
    seat = next((p.key for p in towns if (p.lat, p.lon) == (region.lat, region.lon)), None)
    stem = region.name.rsplit(" ", 1)[0].casefold()
    return seat or next((p.key for p in towns if p.name.casefold() == stem), key)


def _first_level_unit(key: str, finder: PlaceFinder) -> str | None:
    """The state or region a place lies in, or is."""
    gazetteer = finder.gazetteer
    if key not in gazetteer:
        return None
    chain = [gazetteer.get(key), *gazetteer.ancestors(key)]
    return next((p.key for p in chain if p.kind in FIRST_LEVEL_KINDS), None)


def _same_region(one: str, other: str, finder: PlaceFinder) -> bool:
    """Whether two places lie in the same state or region (first-level unit)."""
    found = _first_level_unit(one, finder)
    return found is not None and found == _first_level_unit(other, finder)


def _country_of(key: str, finder: PlaceFinder) -> str:
    gazetteer = finder.gazetteer
    if key in gazetteer:
        chain = [key, *(p.key for p in gazetteer.ancestors(key))]
        return next((k for k in chain if gazetteer.get(k).kind == "country"), key)
    return key


# Words after which a place says where a body sits, not where cameras stand: "a company in
# Mandalay", "the military administration in Naypyitaw", "an official in Taunggyi said".
_SEAT = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|suppliers?|contractors?|makers?|manufacturers?|vendors?|"
    r"distributors?|dealers?|partners?|agents?|resellers?|representatives?|administrations?|governments?|authorit(?:y|ies)|officials?|offices?|"
    r"control\s+rooms?|control\s+cent(?:re|er)s?|monitoring\s+cent(?:re|er)s?|"
    r"ministr(?:y|ies)|headquarters|council|committee|spokes\w+|sources?|residents?|people|"
    r"courts?|ministers?|generals?|commanders?|command|regime|junta|engineers?|journalists?|"
    r"reporters?|activists?|groups?|bosses|superiors|masters|workers|migrants|diaspora|"
    r"communit(?:y|ies)|relatives|families|viewers)\s+(?:(?:is|are|was|were)\s+)?(?:based\s+)?"
    r"(?:in|at)\s+$",
    re.IGNORECASE,
)
# A place named to say where something was said: "told reporters in Mandalay".
_SPOKEN_AT = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|spoke|speaking|announced|briefing|"
    r"(?:news|press)\s+conference)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place named to say where another lies: "north-west of Yangon", "40 km from Mandalay",
# "the road to Hpakant", "between Thaton and Ye".
_BEARING_BEFORE = re.compile(
    r"\b(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|upstream|downstream)\s+of\s+$"
    r"|\b(?:opposite|across\s+from|facing)\s+$"
    r"|\b(?:km|kilomet(?:re|er)s?|miles?|hours?|minutes?)\s+(?:\w+\s+)?(?:from|of|outside)\s+$"
    # "the roads to Hinthada and Pathein": where a road leads (not "the road entrances to X",
    # which are in X)
    r"|\b(?:road|highway|route|way|track)s?\b(?!\s+(?:entrances?|exits?|gates?|approach))"
    r"[^.;]{0,40}?\b(?:to|towards|from|between|with|out\s+of)\s+"
    r"(?:(?-i:[A-Z])[\w-]*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$"
    r"|\bbetween\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:and\s+)?$"
    r"|\b(?:across|over)\s+(?:the\s+)?(?:river|water|bay|creek|strait)\s+from\s+(?:downtown\s+)?$",
    re.IGNORECASE,
)
# A place named to say where another lies, by what comes after it: "a Yangon suburb" (one
# suburb, another place; "Mandalay's suburbs" are Mandalay), or a part of a city named apart
# from it ("Yangon factory township", "on Yangon's western edge").
_LOCATOR_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:suburb|satellite\s+town)(?!s)\b"
    # "Yangon factory township switches on cameras", "on Yangon's western edge": a part of it
    # (not "Hlegu Township", the place itself)
    r"|(?-i:(?:['’]s)?(?:\s+(?!(?:for|the|of|in|and|to|a|an|with|at|by|its|their)\b)[a-z]+){1,2}?"
    r"\s+(?:township|suburb|quarter|neighbou?rhood)\b)"
    r"|['’]s\s+(?:[a-z]+\s+)?(?:edge|outskirts|fringe)\b",
    re.IGNORECASE,
)
# "Zay Kone East Ward, Insein Township": the township after a comma locates the place before it;
# "the Insein township office of the YCDC": where a body sits.
_COMMA = re.compile(r"\s*,\s*")
_TOWNSHIP_AFTER = re.compile(r"\s+[Tt]ownship\b")
_OFFICE_AFTER = re.compile(r"\s+(?:[Tt]ownship\s+|[Dd]istrict\s+|[Bb]ranch\s+)?[Oo]ffice\b")
# A town that names a road: "Pyay Road", "where the Taunggyi, Kalaw and Pinlaung roads meet".
_ROAD_LIST_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w-]*(?:\s*,\s*|\s+and\s+))*$")
_ROAD_LIST_AFTER = re.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w-]*)*\s+(?:[Rr]oad|[Hh]ighway)s?\b")
# "Mawlamyine Road", "the Mandalay Canal", and in Burmese "မော်လမြိုင်လမ်း" (not "လမ်းမ", a main
# road, in "...လမ်းမကြီး")
_STREET_NAME_AFTER = re.compile(
    r"\s+(?:Road|Street|Canal|Creek|Lake|[Mm]arket|[Bb]azaar)\b|လမ်း(?!မ)"
)


def _names_a_road(text: str, mention: PlaceMention) -> bool:
    if _STREET_NAME_AFTER.match(text, mention.end):
        return True
    before = text[max(0, mention.start - 60) : mention.start]
    return bool(_ROAD_LIST_BEFORE.search(before) and _ROAD_LIST_AFTER.match(text, mention.end))


# A smaller place located by a part of a bigger one: "the quarter in northern Yangon".
_SUBPLACE_OF_BEFORE = re.compile(
    r"\b(?:quarter|ward|district|neighbou?rhood|area|suburb|township|village|town)\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?ern|eastern|western|central|"
    r"downtown|greater)\s+$",
    re.IGNORECASE,
)
# A place opening a public body's name: "Hlegu Township Development Affairs Committee", "YANGON
# CITY COUNCIL".
_BODY_NAME_AFTER = re.compile(
    r"(?:[ \t]+(?:Township|City|Town|District|Region|State|Municipal))?"
    r"(?:[ \t]+[A-Z][\w&-]*){0,3}?[ \t]+(?:Committee|Council|Government|Administration|"
    r"Department|Municipality|COMMITTEE|COUNCIL|GOVERNMENT|ADMINISTRATION|DEPARTMENT|"
    r"MUNICIPALITY)\b"
)
# Where a meeting was held or a paper signed: "Held at the committee hall, Hlegu".
_VENUE = re.compile(
    r"\b(?:held|met|meeting|convened|signed)\s+(?:at|in)\b[^.;\n]{0,40}?,?\s*$", re.IGNORECASE
)
# "GYOGON, INSEIN —", "the Shwelinban Industrial Zone, Hlaing Tharyar Township": after a
# place and a comma, a second place that says where the first lies (a dateline's township, an
# address's township), not a second place with cameras.
_ADDRESS_BETWEEN = re.compile(
    r"(?:[ \t]+(?!Township|District|Region|State)[A-Z][\w-]*){0,3}(?:[ \t]+(?:town|village))?"
    r"[ \t]*,[ \t]*"  # "Mottama town, Paung Township"
)
# ... and the list goes no further: "Hlegu Township, Taikkyi Township and Hmawbi" is a list.
_ADDRESS_AFTER = re.compile(
    r"\s*[—–]\s|\s+-\s|\s+(?:Township|District)\b(?!\s*(?:,|and\b|&)\s*[A-Z])"
)
# The same in Burmese, after the town: "မန္တလေးရှိ ကိုယ်စားလှယ်" (the agent in Mandalay),
# "ရန်ကုန်ရှိ ကုမ္ပဏီ" (a company in Yangon).
# Where a meeting was held, in Burmese: "မော်လမြိုင်မြို့၌ ပြုလုပ်သော သတင်းစာရှင်းလင်းပွဲ", a press
# conference held in Mawlamyine.
_VENUE_AFTER_MY = re.compile(r"(?:မြို့)?\s*(?:၌|တွင်|မှာ)\s*(?:ပြုလုပ်|ကျင်းပ)")
# ... "မန္တလေးရှိ တရားဝင် ဖြန့်ချိသူ" (the authorised distributor in Mandalay)
_SEAT_AFTER_MY = re.compile(
    r"(?:မြို့)?\s*ရှိ\s*(?:တရားဝင်\s*)?(?:ကိုယ်စားလှယ်|ကုမ္ပဏီ|ရုံးချုပ်|ဌာနချုပ်|အေးဂျင့်|ဖြန့်ဖြူးရေး|"
    r"ဖြန့်ချိ|ကုန်သည်|ဆိုင်)"
)
_BODY_SEAT = re.compile(
    r"^(?:administrations?|governments?|authorit(?:y|ies)|officials?|council|committee|police)\b",
    re.IGNORECASE,
)
# Cues that a place is where a (new) deployment stands: "In Dawei, cameras ...", "cameras
# in Dawei", "Dawei's Safe City", "Dawei Safe City project".
_WHERE_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+)(?:and\s+|but\s+)?(?:in|at|across|throughout|around)\s+(?:the\s+)?"
    r"(?:\w+\s+)?$"
    # "Police in Myeik have ...", also after a dateline's "(SWA) - "
    r"|(?:^|[.;:!?]\s+|\)\s+[-–—]\s+)(?:[\w'’-]+\s+){1,3}(?:in|at)\s+$"
    r"|\b(?:cameras?|CCTV|systems?|networks?|projects?|schemes?|safe[\s-]+city|surveillance|"
    r"installed|installing|install|deployed|deploying|mounted|put up|set up|rolled out|"
    r"expand\w*|extend\w*|plan\w*|control rooms?|command cent(?:re|er)s?|"
    r"junctions?|streets?|roads?|"
    r"intersections?|tenders?|contracts?)\b[^.;]{0,40}?\b(?:in|at|across|throughout|around|"
    r"for|to|into|of|over|through|along)\s+(?:the\s+)?(?:\w+\s+)?$"
    # "at the market, the bus station and the railway crossing in Pyawbwe"
    r"|\b(?:markets?|crossings?|jett(?:y|ies)|bridges?|squares?|bus\s+stations?)\s+in\s+$"
    # a contract's subject line: "Contract: Street cameras, Htauk Kyant Toe Cheit Ward"
    r"|\b(?:cameras|CCTV)\s*[,:–—]\s*$",
    re.IGNORECASE,
)
_WHERE_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:\w+\s+){0,2}?(?:safe[\s-]+city|smart[\s-]+city|cameras?|CCTV|"
    r"surveillance|system|network|project|scheme|control room|command cent(?:re|er))\b"
    r"|^(?:မြို့)?\s*(?:တွင်|၌|မှာ|ရှိ|အတွက်|၏|ရဲ့)",
    re.IGNORECASE,
)
# A region-level name standing for the region as a whole, not for the town in it.
_WHOLE_REGION = re.compile(
    r"\b(?:across|throughout|all over|all of|the whole of|every \w+ (?:in|of)|other towns in|"
    r"elsewhere in|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "bridges over the Ayeyarwady": a river or other feature named like a region.
# A paragraph that opens with its town: "In Shwebo, ...", "In the town of Shwebo, ...",
# "Shwebo's police ...".
_OPENING = re.compile(
    r"\s*(?:(?:In|At|Across|Meanwhile,?\s+in|Further\s+\w+,?\s+in)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:town|city|township|municipality|capital)\s+of\s+)?)?\s*$"
)
# "the Ayeyarwady", "the upper Ayeyarwady", "along the lower Chindwin": the river
_FEATURE_BEFORE = re.compile(
    r"\bthe\s+(?:(?:upper|lower|middle|mighty)\s+)?$|\b(?:upper|lower)\s+$", re.IGNORECASE
)
_REGION_WORD = re.compile(r"^\s*(?:Region|State|Division|Province|region|state|division)\b")
_LISTED = re.compile(r"^(?:['’]s)?\s*(?:,|and|&|or|,\s*and|နှင့်|၊)\s*$")
_ANY_ONE_BEFORE = re.compile(r"\b(?:any|every|each|another|other|no|all)\s+$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+)?capital\b", re.IGNORECASE)
# "Myanmar delta town switches on cameras", "a Shan State border town": the story's town, told
# by the country or region it lies in.
_TOWN_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?\s+(?:town|city)\b(?!\s+of\b)")


# "its Ayeyarwady jetty", "ဧရာဝတီ ဆိပ်ကမ်း" (the Ayeyarwady jetty): the river's bank, not the region
_FEATURE_AFTER = re.compile(
    r"\s+(?:jett(?:y|ies)|river(?:bank|side)?|banks?|waterfront|bridges?|ferry|ghat|embankment|"
    r"wharf|quay)\b|\s*(?:မြစ်|ဆိပ်ကမ်း|တံတား|ကမ်းနား)"
)


def _is_river(text: str, mention: PlaceMention) -> bool:
    """ "the Ayeyarwady", "on the Irrawaddy", "its Ayeyarwady jetty": a region named like its
    river, used for the river."""
    return (
        mention.kind not in ("town", "country")
        and not _REGION_WORD.match(text, mention.end)
        and bool(
            _FEATURE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
            or _FEATURE_AFTER.match(text, mention.end)
        )
    )


# A site's navigation line: "REGIONS > MANDALAY", "Home | News | Business" names a section of
# the site, not the place the story is about.
_NAVIGATION_LINE = re.compile(r"[^\n>›»|]{1,40}(?:\s[>›»|]\s[^\n>›»|]{1,40})+")


def _in_navigation(text: str, mention: PlaceMention) -> bool:
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return bool(_NAVIGATION_LINE.fullmatch(text, start, end if end >= 0 else len(text)))


# A postal address: "Head office: Yangon", "Address: ... Road, Kanbalu", "78th Street,
# Chanayethazan Township, Mandalay": where a firm or body sits, not where the story is.
_ADDRESS_BEFORE = re.compile(
    r"\b(?:[Hh]ead\s+office|[Aa]ddress|[Rr]egistered\s+office|[Oo]ffices?|[Bb]ranch|"
    r"[Mm]eeting\s+(?:hall|place)|[Vv]enue|"  # a group's letterhead: "Meeting hall: …, Hlegu"
    r"P\.?\s?O\.?\s+Box|"
    # a shipping record's ports and parties: "Port of discharge: Yangon", "Shipper: ..., Hangzhou"
    r"[Pp]ort\s+of\s+(?:loading|discharge|entry|origin|destination)|[Pp]lace\s+of\s+(?:loading|"
    r"delivery|receipt)|[Ss]hipper|[Cc]onsignee|[Nn]otify\s+party|[Ee]xporter|[Ii]mporter)"
    r"\s*(?::|\bat\b)[^.\n|]*$"
    r"|\b(?:\d+(?:st|nd|rd|th)?|No\.\s*\d+\w*)\s*,?\s+(?:[A-Z]\w*\s+)*(?:Street|Road|Lane|"
    r"Avenue)\b\s*,[^.\n]*$"
)


# "a programme for the whole union territory", "a network covering the whole state": the
# state or region the document is about, as a whole, named or not.
_WHOLE_UNIT = re.compile(
    r"\b(?:programme|program|network|system|project|cameras?)\s+(?:for|covering|across|"
    r"throughout)\s+the\s+(?:whole|entire)\s+(?:union\s+territory|state|region|division)\b"
    # "a street camera programme for the towns of Kayin State"
    r"|\b(?:programme|program|network|system|project)\s+(?:for|in|across|covering|throughout)\s+"
    r"(?:all\s+)?the\s+towns\s+of\s+(?:[A-Z][\w-]+\s+)+(?:State|Region|Division)\b",
    re.I,
)

# The same in Burmese: "ပြည်နယ်တစ်ဝန်း" (throughout the state), "ပြည်နယ်အတွင်းရှိ မြို့ ခုနစ်မြို့"
# (seven towns within the state), "ပြည်နယ်အတွင်းရှိ အဝေးပြေးလမ်းမကြီးများ" (the highways within
# it); not "ရှမ်းပြည်နယ်အတွင်းရှိ လားရှိုးမြို့", one town that lies within it, nor "the other
# towns within the state" (အခြား).
_WHOLE_UNIT_MY = re.compile(
    r"(?:ပြည်နယ်|တိုင်းဒေသကြီး|ပြည်ထောင်စုနယ်မြေ)\s*(?:တစ်ဝန်း|တစ်ခွင်|အနှံ့|တစ်ခုလုံး|"
    r"အတွင်းရှိ\s*(?![\"“]?အခြား)(?:မြို့\s*\S+မြို့|\S+များ))"
)

# A programme named for a state or region: "Kachin State Public Street Camera Programme",
# "Kayin State Safe Towns Programme".
_PROGRAMME_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Cameras?|CCTV|Surveillance|Safe[ \t]+(?:City|Cities|"
    r"Towns?))[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}(?:Programme|Program|Project|Network|System)\b"
    r"(?!\s*:)"
)


# A state's or region's plan counted in its towns: "The Ayeyarwady Region government wants
# cameras in nine of the delta's towns", "to all 14 towns of the state".
_TOWNS_COUNTED = re.compile(
    # (two towns are two networks more often than one programme)
    r"\b(?:in|to|across|for|into)\s+(?:all\s+)?(?:[3-9]|\d{2}|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|a\s+dozen)\s+(?:of\s+(?:the|its|their)\s+(?:[\w-]+['’]s?\s+)?)?"
    r"(?:towns|cities|townships)\b",
    re.IGNORECASE,
)


def _unit_counting_towns(reads: list[_Read]) -> str | None:
    """The one state or region a headline or lede names beside a count of its towns."""
    for read in reads:
        if read.sentence.paragraph > 2:
            break
        if _TOWNS_COUNTED.search(read.sentence.text):
            units = {p.key for p in (*read.places, *read.weak) if p.kind in FIRST_LEVEL_KINDS}
            if len(units) == 1:
                return units.pop()
    return None


# "Tanintharyi Region's street network", "the state's camera programme" said of a named unit
_UNITS_OWN_NETWORK = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:network|system|programme|program|project)\b"
)


def _headline_town(title: str | None, finder: PlaceFinder) -> str | None:
    """The one town a document's title (a web page's <title>) names, if it names one (not a
    village of it: "cameras at a Twante village")."""
    title = title or ""
    towns = {
        p.key
        for p in finder.find(title)
        if p.kind == "town" and not p.origin and not _village_of(title, p.start, p.end)
    }
    return towns.pop() if len(towns) == 1 else None


def _main_place(
    text: str, reads: list[_Read], finder: PlaceFinder, headline: str | None = None
) -> str:
    """The place a story is about: the town its headline or lede names, or its state or
    region where the document speaks of the whole of it."""
    main = _town_or_region_named(text, reads, finder, headline)
    return _whole_unit(text, reads, finder, main) or main


def _whole_unit(text: str, reads: list[_Read], finder: PlaceFinder, main: str) -> str | None:
    """The state or region a document is about as a whole, if it is: a programme or network
    named for it, its towns counted, "the whole state"."""
    named_for = next(
        (
            p.key
            for r in reads
            for p in (*r.places, *r.weak)
            if p.kind in FIRST_LEVEL_KINDS
            and (_PROGRAMME_AFTER.match(text, p.end) or _UNITS_OWN_NETWORK.match(text, p.end))
        ),
        None,
    )
    if named_for:
        return named_for  # "the Kachin State Public Street Camera Programme": the state's
    if counting := _unit_counting_towns(reads):
        return counting
    # (in Burmese, where the sentence speaks of cameras: not the weather "across Kachin State")
    if _WHOLE_UNIT.search(text) or any(
        _WHOLE_UNIT_MY.search(r.sentence.text) and ANCHOR.search(r.sentence.text) for r in reads
    ):
        named = [p.key for r in reads for p in (*r.places, *r.weak)]
        units = (_first_level_unit(key, finder) for key in (main, *named))
        return next((unit for unit in units if unit), None)
    return None


def _town_or_region_named(
    text: str, reads: list[_Read], finder: PlaceFinder, headline: str | None = None
) -> str:
    named = [
        (r.sentence.paragraph, p.key)
        for r in reads
        for p in r.places
        if not p.origin
        and not _ADDRESS_BEFORE.search(text, r.sentence.start, p.start)
        and not _VENUE_AFTER_MY.match(text, p.end)
        and not _in_navigation(text, p)
        and not _is_river(text, p)
        and not _BEARING_BEFORE.search(text[max(r.sentence.start, p.start - 60) : p.start])
        and not _LOCATOR_AFTER.match(text, p.end)
        and not _names_a_road(text, p)
    ]
    if headline and any(key == headline for _, key in named):
        return headline  # the one town a web page's title names, before its tickers and menus
    countries = [p.key for p in finder.gazetteer if p.kind == "country"]
    # No place named outside a body's name: the country of a body abroad ("the Municipality of
    # Korçë") before the gazetteer's own country
    abroad = next(
        (
            p.key
            for r in reads
            for p in r.weak
            if p.kind == "country" and p.key not in finder.gazetteer
        ),
        None,
    )
    # ... and, at home, the town of the body whose project it is ("for the Mandalay City
    # Development Committee's road safety camera project"; a region's body is left to stand
    # for its capital town later)
    bodys_place = next(
        (p.key for r in reads for p in r.weak if p.kind == "town" and p.key in finder.gazetteer),
        None,
    )
    # A body abroad heading the page ("TÓRSHAVN MUNICIPALITY / Register of gifts") is whose
    # document it is, before a place named later in passing ("a delegation from Iceland").
    letterhead = next(
        (
            p.key
            for r in reads
            for p in r.weak
            if r.sentence.paragraph == 0 and p.kind == "country" and p.key not in finder.gazetteer
        ),
        None,
    )
    if letterhead and named and named[0][0] > 0:
        first = next(r for r in reads for p in r.places if p.key == named[0][1])
        if not ANCHOR.search(first.sentence.text):
            named = [(0, letterhead), *named]
    main = (
        named[0][1]
        if named
        else (
            abroad
            or bodys_place
            or _country_of_its_money(text, countries)
            or (countries[0] if len(countries) == 1 else "")
        )
    )
    cued = _town_beyond_issuer(text, reads, main) if named else None
    cued = cued or (_camera_town_over_first(text, reads, main, named[0][0]) if named else None)
    if cued:
        return cued
    if (
        named
        and named[0][0] > 2
        and _cameras_before(reads, named[0][0])
        and not _named_throughout(named)
    ):
        # No place in the headline or lede: the story is about the country as a whole (unless
        # nothing before the place spoke of cameras: a running order's first items, a long
        # letterhead).
        main = _country_of(main, finder)
    # A headline names the country or region ("Myanmar's capital", "Shan State"); the lede
    # names the town inside it, and the town is what the story is about.
    lede = [key for paragraph, key in named if paragraph <= named[0][0] + 2] if named else []
    # (a letterhead's body is named for its town: "Tharyarwady Township GAD / Bago Region")
    lede += [
        p.key
        for r in reads
        for p in r.weak
        if named and r.sentence.paragraph <= named[0][0] + 2 and p.kind == "town"
    ]
    # (and a large city's township, even named as a locator: "the lanes of Mingala Taungnyunt
    # township" after "Yangon Central station")
    lede += [
        p.key
        for r in reads
        for p in r.places
        if named
        and not p.origin
        and r.sentence.paragraph <= named[0][0] + 2
        and _township_of_city(p.key, main, finder)
    ]
    inside = [k for k in lede if k != main and main in _ancestors(k, finder)]
    inside += [k for k in lede if _township_of_city(k, main, finder)]
    # (and a town's ward named as one: "… along the main road of Htauk Kyant Toe Cheit ward, the
    # extension ward south of Htaukkyant's old market")
    inside += [
        p.key
        for r in reads
        for p in r.places
        if named
        and r.sentence.paragraph <= named[0][0] + 2
        and (_WARD_WORD.match(text, p.end) or _WARD_WORD.search(text, p.start, p.end))
        and _ward_of_town(p.key, main, finder)
    ]
    if inside:
        deepest = [k for k in inside if not any(k in _ancestors(o, finder) for o in inside)]
        if len(set(deepest)) > 1:
            # "Myanmar: Myingyan switches on cameras" / "MANDALAY (Wire) - ... in Myingyan":
            # the town the headline names beside the country, not the town filed from; else
            # the first the lede gives cameras ("cameras in Ingabu ... the roads to Hinthada").
            deepest = [
                k for paragraph, k in named if paragraph == named[0][0] and k in deepest
            ] or _first_with_cameras(text, reads, set(deepest))
        if len(set(deepest)) == 1:
            main = deepest[0]
    return main


def _country_of_its_money(text: str, home: list[str]) -> str | None:
    """A document that names no place but prices its cameras in lei or zloty is about
    Romania or Poland, not about the gazetteer's own country."""
    return next(
        (
            country
            for found in find_money(text)
            if isinstance(found.value, MoneyValue)
            and (country := currency_country(found.value.currency))
            and country not in home
        ),
        None,
    )


def _named_throughout(named: list[tuple[int, str]]) -> bool:
    """Whether the first place named is named again and again, more than any other: a story
    about it that opens late (a worksheet's exercises, a newsletter's greeting)."""
    counts = Counter(key for _, key in named)
    first = counts[named[0][1]]
    return first >= 3 and all(n < first for key, n in counts.items() if key != named[0][1])


def _cameras_before(reads: list[_Read], paragraph: int) -> bool:
    return any(ANCHOR.search(r.sentence.text) for r in reads if r.sentence.paragraph < paragraph)


def _first_with_cameras(text: str, reads: list[_Read], keys: set[str]) -> list[str]:
    """The first of `keys` named as where cameras are, as a list of one (or none); not
    where they are still to go ("plans to extend the network to Bokpyin")."""
    for read in reads:
        extension = _EXTENDED_TO.search(read.sentence.text)
        for p in read.places:
            if extension and p.start >= read.sentence.start + extension.end():
                continue
            if p.key in keys and _named_where_cameras_are(text, read, p):
                return [p.key]
    return []


def _named_where_cameras_are(text: str, read: _Read, place: PlaceMention) -> bool:
    """ "cameras in Ingabu", "Ingabu's street cameras": the words around a place say it is
    where cameras are."""
    before = text[max(read.sentence.start, place.start - 60) : place.start]
    return bool(
        _WHERE_BEFORE.search(before) or _WHERE_AFTER.match(text[place.end : place.end + 40])
    )


_OPERATED_BY = re.compile(
    r"\bcameras\s+(?:[\w-]+\s+){0,2}?(?:operated|owned|run|managed)\s+by\s+(?:the\s+)?$"
)
_OPENING_SENTENCES = 8  # a headline, a running order or a standfirst, and a lede


def _camera_town_over_first(
    text: str, reads: list[_Read], first: str, paragraph: int
) -> str | None:
    """ "Editor: Myeik studio / 1. Fuel prices at the Myeik jetty / 2. Bokpyin street cameras":
    where the first town named has no cameras in the opening sentences and one other town
    does, the story is about that one."""
    cued: set[str] = set()
    opening = [r for r in reads if r.sentence.paragraph >= paragraph][:_OPENING_SENTENCES]
    for read in opening:
        for p in read.places:
            before = text[max(read.sentence.start, p.start - 60) : p.start]
            after = _WHERE_AFTER.match(text[p.end : p.end + 40])
            if after and (_SEAT_AFTER_MY.match(text, p.end) or _VENUE_AFTER_MY.match(text, p.end)):
                after = None
            if _names_a_road(text, p):
                continue  # "around Zeigyi market": a market's name
            # (the first town, in a sentence about cameras: not "a weekly look at our neighbours
            # in Sagaing" before "Cameras at Tamu")
            about_cameras = p.key != first or ANCHOR.search(read.sentence.text)
            if not p.origin and about_cameras and (_WHERE_BEFORE.search(before) or after):
                cued.add(p.key if p.kind == "town" else "")
        # "the 300+ street cameras operated by the Muse Township Development Affairs Committee":
        # the town of the body whose cameras they are
        cued.update(
            p.key
            for p in read.weak
            if p.kind == "town" and _OPERATED_BY.search(text, read.sentence.start, p.start)
        )
    if first in cued or len(cued) != 1 or "" in cued:
        return None
    return cued.pop()


def _town_beyond_issuer(text: str, reads: list[_Read], main: str) -> str | None:
    """ "HLEGU TOWNSHIP DEVELOPMENT AFFAIRS COMMITTEE / Minutes ... cameras for Zayatkwin": where
    the main place is named only in the issuing body's name, the story is about the first town
    named as where cameras are. None if the main place is named on its own before that."""
    issuer_named = False
    for read in reads:
        for p in read.places:
            if p.origin or _names_a_road(text, p):
                continue  # (nor "cameras around Insein Market": a market's name)
            before = text[max(read.sentence.start, p.start - 60) : p.start]
            if p.key == main:
                if _BODY_NAME_AFTER.match(text, p.end):
                    issuer_named = True
                elif not issuer_named or not (_SEAT.search(before) or _VENUE.search(before)):
                    return None
                continue
            if not issuer_named:
                return None  # the main place is not the issuer's: nothing to look beyond
            if p.kind == "town" and _named_where_cameras_are(text, read, p):
                return p.key
    return None


def _story_towns(text: str, reads: list[_Read]) -> set[str]:
    """Towns the lede names together ("covers surveillance in Pathein and Hinthada"): each is
    a place of the story, so a later paragraph naming one is about it without a cue. A town
    named as where someone sits ("an official in Myitkyina") is not one of them."""
    named = [
        (r.sentence.paragraph, p)
        for r in reads
        for p in r.places
        if not p.origin and not _SEAT.search(text[max(0, p.start - 60) : p.start])
    ]
    if not named:
        return set()
    first = named[0][0]
    return {p.key for paragraph, p in named if paragraph <= first + 1 and p.kind == "town"}


def _deployment_places(
    text: str,
    read: _Read,
    main: str,
    focus: str,
    finder: PlaceFinder,
    story: frozenset[str] = frozenset(),
    opens_paragraph: bool = False,
) -> list[PlaceMention]:
    """The place mentions that say where this sentence's deployment is.

    The story's own place (and the region or country around it, which stands for it) needs
    no cue; any other place must be introduced as a place with cameras ("in Dawei, ...",
    "Dawei's Safe City") and is never the seat of a body ("a company in Mandalay").
    """
    gazetteer = finder.gazetteer
    start = read.sentence.start
    main_region = {
        k for k in _ancestors(main, finder) if k in gazetteer and gazetteer.get(k).kind != "country"
    }
    home = _country_of(main, finder) if main else ""
    kept: list[PlaceMention] = []
    burmese = has_myanmar_script(read.sentence.text)
    for mention in read.places:
        if mention.origin:
            continue
        before = text[max(start, mention.start - 60) : mention.start]
        after = text[mention.end : mention.end + 40]
        region_level = mention.kind != "town" and mention.kind != "country"
        if _is_river(text, mention):
            continue  # "the Ayeyarwady" is the river
        if (
            kept
            and _ADDRESS_BETWEEN.fullmatch(text, kept[-1].end, mention.start)
            and _ADDRESS_AFTER.match(text, mention.end)
        ):
            continue  # "GYOGON, INSEIN —": where the place just named lies
        if kept and _LISTED.match(text[kept[-1].end : mention.start]):
            kept.append(mention)  # "planned for Mandalay and Yangon": the cue covers the list
            continue
        own = mention.key in (main, focus, home)
        if not own and mention.kind == "country" and _RELATION_BEFORE.search(before):
            continue  # a country the story only relates to: "the pipelines to China"
        if not own and (
            _BEARING_BEFORE.search(before)
            or _SUBPLACE_OF_BEFORE.search(before)
            or _LOCATOR_AFTER.match(text, mention.end)
            or _names_a_road(text, mention)
        ):
            continue  # "the river port north-west of Yangon": a landmark, not the place
        if not own and (
            (kept and _COMMA.fullmatch(text, kept[-1].end, mention.start))
            and _TOWNSHIP_AFTER.match(text, mention.end)
        ):
            continue  # "Zay Kone East Ward, Insein Township": where the place just named lies
        if not own and _OFFICE_AFTER.match(text, mention.end):
            continue  # "the Insein township office of the YCDC": where a body sits
        if not own and _village_of(text, mention.start, mention.end):
            continue  # "cameras at a Twante village": one of its villages, named elsewhere
        if not own and _SPOKEN_AT.search(before):
            continue  # "an official said in Mandalay": where it was said, not the place
        if not own and _ADDRESS_BEFORE.search(text, start, mention.start):
            continue  # "Port of discharge: Yangon", "Address: ... Kanbalu": an address
        seat = _SEAT.search(before)
        if seat and not own and not (mention.key in story and _BODY_SEAT.search(seat.group(0))):
            continue  # a firm's seat; a public body "in" one of the story's towns is there
        if not own and _SEAT_AFTER_MY.match(text, mention.end):
            continue  # "မန္တလေးရှိ ကိုယ်စားလှယ်" (the agent in Mandalay): a firm's seat
        if not own and _VENUE_AFTER_MY.match(text, mention.end):
            continue  # "မော်လမြိုင်မြို့၌ ပြုလုပ်သော" (held in Mawlamyine): where it was said
        main_town = main in gazetteer and gazetteer.get(main).kind == "town"
        town_after = _TOWN_AFTER.match(after) if main_town and mention.kind != "town" else None
        if town_after and _ANY_ONE_BEFORE.search(before):
            town_after = None  # "in any Myanmar town": towns in general
        if town_after and mention.key in _ancestors(main, finder):
            end = mention.end + town_after.end()  # quoted as "Myanmar delta town"
            kept.append(dataclasses.replace(mention, key=main, kind="town", end=end))
            continue
        if region_level and _CAPITAL_AFTER.match(after):
            # "the Shan State capital": the town the story is about, if it is in that state.
            target = main if mention.key in main_region else _capital_town(mention.key, finder)
            kept.append(dataclasses.replace(mention, key=target, kind="town"))
            continue
        if not own and _township_of_city(main, mention.key, finder):
            # "around Yangon Central station" in a story of its township: the township
            kept.append(dataclasses.replace(mention, key=main, kind="town", origin=True))
            continue
        if own or mention.kind == "country":
            kept.append(mention)
        elif mention.kind == "town" and (
            mention.key in story
            or (opens_paragraph and _OPENING.match(text, start, mention.start) is not None)
        ):
            kept.append(mention)  # one of the lede's towns, or the town a paragraph opens with
        elif mention.key in main_region:
            if _WHOLE_REGION.search(before):
                kept.append(mention)
            else:
                kept.append(dataclasses.replace(mention, key=main, kind="town", origin=True))
        elif burmese or _WHERE_BEFORE.search(before) or _WHERE_AFTER.match(after):
            kept.append(mention)
        elif any(p.key in (main, focus) for p in read.places):
            kept.append(mention)  # listed with the story's place: "Yangon, Mandalay and ..."
    return kept


# "will be extended to Medaw", "intends to extend the network to Okkan", "will extend the
# cameras to Shwegyin town": the towns named after the cue are where the project goes next.
# Only what is still to come: "plans to extend the network to", "will be expanded to"; a network
# that "was extended to" a town last year is there now, not planned.
_SYSTEM_NOUN = r"(?:network|system|project|programme|program|cameras)"
_EXTENDED_TO = re.compile(
    r"(?:\b(?:will|would|shall|to|could|may|might)\s+(?:later\s+|then\s+|soon\s+|also\s+)?"
    r"(?:extend|expand)\s+(?:the|its|this|our|their)\s+(?:same\s+)?(?:[\w\"“”-]+\s+){0,2}?"
    rf"{_SYSTEM_NOUN}"
    rf"|\b{_SYSTEM_NOUN}\s+(?:will|would|shall|is to|are to|could|may)\s+(?:later\s+|then\s+|"
    r"soon\s+|also\s+)?be\s+(?:extended|expanded))\s+to\b"
    # "The first phase would cover Lewe and Pyinmana", "In its first phase, cameras shall be
    # installed in Myitkyina, Bhamo and Mohnyin": where a programme is to go
    r"|\b(?:first|second|third|next|initial)\s+(?:phase|stage)\s+(?:would|will|is\s+to|shall)\s+"
    r"(?:cover|include|reach)\b"
    # "Phase 1 (2046) covers Bago, Pyay, Taungoo and Tharrawaddy"
    r"|\b(?:phase|stage)\s+(?:1|one|I)\b(?:\s*\([^()]{1,20}\))?\s+(?:covers|will\s+cover|"
    r"would\s+cover|includes)\b"
    r"|\b(?:first|second|third|next|initial)\s+(?:phase|stage)\b[^.;]{0,60}?\b(?:shall|will|would)"
    r"\s+be\s+(?:installed|put\s+up|built|deployed)\s+in\b"
    # "cameras in nine of the delta's towns, beginning with Pathein, Hinthada and Myaungmya"
    rf"|(?:{_TOWNS_COUNTED.pattern})[^.;]{{0,20}}?,\s+(?:beginning|starting)\s+with\b"
    # "to bring street cameras to five towns of the Region: Magway, Minbu, Pakokku, ..."
    rf"|(?:{_TOWNS_COUNTED.pattern})[^.;:]{{0,30}}:",
    re.IGNORECASE,
)


def _extension_towns(
    sentence: Sentence, named: list[PlaceMention], focus: str
) -> tuple[PlaceMention, ...]:
    """The towns a sentence says the project is to be extended to, if it names any other
    than the one it is about; `named` are all the places the sentence names, since the towns
    a project is still to reach need no cue of their own."""
    cue = _EXTENDED_TO.search(sentence.text) if focus else None
    if cue is None:
        return ()
    after = sentence.start + cue.end()
    named = [p for p in named if not p.origin]
    towns = tuple(p for p in named if p.start >= after and p.kind == "town" and p.key != focus)
    return towns if towns and len(towns) == len([p for p in named if p.start >= after]) else ()


def _places_with(reads: list[_Read], keep: Callable[[Finding], bool]) -> set[str]:
    """The places of the sentences holding a finding that `keep` accepts."""
    return {place for read in reads for f in read.findings if keep(f) for place in read.place}


def _as_whole_unit(key: str, main: str, finder: PlaceFinder, *, whole: bool) -> str:
    """In a document about a state or region, its town of the same name ("eight towns of Nay
    Pyi Taw") stands for the whole of it; in one about the whole of it (a programme or network
    of the region's), so does every town in it."""
    gazetteer = finder.gazetteer
    if (
        key not in gazetteer
        or main not in gazetteer
        or gazetteer.get(main).kind not in (FIRST_LEVEL_KINDS)
    ):
        return key
    town = gazetteer.get(key)
    same_name = town.name in {n.name for n in gazetteer.get(main).names}
    inside = town.kind == "town" and main in _ancestors(key, finder)
    return main if inside and (whole or same_name) else key


def _lists_parts_of(places: tuple[str, ...], main: str, finder: PlaceFinder) -> bool:
    """Whether a sentence lists three or more towns of the state or region a document is about
    as a whole."""
    if main not in finder.gazetteer or finder.gazetteer.get(main).kind not in FIRST_LEVEL_KINDS:
        return False
    return len(places) >= 3 and all(main in _ancestors(key, finder) for key in places)


def _assign_places(
    text: str, reads: list[_Read], finder: PlaceFinder, headline: str | None = None
) -> None:
    """Give every sentence the place(s) of the deployment it is about."""
    named = _town_or_region_named(text, reads, finder, headline)
    unit = _whole_unit(text, reads, finder, named)
    main, whole = unit or named, unit is not None
    story = frozenset(_story_towns(text, reads))
    focus, last_town, paragraph = main, "", -1
    for read in reads:
        opens = read.sentence.paragraph != paragraph
        if opens:
            paragraph, focus = read.sentence.paragraph, main
        named = read.places
        read.places = _deployment_places(text, read, main, focus, finder, story, opens)
        keys = [_as_whole_unit(p.key, main, finder, whole=whole) for p in read.places]
        # "the Yangon Region Government" says where, unless the story is already inside it; a
        # town's body in the story's own region ("the Nay Pyi Taw Council" on Lewe) runs
        # the story's project, not one of its own town.
        for mention in read.weak:
            if focus != mention.key and mention.key not in _ancestors(focus, finder):
                if mention.kind == "town" and _same_region(mention.key, focus, finder):
                    continue
                keys.append(_capital_town(mention.key, finder))
        explicit = _most_specific(keys, finder)
        if _lists_parts_of(explicit, main, finder):
            # "Towns served: 4 (Hakha, Falam, Tedim, Mindat)" in a state's programme: its parts
            explicit = (main,)
        if (
            explicit
            and read.voice.stance is not Stance.asserts
            and focus
            and explicit == (_country_of(focus, finder),) != (focus,)
        ):
            # "has no business in Myanmar", said of this project: a denial or refusal that
            # names only the country is about the story's own place.
            explicit = (focus,)
        reach = _extension_towns(read.sentence, named, focus)
        if reach:
            # "plans to extend the network to Bokpyin and to Tanintharyi town": where the
            # project goes next is its planned scope, said of the project it extends.
            read.places = [p for p in read.places if p not in reach]
            read.extended_to = reach
            explicit = _most_specific([p.key for p in read.places], finder) or (focus,)
        if explicit:
            read.place = explicit
            focus = explicit[-1]
        else:
            refs = find_references(read.sentence.text)
            if refs and refs[0].level == "country" and focus:
                read.place = (_country_of(focus, finder),)
            elif refs and refs[0].level == "town" and last_town:
                read.place = (last_town,)
            elif focus:
                read.place = (focus,)
        for p in read.places:
            if p.kind == "town":
                last_town = p.key
        # A region named for its town stands for the town, but does not say it is there.
        read.places = [p for p in read.places if not p.origin]


def _suggestions(
    text: str,
    reads: list[_Read],
    organisations: OrganisationIndex,
    finder: PlaceFinder,
    anchored_paragraphs: set[int],
) -> list[Suggestion]:
    out: dict[tuple, Suggestion] = {}
    roles: dict[str, tuple[str, tuple[str, ...]]] = {}

    def add(
        place: str, finding: Finding, stance: Stance, speaker: str, value: ClaimValue | None = None
    ) -> None:
        value = value if value is not None else finding.value
        if isinstance(value, MoneyValue):
            value = localise_currency(value, _country_of(place, finder))
        identity = value.identity()
        if isinstance(value, RefValue) and value.key.startswith(NEW_ORGANISATION):
            identity = (value.kind, value.key.casefold())  # "Region Government" / "government"
        key = (place, finding.predicate, identity, stance)
        if finding.predicate in _FIRST_ONLY:
            # A project has one status: the lede states the current one, later sentences
            # tell its history ("the contract was awarded", "planned before the coup").
            key = (place, finding.predicate, None, stance)
        if place and key not in out:
            out[key] = Suggestion(
                place=place,
                predicate=finding.predicate,
                value=value,
                quote=text[finding.start : finding.end],
                start=finding.start,
                end=finding.end,
                stance=stance,
                speaker=speaker,
                rule=finding.rule,
            )

    # Roles asserted anywhere in the document decide what a firm's silence is about.
    for read in reads:
        if read.voice.stance is Stance.asserts:
            for finding in read.findings:
                if isinstance(finding.value, RefValue) or finding.predicate == "software_supplier":
                    org = org_key(finding)
                    roles.setdefault(org, (finding.predicate, read.place))
    # A refusal's own sentence may say the role: "X, which won the contract, did not respond".
    for read in reads:
        if read.voice.stance is Stance.declines:
            for finding in read.findings:
                if finding.predicate in _ROLES and not finding.negated:
                    org = org_key(finding)
                    roles.setdefault(org, (finding.predicate, read.place))
                    if _RELATIVE_ROLE.search(text[finding.start : finding.end]):
                        for place in read.place:
                            add(place, finding, Stance.asserts, OUTLET)

    paragraph_text: dict[int, str] = {}
    for read in reads:
        number = read.sentence.paragraph
        paragraph_text[number] = paragraph_text.get(number, "") + " " + read.sentence.text
    public_sentences = sum(1 for r in reads if _PUBLIC.search(r.sentence.text))
    retail_story = sum(1 for r in reads if _retail(r.sentence.text)) >= 2

    # Paragraphs about wildlife traps, phones or home cameras, with nothing watching public space.
    candidates = {n for n, paragraph in paragraph_text.items() if _not_surveillance(paragraph)}
    strict = bool(candidates) and any(_STRICT_PUBLIC.search(r.sentence.text) for r in reads)
    off_paragraphs = {
        n for n in candidates if not strict or not _STRICT_PUBLIC.search(paragraph_text[n])
    }

    def off_topic(read: _Read) -> bool:
        """Whether the sentence, or its paragraph, is about such cameras and nothing else."""
        if read.sentence.paragraph not in candidates:
            return False
        if read.sentence.paragraph not in off_paragraphs and not _not_surveillance(
            read.sentence.text
        ):
            return False
        return not _STRICT_PUBLIC.search(read.sentence.text)

    def public(read: _Read) -> bool:
        """Whether the sentence is about cameras in public hands, not for sale in a shop."""
        paragraph = paragraph_text[read.sentence.paragraph]
        if PRIVATE_OWNER.search(read.sentence.text):
            return False  # "a private bank branch's cameras, which are Hikvision models"
        if _PUBLIC.search(read.sentence.text):
            return True
        if _retail(paragraph):
            return bool(_PUBLIC.search(paragraph)) and not _retail(read.sentence.text)
        return public_sentences >= 1 or not retail_story

    # A later phase's plan says nothing of the project's status when another sentence does;
    # an addition ("40 more cameras") is no count where a count is given, nor the first poles
    # going up a start where a start is given; a stated total ("Total cameras: 104") makes
    # the counts listed with it its parts.
    stated = _places_with(
        reads, lambda f: f.predicate == "status" and f.rule != "status/planned-later-phase"
    )
    counted = _places_with(
        reads, lambda f: f.rule in ("count/number-cameras", "count/stated-total")
    )
    began = _places_with(
        reads, lambda f: f.predicate == "started" and f.rule != "started/first-went-up"
    )
    totalled = _places_with(reads, lambda f: f.rule == "count/stated-total")
    dismissed_by = _dismissed_by_next(reads)
    put_in_question = _put_in_question_by_next(reads)
    previous: _Read | None = None
    for index, read in enumerate(reads):
        before, previous = previous, read
        start, end = read.sentence.start, read.sentence.end
        voice = read.voice
        if index in dismissed_by:
            for finding in read.findings:
                if finding.predicate != "located_in":
                    for place in read.place:
                        add(place, finding, Stance.denies, dismissed_by[index])
            continue
        if index in put_in_question:
            continue  # "... had heard that the cameras read plates. Asked whether that was so, ..."
        read.findings = [
            f
            for f in read.findings
            if f.rule not in ("status/planned-later-phase", "count/additional-cameras")
            or not set(read.place) & (stated if f.predicate == "status" else counted)
        ]
        if set(read.place) & totalled and voice.stance is Stance.asserts:
            # (a figure denied beside a stated total is still denied: "A figure of 80 cameras
            # ... is not correct")
            read.findings = [f for f in read.findings if f.rule != "count/number-cameras"]
        if set(read.place) & began:
            read.findings = [f for f in read.findings if f.rule != "started/first-went-up"]
        if off_topic(read):
            continue
        if voice.stance is not Stance.asserts:
            _voiced(text, read, roles, organisations, add, finder, _question_before(read, before))
            continue
        if HEDGE.search(read.sentence.text):
            continue  # "we cannot say whether the cameras can recognise faces"
        if read.sentence.text.rstrip(" \"'”’)").endswith("?") or under_question_label(
            text, read.sentence.start
        ):
            continue  # "can the system recognise faces?", "Question 1. Posts say ...": asked
        for finding in read.findings:
            if finding.rule.endswith(AND_NOT_RULE):
                if public(read):
                    for place in read.place:  # "supplied by Axis and not by Hikvision"
                        add(place, finding, Stance.denies, voice.speaker)
                continue
            if finding.negated and finding.predicate in _ROLES - {"authority"}:
                continue  # "neither Huawei nor Dahua branding was visible": no one denies
            # "The army will have no screen and no password": a body denied any part is denied
            # as an authority, by whoever says so.
            if finding.predicate in _NEEDS_PUBLIC and not public(read):
                continue
            stance = Stance.denies if finding.negated else Stance.asserts
            targets = read.place
            if finding.predicate in _TOTALS and len(targets) > 1:
                # "3,000 cameras in Yangon, Mandalay and Naypyitaw" is a total, not each city's.
                targets = tuple(dict.fromkeys(_country_of(p, finder) for p in targets))
                if len(targets) > 1:
                    continue
            for place in targets:
                add(place, finding, stance, voice.speaker)
        if read.sentence.paragraph in anchored_paragraphs:
            for place in read.place:
                # Towns and regions at home; abroad, where the gazetteer has no towns, the
                # country itself ("Kenya's police", "cameras in Quito, Ecuador").
                local = place in finder.gazetteer and finder.gazetteer.get(place).kind != "country"
                # (abroad, also where the country is named only in a body's name: "the Ville
                # d'Angoulême has put up 40 cameras")
                named = [*read.places, *(read.weak if place not in finder.gazetteer else ())]
                if (local or place not in finder.gazetteer) and any(p.key == place for p in named):
                    mention = next(p for p in named if p.key == place)
                    finding = Finding(
                        "located_in",
                        RefValue(kind="place", key=place),
                        mention.start,
                        mention.end,
                        "place/named-with-system",
                    )
                    add(place, finding, Stance.asserts, voice.speaker)
        if read.extended_to and read.place:
            first, last = read.extended_to[0], read.extended_to[-1]
            finding = Finding(
                "planned_scope",
                PlacesValue(
                    keys=tuple(dict.fromkeys(p.key for p in read.extended_to)),
                    text=text[first.start : last.end],
                ),
                first.start,
                last.end,
                "scope/extended-to",
            )
            add(read.place[0], finding, Stance.asserts, voice.speaker)
        for scope in find_scopes(read.sentence.text):
            country = _country_of(read.place[0], finder) if read.place else ""
            keys = (
                tuple(p.key for p in finder.gazetteer.children(country) if p.kind != "town")
                if country in finder.gazetteer
                else ()
            )
            if keys:
                finding = Finding(
                    "planned_scope",
                    PlacesValue(keys=keys, text=read.sentence.text[scope.start : scope.end]),
                    start + scope.start,
                    start + scope.end,
                    "scope/every-first-level-unit",
                )
                add(country, finding, Stance.asserts, voice.speaker)
        del end
    # A place is a deployment's location only if the document says something about it.
    described = {s.place for s in out.values() if s.predicate != "located_in"}
    kept = [s for s in out.values() if s.predicate != "located_in" or s.place in described]
    kept = _without_part_counts(kept)
    # ... and a place the document asserts something of is one, named beside its cameras or
    # not ("there are eleven cameras" in a diary tagged Myawaddy)
    # (not the home country as a whole, which stands in for a place the document never gave)
    located = {s.place for s in kept if s.predicate == "located_in"}
    located.update(p.key for p in finder.gazetteer if p.kind == "country")
    # (where two kinds of thing are asserted of it: one stray claim does not make a place)
    asserted = Counter((s.place, s.predicate) for s in kept if s.stance is Stance.asserts)
    described_twice = Counter(place for place, _ in asserted)
    for suggestion in list(kept):
        if (
            suggestion.place not in located
            and suggestion.stance is Stance.asserts
            and described_twice[suggestion.place] >= 2
        ):
            located.add(suggestion.place)
            kept.append(
                dataclasses.replace(
                    suggestion,
                    predicate="located_in",
                    value=RefValue(kind="place", key=suggestion.place),
                    rule="place/where-its-claims-are",
                )
            )
    return sorted(kept, key=lambda s: (s.start, s.predicate))


# A count of one kind of camera: "eight thermal cameras", "24 pan-tilt-zoom cameras".
_CAMERA_KIND = re.compile(
    r"\b(?:thermal|PTZ|pan[\s-]+tilt[\s-]+zoom|fixed|bullet|dome|speed[\s-]+dome|box|"
    r"larger|smaller|bigger|army|police|traffic|ANPR|LPR|number[\s-]+plate|face)\b",
    re.IGNORECASE,
)


def _without_part_counts(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Where a document counts a place's cameras more than once, a count of one kind of
    camera, or a smaller count after a larger one, is a part of the network, not its size."""
    counts: dict[str, list[Suggestion]] = {}
    for s in suggestions:
        if s.predicate == "camera_count" and s.stance is Stance.asserts:
            counts.setdefault(s.place, []).append(s)
    parts = set()
    for found in counts.values():
        kinds = [s for s in found if _CAMERA_KIND.search(s.quote)]
        if kinds and len(kinds) < len(found):
            parts.update(id(s) for s in kinds)
        # "the 160 street cameras planned for Dawei" and later "the eight cameras going up on
        # the bridge": a smaller figure after the network's is a part of it. (A network cut
        # back, "had 160 ... now runs 80", would lose its new figure; the labelled sets have
        # one such case to the 37 parts this drops.)
        in_order = sorted(found, key=lambda s: s.start)
        for index, later in enumerate(in_order):
            if any(_upper(e.value) > _upper(later.value) for e in in_order[:index]):
                parts.add(id(later))
    return [s for s in suggestions if id(s) not in parts]


def _upper(value: ClaimValue) -> float:
    """The most cameras a count allows ("over 200" has no most: its least stands in)."""
    top = getattr(value, "max", None)
    return float(top) if top is not None else float(getattr(value, "min", 0) or 0)


# "Asked whether that was so, the spokesman said he would not discuss it": the question is the
# claim the sentence before reports.
_ASKED_IF_THAT = re.compile(
    r"\s*(?:When\s+)?asked\s+(?:whether|if)\s+(?:that|this|it|they)\s+(?:was|is|were|are)\s+"
    r"(?:so|true|the\s+case|correct|right)\b",
    re.IGNORECASE,
)


def _question_before(read: _Read, before: _Read | None) -> tuple[int, int] | None:
    """The span of the sentence before a refusal, if it is a question in the same paragraph, or
    the claim the refusal's own question points back to."""
    if (
        before is None
        or before.sentence.paragraph != read.sentence.paragraph
        or read.voice.stance is not Stance.declines
        or not (_ASKING.search(before.sentence.text) or _ASKED_IF_THAT.match(read.sentence.text))
    ):
        return None
    return before.sentence.start, before.sentence.end


# 'A figure of 2.4 billion kyats has been shared on Facebook. "That is a fantasy," the official
# said': a claim reported in one sentence and dismissed at the start of the next.
_CLAIM_REPORTED = re.compile(
    r"\b(?:figures?|posts?|comments?|claims?|reports?|rumou?rs?|stor(?:y|ies)|allegations?|"
    r"notices?|statements?|announcements?|messages?)\b"
    r"(?:[^.;]|\.\d){0,120}?\b(?:claim(?:ed|ing|s)?|shared|circulat\w+|alleg\w+|suggest\w+|"
    r"saying|said|says)\b"
    # "Riders in the town have long said that ...", "noted reports that ..."
    r"|\b(?:residents|people|riders|drivers|locals|townspeople|many|some|they)\b[^.;]{0,40}?\b"
    r"(?:have\s+(?:long\s+)?said|(?:long\s+)?believed?|say|said|(?:have\s+)?heard)\s+that\b"
    r"|\b(?:noted|seen|read)\s+(?:the\s+)?(?:press\s+)?(?:reports?|claims?|posts?)\b"
    # "It has been written that Hikvision equipment was used."
    r"|\bit\s+(?:has\s+been|had\s+been|was|is)\s+(?:widely\s+)?(?:written|said|claimed|reported|"
    r"alleged|suggested|rumou?red)\s+that\b",
    re.IGNORECASE,
)
_DISMISSAL = re.compile(
    r"^\s*[\"“‘']?(?:that|this|it|they|(?:these|those|the|that|this)\s+(?:posts?|claims?|"
    r"reports?|figures?|stor(?:y|ies)|rumou?rs?|notices?|statements?|announcements?))\s+"
    r"(?:is|was|are|were)\s+(?:a\s+|an\s+|pure\s+|simply\s+|complete\s+|total\s+|just\s+)*"
    r"(?:fantasy|invented|an\s+invention|fabricated|a\s+fabrication|made[\s-]up|false|untrue|"
    r"not\s+true|wrong|nonsense|rubbish|lies?|fiction|incorrect|inaccurate|not\s+correct|"
    r"baseless|unfounded)\b"
    # "The minister said that was untrue.", "The spokeswoman rejected that."
    r"|^\s*[^.\"“]{0,60}?\b(?:said|says|replied|answered)\s+(?:that\s+)?(?:that|this|it)\s+"
    r"(?:is|was)\s+(?:not\s+true|untrue|false|wrong|nonsense|incorrect)\b"
    r"|^\s*[^.\"“]{0,60}?\b(?:rejected|denied|dismissed)\s+(?:that|this|it|them)"
    r"(?:\s+(?:figure|number|claim|report|sum|amount|story))?\s*[.,]"
    # "They never did that."
    r"|^\s*[\"“]?(?:they|it)\s+never\s+(?:did|does|do|has|have)\s+(?:that|it|so)\s*[.!,\"”]"
    # "Wrong.", "Not one of them is."
    r"|^\s*[\"“]?(?:wrong|false|untrue|nonsense|rubbish|not\s+true|not\s+one\s+of\s+them\s+"
    r"(?:is|was|has|does)|none\s+of\s+them\s+(?:is|are|was|were))\b"
    # "... saying that the cameras will recognise faces. They will not."
    r"|^\s*[\"“]?(?:they|it)\s+(?:will|do|does|can|did|are|is)(?:\s+not|n't)\s*[.!]"
    # "Whoever wrote that has never read the contract."
    r"|^\s*[\"“]?whoever\s+(?:wrote|posted|said|shared|started|put\s+out)\s+(?:that|this|it)\b",
    re.IGNORECASE,
)


def _dismissed_by_next(reads: list[_Read]) -> dict[int, str]:
    """Which sentences report a claim the next sentence, in the same paragraph, dismisses; and
    who dismisses it."""
    return {
        i: following.voice.speaker
        for i, (read, following) in enumerate(itertools.pairwise(reads))
        if read.sentence.paragraph == following.sentence.paragraph
        and _DISMISSAL.match(following.sentence.text)
        and _CLAIM_REPORTED.search(read.sentence.text)
    }


def _put_in_question_by_next(reads: list[_Read]) -> set[int]:
    """Which sentences report a claim that the next one, in the same paragraph, asks about
    ("Asked whether that was so, ..."): what they report is what was asked, not a fact."""
    return {
        i
        for i, (read, following) in enumerate(itertools.pairwise(reads))
        if read.sentence.paragraph == following.sentence.paragraph
        and _ASKED_IF_THAT.match(following.sentence.text)
    }


def _denied_figure(finding: Finding, figure: re.Match[str], start: int) -> bool:
    """What "the figure ... is not correct" or "claims that the equipment came from Hikvision
    were false" denies is what stands inside that phrase; the Burmese "ထိုကိန်းဂဏန်းမှာ မမှန်"
    ("that figure is wrong") points back to a count or sum named earlier in the sentence."""
    if figure.group(0).startswith("ကိန်းဂဏန်း"):
        figures = ("camera_count", "cost")
        return finding.predicate in figures and finding.end <= start + figure.start()
    return start + figure.start() <= finding.start and finding.end <= start + figure.end()


# "face-recognition software": the software is what the capability runs on, not a vendor's role.
_FIRM_PRONOUN = re.compile(
    r"\b(?:it|they|the\s+(?:company|firm|supplier|contractor|integrator|vendor))\b", re.I
)
_RECOGNITION = r"(?:face|facial|licen[cs]e[\s-]+plate|number[\s-]+plate|plate)[\s-]+recognition"
_CAPABILITY_SOFTWARE = re.compile(
    r"\b(?:recognition|matching|identification|detection)[\s-]+(?:software|algorithms?)\b"
    # "has not supplied any face recognition software, licence or server": none at all, so the
    # capability is denied (without "any", the firm is denied the software's role)
    r"|\b(?:suppl\w+|sold|sell\w*|provid\w+|deliver\w*|install\w*|enabl\w+)"
    rf"(?:\s+(?:or|and)\s+\w+)?\s+any\s+{_RECOGNITION}(?:(?:[\s-]+|\s*,\s*|\s+(?:or|and)\s+)"
    r"(?:software|algorithms?|licen[cs]es?|modules?|servers?|functions?|capabilit(?:y|ies)))*",
    re.I,
)


# "the system we installed has no face recognition function", "the camera models do not have
# face recognition": the system is said to lack the capability, whatever else the firm denies
_SYSTEM_LACKS = re.compile(
    rf"\b(?:(?:has|have|had)\s+no|(?:do|does|did)\s+not\s+(?:have|include|offer)\s+(?:any\s+)?)\s*"
    rf"{_RECOGNITION}\b",
    re.IGNORECASE,
)


_ANY_BEFORE = re.compile(r"\b(?:any|no)\s+$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:claims?|reports?|allegations?|posts?|rumou?rs?|stories|talk)\b")


def _clause_around(text: str, first: int, last: int, start: int, end: int) -> str:
    """The clause of a sentence (between commas or semicolons) around a span."""
    before = max(text.rfind(",", start, first), text.rfind(";", start, first), start)
    after = min(
        (i for i in (text.find(",", last, end), text.find(";", last, end)) if i != -1), default=end
    )
    return text[before:after]


def _voiced(text, read, roles, organisations, add, finder, question_before=None) -> None:  # type: ignore[no-untyped-def]
    """Denials and refusals to comment: one suggestion per organisation that speaks."""
    voice: Voice = read.voice
    start, end = read.sentence.start, read.sentence.end
    sentence = read.sentence.text
    # What the refusal was asked about, read in the sentence whatever its context, or in the
    # question the sentence before put.
    asked = [f for f in read.findings if f.predicate == "capability"]
    for span in ((start, end), question_before):
        if not asked and span is not None:
            asked = [
                Finding("capability", TermValue(term=term), *m.span(), f"capability/{term}")
                for term, pattern in CAPABILITY_CUES
                if (m := pattern.search(text, *span))
            ]
    # "The official said the system flags people who linger, but he refused to say who
    # supplied it": what a clause before "but" says is said; only the rest is refused.
    cue = (DECLINE if voice.stance is Stance.declines else DENIAL).search(sentence)
    turn = _BUT.search(sentence, 0, cue.start()) if cue else None
    if (
        turn is not None
        and voice.stance is Stance.denies
        and _CLAIM_REPORTED.search(sentence, 0, turn.start())
    ):
        turn = None  # "Many believed the cameras could identify faces; officials said no such"
    if turn is not None and _ASKING.search(sentence, 0, turn.start()):
        turn = None  # "asked the police whether they compare faces; a spokesman declined"
    if turn is not None:
        said = [f for f in asked if start <= f.start and f.end <= start + turn.start()]
        for finding in said:
            if not finding.negated:
                for p in read.place:
                    add(p, finding, Stance.asserts, OUTLET)
        asked = [f for f in asked if f not in said]
    figure = FIGURE_DENIED.search(sentence) if voice.stance is Stance.denies else None
    figures = [f for f in read.findings if figure and _denied_figure(f, figure, start)]
    # "Asked whether the contract was worth 780 million kyats, the secretary declined to
    # comment": the figure asked about is what the refusal concerns.
    question = _ASKED.match(sentence) if voice.stance is Stance.declines else None
    figures += [
        f
        for f in read.findings
        if question
        and not asked  # (what "the four cameras" could read is the question, not their number)
        and f.predicate in ("cost", "camera_count")
        and f.end <= start + question.end()
    ]
    if figures:
        for finding in figures:
            for p in read.place:
                add(p, finding, voice.stance, voice.speaker)
        return
    # "ruled out facial recognition: no camera or software will ...": what the denial names
    # first is what it denies, whatever role words follow
    # (not "has not supplied facial recognition software": a denied role)
    names_capability = (
        cue is not None
        and not _ROLE_VERB.search(cue.group(0))
        and any(0 <= f.start - (start + cue.end()) <= 30 for f in asked)
    )
    # (a role is denied to a firm, named or "it": with none, "no face recognition software is
    # included in the contract" denies the capability)
    role_denied = (
        voice.stance is Stance.denies
        and not names_capability
        and not _SYSTEM_LACKS.search(sentence)
        # (from the denial on: "the system we installed has no face recognition function")
        and bool(
            _ROLE_VERB.search(_CAPABILITY_SOFTWARE.sub(" ", sentence[cue.start() if cue else 0 :]))
        )
        and (
            any(m.kind not in ("outlet", "ngo") for m in read.orgs)
            or bool(_FIRM_PRONOUN.search(sentence, 0, cue.start() if cue else len(sentence)))
        )
    )
    if role_denied:
        # "None of the cameras will be fitted with facial recognition, and X has not bought
        # ... any software": a capability its own clause negates, with no role in that clause
        # ("we have not supplied face recognition software" denies the role only)
        for finding in asked:
            clause = _clause_around(text, finding.start, finding.end, start, end)
            if finding.negated and not _ROLE_VERB.search(_CAPABILITY_SOFTWARE.sub(" ", clause)):
                for p in read.place:
                    add(p, finding, Stance.denies, voice.speaker)
    if voice.stance in (Stance.declines, Stance.denies) and asked and not role_denied:
        # A refusal to answer about a capability, or a denial of one ("denied that the system
        # could recognise faces"), is labelled with that capability, not the speaker's role.
        rule = "stance/no-comment-capability"
        if voice.stance is Stance.denies:
            rule = "stance/denial-capability"
        # Who answers: the organisation named, else whoever the sentence says spoke ("a
        # regional official denied that the cameras could recognise faces").
        speaker = organisation_speaker(voice.subjects[0].key) if voice.subjects else voice.speaker
        for finding in asked:
            about = Finding("capability", finding.value, start, end, rule)
            for p in read.place:
                add(p, about, voice.stance, speaker)
        return
    # The roles a question just before put, moved here by `_answer`: "Many asked whether the
    # military's command can view the pictures. / Reply: This question is not addressed."
    put_before = [f for f in read.findings if f.predicate in _ROLES | {"cost"} and f.start < start]
    if put_before:
        for finding in put_before:
            for p in read.place:
                add(p, finding, voice.stance, voice.speaker)
        return
    # "He rejected talk that the army's command would be able to view the footage": the bodies
    # named after the denial are denied their part; after "rejected reports that", so are
    # firms ("... that the cameras were made by Hikvision").
    reported = cue is not None and _REPORTED.search(cue.group(0)) is not None
    denied_bodies = {
        org_key(f): f
        for f in read.findings
        if voice.stance is Stance.denies
        and cue is not None
        and (f.predicate == "authority" or (reported and f.predicate in _ROLES))
        and any(
            m.key == org_key(f)
            and m.start >= start + cue.end()
            and not _BUT.search(sentence, cue.end(), m.start - start)  # "..., but X has"
            for m in read.orgs
        )
    }
    if denied_bodies:
        for finding in denied_bodies.values():
            for p in read.place:
                add(p, finding, Stance.denies, voice.speaker)
        return
    # "There is no Huawei equipment in the Taunggyi system": the firm inside the denial's own
    # words is denied the role the sentence reads for it.
    named_in_denial = [
        f
        for f in read.findings
        if voice.stance is Stance.denies
        and cue is not None
        and f.predicate in _ROLES
        and any(
            m.key == getattr(f.value, "key", None)
            and start + cue.start() <= m.start < start + cue.end()
            for m in read.orgs
        )
    ]
    # "GRVS has not supplied, and will not supply, any Huawei equipment": the brand is denied,
    # whoever denies it
    brands_denied = [
        f
        for f in read.findings
        if voice.stance is Stance.denies
        and f.predicate in ("hardware_supplier", "software_supplier")
        and any(
            m.key == getattr(f.value, "key", getattr(f.value, "text", None))
            and m.kind in ("manufacturer", "software")
            and _ANY_BEFORE.search(text, max(start, m.start - 8), m.start)
            for m in read.orgs
        )
    ]
    if brands_denied:
        for finding in brands_denied:
            for p in read.place:
                add(p, finding, Stance.denies, voice.speaker)
        return
    if named_in_denial and not voice.subjects:
        for finding in named_in_denial:
            for p in read.place:
                add(p, finding, Stance.denies, voice.speaker)
        return
    asked_bodies = [
        m
        for m in read.orgs
        if question
        and m.end <= start + question.end()
        and m.kind not in ("outlet", "ngo")
        and m not in voice.subjects
    ]
    if question and asked_bodies:
        asked_role = next((r for rx, r in _ASKED_ROLE if rx.search(question.group(0))), "")
        answerer = voice.speaker
        if voice.subjects:
            answerer = organisation_speaker(voice.subjects[0].key)
        added = False
        for mention in asked_bodies:
            role = asked_role or roles.get(mention.key, ("", ()))[0]
            if not role:
                continue
            value = software_value(mention) if role == "software_supplier" else org_value(mention)
            finding = Finding(role, value, start, end, "stance/no-comment-asked")
            for p in read.place:
                add(p, finding, voice.stance, answerer)
                added = True
        if added:
            return
    for mention in voice.subjects:
        role, place = roles.get(mention.key, ("", ()))
        if voice.stance is Stance.denies:
            denied = next((p for rx, p in _DENIED_ROLE if rx.search(sentence)), "")
            if denied == "hardware_supplier" and mention.kind == "software":
                denied = "software_supplier"
            if mention.kind == "authority" and denied in ("hardware_supplier", "software_supplier"):
                continue  # "the committee says those are not part of its system": no supplier
            if denied == "procurer" and role:
                denied = role  # "we have no contract": for the work it is said to have done
            role = denied or role
            # A denial concerns every place it names: "to the Yangon Region Government or to
            # any other authority in Myanmar" is about Yangon and about Myanmar.
            named = [
                *read.place,
                *(p.key for p in read.places),
                *(_capital_town(w.key, finder) for w in read.weak),
            ]
            place = tuple(dict.fromkeys(named)) or place
        if not role:
            role = _DEFAULT_ROLE.get(mention.kind or "", "")
        if not role:
            continue
        place = place or read.place
        value = software_value(mention) if role == "software_supplier" else org_value(mention)
        rule = "stance/denial" if voice.stance is Stance.denies else "stance/no-comment"
        finding = Finding(role, value, start, end, rule)
        for p in place:
            add(p, finding, voice.stance, organisation_speaker(mention.key))
