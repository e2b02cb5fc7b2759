"""How exposed each piece of street is: metres inside each DORI band, and the cameras seeing it.

Every camera's coverage (geo/dori.py) becomes one polygon per band in a local metric plane (an
azimuthal equidistant projection centred on the streets: under 0.01 % scale error within
20 km). A band's polygon is where the camera gives at least that band's pixel density, so a
camera's identification polygon lies inside its recognition polygon, and so on.

Bands are exclusive in the answer: each metre of street counts once, in the strongest band any
camera gives it (a metre inside one camera's identification band and another's detection band
is an identification metre). The four figures of a segment therefore add up to the metres seen
at all. Cameras whose direction is unknown count at their coverage weight (see dori.py): the
figures are expected metres, certain cameras at full weight. Cameras reading number plates
(ALPR) count for vehicles only.

The work is vectorised: an STRtree pairs segments with the polygons touching them, shapely
intersects each pair at once, and the pieces become intervals along their segment whose union
per segment and band is taken with numpy (sorted, with a running maximum). Nothing loops over
pairs in Python. When cameras change, only the segments their old or new polygons touch are
recomputed (`ExposureIndex.update`), with the same code as a full computation.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.geo.dori import Coverage, camera_coverage, reads_plates_only, sector_polygons
from countersight.geo.places import BBox
from countersight.geo.street_graph import BANDS, StreetGraph, geodesic_lengths_m
from countersight.store.models import Camera

EXPOSURE_ASSUMPTIONS = (
    "bands are exclusive: each metre of street counts once, in the strongest band any camera "
    "gives it",
    "reach is measured on the ground from the camera's mapped position; its height, walls, "
    "trees and traffic are ignored, so a camera may see less than shown",
    "cameras that only read number plates (ALPR) count for vehicles, not for people on foot; "
    "one that can also match faces, pan and zoom or analyse video counts for both",
    "only cameras mapped in this atlas are counted: unmapped cameras are not",
)
MAX_REACH_DEGREES = 0.02
"""How far beyond an area cameras are looked for: about 2 km, more than the detection reach
of any default (a PTZ at full zoom: about 1.1 km)."""


@dataclass(frozen=True)
class CameraView:
    """One camera as exposure sees it: where it is, what it covers, who it counts for."""

    key: str
    lon: float
    lat: float
    coverage: Coverage
    vehicles_only: bool


def camera_view(
    key: str,
    lon: float,
    lat: float,
    camera_type: str | None = None,
    directions: Sequence[float] = (),
    direction_ranges: Sequence[Sequence[float]] = (),
    capabilities: Sequence[str] = (),
) -> CameraView:
    coverage = camera_coverage(camera_type, directions, direction_ranges)
    return CameraView(key, lon, lat, coverage, reads_plates_only(capabilities))


def load_camera_views(session: Session, bbox: BBox | None = None) -> list[CameraView]:
    """The active cameras in the store that may reach into the box."""
    query = select(
        Camera.key,
        Camera.lon,
        Camera.lat,
        Camera.camera_type,
        Camera.directions,
        Camera.direction_ranges,
        Camera.capabilities,
    ).where(Camera.status == "active")
    if bbox is not None:
        west, south, east, north = bbox
        m = MAX_REACH_DEGREES
        query = query.where(
            Camera.lon.between(west - m, east + m), Camera.lat.between(south - m, north + m)
        )
    return [
        camera_view(
            row.key,
            row.lon,
            row.lat,
            row.camera_type,
            row.directions or (),
            [tuple(r) for r in row.direction_ranges or ()],
            row.capabilities or (),
        )
        for row in session.execute(query.order_by(Camera.key))
    ]


def camera_views_from_file(path: Path) -> list[CameraView]:
    """The cameras of an OSM file as the importer would store them, without a store (for
    benchmarks and for checking an extract before importing it)."""
    from countersight.ingest.osm_reader import read_surveillance
    from countersight.ingest.osm_tags import normalise_tags

    views = []
    for feature in read_surveillance(path).features:
        if feature.is_camera and feature.geometry is not None:
            tags = normalise_tags(feature.tags)
            point = feature.geometry.representative_point()
            views.append(
                camera_view(
                    feature.key,
                    point.x,
                    point.y,
                    tags.camera_type,
                    tags.directions,
                    tags.direction_ranges,
                    tags.capabilities,
                )
            )
    return views


class LocalPlane:
    """A metric plane centred on an area: azimuthal equidistant on WGS 84."""

    def __init__(self, lon: float, lat: float) -> None:
        self.lon, self.lat = lon, lat
        self._forward = Transformer.from_proj(
            "EPSG:4326",
            f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m",
            always_xy=True,
        )

    @classmethod
    def around(cls, lon: np.ndarray, lat: np.ndarray) -> LocalPlane:
        if not len(lon):
            return cls(0.0, 0.0)
        return cls(float((lon.min() + lon.max()) / 2), float((lat.min() + lat.max()) / 2))

    def xy(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x, y = self._forward.transform(np.asarray(lon, float), np.asarray(lat, float))
        return np.asarray(x), np.asarray(y)

    def project(self, geometries: np.ndarray) -> np.ndarray:
        return shapely.transform(
            geometries, lambda xy: np.column_stack(self.xy(xy[:, 0], xy[:, 1]))
        )


@dataclass(frozen=True)
class BandPolygons:
    """Every camera's polygon per band (one per direction), flat, with what each belongs to."""

    polygons: np.ndarray  # shapely Polygons in the local plane
    camera: np.ndarray  # int index into the views
    band: np.ndarray  # 0 detection … 3 identification
    weight: np.ndarray  # the camera's coverage weight
    vehicles_only: np.ndarray  # bool


