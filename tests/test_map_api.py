"""The map's API: layers for a box and zoom, cameras with DORI bands, place figures, exports."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from countersight import atlas
from countersight.api.app import create_app
from countersight.api.map import MapSettings
from countersight.geo.camera_links import link_cameras
from countersight.store.database import session_factory, transaction
from countersight.store.models import Camera
from tests.conftest import REPO, write

MUNICH = REPO / "data" / "osm" / "munich-centre.osm.pbf"
MUNICH_BOX = (11.4, 48.0, 11.7, 48.3)
MAWLAMYINE_BOX = (97.55, 16.40, 97.70, 16.55)

# Cameras at Mawlamyine as people tag them, written as a real OSM XML file.
MAWLAMYINE_OSM = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="countersight-tests">
 <node id="1001" version="1" timestamp="2023-03-01T00:00:00Z" lat="16.4905" lon="97.6282">
  <tag k="man_made" v="surveillance"/><tag k="surveillance:type" v="camera"/>
  <tag k="camera:type" v="fixed"/><tag k="camera:direction" v="90"/>
  <tag k="manufacturer" v="Dahua"/><tag k="start_date" v="2021-05"/>
 </node>
 <node id="1002" version="1" timestamp="2023-03-01T00:00:00Z" lat="16.4910" lon="97.6290">
  <tag k="man_made" v="surveillance"/><tag k="surveillance:type" v="ALPR"/>
  <tag k="camera:direction" v="0-90"/><tag k="manufacturer" v="Dahua"/>
  <tag k="start_date" v="2022"/>
 </node>
 <node id="1003" version="1" timestamp="2024-06-01T00:00:00Z" lat="16.4800" lon="97.6250">
  <tag k="man_made" v="surveillance"/><tag k="camera:type" v="dome"/>
  <tag k="operator" v="=HYPERLINK(&quot;http://example.org&quot;)"/>
 </node>
</osm>
"""


def _box(values: tuple[float, ...]) -> str:
    return ",".join(str(v) for v in values)


@pytest.fixture
def mapped(myanmar: Engine, tmp_path: Path) -> Engine:
    """The Myanmar case, the bundled Munich cameras and three tagged cameras in Mawlamyine."""
    local = write(tmp_path / "mawlamyine.osm", MAWLAMYINE_OSM)
    atlas.import_osm_files(myanmar, [MUNICH, local])
    return myanmar


@pytest.fixture
def client(mapped: Engine) -> TestClient:
    return TestClient(create_app(mapped, MapSettings()))


def _cameras_in(engine: Engine, box: tuple[float, float, float, float]) -> set[str]:
    west, south, east, north = box
    with session_factory(engine)() as session:
        return set(
            session.scalars(
                select(Camera.key).where(
                    Camera.lon.between(west, east),
                    Camera.lat.between(south, north),
                    Camera.status == "active",
                )
            )
        )


