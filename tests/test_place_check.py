"""Place checks and completeness: placed cameras at known positions in Mawlamyine, the real
Munich cameras against a brute-force search, the CLI and the API."""

from __future__ import annotations

import heapq
import json
import math
from pathlib import Path

import numpy as np
import osmium
import pytest
import shapely
from fastapi.testclient import TestClient
from shapely.geometry import Point
from sqlalchemy import Engine, select, update
from typer.testing import CliRunner

from countersight import atlas
from countersight.api.app import create_app
from countersight.cli import app as cli
from countersight.geo.area_exposure import AreaExposure
from countersight.geo.completeness import bound_statement, completeness
from countersight.geo.exposure import ExposureIndex, load_camera_views
from countersight.geo.place_check import PlaceCheckError, parse_polygon, place_check
from countersight.geo.street_graph import FOOT
from countersight.store.database import transaction
from countersight.store.models import Camera, Deployment
from tests.conftest import MYANMAR_CASE, SHARED

MUNICH = SHARED / "data" / "osm" / "munich-centre.osm.pbf"
C = (97.6300, 16.4900)  # the place: a crossing in Mawlamyine
M_LAT, M_LON = 110_700.0, 106_740.0  # metres per degree there


def at(east_m: float, north_m: float) -> tuple[float, float]:
    return C[0] + east_m / M_LON, C[1] + north_m / M_LAT


def write_plus(path: Path, cameras: dict[int, tuple[tuple[float, float], dict]]) -> Path:
    """Four streets leave the crossing (200 m to a junction, then 400 m on); the east one is
    one-way, outwards. Cameras are nodes with their tags."""
    nodes = {1: at(0, 0)}
    ways = []
    for n, (dx, dy, name) in enumerate(
        ((0, 1, "North"), (1, 0, "East"), (0, -1, "South"), (-1, 0, "West"))
    ):
        near, far = 10 + n * 2, 11 + n * 2
        nodes[near] = at(200 * dx, 200 * dy)
        nodes[far] = at(600 * dx, 600 * dy)
        tags = {"highway": "residential", "name": f"{name} Road"}
        if name == "East":
            tags["oneway"] = "yes"
        ways.append((100 + n, [1, near], tags))
        ways.append((200 + n, [near, far], tags))
    writer = osmium.SimpleWriter(str(path))
    try:
        for nid, location in sorted(nodes.items()):
            writer.add_node(osmium.osm.mutable.Node(id=nid, location=location, version=1))
        for nid, (location, tags) in sorted(cameras.items()):
            camera = {"man_made": "surveillance", "surveillance:type": "camera", **tags}
            writer.add_node(
                osmium.osm.mutable.Node(id=nid, location=location, tags=camera, version=1)
            )
        for wid, refs, tags in ways:
            writer.add_way(osmium.osm.mutable.Way(id=wid, nodes=refs, tags=tags, version=1))
    finally:
        writer.close()
    return path


PLACED = {
    # on East Road 100 m out, looking back west along it
    501: (at(100, 0), {"camera:type": "fixed", "camera:direction": "270"}),
    # on North Road 10 m out, looking south at the crossing (10 m: observation there)
    502: (at(0, 10), {"camera:type": "fixed", "camera:direction": "180"}),
    # a plate reader on West Road: vehicles only
    503: (
        at(-50, 0),
        {"surveillance:type": "ALPR", "camera:type": "fixed", "camera:direction": "270"},
    ),
    # far away east, and one beside South Road looking away from it: neither sees the streets
    504: (at(1500, 0), {"camera:type": "dome"}),
    505: (at(30, -100), {"camera:type": "fixed", "camera:direction": "90"}),
}


@pytest.fixture
def mawlamyine(engine: Engine, tmp_path: Path) -> Engine:
    atlas.load_files(engine, [MYANMAR_CASE])
    atlas.import_osm_files(engine, [write_plus(tmp_path / "plus.osm.pbf", PLACED)])
    return engine


def test_placed_cameras_are_listed_with_their_bands(mawlamyine: Engine) -> None:
    answer = place_check(mawlamyine, Point(C), radius=300, mode="foot")
    cameras = {c["camera"]: c for c in answer["cameras"]}
    assert set(cameras) == {"osm:node/501", "osm:node/502"}
    assert cameras["osm:node/501"]["band"] == "identification"
    assert cameras["osm:node/501"]["sees_the_place"] is None  # 100 m: beyond its detection
    assert cameras["osm:node/502"]["band"] == "identification"
    assert cameras["osm:node/502"]["sees_the_place"] == "observation"
    assert answer["cameras_by_band"]["observation"] == ["osm:node/502"]
    assert answer["approaches"] == 4
    ways = {w["from"]: w for w in answer["least_exposed_approaches"]}
    assert list(ways) == ["south", "west", "north", "east"]  # fewest strong-band metres first
    assert all(w["length_m"] == pytest.approx(300) for w in ways.values())
    # 502 looks south over the crossing: 10 m of West Road at observation; the ALPR on West
    # Road does not count on foot
    assert ways["west"]["metres_by_band"] == pytest.approx(
        {"detection": 0, "observation": 10, "recognition": 0, "identification": 0}, abs=0.2
    )
    assert ways["west"]["cameras"] == ["osm:node/502"]
    assert ways["east"]["cameras"] == ["osm:node/501", "osm:node/502"]
    assert answer["distance"].startswith("network")
    assert any("ALPR" in a for a in answer["assumptions"])
    assert "OpenStreetMap contributors" in answer["attribution"]
    # 5 cameras mapped near Mawlamyine of "over 200" claimed: at most 3 %
    assert answer["completeness"]["known"]
    assert (
        "Mawlamyine: 5 mapped of over 200 reported: at most 3%"
        in (answer["completeness"]["summary"])
    )


