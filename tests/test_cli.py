"""The `countersight` command as a user runs it: real processes, real databases, real server."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import MYANMAR_CASE, write

EXECUTABLE = str(Path(sys.executable).with_name("countersight"))


def run(db: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COUNTERSIGHT_DB": db, "COLUMNS": "200"}
    result = subprocess.run(
        [EXECUTABLE, *args], env=env, capture_output=True, text=True, timeout=120
    )
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stderr}")
    return result


def test_load_then_facts_for_mawlamyine_as_json(database: str) -> None:
    run(database, "init")
    run(database, "load", str(MYANMAR_CASE))
    again = run(database, "load", str(MYANMAR_CASE))
    assert "43" in again.stdout  # 43 claims, all unchanged the second time

    result = run(database, "facts", "--place", "Mawlamyine", "--format", "json")
    body = json.loads(result.stdout)
    assert body["place"]["name"] == "Mawlamyine"
    deployment = next(s for s in body["subjects"] if s["key"] == "mawlamyine-safe-city")
    facts = {f["predicate"]: f["values"] for f in deployment["facts"]}
    count = facts["camera_count"][0]
    assert (count["value"]["min"], count["value"]["max"]) == (201, None)
    assert [v["display"] for v in facts["hardware_supplier"]] == ["Zhejiang Dahua Technology"]
    assert [v["value"]["term"] for v in facts["capability"]] == ["face_recognition"]
    assert facts["status"][0]["value"]["term"] == "installing"
    for values in facts.values():
        for value in values:
            assert value["verification"] == "unverified"
            claim = value["claims"][0]
            assert claim["quote"] and claim["source"]["ref"]


def test_claims_sources_and_places_listings(tmp_path: Path) -> None:
    db = str(tmp_path / "atlas.db")
    run(db, "demo", "--no-serve")
    claims = json.loads(run(db, "claims", "--state", "accepted", "--format", "json").stdout)
    assert len(claims) == 43
    assert {"subject", "predicate", "value", "quote", "source", "stance", "state"} <= set(claims[0])
    assert json.loads(run(db, "claims", "--state", "suggested", "--format", "json").stdout) == []
    sources = json.loads(run(db, "sources", "--format", "json").stdout)
    assert "three people with direct knowledge of the matter, unnamed" in [
        s.get("alias") for s in sources
    ]
    places = run(db, "places", "Moulmeine").stdout
    assert "MM-15/mawlamyine" in places and "Mon" in places
    table = run(db, "facts", "--place", "Moulmein").stdout
    assert "Mawlamyine Safe City" in table and "unverified" in table


def test_the_demo_atlas_answers_routes_in_munich(tmp_path: Path) -> None:
    # Munich's streets ship with its cameras (data/osm), so a new user can try routes.
    db = str(tmp_path / "atlas.db")
    run(db, "demo", "--no-serve")
    answer = run(
        db,
        "route",
        "--from",
        "48.13753,11.57503",
        "--to",
        "48.13982,11.56706",
        "--format",
        "json",
    )
    routes = json.loads(answer.stdout)["routes"]
    assert routes and all(r["length_m"] > 500 for r in routes)
    assert any(r["cameras_passed"] > 0 for r in routes)


def test_a_broken_case_file_is_refused_with_its_line(tmp_path: Path) -> None:
    db = str(tmp_path / "atlas.db")
    run(db, "demo", "--no-serve")
    broken = write(
        tmp_path / "broken.yaml",
        MYANMAR_CASE.read_text(encoding="utf-8").replace("value: over 200", "value: several", 1),
    )
    result = run(db, "load", str(broken), check=False)
    assert result.returncode == 2
    assert f"{broken}:" in result.stderr and "several" in result.stderr
    assert "unchanged" in result.stderr


def test_audit_verify_passes_then_catches_tampering(tmp_path: Path) -> None:
    db = tmp_path / "atlas.db"
    run(str(db), "demo", "--no-serve")
    assert "Audit chain intact" in run(str(db), "audit", "verify").stdout
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update")  # an intruder with the file
        conn.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 100")
    result = run(str(db), "audit", "verify", check=False)
    assert result.returncode == 1 and "event 100 was altered" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_over_http(tmp_path: Path) -> None:
    db = str(tmp_path / "atlas.db")
    run(db, "demo", "--no-serve")
    port = _free_port()
    server = subprocess.Popen(
        [EXECUTABLE, "serve", "--port", str(port)],
        env={**os.environ, "COUNTERSIGHT_DB": db},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/api/v1/facts",
                    params={"place": "Mawlamyine"},
                    timeout=5,
                )
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"server did not start: {server.stderr.read().decode()}")
                time.sleep(0.2)
        assert response.status_code == 200
        keys = [s["key"] for s in response.json()["subjects"]]
        assert "mawlamyine-safe-city" in keys
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_import_osm_from_the_command_line(tmp_path: Path) -> None:
    extract = Path(__file__).resolve().parents[2] / "shared/data/osm/munich-centre.osm.pbf"
    if not extract.exists():
        pytest.skip("../shared/data/osm is not beside this clone")
    db = str(tmp_path / "atlas.db")
    first = run(db, "import-osm", str(extract))
    assert "209" in first.stdout and "OpenStreetMap contributors" in first.stdout
    bad = run(db, "import-osm", str(write(tmp_path / "x.osm", "not xml")), check=False)
    assert bad.returncode == 2 and "x.osm" in bad.stderr
    refused = run(db, "import-osm", str(extract), "--bbox", "1,2,3", check=False)
    assert refused.returncode == 2 and "WEST,SOUTH,EAST,NORTH" in refused.stderr
