"""The routing engine on small street graphs built here: costs, answers, one-ways, snapping.

Every expected path is checked against networkx on the same graph and the same edge costs,
so the tests do not trust the engine to define "shortest".
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.geo.route_answers import RouteDescriber, plan_routes
from countersight.geo.route_cost import EXPOSURE_SCALE_K, edge_costs, weighted_exposure_m
from countersight.geo.routing import ModeNetwork, RoutingError, route_cost
from countersight.geo.street_graph import StreetGraph, StreetSegments, graph_from_segments

STEP = 0.001  # degrees between grid points: about 74 m east-west and 111 m north-south here
LAT0, LON0 = 48.137, 11.575


def point(col: float, row: float) -> tuple[float, float]:
    return (LON0 + col * STEP, LAT0 + row * STEP)


TWO_WAY = {"highway": "residential"}
ONE_WAY = {"highway": "residential", "oneway": "yes"}  # vehicles only along the drawing
AGAINST = {"highway": "residential", "oneway": "-1"}  # vehicles only against it


def street_graph(
    nodes: dict[str, tuple[float, float]],
    segments: list[tuple[str, str, dict[str, str]]],
    exposure: dict[int, list[float]] | None = None,
    via: dict[int, tuple[float, float]] | None = None,
) -> StreetGraph:
    """A graph of straight streets between named grid points (``via`` bends one of them).

    ``segments`` are (from, to, OSM tags); ``exposure`` gives a segment's metres per band
    (the same for walkers and vehicles) and names its camera.
    """
    names = list(nodes)
    streets = StreetSegments()
    for index, (a, b, tags) in enumerate(segments):
        middle = [point(*via[index])] if via and index in via else []
        coords = [point(*nodes[a]), *middle, point(*nodes[b])]
        streets.append(names.index(a) + 1, names.index(b) + 1, coords, 100 + index, tags)
    graph = graph_from_segments(streets)
    metres = np.zeros((len(segments), 4))
    cameras: list[tuple[str, ...]] = [() for _ in segments]
    for index, bands in (exposure or {}).items():
        metres[index] = bands
        cameras[index] = (f"camera-{index}",)
    return graph.with_exposure(metres, metres.copy(), cameras, ("test cameras",))


def networkx_graph(network: ModeNetwork, costs: np.ndarray) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(range(len(network.graph.node_lon)))
    for position, edge in enumerate(network.edge_ids.tolist()):
        graph.add_edge(
            int(network.graph.edge_source[edge]),
            int(network.graph.edge_target[edge]),
            cost=float(costs[position]),
        )
    return graph


def positions_of(network: ModeNetwork, edges: np.ndarray) -> np.ndarray:
    where = {int(e): p for p, e in enumerate(network.edge_ids.tolist())}
    return np.array([where[e] for e in edges.tolist()], dtype=np.int64)


def osm_ids_along(network: ModeNetwork, positions: np.ndarray) -> list[int]:
    """The path's nodes by OSM id (the helper numbers points 1, 2, … in the order given)."""
    edges = network.edge_ids[positions]
    nodes = [int(network.graph.edge_source[edges[0]]), *network.graph.edge_target[edges].tolist()]
    return network.graph.node_osm_id[nodes].tolist()


def node_of(graph: StreetGraph, osm_id: int) -> int | None:
    found = np.flatnonzero(graph.node_osm_id == osm_id)
    return int(found[0]) if len(found) else None


# A ladder: the short way A-B-C runs past a camera on B-C; the detour A-D-E-C is longer.
LADDER = {"A": (0, 0), "B": (1, 0), "C": (2, 0), "D": (0, 1), "E": (2, 1)}
LADDER_STREETS = [
    ("A", "B", TWO_WAY),
    ("B", "C", TWO_WAY),
    ("A", "D", TWO_WAY),
    ("D", "E", TWO_WAY),
    ("E", "C", TWO_WAY),
]
IDENTIFIED = {1: [30.0, 20.0, 10.0, 8.0]}  # 8 m in the identification band on B-C