def test_vehicles_see_plate_readers_and_keep_to_one_ways(mawlamyine: Engine) -> None:
    answer = place_check(mawlamyine, Point(C), radius=300, mode="car")
    cameras = {c["camera"] for c in answer["cameras"]}
    assert "osm:node/503" in cameras  # the plate reader counts for cars
    # East Road runs one way, away from the crossing: no car arrives along it
    assert {w["from"] for w in answer["least_exposed_approaches"]} == {"north", "south", "west"}


def test_a_polygon_place_and_bad_input(mawlamyine: Engine) -> None:
    square = shapely.box(*at(-20, -20), *at(20, 20))
    answer = place_check(mawlamyine, square, radius=300)
    assert {c["camera"] for c in answer["cameras"]} == {"osm:node/501", "osm:node/502"}
    assert parse_polygon(json.dumps(shapely.geometry.mapping(square))).equals(square)
    with pytest.raises(PlaceCheckError, match="Polygon"):
        parse_polygon("POINT (1 2)")
    with pytest.raises(PlaceCheckError, match="WKT or GeoJSON"):
        parse_polygon("{not json")
    lonely = place_check(mawlamyine, Point(at(400, 400)), radius=100)
    assert lonely["distance"].startswith("no street usable on foot")
    assert lonely["cameras"] == [] and lonely["approaches"] == 0
    with pytest.raises(PlaceCheckError, match="no streets are stored"):
        place_check(mawlamyine, Point(2.35, 48.85))
    with pytest.raises(PlaceCheckError, match="mode"):
        place_check(mawlamyine, Point(C), mode="bicycle")


def test_completeness_bounds_and_unknown(engine: Engine, tmp_path: Path) -> None:
    atlas.load_files(engine, [MYANMAR_CASE])
    twelve = {600 + i: (at(40 * i, 300), {"camera:type": "dome"}) for i in range(12)}
    atlas.import_osm_files(engine, [write_plus(tmp_path / "twelve.osm.pbf", twelve)])
    with transaction(engine) as session:
        here = completeness(session, [C])
        elsewhere = completeness(session, [(96.1561, 16.8661)])  # Yangon: no count claimed
        nowhere = completeness(session, [(11.5755, 48.1374)])  # Munich: not in the gazetteer
    assert here.summary == "Mawlamyine: 12 mapped of over 200 reported: at most 6%"
    (bound,) = here.bounds
    assert bound.reported_min == 201 and bound.reported_max is None
    assert bound.share_at_most == pytest.approx(12 / 201)
    assert not elsewhere.known and elsewhere.summary.startswith("unknown")
    assert not nowhere.known and "no gazetteer place" in nowhere.summary
    # A way from Mawlamyine to Yangon: the share near Yangon is unknown, and the answer says so.
    with transaction(engine) as session:
        both = completeness(session, [C, (96.1561, 16.8661)])
    assert not both.known and both.bounds
    town = elsewhere.places[0]  # the gazetteer town nearest the Yangon point
    assert both.unbounded_towns == [town]
    assert both.summary.endswith(
        f"unknown for {town['name']}: no accepted claim gives a camera count there"
    )
    with transaction(engine) as session:  # a camera another deployment owns is not this one's
        session.add(Deployment(key="other-mawlamyine", name="Another project", place_id=None))
        session.flush()
        other = session.scalar(select(Deployment.id).where(Deployment.key == "other-mawlamyine"))
        session.execute(
            update(Camera).where(Camera.key == "osm:node/600").values(deployment_id=other)
        )
    with transaction(engine) as session:
        assert completeness(session, [C]).bounds[0].mapped == 11
    assert bound_statement(12, 335, 335, "335")[0] == "12 mapped of 335 reported: 4%"
    assert bound_statement(12, 100, 150, "100-150")[0] == (
        "12 mapped of 100-150 reported: between 8% and 12%"
    )
    assert bound_statement(0, 0, None, "none")[0] == "0 mapped of none reported: share unknown"


