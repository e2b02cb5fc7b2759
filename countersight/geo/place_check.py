"""Place check: which known cameras see the ways to a place (a home, a meeting point).

The approaches are the streets within a walking (or riding) radius of the place, measured
along the streets usable in the chosen mode (network distance, Dijkstra from the place over
the reversed street graph: the distance is the one a person travels *to* the place, one-ways
included for vehicles). Where no usable street lies within the radius there are no approaches
and the answer says so. For each camera whose band polygons reach an approach, the answer gives
its strongest band there; for each way in (a street leaving the radius), the exposure of the
shortest way from it to the place, least exposed first. Every answer carries the assumptions
behind the figures and how complete the camera map is around the place.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from scipy.sparse import csr_array
from scipy.sparse.csgraph import dijkstra
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Engine

from countersight.geo.area_exposure import AreaExposure
from countersight.geo.completeness import completeness
from countersight.geo.exposure import ExposureIndex
from countersight.geo.street_graph import BANDS, CAR, FOOT, MODES, MOTORCYCLE
from countersight.ingest.osm_import import OSM_ATTRIBUTION
from countersight.store.database import transaction

MODE_BITS = {"foot": FOOT, "motorcycle": MOTORCYCLE, "car": CAR}
DEFAULT_RADIUS_M = 300.0
MAX_RADIUS_M = 5000.0
LEAST_EXPOSED_SHOWN = 5
COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
METRES_PER_DEGREE = 111_320.0
ANSWER_NOTES = (
    "exposure figures are expected metres: cameras of unknown direction count at their weight",
    "approaches are ranked by metres in identification, then recognition, observation and "
    "detection, then by length",
    "the last stretch from the street to the place is measured in a straight line",
    "a street crossing the radius counts in proportion to its length inside it",
)


class PlaceCheckError(ValueError):
    """A place that cannot be checked: bad input, or no streets stored around it."""


def parse_at(text: str) -> Point:
    """'LAT,LON' in degrees (the order people copy from maps) as a lon/lat point."""
    try:
        lat, lon = (float(v) for v in text.split(","))
    except ValueError:
        raise PlaceCheckError(
            f"at {text!r}: expected LAT,LON in degrees, e.g. 16.49,97.63"
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise PlaceCheckError(f"at {text!r}: latitude must be within ±90 and longitude ±180")
    return Point(lon, lat)


def parse_polygon(source: str) -> BaseGeometry:
    """A polygon as WKT or GeoJSON text (a geometry or a Feature), in lon/lat."""
    try:
        if source.lstrip().startswith("{"):
            data = json.loads(source)
            geometry = shape(data.get("geometry", data))
        else:
            geometry = shapely.from_wkt(source)
    except (ValueError, KeyError, AttributeError, TypeError, shapely.errors.ShapelyError) as exc:
        raise PlaceCheckError(f"polygon: cannot read it as WKT or GeoJSON: {exc}") from None
    if geometry.geom_type not in ("Polygon", "MultiPolygon") or not geometry.is_valid:
        raise PlaceCheckError(
            "polygon: expected a valid Polygon or MultiPolygon in lon/lat, "
            f"got {geometry.geom_type}"
        )
    west, south, east, north = geometry.bounds
    if not (west >= -180 and east <= 180 and south >= -90 and north <= 90):
        raise PlaceCheckError("polygon: coordinates must be longitude, latitude in degrees")
    return geometry


def _search_box(place: BaseGeometry, radius: float) -> tuple[float, float, float, float]:
    west, south, east, north = place.bounds
    dlat = radius / METRES_PER_DEGREE
    dlon = dlat / max(math.cos(math.radians((south + north) / 2)), 0.01)
    return west - dlon, south - dlat, east + dlon, north + dlat


@dataclass
class _Reach:
    """Network distances from the place, and the tree of shortest ways to it."""

    distance: np.ndarray  # metres per graph node (inf: beyond the radius)
    predecessor: np.ndarray
    segment_between: dict[tuple[int, int], int]
    start: list[int]  # segments the place itself lies on or next to
    share: dict[int, float]  # for a node at the end of a start segment: the share walked


def _network_reach(
    index: ExposureIndex, place_xy: BaseGeometry, radius: float, mode: int
) -> _Reach | None:
    """Dijkstra from the place over the mode's reversed edges (the way *to* the place)."""
    graph = index.graph
    usable = (graph.edge_modes & mode) > 0
    usable_segments = np.unique(graph.edge_segment[usable])
    if not len(usable_segments):
        return None
    lines = index.lines[usable_segments]
    near = usable_segments[shapely.dwithin(lines, place_xy, radius)]
    if not len(near):
        return None
    touching = near[shapely.intersects(index.lines[near], place_xy)]
    start = (
        touching
        if len(touching)
        else near[[int(np.argmin(shapely.distance(index.lines[near], place_xy)))]]
    )
    nodes = len(graph.node_lon)
    origin = nodes  # a virtual node standing for the place
    offsets: dict[int, float] = {}
    first_node: dict[int, int] = {}
    share: dict[int, float] = {}
    for s in start.tolist():
        # the ends one may set out from along this street (a one-way: only its start)
        edges = np.flatnonzero((graph.edge_segment == s) & usable)
        ends = {int(graph.edge_source[e]) for e in edges}
        line = index.lines[s]
        snap = shapely.shortest_line(place_xy, line).coords[-1]
        along = line.line_locate_point(Point(snap))
        off = place_xy.distance(line)
        first_point = graph.segment_geometry[s].coords[0]
        for node in ends:
            at_start = (graph.node_lon[node], graph.node_lat[node]) == first_point
            metres = (off + (along if at_start else line.length - along)) * index.scale[s]
            if metres < offsets.get(node, math.inf):
                offsets[node] = max(metres, 1e-6)
                first_node[node] = s
                share[node] = min(1.0, (along if at_start else line.length - along) / line.length)
    # reversed edges: from a node one can reach the place if its successor can
    ends = list(offsets)
    src = np.concatenate((graph.edge_target[usable], np.full(len(ends), origin)))
    dst = np.concatenate((graph.edge_source[usable], np.asarray(ends, dtype=np.int64)))
    weight = np.concatenate((graph.edge_length_m[usable], [offsets[n] for n in ends]))
    segment = np.concatenate(
        (graph.edge_segment[usable], np.asarray([first_node[n] for n in ends], dtype=np.int64))
    )
    order = np.lexsort((weight, dst, src))  # parallel edges: keep the shortest
    src, dst, weight, segment = src[order], dst[order], weight[order], segment[order]
    first = np.ones(len(src), dtype=bool)
    first[1:] = (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])
    src, dst, weight, segment = src[first], dst[first], weight[first], segment[first]
    matrix = csr_array((weight, (src, dst)), shape=(nodes + 1, nodes + 1))
    distance, predecessor = dijkstra(
        matrix, directed=True, indices=origin, return_predecessors=True, limit=radius
    )
    between = {(int(a), int(b)): int(s) for a, b, s in zip(src, dst, segment, strict=True)}
    return _Reach(distance[:nodes], predecessor[:nodes], between, start.tolist(), share)


