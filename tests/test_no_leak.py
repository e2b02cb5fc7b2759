"""No public output ever gives away a confidential source; reviewers can still see who it is.

Random atlases are built through the real paths (case files with sealed `details:` blocks,
cameras reported by a source), with a unique marker in every confidential source's key, name,
contact and notes, and in the contributor who recorded its claims. Then every public GET
endpoint (from the OpenAPI schema, path parameters filled with real keys), every export, the
page and its static files are fetched, and no marker may appear in any body or header.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point
from sqlalchemy import Engine, select

from countersight import atlas
from countersight.api.app import create_app
from countersight.redaction import confidential_details
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, Camera, Deployment, Organisation, Place, Source
from countersight.store.sealing import KEY_FILE_VARIABLE, KEY_VARIABLE, Sealer
from tests.accounts_helpers import add_accounts, bearer

WORLD = "-180,-90,180,90"
PLACES = ["MM-15/mawlamyine", "MM-06", "MM-18", "MM-04", "MM"]
PREDICATES = [
    ("status", st.sampled_from(["installing", "planned", "operational"])),
    ("capability", st.sampled_from(["face_recognition", "plate_recognition"])),
    ("camera_count", st.integers(1, 5000)),
    ("hardware_supplier", st.sampled_from(["leakco-hw", "leakco-int"])),
]


def marker(kind: str) -> str:
    """A string no output could contain by chance."""
    return f"zq{kind}{uuid.uuid4().hex[:12]}"


claim_strategy = st.one_of(
    *(st.tuples(st.just(name), values) for name, values in PREDICATES)
).flatmap(
    lambda pv: st.fixed_dictionaries(
        {
            "predicate": st.just(pv[0]),
            "value": st.just(pv[1]),
            "review": st.sampled_from(["accepted", "accepted", "suggested", "rejected"]),
            "cites": st.booleans(),  # cite the confidential source, or quote it via another
            "stance": st.sampled_from(["asserts", "asserts", "denies"]),
        }
    )
)
source_strategy = st.fixed_dictionaries(
    {
        "fields": st.sets(st.sampled_from(["name", "contact", "notes"]), min_size=1),
        "claims": st.lists(claim_strategy, min_size=1, max_size=4),
        "cameras": st.integers(0, 3),
        "place": st.sampled_from(PLACES),
    }
)


def _case_file(path: Path, sources: list[dict[str, Any]]) -> tuple[Path, list[dict[str, str]]]:
    """Write a case file for the drawn sources; returns each one's markers."""
    public_key = f"paper-{uuid.uuid4().hex[:8]}"
    case: dict[str, Any] = {
        "format": "countersight-case/1",
        "title": "random atlas",
        "recorded_by": marker("recorder"),  # a contributor in the field is not published either
        "organisations": [
            {"key": "leakco-hw", "name": "Leak Hardware Co", "kind": "manufacturer"},
            {"key": "leakco-int", "name": "Leak Integration Co", "kind": "integrator"},
        ],
        "sources": [{"key": public_key, "kind": "news_article", "outlet": "A Paper"}],
        "deployments": [],
        "claims": [],
    }
    markers = []
    for drawn in sources:
        found = {"key": marker("key"), "recorder": case["recorded_by"], "claimnote": marker("n")}
        found.update({field: marker(field) for field in drawn["fields"]})
        markers.append(found)
        deployment = f"dep-{uuid.uuid4().hex[:8]}"
        case["deployments"].append(
            {"key": deployment, "name": f"Project {deployment}", "place": drawn["place"]}
        )
        case["sources"].append(
            {
                "key": found["key"],
                "kind": "confidential_informants",
                "confidential": True,
                "alias": "a person with direct knowledge",
                "details": {f: found[f] for f in drawn["fields"]},
            }
        )
        for claim in drawn["claims"]:
            entry = {
                "source": found["key"] if claim["cites"] else public_key,
                "subject": f"deployment/{deployment}",
                "predicate": claim["predicate"],
                "value": claim["value"],
                "quote": f"The {claim['predicate']} is {claim['value']}, we were told.",
                "stance": claim["stance"],
                "review": claim["review"],
            }
            if claim["cites"]:
                entry["locator"] = f"interview notes page 3 ({found['key']})"
                entry["note"] = f"{found['claimnote']}: met them at the market"
            else:
                entry["attributed_to"] = f"source/{found['key']}"
            case["claims"].append(entry)
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    return path, markers


