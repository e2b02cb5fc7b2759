"""Build `bench/data/large.osm.pbf`: at least 20 million nodes tiled from the real extracts.

Run `python -m bench.osm_generate` (the OSM benchmark runs it for you; the file is cached and
rebuilt only when this script or an extract is newer than it).

Every tile is one real extract (© OpenStreetMap contributors, ODbL 1.0) moved to its own cell
of a 1° grid and given its own id range: all ids, and the references inside ways and
relations, are offset by `tile × stride`, where the stride is a power of ten above every id in
the extracts. The result has exactly the extracts' shares of tags, cameras, ways and
relations, and osmium sees a valid PBF, sorted by type then id: all the nodes of tile 0, 1, …,
then all the ways, then all the relations.

The file is written at the level of PBF blocks rather than object by object, because that is
what makes 20 million nodes cheap to produce. Coordinates, ids and references in a PBF are
delta-coded, so

- a coordinate shift is the block's `lat_offset`/`lon_offset` fields (nanodegrees), rewritten
  once per block: no node is touched;
- an id offset changes the first value of each delta-coded list — the dense node ids of a
  block, the refs of a way, the member ids of a relation — and the (absolute) id of each way
  and relation.

So each extract is parsed once (a few seconds of Python for its ways and relations), and each
tile is re-encoded from that parse and zlib-compressed again, two tiles at a time on two cores.
Writing the same tiles object by object with pyosmium's `SimpleWriter` took 9.5 s per copy of
the six extracts, about 7 minutes for 20 million nodes on one core; see bench/README.md.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXTRACTS = Path(os.environ.get("COUNTERSIGHT_OSM_EXTRACTS", REPO.parent / "shared/data/osm"))
DATA = REPO / "bench" / "data"
LARGE = DATA / "large.osm.pbf"
DENSE = DATA / "large-renumbered.osm.pbf"
TARGET_NODES = 20_000_000
CELL_DEGREES = 1.0  # every extract here is under 1° across
GRID_COLUMNS = 20
GRID_ORIGIN = (-10.0, 35.0)  # lon, lat of the grid's south-west corner: tiles cover Europe-ish
ZLIB_LEVEL = 6  # what osmium writes by default, so reading our file costs what reading theirs does
NODE, WAY, RELATION = "node", "way", "relation"

# --- protobuf, the little of it that OSM PBF needs -----------------------------------------


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def _encode_varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _zigzag(value: int) -> int:
    return (value << 1) ^ (value >> 63)


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _fields(buf: bytes, start: int = 0, end: int | None = None):
    """(number, wire type, value, start of field, end of field); value is an int or a slice."""
    pos = start
    end = len(buf) if end is None else end
    while pos < end:
        field_start = pos
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(buf, pos)
        elif wire == 2:
            length, pos = _varint(buf, pos)
            value = (pos, pos + length)
            pos += length
        elif wire == 1:
            value, pos = int.from_bytes(buf[pos : pos + 8], "little"), pos + 8
        elif wire == 5:
            value, pos = int.from_bytes(buf[pos : pos + 4], "little"), pos + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield number, wire, value, field_start, pos


def _int64(value: int) -> int:
    """A protobuf int64 read as an unsigned varint, back to its sign."""
    return value - (1 << 64) if value >> 63 else value


def _key(number: int, wire: int) -> bytes:
    return _encode_varint((number << 3) | wire)


def _len_field(number: int, payload: bytes) -> bytes:
    return _key(number, 2) + _encode_varint(len(payload)) + payload


def _int_field(number: int, value: int) -> bytes:
    return _key(number, 0) + _encode_varint(value)


# --- one extract, parsed once ---------------------------------------------------------------


@dataclass
class Element:
    """A Node, Way, Relation or DenseNodes message, split where a tile's id offset lands.

    `parts` is the message with its id field and its delta-coded list cut out; the id is put
    back (offset) after `id_at` parts, the list (first value offset) after `delta_at`.
    """

    parts: list[bytes]
    id_value: int | None = None  # absolute id, for Node/Way/Relation
    id_zigzag: bool = False  # Node ids are sint64, Way/Relation ids int64
    id_at: int = 0
    delta_field: int = 0  # 1 (DenseNodes ids), 8 (Way refs), 9 (Relation memids); 0 = none
    delta_first: int = 0
    delta_rest: bytes = b""
    delta_at: int = 0

    def encode(self, offset: int) -> bytes:
        extra: dict[int, bytes] = {}
        if self.id_value is not None:
            value = self.id_value + offset
            extra[self.id_at] = _int_field(1, _zigzag(value) if self.id_zigzag else value)
        if self.delta_field:
            packed = _encode_varint(_zigzag(self.delta_first + offset)) + self.delta_rest
            extra[self.delta_at] = extra.get(self.delta_at, b"") + _len_field(
                self.delta_field, packed
            )
        out = []
        for i, part in enumerate(self.parts):
            if i in extra:
                out.append(extra[i])
            out.append(part)
        if len(self.parts) in extra:
            out.append(extra[len(self.parts)])
        return b"".join(out)


@dataclass
class Part:
    """The groups of one PBF block that hold one kind of object, with the block's context."""

    kind: str
    stringtable: bytes  # the whole field, key included
    settings: bytes  # granularity, date_granularity: kept as they are
    lat_offset: int
    lon_offset: int
    groups: list[tuple[int, list[Element]]] = field(default_factory=list)  # (group field, ...)

    def encode(self, id_offset: int, lon_shift: int, lat_shift: int) -> bytes:
        groups = []
        for number, elements in self.groups:
            if number == 2:  # one DenseNodes message per group
                body = _len_field(2, elements[0].encode(id_offset))
            else:
                body = b"".join(_len_field(number, e.encode(id_offset)) for e in elements)
            groups.append(_len_field(2, body))
        return (
            self.stringtable
            + b"".join(groups)
            + self.settings
            + _int_field(19, self.lat_offset + lat_shift)
            + _int_field(20, self.lon_offset + lon_shift)
        )


