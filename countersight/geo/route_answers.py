"""The answers to a route request: shortest, balanced, least exposed, and a few alternatives.

Each answer is one path under one avoid weight (route_cost.py): 0 for the shortest, the
user's weight for the balanced route, 1 for the least exposed. When two of them are the same
path it is reported once, with every name it answers to.

Alternatives come from the penalty method: the balanced costs are raised on every edge an
answer already uses, and the search runs again. A new path is kept when at most
``MAX_SHARED`` of its length runs along a route already kept, and its balanced cost is within
``MAX_COST_RATIO`` of the balanced route's; otherwise the penalty grows and it tries again, a
bounded number of times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

from countersight.geo.route_cost import cost_model, segment_exposure_m, segment_speed_mps
from countersight.geo.routing import ModeNetwork, Snap, route_cost
from countersight.geo.street_graph import BANDS

PENALTY = 0.6  # each reuse of an edge raises its cost by this share of its own cost
MAX_SHARED = 0.7
MAX_COST_RATIO = 1.5
ATTEMPTS_PER_ALTERNATIVE = 3
ROUTING_ASSUMPTIONS = (
    "each route starts and ends at the junction nearest the given point, on the nearest "
    "street the mode may use (from/to say how far that is)",
    "travel times use average speeds per mode and road class (cost_model.speeds_kmh), not "
    "live traffic",
    "cameras passed are those whose coverage touches a street the route uses",
)


@dataclass(frozen=True)
class Route:
    """One path with the figures a person weighs it by."""

    kinds: tuple[str, ...]  # shortest, balanced, least_exposed, alternative
    avoid: float
    edges: NDArray[np.int64]  # StreetGraph edge ids, in travel order
    length_m: float
    time_s: float
    band_m: dict[str, float]  # metres inside each DORI band along the route
    cameras: tuple[str, ...]  # keys of the cameras whose sectors touch the route
    coordinates: list[tuple[float, float]]  # lon, lat

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": list(self.kinds),
            "avoid": self.avoid,
            "length_m": round(self.length_m, 1),
            "time_s": round(self.time_s),
            "band_m": {band: round(m, 1) for band, m in self.band_m.items()},
            "cameras_passed": len(self.cameras),
            "cameras": list(self.cameras),
            "geometry": {"type": "LineString", "coordinates": [list(p) for p in self.coordinates]},
        }


@dataclass(frozen=True)
class RoutePlan:
    """Every route found for one request, and what they rest on."""

    mode: str
    avoid: float
    start: Snap
    end: Snap
    routes: list[Route]
    assumptions: tuple[str, ...]
    cost_model: dict[str, Any] = field(default_factory=dict)

    def route(self, kind: str) -> Route:
        return next(r for r in self.routes if kind in r.kinds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "avoid": self.avoid,
            "from": _snap_dict(self.start),
            "to": _snap_dict(self.end),
            "answers": {
                kind: next(i for i, r in enumerate(self.routes) if kind in r.kinds)
                for kind in ("shortest", "balanced", "least_exposed")
            },
            "routes": [r.to_dict() for r in self.routes],
            "cost_model": self.cost_model,
            "assumptions": list(self.assumptions),
        }


def _snap_dict(snap: Snap) -> dict[str, float]:
    """Where the route starts or ends: the junction the point was joined to, and how far."""
    return {"lat": snap.lat, "lon": snap.lon, "snapped_m": round(snap.distance_m, 1)}


class RouteDescriber:
    """Turns paths into Routes: per-edge figures and oriented geometry, prepared once."""

    def __init__(self, network: ModeNetwork) -> None:
        graph = network.graph
        self.network = network
        self.graph = graph
        segments = graph.edge_segment
        self.edge_time_s = graph.edge_length_m / segment_speed_mps(graph, network.mode)[segments]
        self.edge_band_m = segment_exposure_m(graph, network.mode)[segments]
        # An edge runs against its segment's drawing when it starts at the segment's last point.
        first_points = shapely.get_coordinates(shapely.get_point(graph.segment_geometry, 0))
        starts = first_points[segments]
        self.edge_reversed = (starts[:, 0] != graph.node_lon[graph.edge_source]) | (
            starts[:, 1] != graph.node_lat[graph.edge_source]
        )

    def describe(self, kinds: tuple[str, ...], avoid: float, positions: NDArray) -> Route:
        edges = self.network.edge_ids[positions]
        graph = self.graph
        cameras: dict[str, None] = {}
        coordinates: list[tuple[float, float]] = []
        for edge in edges.tolist():
            segment = int(graph.edge_segment[edge])
            cameras.update(dict.fromkeys(graph.segment_cameras[segment]))
            points = shapely.get_coordinates(graph.segment_geometry[segment])
            if self.edge_reversed[edge]:
                points = points[::-1]
            coordinates.extend(map(tuple, (points[1:] if coordinates else points).tolist()))
        if self.network.mode == "foot":  # plate readers do not watch walkers
            cameras = {key: None for key in cameras if key not in graph.plate_readers}
        return Route(
            kinds=kinds,
            avoid=avoid,
            edges=edges,
            length_m=float(graph.edge_length_m[edges].sum()),
            time_s=float(self.edge_time_s[edges].sum()),
            band_m=dict(zip(BANDS, self.edge_band_m[edges].sum(axis=0).tolist(), strict=True)),
            cameras=tuple(cameras),
            coordinates=coordinates,
        )


def plan_routes(
    network: ModeNetwork,
    describer: RouteDescriber,
    start: tuple[float, float],
    end: tuple[float, float],
    *,
    avoid: float = 0.5,
    alternatives: int = 2,
) -> RoutePlan:
    """Shortest, balanced (``avoid``) and least-exposed routes, then up to N alternatives.

    ``start`` and ``end`` are (lat, lon), as people write them.
    """
    source = network.snap(start[1], start[0])
    target = network.snap(end[1], end[0])
    found: list[tuple[list[str], float, NDArray[np.int64]]] = []
    for kind, weight in (("shortest", 0.0), ("balanced", avoid), ("least_exposed", 1.0)):
        positions = network.route(source.node, target.node, network.costs(weight))
        same = next((f for f in found if np.array_equal(f[2], positions)), None)
        if same:
            same[0].append(kind)
        else:
            found.append(([kind], weight, positions))
    balanced_costs = network.costs(avoid)
    for positions in _alternatives(network, source, target, balanced_costs, found, alternatives):
        found.append((["alternative"], avoid, positions))
    routes = [describer.describe(tuple(k), w, p) for k, w, p in found]
    return RoutePlan(
        mode=network.mode,
        avoid=avoid,
        start=source,
        end=target,
        routes=routes,
        assumptions=ROUTING_ASSUMPTIONS + network.graph.assumptions,
        cost_model=cost_model(network.mode),
    )


def _alternatives(
    network: ModeNetwork,
    source: Snap,
    target: Snap,
    costs: NDArray[np.float64],
    found: list[tuple[list[str], float, NDArray[np.int64]]],
    wanted: int,
) -> list[NDArray[np.int64]]:
    """Paths that differ enough from every route found so far, by the penalty method."""
    kept: list[NDArray[np.int64]] = []
    if wanted <= 0 or source.node == target.node:
        return kept
    best = min(route_cost(costs, f[2]) for f in found)
    penalised = costs.copy()
    for _, _, positions in found:
        penalised[positions] += PENALTY * costs[positions]
    for _ in range(wanted * ATTEMPTS_PER_ALTERNATIVE):
        positions = network.route(source.node, target.node, penalised)
        penalised[positions] += PENALTY * costs[positions]
        known = [f[2] for f in found] + kept
        if route_cost(costs, positions) <= MAX_COST_RATIO * best and all(
            _shared_share(network, positions, other) <= MAX_SHARED for other in known
        ):
            kept.append(positions)
            if len(kept) == wanted:
                break
    return kept


def _shared_share(network: ModeNetwork, path: NDArray, other: NDArray) -> float:
    """How much of a path's length runs along the same street segments as another path."""
    segments = network.graph.edge_segment[network.edge_ids[path]]
    common = np.isin(segments, network.graph.edge_segment[network.edge_ids[other]])
    length = network.length_m[path]
    return float(length[common].sum() / max(length.sum(), 1e-9))