def _centres() -> list[tuple[float, float]]:
    """Where each place of PLACES stands, as the gazetteer has it."""
    gazetteer = atlas.gazetteer()
    return [(gazetteer.get(key).lat, gazetteer.get(key).lon) for key in PLACES]


def _street_grids(folder: Path) -> list[Path]:
    """A small grid of streets around each place, one extract (one stored area) per place, so
    place checks, exposure and routes have streets wherever the generated cameras stand."""
    files = []
    for c, (lat, lon) in enumerate(_centres()):
        ids = {(i, j): 1000 * (c + 1) + 5 * i + j for i in range(5) for j in range(5)}
        nodes = [
            f'<node id="{n}" version="1" lat="{lat + (i - 2) * 0.002:.6f}" '
            f'lon="{lon + (j - 2) * 0.002:.6f}"/>'
            for (i, j), n in ids.items()
        ]
        ways = []
        for i in range(5):
            for w, line in enumerate(
                ([ids[i, j] for j in range(5)], [ids[j, i] for j in range(5)])
            ):
                refs = "".join(f'<nd ref="{n}"/>' for n in line)
                way = 1000 * (c + 1) + 10 * w + i
                ways.append(
                    f'<way id="{way}" version="1">{refs}<tag k="highway" v="residential"/></way>'
                )
        path = folder / f"streets-{c}-{uuid.uuid4().hex[:8]}.osm"
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            + '<osm version="0.6" generator="countersight tests">'
            + "".join(nodes + ways)
            + "</osm>\n",
            encoding="utf-8",
        )
        files.append(path)
    return files


def _add_cameras(engine: Engine, sources: list[dict[str, Any]], markers: list[dict]) -> None:
    """Cameras reported by the confidential sources, as field reports would record them."""
    with transaction(engine, "field-report") as session:
        for drawn, found in zip(sources, markers, strict=True):
            source = session.scalar(select(Source).where(Source.key == found["key"]))
            place = session.scalar(select(Place).where(Place.key == drawn["place"]))
            deployment = session.scalar(
                select(Deployment).where(Deployment.place_id == place.id).limit(1)
            )
            for n in range(drawn["cameras"]):
                lat, lon = (place.lat or 16.5) + n * 0.001, (place.lon or 97.6) + n * 0.001
                session.add(
                    Camera(
                        key=f"report:{uuid.uuid4().hex[:10]}",
                        lat=lat,
                        lon=lon,
                        geom=Point(lon, lat),
                        surveillance="public",
                        camera_type="fixed",
                        source_id=source.id,
                        deployment_id=deployment.id if deployment else None,
                        place_id=place.id,
                        provenance={"kind": "field report"},
                    )
                )


def _public_urls(client: TestClient, engine: Engine) -> Iterator[str]:
    """Every GET in the schema, path parameters filled with every real key."""
    with transaction(engine) as session:
        keys = {
            "deployments": session.scalars(select(Deployment.key)).all(),
            "organisations": session.scalars(select(Organisation.key)).all(),
            "cameras": session.scalars(select(Camera.key)).all(),
            "places": PLACES,
        }
    schema = client.get("/openapi.json")
    assert schema.status_code == 200
    paths = [p for p, ops in schema.json()["paths"].items() if "get" in ops]
    assert any(p.startswith("/api/v1/export/") for p in paths)
    for path in paths:
        collection = path.removeprefix("/api/v1/").split("/")[0]
        if not re.search(r"\{\w+\}", path):
            yield from _with_queries(path)
        elif collection in keys:
            yield from (path.replace("{key}", key) for key in keys[collection])
        else:  # only a protected endpoint may go unfilled: it must refuse the public outright
            yield re.sub(r"\{\w+\}", "unfilled", path)
    yield "/api/v1/facts?place=Mawlamyine"
    for deployment in keys["deployments"]:
        yield f"/api/v1/claims?subject=deployment/{deployment}"


