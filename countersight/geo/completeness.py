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
    """Every bound found around an answer; `known` is False where no count is claimed."""

    places: list[dict[str, str]]
    bounds: list[CountBound] = field(default_factory=list)
    mapped_nearby: int = 0

    @property
    def known(self) -> bool:
        return bool(self.bounds)

    @property
    def summary(self) -> str:
        if self.bounds:
            return "; ".join(b.statement for b in self.bounds)
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


def _places_around(session: Session, points: list[tuple[float, float]]) -> list[Place]:
    """The towns nearest the points, then every place above them, nearest first, once each."""
    if not points:
        return []
    towns = TownIndex(session).nearest(list(shapely.points(points)))
    found: list[Place] = []
    for town_id in dict.fromkeys(t for t in towns if t is not None):
        town = session.get(Place, town_id)
        for place in [town, *ancestors(town)]:
            if place not in found:
                found.append(place)
    return found


def completeness(session: Session, points: Iterable[tuple[float, float]]) -> Completeness:
    """Completeness around the given (lon, lat) points: a place, or a route's vertices."""
    places = _places_around(session, list(points))
    result = Completeness(places=[{"key": p.key, "name": p.name, "kind": p.kind} for p in places])
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
        mapped = session.scalar(
            select(func.count())
            .select_from(Camera)
            .where(
                Camera.status == "active",
                or_(
                    Camera.deployment_id == deployment.id,
                    Camera.place_id.in_(subtree_ids(session, deployment.place)),
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
    return result
