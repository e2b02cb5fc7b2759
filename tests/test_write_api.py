"""The write API: every write refuses the wrong caller; suggestions and field reports wait for
review and reach the public only once accepted, on both backends."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from countersight.accounts.roles import Role
from countersight.api.app import create_app
from countersight.store.database import session_factory
from countersight.store.models import AuditEvent, FieldReport
from tests.accounts_helpers import add_accounts, bearer, username

WRITE_METHODS = {"post", "put", "patch", "delete"}
LOGIN = ("post", "/api/v1/session")  # the one write open to anonymous callers: logging in
MARKER = "MARKER-7f3a-note-from-the-field"
YANGON = {"lat": "16.80528", "lon": "96.15611"}
PUBLIC_PATHS = [
    "/api/v1/cameras?bbox=95,16,97,17",
    "/api/v1/layers/cameras?bbox=96.1,16.7,96.2,16.9&zoom=17",
    "/api/v1/layers/cameras?bbox=90,10,100,20&zoom=5",
    "/api/v1/export/cameras.geojson?bbox=95,16,97,17",
    "/api/v1/export/cameras.csv?bbox=95,16,97,17",
    "/api/v1/sources",
    "/api/v1/claims",
    "/api/v1/facts",
    "/api/v1/deployments",
]


@pytest.fixture
def client(myanmar: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("COUNTERSIGHT_EVIDENCE", str(tmp_path / "evidence"))
    return TestClient(create_app(myanmar), base_url="https://testserver")


@pytest.fixture
def tokens(myanmar: Engine) -> dict[str, str]:
    return add_accounts(myanmar)


def _public(client: TestClient) -> str:
    """Everything the public API says about cameras, sources and claims, as one text."""
    texts = []
    for path in PUBLIC_PATHS:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text)
        texts.append(response.text)
    return "\n".join(texts)


def _write_routes(client: TestClient) -> list[tuple[str, str, Role]]:
    routes = []
    for path, item in client.get("/openapi.json").json()["paths"].items():
        for method, operation in item.items():
            if method not in WRITE_METHODS or (method, path) == LOGIN:
                continue
            assert "x-required-role" in operation, f"{method} {path} declares no role"
            filled = re.sub(r"\{[^}]+\}", "nonexistent", path)
            routes.append((method, filled, Role(operation["x-required-role"])))
    return routes


def test_every_write_endpoint_refuses_anonymous_and_under_privileged_callers(
    client: TestClient, tokens: dict[str, str]
) -> None:
    routes = _write_routes(client)
    assert len(routes) >= 12
    assert {role for *_, role in routes} == {Role.contributor, Role.reviewer, Role.admin}
    for method, path, needed in routes:
        anonymous = client.request(method, path, json={})
        assert anonymous.status_code == 401, (method, path, anonymous.text)
        assert anonymous.headers["WWW-Authenticate"] == "Bearer"
        for role in (Role.contributor, Role.reviewer, Role.admin):
            answer = client.request(method, path, json={}, headers=bearer(tokens[role.value]))
            if role.allows(needed):
                assert answer.status_code not in (401, 403), (method, path, role, answer.text)
            else:
                assert answer.status_code == 403, (method, path, role, answer.text)
                assert needed.value in answer.json()["detail"]
    # The public read API stays open, and nothing in it writes.
    assert client.get("/api/v1/claims").status_code == 200
    assert client.get("/api/v1/review/claims").status_code == 401


def _report(client: TestClient, token: str, **fields: object) -> dict:
    form = {
        **YANGON,
        "camera_type": "dome",
        "direction": "135",
        "capabilities": ["face_recognition", "ptz"],
        "seen_on": "2026-11-20",
        "note": MARKER,
        **fields,
    }
    response = client.post("/api/v1/field-reports", data=form, headers=bearer(token))
    assert response.status_code == 201, response.text
    return response.json()


def test_a_field_report_is_private_until_a_reviewer_accepts_it(
    client: TestClient, tokens: dict[str, str], myanmar: Engine
) -> None:
    before = _public(client)
    ref = _report(client, tokens["contributor"])["ref"]
    assert _public(client) == before  # nothing of it shows, not even a count
    assert MARKER not in before and ref not in before

    queue = client.get("/api/v1/review/field-reports", headers=bearer(tokens["reviewer"]))
    [item] = queue.json()["items"]
    assert item["ref"] == ref and item["note"] == MARKER
    assert item["submitted_by"] == username("contributor")  # reviewers see who sent it
    assert item["capabilities"] == ["face_recognition", "ptz"] and item["direction"] == 135

    accepted = client.post(
        f"/api/v1/review/field-reports/{ref}/accept", headers=bearer(tokens["reviewer"])
    )
    assert accepted.status_code == 200, accepted.text
    key = accepted.json()["camera"]
    assert ref not in key  # the public camera does not give away which report it came from
    camera_answer = client.get(f"/api/v1/cameras/{key}").text
    assert ref not in camera_answer and ref not in _public(client)
    camera = client.get(f"/api/v1/cameras/{key}").json()["properties"]
    assert camera["source"] == {
        "ref": camera["source"]["ref"],
        "kind": "confidential",
        "alias": "a contributor's field report",
        "confidential": True,
    }
    assert camera["camera_type"] == "dome" and camera["directions"] == [135.0]
    assert camera["capabilities"] == ["face_recognition", "ptz"]
    assert camera["first_seen"] == "2026-11-20"  # the day, never a time
    assert camera["place"]["name"] == "Yangon"
    layer = client.get("/api/v1/layers/cameras?bbox=96.1,16.7,96.2,16.9&zoom=17").json()
    assert key in {f["properties"].get("key") for f in layer["features"]}
    public = _public(client)
    assert key in public
    for private in (MARKER, username("contributor"), username("reviewer")):
        assert private not in public, private
    assert client.get(
        "/api/v1/review/field-reports", headers=bearer(tokens["reviewer"])
    ).json() == {"items": []}
    again = client.post(
        f"/api/v1/review/field-reports/{ref}/accept", headers=bearer(tokens["reviewer"])
    )
    assert again.status_code == 409

    with session_factory(myanmar)() as session:
        decided = session.scalars(
            select(AuditEvent).where(AuditEvent.entity.in_(["field_reports", "cameras"]))
        ).all()
        assert {(e.entity, e.action, e.actor) for e in decided} == {
            ("field_reports", "insert", username("contributor")),
            ("field_reports", "update", username("reviewer")),
            ("cameras", "insert", username("reviewer")),
        }
        stored = session.scalar(select(FieldReport).where(FieldReport.public_ref == ref))
        for event in decided:  # no time of submission other than the audit record's own
            assert "ip" not in json.dumps(event.after).lower().split('"')
        assert stored.submitted_on == date.today()


def test_rejecting_a_report_needs_a_reason_and_bad_reports_are_refused_by_field(
    client: TestClient, tokens: dict[str, str]
) -> None:
    ref = _report(client, tokens["contributor"])["ref"]
    reviewer = bearer(tokens["reviewer"])
    url = f"/api/v1/review/field-reports/{ref}/reject"
    assert client.post(url, headers=reviewer).status_code == 422
    assert client.post(url, json={"reason": ""}, headers=reviewer).status_code == 422
    rejected = client.post(url, json={"reason": "the photo shows a street lamp"}, headers=reviewer)
    assert rejected.json()["state"] == "rejected"
    assert MARKER not in _public(client)

    tomorrow_but_one = (date.today() + timedelta(days=2)).isoformat()
    for fields, named in (
        ({"lat": "91"}, "lat"),
        ({"lon": "nan"}, "lon"),
        ({"direction": "360"}, "direction"),
        ({"camera_type": "bullet"}, "camera_type"),
        ({"capabilities": ["mind_reading"]}, "capabilities"),
        ({"seen_on": tomorrow_but_one}, "seen_on"),
        ({"seen_on": "20 November"}, "seen_on"),
    ):
        form = {**YANGON, "seen_on": "2026-11-20", **fields}
        answer = client.post(
            "/api/v1/field-reports", data=form, headers=bearer(tokens["contributor"])
        )
        assert answer.status_code == 422, (fields, answer.text)
        assert named in answer.text, (fields, answer.text)


def test_a_suggested_claim_is_public_only_after_acceptance(
    client: TestClient, tokens: dict[str, str], myanmar: Engine
) -> None:
    quote = "Officials said 120 new cameras were installed in Mandalay this year."
    suggestion = {
        "subject": "deployment/mandalay-safe-city",
        "predicate": "camera_count",
        "value": 120,
        "quote": quote,
        "new_source": {"url": "https://example.org/news/mandalay-cameras", "outlet": "Example"},
    }
    contributor = bearer(tokens["contributor"])
    made = client.post("/api/v1/suggestions", json=suggestion, headers=contributor)
    assert made.status_code == 201, made.text
    ref = made.json()["ref"]
    assert (
        client.post("/api/v1/suggestions", json=suggestion, headers=contributor).status_code == 422
    )
    public = _public(client)
    assert quote not in public and "example.org/news/mandalay" not in public

    queue = client.get("/api/v1/review/claims", headers=bearer(tokens["reviewer"])).json()
    item = next(c for c in queue["items"] if c["ref"] == ref)
    assert item["quote"] == quote and item["recorded_by"] == username("contributor")
    accepted = client.post(
        f"/api/v1/review/claims/{ref}/accept", headers=bearer(tokens["reviewer"])
    )
    assert accepted.json() == {"ref": ref, "state": "accepted", "reviewed_by": username("reviewer")}
    public = _public(client)
    assert quote in public and "example.org/news/mandalay" in public
    assert username("contributor") not in public  # who recorded a claim is not published
    with session_factory(myanmar)() as session:
        actors = session.scalars(
            select(AuditEvent.actor).where(AuditEvent.entity.in_(["claims", "deployments"]))
            .order_by(AuditEvent.seq.desc()).limit(2)
        ).all()  # fmt: skip
        assert set(actors) == {username("reviewer")}

    bad = {**suggestion, "value": {"kind": "organisation", "key": "no-such-firm"},
           "predicate": "hardware_supplier"}  # fmt: skip
    refused = client.post("/api/v1/suggestions", json=bad, headers=contributor)
    assert refused.status_code == 422 and "no-such-firm" in refused.json()["detail"]
    unknown = client.post(
        "/api/v1/suggestions", json={**suggestion, "predicate": "mood"}, headers=contributor
    )
    assert unknown.status_code == 422 and "camera_count" in unknown.json()["detail"]
    # A deployment the atlas lacks, whose key names no place: nothing would say where it is.
    nowhere = {**suggestion, "subject": "deployment/brand-new-x"}
    refused = client.post("/api/v1/suggestions", json=nowhere, headers=contributor)
    assert refused.status_code == 422 and "located_in" in refused.json()["detail"]
    assert "brand-new-x" not in _public(client)
    # Once it is placed it may be suggested; if its place is then rejected, nothing is accepted.
    placed = {**nowhere, "predicate": "located_in", "value": "MM-04/mandalay",
              "quote": "The brand-new-x cameras stand in Mandalay."}  # fmt: skip
    where = client.post("/api/v1/suggestions", json=placed, headers=contributor).json()["ref"]
    count = client.post("/api/v1/suggestions", json=nowhere, headers=contributor).json()["ref"]
    reviewer = bearer(tokens["reviewer"])
    client.post(f"/api/v1/review/claims/{where}/reject", json={"reason": "no"}, headers=reviewer)
    refused = client.post(f"/api/v1/review/claims/{count}/accept", headers=reviewer)
    assert refused.status_code == 409 and "located_in" in refused.json()["detail"]
    assert "brand-new-x" not in _public(client)


def test_rejecting_a_claim_needs_a_reason_and_a_reviewer_marks_primary_evidence(
    client: TestClient, tokens: dict[str, str]
) -> None:
    suggestion = {
        "subject": "deployment/mawlamyine-safe-city",
        "predicate": "status",
        "value": "operational",
        "quote": "The cameras are now running.",
        "new_source": {"url": "https://example.org/mawlamyine"},
    }
    ref = client.post(
        "/api/v1/suggestions", json=suggestion, headers=bearer(tokens["contributor"])
    ).json()["ref"]
    reviewer = bearer(tokens["reviewer"])
    url = f"/api/v1/review/claims/{ref}/reject"
    assert client.post(url, json={"reason": " "}, headers=reviewer).status_code in (409, 422)
    assert (
        client.post(url, json={"reason": "not what the page says"}, headers=reviewer).json()[
            "state"
        ]
        == "rejected"
    )
    assert "The cameras are now running." not in _public(client)

    sources = client.get("/api/v1/sources").json()["items"]
    key = next(s["ref"] for s in sources if not s["confidential"])
    marked = client.put(
        f"/api/v1/review/sources/{key}/primary-evidence", json={"primary": True}, headers=reviewer
    )
    assert marked.json() == {"source": key, "primary_evidence": True}
    after = {s["ref"]: s for s in client.get("/api/v1/sources").json()["items"]}
    assert after[key]["primary_evidence"] is True
