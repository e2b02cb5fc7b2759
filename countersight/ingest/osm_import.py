"""Bring OpenStreetMap cameras into the store and keep them current.

A camera's key is its OSM identity (`osm:node/123`). A newer version updates it, an equal
one changes nothing, an older one is ignored; a camera missing from a newer full extract of
the same area, or deleted in a diff, is retired — kept with its history, never erased.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.evidence.vocabulary import SourceKind
from countersight.geo.places import BBox, in_bbox, subtree_ids
from countersight.ingest.osm_reader import OsmFeature, OsmRead
from countersight.ingest.osm_tags import normalise_tags
from countersight.store.audit import insert_rows
from countersight.store.models import Camera, Place, Source

OSM_SOURCE_KEY = "openstreetmap"
OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0"
NEAREST_TOWN_DEGREES = 0.25  # about 25 km: beyond that a camera is not "in" the town


@dataclass
class OsmImportReport:
    """What an import did, for the user and for tests."""

    file: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    older: int = 0
    outside: int = 0
    flagged: int = 0
    problems: list[str] = field(default_factory=list)
    streets: str | None = None  # what storing the file's streets did (geo/street_store.py)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def osm_source(session: Session) -> Source:
    """The one source record that every OpenStreetMap camera cites."""
    source = session.scalar(select(Source).where(Source.key == OSM_SOURCE_KEY))
    if source is None:
        source = Source(
            key=OSM_SOURCE_KEY,
            kind=SourceKind.osm.value,
            outlet="OpenStreetMap contributors",
            title="OpenStreetMap",
            url="https://www.openstreetmap.org/",
            notes=OSM_ATTRIBUTION,
        )
        session.add(source)
        session.flush()
    return source


class TownIndex:
    """Nearest gazetteer town to each camera, vectorised with an STRtree."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(Place.id, Place.lon, Place.lat).where(
                Place.kind == "town", Place.lat.is_not(None)
            )
        ).all()
        self.ids = np.array([r.id for r in rows], dtype=np.int64)
        self.tree = shapely.STRtree(shapely.points([(r.lon, r.lat) for r in rows]))

    def nearest(self, points: list[BaseGeometry]) -> list[int | None]:
        found: list[int | None] = [None] * len(points)
        if not points or not len(self.ids):
            return found
        (inputs, targets), _ = self.tree.query_nearest(
            points, max_distance=NEAREST_TOWN_DEGREES, return_distance=True, all_matches=False
        )
        for i, t in zip(inputs.tolist(), targets.tolist(), strict=True):
            found[i] = int(self.ids[t])
        return found


def _position(feature: OsmFeature) -> Point | None:
    if feature.geometry is None or feature.geometry.is_empty:
        return None
    if isinstance(feature.geometry, Point):
        return feature.geometry
    return feature.geometry.representative_point()


def _fields(
    feature: OsmFeature, point: Point, source: Source, read: OsmRead, digest: str
) -> dict[str, Any]:
    tags = normalise_tags(feature.tags)
    seen = feature.timestamp.date() if feature.timestamp else None
    return {
        "lat": point.y,
        "lon": point.x,
        "geom": feature.geometry,
        "surveillance": tags.surveillance,
        "surveillance_type": tags.surveillance_type,
        "zone": tags.zone,
        "camera_type": tags.camera_type,
        "mount": tags.mount,
        "directions": list(tags.directions),
        "direction_ranges": [list(r) for r in tags.direction_ranges],
        "angle": tags.angle,
        "height": tags.height,
        "operator": tags.operator,
        "manufacturer": tags.manufacturer,
        "start_date": tags.start_date,
        "capabilities": list(tags.capabilities),
        "flags": list(tags.flags),
        "raw_tags": tags.raw,
        "status": "active",
        "source_id": source.id,
        "last_seen": seen,
        "provenance": {
            "osm_type": feature.osm_type,
            "osm_id": feature.osm_id,
            "version": feature.version,
            "changeset": feature.changeset,
            "timestamp": feature.timestamp.isoformat() if feature.timestamp else None,
            "file": read.file.name,
            "file_sha256": digest,
            "licence": OSM_ATTRIBUTION,
        },
    }


def import_osm(
    session: Session,
    read: OsmRead,
    *,
    digest: str,
    bbox: BBox | None = None,
    place: Place | None = None,
) -> OsmImportReport:
    """Apply one read file to the store, within the caller's transaction."""
    report = OsmImportReport(file=str(read.file))
    source = osm_source(session)
    existing = {c.key: c for c in session.scalars(select(Camera).where(Camera.key.like("osm:%")))}
    allowed = subtree_ids(session, place) if place is not None else None
    features = [f for f in read.features if f.osm_type in ("node", "way", "relation")]
    points = [_position(f) for f in features]
    towns = TownIndex(session).nearest([p if p is not None else Point(0, 0) for p in points])
    seen: set[str] = set()
    new_rows: list[dict[str, Any]] = []
    for feature, point, town in zip(features, points, towns, strict=True):
        camera = existing.get(feature.key)
        if not feature.is_camera:
            if read.is_change and camera is not None and camera.status != "retired":
                camera.status = "retired"
                report.retired += 1
            continue
        if point is None:
            if camera is None:
                report.problems.append(f"{feature.key}: no location in the file; skipped")
            continue
        if not in_bbox(point.x, point.y, bbox) or (allowed is not None and town not in allowed):
            report.outside += 1
            continue
        seen.add(feature.key)
        if camera is not None and camera.provenance.get("version", 0) > feature.version:
            report.older += 1
            continue
        fields = _fields(feature, point, source, read, digest)
        fields["place_id"] = town
        if fields["flags"]:
            report.flagged += 1
        if camera is None:
            new_rows.append(
                {
                    **fields,
                    "key": feature.key,
                    "first_seen": fields["last_seen"],
                    "deployment_id": None,
                }
            )
            report.added += 1
            continue
        if (
            camera.provenance.get("version") == feature.version
            and camera.status == "active"
            and camera.raw_tags == fields["raw_tags"]
        ):
            report.unchanged += 1
            continue
        fields["provenance"] = {
            **fields["provenance"],
            "first_file": camera.provenance.get("first_file", camera.provenance.get("file")),
        }
        for name, value in fields.items():
            if getattr(camera, name) != value:
                setattr(camera, name, value)
        report.updated += 1
    if not read.is_change and read.bbox is not None:
        report.retired += _retire_missing(existing, seen, read.bbox, bbox, report)
    # New cameras first, then the flush of updated ones: the audit order of an ORM flush.
    insert_rows(session, Camera.__table__, new_rows)
    session.flush()
    return report


def _retire_missing(
    existing: dict[str, Camera],
    seen: set[str],
    area: BBox,
    limit: BBox | None,
    report: OsmImportReport,
) -> int:
    """A full extract of an area speaks for the whole area: what it lacks there is gone."""
    retired = 0
    for key, camera in existing.items():
        if key in seen or camera.status == "retired":
            continue
        if in_bbox(camera.lon, camera.lat, area) and in_bbox(camera.lon, camera.lat, limit):
            camera.status = "retired"
            camera.flags = [*camera.flags, f"not in {Path(report.file).name}"]
            retired += 1
    return retired