def test_no_avoidance_gives_the_shortest_path_and_full_avoidance_the_detour():
    network = ModeNetwork(street_graph(LADDER, LADDER_STREETS, IDENTIFIED), "foot")
    plan = plan_routes(network, RouteDescriber(network), (LAT0, LON0), point_latlon(2, 0))
    shortest, least = plan.route("shortest"), plan.route("least_exposed")
    assert shortest.cameras == ("camera-1",)
    assert shortest.band_m["identification"] == 8.0
    assert least.cameras == ()
    assert least.band_m == dict.fromkeys(least.band_m, 0.0)
    assert least.length_m > shortest.length_m
    for route, avoid in ((shortest, 0.0), (least, 1.0)):
        costs = network.costs(avoid)
        expected = nx.dijkstra_path_length(
            networkx_graph(network, costs), plan.start.node, plan.end.node, weight="cost"
        )
        assert route_cost(costs, positions_of(network, route.edges)) == pytest.approx(expected)


def point_latlon(col: float, row: float) -> tuple[float, float]:
    lon, lat = point(col, row)
    return (lat, lon)


def test_a_detour_too_long_for_the_weight_is_not_taken():
    # The detour is about 222 m longer; 8 identified metres are worth at most 8·K = 200 m.
    network = ModeNetwork(street_graph(LADDER, LADDER_STREETS, {1: [0, 0, 0, 8.0]}), "foot")
    assert 8.0 * EXPOSURE_SCALE_K < 222
    plan = plan_routes(network, RouteDescriber(network), (LAT0, LON0), point_latlon(2, 0))
    assert plan.route("least_exposed").cameras == ("camera-1",)
    assert "shortest" in plan.route("least_exposed").kinds  # one path, reported once


def test_cost_is_length_plus_weighted_exposure_and_refuses_weights_outside_0_1():
    exposure = np.array([[10.0, 0, 0, 0], [0, 0, 0, 2.0]])
    weighted = weighted_exposure_m(exposure)
    assert edge_costs(np.array([5.0, 5.0]), weighted, 0.0).tolist() == [5.0, 5.0]
    full = edge_costs(np.array([5.0, 5.0]), weighted, 1.0)
    assert full[1] > full[0] > 5.0  # identification weighs more than detection, metre for metre
    with pytest.raises(ValueError, match="between 0 and 1"):
        edge_costs(np.array([1.0]), weighted[:1], 1.5)


def test_one_ways_bind_motorcycles_and_cars_but_not_walkers():
    # B→A is one-way for vehicles (forward A→B only); walkers may still go B→A.
    streets = [
        ("A", "B", ONE_WAY),
        ("B", "C", TWO_WAY),
        ("A", "D", TWO_WAY),
        ("D", "E", TWO_WAY),
        ("E", "C", TWO_WAY),
    ]
    graph = street_graph(LADDER, streets)
    start, end = point_latlon(2, 0), (LAT0, LON0)  # from C to A
    for mode, expected in (
        ("foot", [3, 2, 1]),
        ("motorcycle", [3, 5, 4, 1]),
        ("car", [3, 5, 4, 1]),
    ):
        network = ModeNetwork(graph, mode)
        plan = plan_routes(network, RouteDescriber(network), start, end, alternatives=0)
        route = plan.route("shortest")
        assert osm_ids_along(network, positions_of(network, route.edges)) == expected


def test_parallel_streets_are_told_apart_by_their_cost():
    # Two streets join A and B: a straight one past a camera and a bent, longer one.
    nodes = {"A": (0, 0), "B": (2, 0)}
    streets = [("A", "B", TWO_WAY), ("A", "B", TWO_WAY)]
    graph = street_graph(nodes, streets, {0: [0, 0, 0, 5.0]}, via={1: (1, 0.4)})
    network = ModeNetwork(graph, "foot")
    plan = plan_routes(network, RouteDescriber(network), (LAT0, LON0), point_latlon(2, 0))
    shortest, least = plan.route("shortest"), plan.route("least_exposed")
    assert graph.edge_segment[shortest.edges].tolist() == [0]
    assert graph.edge_segment[least.edges].tolist() == [1]
    assert least.coordinates[1] == pytest.approx(point(1, 0.4))  # drawn along the bend