def band_polygons(views: Sequence[CameraView], plane: LocalPlane) -> BandPolygons:
    rows: list[tuple[int, int, float, float, float, bool]] = []
    for index, view in enumerate(views):
        heads = (0.0,) if view.coverage.all_round else view.coverage.directions
        for band, (_, reach) in enumerate(view.coverage.bands):
            for head in heads:
                rows.append(
                    (index, band, head, view.coverage.field_of_view, reach, view.coverage.all_round)
                )
    camera = np.asarray([r[0] for r in rows], dtype=np.int64)
    lon = np.asarray([views[i].lon for i in camera.tolist()], dtype=float)
    lat = np.asarray([views[i].lat for i in camera.tolist()], dtype=float)
    x, y = plane.xy(lon, lat)
    polygons = sector_polygons(
        x,
        y,
        np.asarray([r[2] for r in rows], dtype=float),
        np.asarray([r[3] for r in rows], dtype=float),
        np.asarray([r[4] for r in rows], dtype=float),
        np.asarray([r[5] for r in rows], dtype=bool),
    )
    return BandPolygons(
        polygons=polygons,
        camera=camera,
        band=np.asarray([r[1] for r in rows], dtype=np.int64),
        weight=np.asarray([views[i].coverage.weight for i in camera.tolist()], dtype=float),
        vehicles_only=np.asarray([views[i].vehicles_only for i in camera.tolist()], dtype=bool),
    )


def covered_length(
    group: np.ndarray, start: np.ndarray, end: np.ndarray, groups: int
) -> np.ndarray:
    """Per group, the length of the union of its intervals [start, end], vectorised.

    Sorted by group then start, an interval adds what reaches beyond the farthest end seen
    before it; offsetting each group by more than any interval's end keeps groups apart.
    """
    if not len(group):
        return np.zeros(groups)
    span = float(max(end.max(), 0.0)) + 1.0
    order = np.lexsort((start, group))
    offset = group[order] * span
    lo, hi = start[order] + offset, end[order] + offset
    reached = np.maximum.accumulate(np.concatenate(([-np.inf], hi[:-1])))
    added = np.clip(hi - np.maximum(lo, reached), 0.0, None)
    return np.bincount(group[order], weights=added, minlength=groups)


def expected_seen_length(
    group: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    certain: np.ndarray,
    weight: float,
    groups: int,
) -> np.ndarray:
    """Per group, the expected length seen: a metre under a certain camera counts whole; one
    under k uncertain cameras alone counts 1 - (1 - weight)**k, the chance that at least one
    of them, each pointing its own unknown way, sees it.

    A sweep over the intervals' ends: between two consecutive ends of one group the numbers of
    certain and uncertain intervals covering the stretch are constant.
    """
    if not len(group):
        return np.zeros(groups)
    position = np.concatenate((start, end))
    step = np.concatenate((np.ones(len(start)), -np.ones(len(end))))
    sure = np.concatenate((certain, certain))
    owner = np.concatenate((group, group))
    order = np.lexsort((position, owner))
    position, step, sure, owner = position[order], step[order], sure[order], owner[order]
    certain_depth = np.cumsum(np.where(sure, step, 0.0))
    uncertain_depth = np.cumsum(np.where(sure, 0.0, step))
    seen = np.where(
        certain_depth > 0.5, 1.0, 1.0 - (1.0 - weight) ** np.rint(uncertain_depth).clip(0)
    )
    stretch = np.where(owner[1:] == owner[:-1], np.diff(position), 0.0)
    return np.bincount(owner[:-1], weights=stretch * seen[:-1], minlength=groups)


@dataclass(frozen=True)
class Pieces:
    """Where segments run inside camera polygons: one row per piece of line."""

    segment: np.ndarray  # int, index into the graph's segments
    polygon: np.ndarray  # int, index into BandPolygons
    start: np.ndarray  # metres along the segment (local plane)
    end: np.ndarray