def _split(buf: bytes, start: int, end: int, id_field: int | None, delta_field: int) -> Element:
    element = Element(parts=[], delta_field=0)
    chunk_start = start
    for number, wire, value, f_start, f_end in _fields(buf, start, end):
        if number == id_field and wire == 0:
            element.parts.append(buf[chunk_start:f_start])
            element.id_value = value
            element.id_at = len(element.parts)
            chunk_start = f_end
        elif number == delta_field and wire == 2:
            element.parts.append(buf[chunk_start:f_start])
            first, rest = _varint(buf, value[0])
            element.delta_field = delta_field
            element.delta_first = _unzigzag(first)
            element.delta_rest = buf[rest : value[1]]
            element.delta_at = len(element.parts)
            chunk_start = f_end
    element.parts.append(buf[chunk_start:end])
    return element


def _blobs(path: Path):
    """(type, decompressed data) for every blob of a PBF file."""
    with path.open("rb") as handle:
        while head := handle.read(4):
            header = handle.read(int.from_bytes(head, "big"))
            kind, size = "", 0
            for number, _, value, _, _ in _fields(header):
                if number == 1:
                    kind = header[value[0] : value[1]].decode()
                elif number == 3:
                    size = value
            blob = handle.read(size)
            data = None
            for number, _, value, _, _ in _fields(blob):
                if number == 1:
                    data = blob[value[0] : value[1]]
                elif number == 3:
                    data = zlib.decompress(blob[value[0] : value[1]])
            if data is None:
                raise ValueError(f"{path}: only raw and zlib PBF blobs are supported")
            yield kind, data


def parse_extract(path: Path) -> list[Part]:
    """Every data block of the file, split by kind of object, ready to re-encode per tile."""
    parts: list[Part] = []
    for kind, data in _blobs(path):
        if kind != "OSMData":
            continue
        stringtable, settings = b"", b""
        lat_offset = lon_offset = 0
        groups: list[tuple[int, int]] = []
        for number, _, value, f_start, f_end in _fields(data):
            if number == 1:
                stringtable = data[f_start:f_end]
            elif number == 2:
                groups.append(value)
            elif number == 19:
                lat_offset = _int64(value)
            elif number == 20:
                lon_offset = _int64(value)
            else:
                settings += data[f_start:f_end]
        by_kind: dict[str, Part] = {}
        for g_start, g_end in groups:
            for number, _, (m_start, m_end), _, _ in _fields(data, g_start, g_end):
                if number == 1:
                    kind_, element = NODE, _split(data, m_start, m_end, 1, 0)
                    element.id_zigzag = True
                    element.id_value = _unzigzag(element.id_value or 0)
                elif number == 2:
                    kind_, element = NODE, _split(data, m_start, m_end, None, 1)
                elif number == 3:
                    kind_, element = WAY, _split(data, m_start, m_end, 1, 8)
                elif number == 4:
                    kind_, element = RELATION, _split(data, m_start, m_end, 1, 9)
                else:
                    raise ValueError(f"{path}: unexpected group field {number} (changesets?)")
                part = by_kind.setdefault(
                    kind_, Part(kind_, stringtable, settings, lat_offset, lon_offset)
                )
                if part.groups and part.groups[-1][0] == number and number != 2:
                    part.groups[-1][1].append(element)
                else:
                    part.groups.append((number, [element]))
        parts.extend(by_kind[k] for k in (NODE, WAY, RELATION) if k in by_kind)
    return parts


