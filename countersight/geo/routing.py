"""The routing engine: shortest paths on one mode's street graph under a per-query cost.

Why this engine. Every query brings its own avoid weight, so edge costs change per query and
preprocessing that bakes in one metric (contraction hierarchies, and so most of what makes
road routers fast) does not apply; customisable variants (CCH) would, but are a project of
their own. What stays fixed is the graph's shape, so it is held once per mode as a compressed
sparse row (CSR) matrix, and a query only writes the CSR's data array (one fused
multiply-add, see route_cost.py) and runs scipy's compiled Dijkstra
(scipy.sparse.csgraph.dijkstra) from the start node.

scipy's Dijkstra has no target to stop at, but it takes a distance limit: nodes costlier
than the limit are not settled. A query therefore searches from both ends, forward from the
start and backward from the destination (on the reverse CSR), each within half a budget: an
estimate of the route's cost (straight-line distance × a detour factor × the query's average
cost per metre), doubled until the two searches meet within it (see ``ModeNetwork.route``).
Every node within a limit gets its exact distance, so the answer is the exact shortest path
whatever the estimate; a good estimate only saves work. Measured alternatives
(bench/README.md): one unlimited search from the start was about 2× slower; igraph's
get_shortest_path (which stops at the target) slower still, because its weights must be
passed as a Python list; networkx is pure Python.

Parallel edges (two ways between the same junctions) stay separate in the CSR; scipy relaxes
each and keeps the cheaper, and the path is read back by picking the cheapest edge between
consecutive nodes. Zero-length edges stay edges: scipy treats explicit zeros in a sparse
matrix as edges.

Snapping: --from/--to go to the nearest street the mode may use (shapely STRtree over the
segments in a local metric projection), and from there to that street's nearer end; only
streets in the mode's largest strongly connected component count, so a point is never
snapped onto a fragment cut off at the extract's edge, from which nothing is reachable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from numpy.typing import NDArray
from scipy.sparse import csr_array
from scipy.sparse.csgraph import connected_components, dijkstra

from countersight.geo.route_cost import (
    MODE_FLAGS,
    edge_costs,
    segment_exposure_m,
    weighted_exposure_m,
)
from countersight.geo.street_graph import StreetGraph

EARTH_RADIUS_M = 6_371_008.8
MAX_SNAP_M = 250.0  # farther than this from any usable street: not a point in this area
DETOUR_FACTOR = 1.25  # street over straight-line distance: most city routes need less
LIMIT_SLACK_M = 200.0


class RoutingError(ValueError):
    """A query that cannot be answered: a point off the streets, or no way between them."""


def parse_lat_lon(text: str, name: str) -> tuple[float, float]:
    """A point written LAT,LON (as phones and most maps show it), checked for range."""
    parts = text.split(",")
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError:
        raise RoutingError(
            f"{name} {text!r}: expected LAT,LON in degrees, e.g. 48.137,11.575"
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise RoutingError(f"{name} {text!r}: latitude must be within ±90, longitude ±180")
    return lat, lon


@dataclass(frozen=True)
class Snap:
    """Where a requested point joined the network, and how far it had to move."""

    node: int
    lon: float
    lat: float
    distance_m: float


class LocalProjection:
    """Metres east and north of the graph's centre (equirectangular, fine for a city)."""

    def __init__(self, lon: NDArray[np.float64], lat: NDArray[np.float64]) -> None:
        self.lon0 = float((lon.min() + lon.max()) / 2) if len(lon) else 0.0
        self.lat0 = float((lat.min() + lat.max()) / 2) if len(lat) else 0.0
        self.x_scale = math.radians(1) * EARTH_RADIUS_M * math.cos(math.radians(self.lat0))
        self.y_scale = math.radians(1) * EARTH_RADIUS_M

    def __call__(self, lonlat: NDArray[np.float64]) -> NDArray[np.float64]:
        return np.column_stack(
            ((lonlat[:, 0] - self.lon0) * self.x_scale, (lonlat[:, 1] - self.lat0) * self.y_scale)
        )


