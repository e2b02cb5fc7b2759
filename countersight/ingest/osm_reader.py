"""Read `man_made=surveillance` features out of OpenStreetMap files with pyosmium.

libosmium does all decoding (PBF, XML, bz2/gz, osmChange); this module only chooses what to
read. Filtering happens in C++ (a tag filter; the nodes that camera ways need come from a
location index kept during that pass or, for very large files, from id-filtered passes), so
Python sees the cameras and nothing else.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import osmium
import osmium.filter
import shapely
from shapely.geometry import LineString, MultiLineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from countersight.ingest.yaml_lines import InputError, Problem

SURVEILLANCE = ("man_made", "surveillance")
READABLE = (
    ".osm.pbf",
    ".pbf",
    ".osm",
    ".osm.bz2",
    ".osm.gz",
    ".osc",
    ".osc.gz",
    ".osc.bz2",
    ".json",
)
CHANGE_SUFFIXES = (".osc", ".osc.gz", ".osc.bz2")
LOCATION_INDEX_MAX_BYTES = 1 << 30
"""Files up to this size are read in one pass that keeps every node's location (libosmium's
index, about 16 bytes a node: near the file's own size in memory), so the nodes that camera
ways need are looked up rather than found by a second scan of the whole file. Larger files
take that second scan and need memory only for the cameras."""


@dataclass(frozen=True)
class OsmFeature:
    """One surveillance feature as OpenStreetMap has it, with its geometry where known."""

    osm_type: str
    osm_id: int
    version: int
    timestamp: datetime | None
    changeset: int
    tags: dict[str, str]
    geometry: BaseGeometry | None
    deleted: bool = False

    @property
    def key(self) -> str:
        return f"osm:{self.osm_type}/{self.osm_id}"

    @property
    def is_camera(self) -> bool:
        """False for a deletion, or (in a diff) an edit that took the camera tag away."""
        return not self.deleted and _is_camera(self.tags)


@dataclass
class OsmRead:
    """What one file held: its features, the area it covers and whether it is a diff.

    A diff (.osc) lists every object it touches, cameras or not, so that an edit removing
    the camera tag can retire the camera.
    """

    file: Path
    features: list[OsmFeature]
    bbox: tuple[float, float, float, float] | None
    is_change: bool
    problems: list[str] = field(default_factory=list)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(READABLE, key=len, reverse=True) if name.endswith(s)), "")


def _fail(path: Path, message: str) -> InputError:
    return InputError([Problem(str(path), None, message)])


@dataclass
class _Pending:
    """Ways and relations seen in the first pass, waiting for their members' locations."""

    ways: dict[int, tuple[Any, list[int]]] = field(default_factory=dict)
    relations: dict[int, tuple[Any, list[tuple[str, int]]]] = field(default_factory=dict)


def _meta(obj: Any) -> dict[str, Any]:
    return {
        "osm_id": obj.id,
        "version": obj.version,
        "changeset": obj.changeset,
        "timestamp": obj.timestamp if obj.timestamp.year > 1970 else None,
        "tags": dict(obj.tags),
        "deleted": bool(getattr(obj, "deleted", False)),
    }


def _is_camera(tags: Any) -> bool:
    return tags.get(SURVEILLANCE[0]) == SURVEILLANCE[1]


def _way_geometry(
    refs: list[int], locations: dict[int, tuple[float, float]]
) -> BaseGeometry | None:
    points = [locations[r] for r in refs if r in locations]
    if len(points) < 2:
        return None
    if len(points) >= 4 and refs[0] == refs[-1] and len(points) == len(refs):
        return Polygon(points)
    return LineString(points)


def _read(path: Path, change: bool, report: Callable[[int], None] | None) -> OsmRead:
    nodes: list[OsmFeature] = []
    pending = _Pending()
    found = 0
    processor = osmium.FileProcessor(str(path))
    indexed = not change and path.stat().st_size <= LOCATION_INDEX_MAX_BYTES
    if indexed:  # before the filter: the index must see every node, not just the cameras
        processor = processor.with_locations()
    if not change:  # a diff must show us edits that removed the tag, so it is read whole
        processor = processor.with_filter(osmium.filter.TagFilter(SURVEILLANCE))
    locations: dict[int, tuple[float, float]] = {}
    for obj in processor:
        found += 1
        if report and found % 100 == 0:
            report(found)
        if obj.is_node():
            geometry = None
            if obj.location.valid():
                geometry = Point(obj.location.lon, obj.location.lat)
                locations[obj.id] = (obj.location.lon, obj.location.lat)
            nodes.append(OsmFeature("node", geometry=geometry, **_meta(obj)))
        elif obj.is_way():
            pending.ways[obj.id] = (_meta(obj), [n.ref for n in obj.nodes])
        elif obj.is_relation():
            members = [(m.type, m.ref) for m in obj.members]
            pending.relations[obj.id] = (_meta(obj), members)
    if report:
        report(found)
    header_box = processor.header.box()
    bbox = None
    if header_box.valid():
        bbox = (
            header_box.bottom_left.lon,
            header_box.bottom_left.lat,
            header_box.top_right.lon,
            header_box.top_right.lat,
        )
    index = processor.node_location_storage if indexed else None
    features = nodes + _resolve(path, pending, locations, change, index)
    if bbox is None:
        shapes = [f.geometry for f in features if f.geometry is not None]
        if shapes:
            bbox = tuple(shapely.total_bounds(shapes).tolist())  # type: ignore[assignment]
    return OsmRead(path, features, bbox, change)


