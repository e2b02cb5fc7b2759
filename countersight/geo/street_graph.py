"""The street network of an OpenStreetMap extract, as a directed graph per travel mode.

Routing, exposure and place checks all need the same thing: the streets one may walk, ride a
motorcycle or drive along, cut into segments between junctions, with the direction each mode
may travel. pyosmium reads the ``highway=*`` ways (libosmium decodes and keeps the node
locations); the access rules below decide who may use each way, and each segment becomes one
or two directed edges.

Access, decided per way and mode (later keys override earlier ones, as OSM documents):
  foot:        highway class default → ``access`` → ``foot``
  motorcycle:  highway class default → ``access`` → ``vehicle`` → ``motor_vehicle`` → ``motorcycle``
  car:         highway class default → ``access`` → ``vehicle`` → ``motor_vehicle`` → ``motorcar``
``no``, ``private``, ``agricultural``, ``forestry``, ``emergency``, ``military`` and
``use_sidepath`` close a way to a mode; any other value (``yes``, ``permissive``,
``destination``, ``designated``, ``customers``, ``delivery``, ``discouraged`` …) leaves it open.
``motorroad=yes`` closes it to walkers. Private roads are closed: a route must not send
someone through a private yard.

One-ways bind vehicles only: ``oneway=yes|true|1`` forward, ``-1|reverse`` backward,
``reversible`` (direction changes with the hour) closes the way to vehicles, and
``junction=roundabout|circular`` and ``highway=motorway(_link)`` imply ``oneway=yes`` unless
tagged ``oneway=no``. Walkers may go both ways everywhere.

Lengths are geodesic on the WGS 84 ellipsoid (pyproj.Geod), exact to the millimetre for the
straight pieces OSM draws between nodes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import osmium
import osmium.filter
import shapely
from pyproj import Geod

from countersight.geo.places import BBox
from countersight.ingest.yaml_lines import InputError, Problem

if TYPE_CHECKING:
    from sqlalchemy import Engine

MODES = ("foot", "motorcycle", "car")
FOOT, MOTORCYCLE, CAR = 1, 2, 4
VEHICLES = MOTORCYCLE | CAR
BANDS = ("detection", "observation", "recognition", "identification")

WGS84 = Geod(ellps="WGS84")

_ALL = FOOT | MOTORCYCLE | CAR
HIGHWAY_MODES: dict[str, int] = {
    "motorway": VEHICLES,
    "motorway_link": VEHICLES,
    "trunk": _ALL,
    "trunk_link": _ALL,
    "primary": _ALL,
    "primary_link": _ALL,
    "secondary": _ALL,
    "secondary_link": _ALL,
    "tertiary": _ALL,
    "tertiary_link": _ALL,
    "unclassified": _ALL,
    "residential": _ALL,
    "living_street": _ALL,
    "service": _ALL,
    "road": _ALL,
    "track": _ALL,
    "pedestrian": FOOT,
    "footway": FOOT,
    "steps": FOOT,
    "path": FOOT,
    "bridleway": FOOT,
    "cycleway": FOOT,
    "corridor": FOOT,
}
"""Who may use each highway class when no access tag says otherwise. Classes not listed
(``proposed``, ``construction``, ``platform``, ``raceway``, ``busway``, ``bus_guideway`` …)
are not streets anyone may travel."""

CLOSED_VALUES = frozenset(
    {"no", "private", "agricultural", "forestry", "emergency", "military", "use_sidepath"}
)
_FOOT_KEYS = ("access", "foot")
_MOTORCYCLE_KEYS = ("access", "vehicle", "motor_vehicle", "motorcycle")
_CAR_KEYS = ("access", "vehicle", "motor_vehicle", "motorcar")
_FORWARD = frozenset({"yes", "true", "1"})
_BACKWARD = frozenset({"-1", "reverse"})
_IMPLIED_ONEWAY_HIGHWAYS = frozenset({"motorway", "motorway_link"})
_IMPLIED_ONEWAY_JUNCTIONS = frozenset({"roundabout", "circular"})


@dataclass(frozen=True)
class StreetGraph:
    """Segments between junctions, and the directed edges each mode may travel along them.

    Nodes are the segments' end points (junctions and dead ends); a two-way segment gives two
    edges. Exposure arrays are per segment and DORI band (see countersight.geo.exposure).
    """

    node_lon: np.ndarray  # float64 [N]
    node_lat: np.ndarray  # float64 [N]
    node_osm_id: np.ndarray  # int64 [N]
    edge_source: np.ndarray  # int32 [E]
    edge_target: np.ndarray  # int32 [E]
    edge_length_m: np.ndarray  # float64 [E]
    edge_modes: np.ndarray  # uint8 [E]: modes that may travel source→target
    edge_segment: np.ndarray  # int32 [E] → segment index
    segment_geometry: np.ndarray  # shapely LineStrings [S], lon/lat
    segment_way_id: np.ndarray  # int64 [S]
    segment_name: list[str | None]
    segment_highway: list[str]
    exposure_foot_m: np.ndarray  # float64 [S, 4]: pedestrians (cameras without ALPR)
    exposure_vehicle_m: np.ndarray  # float64 [S, 4]: vehicles (all cameras)
    segment_cameras: list[tuple[str, ...]]
    assumptions: tuple[str, ...] = ()
    plate_readers: frozenset[str] = frozenset()
    """Cameras among segment_cameras that count for vehicles only, not for people on foot."""
    segment_tags: list[dict[str, str]] = field(default_factory=list, compare=False)
    """The tags access was decided from (kept so the store can rebuild the same graph)."""

    @property
    def segment_count(self) -> int:
        return len(self.segment_geometry)

    def with_exposure(
        self,
        foot_m: np.ndarray,
        vehicle_m: np.ndarray,
        cameras: list[tuple[str, ...]],
        assumptions: tuple[str, ...],
        plate_readers: frozenset[str] = frozenset(),
    ) -> StreetGraph:
        """The same streets with new exposure figures."""
        return replace(
            self,
            exposure_foot_m=foot_m,
            exposure_vehicle_m=vehicle_m,
            segment_cameras=cameras,
            assumptions=assumptions,
            plate_readers=plate_readers,
        )


ACCESS_TAG_KEYS = frozenset(
    {
        "highway",
        "name",
        "access",
        "foot",
        "vehicle",
        "motor_vehicle",
        "motorcycle",
        "motorcar",
        "motorroad",
        "oneway",
        "junction",
        "area",
    }
)


def _open_for(tags: dict[str, str], keys: tuple[str, ...], default: bool) -> bool:
    allowed = default
    for key in keys:
        value = tags.get(key)
        if value is not None:
            allowed = value.split(";")[0].strip() not in CLOSED_VALUES
    return allowed


def way_modes(tags: dict[str, str]) -> tuple[int, int]:
    """The modes that may travel a way forward (in its node order) and backward."""
    default = HIGHWAY_MODES.get(tags.get("highway", ""), 0)
    if default == 0 or tags.get("area") == "yes":
        return 0, 0
    modes = 0
    if _open_for(tags, _FOOT_KEYS, bool(default & FOOT)) and tags.get("motorroad") != "yes":
        modes |= FOOT
    if _open_for(tags, _MOTORCYCLE_KEYS, bool(default & MOTORCYCLE)):
        modes |= MOTORCYCLE
    if _open_for(tags, _CAR_KEYS, bool(default & CAR)):
        modes |= CAR
    vehicles = modes & VEHICLES
    oneway = tags.get("oneway", "").strip().lower()
    if not oneway and (
        tags.get("highway") in _IMPLIED_ONEWAY_HIGHWAYS
        or tags.get("junction") in _IMPLIED_ONEWAY_JUNCTIONS
    ):
        oneway = "yes"
    if oneway in _FORWARD:
        return modes, modes & ~vehicles
    if oneway in _BACKWARD:
        return modes & ~vehicles, modes
    if oneway == "reversible":
        return modes & ~vehicles, modes & ~vehicles
    return modes, modes


@dataclass
class _Way:
    way_id: int
    refs: list[int]
    coords: list[tuple[float, float] | None]
    tags: dict[str, str]


@dataclass
class StreetSegments:
    """Segments between junctions as plain lists: what the store keeps, and what a graph is
    built from (the same way whether it comes from a file or from the store)."""

    start_ref: list[int] = field(default_factory=list)  # OSM node ids of the two ends
    end_ref: list[int] = field(default_factory=list)
    coords: list[list[tuple[float, float]]] = field(default_factory=list)
    way_id: list[int] = field(default_factory=list)
    tags: list[dict[str, str]] = field(default_factory=list)  # only ACCESS_TAG_KEYS

    def __len__(self) -> int:
        return len(self.way_id)

    def append(self, start: int, end: int, coords: list, way_id: int, tags: dict) -> None:
        self.start_ref.append(start)
        self.end_ref.append(end)
        self.coords.append(coords)
        self.way_id.append(way_id)
        self.tags.append(tags)

    def reaching(self, bbox: BBox | None) -> StreetSegments:
        """The segments that touch the box (all of them without one)."""
        if bbox is None or not len(self):
            return self
        lines = [shapely.LineString(c) for c in self.coords]
        keep = np.flatnonzero(shapely.intersects(lines, shapely.box(*bbox))).tolist()
        return StreetSegments(
            [self.start_ref[i] for i in keep],
            [self.end_ref[i] for i in keep],
            [self.coords[i] for i in keep],
            [self.way_id[i] for i in keep],
            [self.tags[i] for i in keep],
        )


@dataclass
class StreetRead:
    """The streets of one file: segments, the area they cover and the newest edit among them."""

    file: Path
    segments: StreetSegments
    bbox: BBox | None
    newest: datetime | None


def _read_ways(path: Path) -> tuple[list[_Way], BBox | None, datetime | None]:
    """Every highway way with its node locations (None where the extract lacks the node),
    the file's bounding box and the newest way's timestamp."""
    processor = (
        osmium.FileProcessor(str(path), osmium.osm.NODE | osmium.osm.WAY)
        .with_locations()  # before the filters: the index must see every node
        .with_filter(osmium.filter.EntityFilter(osmium.osm.WAY))
        .with_filter(osmium.filter.KeyFilter("highway"))
    )
    ways: list[_Way] = []
    newest: datetime | None = None
    for way in processor:
        tags = {k: v for k, v in way.tags if k in ACCESS_TAG_KEYS}
        if way_modes(tags) == (0, 0):
            continue
        if way.timestamp.year > 1970 and (newest is None or way.timestamp > newest):
            newest = way.timestamp
        refs, coords = [], []
        for node in way.nodes:
            refs.append(node.ref)
            location: Any = node.location
            coords.append((location.lon, location.lat) if location.valid() else None)
        ways.append(_Way(way.id, refs, coords, tags))
    box = processor.header.box()
    bbox = None
    if box.valid():
        bbox = (box.bottom_left.lon, box.bottom_left.lat, box.top_right.lon, box.top_right.lat)
    return ways, bbox, newest


def _pieces(way: _Way, junctions: set[int]) -> list[tuple[list[int], list[tuple[float, float]]]]:
    """The way cut at junctions and at nodes the extract lacks (a gap ends a piece)."""
    pieces: list[tuple[list[int], list[tuple[float, float]]]] = []
    refs: list[int] = []
    coords: list[tuple[float, float]] = []
    for ref, point in zip(way.refs, way.coords, strict=True):
        if point is None:
            if len(refs) >= 2:
                pieces.append((refs, coords))
            refs, coords = [], []
            continue
        if refs and refs[-1] == ref:  # a node repeated in a row adds nothing
            continue
        refs.append(ref)
        coords.append(point)
        if ref in junctions and len(refs) >= 2:
            pieces.append((refs, coords))
            refs, coords = [ref], [point]
    if len(refs) >= 2:
        pieces.append((refs, coords))
    return pieces


def split_ways(ways: list[_Way]) -> StreetSegments:
    """Cut ways into segments at shared nodes."""
    uses: Counter[int] = Counter()
    for way in ways:
        uses.update(way.refs)
        uses.update((way.refs[0], way.refs[-1]))  # a way's ends are always segment ends
    junctions = {ref for ref, count in uses.items() if count > 1}
    segments = StreetSegments()
    for way in ways:
        for refs, coords in _pieces(way, junctions):
            segments.append(refs[0], refs[-1], coords, way.way_id, way.tags)
    return segments


def read_streets(path: Path, bbox: BBox | None = None) -> StreetRead:
    """The street segments of one OSM file; the area is the given bbox, else the file's."""
    try:
        ways, file_bbox, newest = _read_ways(Path(path))
    except RuntimeError as exc:  # libosmium's decoding errors
        problem = Problem(str(path), None, f"cannot read its streets as OpenStreetMap: {exc}")
        raise InputError([problem]) from None
    segments = split_ways(ways).reaching(bbox)
    area = bbox or file_bbox
    if area is None and len(segments):
        flat = np.asarray([p for c in segments.coords for p in c])
        area = (*flat.min(axis=0).tolist(), *flat.max(axis=0).tolist())
    return StreetRead(Path(path), segments, area, newest)


