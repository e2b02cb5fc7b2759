"""The camera layer: an in-memory grid of every camera, rebuilt when the atlas changes.

The grid (geo/camera_grid.py) answers "what is in view" for a million cameras in
milliseconds; the few cameras actually drawn are then read from the store and described by
`public_camera`, the one public shape of a camera (its source through the redaction gate).
The grid is rebuilt whenever the audit chain has grown, since every write appends to it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, namedtuple
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from countersight.geo.camera_grid import CameraGrid, GridAnswer
from countersight.geo.dori import camera_coverage, reads_plates_only
from countersight.redaction import public_source
from countersight.store.models import (
    AuditEvent,
    Camera,
    Deployment,
    Organisation,
    OrganisationAlias,
    Place,
    Source,
)

BBoxTuple = tuple[float, float, float, float]
MASK_CACHE_SIZE = 32
FEATURE_CACHE_SIZE = 50_000
FETCH_BATCH = 2000  # ids per IN (…) query, well under SQLite's bound-parameter limit
_DATE_START = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class CameraFilter:
    """What the map's filters ask of cameras; the default shows every active camera."""

    kind: str | None = None  # camera, alpr, guard, …
    exclude_kind: str | None = None  # e.g. alpr: every camera but plate readers
    status: str = "active"  # active, retired or all
    manufacturer: str | None = None
    operator: str | None = None
    deployment: str | None = None
    since: date | None = None  # installed (start_date) or, failing that, first mapped
    until: date | None = None


def camera_kind(surveillance_type: str | None, capabilities: Iterable[str]) -> str:
    """One word for the legend: plate readers apart, else the surveillance:type, else camera."""
    if reads_plates_only(capabilities):
        return "alpr"
    return (surveillance_type or "camera").split(";")[0].strip().lower() or "camera"


def camera_day(start_date: str | None, first_seen: date | None) -> int:
    """A camera's date as YYYYMMDD (0 if unknown); a bare year counts from its first day."""
    if start_date:
        match = _DATE_START.match(start_date)
        if match:
            year, month, day = match.groups()
            return int(year) * 10000 + int(month or 1) * 100 + int(day or 1)
    if first_seen:
        return _as_day(first_seen)
    return 0


def camera_year(start_date: str | None, first_seen: date | None) -> int | None:
    """The year a camera was installed, else first mapped; None if neither is known."""
    return camera_day(start_date, first_seen) // 10000 or None


class _Vocabulary:
    """Text values of one column as small integer codes; unknown text matches nothing."""

    def __init__(self, values: list[str | None]) -> None:
        self.codes: dict[str, int] = {}
        column = np.empty(len(values), dtype=np.int32)
        for i, value in enumerate(values):
            text = (value or "").strip().casefold()
            column[i] = self.codes.setdefault(text, len(self.codes))
        self.column = column

    def code(self, value: str) -> int:
        return self.codes.get(value.strip().casefold(), -1)


# What the map needs to draw a camera; the rest of its record comes with `detail`.
MAP_COLUMNS = (
    Camera.id,
    Camera.key,
    Camera.lon,
    Camera.lat,
    Camera.surveillance_type,
    Camera.capabilities,
    Camera.camera_type,
    Camera.mount,
    Camera.directions,
    Camera.direction_ranges,
    Camera.height,
    Camera.operator,
    Camera.manufacturer,
    Camera.start_date,
    Camera.status,
    Camera.place_id,
    Camera.deployment_id,
)


MapRow = namedtuple("MapRow", [*(c.key for c in MAP_COLUMNS), "first_seen"])