def _resolve(
    path: Path,
    pending: _Pending,
    locations: dict[int, tuple[float, float]],
    change: bool,
    index: osmium.index.LocationTable | None,
) -> list[OsmFeature]:
    """Member ways of relations (a second pass), then the nodes every way needs: from the
    first pass's location index when there is one, else by a third pass."""
    member_ways = {
        ref
        for _, members in pending.relations.values()
        for kind, ref in members
        if kind == "w" and ref not in pending.ways
    }
    way_refs: dict[int, list[int]] = {wid: refs for wid, (_, refs) in pending.ways.items()}
    if member_ways and not change:
        ways = osmium.FileProcessor(str(path), osmium.osm.WAY).with_filter(
            osmium.filter.IdFilter(member_ways)
        )
        way_refs.update({w.id: [n.ref for n in w.nodes] for w in ways})
    needed = {r for refs in way_refs.values() for r in refs} - set(locations)
    needed |= {
        ref for _, members in pending.relations.values() for kind, ref in members if kind == "n"
    } - set(locations)
    if index is not None:  # it saw every node of the file: what it lacks, the file lacks
        for ref in needed:
            try:
                location = index.get(ref)
            except KeyError:
                continue
            locations[ref] = (location.lon, location.lat)
    elif needed and not change:
        for node in osmium.FileProcessor(str(path), osmium.osm.NODE).with_filter(
            osmium.filter.IdFilter(needed)
        ):
            if node.location.valid():
                locations[node.id] = (node.location.lon, node.location.lat)
    features = [
        OsmFeature("way", geometry=_way_geometry(refs, locations), **meta)
        for _, (meta, refs) in sorted(pending.ways.items())
    ]
    for _, (meta, members) in sorted(pending.relations.items()):
        parts = [
            _way_geometry(way_refs.get(ref, []), locations) for kind, ref in members if kind == "w"
        ]
        lines = [p.exterior if isinstance(p, Polygon) else p for p in parts if p is not None]
        points = [
            Point(locations[ref]) for kind, ref in members if kind == "n" and ref in locations
        ]
        geometry: BaseGeometry | None = None
        if lines:
            geometry = MultiLineString([list(line.coords) for line in lines])
        elif points:
            geometry = shapely.MultiPoint(points)
        features.append(OsmFeature("relation", geometry=geometry, **meta))
    return features


@contextmanager
def _overpass_as_osm(path: Path) -> Iterator[Path]:
    """Overpass JSON is not a libosmium format: write its elements to a temporary OSM file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"not Overpass JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("elements"), list):
        raise _fail(path, "not Overpass JSON: expected an object with an 'elements' list")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "overpass.osm.pbf"
        writer = osmium.SimpleWriter(str(target))
        try:
            _write_elements(path, data["elements"], writer)
        finally:
            writer.close()
        yield target


def _write_elements(path: Path, elements: list[Any], writer: osmium.SimpleWriter) -> None:
    nodes, ways, relations = {}, [], []
    for index, element in enumerate(elements):
        try:
            kind, oid = element["type"], int(element["id"])
            meta = {
                "id": oid,
                "tags": element.get("tags", {}),
                "version": int(element.get("version", 1)),
                "changeset": int(element.get("changeset", 0)),
            }
            if element.get("timestamp"):
                meta["timestamp"] = element["timestamp"]
            if kind == "node":
                nodes[oid] = osmium.osm.mutable.Node(
                    location=(float(element["lon"]), float(element["lat"])), **meta
                )
            elif kind == "way":
                refs = [int(r) for r in element["nodes"]]
                for ref, point in zip(refs, element.get("geometry") or [], strict=False):
                    if ref not in nodes and point:
                        nodes[ref] = osmium.osm.mutable.Node(
                            id=ref, location=(float(point["lon"]), float(point["lat"]))
                        )
                ways.append(osmium.osm.mutable.Way(nodes=refs, **meta))
            elif kind == "relation":
                members = [
                    (m["type"][0], int(m["ref"]), m.get("role", ""))
                    for m in element.get("members", [])
                ]
                relations.append(osmium.osm.mutable.Relation(members=members, **meta))
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail(path, f"element {index} is not a valid OSM element: {exc!r}") from None
    for node in sorted(nodes.values(), key=lambda n: n.id):
        writer.add_node(node)
    for way in sorted(ways, key=lambda w: w.id):
        writer.add_way(way)
    for relation in sorted(relations, key=lambda r: r.id):
        writer.add_relation(relation)


def read_surveillance(path: Path, report: Callable[[int], None] | None = None) -> OsmRead:
    """All surveillance features in one file, or an InputError naming the file and the fault."""
    if not path.is_file():
        raise _fail(path, "no such file")
    suffix = _suffix(path)
    if not suffix:
        raise _fail(path, "unknown file type; expected " + ", ".join(READABLE))
    if path.stat().st_size == 0:
        raise _fail(path, "the file is empty")
    try:
        if suffix == ".json":
            with _overpass_as_osm(path) as converted:
                result = _read(converted, change=False, report=report)
            result.file = path
            return result
        return _read(path, change=suffix in CHANGE_SUFFIXES, report=report)
    except RuntimeError as exc:  # libosmium's decoding errors
        raise _fail(path, f"cannot read it as OpenStreetMap data: {exc}") from None