def test_cli_and_api(mawlamyine: Engine) -> None:
    url = mawlamyine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    result = runner.invoke(
        cli, ["place-check", "--at", f"{C[1]},{C[0]}", "--db", url, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert {c["camera"] for c in json.loads(result.stdout)["cameras"]} == {
        "osm:node/501",
        "osm:node/502",
    }
    result = runner.invoke(cli, ["place-check", "--at", "91,0", "--db", url])
    assert result.exit_code == 2 and "latitude" in result.output
    result = runner.invoke(cli, ["completeness", "--at", f"{C[1]},{C[0]}", "--db", url])
    assert result.exit_code == 0 and "at most 3%" in result.output

    client = TestClient(create_app(mawlamyine))
    answer = client.get("/api/v1/place-check", params={"at": f"{C[1]},{C[0]}", "mode": "car"})
    assert answer.status_code == 200
    assert "osm:node/503" in {c["camera"] for c in answer.json()["cameras"]}
    assert client.get("/api/v1/place-check", params={"at": "x"}).status_code == 422
    assert client.get("/api/v1/place-check", params={"at": "48.85,2.35"}).status_code == 404
    assert client.get("/api/v1/place-check", params={"polygon": "/etc/passwd"}).status_code == 422
    complete = client.get("/api/v1/completeness", params={"at": f"{C[1]},{C[0]}"}).json()
    assert complete["known"] and complete["bounds"][0]["mapped"] == 5


def _walk(graph, start: int, radius: float) -> dict[int, float]:
    """Plain Dijkstra over the foot edges: the brute force's own network distances."""
    foot = np.flatnonzero(graph.edge_modes & FOOT)
    out: dict[int, list[tuple[int, float]]] = {}
    for e in foot.tolist():
        out.setdefault(int(graph.edge_source[e]), []).append(
            (int(graph.edge_target[e]), float(graph.edge_length_m[e]))
        )
    best = {start: 0.0}
    queue = [(0.0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > best.get(node, math.inf) or d > radius:
            continue
        for nxt, length in out.get(node, []):
            if d + length < best.get(nxt, math.inf):
                best[nxt] = d + length
                heapq.heappush(queue, (d + length, nxt))
    return {n: d for n, d in best.items() if d <= radius}


@pytest.mark.skipif(not MUNICH.exists(), reason=f"real OSM extract absent: {MUNICH}")
def test_munich_place_check_lists_exactly_the_cameras_whose_sectors_reach_it(
    engine: Engine,
) -> None:
    atlas.import_osm_files(engine, [MUNICH])
    cache = AreaExposure()
    index = cache.index(engine, (11.57, 48.13, 11.58, 48.14))
    graph = index.graph
    # the junction nearest Marienplatz, so that the brute force needs no snapping
    node = int(np.argmin(np.hypot(graph.node_lon - 11.5755, graph.node_lat - 48.1374)))
    place = Point(graph.node_lon[node], graph.node_lat[node])
    answer = place_check(engine, place, radius=300, cache=cache)

    reached = _walk(graph, node, 300)
    foot = np.flatnonzero(graph.edge_modes & FOOT)
    approach = {
        int(graph.edge_segment[e])
        for e in foot.tolist()
        if int(graph.edge_source[e]) in reached or int(graph.edge_target[e]) in reached
    }
    assert answer["approach_segments"] == len(approach)
    expected: dict[str, int] = {}
    place_xy = index.plane.project(np.asarray([place], dtype=object))[0]
    for p, polygon in enumerate(index.bands.polygons):
        view = index.views[int(index.bands.camera[p])]
        if view.vehicles_only:
            continue
        band = int(index.bands.band[p])
        seen = any(index.lines[s].intersection(polygon).length > 0 for s in approach)
        if seen or polygon.intersects(place_xy):
            expected[view.key] = max(expected.get(view.key, -1), band if seen else -1)
    listed = {c["camera"]: c for c in answer["cameras"]}
    assert set(listed) == set(expected)
    assert len(listed) > 10
    bands = ("detection", "observation", "recognition", "identification")
    for key, band in expected.items():
        assert listed[key]["band"] == (bands[band] if band >= 0 else None)


def test_the_servers_exposure_follows_camera_changes(mawlamyine: Engine, tmp_path: Path) -> None:
    cache = AreaExposure()
    box = (*at(-50, -50), *at(50, 50))
    index = cache.index(mawlamyine, box)
    assert not any("osm:node/506" in c for c in index.cameras)
    moved = {**PLACED, 506: (at(-120, 0), {"camera:type": "dome"})}
    atlas.import_osm_files(
        mawlamyine, [write_plus(tmp_path / "newer.osm.pbf", moved)], streets=False
    )
    again = cache.index(mawlamyine, box)
    # An updated copy, not a rebuild (the street tree is shared); the one a request may still
    # be reading is left as it was.
    assert again is not index and again.line_tree is index.line_tree
    assert not any("osm:node/506" in c for c in index.cameras)
    assert any("osm:node/506" in c for c in again.cameras)
    with transaction(mawlamyine) as session:
        fresh = ExposureIndex(again.graph, load_camera_views(session))
    assert np.allclose(again.foot_m, fresh.foot_m, atol=1e-6)
    assert again.cameras == fresh.cameras
