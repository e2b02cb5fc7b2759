"""Streets in the store, per imported area: written with the cameras, read back as a graph.

An area is the box an import covered (the file's header box, or the --bbox asked for). The
same file again changes nothing; a newer extract of the same box replaces the area's segments
(every deleted and added row audited); an older one is skipped. Overlapping areas may hold the
same piece of street twice: loading keeps one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from shapely import LineString
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from countersight.geo.places import BBox
from countersight.geo.street_graph import StreetRead, StreetSegments
from countersight.ingest.osm_import import OSM_ATTRIBUTION
from countersight.store.audit import delete_rows, insert_rows
from countersight.store.models import StreetArea, StreetSegment, utcnow


@dataclass(frozen=True)
class StreetImport:
    """What storing one file's streets did: added, replaced, unchanged or older (kept)."""

    action: str
    segments: int
    area: str | None

    def describe(self) -> str:
        if self.area is None:
            return "no streets in the file"
        what = {
            "added": f"{self.segments:,} street segments stored",
            "replaced": f"{self.segments:,} street segments replaced the area's older ones",
            "unchanged": "streets unchanged (same file)",
            "older": "streets kept: the stored extract of this area is newer",
        }
        return f"{what[self.action]} ({self.area})"


def area_key(bbox: BBox) -> str:
    return "bbox:" + ",".join(f"{v:.7f}" for v in bbox)


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def store_streets(session: Session, read: StreetRead, digest: str) -> StreetImport:
    """Store one file's streets for its area, within the caller's transaction."""
    if read.bbox is None:
        return StreetImport("unchanged", 0, None)
    key = area_key(read.bbox)
    newest = _naive_utc(read.newest)
    area = session.scalar(select(StreetArea).where(StreetArea.key == key))
    action = "added"
    if area is not None:
        if area.file_sha256 == digest:
            return StreetImport("unchanged", area.segment_count, key)
        if area.newest_edit is not None and newest is not None and newest < area.newest_edit:
            return StreetImport("older", area.segment_count, key)
        delete_rows(session, StreetSegment.__table__, StreetSegment.area_id == area.id)
        action = "replaced"
    else:
        west, south, east, north = read.bbox
        area = StreetArea(key=key, west=west, south=south, east=east, north=north)
        session.add(area)
    area.file = read.file.name
    area.file_sha256 = digest
    area.newest_edit = newest
    area.imported_at = utcnow()
    area.segment_count = len(read.segments)
    area.attribution = OSM_ATTRIBUTION
    session.flush()
    segments = read.segments
    insert_rows(
        session,
        StreetSegment.__table__,
        [
            {
                "key": f"{key}#{i}",
                "area_id": area.id,
                "way_id": segments.way_id[i],
                "start_node": segments.start_ref[i],
                "end_node": segments.end_ref[i],
                "tags": segments.tags[i],
                "geom": LineString(segments.coords[i]),
            }
            for i in range(len(segments))
        ],
    )
    return StreetImport(action, len(segments), key)


def load_segments(engine: Engine, area: BBox | None = None) -> StreetSegments:
    """The stored segments of every area overlapping the box, each piece of street once."""
    query = (
        select(
            StreetSegment.way_id,
            StreetSegment.start_node,
            StreetSegment.end_node,
            StreetSegment.tags,
            StreetSegment.geom,
        )
        .join(StreetArea, StreetArea.id == StreetSegment.area_id)
        .order_by(StreetSegment.id)
    )
    if area is not None:
        west, south, east, north = area
        query = query.where(
            StreetArea.west <= east,
            StreetArea.east >= west,
            StreetArea.south <= north,
            StreetArea.north >= south,
        )
    segments = StreetSegments()
    seen: set[tuple[int, int, int, int]] = set()
    with engine.connect() as connection:
        for way_id, start, end, tags, geom in connection.execute(query):
            coords = [(x, y) for x, y in geom.coords]
            identity = (way_id, start, end, len(coords))
            if identity not in seen:
                seen.add(identity)
                segments.append(start, end, coords, way_id, tags)
    return segments.reaching(area)
