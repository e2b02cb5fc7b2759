"""Exposure answers in the API: the place check and the completeness of the camera map.

The streets' exposure is kept per stored area across requests (geo/area_exposure.py) and
brought up to date incrementally when the audit chain shows that something was written.
"""

from __future__ import annotations

from typing import Annotated, Any

import numpy as np
import shapely
from fastapi import APIRouter, HTTPException, Query, Request

from countersight.api.common import Db
from countersight.api.map import parse_bbox
from countersight.geo.area_exposure import AreaExposure
from countersight.geo.completeness import completeness
from countersight.geo.exposure import EXPOSURE_ASSUMPTIONS
from countersight.geo.place_check import (
    DEFAULT_RADIUS_M,
    MAX_RADIUS_M,
    MODE_BITS,
    PlaceCheckError,
    parse_at,
    parse_polygon,
    place_check,
)
from countersight.geo.street_graph import BANDS
from countersight.ingest.osm_import import OSM_ATTRIBUTION

LAYER_MAX_SPAN_DEGREES = 0.05
"""The street exposure layer answers for a few kilometres across (the page asks from zoom 15):
wider, it would send every street of a city."""
SEEN_METRES = 0.5  # under half a metre in a band: a polygon grazing the street, not shown

router = APIRouter(prefix="/api/v1")
At = Annotated[
    str | None, Query(max_length=60, description="LAT,LON in degrees", examples=["48.1374,11.5755"])
]


def _area_exposure(request: Request) -> AreaExposure:
    state = request.app.state
    if not hasattr(state, "area_exposure"):
        state.area_exposure = AreaExposure()
    return state.area_exposure


@router.get("/place-check")
def place_check_endpoint(
    request: Request,
    db: Db,
    at: At = None,
    polygon: Annotated[
        str | None, Query(max_length=100_000, description="WKT or GeoJSON polygon, lon/lat")
    ] = None,
    radius: Annotated[float, Query(gt=0, le=MAX_RADIUS_M)] = DEFAULT_RADIUS_M,
    mode: Annotated[str, Query(pattern="^(" + "|".join(MODE_BITS) + ")$")] = "foot",
) -> dict[str, Any]:
    """Which known cameras see the approaches to a place, per band; the least exposed ways
    in; the assumptions used and how complete the camera map is around it."""
    try:
        if (at is None) == (polygon is None):
            raise PlaceCheckError("give the place as either at=LAT,LON or polygon=WKT/GeoJSON")
        place = parse_at(at) if at is not None else parse_polygon(polygon or "")
    except PlaceCheckError as exc:
        raise HTTPException(422, str(exc)) from None
    try:
        return place_check(
            db.get_bind(), place, radius=radius, mode=mode, cache=_area_exposure(request)
        )
    except PlaceCheckError as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/completeness")
def completeness_endpoint(db: Db, at: At = None) -> dict[str, Any]:
    """Mapped cameras around a place against the camera counts accepted claims report."""
    if at is None:
        raise HTTPException(422, "at: expected LAT,LON in degrees")
    try:
        point = parse_at(at)
    except PlaceCheckError as exc:
        raise HTTPException(422, str(exc)) from None
    return completeness(db, [(point.x, point.y)]).to_dict()


@router.get("/layers/street-exposure")
def street_exposure_layer(
    request: Request,
    db: Db,
    bbox: Annotated[str, Query(max_length=200, description="W,S,E,N in degrees (WGS 84)")],
    mode: Annotated[str, Query(pattern="^(" + "|".join(MODE_BITS) + ")$")] = "foot",
) -> dict[str, Any]:
    """Stored streets in the box that known cameras see, each with its strongest band and
    metres per band, as GeoJSON (for the map's street exposure layer), with how complete the
    camera map is there."""
    west, south, east, north = parse_bbox(bbox) or (0.0, 0.0, 0.0, 0.0)
    answer: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": [],
        "mode": mode,
        "assumptions": list(EXPOSURE_ASSUMPTIONS),
        "attribution": OSM_ATTRIBUTION,
    }
    if east - west > LAYER_MAX_SPAN_DEGREES or north - south > LAYER_MAX_SPAN_DEGREES:
        answer["note"] = "zoom in: streets are shown a few kilometres across at a time"
        return answer
    corners = [(west, south), (east, north), (west, north), (east, south)]
    answer["completeness"] = completeness(
        db, [((west + east) / 2, (south + north) / 2), *corners]
    ).to_dict()
    index = _area_exposure(request).index(db.get_bind(), (west, south, east, north))
    if index is None:
        answer["note"] = "no streets are stored here"
        return answer
    graph = index.graph
    exposure = index.foot_m if mode == "foot" else index.vehicle_m
    inside = shapely.intersects(graph.segment_geometry, shapely.box(west, south, east, north))
    seen = inside & (exposure > SEEN_METRES).any(axis=1)
    counted = {v.key for v in index.views if mode != "foot" or not v.vehicles_only}
    for segment in np.flatnonzero(seen).tolist():
        metres = exposure[segment]
        strongest = max(b for b in range(len(BANDS)) if metres[b] > SEEN_METRES)
        answer["features"].append(
            {
                "type": "Feature",
                "geometry": shapely.geometry.mapping(graph.segment_geometry[segment]),
                "properties": {
                    "name": graph.segment_name[segment],
                    "highway": graph.segment_highway[segment],
                    "band": BANDS[strongest],
                    "metres": {b: round(float(m), 1) for b, m in zip(BANDS, metres, strict=True)},
                    "cameras": sum(1 for c in index.cameras[segment] if c in counted),
                },
            }
        )
    return answer