# --- writing --------------------------------------------------------------------------------


def _blob(kind: str, data: bytes) -> bytes:
    blob = _int_field(2, len(data)) + _len_field(3, zlib.compress(data, ZLIB_LEVEL))
    header = _len_field(1, kind.encode()) + _int_field(3, len(blob))
    return len(header).to_bytes(4, "big") + header + blob


def _header(bbox: tuple[float, float, float, float]) -> bytes:
    west, south, east, north = (round(v * 1e9) for v in bbox)
    box = b"".join(
        _int_field(n, _zigzag(v)) for n, v in ((1, west), (2, east), (3, north), (4, south))
    )
    block = (
        _len_field(1, box)
        + _len_field(4, b"OsmSchema-V0.6")
        + _len_field(4, b"DenseNodes")
        + _len_field(5, b"Sort.Type_then_ID")
        + _len_field(16, b"countersight bench/osm_generate.py")
    )
    return _blob("OSMHeader", block)


@dataclass(frozen=True)
class Tile:
    source: int
    id_offset: int
    lon_shift: int  # nanodegrees, a multiple of 100 so coordinates stay on osmium's 1e-7 grid
    lat_shift: int


_PARSED: list[list[Part]] = []  # filled before the pool forks, so workers inherit it


def _encode_tile(tile: Tile) -> dict[str, bytes]:
    out: dict[str, list[bytes]] = {NODE: [], WAY: [], RELATION: []}
    for part in _PARSED[tile.source]:
        data = part.encode(tile.id_offset, tile.lon_shift, tile.lat_shift)
        out[part.kind].append(_blob("OSMData", data))
    return {kind: b"".join(blobs) for kind, blobs in out.items()}


