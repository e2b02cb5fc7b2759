"""Which documents are one story: copies, rewrites and summaries grouped into one origin.

Ten sites republishing one wire report are one origin, not ten confirmations. Two signals
join documents, each recorded with the reason, so a reviewer can see and correct the grouping:

- near-duplicate text: MinHash estimates of the Jaccard similarity of word 3-shingles (Myanmar
  script, written without spaces between words, is shingled by characters), with an LSH index
  so a large batch is not compared pair by pair;
- attribution: a document saying "Reuters reported", "according to Human Rights Watch" or
  "told Reuters" relays that outlet's report, so it joins a document from that outlet (or
  another relaying the same outlet) when the two share the story's particulars — the numbers
  and names in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
COPY_THRESHOLD = 0.5  # estimated Jaccard of 3-shingles: wire copy and light edits
RELAY_OVERLAP = 0.25  # particulars shared by a relaying document and the report it relays
_WORD = re.compile(r"\w+", re.UNICODE)
_MYANMAR = re.compile(r"[\u1000-\u109f]")
_NUMBER = re.compile(r"\d[\d,.]*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)*")
_ATTRIBUTION = re.compile(
    r"(?:according to|as reported by|first reported by|citing|cited by|told)\s+"
    r"(?:the\s+)?(?P<a>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})"
    r"|(?P<b>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s+"
    r"(?:reported|said in a report|reports|has reported|news agency reported|found)",
)
_GENERIC = {"The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "Police"}


@dataclass(frozen=True)
class StoryText:
    """What grouping needs of a document."""

    ident: str
    text: str
    outlet: str | None = None


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
    names = {m.group(0) for m in _NAME.finditer(text) if m.group(0) not in _GENERIC}
    return {n for n in numbers if n} | names


def attributed_outlets(text: str) -> set[str]:
    """Outlets and organisations a document says it relays."""
    found = set()
    for match in _ATTRIBUTION.finditer(text):
        name = (match.group("a") or match.group("b") or "").strip(" .")
        if name and name.split()[0] not in _GENERIC:
            found.add(name.casefold())
    return found


def _same_outlet(relayed: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    outlet = outlet.casefold()
    return relayed in outlet or outlet.split(" (")[0] in relayed


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


def group_origins(documents: Sequence[StoryText]) -> OriginGroups:
    """Group documents into origins; each join keeps the reason it was made."""
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
    facts = [particulars(d.text) for d in documents]
    relays = [attributed_outlets(d.text) for d in documents]
    for i, doc in enumerate(documents):
        for relayed in relays[i]:
            for j, other in enumerate(documents):
                if i == j:
                    continue
                source_of_it = _same_outlet(relayed, other.outlet)
                relays_it_too = relayed in relays[j]
                shared = _overlap(facts[i], facts[j])
                if (source_of_it or relays_it_too) and shared >= RELAY_OVERLAP:
                    a, b = min(i, j), max(i, j)
                    if union.join(a, b):
                        how = "is by" if source_of_it else "also relays"
                        reasons[(a, b)] = (
                            f"{doc.ident} relays {relayed!r}; {other.ident} {how} it "
                            f"({shared:.0%} of particulars shared)"
                        )
    return OriginGroups([union.find(i) for i in range(len(documents))], reasons)
