"""Route queries with a per-query avoid weight: `python -m bench routing [--queries N]`.

1. The graph: Munich's centre (a real extract) read with build_street_graph, tiled TILES×TILES
   times side by side (OSM node ids offset per tile), every vertex jittered by up to ±JITTER_M
   (a junction moves once, so streets stay joined), and neighbouring tiles stitched by
   two-way connector streets between their nearest border junctions. Degree distribution and
   one-way share are the extract's, apart from the connectors (counted in the output).
2. Exposure: the extract's real cameras in every tile plus PLACED_PER_TILE cameras placed on
   random streets (random direction, fixed or dome), computed by geo/exposure.py.
3. QUERIES random pairs of junctions in the walking network's main component, each with a
   random avoid weight in [0, 1]; every tool answers the same queries with the same costs:
   - ours: ModeNetwork.costs(avoid) then ModeNetwork.route (cost vector, search, path);
   - networkx: dijkstra_path on a MultiDiGraph of the same edges, weight = a function giving
     length + avoid·K·weighted exposure (the cheaper of parallel edges), as networkx is used
     for a per-query cost;
   - pgRouting: pgr_dijkstra on the same edges in PostgreSQL, the edges SQL computing
     `length_m + <avoid·K> * weighted_m` per query (pgRouting reads its edges per call: that
     is its model). Needs COUNTERSIGHT_TEST_POSTGRES (tools/test-postgres.sh) and Debian's
     postgresql-N-pgrouting; skipped with the reason otherwise.
4. On a sample, all three must find paths of equal cost.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import numpy as np
import shapely
from scipy.spatial import cKDTree

from countersight.geo.exposure import (
    CameraView,
    camera_view,
    camera_views_from_file,
    compute_exposure,
)
from countersight.geo.route_cost import EXPOSURE_SCALE_K
from countersight.geo.routing import ModeNetwork, route_cost
from countersight.geo.street_graph import (
    StreetGraph,
    StreetSegments,
    build_street_graph,
    graph_from_segments,
)

EXTRACT = Path(__file__).resolve().parents[2] / "shared" / "data" / "osm" / "munich-centre.osm.pbf"
TILES = 4  # 4×4 copies of the extract: about 146,000 directed edges
JITTER_M = 3.0
PLACED_PER_TILE = 60
SEAM_M = 120.0  # border junctions this close to a tile's edge are stitched to the next tile
QUERIES = 200
CHECKED = 20
METRES_PER_DEGREE = 111_320.0


def tiled_graph(base: StreetGraph, cameras: list[CameraView], rng: np.random.Generator, tiles: int):
    """The extract's streets and cameras tiles×tiles times, jittered, stitched; with exposure."""
    width = float(base.node_lon.max() - base.node_lon.min())
    height = float(base.node_lat.max() - base.node_lat.min())
    lat_scale = METRES_PER_DEGREE
    lon_scale = METRES_PER_DEGREE * np.cos(np.radians(base.node_lat.mean()))
    jitter = {}  # per (tile, OSM node id): a junction moves once

    def moved(tile: int, ref: int) -> tuple[float, float]:
        key = (tile, ref)
        if key not in jitter:
            jitter[key] = rng.uniform(-JITTER_M, JITTER_M, 2) / (lon_scale, lat_scale)
        return jitter[key]

    segments = StreetSegments()
    views: list[CameraView] = []
    ends = [_segment_end_refs(base, s) for s in range(base.segment_count)]
    stride = int(base.node_osm_id.max()) + 1
    for tile in range(tiles * tiles):
        dx, dy = (tile % tiles) * width * 1.02, (tile // tiles) * height * 1.02
        for s, line in enumerate(base.segment_geometry):
            if ends[s] is None:
                continue  # a closed loop without junctions: no edges, nothing to copy
            coords = shapely.get_coordinates(line) + np.array([dx, dy])
            coords[1:-1] += rng.uniform(-JITTER_M, JITTER_M, (len(coords) - 2, 2)) / (
                lon_scale,
                lat_scale,
            )
            start, end = ends[s]  # type: ignore[misc]
            coords[0] += moved(tile, start)
            coords[-1] += moved(tile, end)
            segments.append(
                start + tile * stride,
                end + tile * stride,
                [tuple(p) for p in coords.tolist()],
                int(base.segment_way_id[s]) + tile * stride,
                base.segment_tags[s],
            )
        views += [
            CameraView(f"{c.key}@{tile}", c.lon + dx, c.lat + dy, c.coverage, c.vehicles_only)
            for c in cameras
        ]
        views += placed_cameras(base, tile, dx, dy, rng)
    connectors = stitch(segments, (width * 1.02, height * 1.02), base, tiles)
    graph = graph_from_segments(segments)
    return compute_exposure(graph, views), connectors, len(views)


def _segment_end_refs(graph: StreetGraph, segment: int) -> tuple[int, int] | None:
    """A segment's end junctions by OSM id, in drawing order (None: a loop, with no edges)."""
    edges = np.flatnonzero(graph.edge_segment == segment)
    if not len(edges):
        return None
    first = edges[0]
    a = int(graph.node_osm_id[graph.edge_source[first]])
    b = int(graph.node_osm_id[graph.edge_target[first]])
    start = shapely.get_coordinates(graph.segment_geometry[segment])[0]
    source = graph.edge_source[first]
    at_start = (graph.node_lon[source], graph.node_lat[source]) == tuple(start)
    return (a, b) if at_start else (b, a)


def placed_cameras(
    base: StreetGraph, tile: int, dx: float, dy: float, rng: np.random.Generator
) -> list[CameraView]:
    """Cameras on random streets: a point along the street, any direction, fixed or dome."""
    chosen = rng.integers(0, base.segment_count, PLACED_PER_TILE)
    points = shapely.line_interpolate_point(
        base.segment_geometry[chosen], rng.random(PLACED_PER_TILE), normalized=True
    )
    views = []
    for i, point in enumerate(points):
        dome = rng.random() < 0.3
        views.append(
            camera_view(
                f"placed/{tile}/{i}",
                point.x + dx,
                point.y + dy,
                "dome" if dome else "fixed",
                () if dome else (float(rng.uniform(0, 360)),),
            )
        )
    return views


def stitch(
    segments: StreetSegments, step: tuple[float, float], base: StreetGraph, tiles: int
) -> int:
    """Two-way residential streets joining border junctions of neighbouring tiles."""
    step_x, step_y = step
    lat_scale = METRES_PER_DEGREE
    lon_scale = METRES_PER_DEGREE * np.cos(np.radians(base.node_lat.mean()))
    west, east = float(base.node_lon.min()), float(base.node_lon.max())
    south, north = float(base.node_lat.min()), float(base.node_lat.max())
    junctions: dict[int, tuple[float, float]] = {}
    for start, end, coords in zip(
        segments.start_ref, segments.end_ref, segments.coords, strict=True
    ):
        junctions[start], junctions[end] = coords[0], coords[-1]
    refs = np.fromiter(junctions, dtype=np.int64)
    xy = np.array([junctions[r] for r in refs.tolist()])
    column = np.floor((xy[:, 0] - west + step_x * 0.01) / step_x).astype(int)
    row = np.floor((xy[:, 1] - south + step_y * 0.01) / step_y).astype(int)
    local_x, local_y = xy[:, 0] - column * step_x, xy[:, 1] - row * step_y
    seam_x, seam_y = SEAM_M / lon_scale, SEAM_M / lat_scale
    added = 0
    for (di, dj), near_a, near_b in (
        ((1, 0), local_x > east - seam_x, local_x < west + seam_x),
        ((0, 1), local_y > north - seam_y, local_y < south + seam_y),
    ):
        for i in range(tiles):
            for j in range(tiles):
                if i + di >= tiles or j + dj >= tiles:
                    continue
                a = np.flatnonzero(near_a & (column == i) & (row == j))
                b = np.flatnonzero(near_b & (column == i + di) & (row == j + dj))
                if not len(a) or not len(b):
                    continue
                metric = (lon_scale, lat_scale)
                _, nearest = cKDTree(xy[b] * metric).query(xy[a] * metric)
                for p, q in {(int(p), int(b[n])) for p, n in zip(a, nearest, strict=True)}:
                    segments.append(
                        int(refs[p]),
                        int(refs[q]),
                        [tuple(xy[p]), tuple(xy[q])],
                        -(added + 1),
                        {"highway": "residential"},
                    )
                    added += 1
    return added


def timed(run: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def networkx_graph(network: ModeNetwork) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    sources = network.graph.edge_source[network.edge_ids].tolist()
    for u, v, length, weighted in zip(
        sources,
        network.targets.tolist(),
        network.length_m.tolist(),
        network.weighted_exposure_m.tolist(),
        strict=True,
    ):
        graph.add_edge(u, v, length=length, weighted=weighted)
    return graph


def networkx_cost(avoid: float) -> Callable[[int, int, dict], float]:
    scale = avoid * EXPOSURE_SCALE_K

    def cost(u: int, v: int, parallel: dict) -> float:
        return min(d["length"] + scale * d["weighted"] for d in parallel.values())

    return cost


def path_cost(network: ModeNetwork, nodes: list[int], avoid: float) -> float:
    """A node path's cost under the engine's costs (cheapest of parallel edges each step)."""
    costs = network.costs(avoid)
    return route_cost(costs, network._edges_along(nodes, costs))


def pgrouting_session(network: ModeNetwork):
    """A PostgreSQL connection with pgRouting and the edges loaded, or the reason there is none."""
    url = os.environ.get("COUNTERSIGHT_TEST_POSTGRES")
    if not url:
        return (
            None,
            'COUNTERSIGHT_TEST_POSTGRES is not set (eval "$(tools/test-postgres.sh start)")',
        )
    import psycopg

    admin = psycopg.connect(url, autocommit=True)
    admin.execute("DROP DATABASE IF EXISTS bench_routing")
    admin.execute("CREATE DATABASE bench_routing")
    admin.close()
    connection = psycopg.connect(url.rsplit("/", 1)[0] + "/bench_routing", autocommit=True)
    try:
        connection.execute("CREATE EXTENSION pgrouting CASCADE")
    except psycopg.Error as exc:
        connection.close()
        return None, f"pgRouting is not installed in this PostgreSQL: {exc}".strip()
    connection.execute(
        "CREATE TABLE edges (id bigint PRIMARY KEY, source bigint, target bigint, "
        "length_m float8, weighted_m float8)"
    )
    start = time.perf_counter()
    sources = network.graph.edge_source[network.edge_ids]
    with connection.cursor().copy(
        "COPY edges (id, source, target, length_m, weighted_m) FROM STDIN"
    ) as copy:
        for row in zip(
            range(len(sources)),
            sources.tolist(),
            network.targets.tolist(),
            network.length_m.tolist(),
            network.weighted_exposure_m.tolist(),
            strict=True,
        ):
            copy.write_row(row)
    connection.execute("ANALYZE edges")
    load_s = time.perf_counter() - start
    size = connection.execute("SELECT pg_total_relation_size('edges')").fetchone()[0]
    return (connection, load_s, size), None


PGR_QUERY = (
    "SELECT node, agg_cost FROM pgr_dijkstra("
    "format('SELECT id, source, target, length_m + %%s * weighted_m AS cost FROM edges',"
    " %s::float8),"
    " %s::bigint, %s::bigint, directed => true) ORDER BY seq"
)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench routing")
    parser.add_argument("--queries", type=int, default=QUERIES)
    parser.add_argument("--tiles", type=int, default=TILES, help="tiles per side")
    args = parser.parse_args(argv)
    if not EXTRACT.is_file():
        print(f"routing benchmark skipped: {EXTRACT} is missing")
        return
    rng = np.random.default_rng(8)
    base = build_street_graph(EXTRACT)
    build_s, (graph, connectors, camera_count) = timed(
        lambda: tiled_graph(base, camera_views_from_file(EXTRACT), rng, args.tiles)
    )
    tracemalloc.start()
    prep_s, network = timed(lambda: ModeNetwork(graph, "foot"))
    _, ours_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ours_bytes = sum(
        a.nbytes
        for a in (
            network.edge_ids,
            network.targets,
            network.indptr,
            network.pair_keys,
            network.length_m,
            network.weighted_exposure_m,
            network.node_xy,
        )
    )
    one_way = _one_way_share(base), _one_way_share(graph)
    print(
        f"graph: {args.tiles}×{args.tiles} tiles of {EXTRACT.name}: "
        f"{len(graph.node_lon):,} junctions, "
        f"{len(graph.edge_source):,} directed edges ({len(network.edge_ids):,} walkable), "
        f"{connectors} connector streets; one-way share (car) {one_way[0]:.1%} in the extract, "
        f"{one_way[1]:.1%} tiled; {camera_count:,} cameras; built with exposure in {build_s:.1f} s"
    )

    ends = np.unique(network.snap_ends)  # junctions of the main component
    pairs = rng.choice(ends, (args.queries, 2))
    avoids = rng.random(args.queries)
    queries = [
        (int(s), int(t), float(a)) for (s, t), a in zip(pairs, avoids, strict=True) if s != t
    ]

    for s, t, a in queries[:5]:  # warm caches and scipy's imports
        network.route(s, t, network.costs(a))
    ours_times, ours_costs = [], []
    for s, t, a in queries:
        elapsed, positions = timed(lambda s=s, t=t, a=a: network.route(s, t, network.costs(a)))
        ours_times.append(elapsed)
        ours_costs.append(route_cost(network.costs(a), positions))

    tracemalloc.start()
    nx_build_s, reference = timed(lambda: networkx_graph(network))
    _, nx_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    nx_times, nx_costs = [], []
    for s, t, a in queries:
        elapsed, nodes = timed(
            lambda s=s, t=t, a=a: nx.dijkstra_path(reference, s, t, weight=networkx_cost(a))
        )
        nx_times.append(elapsed)
        nx_costs.append(path_cost(network, nodes, a) if len(nodes) > 1 else 0.0)

    pg, reason = pgrouting_session(network)
    pg_times, pg_costs = [], []
    if pg is not None:
        connection, pg_load_s, pg_bytes = pg
        for s, t, a in queries[:3]:
            connection.execute(PGR_QUERY, (a * EXPOSURE_SCALE_K, s, t)).fetchall()
        for s, t, a in queries:
            elapsed, rows = timed(
                lambda s=s, t=t, a=a: connection.execute(
                    PGR_QUERY, (a * EXPOSURE_SCALE_K, s, t)
                ).fetchall()
            )
            pg_times.append(elapsed)
            pg_costs.append(rows[-1][1] if rows else float("nan"))
        connection.close()

    checked = range(min(CHECKED, len(queries)))
    same = all(
        abs(ours_costs[i] - nx_costs[i]) < 1e-6 * max(1.0, nx_costs[i])
        and (not pg_costs or abs(ours_costs[i] - pg_costs[i]) < 1e-6 * max(1.0, pg_costs[i]))
        for i in checked
    )
    mismatches = sum(
        abs(o - n) > 1e-6 * max(1.0, n) for o, n in zip(ours_costs, nx_costs, strict=True)
    )

    ours = percentiles(ours_times)
    rows = [("ours (scipy Dijkstra on a per-mode CSR)", ours)]
    rows.append(("networkx dijkstra_path", percentiles(nx_times)))
    if pg_times:
        rows.append(("pgRouting pgr_dijkstra", percentiles(pg_times)))
    print(f"{len(queries)} queries, random junction pairs, avoid weight uniform in [0, 1]")
    print("| engine | p50 | p99 | ours faster at p50 | at p99 |")
    print("| --- | --- | --- | --- | --- |")
    for name, (p50, p99) in rows:
        print(
            f"| {name} | {p50 * 1e3:.2f} ms | {p99 * 1e3:.2f} ms | "
            f"{p50 / ours[0]:.1f}× | {p99 / ours[1]:.1f}× |"
        )
    if not pg_times:
        print(f"pgRouting skipped: {reason}")
    print(
        f"equal path costs on the first {len(checked)} queries (ours, networkx"
        f"{', pgRouting' if pg_costs else ''}): {'yes' if same else 'NO'}; "
        f"ours vs networkx differ on {mismatches} of {len(queries)}"
    )
    print(
        f"preprocessing: ours {prep_s * 1e3:.0f} ms, arrays {ours_bytes / 2**20:.1f} MiB "
        f"(peak {ours_peak / 2**20:.1f} MiB while building); networkx graph {nx_build_s:.1f} s, "
        f"peak {nx_peak / 2**20:.0f} MiB"
        + (f"; pgRouting table load {pg_load_s:.1f} s, {pg_bytes / 2**20:.1f} MiB" if pg else "")
    )


def _one_way_share(graph: StreetGraph) -> float:
    """Share of car-usable segments that cars may travel one way only."""
    car = graph.edge_modes & 4 != 0
    per_segment = np.bincount(graph.edge_segment[car], minlength=graph.segment_count)
    used = per_segment > 0
    return float((per_segment[used] == 1).mean()) if used.any() else 0.0


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
