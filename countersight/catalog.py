"""Read-only listings of the record for the CLI and the API, all passed through redaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from countersight.evidence.vocabulary import ReviewState
from countersight.geo.gazetteer import Gazetteer
from countersight.geo.places import ancestors
from countersight.redaction import public_source, public_speaker
from countersight.store.models import Claim, Organisation, Place, Source


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
    return [
        {
            "ref": c.key,
            "subject": f"{c.subject_kind}/{c.subject_key}",
            "predicate": c.predicate,
            "value": c.value,
            "quote": c.quote,
            "locator": c.locator,
            "source": public_source(c.source),
            "stance": c.stance,
            "attributed_to": public_speaker(c.attributed_to, organisations, sources),
            "state": c.review_state,
            "note": c.note,
            "recorded_by": c.recorded_by,
            "recorded_at": c.recorded_at.isoformat(),
        }
        for c in session.scalars(query)
    ]


def list_sources(session: Session, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Every source as the public may see it, with how many claims cite it."""
    counts = dict(
        session.execute(select(Claim.source_id, func.count()).group_by(Claim.source_id)).all()
    )
    query = select(Source).order_by(Source.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [{**public_source(s), "claims": counts.get(s.id, 0)} for s in session.scalars(query)]


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
