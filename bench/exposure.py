"""Street graph and exposure timings: `python -m bench exposure`.

For each real extract: building the StreetGraph from the .osm.pbf, storing it (import-osm's
street half) and loading it back, the full exposure computation with the extract's own cameras
and with a dense set of placed cameras (one per 40 m of street, a mix of types and
directions, for extracts that have almost none mapped), and the incremental update after one
camera changed, against recomputing everything. The reference for the exposure itself is the
obvious per-segment loop (query the tree, union each band's polygons, intersect, measure), on
the same graph and cameras in the same run.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import shapely

from countersight import atlas
from countersight.geo.exposure import CameraView, ExposureIndex, camera_view, camera_views_from_file
from countersight.geo.street_graph import BANDS, StreetGraph, build_street_graph, load_street_graph

OSM = Path(__file__).resolve().parents[2] / "shared" / "data" / "osm"
EXTRACTS = ("munich-centre", "porto-centre", "andorra")
DENSE_EVERY_M = 40.0
UPDATES = 10


def _seconds(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def dense_cameras(graph: StreetGraph, seed: int = 62676) -> list[CameraView]:
    """Placed cameras along the streets: one per DENSE_EVERY_M of street on average."""
    rng = np.random.default_rng(seed)
    lengths = np.zeros(graph.segment_count)
    lengths[graph.edge_segment] = graph.edge_length_m
    count = max(1, int(lengths.sum() / DENSE_EVERY_M))
    segments = rng.choice(graph.segment_count, count, p=lengths / lengths.sum())
    points = shapely.line_interpolate_point(
        graph.segment_geometry[segments], rng.random(count), normalized=True
    )
    kinds = rng.choice(["fixed", "fixed", "dome", "fixed-unknown", "alpr"], count)
    views = []
    for i, (point, kind) in enumerate(zip(points, kinds, strict=True)):
        direction = [float(rng.uniform(0, 360))] if kind in ("fixed", "alpr") else []
        views.append(
            camera_view(
                f"placed:{i}",
                point.x,
                point.y,
                "dome" if kind == "dome" else "fixed",
                direction,
                capabilities=["plate_recognition"] if kind == "alpr" else [],
            )
        )
    return views


def per_segment_loop(index: ExposureIndex) -> np.ndarray:
    """The obvious way: for every segment and band, union the polygons touching it."""
    result = np.zeros((index.graph.segment_count, len(BANDS) + 1))
    for segment, line in enumerate(index.lines):
        hits = index.polygon_tree.query(line, predicate="intersects")
        for band in range(len(BANDS)):
            chosen = hits[index.bands.band[hits] == band]
            if len(chosen):
                union = shapely.union_all(index.bands.polygons[chosen])
                result[segment, band] = line.intersection(union).length
    return result


def _turned(view: CameraView) -> CameraView:
    heads = tuple((d + 90.0) % 360.0 for d in view.coverage.directions) or (0.0,)
    return replace(view, coverage=replace(view.coverage, directions=heads, all_round=False))


def bench_extract(name: str) -> list[str]:
    path = OSM / f"{name}.osm.pbf"
    build, graph = _seconds(lambda: build_street_graph(path))
    assert isinstance(graph, StreetGraph)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        engine = atlas.open_atlas(f"sqlite:///{tmp}/atlas.db")
        atlas.init_atlas(engine)
        store, _ = _seconds(lambda: atlas.import_osm_files(engine, [path]), repeat=1)
        load, _ = _seconds(lambda: load_street_graph(engine))
        engine.dispose()
    rows.append(
        f"| {name} | {graph.segment_count:,} segments, {len(graph.edge_source):,} edges | "
        f"build {build:.2f} s | import (cameras + streets, SQLite) {store:.2f} s | "
        f"load from store {load:.2f} s |"
    )
    for label, views in (("mapped", camera_views_from_file(path)), ("dense", dense_cameras(graph))):
        full, index = _seconds(lambda v=views: ExposureIndex(graph, v))
        assert isinstance(index, ExposureIndex)
        rng = np.random.default_rng(1)
        updates = []
        for position in rng.choice(len(views), min(UPDATES, len(views)), replace=False):
            changed = list(views)
            changed[position] = _turned(changed[position])
            start = time.perf_counter()
            index.update(changed)
            updates.append(time.perf_counter() - start)
            index.update(views)
        loop = ""
        if name == "munich-centre":
            seconds, _ = _seconds(lambda i=index: per_segment_loop(i), repeat=1)
            loop = f"{seconds:.2f} s ({seconds / full:.0f}× slower)"
        rows.append(
            f"| {name} | {len(views):,} {label} cameras | full exposure {full:.2f} s | "
            f"one camera changed: {statistics.median(updates) * 1e3:.1f} ms median "
            f"({full / statistics.median(updates):.0f}× faster than full) | "
            f"per-segment loop {loop or '—'} |"
        )
    return rows


def main() -> None:
    if not OSM.is_dir():
        raise SystemExit(f"the real extracts are not at {OSM}")
    print("| extract | size / cameras | build / full | store or update | load / reference |")
    print("| --- | --- | --- | --- | --- |")
    for name in EXTRACTS:
        for row in bench_extract(name):
            print(row, flush=True)


if __name__ == "__main__":
    main()