class CameraIndex:
    """The grid, the columns the filters need, and each camera's map row, all in grid order.

    Keeping the rows the map draws from (a few hundred bytes a camera) means a view of two
    thousand single cameras is described without a database round trip.
    """

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(*MAP_COLUMNS, Camera.first_seen)).all()
        kinds = [camera_kind(r.surveillance_type, r.capabilities or ()) for r in rows]
        self.grid = CameraGrid(
            ids=np.fromiter((r.id for r in rows), dtype=np.int64, count=len(rows)),
            lon=np.fromiter((r.lon for r in rows), dtype=np.float64, count=len(rows)),
            lat=np.fromiter((r.lat for r in rows), dtype=np.float64, count=len(rows)),
            alpr=np.array([k == "alpr" for k in kinds], dtype=bool),
        )
        self.grid.prepare()
        # Plain named tuples: reading a field is a fraction of the cost of a SQLAlchemy Row's.
        self.rows = [MapRow(*rows[i]) for i in self.grid.order]
        sort = self.grid.sorted_like
        self.kind = _Vocabulary([kinds[i] for i in self.grid.order])
        self.status = _Vocabulary([rows[i].status for i in self.grid.order])
        self.manufacturer = _Vocabulary([rows[i].manufacturer for i in self.grid.order])
        self.operator = _Vocabulary([rows[i].operator for i in self.grid.order])
        self.deployment_id = sort(np.array([r.deployment_id or 0 for r in rows], dtype=np.int64))
        self.day = sort(
            np.array([camera_day(r.start_date, r.first_seen) for r in rows], dtype=np.int32)
        )
        self.deployment_ids = dict(session.execute(select(Deployment.key, Deployment.id)).all())
        self.organisation_names = _organisation_names(session)
        self._masks: OrderedDict[CameraFilter, NDArray[np.bool_] | None] = OrderedDict()

    def mask(self, wanted: CameraFilter) -> NDArray[np.bool_] | None:
        """The cameras a filter keeps, in grid order (None: all of them); recent ones cached."""
        if wanted in self._masks:
            self._masks.move_to_end(wanted)
            return self._masks[wanted]
        keep: NDArray[np.bool_] | None = None

        def narrow(condition: NDArray[np.bool_]) -> None:
            nonlocal keep
            keep = condition if keep is None else keep & condition

        for vocabulary, value in (
            (self.kind, wanted.kind),
            (self.status, None if wanted.status == "all" else wanted.status),
        ):
            if value:
                narrow(vocabulary.column == vocabulary.code(value))
        if wanted.exclude_kind:
            narrow(self.kind.column != self.kind.code(wanted.exclude_kind))
        for vocabulary, value in (
            (self.manufacturer, wanted.manufacturer),
            (self.operator, wanted.operator),
        ):
            if value:
                names = self.organisation_names.get(value.strip().casefold(), {value})
                narrow(np.isin(vocabulary.column, [vocabulary.code(n) for n in names]))
        if wanted.deployment:
            narrow(self.deployment_id == self.deployment_ids.get(wanted.deployment, -1))
        if wanted.since:
            narrow(self.day >= _as_day(wanted.since))
        if wanted.until:
            narrow((self.day > 0) & (self.day <= _as_day(wanted.until)))
        if keep is not None and keep.all():
            keep = None  # e.g. "active" when nothing is retired: the precomputed sums serve
        self._masks[wanted] = keep
        if len(self._masks) > MASK_CACHE_SIZE:
            self._masks.popitem(last=False)
        return keep

    def query(self, bbox: BBoxTuple, zoom: int, wanted: CameraFilter, limit: int) -> GridAnswer:
        return self.grid.query(bbox, zoom, self.mask(wanted), max_singles=limit, mask_key=wanted)


def _organisation_names(session: Session) -> dict[str, set[str]]:
    """Every name, key and alias of each organisation, looked up by any one of them.

    A supplier filter set to "Zhejiang Dahua Technology" must find cameras tagged "Dahua".
    """
    names: dict[int, set[str]] = {}
    for org_id, key, name in session.execute(
        select(Organisation.id, Organisation.key, Organisation.name)
    ):
        names[org_id] = {key, name}
    for org_id, alias in session.execute(
        select(OrganisationAlias.organisation_id, OrganisationAlias.alias)
    ):
        names[org_id].add(alias)
    return {n.casefold(): group for group in names.values() for n in group}


