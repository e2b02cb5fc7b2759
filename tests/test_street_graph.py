"""The street graph from real OSM extracts: junction splitting, access per mode, one-ways."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import osmium
import pytest
import shapely
from pyproj import Transformer

from countersight.geo.street_graph import (
    CAR,
    FOOT,
    MOTORCYCLE,
    StreetGraph,
    build_street_graph,
    way_modes,
)

OSM = Path(__file__).resolve().parents[2] / "shared" / "data" / "osm"
# `osmium tags-filter w/highway` way counts from ../shared/data/README.md
HIGHWAY_WAYS = {"munich-centre": 2959, "monaco": 1996, "porto-centre": 4656, "andorra": 4611}
needs_osm = pytest.mark.skipif(
    not OSM.is_dir(), reason="../shared/data/osm is not beside this clone"
)


@pytest.fixture(scope="module", params=sorted(HIGHWAY_WAYS))
def real(request: pytest.FixtureRequest) -> tuple[str, StreetGraph]:
    if not OSM.is_dir():
        pytest.skip("../shared/data/osm is not beside this clone")
    return request.param, build_street_graph(OSM / f"{request.param}.osm.pbf")


@needs_osm
def test_ways_and_segments_are_plausible_against_osmium_counts(real):
    name, graph = real
    ways = len(set(graph.segment_way_id.tolist()))
    # Some highway ways are not streets (platforms, construction, areas): most are.
    assert 0.6 * HIGHWAY_WAYS[name] <= ways <= HIGHWAY_WAYS[name]
    assert graph.segment_count > ways  # junctions cut ways into more segments
    assert len(graph.edge_source) >= graph.segment_count  # most are two-way on foot
    assert graph.edge_source.max() < len(graph.node_lon)
    assert len(graph.node_osm_id) == len(set(graph.node_osm_id.tolist()))


@needs_osm
def test_segments_end_at_junctions_and_never_pass_one(real):
    _, graph = real
    junctions = set(zip(graph.node_lon.tolist(), graph.node_lat.tolist(), strict=True))
    for line in graph.segment_geometry:
        inner = {tuple(p) for p in np.asarray(line.coords)[1:-1].tolist()}
        assert not inner & junctions


def _edges_of(graph: StreetGraph, mode: int) -> np.ndarray:
    return np.flatnonzero(graph.edge_modes & mode)


def _runs_forward(graph: StreetGraph, edge: int) -> bool:
    start = graph.segment_geometry[graph.edge_segment[edge]].coords[0]
    source = graph.edge_source[edge]
    return (graph.node_lon[source], graph.node_lat[source]) == tuple(start)


@needs_osm
def test_one_way_streets_carry_vehicles_only_their_way_and_walkers_both(real):
    _, graph = real
    oneway = {
        i
        for i, tags in enumerate(graph.segment_tags)
        if tags.get("oneway") in ("yes", "1", "true") and tags["highway"] != "footway"
    }
    assert oneway, "the extract has one-way streets"
    by_segment: dict[int, list[int]] = {}
    for edge in range(len(graph.edge_source)):
        by_segment.setdefault(int(graph.edge_segment[edge]), []).append(edge)
    for segment in oneway:
        for edge in by_segment.get(segment, []):
            if graph.edge_modes[edge] & (CAR | MOTORCYCLE):
                assert _runs_forward(graph, edge)
        walk = [e for e in by_segment.get(segment, []) if graph.edge_modes[e] & FOOT]
        line = graph.segment_geometry[segment]
        if walk and line.coords[0] != line.coords[-1]:  # a closed loop has no edges
            assert {_runs_forward(graph, e) for e in walk} == {True, False}


@needs_osm
def test_footways_have_no_car_edges(real):
    _, graph = real
    car_segments = set(graph.edge_segment[_edges_of(graph, CAR)].tolist())
    vehicle_keys = ("access", "vehicle", "motor_vehicle", "motorcar")
    footways = [i for i, h in enumerate(graph.segment_highway) if h in ("footway", "steps")]
    assert footways
    for segment in footways:
        tags = graph.segment_tags[segment]
        if segment in car_segments:  # only where a tag opens it to cars
            assert any(tags.get(k) not in (None, "no") for k in vehicle_keys), tags
        else:
            assert (graph.edge_modes[graph.edge_segment == segment] & FOOT).all()


@needs_osm
def test_every_edge_is_as_long_as_its_geometry(real):
    _, graph = real
    zone = int((graph.node_lon.mean() + 180) // 6) + 1
    to_utm = Transformer.from_crs(4326, 32600 + zone, always_xy=True)
    projected = shapely.transform(
        graph.segment_geometry[graph.edge_segment],
        lambda xy: np.column_stack(to_utm.transform(xy[:, 0], xy[:, 1])),
    )
    metric = shapely.length(projected)
    # UTM's scale error inside a zone stays under 0.1 %; Andorra lies on a zone edge (0.1 %+)
    assert np.allclose(graph.edge_length_m, metric, rtol=2e-3, atol=0.01)
    assert (graph.edge_length_m > 0).all()


def test_access_rules_per_mode():
    both = FOOT | MOTORCYCLE | CAR
    assert way_modes({"highway": "residential"}) == (both, both)
    assert way_modes({"highway": "footway"}) == (FOOT, FOOT)
    assert way_modes({"highway": "motorway"}) == (MOTORCYCLE | CAR, 0)
    assert way_modes({"highway": "primary", "oneway": "yes"}) == (both, FOOT)
    assert way_modes({"highway": "primary", "oneway": "-1"}) == (FOOT, both)
    assert way_modes({"highway": "primary", "oneway": "reversible"}) == (FOOT, FOOT)
    assert way_modes({"highway": "primary", "junction": "roundabout"}) == (both, FOOT)
    assert way_modes({"highway": "primary", "junction": "roundabout", "oneway": "no"}) == (
        both,
        both,
    )
    assert way_modes({"highway": "pedestrian", "motorcycle": "yes"}) == (
        FOOT | MOTORCYCLE,
        FOOT | MOTORCYCLE,
    )
    assert way_modes({"highway": "service", "access": "private"}) == (0, 0)
    assert way_modes({"highway": "service", "access": "private", "foot": "yes"}) == (FOOT, FOOT)
    assert way_modes({"highway": "residential", "motor_vehicle": "no"}) == (FOOT, FOOT)
    assert way_modes({"highway": "residential", "motorcar": "no"}) == (
        FOOT | MOTORCYCLE,
        FOOT | MOTORCYCLE,
    )
    assert way_modes({"highway": "trunk", "motorroad": "yes"}) == (
        MOTORCYCLE | CAR,
        MOTORCYCLE | CAR,
    )
    assert way_modes({"highway": "pedestrian", "area": "yes"}) == (0, 0)
    assert way_modes({"highway": "construction"}) == (0, 0)


def _write(
    path: Path, nodes: dict[int, tuple[float, float]], ways: list[tuple[int, list[int], dict]]
) -> None:
    writer = osmium.SimpleWriter(str(path))
    try:
        for nid, location in sorted(nodes.items()):
            writer.add_node(osmium.osm.mutable.Node(id=nid, location=location, version=1))
        for wid, refs, tags in ways:
            writer.add_way(osmium.osm.mutable.Way(id=wid, nodes=refs, tags=tags, version=1))
    finally:
        writer.close()


def test_ways_split_where_they_cross_and_one_ways_point_right(tmp_path: Path):
    # A plus sign in Mawlamyine: a two-way street crossed by a one-way (drawn against its flow)
    # and a footway hanging off the east end.
    nodes = {
        1: (97.620, 16.490),
        2: (97.625, 16.490),
        3: (97.630, 16.490),
        4: (97.625, 16.495),
        5: (97.625, 16.485),
        6: (97.635, 16.490),
    }
    ways = [
        (10, [1, 2, 3], {"highway": "residential", "name": "Strand Road"}),
        (11, [4, 2, 5], {"highway": "tertiary", "oneway": "-1"}),
        (12, [3, 6], {"highway": "footway"}),
    ]
    path = tmp_path / "plus.osm.pbf"
    _write(path, nodes, ways)
    graph = build_street_graph(path)
    assert graph.segment_count == 5
    assert graph.segment_name.count("Strand Road") == 2
    node = {int(osm): i for i, osm in enumerate(graph.node_osm_id)}
    edges = {
        (int(graph.node_osm_id[s]), int(graph.node_osm_id[t])): int(m)
        for s, t, m in zip(graph.edge_source, graph.edge_target, graph.edge_modes, strict=True)
    }
    both = FOOT | MOTORCYCLE | CAR
    assert edges[(1, 2)] == edges[(2, 1)] == both
    assert edges[(2, 4)] == both and edges[(4, 2)] == FOOT  # oneway=-1 runs 5 → 2 → 4
    assert edges[(5, 2)] == both and edges[(2, 5)] == FOOT
    assert edges[(3, 6)] == edges[(6, 3)] == FOOT
    assert set(node) == {1, 2, 3, 4, 5, 6}
    # 0.005° of longitude at 16.49° N is about 534 m
    length = graph.edge_length_m[list(edges).index((1, 2))]
    assert length == pytest.approx(534.0, rel=0.01)

    clipped = build_street_graph(path, bbox=(97.6315, 16.48, 97.64, 16.50))
    assert clipped.segment_highway == ["footway"]