def geodesic_lengths_m(lines: np.ndarray) -> np.ndarray:
    """Geodesic length of each lon/lat LineString, all pieces in one vectorised pyproj call."""
    if not len(lines):
        return np.zeros(0)
    coords, owner = shapely.get_coordinates(lines, return_index=True)
    _, _, step = WGS84.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    same_line = owner[:-1] == owner[1:]  # no step from one line's end to the next's start
    return np.bincount(
        owner[:-1][same_line], weights=np.asarray(step)[same_line], minlength=len(lines)
    )


def graph_from_segments(segments: StreetSegments) -> StreetGraph:
    """A StreetGraph from its segments: the one place nodes and edges are derived."""
    node_index: dict[int, int] = {}
    node_lon: list[float] = []
    node_lat: list[float] = []

    def node(ref: int, point: tuple[float, float]) -> int:
        index = node_index.get(ref)
        if index is None:
            index = node_index[ref] = len(node_lon)
            node_lon.append(point[0])
            node_lat.append(point[1])
        return index

    geometry = np.empty(len(segments), dtype=object)
    geometry[:] = [shapely.LineString(c) for c in segments.coords]
    lengths = geodesic_lengths_m(geometry)
    source, target, length, modes, segment = [], [], [], [], []
    for index, (start_ref, end_ref, coords, tags) in enumerate(
        zip(segments.start_ref, segments.end_ref, segments.coords, segments.tags, strict=True)
    ):
        start, end = node(start_ref, coords[0]), node(end_ref, coords[-1])
        if start == end:  # a closed loop with no junction on it leads nowhere
            continue
        forward, backward = way_modes(tags)
        for a, b, allowed in ((start, end, forward), (end, start, backward)):
            if allowed:
                source.append(a)
                target.append(b)
                length.append(lengths[index])
                modes.append(allowed)
                segment.append(index)
    count = len(segments)
    return StreetGraph(
        node_lon=np.asarray(node_lon, dtype=np.float64),
        node_lat=np.asarray(node_lat, dtype=np.float64),
        node_osm_id=np.fromiter(node_index.keys(), dtype=np.int64, count=len(node_index)),
        edge_source=np.asarray(source, dtype=np.int32),
        edge_target=np.asarray(target, dtype=np.int32),
        edge_length_m=np.asarray(length, dtype=np.float64),
        edge_modes=np.asarray(modes, dtype=np.uint8),
        edge_segment=np.asarray(segment, dtype=np.int32),
        segment_geometry=geometry,
        segment_way_id=np.asarray(segments.way_id, dtype=np.int64),
        segment_name=[t.get("name") for t in segments.tags],
        segment_highway=[t["highway"] for t in segments.tags],
        exposure_foot_m=np.zeros((count, len(BANDS))),
        exposure_vehicle_m=np.zeros((count, len(BANDS))),
        segment_cameras=[() for _ in range(count)],
        segment_tags=list(segments.tags),
    )


def build_street_graph(path: Path, bbox: BBox | None = None) -> StreetGraph:
    """The street graph of one OSM file; with a bbox, the segments reaching into it."""
    return graph_from_segments(read_streets(path, bbox).segments)


def load_street_graph(engine: Engine, area: BBox | None = None) -> StreetGraph:
    """The stored streets reaching into the area (all stored streets without one)."""
    from countersight.geo.street_store import load_segments  # the store imports this module

    return graph_from_segments(load_segments(engine, area))