def _as_day(value: date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


class CameraLayer:
    """Keeps one CameraIndex per atlas state and renders the cameras a request shows."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: CameraIndex | None = None
        self._head: int | None = None
        self._details: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._describe: CameraDescriber | None = None

    def index(self, session: Session) -> CameraIndex:
        """The current index: rebuilt if anything was written since it was built."""
        head = session.scalar(select(func.max(AuditEvent.seq)))
        with self._lock:
            if self._index is None or head != self._head:
                self._index = CameraIndex(session)
                self._head = head
                self._details.clear()
                self._describe = None
            return self._index

    def map_features(self, session: Session, positions: Iterable[int]) -> list[dict[str, Any]]:
        """Brief features (what drawing needs) for cameras at grid positions, from the index."""
        index = self.index(session)
        with self._lock:
            if self._describe is None:
                self._describe = CameraDescriber(session)
            describe = self._describe
        return [_feature(index.rows[p], describe(index.rows[p], False)) for p in positions]

    def features(self, session: Session, camera_ids: Iterable[int]) -> list[dict[str, Any]]:
        """Detailed features (provenance, source, assumptions) by id, in order; recent cached."""
        self.index(session)  # drops cached features if the atlas has changed
        wanted = [int(i) for i in camera_ids]
        with self._lock:
            found = {i: self._details[i] for i in wanted if i in self._details}
            missing = [i for i in wanted if i not in found]
            if missing and self._describe is None:
                self._describe = CameraDescriber(session)
            columns = tuple(Camera.__table__.columns)
            for start in range(0, len(missing), FETCH_BATCH):
                batch = missing[start : start + FETCH_BATCH]
                for row in session.execute(select(*columns).where(Camera.id.in_(batch))):
                    found[row.id] = self._details[row.id] = _feature(row, self._describe(row, True))
            while len(self._details) > FEATURE_CACHE_SIZE:
                self._details.popitem(last=False)
        return [found[i] for i in wanted if i in found]


def _feature(row: Row, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [row.lon, row.lat]},
        "properties": properties,
    }


@lru_cache(maxsize=8192)
def _coverage(camera_type: str | None, directions: tuple, ranges: tuple) -> dict[str, Any]:
    """Coverage by the tags it depends on: most cameras share a handful of combinations."""
    return camera_coverage(camera_type, directions, ranges).to_dict()


class CameraDescriber:
    """Looks up the names a camera's public record shows: place, deployment, source."""

    def __init__(self, session: Session) -> None:
        self.places = {
            pid: {"key": key, "name": name}
            for pid, key, name in session.execute(select(Place.id, Place.key, Place.name))
        }
        self.deployments = dict(session.execute(select(Deployment.id, Deployment.key)).all())
        self.sources = {s.id: public_source(s) for s in session.scalars(select(Source))}

    def __call__(self, camera: Row, detail: bool) -> dict[str, Any]:
        """A camera's public properties: what it is, what it can do, and (detail) its record."""
        coverage = _coverage(
            camera.camera_type,
            tuple(camera.directions or ()),
            tuple(tuple(r) for r in camera.direction_ranges or ()),
        )
        brief = {
            "cluster": False,
            "key": camera.key,
            "kind": camera_kind(camera.surveillance_type, camera.capabilities or ()),
            "camera_type": camera.camera_type,
            "mount": camera.mount,
            "directions": camera.directions,
            "direction_ranges": camera.direction_ranges,
            "height": camera.height,
            "operator": camera.operator,
            "manufacturer": camera.manufacturer,
            "start_date": camera.start_date,
            "status": camera.status,
            "place": self.places.get(camera.place_id),
            "deployment": self.deployments.get(camera.deployment_id),
            "sector": coverage["sector"],
            "bands": coverage["bands"],
        }
        if not detail:
            # Map layers carry thousands of these: what is unknown is left out, not sent as null.
            return {k: v for k, v in brief.items() if v is not None}
        provenance = camera.provenance or {}
        osm_url = None
        if provenance.get("osm_type") and provenance.get("osm_id"):
            osm_url = (
                f"https://www.openstreetmap.org/{provenance['osm_type']}/{provenance['osm_id']}"
            )
        return {
            **brief,
            "surveillance": camera.surveillance,
            "surveillance_type": camera.surveillance_type,
            "zone": camera.zone,
            "angle": camera.angle,
            "capabilities": camera.capabilities,
            "first_seen": camera.first_seen.isoformat() if camera.first_seen else None,
            "last_seen": camera.last_seen.isoformat() if camera.last_seen else None,
            "assumptions": coverage["assumptions"],
            "source": self.sources.get(camera.source_id),
            "osm_url": osm_url,
            "osm_version": provenance.get("version"),
            "flags": camera.flags,
        }
