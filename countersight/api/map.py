"""The map's API: layers as GeoJSON for a bounding box and zoom, cameras, place figures, exports.

Everything here is read-only and public; camera sources pass the redaction gate in
web/camera_layer.py, and facts come from accepted claims only.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.api.common import ATTRIBUTION, Db, Limit, Offset
from countersight.export import csv_table, geojson
from countersight.store.models import Camera, Place
from countersight.web.boundaries import NATURAL_EARTH, boundary_features
from countersight.web.camera_layer import CameraFilter, CameraLayer
from countersight.web.deployment_layer import DeploymentFilter, deployment_features
from countersight.web.place_summary import place_summary

WORLD = (-180.0, -90.0, 180.0, 90.0)
EXPORT_LIMIT = 100_000  # cameras per export file; a bigger area is split by the caller
Name = Annotated[str | None, Query(max_length=200)]


@dataclass(frozen=True)
class MapSettings:
    """What the page needs to start: the basemap (none by default: it must work offline)."""

    tile_url: str | None = None
    tile_attribution: str | None = None

    @classmethod
    def from_environment(cls) -> MapSettings:
        return cls(
            tile_url=os.environ.get("COUNTERSIGHT_TILE_URL") or None,
            tile_attribution=os.environ.get("COUNTERSIGHT_TILE_ATTRIBUTION") or None,
        )

    def __post_init__(self) -> None:
        if self.tile_url and not all(p in self.tile_url for p in ("{z}", "{x}", "{y}")):
            raise ValueError(f"tile URL {self.tile_url!r} needs {{z}}, {{x}} and {{y}}")


def parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    """`W,S,E,N` in degrees; a 422 saying what is wrong otherwise."""
    if text is None:
        return None
    parts = text.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise HTTPException(422, f"bbox {text!r}: expected four numbers W,S,E,N") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise HTTPException(422, f"bbox {text!r}: coordinates must be finite")
    # Leaflet reports longitudes past ±180 when the world is panned round; clamp, not refuse.
    west, east = max(west, -180.0), min(east, 180.0)
    south, north = max(south, -90.0), min(north, 90.0)
    if west > east or south > north:
        raise HTTPException(422, f"bbox {text!r}: west must not exceed east, nor south north")
    return west, south, east, north


BBoxQuery = Annotated[str | None, Query(max_length=200, description="W,S,E,N in degrees (WGS 84)")]


def camera_filter(
    type: Annotated[str | None, Query(max_length=40, description="camera, alpr, guard…")] = None,
    exclude_type: Annotated[str | None, Query(max_length=40, description="e.g. alpr")] = None,
    status: Literal["active", "retired", "all"] = "active",
    manufacturer: Name = None,
    operator: Name = None,
    deployment: Name = None,
    since: date | None = None,
    until: date | None = None,
) -> CameraFilter:
    return CameraFilter(
        type, exclude_type, status, manufacturer, operator, deployment, since, until
    )


def deployment_filter(
    supplier: Name = None,
    procurer: Name = None,
    capability: Annotated[str | None, Query(max_length=60)] = None,
    status: Annotated[str | None, Query(max_length=60)] = None,
    verification: Literal["unverified", "corroborated", "verified", "disputed"] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> DeploymentFilter:
    return DeploymentFilter(supplier, procurer, capability, status, verification, since, until)


Cameras = Annotated[CameraFilter, Depends(camera_filter)]
Deployments = Annotated[DeploymentFilter, Depends(deployment_filter)]


def _geojson(features: list[dict[str, Any]], **members: Any) -> Response:
    body = geojson.feature_collection(features, attribution=ATTRIBUTION, **members)
    return Response(body, media_type=geojson.MEDIA_TYPE)


def _download(body: str | bytes, media_type: str, filename: str) -> Response:
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _layer(request: Request) -> CameraLayer:
    return request.app.state.camera_layer


def _cameras_in(
    db: Session, layer: CameraLayer, bbox: str | None, wanted: CameraFilter
) -> list[int]:
    index = layer.index(db)
    positions = index.grid.positions_in(parse_bbox(bbox) or WORLD, index.mask(wanted))
    return index.grid.ids[positions].tolist()


def _place(db: Session, key: str) -> Place:
    place = db.scalar(select(Place).where(Place.key == key))
    if place is None:
        raise HTTPException(404, f"no place {key!r}")
    return place


def _deployments_in(db: Session, bbox: str | None, wanted: DeploymentFilter) -> list[dict]:
    west, south, east, north = parse_bbox(bbox) or WORLD
    return [
        f
        for f in deployment_features(db, wanted)
        if west <= f["geometry"]["coordinates"][0] <= east
        and south <= f["geometry"]["coordinates"][1] <= north
    ]


router = APIRouter(prefix="/api/v1")


@router.get("/map-settings")
def map_settings(request: Request, db: Db) -> dict[str, Any]:
    """Basemap and starting view: the centre of the atlas's countries, or the world."""
    settings: MapSettings = request.app.state.map_settings
    countries = db.execute(
        select(Place.lat, Place.lon).where(Place.kind == "country", Place.lat.is_not(None))
    ).all()
    centre = (
        [
            sum(c.lat for c in countries) / len(countries),
            sum(c.lon for c in countries) / len(countries),
        ]
        if countries
        else [0.0, 0.0]
    )
    return {
        "tile_url": settings.tile_url,
        "tile_attribution": settings.tile_attribution,
        "attribution": f"{ATTRIBUTION} {NATURAL_EARTH}",
        "center": centre,
        "zoom": 6 if len(countries) == 1 else 2,
        "languages": ["en", "my"],
    }


