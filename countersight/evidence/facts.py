"""Facts: what the record says about a deployment, organisation or tender, derived from claims.

A fact is a predicate with one or more values; each value carries the accepted claims behind
it, their quotes and public sources, and a verification state. Conflicting values stand side by
side, each marked disputed: nothing is merged or averaged away.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.evidence.values import (
    CLAIM_VALUE,
    ClaimValue,
    CountValue,
    DateValue,
    IdentifierValue,
    PlacesValue,
    RefValue,
)
from countersight.evidence.verification import Evidence, assess, origin_of
from countersight.evidence.vocabulary import PREDICATES, ReviewState, Stance, SubjectKind
from countersight.geo.places import subtree_ids
from countersight.redaction import public_claim
from countersight.store.models import (
    SUBJECT_MODELS,
    Claim,
    Deployment,
    Organisation,
    Place,
    Source,
    Tender,
)


@dataclass
class FactValue:
    value: dict[str, Any]
    display: str
    verification: str
    origins: int
    conflicting: bool
    claims: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Fact:
    predicate: str
    description: str
    single: bool
    values: list[FactValue]

    @property
    def conflict(self) -> bool:
        return any(v.conflicting for v in self.values)


@dataclass
class SubjectFacts:
    kind: str
    key: str
    name: str
    place: dict[str, Any] | None
    facts: list[Fact]
    flags: list[str]

    def fact(self, predicate: str) -> Fact | None:
        return next((f for f in self.facts if f.predicate == predicate), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for fact, raw in zip(self.facts, data["facts"], strict=True):
            raw["conflict"] = fact.conflict
        return data


def _compatible(a: ClaimValue, b: ClaimValue) -> bool:
    """Whether two values of a single-valued predicate can both be true."""
    if isinstance(a, CountValue) and isinstance(b, CountValue):
        return a.range.overlaps(b.range)
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        low = max(d for d in (a.earliest, b.earliest) if d) if a.earliest or b.earliest else None
        highs = [d for d in (a.latest, b.latest) if d]
        return low is None or not highs or low <= min(highs)
    if isinstance(a, IdentifierValue) and isinstance(b, IdentifierValue):
        return a.scheme != b.scheme or a.value == b.value
    return a.identity() == b.identity()


class FactDeriver:
    """Derives facts for many subjects over one snapshot of sources, organisations and places."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sources = {s.id: s for s in session.scalars(select(Source))}
        self.sources_by_key = {s.key: s for s in self.sources.values()}
        self.derived = {s.id: s.derived_from_id for s in self.sources.values()}
        self.organisations = {o.key: o for o in session.scalars(select(Organisation))}
        self.deployments = {d.key: d for d in session.scalars(select(Deployment))}
        self.place_names = dict(session.execute(select(Place.key, Place.name)).all())
        self.names = {
            "organisation": {k: o.name for k, o in self.organisations.items()},
            "deployment": {k: d.name for k, d in self.deployments.items()},
            "place": self.place_names,
        }

    def display(self, value: ClaimValue) -> str:
        if isinstance(value, RefValue):
            return self.names[value.kind].get(value.key, value.key)
        if isinstance(value, PlacesValue) and not value.text:
            return ", ".join(self.place_names.get(k, k) for k in value.keys)
        return value.display()

    def public_claim(self, claim: Claim) -> dict[str, Any]:
        return public_claim(claim, self.organisations, self.sources_by_key)

    def origins(self, claim: Claim) -> frozenset[int]:
        """The reporting document's origin and, for a relayed informant, the informant's."""
        found = {origin_of(claim.source_id, self.derived)}
        kind, _, key = (claim.attributed_to or "").partition("/")
        if kind == "source" and key in self.sources_by_key:
            found.add(origin_of(self.sources_by_key[key].id, self.derived))
        return frozenset(found)

    def _fact(self, subject: SubjectKind, name: str, claims: list[Claim]) -> Fact:
        pred = PREDICATES[(subject, name)]
        groups: dict[tuple[Any, ...], tuple[ClaimValue, list[Claim]]] = {}
        for claim in sorted(claims, key=lambda c: c.id):
            value = CLAIM_VALUE.validate_python(claim.value)
            groups.setdefault(value.identity(), (value, []))[1].append(claim)
        asserted = [v for v, cs in groups.values() if any(c.stance == Stance.asserts for c in cs)]
        values = []
        for value, group in groups.values():
            conflicting = pred.single and any(
                not _compatible(value, other) for other in asserted if other is not value
            )
            result = assess(
                (
                    Evidence(
                        origins=self.origins(c),
                        stance=Stance(c.stance),
                        primary=self.sources[c.source_id].primary_evidence,
                    )
                    for c in group
                ),
                conflicting=conflicting,
            )
            values.append(
                FactValue(
                    value=value.model_dump(mode="json"),
                    display=self.display(value),
                    verification=result.verification.value,
                    origins=result.origins,
                    conflicting=conflicting,
                    claims=[self.public_claim(c) for c in group],
                )
            )
        values.sort(key=lambda v: -v.origins)
        return Fact(name, pred.description, pred.single, values)

    def facts_for(self, kind: SubjectKind, key: str) -> SubjectFacts:
        """All facts about one subject, from its accepted claims."""
        model = SUBJECT_MODELS[kind.value]
        record = self.session.scalar(select(model).where(model.key == key))
        if record is None:
            raise KeyError(f"no {kind} {key!r}")
        claims = self.session.scalars(
            select(Claim).where(
                Claim.subject_kind == kind.value,
                Claim.subject_key == key,
                Claim.review_state == ReviewState.accepted.value,
            )
        )
        by_predicate: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_predicate[claim.predicate].append(claim)
        order = [name for (subj, name) in PREDICATES if subj == kind]
        facts = [
            self._fact(kind, name, by_predicate[name]) for name in order if name in by_predicate
        ]
        place = getattr(record, "place", None)
        return SubjectFacts(
            kind=kind.value,
            key=key,
            name=record.name,
            place={"key": place.key, "name": place.name} if place else None,
            facts=facts,
            flags=self._flags(kind, key, facts),
        )

    def _flags(self, kind: SubjectKind, key: str, facts: list[Fact]) -> list[str]:
        """Warnings a reader must see: identifiers in conflict, or shared with another firm."""
        if kind != SubjectKind.organisation:
            return []
        flags = []
        identifier = next((f for f in facts if f.predicate == "identifier"), None)
        if identifier is None:
            return flags
        if identifier.conflict:
            shown = ", ".join(v.display for v in identifier.values if v.conflicting)
            flags.append(f"conflicting identifiers: {shown}")
        for value in identifier.values:
            ref = f"{value.value['scheme']}:{value.value['value']}"
            others = self.session.scalars(
                select(Claim.subject_key).where(
                    Claim.predicate == "identifier",
                    Claim.subject_kind == SubjectKind.organisation.value,
                    Claim.value_ref == ref,
                    Claim.subject_key != key,
                    Claim.stance == Stance.asserts.value,
                    Claim.review_state == ReviewState.accepted.value,
                )
            ).all()
            for other in sorted(set(others)):
                name = self.organisations[other].name if other in self.organisations else other
                flags.append(f"identifier {value.display} is also claimed for {name}")
        return flags


def facts_for_place(session: Session, place: Place | None) -> list[SubjectFacts]:
    """Facts on every deployment and tender in a place (and below it), or everywhere."""
    deriver = FactDeriver(session)
    subjects: list[tuple[SubjectKind, str]] = []
    for kind, model in ((SubjectKind.deployment, Deployment), (SubjectKind.tender, Tender)):
        query = select(model.key).order_by(model.key)
        if place is not None:
            query = query.where(model.place_id.in_(subtree_ids(session, place)))
        subjects.extend((kind, key) for key in session.scalars(query))
    if place is None:
        subjects.extend(
            (SubjectKind.organisation, key)
            for key in session.scalars(select(Organisation.key).order_by(Organisation.key))
        )
    return [deriver.facts_for(kind, key) for kind, key in subjects]


def facts_for_subjects(
    session: Session, subjects: Iterable[tuple[SubjectKind, str]]
) -> list[SubjectFacts]:
    deriver = FactDeriver(session)
    return [deriver.facts_for(kind, key) for kind, key in subjects]
