"""How complete the camera map is around an answer: mapped cameras against reported counts.

An exposure figure counts only the cameras someone mapped. Where accepted claims say how many
cameras a deployment has ("over 200 Dahua cameras" in Mawlamyine), the mapped share has an
honest bound: 12 mapped of at least 201 is at most 6 %. A range gives both bounds; an exact
count gives the share. Where no claim gives a count, completeness is unknown, never 100 %.

The places around an answer are the gazetteer towns nearest its points (within about 25 km,
as cameras are placed on import) and the places above them; a deployment in one of those
places, with a camera_count fact, gives a bound. Mapped cameras are the active ones linked to
the deployment or placed in its place or below it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import shapely
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from countersight.evidence.facts import FactDeriver
from countersight.evidence.vocabulary import SubjectKind
from countersight.geo.places import ancestors, subtree_ids
from countersight.ingest.osm_import import TownIndex
from countersight.store.models import Camera, Deployment, Place


@dataclass
class CountBound:
    """One deployment's reported camera count against the cameras mapped for it."""

    place: dict[str, str]
    deployment: dict[str, str]
    mapped: int
    reported: str  # as the fact displays it: "≥ 201 (“over 200”)"
    reported_min: int
    reported_max: int | None
    verification: str
    share_at_least: float | None
    share_at_most: float | None
    statement: str


@dataclass
class Completeness:
    """Every bound found around an answer. `known` only where every town around has one (its
    own or a place's above it); the towns without one are named, never silently dropped."""

    places: list[dict[str, str]]
    bounds: list[CountBound] = field(default_factory=list)
    mapped_nearby: int = 0
    unbounded_towns: list[dict[str, str]] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return bool(self.bounds) and not self.unbounded_towns

    @property
    def summary(self) -> str:
        if self.bounds:
            stated = "; ".join(b.statement for b in self.bounds)
            if self.unbounded_towns:
                names = ", ".join(t["name"] for t in self.unbounded_towns)
                stated += f"; unknown for {names}: no accepted claim gives a camera count there"
            return stated
        if not self.places:
            return (
                "unknown: no gazetteer place near here, so no reported camera count to "
                "compare the mapped cameras with"
            )
        names = ", ".join(p["name"] for p in self.places)
        return f"unknown: no accepted claim gives a camera count for {names}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "known": self.known,
            "summary": self.summary,
            "places": self.places,
            "bounds": [asdict(b) for b in self.bounds],
            "unbounded_towns": self.unbounded_towns,
        }


def _percent(share: float, *, up: bool) -> str:
    value = share * 100
    shown = math.ceil(value - 1e-9) if up else math.floor(value + 1e-9)
    return f"{shown}%"


def bound_statement(
    mapped: int, low: int, high: int | None, words: str
) -> tuple[str, float | None, float | None]:
    """The sentence and the share's bounds for `mapped` cameras of a reported count."""
    at_most = min(1.0, mapped / low) if low > 0 else None
    at_least = min(1.0, mapped / high) if high else None
    reported = f"{words} reported"
    if at_most is None:
        return f"{mapped} mapped of {reported}: share unknown", at_least, None
    if high == low:
        return f"{mapped} mapped of {reported}: {at_most:.0%}", at_least, at_most
    if at_least is not None and at_least > 0:
        span = f"between {_percent(at_least, up=False)} and {_percent(at_most, up=True)}"
        return f"{mapped} mapped of {reported}: {span}", at_least, at_most
    return f"{mapped} mapped of {reported}: at most {_percent(at_most, up=True)}", at_least, at_most


def _towns_around(session: Session, points: list[tuple[float, float]]) -> list[Place]:
    """The gazetteer towns nearest the points, once each, in the order the points meet them."""
    if not points:
        return []
    nearest = TownIndex(session).nearest(list(shapely.points(points)))
    return [session.get(Place, t) for t in dict.fromkeys(t for t in nearest if t is not None)]


def completeness(session: Session, points: Iterable[tuple[float, float]]) -> Completeness:
    """Completeness around the given (lon, lat) points: a place, or a route's vertices."""
    towns = _towns_around(session, list(points))
    lineage = {town.id: [town, *ancestors(town)] for town in towns}
    places = list(dict.fromkeys(p for line in lineage.values() for p in line))
    result = Completeness(places=[_brief(p) for p in places])
    if not places:
        return result
    deployments = session.scalars(
        select(Deployment)
        .where(Deployment.place_id.in_([p.id for p in places]))
        .order_by(Deployment.key)
    ).all()
    deriver = FactDeriver(session)
    for deployment in deployments:
        fact = deriver.facts_for(SubjectKind.deployment, deployment.key).fact("camera_count")
        if fact is None or not fact.values:
            continue
        # Disputed counts stand side by side: the bound spans all of them.
        low = min(v.value["min"] for v in fact.values)
        highs = [v.value.get("max") for v in fact.values]
        high = None if any(h is None for h in highs) else max(highs)
        texts = [v.value.get("text") or v.display for v in fact.values]
        # Its own cameras, and those in its place that belong to no deployment; a camera
        # linked to another deployment there is that one's, not counted twice.
        mapped = session.scalar(
            select(func.count())
            .select_from(Camera)
            .where(
                Camera.status == "active",
                or_(
                    Camera.deployment_id == deployment.id,
                    Camera.deployment_id.is_(None)
                    & Camera.place_id.in_(subtree_ids(session, deployment.place)),
                ),
            )
        )
        statement, at_least, at_most = bound_statement(mapped, low, high, " or ".join(texts))
        result.bounds.append(
            CountBound(
                place={"key": deployment.place.key, "name": deployment.place.name},
                deployment={"key": deployment.key, "name": deployment.name},
                mapped=mapped,
                reported=" / ".join(v.display for v in fact.values),
                reported_min=low,
                reported_max=high,
                verification=" / ".join(v.verification for v in fact.values),
                share_at_least=at_least,
                share_at_most=at_most,
                statement=f"{deployment.place.name}: {statement}",
            )
        )
    bounded = {b.place["key"] for b in result.bounds}
    result.unbounded_towns = [
        _brief(town)
        for town in towns
        if result.bounds and not any(p.key in bounded for p in lineage[town.id])
    ]
    return result


def _brief(place: Place) -> dict[str, str]:
    return {"key": place.key, "name": place.name, "kind": place.kind}
