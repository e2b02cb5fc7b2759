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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
COPY_THRESHOLD = 0.5  # estimated Jaccard of 3-shingles: wire copy and light edits
RELAY_OVERLAP = 0.25  # particulars shared by a relaying document and the report it relays
SAME_FACTS_OVERLAP = 0.5  # share of the smaller document's facts found in the other
SAME_FACTS_JACCARD = 0.3
MIN_FACTS = 3  # fewer facts than this say too little to join on
_WORD = re.compile(r"\w+", re.UNICODE)
_MYANMAR = re.compile(r"[\u1000-\u109f]")
_NUMBER = re.compile(r"\d[\d,.]*")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)*")
_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:of\s+)?[A-Z][\w&'.-]*){0,4}"
_ATTRIBUTION = re.compile(
    rf"(?:according to|as reported by|first reported by|citing|cited by|told|seen by|"
    rf"says|said)\s+(?:the\s+)?(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})\s+(?:reported|said in a report|reports|has reported|"
    rf"news agency reported|found|has raised|documented|said|says)"
    rf"|^[A-Z][A-Z\s,]+\((?P<c>{_NAME})\)\s*[-–—]",  # a wire dateline: "MANDALAY (Wire) -"
    re.MULTILINE,
)
# Burmese: "<name>(သတင်းဌာန)က ဖော်ပြသည် / ဆိုသည် / ပြောသည်" — "<name> reported / said".
_ATTRIBUTION_MY = re.compile(
    r"(?P<m>[\w\u1000-\u109f&().-]+(?:\s[\w&().-]+){0,4}?)\s?(?:သတင်းဌာန)?\s?က\s?"
    r"(?:ဖော်ပြ|ဆို|ပြော|ရေးသား)"
)
_GENERIC = {"The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "Police"}
# Burmese words that stand where a name would ("it", "the group", "they", "a source").
_GENERIC_MY = {"၎င်း", "အဖွဲ့", "သူ", "သူတို့", "ကြောင်း", "သတင်းရင်းမြစ်"}
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


def _minhash(shingles: set[str]) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM, seed=7)
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


def attributed_outlets(text: str, canonical: Canonical | None = None) -> set[str]:
    """Outlets and organisations a document says it relays, in canonical spelling."""
    found = set()
    for match in _ATTRIBUTION.finditer(text):
        name = match.group("a") or match.group("b") or match.group("c") or ""
        name = re.split(r"\.\s", name)[0].strip(" .")  # a name ends where its sentence does
        if name and name.split()[0] not in _GENERIC:
            found.add(_canonical(name, canonical))
    for match in _ATTRIBUTION_MY.finditer(text):
        name = match.group("m").strip()
        if any(name.startswith(word) or name.endswith(word) for word in _GENERIC_MY):
            continue
        found.add(_canonical(name, canonical))
        inner = re.search(r"\(([A-Za-z]+)\)", name)  # "Asia Pacific Wire Service (APWS)"
        if inner:
            found.add(_canonical(inner.group(1), canonical))
            found.add(_canonical(name[: inner.start()], canonical))
    return found


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


def group_origins(
    documents: Sequence[StoryText], canonical: Canonical | None = None
) -> OriginGroups:
    """Group documents into origins; each join keeps the reason it was made.

    `canonical` maps a name as written (any script, any alias) to one key, e.g. the known
    organisations' `key_for`, so "HRW" and "Human Rights Watch" are one outlet.
    """
    union = _Union(len(documents))
    reasons: dict[tuple[int, int], str] = {}
    signatures = [_minhash(_shingles(d.text)) for d in documents]
    index = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    for i, signature in enumerate(signatures):
        for j in sorted(int(k) for k in index.query(signature)):
            similarity = signature.jaccard(signatures[j])
            if similarity >= COPY_THRESHOLD and union.join(j, i):
                reasons[(j, i)] = f"near-duplicate text (Jaccard ≈ {similarity:.2f})"
        index.insert(str(i), signature)
    words = [particulars(d.text) for d in documents]
    facts = [d.facts or words[i] for i, d in enumerate(documents)]
    outlets = [_canonical(d.outlet, canonical) if d.outlet else "" for d in documents]
    relays = [attributed_outlets(d.text, canonical) - {outlets[i]} for i, d in enumerate(documents)]
    for i, doc in enumerate(documents):
        for j in range(i + 1, len(documents)):
            if union.find(i) == union.find(j):
                continue  # already one story: copies of copies need no second look
            other = documents[j]
            # A relay in the same language keeps the numbers and names; across languages only
            # the facts carry over, so either kind of overlap counts.
            shared = max(_overlap(facts[i], facts[j]), _overlap(words[i], words[j]))
            if shared < RELAY_OVERLAP:
                continue  # too little in common for either rule below
            why = None
            for relayed in relays[i] | relays[j]:
                by_one = _same_name(relayed, outlets[j] if relayed in relays[i] else outlets[i])
                by_both = any(_same_name(relayed, r) for r in relays[j]) and any(
                    _same_name(relayed, r) for r in relays[i]
                )
                if (by_one or by_both) and shared >= RELAY_OVERLAP:
                    why = f"both carry {relayed!r}'s report ({shared:.0%} of particulars shared)"
                    break
            if why is None and doc.facts and other.facts:
                smaller = min(len(doc.facts), len(other.facts))
                jaccard = len(doc.facts & other.facts) / len(doc.facts | other.facts)
                if (
                    smaller >= MIN_FACTS
                    and shared >= SAME_FACTS_OVERLAP
                    and jaccard >= SAME_FACTS_JACCARD
                ):
                    why = f"the same particulars ({shared:.0%} of facts shared)"
            if why and union.join(i, j):
                reasons[(i, j)] = why
    return OriginGroups([union.find(i) for i in range(len(documents))], reasons)
