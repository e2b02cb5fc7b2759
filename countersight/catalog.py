"""Read-only listings of the record for the CLI and the API, all passed through redaction."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.evidence.vocabulary import PREDICATES, ReviewState, ValueKind
from countersight.geo.gazetteer import Gazetteer
from countersight.geo.places import ancestors
from countersight.redaction import public_claim, public_source
from countersight.store.models import SUBJECT_MODELS, Claim, Organisation, Place, Source

_ORGANISATION_ROLES = sorted(
    {name for (_, name), p in PREDICATES.items() if p.value_kind == ValueKind.organisation}
)


def list_claims(
    session: Session,
    state: ReviewState | None = None,
    *,
    subject: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Claims with subject, predicate, value, quote, public source, stance and review state."""
    query = select(Claim).order_by(Claim.id).offset(offset)
    if state is not None:
        query = query.where(Claim.review_state == state.value)
    if subject is not None:
        kind, _, key = subject.partition("/")
        query = query.where(Claim.subject_kind == kind, Claim.subject_key == key)
    if limit is not None:
        query = query.limit(limit)
    organisations = {o.key: o for o in session.scalars(select(Organisation))}
    sources = {s.key: s for s in session.scalars(select(Source))}
    return [public_claim(c, organisations, sources) for c in session.scalars(query)]


def list_sources(session: Session, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Sources behind accepted claims, as the public may see them, with how many claims.

    A source counts when an accepted claim cites it or is attributed to it (an informant).
    One cited only by suggested or rejected claims is not public yet.
    """
    accepted = select(Claim.source_id, Claim.attributed_to).where(
        Claim.review_state == ReviewState.accepted.value
    )
    keys = dict(session.execute(select(Source.key, Source.id)).all())
    counts: Counter[int] = Counter()
    for source_id, attributed_to in session.execute(accepted):
        counts[source_id] += 1
        kind, _, key = (attributed_to or "").partition("/")
        if kind == "source" and key in keys and keys[key] != source_id:
            counts[keys[key]] += 1
    query = select(Source).where(Source.id.in_(counts)).order_by(Source.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [{**public_source(s), "claims": counts[s.id]} for s in session.scalars(query)]


def describe_place(place: Place) -> dict[str, Any]:
    return {
        "key": place.key,
        "kind": place.kind,
        "name": place.name,
        "iso_code": place.iso_code,
        "pcodes": place.pcodes,
        "geonames_id": place.geonames_id,
        "lat": place.lat,
        "lon": place.lon,
        "within": [p.name for p in ancestors(place)],
        "names": [
            {"name": n.name, "lang": n.lang, "script": n.script, "kind": n.kind}
            for n in place.names
        ],
    }


def find_places(
    session: Session, gazetteer: Gazetteer, query: str | None, *, limit: int = 20
) -> list[dict[str, Any]]:
    """Places matching a name in any script or spelling, best first; all places without a query."""
    if not query:
        rows = session.scalars(select(Place).order_by(Place.key).limit(limit))
        return [describe_place(p) for p in rows]
    found = []
    for match in gazetteer.lookup(query, limit=limit):
        place = session.scalar(select(Place).where(Place.key == match.place.key))
        if place is not None:
            found.append(
                {
                    **describe_place(place),
                    "matched": match.matched_name,
                    "score": round(match.score, 1),
                }
            )
    exact = session.scalar(select(Place).where(Place.key == query))
    if exact is not None and all(f["key"] != exact.key for f in found):
        found.insert(0, {**describe_place(exact), "matched": query, "score": 100.0})
    return found


def involvement(session: Session, organisation_key: str) -> list[dict[str, Any]]:
    """What accepted claims name an organisation in: deployments and tenders, with its roles.

    Facts are about subjects; this is the reverse view a reader of a firm's panel needs
    ("supplier to which projects?"), each role still to be checked in the subject's own facts.
    """
    rows = session.execute(
        select(Claim.subject_kind, Claim.subject_key, Claim.predicate)
        .where(
            Claim.value_ref == organisation_key,
            Claim.predicate.in_(_ORGANISATION_ROLES),
            Claim.review_state == ReviewState.accepted.value,
        )
        .distinct()
        .order_by(Claim.subject_kind, Claim.subject_key, Claim.predicate)
    ).all()
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, key, predicate in rows:
        model = SUBJECT_MODELS[kind]
        if (kind, key) not in found:
            name = session.scalar(select(model.name).where(model.key == key))
            found[(kind, key)] = {"kind": kind, "key": key, "name": name, "roles": []}
        found[(kind, key)]["roles"].append(predicate)
    return list(found.values())