@dataclass(frozen=True)
class CameraSight:
    """One camera seeing one segment: its strongest band there and the metres it sees in it."""

    segment: int
    camera: str
    band: int
    metres: float
    uncertain: bool
    vehicles_only: bool


class ExposureIndex:
    """A street graph's exposure to a set of cameras, kept current as cameras change."""

    def __init__(self, graph: StreetGraph, views: Sequence[CameraView]) -> None:
        self.graph = graph
        self.plane = LocalPlane.around(graph.node_lon, graph.node_lat)
        self.lines = self.plane.project(graph.segment_geometry)
        self.line_tree = shapely.STRtree(self.lines)
        self.planar = shapely.length(self.lines)
        geodesic = geodesic_lengths_m(graph.segment_geometry)
        # pieces are measured in the plane, reported in the graph's geodesic metres
        self.scale = np.divide(
            geodesic, self.planar, out=np.ones_like(self.planar), where=self.planar > 0
        )
        count = graph.segment_count
        self.foot_m = np.zeros((count, len(BANDS)))
        self.vehicle_m = np.zeros((count, len(BANDS)))
        self.cameras: list[tuple[str, ...]] = [() for _ in range(count)]
        self._set_views(views)
        self._recompute(np.arange(count))

    def _set_views(self, views: Sequence[CameraView], unchanged: set[str] | None = None) -> None:
        """Take these cameras; polygons of the `unchanged` ones are kept, not rebuilt."""
        old_views, old_bands = getattr(self, "views", []), getattr(self, "bands", None)
        self.views = list(views)
        position = {v.key: i for i, v in enumerate(self.views)}
        unchanged = unchanged or set()
        fresh = [v for v in self.views if v.key not in unchanged]
        built = band_polygons(fresh, self.plane)
        shapely.prepare(built.polygons)
        fresh_at = np.asarray([position[v.key] for v in fresh], dtype=np.int64)
        parts = [replace(built, camera=fresh_at[built.camera])]
        if old_bands is not None and unchanged:
            moved = np.asarray([position.get(v.key, -1) for v in old_views], dtype=np.int64)
            keep = np.asarray([old_views[c].key in unchanged for c in old_bands.camera.tolist()])
            kept = BandPolygons(
                polygons=old_bands.polygons[keep],
                camera=moved[old_bands.camera[keep]],
                band=old_bands.band[keep],
                weight=old_bands.weight[keep],
                vehicles_only=old_bands.vehicles_only[keep],
            )
            parts.append(kept)
        self.bands = BandPolygons(
            *(np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(BandPolygons))
        )
        self.polygon_tree = shapely.STRtree(self.bands.polygons)
        uncertain = self.bands.weight[self.bands.weight < 1.0]
        self.uncertain_weight = float(uncertain.min()) if len(uncertain) else 1.0

    def pieces(self, segments: np.ndarray) -> Pieces:
        """Every overlap of these segments with camera polygons, as intervals along them."""
        segments = np.asarray(segments, dtype=np.int64)
        if not len(segments) or not len(self.bands.polygons):
            none = np.zeros(0, dtype=np.int64)
            return Pieces(none, none, np.zeros(0), np.zeros(0))
        local, polygon = self.polygon_tree.query(self.lines[segments], predicate="intersects")
        segment = segments[local]
        # a segment wholly inside a polygon (common under a wide disc) needs no intersection
        inside = shapely.contains(self.bands.polygons[polygon], self.lines[segment])
        whole = np.zeros(int(inside.sum()))
        cut = ~inside
        overlap = shapely.intersection(self.lines[segment[cut]], self.bands.polygons[polygon[cut]])
        parts, owner = shapely.get_parts(overlap, return_index=True)
        keep = shapely.get_type_id(parts) == 1  # lines; a point where they touch has no length
        parts, owner = parts[keep], owner[keep]
        cut_segment, cut_polygon = segment[cut][owner], polygon[cut][owner]
        length = shapely.length(parts)
        middle = shapely.line_locate_point(
            self.lines[cut_segment], shapely.line_interpolate_point(parts, 0.5, normalized=True)
        )
        return Pieces(
            np.concatenate((segment[inside], cut_segment)),
            np.concatenate((polygon[inside], cut_polygon)),
            np.concatenate((whole, middle - length / 2.0)),
            np.concatenate((self.planar[segment[inside]], middle + length / 2.0)),
        )

    def _recompute(self, segments: np.ndarray) -> None:
        segments = np.unique(np.asarray(segments, dtype=np.int64))
        if not len(segments):
            return
        found = self.pieces(segments)
        group = np.searchsorted(segments, found.segment)
        band = self.bands.band[found.polygon]
        certain = self.bands.weight[found.polygon] >= 1.0
        on_foot = ~self.bands.vehicles_only[found.polygon]
        w = self.uncertain_weight
        scale = self.scale[segments][:, None]
        for target, counts in ((self.foot_m, on_foot), (self.vehicle_m, np.ones_like(on_foot))):
            cumulative = np.zeros((len(segments), len(BANDS) + 1))
            for b in range(len(BANDS)):
                at_least = counts & (band == b)  # band b's polygon holds every stronger one
                cumulative[:, b] = expected_seen_length(
                    group[at_least],
                    found.start[at_least],
                    found.end[at_least],
                    certain[at_least],
                    w,
                    len(segments),
                )
            target[segments] = (cumulative[:, :-1] - cumulative[:, 1:]) * scale
        pairs = np.unique(np.column_stack((group, self.bands.camera[found.polygon])), axis=0)
        names = [v.key for v in self.views]
        split = np.searchsorted(pairs[:, 0], np.arange(len(segments) + 1))
        for i, segment in enumerate(segments.tolist()):
            cams = pairs[split[i] : split[i + 1], 1].tolist()
            self.cameras[segment] = tuple(sorted(names[c] for c in cams))

    def updated(self, views: Sequence[CameraView]) -> ExposureIndex:
        """A copy brought up to these cameras, this index left as it was: a server request
        still reading this one keeps a consistent picture while a write is taken in."""
        fresh = copy.copy(self)
        fresh.foot_m, fresh.vehicle_m = self.foot_m.copy(), self.vehicle_m.copy()
        fresh.cameras = list(self.cameras)
        fresh.update(views)
        return fresh

    def update(self, views: Sequence[CameraView]) -> np.ndarray:
        """Take a new set of cameras; recompute only segments a changed camera reaches (its
        old or new polygons). Returns the recomputed segments."""
        old = {v.key: v for v in self.views}
        new = {v.key: v for v in views}
        changed = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
        if not changed:
            return np.zeros(0, dtype=np.int64)
        before = self._polygons_of(changed)
        self._set_views(views, unchanged=(old.keys() & new.keys()) - changed)
        after = self._polygons_of(changed)
        touched = np.concatenate((before, after))
        affected = np.unique(self.line_tree.query(touched, predicate="intersects")[1])
        self._recompute(affected)
        return affected

    def _polygons_of(self, keys: set[str]) -> np.ndarray:
        mine = np.asarray([v.key in keys for v in self.views], dtype=bool)
        if not len(mine):
            return np.zeros(0, dtype=object)
        return self.bands.polygons[mine[self.bands.camera]]

    def sights(self, segments: Iterable[int]) -> list[CameraSight]:
        """Per segment and camera: the strongest band it gives there and its metres in it."""
        segments = np.unique(np.fromiter(segments, dtype=np.int64))
        found = self.pieces(segments)
        if not len(found.segment):
            return []
        camera = self.bands.camera[found.polygon]
        band = self.bands.band[found.polygon]
        keys, group = np.unique(
            np.column_stack((found.segment, camera, band)), axis=0, return_inverse=True
        )
        metres = covered_length(group.ravel(), found.start, found.end, len(keys))
        metres *= self.scale[keys[:, 0]]
        strongest: dict[tuple[int, int], int] = {}
        for i, (s, c, _) in enumerate(keys.tolist()):
            if metres[i] > 0:  # rows come sorted by band, so the last one kept is strongest
                strongest[(s, c)] = i
        return [
            CameraSight(
                segment=s,
                camera=self.views[c].key,
                band=int(keys[i, 2]),
                metres=float(metres[i]),
                uncertain=self.views[c].coverage.uncertain,
                vehicles_only=self.views[c].vehicles_only,
            )
            for (s, c), i in sorted(strongest.items())
        ]

    def assumptions(self, cameras: Iterable[str] | None = None) -> tuple[str, ...]:
        """What the figures rest on: the general rules, then each camera default with the
        number of cameras (of those named, or all) it was used for."""
        wanted = None if cameras is None else set(cameras)
        views = [v for v in self.views if wanted is None or v.key in wanted]
        counts = Counter(a for v in views for a in v.coverage.assumptions)
        total = len(views)
        return EXPOSURE_ASSUMPTIONS + tuple(
            f"{a} ({n} of {total} cameras)" for a, n in sorted(counts.items())
        )

    def exposed_graph(self) -> StreetGraph:
        """The graph with these exposure figures (copies: later updates do not change it)."""
        return self.graph.with_exposure(
            self.foot_m.copy(),
            self.vehicle_m.copy(),
            list(self.cameras),
            self.assumptions(),
            frozenset(v.key for v in self.views if v.vehicles_only),
        )


def compute_exposure(graph: StreetGraph, views: Sequence[CameraView]) -> StreetGraph:
    """The graph with every segment's exposure to these cameras."""
    return ExposureIndex(graph, views).exposed_graph()
