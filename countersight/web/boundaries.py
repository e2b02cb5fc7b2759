"""The offline base layer: country outlines and first-level units marked at their seats.

No packaged, licensed source has Myanmar's state and region polygons (see
tools/build_boundaries.py), so units are points with their names in every script, and the map
never draws a border it does not have.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from countersight.config import DATA_DIR
from countersight.store.models import Place

OUTLINES = DATA_DIR / "boundaries" / "countries.geojson"
NATURAL_EARTH = "Boundaries: Natural Earth (public domain)."


@cache
def country_outlines() -> tuple[dict[str, Any], ...]:
    """The shipped outlines, read once per process."""
    document = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return tuple(document["features"])


def _names(place: Place) -> dict[str, str]:
    """One name per language, official names before variants."""
    names: dict[str, str] = {}
    for name in sorted(place.names, key=lambda n: n.kind != "official"):
        names.setdefault(name.lang, name.name)
    names.setdefault("en", place.name)
    return names


def boundary_features(session: Session) -> list[dict[str, Any]]:
    countries = {
        p.key: p
        for p in session.scalars(
            select(Place).where(Place.kind == "country").options(selectinload(Place.names))
        )
    }
    features = []
    for outline in country_outlines():
        place = countries.get(outline["properties"]["key"])
        if place is None:
            continue
        features.append(
            {
                **outline,
                "properties": {
                    **outline["properties"],
                    "name": place.name,
                    "names": _names(place),
                },
            }
        )
    units = session.scalars(
        select(Place)
        .where(Place.parent_id.in_([p.id for p in countries.values()]), Place.lat.is_not(None))
        .options(selectinload(Place.names))
        .order_by(Place.key)
    )
    for unit in units:
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [unit.lon, unit.lat]},
                "properties": {
                    "key": unit.key,
                    "level": unit.kind,
                    "name": unit.name,
                    "names": _names(unit),
                },
            }
        )
    return features
