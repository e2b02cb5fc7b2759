"""Routes on Munich's real streets and cameras (../shared/data/osm), with a camera placed on the
shortest route: avoidance, networkx agreement, one-ways; then the CLI and the API on a store."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import gpxpy
import networkx as nx
import numpy as np
import pytest
import shapely
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from countersight import atlas
from countersight.api.app import create_app
from countersight.cli import app as cli
from countersight.geo.exposure import camera_view, camera_views_from_file, compute_exposure
from countersight.geo.route_answers import RouteDescriber, plan_routes
from countersight.geo.routing import ModeNetwork, RoutingError, route_cost
from countersight.geo.street_graph import CAR, StreetGraph, build_street_graph
from tests.conftest import SHARED

MUNICH = SHARED / "data" / "osm" / "munich-centre.osm.pbf"
# Marienplatz → Karlsplatz (Stachus); both on a junction, so a click a pixel off starts there too.
START, END = (48.13753, 11.57503), (48.13982, 11.56706)
pytestmark = pytest.mark.skipif(not MUNICH.is_file(), reason=f"{MUNICH} is not there")


@pytest.fixture(scope="module")
def streets() -> StreetGraph:
    return compute_exposure(build_street_graph(MUNICH), camera_views_from_file(MUNICH))


def network_for(graph: StreetGraph, mode: str = "foot") -> tuple[ModeNetwork, RouteDescriber]:
    network = ModeNetwork(graph, mode)
    return network, RouteDescriber(network)


@functools.cache
def dome_on_shortest_route() -> tuple[float, float]:
    """(lat, lon) of the middle of the shortest walk's longest street, START to END, with the
    real cameras only: where the tests place a dome camera (also the map page's test)."""
    graph = compute_exposure(build_street_graph(MUNICH), camera_views_from_file(MUNICH))
    network, describer = network_for(graph)
    shortest = plan_routes(network, describer, START, END, alternatives=0).route("shortest")
    edge = shortest.edges[np.argmax(graph.edge_length_m[shortest.edges])]
    line = graph.segment_geometry[graph.edge_segment[edge]]
    middle = shapely.line_interpolate_point(line, 0.5, normalized=True)
    return middle.y, middle.x


@pytest.fixture(scope="module")
def placed(streets: StreetGraph) -> dict:
    """The dome camera on the shortest route, and the graph with its exposure."""
    lat, lon = dome_on_shortest_route()
    view = camera_view("placed/dome", lon, lat, "dome")
    graph = compute_exposure(streets, [*camera_views_from_file(MUNICH), view])
    network, describer = network_for(streets)
    shortest = plan_routes(network, describer, START, END, alternatives=0).route("shortest")
    return {"graph": graph, "at": (lat, lon), "shortest": shortest}


def test_a_route_through_a_cameras_identification_band_is_avoided_when_allowed(placed):
    network, describer = network_for(placed["graph"])
    plan = plan_routes(network, describer, START, END, avoid=0.5, alternatives=0)
    shortest, least = plan.route("shortest"), plan.route("least_exposed")
    assert "placed/dome" in shortest.cameras
    assert shortest.band_m["identification"] >= 7.0  # 3.8 m each side of a 1080p dome
    assert "placed/dome" not in least.cameras
    assert least.band_m["identification"] < shortest.band_m["identification"]
    assert least.length_m > shortest.length_m  # the detour
    # The shortest route is the one without the camera: placing it changed nothing at avoid 0.
    assert shortest.edges.tolist() == placed["shortest"].edges.tolist()


def test_a_plate_reader_on_the_way_is_not_counted_among_a_walkers_cameras(streets):
    lat, lon = dome_on_shortest_route()
    reader = camera_view("placed/alpr", lon, lat, "dome", capabilities=["plate_recognition"])
    graph = compute_exposure(streets, [*camera_views_from_file(MUNICH), reader])
    walk = plan_routes(*network_for(graph, "foot"), START, END, alternatives=0).route("shortest")
    streets_seen = {graph.edge_segment[e] for e in walk.edges}
    assert any("placed/alpr" in graph.segment_cameras[s] for s in streets_seen)  # on the way
    assert "placed/alpr" not in walk.cameras
    assert (
        walk.band_m
        == plan_routes(*network_for(streets, "foot"), START, END, alternatives=0)
        .route("shortest")
        .band_m
    )


def networkx_of(network: ModeNetwork, costs: np.ndarray) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for position, edge in enumerate(network.edge_ids.tolist()):
        graph.add_edge(
            int(network.graph.edge_source[edge]),
            int(network.graph.edge_target[edge]),
            cost=float(costs[position]),
        )
    return graph


@pytest.mark.parametrize("mode", ["foot", "car"])
def test_avoid_0_is_the_shortest_path_networkx_finds_on_the_same_graph(placed, mode):
    network, _ = network_for(placed["graph"], mode)
    rng = np.random.default_rng(3)
    for avoid in (0.0, 0.7):
        costs = network.costs(avoid)
        reference = networkx_of(network, costs)
        junctions = np.unique(network.snap_ends)
        for source, target in rng.choice(junctions, (15, 2)).tolist():
            expected = nx.dijkstra_path_length(reference, source, target, weight="cost")
            assert route_cost(costs, network.route(source, target, costs)) == pytest.approx(
                expected, rel=1e-9
            )
    shortest = network.route(*rng.choice(junctions, 2).tolist(), network.costs(0.0))
    assert route_cost(network.costs(0.0), shortest) == pytest.approx(
        network.length_m[shortest].sum()
    )


def test_one_ways_bind_cars_and_motorcycles_but_not_walkers(streets):
    car_edges = np.flatnonzero(streets.edge_modes & CAR)
    per_segment = np.bincount(streets.edge_segment[car_edges], minlength=streets.segment_count)
    foot, _ = network_for(streets, "foot")
    checked = 0
    for edge in car_edges[per_segment[streets.edge_segment[car_edges]] == 1][:40].tolist():
        # Against the one-way: from its end back to its start.
        source, target = int(streets.edge_target[edge]), int(streets.edge_source[edge])
        on_foot = foot.route(source, target, foot.costs(0.0))
        if foot.length_m[on_foot].sum() > streets.edge_length_m[edge] + 1e-6:
            continue  # walkers have a shorter way still: this one-way proves nothing
        for mode in ("car", "motorcycle"):
            network, _ = network_for(streets, mode)
            try:
                driven = network.route(source, target, network.costs(0.0))
            except RoutingError:
                continue  # no legal way round inside the extract
            used = network.edge_ids[driven]
            assert not np.isin(streets.edge_segment[used], streets.edge_segment[edge]).any()
            assert network.length_m[driven].sum() > streets.edge_length_m[edge]
        checked += 1
    assert checked >= 10


# The store, the command line and the API: the same Munich streets, cameras and placed dome.


def placed_camera_diff(path: Path, lat: float, lon: float) -> Path:
    """An osmChange adding the placed dome, as a field report imported from OSM would."""
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<osmChange version="0.6"><create>'
        f'<node id="990000000001" version="1" changeset="1" lat="{lat:.7f}" lon="{lon:.7f}" '
        'timestamp="2026-11-01T00:00:00Z">'
        '<tag k="man_made" v="surveillance"/><tag k="surveillance:type" v="camera"/>'
        '<tag k="camera:type" v="dome"/></node></create></osmChange>\n'
    )
    return path