def _distance_note(mode: str, *, found: bool) -> str:
    usable = "on foot" if mode == "foot" else f"by {mode}"
    if not found:
        return f"no street usable {usable} lies within the radius: no approaches to measure"
    rule = "" if mode == "foot" else ", one-ways respected"
    return f"network: metres along streets usable {usable}{rule}, to the place"


def _bearing(dx: float, dy: float) -> str:
    degrees = math.degrees(math.atan2(dx, dy)) % 360
    return COMPASS[int((degrees + 22.5) // 45) % 8]


def place_check(
    engine: Engine,
    place: BaseGeometry,
    *,
    radius: float = DEFAULT_RADIUS_M,
    mode: str = "foot",
    cache: AreaExposure | None = None,
) -> dict[str, Any]:
    """The cameras that see the approaches to a place (lon/lat point or polygon), per band."""
    if mode not in MODE_BITS:
        raise PlaceCheckError(f"mode {mode!r}: expected one of {', '.join(MODES)}")
    if not 0 < radius <= MAX_RADIUS_M:
        raise PlaceCheckError(
            f"radius {radius:g}: expected more than 0 and at most {MAX_RADIUS_M:g} m"
        )
    index = (cache or AreaExposure()).index(engine, _search_box(place, radius))
    if index is None:
        raise PlaceCheckError(
            "no streets are stored around this place: import an OpenStreetMap extract that "
            "covers it with 'countersight import-osm'"
        )
    place_xy = index.plane.project(np.asarray([place], dtype=object))[0]
    reach = _network_reach(index, place_xy, radius, MODE_BITS[mode])
    exposure = index.foot_m if mode == "foot" else index.vehicle_m
    if reach is None:
        approach_segments: list[int] = []
        entries: list[dict[str, Any]] = []
    else:
        approach_segments, entries = _approaches(
            index, reach, place_xy, radius, MODE_BITS[mode], exposure
        )
    cameras = _cameras(index, approach_segments, place_xy, mode)
    centre = place.centroid
    with transaction(engine) as session:
        complete = completeness(session, [(centre.x, centre.y)])
    seen_m = exposure[approach_segments].sum(axis=0) if approach_segments else np.zeros(len(BANDS))
    return {
        "place": shapely.geometry.mapping(place),
        "mode": mode,
        "radius_m": radius,
        "distance": _distance_note(mode, found=reach is not None),
        "approach_segments": len(approach_segments),
        "approach_metres_by_band": {
            b: round(float(m), 1) for b, m in zip(BANDS, seen_m, strict=True)
        },
        "cameras": cameras,
        "cameras_by_band": {
            b: [c["camera"] for c in cameras if b in (c["band"], c["sees_the_place"])]
            for b in reversed(BANDS)
        },
        "approaches": len(entries),
        "unseen_approaches": sum(1 for e in entries if not any(e["metres_by_band"].values())),
        "least_exposed_approaches": entries[:LEAST_EXPOSED_SHOWN],
        "assumptions": [*index.assumptions(c["camera"] for c in cameras), *ANSWER_NOTES],
        "completeness": complete.to_dict(),
        "attribution": OSM_ATTRIBUTION,
    }


def _approaches(
    index: ExposureIndex,
    reach: _Reach,
    place_xy: BaseGeometry,
    radius: float,
    mode: int,
    exposure: np.ndarray,
) -> tuple[list[int], list[dict[str, Any]]]:
    graph = index.graph
    inside = np.isfinite(reach.distance) & (reach.distance <= radius)
    usable = (graph.edge_modes & mode) > 0
    source, target, segment = (
        graph.edge_source[usable],
        graph.edge_target[usable],
        graph.edge_segment[usable],
    )
    within = set(np.unique(segment[inside[source] | inside[target]]).tolist()) | set(reach.start)
    # a way in: an edge that arrives at a reached node from beyond the radius
    entering = inside[target] & ~inside[source]
    entries: dict[int, dict[str, Any]] = {}  # one per street crossing the radius inwards
    counted = {v.key for v in index.views if mode != FOOT or not v.vehicles_only}
    centre = place_xy.centroid
    for node, seg in zip(target[entering].tolist(), segment[entering].tolist(), strict=True):
        if seg in entries:
            continue
        path, weights = [], []
        current = node
        while 0 <= current < len(graph.node_lon):
            following = int(reach.predecessor[current])
            path.append(reach.segment_between[(following, current)])
            # the street the place lies on is walked only from the place to its end
            weights.append(1.0 if following < len(graph.node_lon) else reach.share[current])
            current = following
        # the street crossing the radius counts for its share inside the radius
        length = float(index.planar[seg] * index.scale[seg])
        inside = min(1.0, max(0.0, radius - float(reach.distance[node])) / length)
        path.append(seg)
        weights.append(inside)
        metres = (exposure[path] * np.asarray(weights)[:, None]).sum(axis=0)
        line = graph.segment_geometry[seg]
        from_start = (graph.node_lon[node], graph.node_lat[node]) == line.coords[0]
        crossing = line.interpolate(inside if from_start else 1.0 - inside, normalized=True)
        x, y = index.plane.xy(np.array([crossing.x]), np.array([crossing.y]))
        entries[seg] = {
            "from": _bearing(float(x[0] - centre.x), float(y[0] - centre.y)),
            "street": graph.segment_name[seg] or graph.segment_highway[seg],
            "enters_radius_at": [round(crossing.y, 7), round(crossing.x, 7)],
            "length_m": round(float(reach.distance[node]) + inside * length, 1),
            "metres_by_band": {b: round(float(m), 1) for b, m in zip(BANDS, metres, strict=True)},
            "cameras": sorted({c for s in path for c in index.cameras[s] if c in counted}),
        }
    ranked = sorted(
        entries.values(),
        key=lambda e: (*(e["metres_by_band"][b] for b in reversed(BANDS)), e["length_m"]),
    )
    return sorted(within), ranked


def _cameras(
    index: ExposureIndex, segments: list[int], place_xy: BaseGeometry, mode: str
) -> list[dict[str, Any]]:
    """Each camera seeing an approach or the place itself: its strongest band on the
    approaches, the metres and segments in that band, and its strongest band at the place."""
    found: dict[str, dict[str, Any]] = {}
    counts = {v.key: not (mode == "foot" and v.vehicles_only) for v in index.views}

    def entry(key: str, uncertain: bool) -> dict[str, Any]:
        return found.setdefault(
            key,
            {
                "camera": key,
                "band": None,
                "metres_in_band": 0.0,
                "segments": 0,
                "sees_the_place": None,
                "uncertain": uncertain,
            },
        )

    for sight in index.sights(segments):
        if not counts[sight.camera]:
            continue
        camera = entry(sight.camera, sight.uncertain)
        band = BANDS[sight.band]
        if camera["band"] is None or BANDS.index(camera["band"]) < sight.band:
            camera.update(band=band, metres_in_band=0.0, segments=0)
        if camera["band"] == band:
            camera["metres_in_band"] += sight.metres
            camera["segments"] += 1
    for polygon in index.polygon_tree.query(place_xy, predicate="intersects").tolist():
        view = index.views[int(index.bands.camera[polygon])]
        if counts[view.key]:
            camera = entry(view.key, view.coverage.uncertain)
            band = BANDS[int(index.bands.band[polygon])]
            shown = camera["sees_the_place"]
            if shown is None or BANDS.index(band) > BANDS.index(shown):
                camera["sees_the_place"] = band
    for camera in found.values():
        camera["metres_in_band"] = round(camera["metres_in_band"], 1)

    def strength(camera: dict[str, Any]) -> tuple:
        bands = [camera["band"], camera["sees_the_place"]]
        return (
            -max(BANDS.index(b) for b in bands if b),
            -camera["metres_in_band"],
            camera["camera"],
        )

    return sorted(found.values(), key=strength)
