"""Which documents are one story: copies, rewrites and summaries grouped into one origin.

Ten sites republishing one wire report are one origin, not ten confirmations. Three signals
join documents, each recorded with the reason, so a reviewer can see and correct the grouping:

- near-duplicate text: MinHash estimates of the Jaccard similarity of word 3-shingles (Myanmar
  script, written without spaces between words, is shingled by characters), with an LSH index
  so a large batch is not compared pair by pair;
- attribution: a document saying "Reuters reported", "according to Human Rights Watch",
  "says HRW" or, in Burmese, "ရိုက်တာသတင်းဌာနက ဖော်ပြသည်" relays that outlet's report, so it
  joins a document from that outlet (or another relaying the same outlet) when the two share
  some of the story's particulars;
- the same particulars: two documents whose suggested claims (who supplied what, how many,
  for how much, since when) mostly coincide tell one story, whatever the language. Independent
  reports that happen to agree on most particulars would be joined too; a reviewer splits them.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.sparse import csr_matrix

from countersight.geo.burmese import has_myanmar_script

NUM_PERM = 128
COPY_THRESHOLD = 0.5  # estimated Jaccard of 3-shingles: wire copy and light edits
RELAY_OVERLAP = 0.25  # particulars shared by a relaying document and the report it relays
SAME_FACTS_OVERLAP = 0.7  # share of the smaller document's facts found in the other
SAME_FACTS_JACCARD = 0.5  # (independent reports of one system share about half)
MIN_FACTS = 3  # fewer facts than this say too little to join on
_BLOCK = 512  # rows of the document × document overlap computed at once
_WORD = re.compile(r"\w+", re.UNICODE)
_MYANMAR = re.compile(r"[\u1000-\u109f]")
_NUMBER = re.compile(r"\d[\d,.]*")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)*")
_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:of\s+)?[A-Z][\w&'.-]*){0,4}"
_ATTRIBUTION = re.compile(
    rf"(?:according to|as reported by|first reported by|citing|cited by|told|telling|seen by|"
    rf"says|said)\s+(?:the\s+)?(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})(?:\s+\((?P<short>(?-i:[A-Z][A-Z&]+))\))?\s+(?:reported|said in a report|"
    rf"reports|has reported|news agency reported|found|has raised|documented|said|says|quoted)"
    # a wire dateline: "MANDALAY (Wire) -"
    rf"|^[A-Z][A-Z\s,]+\((?P<c>{_NAME})\)\s*[-–—]"
    # "UCPA's story, put out on Monday, says ..."
    rf"|(?P<d>{_NAME})['’]s\s+(?:story|report|dispatch|article)(?:,[^.;]{{0,40}},)?\s+"
    r"(?:says|said|reports|reported|states)\b"
    # a bulletin's reference: 'Tidewater News Service (TNS), "Street cameras go up ...", wire
    # story, 1 December 2053.'
    rf"|(?P<e>{_NAME})(?:\s+\((?P<short2>(?-i:[A-Z][A-Z&]+))\))?,\s+[\"“][^\"”\n]{{5,200}}[\"”],\s+"
    r"(?:[\w-]+\s+)?(?:story|report|article|dispatch|item|feature)\b",
    re.MULTILINE,
)
# Burmese: "<name>(သတင်းဌာန)က ဖော်ပြသည် / ဆိုသည် / ပြောသည်" — "<name> reported / said" —
# and "<name>(သတင်းဌာန)သို့ ပြောသည်" — "(people) told <name>".
_ATTRIBUTION_MY = re.compile(
    r"(?P<m>[\w\u1000-\u109f&().-]+(?:\s[\w\u1000-\u109f&().-]+){0,4}?)\s?(?:သတင်းဌာန)?\s?"
    # ("... ကဩဂုတ်လ ၂၀ ရက်နေ့မှာ ရေးတဲ့ သတင်း", the story ... wrote on 20 August: spoken)
    r"(?:က\s?(?:ဖော်ပြ|ဆို|ပြော|ရေးသား|ရေး(?:တဲ့|သည့်|ခဲ့|ထား))|သို့\s?ပြော)"
)
# Burmese credits that name the source without a reporting verb: "TEP သတင်းဌာန၏ မတ်လ ၁၃ ရက်နေ့
# သတင်းအရ" (according to the TEP news agency's report of 13 March), "DZNA သတင်းဌာန၏ သတင်းကို
# အကျဉ်းချုပ် ဘာသာပြန်ဆို" (DZNA's report, summarised in translation) and "(မူရင်းသတင်း - TEP)"
# (original story: TEP).
_CREDITED_MY = re.compile(
    # (the agency word also as "သတင်းအေဂျင်စီ", news agency; the initials in brackets: "(SPA) ၏")
    r"(?:^|[\s(])(?P<n>[A-Za-z][\w&.-]*(?:\s[A-Za-z][\w&.-]*){0,4}|[\u1000-\u109f]+)\)?\s?"
    # ("… ၏ ဖော်ပြချက်အရ", according to …'s account, as "… ၏ သတင်းအရ")
    r"(?:သတင်းဌာန|သတင်းစာ|သတင်းအေဂျင်စီ)?\s?၏[^။]{0,40}?(?:သတင်း(?:များ)?|ဖော်ပြချက်)"
    r"(?:အရ|ကို[^။]{0,30}?(?:ဘာသာပြန်|"
    r"အကျဉ်းချုပ်|ကိုးကား|ပြန်လည်ဖော်ပြ))"
    r"|မူရင်း(?:သတင်း)?\s*[-–—:]\s*(?P<o>[^()\n]{2,40}?)\s*(?:\)|$)"
    # "ARP သတင်းကို အခြေခံ၍" (based on ARP's report): a name in Latin letters
    r"|(?:^|[\s(])(?P<l>[A-Z][\w&.-]*(?:\s[A-Za-z][\w&.-]*){0,4})\s?(?:သတင်းဌာန\s?)?"
    r"သတင်း(?:များ)?ကို\s?(?:အခြေခံ|ကိုးကား)"
    # "Padauk Press Service (PPS) သတင်းဌာန ဖော်ပြသော … သတင်း" (the report the PPS news agency
    # carried): a name in Latin letters, with its initials
    r"|(?:^|[\s(])(?P<v>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})(?:\s\((?P<vs>[A-Z]{2,8})\))?\s?"
    r"(?:သတင်းဌာန\s?)?(?:က\s?)?ဖော်ပြ(?:ခဲ့|ထား)?(?:သော|သည့်|တဲ့)[^။]{0,40}?သတင်း",
    re.MULTILINE,
)
# A digest's sources line: "သတင်းရင်းမြစ် — IHNA (မေ ၂)၊ ယာဉ်လိုင်းများ" (source: IHNA of 2 May,
# the bus lines), also as a heading ends in Burmese ("သတင်းရင်းမြစ်။ KNA ၏ …"); the names in
# Latin letters are the outlets relayed.
_SOURCES_LINE_MY = re.compile(r"(?:သတင်း)?ရင်းမြစ်\s*[-–—:။]\s*(?P<items>[^\n]+)")
_LATIN_OUTLET = re.compile(r"(?<![\w.])[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4}")
_REPORTING_VERB_MY = re.compile(r"က\s?(?:ဖော်ပြ|ဆို|ပြော|ရေးသား|ရေး(?:တဲ့|သည့်|ခဲ့|ထား))|သို့\s?ပြော")
# A time between the teller and the verb ("…သတင်းဌာနက မေ ၃ ရက်တွင် ဖော်ပြသည်", "… reported on
# 3 May"; "…သတင်းဌာနက မနေ့က ဖော်ပြပါတယ်", "… reported yesterday"), dropped before the credit
# is looked for.
_TIME_BEFORE_VERB_MY = re.compile(
    r"(?:(?<=က)|(?<=သို့))\s(?:[^\s။]+\s){0,3}"
    r"(?:[^\s။]*(?:တွင်|မှာ)|[^\s။]*(?:နေ့|ရက်|လ)(?:ည|မနက်|နံနက်|ညနေ)?က)\s?(?=ဖော်ပြ|ဆို|ပြော|ရေး)"
)
# A Latin-script name closing the words before a Burmese reporting verb ("Pacific Rim Newswire
# (PRN)"), which the Burmese words before it are not part of.
_LATIN_NAME_END = re.compile(r"[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z(][\w&.'()-]*)*\s*$")
_NAME_WINDOW_MY = 120  # characters before the verb where the reporting name must stand
_GENERIC = {"The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "Police"}
# A body named by what it is, not who: "the Committee said", "the Ministry reported".
_BODY_NOUNS = {
    "committee",
    "board",
    "council",
    "government",
    "ministry",
    "department",
    "office",
    "company",
    "agency",
    "authority",
    "administration",
    "police",
    "court",
    "commission",
}
# A document that answers another's report: "Statement on the X press release", "we wish to
# correct the record", "in response to media reports".
_REPLY = re.compile(
    r"\b(?:in (?:response|reply) to|respon(?:ds|ding) to|repl(?:ies|ying) to|correct the record|"
    r"statement on the\b[^.\n]{0,80}\b(?:report|press release|statement|article)|"
    r"rejects? the (?:claims?|allegations?|report))",
    re.IGNORECASE,
)
# Burmese words that stand where a name would ("it", "the group", "they", "a source").
# "ဦး" ends a count of people ("လေးဦး", four people).
_GENERIC_MY = {"၎င်း", "အဖွဲ့", "သူ", "သူတို့", "ကြောင်း", "သတင်းရင်းမြစ်", "ဦး"}
# ... nor a person by office: an officer, official, spokesperson, chairman, secretary,
# engineer, manager ("ဆက်လက် ပိုင်ဆိုင်မည်ဟု အမှုဆောင်အရာရှိက ပြောသည်", said the executive officer)
_PERSON_BY_OFFICE_MY = (
    *("အရာရှိ", "တာဝန်ရှိသူ", "ပြောခွင့်ရှိသူ", "ပြောခွင့်ရသူ", "ဥက္ကဋ္ဌ", "အတွင်းရေးမှူး"),
    *("အင်ဂျင်နီယာ", "မန်နေဂျာ", "ဒေသခံ", "ဆရာတော်", "အုပ်ချုပ်ရေးမှူး"),
    # ... nor anyone indefinite: "a company", "a person" (တစ်ခု, တစ်ဦး, တစ်ယောက်)
    *("တစ်ခု", "တစ်ဦး", "တစ်ယောက်"),
)
# What a teller's words follow: the end of what they said ("...ဟု", "...ကြောင်း", spoken
# "...လို့").
_SAID_BEFORE_TELLER_MY = re.compile(r"^.*(?:ဟု|ကြောင်း|လို့)\s*")
# "News" and "news agency" alone: the word an outlet's name ends with, not a name; nor "the
# department", "the committee" or "the office" alone.
_NEWS_WORDS_MY = {"သတင်း", "သတင်းဌာန", "သတင်းစာ", "ဌာန", "ဦးစီးဌာန", "ကော်မတီ", "စည်ပင်", "ရုံး"}
MIN_NAME_CHARS = 3


@dataclass(frozen=True)
class StoryText:
    """What grouping needs of a document: its text, its outlet, the facts it states."""

    ident: str
    text: str
    outlet: str | None = None
    facts: frozenset = frozenset()  # language-free keys of its suggested claims


@dataclass
class OriginGroups:
    labels: list[int]  # per document, the index of its group's first document
    reasons: dict[tuple[int, int], str] = field(default_factory=dict)  # joined pairs, why

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i, label in enumerate(self.labels):
            found.setdefault(label, []).append(i)
        return list(found.values())


def _shingles(text: str) -> set[str]:
    if len(_MYANMAR.findall(text)) > len(text) / 4:
        compact = "".join(text.split())
        return {compact[i : i + 6] for i in range(max(1, len(compact) - 5))}
    words = [w.casefold() for w in _WORD.findall(text)]
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


@lru_cache(maxsize=1)
def _empty_signature() -> MinHash:
    """Drawing the hash permutations costs more than hashing a story, so it is done once.

    Shingles are hashed with CRC-32, a C function: the default SHA-1 cost more than all else
    in grouping, and MinHash needs distinct values, not cryptographic ones.
    """
    return MinHash(num_perm=NUM_PERM, seed=7, hashfunc=zlib.crc32)


def _minhash(shingles: set[str]) -> MinHash:
    signature = _empty_signature().copy()  # a copy shares the permutations
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def particulars(text: str) -> set[str]:
    """The numbers and proper names a story turns on; rewrites keep these, not the wording."""
    numbers = {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}
    names = {m.group(0) for m in _PROPER.finditer(text) if m.group(0) not in _GENERIC}
    return {n for n in numbers if n} | names


Canonical = Callable[[str], str | None]


def _canonical(name: str, canonical: Canonical | None) -> str:
    """One spelling per outlet: a known organisation's key, else the name in lower case."""
    name = name.strip(" .()")
    known = canonical(name) if canonical else None
    return known or " ".join(name.casefold().split())


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalpha() and w not in ("of", "and"))