def _layer(client: TestClient, box: tuple[float, ...], zoom: int, **filters: str) -> dict:
    response = client.get(
        "/api/v1/layers/cameras", params={"bbox": _box(box), "zoom": zoom, **filters}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/geo+json"
    return response.json()


@pytest.mark.parametrize("zoom", [5, 10, 12, 14, 15])
def test_clusters_account_for_every_camera_in_view_once(
    client: TestClient, mapped: Engine, zoom: int
) -> None:
    body = _layer(client, MUNICH_BOX, zoom)
    assert body["clustered"] is True
    counts = [f["properties"].get("count", 1) for f in body["features"]]
    assert sum(counts) == body["total"] == len(_cameras_in(mapped, MUNICH_BOX)) == 209
    for feature in body["features"]:
        props = feature["properties"]
        if props["cluster"]:
            west, south, east, north = props["cell"]
            lon, lat = feature["geometry"]["coordinates"]
            assert west <= lon <= east and south <= lat <= north  # the centre lies in its cell
            assert props["count"] == len(_cameras_in(mapped, (west, south, east, north)))
    assert "OpenStreetMap contributors" in body["attribution"]


def test_from_zoom_16_cameras_come_one_by_one_exactly_as_in_the_box(
    client: TestClient, mapped: Engine
) -> None:
    box = (11.565, 48.135, 11.58, 48.142)
    body = _layer(client, box, 17)
    assert body["clustered"] is False
    keys = {f["properties"]["key"] for f in body["features"]}
    assert keys == _cameras_in(mapped, box) and 0 < len(keys) < 209
    assert not any(f["properties"]["cluster"] for f in body["features"])


def test_a_camera_carries_its_sector_dori_bands_and_assumptions(client: TestClient) -> None:
    cameras = {
        f["properties"]["key"]: f["properties"]
        for f in _layer(client, MAWLAMYINE_BOX, 17)["features"]
    }
    fixed, plate_reader, dome = (
        {
            **cameras[f"osm:node/{i}"],
            **client.get(f"/api/v1/cameras/osm:node/{i}").json()["properties"],
        }
        for i in (1001, 1002, 1003)
    )
    assert "assumptions" not in cameras["osm:node/1001"]  # the map layer stays light
    assert fixed["sector"] == {"directions": [90.0], "angle": 90.0, "all_round": False}
    bands = {b["band"]: b["metres"] for b in fixed["bands"]}
    assert list(bands) == ["detection", "observation", "recognition", "identification"]
    # 1920 px across a 90° view: 2·tan(45°) = 2 metres of width per metre of distance.
    assert bands["identification"] == pytest.approx(1920 / (2 * 250), abs=0.05)
    assert bands["detection"] == pytest.approx(1920 / (2 * 25), abs=0.05)
    assert any("1920 px" in a for a in fixed["assumptions"])
    assert plate_reader["kind"] == "alpr" and fixed["kind"] == "camera"
    assert plate_reader["sector"]["directions"] == [45.0]  # the range 0-90, centred
    assert plate_reader["sector"]["angle"] == 90.0
    assert dome["sector"]["all_round"] is True
    assert any("any way" in a for a in dome["assumptions"])
    assert fixed["osm_url"] == "https://www.openstreetmap.org/node/1001"
    assert fixed["place"]["key"] == "MM-15/mawlamyine"


def test_camera_filters(client: TestClient) -> None:
    def keys(**filters: str) -> set[str]:
        body = _layer(client, MAWLAMYINE_BOX, 17, **filters)
        return {f["properties"]["key"] for f in body["features"]}

    assert keys(type="alpr") == {"osm:node/1002"}
    assert keys(manufacturer="DAHUA") == {"osm:node/1001", "osm:node/1002"}
    # A supplier named as the case file names it finds cameras tagged with an alias.
    assert keys(manufacturer="Zhejiang Dahua Technology") == {"osm:node/1001", "osm:node/1002"}
    assert keys(exclude_type="alpr") == {"osm:node/1001", "osm:node/1003"}
    assert keys(since="2022-01-01") == {"osm:node/1002", "osm:node/1003"}  # 1003: mapped 2024
    assert keys(until="2021-12-31") == {"osm:node/1001"}
    assert keys(status="retired") == set()
    assert keys(manufacturer="nobody") == set()
    clustered = _layer(client, MAWLAMYINE_BOX, 5, type="alpr")
    assert clustered["total"] == 1


def test_the_layer_follows_the_atlas_when_it_changes(
    client: TestClient, mapped: Engine, tmp_path: Path
) -> None:
    assert _layer(client, MAWLAMYINE_BOX, 17)["total"] == 3
    deleted = MAWLAMYINE_OSM.replace('<node id="1003"', '<node id="1004"')
    atlas.import_osm_files(mapped, [write(tmp_path / "newer.osm", deleted)])
    body = _layer(client, MAWLAMYINE_BOX, 17)
    assert {f["properties"]["key"] for f in body["features"]} == {
        "osm:node/1001",
        "osm:node/1002",
        "osm:node/1004",
    }
    retired = _layer(client, MAWLAMYINE_BOX, 17, status="retired")
    assert [f["properties"]["key"] for f in retired["features"]] == ["osm:node/1003"]


def test_deployments_layer_with_facts_and_their_certainty(client: TestClient) -> None:
    response = client.get("/api/v1/layers/deployments")
    assert response.status_code == 200
    features = {f["properties"]["key"]: f for f in response.json()["features"]}
    mawlamyine = features["mawlamyine-safe-city"]
    lon, lat = mawlamyine["geometry"]["coordinates"]
    assert math.isclose(lat, 16.49, abs_tol=0.05) and math.isclose(lon, 97.63, abs_tol=0.05)
    props = mawlamyine["properties"]
    assert props["status"] == {
        "display": "installing",
        "verification": "unverified",
        "value": "installing",
    }
    assert props["camera_count"]["min"] == 201 and props["camera_count"]["max"] is None
    assert props["suppliers"] == ["Zhejiang Dahua Technology"]
    assert props["verification"] == "unverified"
    assert features["mm-safe-city-programme"]["properties"]["verification"] == "disputed"
    in_box = client.get("/api/v1/layers/deployments", params={"bbox": "97,16,98,17"}).json()
    assert [f["properties"]["key"] for f in in_box["features"]] == ["mawlamyine-safe-city"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"supplier": "dahua"}, {"mawlamyine-safe-city", "mm-safe-city-programme"}),
        ({"supplier": "Hikvision"}, {"mm-safe-city-programme"}),
        ({"procurer": "Fisca"}, {"mm-safe-city-programme"}),
        ({"capability": "face_recognition"}, {"mawlamyine-safe-city", "mm-safe-city-programme"}),
        ({"status": "planned"}, set()),
        ({"verification": "disputed"}, {"mm-safe-city-programme"}),
        (
            {"since": "2021-01-01", "status": "installing"},
            {"mawlamyine-safe-city", "mm-safe-city-programme"},
        ),
        ({"until": "2020-01-01", "status": "installing"}, set()),
    ],
)
def test_deployment_filters(client: TestClient, filters: dict, expected: set[str]) -> None:
    response = client.get("/api/v1/layers/deployments", params=filters)
    assert response.status_code == 200
    assert {f["properties"]["key"] for f in response.json()["features"]} == expected


