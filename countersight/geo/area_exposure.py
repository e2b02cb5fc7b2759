"""Exposure of the stored streets, kept per imported area and updated as cameras change.

Building an area's exposure takes a second or two (Munich: see bench/README.md); a server
keeps it. Like the camera layer (web/camera_layer.py), it notices writes by the audit chain's
head: when the head has moved, the cameras are read again and only the segments that changed
cameras reach are recomputed (ExposureIndex.update). A re-imported street area rebuilds it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from countersight.geo.exposure import CameraView, ExposureIndex, load_camera_views
from countersight.geo.places import BBox
from countersight.geo.street_graph import StreetGraph, load_street_graph
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, StreetArea

CACHED_AREAS = 4


@dataclass
class _Entry:
    index: ExposureIndex
    head: int | None
    bbox: BBox


def stored_areas(engine: Engine, bbox: BBox) -> tuple[tuple[str, str], ...]:
    """The stored street areas overlapping the box, as (key, import time): their identity."""
    west, south, east, north = bbox
    with transaction(engine) as session:
        rows = session.execute(
            select(StreetArea.key, StreetArea.imported_at)
            .where(
                StreetArea.west <= east,
                StreetArea.east >= west,
                StreetArea.south <= north,
                StreetArea.north >= south,
            )
            .order_by(StreetArea.key)
        ).all()
    return tuple((key, str(at)) for key, at in rows)


def _areas_box(engine: Engine, keys: tuple[str, ...]) -> BBox:
    with transaction(engine) as session:
        row = session.execute(
            select(
                func.min(StreetArea.west),
                func.min(StreetArea.south),
                func.max(StreetArea.east),
                func.max(StreetArea.north),
            ).where(StreetArea.key.in_(keys))
        ).one()
    return tuple(row)  # type: ignore[return-value]


def _head(engine: Engine) -> int | None:
    with transaction(engine) as session:
        return session.scalar(select(func.max(AuditEvent.seq)))


class AreaExposure:
    """ExposureIndex per set of stored areas, current with the atlas's cameras."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[tuple[str, str], ...], _Entry] = OrderedDict()

    def index(self, engine: Engine, bbox: BBox) -> ExposureIndex | None:
        """The exposure of every stored area the box touches; None where none is stored."""
        areas = stored_areas(engine, bbox)
        if not areas:
            return None
        head = _head(engine)
        with self._lock:
            entry = self._entries.get(areas)
            if entry is None:
                box = _areas_box(engine, tuple(k for k, _ in areas))
                graph = load_street_graph(engine, box)
                entry = _Entry(ExposureIndex(graph, _views(engine, box)), head, box)
                self._entries[areas] = entry
                while len(self._entries) > CACHED_AREAS:
                    self._entries.popitem(last=False)
            elif entry.head != head:
                # A new index, not an update in place: requests still reading the old one
                # (place checks, the street layer, routes) see it whole.
                entry.index = entry.index.updated(_views(engine, entry.bbox))
                entry.head = head
            self._entries.move_to_end(areas)
            return entry.index


def _views(engine: Engine, bbox: BBox) -> list[CameraView]:
    with transaction(engine) as session:
        return load_camera_views(session, bbox)


def exposed_street_graph(
    engine: Engine, bbox: BBox, cache: AreaExposure | None = None
) -> StreetGraph | None:
    """The stored streets of every area the box touches, with their exposure to the atlas's
    active cameras (None if no streets are stored there): what routing starts from."""
    index = (cache or AreaExposure()).index(engine, bbox)
    return index.exposed_graph() if index is not None else None