def _with_queries(path: str) -> Iterator[str]:
    if path == "/api/v1/layers/cameras":
        for zoom in (5, 12, 18):
            yield f"{path}?bbox={WORLD}&zoom={zoom}"
    elif path in ("/api/v1/place-check", "/api/v1/completeness"):
        for lat, lon in _centres():  # where the generated cameras and streets are
            yield f"{path}?at={lat},{lon}"
    elif path == "/api/v1/route":
        for lat, lon in _centres():  # corner to corner of the street grid there
            yield f"{path}?from={lat - 0.004},{lon - 0.004}&to={lat + 0.004},{lon + 0.004}"
    elif path == "/api/v1/layers/street-exposure":
        for lat, lon in _centres():
            yield f"{path}?bbox={lon - 0.01},{lat - 0.01},{lon + 0.01},{lat + 0.01}"
    elif "camera" in path:
        yield f"{path}?bbox={WORLD}&status=all"
    else:
        yield path


def _page_urls(client: TestClient) -> Iterator[str]:
    """The page and every file it loads from the atlas."""
    page = client.get("/")
    yield "/"
    yield from re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    app_js = client.get("/static/app/app.js").text
    for module in re.findall(r"""from\s+["']\./([\w.]+)["']""", app_js):
        yield f"/static/app/{module}"
    yield from ("/static/app/i18n/en.json", "/static/app/i18n/my.json")


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sealer:
    path = tmp_path / "atlas.key"
    path.write_text(Sealer.encode_key(Sealer.new_key()))
    monkeypatch.setenv(KEY_FILE_VARIABLE, str(path))
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    return Sealer.from_environment()


@settings(
    max_examples=8,
    deadline=None,
    # Each example adds to a real database, so shrinking would take minutes; a failure already
    # names the URL and the marker it revealed.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sources=st.lists(source_strategy, min_size=1, max_size=3))
def test_no_public_output_reveals_a_confidential_source(
    engine: Engine, tmp_path: Path, key: Sealer, sources: list[dict[str, Any]]
) -> None:
    case, markers = _case_file(tmp_path / f"{uuid.uuid4().hex}.yaml", sources)
    atlas.load_files(engine, [case])
    atlas.import_osm_files(engine, _street_grids(tmp_path))
    _add_cameras(engine, sources, markers)
    every_marker = [m for found in markers for m in found.values()]

    client = TestClient(create_app(engine))
    public = 0
    for url in [*_public_urls(client, engine), *_page_urls(client)]:
        response = client.get(url)
        exposed = response.text + "\n".join(f"{k}: {v}" for k, v in response.headers.items())
        for secret in every_marker:
            assert secret not in exposed, f"{url} reveals {secret}"
        if "unfilled" in url:
            assert response.status_code in (401, 403), f"{url} is public: fill its parameters"
        else:  # 401/403: a reviewer's or admin's endpoint, which the public cannot read
            assert response.status_code in (200, 401, 403), (url, response.text[:300])
            public += response.status_code == 200
    assert public > 20

    # Reviewers and admins do see who each source is, through the one privileged door; the
    # audit log keeps only fingerprints of the sealed details.
    with transaction(engine) as session:
        audit = json.dumps(
            [[e.before, e.after] for e in session.scalars(select(AuditEvent))], ensure_ascii=False
        )
        for found in markers:
            source = session.scalar(select(Source).where(Source.key == found["key"]))
            shown = confidential_details(source, key)
            assert shown["key"] == found["key"]
            for field in ("name", "contact", "notes"):
                assert shown[field] == found.get(field)
                assert field not in found or found[field] not in audit


def test_reviewers_read_who_a_confidential_source_is_and_nobody_else_does(
    engine: Engine, tmp_path: Path, key: Sealer
) -> None:
    drawn = {"fields": {"name", "contact", "notes"}, "claims": [], "cameras": 0}
    case, (found,) = _case_file(tmp_path / "case.yaml", [{**drawn, "place": PLACES[0]}])
    atlas.load_files(engine, [case])
    tokens = add_accounts(engine)
    client = TestClient(create_app(engine))
    url = f"/api/v1/review/sources/{found['key']}"

    for role in ("reviewer", "admin"):
        shown = client.get(url, headers=bearer(tokens[role]))
        assert shown.status_code == 200, shown.text
        assert {f: shown.json()[f] for f in ("name", "contact", "notes")} == {
            f: found[f] for f in ("name", "contact", "notes")
        }
    assert client.get(url).status_code == 401
    refused = client.get(url, headers=bearer(tokens["contributor"]))
    assert refused.status_code == 403
    assert not any(found[f] in refused.text for f in ("name", "contact", "notes"))
