"""Routes past the known cameras: `GET /api/v1/route`, the same answer as `countersight route`.

The answer (web/route_layer.py) gives the shortest, balanced and least-exposed routes with
their figures, the cost model, every assumption, and how complete the camera map is along
them. Read-only and public: it only reads streets and cameras, never stores a request.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from countersight.api.common import Db
from countersight.export import geojson
from countersight.export.route_files import OSM_ATTRIBUTION, route_geojson
from countersight.geo.routing import RoutingError, parse_lat_lon
from countersight.web.route_layer import RouteLayer

router = APIRouter(prefix="/api/v1")


@router.get("/route")
def route(
    request: Request,
    db: Db,
    start: Annotated[str, Query(alias="from", max_length=60, description="LAT,LON")],
    end: Annotated[str, Query(alias="to", max_length=60, description="LAT,LON")],
    mode: Literal["foot", "motorcycle", "car"] = "foot",
    avoid: Annotated[float, Query(ge=0.0, le=1.0)] = 0.5,
    alternatives: Annotated[int, Query(ge=0, le=5)] = 2,
    format: Literal["json", "geojson"] = "json",
) -> Any:
    """Shortest, balanced (`avoid`) and least-exposed routes, with a few alternatives."""
    layer: RouteLayer = request.app.state.route_layer
    engine = db.get_bind()
    try:
        plan = layer.plan(
            engine,  # type: ignore[arg-type]
            parse_lat_lon(start, "from"),
            parse_lat_lon(end, "to"),
            mode=mode,
            avoid=avoid,
            alternatives=alternatives,
        )
    except RoutingError as exc:
        raise HTTPException(422, str(exc)) from None
    answer = layer.answer(engine, plan)  # type: ignore[arg-type]
    if format == "geojson":
        return Response(route_geojson(answer), media_type=geojson.MEDIA_TYPE)
    return {**answer, "attribution": OSM_ATTRIBUTION}