@router.get("/layers/boundaries")
def boundaries_layer(db: Db) -> Response:
    """Country outlines and first-level units (as points at their seats)."""
    return _geojson(boundary_features(db), source=NATURAL_EARTH)


@router.get("/layers/cameras")
def cameras_layer(
    request: Request,
    db: Db,
    wanted: Cameras,
    bbox: Annotated[str, Query(max_length=200, description="W,S,E,N in degrees")],
    zoom: Annotated[int, Query(ge=0, le=24)],
    limit: Annotated[int, Query(ge=1, le=5000)] = 2000,
) -> Response:
    """Clusters of 64-pixel cells up to zoom 15, single cameras (with DORI bands) from zoom 16."""
    layer = _layer(request)
    index = layer.index(db)
    answer = index.query(parse_bbox(bbox) or WORLD, zoom, wanted, limit)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [c.lon, c.lat]},
            "properties": {"cluster": True, "count": c.count, "alpr": c.alpr, "cell": c.cell},
        }
        for c in answer.clusters
    ]
    features += layer.map_features(db, answer.singles.tolist())
    return _geojson(
        features,
        zoom=zoom,
        clustered=answer.clustered,
        total=answer.total,
        truncated=answer.truncated,
    )


@router.get("/layers/deployments")
def deployments_layer(db: Db, wanted: Deployments, bbox: BBoxQuery = None) -> Response:
    """Deployments at their places, with status, reported and mapped camera counts."""
    return _geojson(_deployments_in(db, bbox, wanted))


@router.get("/cameras")
def cameras(
    request: Request,
    db: Db,
    wanted: Cameras,
    bbox: BBoxQuery = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Cameras (as GeoJSON features), optionally in a box, in a stable spatial order."""
    ids = _cameras_in(db, _layer(request), bbox, wanted)
    page = _layer(request).features(db, ids[offset : offset + limit])
    return {"items": page, "total": len(ids), "limit": limit, "offset": offset}


@router.get("/cameras/{key:path}")
def camera(request: Request, db: Db, key: str) -> dict[str, Any]:
    camera_id = db.scalar(select(Camera.id).where(Camera.key == key))
    if camera_id is None:
        raise HTTPException(404, f"no camera {key!r}")
    return _layer(request).features(db, [camera_id])[0]


@router.get("/places/{key:path}/summary")
def summary(db: Db, key: str) -> dict[str, Any]:
    """Cameras and deployments in a place (and below it) by year and by supplier."""
    return place_summary(db, _place(db, key))


def _exported_cameras(
    request: Request, db: Session, bbox: str | None, wanted: CameraFilter
) -> tuple[list[dict[str, Any]], bool]:
    """The cameras a download holds, and whether the limit cut it short."""
    ids = _cameras_in(db, _layer(request), bbox, wanted)
    return _layer(request).features(db, ids[:EXPORT_LIMIT]), len(ids) > EXPORT_LIMIT


@router.get("/export/cameras.geojson")
def export_cameras_geojson(
    request: Request, db: Db, wanted: Cameras, bbox: BBoxQuery = None
) -> Response:
    features, truncated = _exported_cameras(request, db, bbox, wanted)
    body = geojson.feature_collection(features, attribution=ATTRIBUTION, truncated=truncated)
    return _download(body, geojson.MEDIA_TYPE, "countersight-cameras.geojson")


@router.get("/export/cameras.csv")
def export_cameras_csv(
    request: Request, db: Db, wanted: Cameras, bbox: BBoxQuery = None
) -> Response:
    features, _ = _exported_cameras(request, db, bbox, wanted)
    body = csv_table.features_to_csv(features, csv_table.CAMERA_COLUMNS)
    return _download(body, csv_table.MEDIA_TYPE, "countersight-cameras.csv")


@router.get("/export/deployments.geojson")
def export_deployments_geojson(db: Db, wanted: Deployments, bbox: BBoxQuery = None) -> Response:
    body = geojson.feature_collection(_deployments_in(db, bbox, wanted), attribution=ATTRIBUTION)
    return _download(body, geojson.MEDIA_TYPE, "countersight-deployments.geojson")


@router.get("/export/deployments.csv")
def export_deployments_csv(db: Db, wanted: Deployments, bbox: BBoxQuery = None) -> Response:
    body = csv_table.features_to_csv(
        _deployments_in(db, bbox, wanted), csv_table.DEPLOYMENT_COLUMNS
    )
    return _download(body, csv_table.MEDIA_TYPE, "countersight-deployments.csv")