def test_linked_cameras_count_as_mapped_and_filter_the_camera_layer(
    client: TestClient, mapped: Engine
) -> None:
    with transaction(mapped, "tester") as session:
        link_cameras(session, "mawlamyine-safe-city", bbox=MAWLAMYINE_BOX)
    features = client.get("/api/v1/layers/deployments").json()["features"]
    mawlamyine = next(f for f in features if f["properties"]["key"] == "mawlamyine-safe-city")
    assert mawlamyine["properties"]["mapped_cameras"] == 3
    linked = _layer(client, MUNICH_BOX, 17, deployment="mawlamyine-safe-city")
    assert linked["total"] == 0
    linked = _layer(client, MAWLAMYINE_BOX, 17, deployment="mawlamyine-safe-city")
    assert linked["total"] == 3
    assert {f["properties"]["deployment"] for f in linked["features"]} == {"mawlamyine-safe-city"}


def test_place_summary_for_the_charts(client: TestClient) -> None:
    response = client.get("/api/v1/places/MM-15/mawlamyine/summary")
    assert response.status_code == 200
    body = response.json()
    assert body["cameras"] == 3
    assert body["deployments"] == ["mawlamyine-safe-city"]
    assert body["place"]["within"] == ["Mon State", "Myanmar"]
    assert {"name": "မော်လမြိုင်", "lang": "my", "script": "Mymr", "kind": "official"} in body["place"][
        "names"
    ]
    assert body["cameras_by_year"] == [
        {"year": 2021, "count": 1},
        {"year": 2022, "count": 1},
        {"year": 2024, "count": 1},
    ]
    assert {"supplier": "Dahua", "count": 2} in body["cameras_by_supplier"]
    assert body["deployments_by_supplier"] == [
        {"supplier": "Zhejiang Dahua Technology", "count": 1}
    ]
    region = client.get("/api/v1/places/MM-15/summary").json()
    assert region["cameras"] == 3  # the state includes its towns
    assert client.get("/api/v1/places/nowhere/summary").status_code == 404


def test_an_organisation_lists_what_claims_name_it_in(client: TestClient) -> None:
    fisca = client.get("/api/v1/organisations/fisca").json()
    assert fisca["involved_in"] == [
        {
            "kind": "deployment",
            "key": "mm-safe-city-programme",
            "name": "Military government's Safe City camera programme",
            "roles": ["procurer"],
        },
        {
            "kind": "tender",
            "key": "mm-safe-city-tenders",
            "name": "Safe City tenders since the 2021 coup (references not known)",
            "roles": ["winner"],
        },
    ]


def test_boundaries_are_offline_outlines_and_units_named_in_both_scripts(
    client: TestClient,
) -> None:
    features = client.get("/api/v1/layers/boundaries").json()["features"]
    country = next(f for f in features if f["properties"]["level"] == "country")
    assert country["properties"]["key"] == "MM"
    assert country["geometry"]["type"] in ("Polygon", "MultiPolygon")
    units = [f for f in features if f["properties"]["level"] != "country"]
    assert len(units) == 15
    assert all(f["geometry"]["type"] == "Point" for f in units)
    assert all("my" in f["properties"]["names"] for f in units)


def test_cameras_listing_and_one_camera(client: TestClient, mapped: Engine) -> None:
    first = client.get("/api/v1/cameras", params={"bbox": _box(MUNICH_BOX), "limit": 100})
    second = client.get(
        "/api/v1/cameras", params={"bbox": _box(MUNICH_BOX), "limit": 100, "offset": 100}
    )
    assert first.json()["total"] == 209
    keys = [f["properties"]["key"] for f in first.json()["items"] + second.json()["items"]]
    assert len(keys) == len(set(keys)) == 200
    one = client.get("/api/v1/cameras/osm:node/1001")
    assert one.status_code == 200 and one.json()["properties"]["manufacturer"] == "Dahua"
    assert client.get("/api/v1/cameras/osm:node/999999999").status_code == 404


