"""Exposure answers in the API: the place check and the completeness of the camera map.

The streets' exposure is kept per stored area across requests (geo/area_exposure.py) and
brought up to date incrementally when the audit chain shows that something was written.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from countersight.api.common import Db
from countersight.geo.area_exposure import AreaExposure
from countersight.geo.completeness import completeness
from countersight.geo.place_check import (
    DEFAULT_RADIUS_M,
    MAX_RADIUS_M,
    MODE_BITS,
    PlaceCheckError,
    parse_at,
    parse_polygon,
    place_check,
)

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