def test_route_geometry_runs_from_start_to_end_whichever_way_segments_were_drawn():
    graph = street_graph(LADDER, LADDER_STREETS)
    network = ModeNetwork(graph, "foot")
    plan = plan_routes(network, RouteDescriber(network), point_latlon(2, 1), (LAT0, LON0))
    route = plan.route("shortest")
    assert route.coordinates[0] == pytest.approx(point(2, 1))
    assert route.coordinates[-1] == pytest.approx(point(0, 0))
    assert route.length_m == pytest.approx(graph.edge_length_m[route.edges].sum())
    assert route.time_s == pytest.approx(route.length_m / (4.5 / 3.6))


def test_alternatives_differ_from_the_answers_and_from_each_other():
    # A 3×3 grid has many routes corner to corner.
    nodes = {f"{c}{r}": (c, r) for c in range(3) for r in range(3)}
    streets = [(f"{c}{r}", f"{c + 1}{r}", TWO_WAY) for c in range(2) for r in range(3)]
    streets += [(f"{c}{r}", f"{c}{r + 1}", TWO_WAY) for c in range(3) for r in range(2)]
    network = ModeNetwork(street_graph(nodes, streets), "foot")
    plan = plan_routes(
        network, RouteDescriber(network), (LAT0, LON0), point_latlon(2, 2), alternatives=2
    )
    alternatives = [r for r in plan.routes if r.kinds == ("alternative",)]
    assert len(alternatives) == 2
    paths = [tuple(r.edges.tolist()) for r in plan.routes]
    assert len(set(paths)) == len(paths)


def test_a_point_far_from_every_street_is_refused_with_the_distance():
    network = ModeNetwork(street_graph(LADDER, LADDER_STREETS), "foot")
    with pytest.raises(RoutingError, match=r"48\.147000,11\.575000 is 1,0\d\d m from the nearest"):
        network.snap(LON0, LAT0 + 0.01)


def test_points_are_never_snapped_onto_a_fragment_nothing_can_leave():
    # F-G lies beside A but joins nothing: the start goes to the connected streets instead.
    nodes = {**LADDER, "F": (-0.2, 0.1), "G": (-0.2, 0.5)}
    network = ModeNetwork(street_graph(nodes, [*LADDER_STREETS, ("F", "G", TWO_WAY)]), "foot")
    assert network.graph.node_osm_id[network.snap(*point(-0.2, 0.2)).node] == 1  # A, not F


def test_no_route_between_parts_that_do_not_connect_says_so():
    nodes = {"A": (0, 0), "B": (1, 0), "C": (0, 1), "D": (1, 1)}
    graph = street_graph(nodes, [("A", "B", TWO_WAY), ("C", "D", TWO_WAY)])
    network = ModeNetwork(graph, "foot")
    with pytest.raises(RoutingError, match="no route for foot"):
        network.route(node_of(graph, 1), node_of(graph, 4), network.costs(0.5))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 11),
            st.integers(0, 11),
            st.floats(0, 5),
            st.sampled_from([TWO_WAY, ONE_WAY, AGAINST]),
        ),
        min_size=8,
        max_size=40,
    ),
    st.floats(0, 1),
    st.sampled_from(["foot", "car"]),
    st.integers(0, 11),
    st.integers(0, 11),
)
def test_any_graph_any_weight_costs_what_networkx_finds(streets, avoid, mode, start, end):
    nodes = {str(i): (i % 4, i // 4 + (i % 3) * 0.1) for i in range(12)}
    kept = [(a, b, e, m) for a, b, e, m in streets if a != b]
    if not kept:
        return
    graph = street_graph(
        nodes,
        [(str(a), str(b), m) for a, b, _, m in kept],
        {i: [e, e, e, e] for i, (_, _, e, _) in enumerate(kept) if e},
    )
    source, target = node_of(graph, start + 1), node_of(graph, end + 1)
    if source is None or target is None:
        return  # a point no street reaches
    network = ModeNetwork(graph, mode)
    costs = network.costs(avoid)
    reference = networkx_graph(network, costs)
    try:
        expected = nx.dijkstra_path_length(reference, source, target, weight="cost")
    except nx.NetworkXNoPath:
        with pytest.raises(RoutingError):
            network.route(source, target, costs)
        return
    positions = network.route(source, target, costs)
    assert route_cost(costs, positions) == pytest.approx(expected)
    if len(positions):
        path = osm_ids_along(network, positions)
        assert path[0] == start + 1 and path[-1] == end + 1