def test_exports_hold_what_is_on_screen(client: TestClient, mapped: Engine) -> None:
    box = (11.565, 48.135, 11.58, 48.142)
    response = client.get("/api/v1/export/cameras.csv", params={"bbox": _box(box)})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["key"] for r in rows} == _cameras_in(mapped, box)
    geo = client.get("/api/v1/export/cameras.geojson", params={"bbox": _box(box)}).json()
    assert {f["properties"]["key"] for f in geo["features"]} == _cameras_in(mapped, box)
    assert "OpenStreetMap contributors" in geo["attribution"]
    deployments = client.get("/api/v1/export/deployments.csv", params={"bbox": "97,16,98,17"})
    rows = list(csv.DictReader(io.StringIO(deployments.text)))
    assert [r["key"] for r in rows] == ["mawlamyine-safe-city"]
    assert rows[0]["cameras_reported_min"] == "201" and rows[0]["verification"] == "unverified"


def test_csv_export_never_hands_a_spreadsheet_a_formula(client: TestClient) -> None:
    response = client.get("/api/v1/export/cameras.csv", params={"bbox": _box(MAWLAMYINE_BOX)})
    dome = next(r for r in csv.DictReader(io.StringIO(response.text)) if r["key"].endswith("1003"))
    assert dome["operator"].startswith("'=HYPERLINK")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/layers/cameras?zoom=5", 422),
        ("/api/v1/layers/cameras?bbox=1,2,3&zoom=5", 422),
        ("/api/v1/layers/cameras?bbox=a,b,c,d&zoom=5", 422),
        ("/api/v1/layers/cameras?bbox=nan,1,2,3&zoom=5", 422),
        ("/api/v1/layers/cameras?bbox=10,10,0,20&zoom=5", 422),
        ("/api/v1/layers/cameras?bbox=0,0,1,1&zoom=-1", 422),
        ("/api/v1/layers/cameras?bbox=0,0,1,1&zoom=99", 422),
        ("/api/v1/layers/cameras?bbox=0,0,1,1&zoom=5&status=gone", 422),
        ("/api/v1/layers/cameras?bbox=0,0,1,1&zoom=5&since=yesterday", 422),
        ("/api/v1/layers/cameras?bbox=0,0,1,1&zoom=5&limit=0", 422),
        ("/api/v1/layers/deployments?verification=maybe", 422),
        ("/api/v1/layers/deployments?until=2021-13-01", 422),
        ("/api/v1/cameras?offset=-1", 422),
        ("/api/v1/export/cameras.csv?bbox=1e999,0,1,1", 422),
        ("/api/v1/places/MM-15/nowhere/summary", 404),
    ],
)
def test_bad_map_parameters_get_a_clear_4xx(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_a_box_panned_past_the_antimeridian_is_clamped(client: TestClient) -> None:
    body = _layer(client, (-200.0, -95.0, 200.0, 95.0), 2)
    assert body["total"] == 212


def test_map_settings_default_to_no_basemap(client: TestClient, mapped: Engine) -> None:
    settings = client.get("/api/v1/map-settings").json()
    assert settings["tile_url"] is None
    assert settings["center"] == pytest.approx([21.9, 95.96], abs=0.1)
    assert "OpenStreetMap contributors" in settings["attribution"]
    tiled = TestClient(create_app(mapped, MapSettings("https://tiles.example/{z}/{x}/{y}.png")))
    assert tiled.get("/api/v1/map-settings").json()["tile_url"].endswith("{y}.png")
    with pytest.raises(ValueError, match="needs"):
        MapSettings("https://tiles.example/tile.png")


def test_every_map_endpoint_is_documented_and_read_only(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    map_paths = {
        "/api/v1/map-settings",
        "/api/v1/layers/boundaries",
        "/api/v1/layers/cameras",
        "/api/v1/layers/deployments",
        "/api/v1/cameras",
        "/api/v1/cameras/{key}",
        "/api/v1/places/{key}/summary",
        "/api/v1/export/cameras.geojson",
        "/api/v1/export/cameras.csv",
        "/api/v1/export/deployments.geojson",
        "/api/v1/export/deployments.csv",
    }
    assert map_paths <= set(paths)
    # (The write endpoints elsewhere in the app are checked in tests/test_write_api.py.)
    assert all(set(paths[path]) == {"get"} for path in map_paths)