@pytest.fixture
def munich_atlas(engine, placed, tmp_path):
    atlas.import_osm_files(engine, [MUNICH])
    atlas.import_osm_files(engine, [placed_camera_diff(tmp_path / "placed.osc", *placed["at"])])
    return engine


def cli_route(engine, *args: str):
    url = engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(
        cli,
        ["route", "--from", "48.13753,11.57503", "--to", "48.13982,11.56706", *args, "--db", url],
    )


def test_cli_and_api_give_the_same_routes_with_completeness_and_assumptions(munich_atlas):
    result = cli_route(munich_atlas, "--format", "json", "--avoid", "0.5")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    routes = answer["routes"]
    shortest = routes[answer["answers"]["shortest"]]
    least = routes[answer["answers"]["least_exposed"]]
    placed_key = "osm:node/990000000001"
    assert placed_key in shortest["cameras"] and placed_key not in least["cameras"]
    assert least["length_m"] > shortest["length_m"]
    assert set(shortest["band_m"]) == {"detection", "observation", "recognition", "identification"}
    assert shortest["time_s"] == pytest.approx(shortest["length_m"] / (4.5 / 3.6), abs=1)
    assert answer["completeness"]["summary"]
    assert any("junction nearest" in a for a in answer["assumptions"])
    assert any("exclusive" in a for a in answer["assumptions"])  # exposure's own

    with TestClient(create_app(munich_atlas)) as client:
        response = client.get(
            "/api/v1/route",
            params={"from": "48.13753,11.57503", "to": "48.13982,11.56706", "avoid": 0.5},
        )
        assert response.status_code == 200
        api = response.json()
        assert [r["geometry"] for r in api["routes"]] == [r["geometry"] for r in routes]
        assert api["completeness"] == answer["completeness"]
        assert "OpenStreetMap" in api["attribution"]
        geo = client.get(
            "/api/v1/route",
            params={"from": "48.13753,11.57503", "to": "48.13982,11.56706", "format": "geojson"},
        )
        assert geo.headers["content-type"] == "application/geo+json"
        features = geo.json()["features"]
        assert features[0]["geometry"]["type"] == "LineString"
        assert "Shortest" in features[0]["properties"]["name"]
        far = client.get("/api/v1/route", params={"from": "48.2,11.5755", "to": "48.142,11.565"})
        assert far.status_code == 422
        assert "m from the nearest street usable by foot" in far.json()["detail"]
        bad = client.get("/api/v1/route", params={"from": "11.5755", "to": "48.142,11.565"})
        assert bad.status_code == 422 and "LAT,LON" in bad.json()["detail"]


def test_gpx_has_named_routes_and_the_odbl_attribution(munich_atlas):
    result = cli_route(munich_atlas, "--format", "gpx", "--alternatives", "1")
    assert result.exit_code == 0, result.output
    gpx = gpxpy.parse(result.stdout)
    assert gpx.copyright_author == "OpenStreetMap contributors"
    assert "odbl" in gpx.copyright_license
    names = [r.name for r in gpx.routes]
    assert names[0].startswith("Shortest") and all(" km, " in n for n in names)
    first = gpx.routes[0].points[0]
    assert abs(first.latitude - START[0]) < 1e-4 and abs(first.longitude - START[1]) < 1e-4


def test_cli_refuses_a_point_outside_the_stored_streets(munich_atlas):
    result = cli_route(munich_atlas)  # a valid request first: the table
    assert result.exit_code == 0 and "Least" in result.stdout and "Shortest" in result.stdout
    url = munich_atlas.url.render_as_string(hide_password=False)
    far = CliRunner().invoke(
        cli, ["route", "--from", "16.49,97.63", "--to", "16.50,97.64", "--db", url]
    )
    assert far.exit_code == 2
    assert "no streets are stored around these points" in far.output