def _same_name(a: str, b: str) -> bool:
    """Equal, one containing the other, or one the other's initials ("apws")."""
    if len(a) < MIN_NAME_CHARS or len(b) < MIN_NAME_CHARS:
        return False
    return a == b or a in b or b in a or a == _initials(b) or b == _initials(a)


def _burmese_attributions(text: str) -> Iterator[re.Match[str]]:
    """Burmese "<name> reported" phrases, looked for only just before each reporting verb.

    Burmese runs words together, so the name pattern tried at every letter of a long run costs
    time quadratic in the run; anchoring on the verb first keeps it linear.
    """
    if not has_myanmar_script(text):
        return
    text = _TIME_BEFORE_VERB_MY.sub(" ", text)
    searched_to = 0
    for verb in _REPORTING_VERB_MY.finditer(text):
        start = max(searched_to, verb.start() - _NAME_WINDOW_MY)
        match = _ATTRIBUTION_MY.search(text, start, verb.end())
        if match:
            searched_to = match.end()
            yield match


def attributed_outlets(text: str, canonical: Canonical | None = None) -> set[str]:
    """Outlets and organisations a document says it relays, in canonical spelling."""
    found = set()
    for match in _ATTRIBUTION.finditer(text):
        name = (
            match.group("a")
            or match.group("b")
            or match.group("c")
            or match.group("d")
            or match.group("e")
            or ""
        )
        name = re.split(r"\.\s", name)[0].strip(" .")  # a name ends where its sentence does
        name = re.sub(r"^The\s+(?=\S+\s+\S)", "", name)  # "The Sittaung News Agency (SNA) reported"
        bare = [w for w in name.casefold().split() if w not in ("the", "a", "an")]
        if name and name.split()[0] not in _GENERIC and not set(bare) <= _BODY_NOUNS:
            found.add(_canonical(name, canonical))
            short = match.group("short") or match.group("short2")
            if short:  # "the Delta Wire (DW) reported": both spellings credit it
                found.add(_canonical(short, canonical))
    for match in _burmese_attributions(text):
        # Words up to one ending in the subject marker are the teller, not the told:
        # "လေးဦးက SWS သို့", "အစိုးရ ပြောခွင့်ရှိသူက ဧရာ့ရင်ခွင် သတင်းသို့".
        name = re.sub(r"^.*\Sက\s+", "", match.group("m").strip())
        name = _SAID_BEFORE_TELLER_MY.sub("", name)  # what was said is not who said it
        name = name.split("။")[-1].strip()  # nor is the sentence before, nor its object
        name = re.sub(r"^.*(?:ကို|အတွက်)\s+", "", name)
        # (without its Burmese gloss: "Salween Wire (ဆာလဝင် ဝိုင်ယာ) သတင်းဌာနက")
        name = re.sub(r"\s*\([\u1000-\u109f\s]*\)?\s*$", "", name)
        latin = _LATIN_NAME_END.search(name)
        if latin:
            name = latin.group(0)  # "... ကြောင်း PRN က ရေးသားသည်": the name is the Latin run
        if not name or not _names_outlet_my(name):
            continue  # (nothing left once what was said is taken off: no teller named)
        found.add(_canonical(name, canonical))
        inner = re.search(r"\(([A-Za-z]+)\)", name)  # "Asia Pacific Wire Service (APWS)"
        if inner:
            found.add(_canonical(inner.group(1), canonical))
            found.add(_canonical(name[: inner.start()], canonical))
    if has_myanmar_script(text):
        for line in _SOURCES_LINE_MY.finditer(text):
            for outlet in _LATIN_OUTLET.finditer(line.group("items")):
                found.add(_canonical(outlet.group(0), canonical))
        for match in _CREDITED_MY.finditer(text):
            name = match.group("n") or match.group("o") or match.group("l") or match.group("v")
            if _names_outlet_my(name.strip()):
                found.add(_canonical(name.strip(), canonical))
            if match.group("vs"):
                found.add(_canonical(match.group("vs"), canonical))
    return found


