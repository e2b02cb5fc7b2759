"""How well a fact is established: origins, independence, primary evidence and disputes.

Kept free of the database so the rules can be tested on their own (see the property tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from countersight.evidence.vocabulary import Stance, Verification


def origin_of(source_id: int, derived_from: Mapping[int, int | None]) -> int:
    """The first source in a chain of copies: a wire story republished ten times is one origin.

    A cycle (a mistake in the data) ends at the smallest id in it, so the answer is stable.
    """
    seen: list[int] = []
    current: int | None = source_id
    while current is not None and current not in seen:
        seen.append(current)
        current = derived_from.get(current)
    if current is not None:  # a cycle: pick a stable representative
        cycle = seen[seen.index(current) :]
        return min(cycle)
    return seen[-1]


@dataclass(frozen=True)
class Evidence:
    """One accepted claim reduced to what verification needs.

    `origins` holds the origin of the document that reports the claim and, where the claim is
    attributed to a source (an informant), that source's origin too: two outlets relaying the
    same informant are one origin, and so are a report and its rewrite.
    """

    origins: frozenset[int]
    stance: Stance
    primary: bool = False


def independent_origins(evidence: Iterable[Evidence]) -> int:
    """How many groups of evidence share no origin with each other (connected components)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item in evidence:
        first, *rest = item.origins
        for other in rest:
            parent[find(other)] = find(first)
        find(first)
    return len({find(x) for x in parent})


@dataclass(frozen=True)
class Assessment:
    verification: Verification
    origins: int


def assess(evidence: Iterable[Evidence], *, conflicting: bool = False) -> Assessment:
    """Judge one value of one fact.

    Disputed wins over everything: the map must never claim more certainty than its sources
    give it. Then primary evidence (the tender itself, a dated photo) makes it verified; two or
    more independent origins make it corroborated; anything less is unverified.
    """
    items = list(evidence)
    asserting = [e for e in items if e.stance == Stance.asserts]
    origins = independent_origins(asserting)
    if conflicting or any(e.stance == Stance.denies for e in items):
        return Assessment(Verification.disputed, origins)
    if any(e.primary for e in asserting):
        return Assessment(Verification.verified, origins)
    if origins >= 2:
        return Assessment(Verification.corroborated, origins)
    return Assessment(Verification.unverified, origins)
