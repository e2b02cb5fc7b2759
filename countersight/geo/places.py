"""Places in the store: seeding them from the gazetteer and resolving what users write to a key."""

from __future__ import annotations

from collections import defaultdict

from shapely.geometry import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.geo.gazetteer import AmbiguousPlace, Gazetteer, GazetteerError
from countersight.store.models import Place, PlaceName


def seed_places(session: Session, gazetteer: Gazetteer) -> int:
    """Add the gazetteer's places that the store lacks; return how many were added.

    Existing places are left as they are: a user's corrections in the store win over the
    shipped data, and re-running is free.
    """
    existing = {key: pid for key, pid in session.execute(select(Place.key, Place.id))}
    added = 0
    by_depth = sorted(gazetteer.places, key=lambda p: len(gazetteer.ancestors(p.key)))
    for entry in by_depth:  # parents before children, so every parent id is known
        if entry.key in existing:
            continue
        place = Place(
            key=entry.key,
            kind=entry.kind,
            name=entry.name,
            parent_id=existing.get(entry.parent) if entry.parent else None,
            iso_code=entry.iso_code,
            pcodes=list(entry.pcodes),
            geonames_id=entry.geonames_id,
            population=entry.population,
            lat=entry.lat,
            lon=entry.lon,
            geom=Point(entry.lon, entry.lat) if entry.lat is not None else None,
            origin="gazetteer",
        )
        seen: set[tuple[str, str]] = set()
        for name in entry.names:
            if (name.name, name.lang) not in seen:
                seen.add((name.name, name.lang))
                place.names.append(
                    PlaceName(name=name.name, lang=name.lang, script=name.script, kind=name.kind)
                )
        session.add(place)
        session.flush()
        existing[entry.key] = place.id
        added += 1
    return added


BBox = tuple[float, float, float, float]
"""West, south, east, north in degrees."""


def in_bbox(lon: float, lat: float, area: BBox | None) -> bool:
    """Whether a point lies in the box (edges included); no box means everywhere."""
    if area is None:
        return True
    west, south, east, north = area
    return west <= lon <= east and south <= lat <= north


class PlaceResolutionError(ValueError):
    """A place reference that matches nothing, or more than one place."""


def resolve_place(
    session: Session,
    gazetteer: Gazetteer,
    text: str,
    extra: dict[str, str] | None = None,
    *,
    broadest: bool = False,
) -> Place:
    """Find the stored place a user means: by key, by a name defined beside it, or by gazetteer.

    `extra` maps casefolded names of places defined in the same input to their keys. With
    `broadest`, a name shared by a region and its own capital ("Yangon") means the region,
    which contains the town: right for a search, too loose for recording where a thing is.
    """
    wanted = text.strip()
    place = session.scalar(select(Place).where(Place.key == wanted))
    if place is None and extra and wanted.casefold() in extra:
        place = session.scalar(select(Place).where(Place.key == extra[wanted.casefold()]))
    if place is None:
        try:
            match = gazetteer.resolve(wanted)
        except AmbiguousPlace as exc:
            match = _enclosing(gazetteer, wanted) if broadest else None
            if match is None:
                raise PlaceResolutionError(str(exc)) from None
        except GazetteerError as exc:
            raise PlaceResolutionError(str(exc)) from None
        place = session.scalar(select(Place).where(Place.key == match.key))
    if place is None:
        raise PlaceResolutionError(
            f"place {text!r} is in the gazetteer but not in this atlas; "
            "run 'countersight init' first"
        )
    return place


def _enclosing(gazetteer: Gazetteer, text: str):
    """Among equally good matches, the one that contains all the others, if there is one."""
    matches = gazetteer.lookup(text, limit=10)
    top = [m.place for m in matches if m.score == matches[0].score]
    for candidate in top:
        inside = {candidate.key}
        if all(
            p.key in inside or candidate.key in {a.key for a in gazetteer.ancestors(p.key)}
            for p in top
        ):
            return candidate
    return None


def subtree_ids(session: Session, place: Place) -> set[int]:
    """The place and every place below it."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for pid, parent in session.execute(select(Place.id, Place.parent_id)):
        children[parent].append(pid)
    found, stack = set(), [place.id]
    while stack:
        current = stack.pop()
        if current not in found:  # a loop of parents must not loop forever here
            found.add(current)
            stack.extend(children[current])
    return found


def ancestors(place: Place) -> list[Place]:
    """The place's parents, nearest first."""
    chain, current = [], place.parent
    while current is not None and current is not place and current not in chain:
        chain.append(current)
        current = current.parent
    return chain