def _names_outlet_my(name: str) -> bool:
    """Whether Burmese words credited stand for an outlet: not "it", "the group" or a source,
    nor "the news" alone ("သတင်းသို့ ပြောသည်", told the news)."""
    generic = any(name.startswith(word) or name.endswith(word) for word in _GENERIC_MY)
    return not generic and name not in _NEWS_WORDS_MY and not name.endswith(_PERSON_BY_OFFICE_MY)


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def _item_matrix(sets: Sequence[set[str] | frozenset[str]]) -> csr_matrix:
    """Documents × items, 1 where a document has the item: shared counts come from products."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, items in enumerate(sets):
        for item in items:
            columns.append(vocabulary.setdefault(item, len(vocabulary)))
            rows.append(row)
    ones = np.ones(len(rows), dtype=np.int32)
    return csr_matrix((ones, (rows, columns)), shape=(len(sets), max(1, len(vocabulary))))


@dataclass(frozen=True)
class _Candidates:
    """Pairs i < j sharing enough particulars for a rule to be worth checking, with figures."""

    first: np.ndarray
    second: np.ndarray
    shared: np.ndarray  # the larger of the two overlaps, as the rules read it
    facts_jaccard: np.ndarray


def _candidates(
    facts: Sequence[set[str] | frozenset[str]], words: Sequence[set[str]], own_facts: list[bool]
) -> _Candidates:
    """Every pair whose particulars overlap by RELAY_OVERLAP or more, found without a pair loop.

    Overlaps are shared items over the smaller set, shared counts come from sparse products of
    the document × item matrices, a block of rows at a time so memory stays bounded.
    """
    fact_matrix, word_matrix = _item_matrix(facts), _item_matrix(words)
    fact_sizes = np.asarray(fact_matrix.sum(axis=1)).ravel()
    word_sizes = np.asarray(word_matrix.sum(axis=1)).ravel()
    has_facts = np.asarray(own_facts)
    found: list[tuple[np.ndarray, ...]] = []
    for low in range(0, len(facts), _BLOCK):
        high = min(low + _BLOCK, len(facts))
        fact_shared = (fact_matrix[low:high] @ fact_matrix.T).toarray()
        word_shared = (word_matrix[low:high] @ word_matrix.T).toarray()
        rows = np.arange(low, high)[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            fact_overlap = fact_shared / np.minimum(fact_sizes[rows], fact_sizes[None, :])
            word_overlap = word_shared / np.minimum(word_sizes[rows], word_sizes[None, :])
            jaccard = fact_shared / (fact_sizes[rows] + fact_sizes[None, :] - fact_shared)
        shared = np.fmax(np.nan_to_num(fact_overlap), np.nan_to_num(word_overlap))
        later = np.arange(len(facts))[None, :] > rows
        first, second = np.nonzero(later & (shared >= RELAY_OVERLAP))
        both_own = has_facts[first + low] & has_facts[second]
        found.append(
            (
                first + low,
                second,
                shared[first, second],
                np.where(both_own, np.nan_to_num(jaccard[first, second]), 0.0),
            )
        )
    first, second, shared, jaccard = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return _Candidates(first, second, shared, jaccard)


def group_origins(
    documents: Sequence[StoryText], canonical: Canonical | None = None
) -> OriginGroups:
    """Group documents into origins; each join keeps the reason it was made.

    `canonical` maps a name as written (any script, any alias) to one key, e.g. the known
    organisations' `key_for`, so "HRW" and "Human Rights Watch" are one outlet.
    """
    union = _Union(len(documents))
    reasons: dict[tuple[int, int], str] = {}
    if not documents:
        return OriginGroups([], reasons)
    signatures = [_minhash(_shingles(d.text)) for d in documents]
    index = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    for i, signature in enumerate(signatures):
        for j in sorted(int(k) for k in index.query(signature)):
            if union.find(i) == union.find(j):
                continue  # a copy of a copy already joined: the partition would not change
            similarity = signature.jaccard(signatures[j])
            if similarity >= COPY_THRESHOLD and union.join(j, i):
                reasons[(j, i)] = f"near-duplicate text (Jaccard ≈ {similarity:.2f})"
        index.insert(str(i), signature)
    words = [particulars(d.text) for d in documents]
    # A relay in the same language keeps the numbers and names; across languages only the
    # facts carry over, so either kind of overlap counts.
    facts = [d.facts or words[i] for i, d in enumerate(documents)]
    outlets = [_canonical(d.outlet, canonical) if d.outlet else "" for d in documents]
    relays = [
        frozenset()  # a reply answers a report; it does not carry it
        if _REPLY.search(d.text)
        else frozenset(attributed_outlets(d.text, canonical) - {outlets[i]})
        for i, d in enumerate(documents)
    ]
    pairs = _candidates(facts, words, [bool(d.facts) for d in documents])
    for i, j, shared, jaccard in zip(
        pairs.first.tolist(),
        pairs.second.tolist(),
        pairs.shared.tolist(),
        pairs.facts_jaccard.tolist(),
        strict=True,
    ):
        if union.find(i) == union.find(j):
            continue  # already one story: copies of copies need no second look
        relayed = _relayed_outlet(relays[i], relays[j], outlets[i], outlets[j])
        why = relayed and f"both carry {relayed!r}'s report ({shared:.0%} of particulars shared)"
        if why is None and jaccard:
            smaller = min(len(documents[i].facts), len(documents[j].facts))
            if (
                smaller >= MIN_FACTS
                and shared >= SAME_FACTS_OVERLAP
                and jaccard >= SAME_FACTS_JACCARD
            ):
                why = f"the same particulars ({shared:.0%} of facts shared)"
        if why and union.join(i, j):
            reasons[(i, j)] = why
    return OriginGroups([union.find(i) for i in range(len(documents))], reasons)


@lru_cache(maxsize=65536)
def _relayed_outlet(
    relays_i: frozenset[str], relays_j: frozenset[str], outlet_i: str, outlet_j: str
) -> str | None:
    """The outlet whose report both documents carry: one relays the other's, or both relay it.

    Republished copies ask the same question again and again, hence the cache.
    """
    for relayed in relays_i | relays_j:
        by_one = _same_name(relayed, outlet_j if relayed in relays_i else outlet_i)
        by_both = any(_same_name(relayed, r) for r in relays_j) and any(
            _same_name(relayed, r) for r in relays_i
        )
        if by_one or by_both:
            return relayed
    return None
