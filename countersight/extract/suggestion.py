"""What the document reader proposes: one claim, with its quote, offsets and the rule behind it.

A suggestion is about the surveillance deployment serving a place; the reviewer decides which
deployment record it belongs to when accepting it. Nothing suggested reaches a public output
until a reviewer accepts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from countersight.evidence.values import ClaimValue
from countersight.evidence.vocabulary import Stance

OUTLET = "outlet"  # the document's own voice
UNNAMED = "unnamed"  # "people with knowledge of the matter", "a source said"
NEW_ORGANISATION = "new:"  # prefix of an organisation key not yet in the known list


def organisation_speaker(key: str) -> str:
    """A speaker that is an organisation: `org:<key>` (or `org:new:<Name>`)."""
    return f"org:{key}"


@dataclass(frozen=True)
class Suggestion:
    place: str  # gazetteer key of the place the deployment serves (country code abroad)
    predicate: str  # a deployment predicate from evidence/vocabulary.py
    value: ClaimValue  # organisations: RefValue(kind="organisation", key=known key or "new:Name")
    quote: str  # exactly text[start:end]
    start: int
    end: int
    stance: Stance
    speaker: str  # OUTLET, UNNAMED or organisation_speaker(key)
    rule: str  # which rule or model produced it, e.g. "supplier/cameras-made-by"