def _osmium_json(*args: str) -> dict:
    result = subprocess.run(["osmium", *args], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def file_stats(path: Path) -> dict:
    """Counts of everything and of `man_made=surveillance` objects (osmium tags-filter -R)."""
    info = _osmium_json("fileinfo", "-e", "-j", str(path))["data"]
    with tempfile.TemporaryDirectory() as tmp:
        cameras_file = Path(tmp) / "cameras.osm.pbf"
        subprocess.run(
            [
                *("osmium", "tags-filter", "-R", "-O", "-o", str(cameras_file)),
                *(str(path), "nwr/man_made=surveillance"),
            ],
            check=True,
        )
        cameras = _osmium_json("fileinfo", "-e", "-j", str(cameras_file))["data"]["count"]
    return {
        "file": path.name,
        "bytes": path.stat().st_size,
        "nodes": info["count"]["nodes"],
        "ways": info["count"]["ways"],
        "relations": info["count"]["relations"],
        "sorted": info.get("objects_ordered"),
        "bbox": info["bbox"],
        "cameras": {k: cameras[k] for k in ("nodes", "ways", "relations")},
    }


def extracts() -> list[Path]:
    found = sorted(EXTRACTS.glob("*.osm.pbf"))
    if not found:
        raise SystemExit(f"no *.osm.pbf extracts in {EXTRACTS} (set COUNTERSIGHT_OSM_EXTRACTS)")
    return found


def plan(sources: list[Path], infos: list[dict]) -> list[Tile]:
    """Enough copies of every extract for TARGET_NODES, each in its own cell and id range."""
    kinds = ("nodes", "ways", "relations")
    max_id = max(i["maxid"][k] for i in infos for k in kinds)
    if min(i["minid"][k] for i in infos for k in kinds) < 0:
        raise SystemExit("extracts with negative ids are not supported")
    stride = 10 ** len(str(max_id))
    copies = math.ceil(TARGET_NODES / sum(i["count"]["nodes"] for i in infos))
    tiles = []
    for index in range(copies * len(sources)):
        info = infos[index % len(sources)]
        west, south, east, north = info["bbox"]
        if east - west >= CELL_DEGREES or north - south >= CELL_DEGREES:
            raise SystemExit(f"{sources[index % len(sources)].name} is larger than a grid cell")
        row, column = divmod(index, GRID_COLUMNS)
        cell_lon = GRID_ORIGIN[0] + column * CELL_DEGREES + 0.01
        cell_lat = GRID_ORIGIN[1] + row * CELL_DEGREES + 0.01
        tiles.append(
            Tile(
                source=index % len(sources),
                id_offset=index * stride,
                lon_shift=round((cell_lon - west) * 1e7) * 100,
                lat_shift=round((cell_lat - south) * 1e7) * 100,
            )
        )
    return tiles


def generate(target: Path = LARGE) -> float:
    """Write the file; returns the seconds it took."""
    started = time.perf_counter()
    sources = extracts()
    infos = [_osmium_json("fileinfo", "-e", "-j", str(s))["data"] for s in sources]
    tiles = plan(sources, infos)
    _PARSED[:] = [parse_extract(s) for s in sources]
    parsed = time.perf_counter() - started
    rows = math.ceil(len(tiles) / GRID_COLUMNS)
    bbox = (
        GRID_ORIGIN[0],
        GRID_ORIGIN[1],
        GRID_ORIGIN[0] + min(len(tiles), GRID_COLUMNS) * CELL_DEGREES,
        GRID_ORIGIN[1] + rows * CELL_DEGREES,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        later = {WAY: Path(tmp) / "ways", RELATION: Path(tmp) / "relations"}
        with (
            partial.open("wb") as out,
            later[WAY].open("wb") as ways,
            later[RELATION].open("wb") as relations,
            multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool,
        ):
            out.write(_header(bbox))
            for encoded in pool.imap(_encode_tile, tiles):
                out.write(encoded[NODE])
                ways.write(encoded[WAY])
                relations.write(encoded[RELATION])
        with partial.open("ab") as out:
            for kind in (WAY, RELATION):
                with later[kind].open("rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 24)
    partial.replace(target)
    _PARSED.clear()
    took = time.perf_counter() - started
    print(
        f"generated {target} ({len(tiles)} tiles = {len(tiles) // len(sources)} copies of "
        f"{len(sources)} extracts) in {took:.1f} s (parsing the extracts: {parsed:.1f} s)",
        file=sys.stderr,
    )
    return took


def renumber(target: Path = DENSE) -> float:
    """The large file with dense ids (`osmium renumber`): how much the ids' spread matters."""
    started = time.perf_counter()
    partial = target.with_name(target.name + ".partial.osm.pbf")
    subprocess.run(["osmium", "renumber", "-O", "-o", str(partial), str(LARGE)], check=True)
    partial.replace(target)
    took = time.perf_counter() - started
    print(f"renumbered {LARGE.name} into {target} in {took:.1f} s", file=sys.stderr)
    return took


def _fresh(target: Path, inputs: list[Path]) -> bool:
    if not target.exists():
        return False
    return target.stat().st_mtime > max(p.stat().st_mtime for p in inputs)


def _ensure(target: Path, build: Callable[[], float], inputs: list[Path]) -> dict:
    """The file's stats, building the file (and counting its contents) when it is stale."""
    sidecar = target.with_name(target.name + ".json")
    took = None if _fresh(target, inputs) else build()
    if took is None and _fresh(sidecar, [target]):
        stats = json.loads(sidecar.read_text())
        print(f"using cached {target} (built in {stats['build_seconds']:.1f} s)", file=sys.stderr)
        return stats
    started = time.perf_counter()
    stats = file_stats(target)
    stats["build_seconds"] = took if took is not None else float("nan")
    stats["count_seconds"] = time.perf_counter() - started
    sidecar.write_text(json.dumps(stats, indent=2) + "\n")
    return stats


def ensure_large() -> dict:
    """The large file's stats, generating it when this script or an extract is newer."""
    return _ensure(LARGE, generate, [Path(__file__), *extracts()])


def ensure_dense() -> dict:
    """The renumbered large file's stats, renumbering it when the large file is newer."""
    if not _fresh(LARGE, [Path(__file__), *extracts()]):
        ensure_large()
    return _ensure(DENSE, renumber, [Path(__file__), LARGE])


def describe(stats: dict) -> str:
    cams = stats["cameras"]
    return (
        f"{stats['file']}: {stats['bytes'] / 1e6:,.0f} MB, {stats['nodes']:,} nodes, "
        f"{stats['ways']:,} ways, {stats['relations']:,} relations, sorted: {stats['sorted']}; "
        f"man_made=surveillance: {cams['nodes']:,} nodes, {cams['ways']:,} ways, "
        f"{cams['relations']:,} relations (counted in {stats['count_seconds']:.1f} s)"
    )


def main() -> None:
    print(describe(ensure_large()))
    if "--dense" in sys.argv[1:]:
        print(describe(ensure_dense()))


if __name__ == "__main__":
    main()