class ModeNetwork:
    """The edges one mode may travel, as a CSR built once, plus the index for snapping.

    Edge positions in this network (``positions``) are CSR order; ``edge_ids[positions]``
    gives the StreetGraph's edge ids.
    """

    def __init__(self, graph: StreetGraph, mode: str) -> None:
        if mode not in MODE_FLAGS:
            raise RoutingError(f"mode {mode!r}: expected one of {', '.join(MODE_FLAGS)}")
        self.graph = graph
        self.mode = mode
        node_count = len(graph.node_lon)
        usable = np.flatnonzero(graph.edge_modes & MODE_FLAGS[mode])
        order = np.lexsort((graph.edge_target[usable], graph.edge_source[usable]))
        self.edge_ids = usable[order]
        sources = graph.edge_source[self.edge_ids].astype(np.int64)
        self.sources = sources.astype(np.int32)
        self.targets = graph.edge_target[self.edge_ids].astype(np.int32)
        self.indptr = np.searchsorted(sources, np.arange(node_count + 1)).astype(np.int32)
        # The reverse graph for the backward search: the same edges ordered by target.
        self.reverse_order = np.lexsort((self.sources, self.targets))
        self.reverse_indices = self.sources[self.reverse_order]
        self.reverse_indptr = np.searchsorted(
            self.targets[self.reverse_order], np.arange(node_count + 1)
        ).astype(np.int32)
        self.pair_keys = sources * node_count + self.targets  # sorted: (source, target) order
        self.length_m = graph.edge_length_m[self.edge_ids]
        segments = graph.edge_segment[self.edge_ids]
        self.weighted_exposure_m = weighted_exposure_m(segment_exposure_m(graph, mode))[segments]
        self.total_length_m = float(self.length_m.sum())
        self.projection = LocalProjection(graph.node_lon, graph.node_lat)
        self.node_xy = self.projection(np.column_stack((graph.node_lon, graph.node_lat)))
        self._build_snapping(sources, segments)

    def _build_snapping(self, sources: NDArray[np.int64], segments: NDArray[np.int32]) -> None:
        """An STRtree over the usable segments of the largest strongly connected component."""
        shape = csr_array(
            (np.ones(len(self.targets)), self.targets.copy(), self.indptr.copy()),
            shape=(len(self.indptr) - 1,) * 2,
        )
        # scipy's strong components never return on a CSR with parallel entries: merge them
        # (in place, hence the copies above).
        shape.sum_duplicates()
        _, labels = connected_components(shape, directed=True, connection="strong")
        if len(self.targets):
            main = np.bincount(labels[sources]).argmax()
            inside = (labels[sources] == main) & (labels[self.targets] == main)
        else:
            inside = np.zeros(0, dtype=bool)
        # Each usable segment once, with its two end nodes (either direction's edge serves).
        self.snap_segments, first = np.unique(segments[inside], return_index=True)
        edges = self.edge_ids[inside][first]
        self.snap_ends = np.column_stack(
            (self.graph.edge_source[edges], self.graph.edge_target[edges])
        )
        self.snap_lines = shapely.transform(
            self.graph.segment_geometry[self.snap_segments], self.projection
        )
        self.snap_tree = shapely.STRtree(self.snap_lines)

    def snap(self, lon: float, lat: float) -> Snap:
        """The usable street nearest to a point, entered at its nearer end."""
        if not len(self.snap_segments):
            raise RoutingError(f"no street in this area can be used by {self.mode}")
        point = shapely.Point(self.projection(np.array([[lon, lat]]))[0])
        nearest = int(self.snap_tree.nearest(point))
        distance = float(shapely.distance(point, self.snap_lines[nearest]))
        if distance > MAX_SNAP_M:
            raise RoutingError(
                f"{lat:.6f},{lon:.6f} is {distance:,.0f} m from the nearest street usable by "
                f"{self.mode} in this area (at most {MAX_SNAP_M:.0f} m allowed): is the point "
                "inside the area, and given as LAT,LON?"
            )
        candidates = self.snap_ends[nearest]
        gaps = np.hypot(*(self.node_xy[candidates] - np.asarray(point.coords[0])).T)
        node = int(candidates[int(np.argmin(gaps))])
        return Snap(
            node=node,
            lon=float(self.graph.node_lon[node]),
            lat=float(self.graph.node_lat[node]),
            distance_m=float(gaps.min()),
        )

    def costs(self, avoid: float) -> NDArray[np.float64]:
        """Each edge's cost (CSR order) for one avoid weight."""
        return edge_costs(self.length_m, self.weighted_exposure_m, avoid)

    def route(self, source: int, target: int, costs: NDArray[np.float64]) -> NDArray[np.int64]:
        """The cheapest path's edge positions, in travel order (empty if source == target).

        Bidirectional and distance-limited: with a budget L, one search runs forward from the
        source and one backward from the target, each to L/2. Every path costing at most L
        has an edge u→w with the source-to-u part and the w-to-target part both within L/2,
        so the cheapest ds[u] + cost(u→w) + dt[w] over all edges is the optimum whenever it is
        at most L; otherwise L becomes that cost (a path that costs it exists, so the next round
        succeeds), or doubles if the searches did not meet. Two discs of radius L/2 hold half
        the nodes of one of radius L.
        """
        if source == target:
            return np.zeros(0, dtype=np.int64)
        node_count = len(self.indptr) - 1
        shape = (node_count, node_count)
        forward = csr_array((costs, self.targets, self.indptr), shape=shape)
        backward = csr_array(
            (costs[self.reverse_order], self.reverse_indices, self.reverse_indptr), shape=shape
        )
        straight = float(np.hypot(*(self.node_xy[source] - self.node_xy[target])))
        ceiling = float(costs.sum())
        per_metre = ceiling / max(self.total_length_m, 1e-9)
        budget = (DETOUR_FACTOR * straight + LIMIT_SLACK_M) * max(per_metre, 1.0)
        while True:
            complete = budget / 2 >= ceiling  # both searches reach everything reachable
            limit = np.inf if complete else budget / 2
            from_source, before = dijkstra(
                forward, indices=source, return_predecessors=True, limit=limit
            )
            to_target, after = dijkstra(
                backward, indices=target, return_predecessors=True, limit=limit
            )
            through = from_source[self.sources] + costs + to_target[self.targets]
            middle = int(np.argmin(through))
            found = float(through[middle])
            if found <= budget or (complete and math.isfinite(found)):
                break
            if complete:
                raise RoutingError(f"no route for {self.mode} between these points")
            # The searches met on a path costing `found`: a budget of that much must succeed.
            budget = found if math.isfinite(found) else budget * 2.0
        head = self._nodes_along(before, source, int(self.sources[middle]))
        tail = self._nodes_along(after, target, int(self.targets[middle]))[::-1]
        return np.concatenate(
            (self._edges_along(head, costs), [middle], self._edges_along(tail, costs))
        ).astype(np.int64)

    @staticmethod
    def _nodes_along(predecessors: NDArray[np.int32], root: int, node: int) -> list[int]:
        """The search tree's nodes from its root to a node, in order."""
        nodes = [node]
        while nodes[-1] != root:
            nodes.append(int(predecessors[nodes[-1]]))
        return nodes[::-1]

    def _edges_along(self, nodes: list[int], costs: NDArray[np.float64]) -> NDArray[np.int64]:
        """The edge taken between each pair of consecutive nodes: the cheapest of parallels."""
        if len(nodes) < 2:
            return np.zeros(0, dtype=np.int64)
        path = np.asarray(nodes, dtype=np.int64)
        keys = path[:-1] * (len(self.indptr) - 1) + path[1:]
        first = np.searchsorted(self.pair_keys, keys, side="left")
        last = np.searchsorted(self.pair_keys, keys, side="right")
        for i in np.flatnonzero(last - first > 1):
            first[i] += int(np.argmin(costs[first[i] : last[i]]))
        return first


def route_cost(costs: NDArray[np.float64], positions: NDArray[np.int64]) -> float:
    """What a path costs under one query's edge costs."""
    return float(costs[positions].sum())
