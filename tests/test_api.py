"""The public JSON API, called the way clients call it."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from countersight.api.app import create_app


@pytest.fixture
def client(myanmar: Engine) -> TestClient:
    return TestClient(create_app(myanmar))


def test_facts_for_a_place_by_variant_spelling(client: TestClient) -> None:
    response = client.get("/api/v1/facts", params={"place": "Moulmein"})
    assert response.status_code == 200
    body = response.json()
    assert body["place"]["key"] == "MM-15/mawlamyine"
    deployment = next(s for s in body["subjects"] if s["key"] == "mawlamyine-safe-city")
    facts = {f["predicate"]: f for f in deployment["facts"]}
    assert facts["camera_count"]["values"][0]["value"]["min"] == 201
    supplier = facts["hardware_supplier"]["values"][0]
    assert supplier["display"] == "Zhejiang Dahua Technology"
    assert supplier["verification"] == "unverified"
    assert "over 200 Dahua cameras" in supplier["claims"][0]["quote"]
    assert "OpenStreetMap" in body["attribution"] or "GeoNames" in body["attribution"]


def test_burmese_place_name_in_the_query(client: TestClient) -> None:
    response = client.get("/api/v1/facts", params={"place": "မော်လမြိုင်"})
    assert response.status_code == 200
    assert response.json()["place"]["key"] == "MM-15/mawlamyine"


def test_every_listing_pages_and_never_shows_the_informants_key(client: TestClient) -> None:
    for path in (
        "/api/v1/deployments",
        "/api/v1/organisations",
        "/api/v1/tenders",
        "/api/v1/claims",
        "/api/v1/sources",
        "/api/v1/places?q=Yangon",
        "/api/v1",
        "/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "reuters-2022-07-informants" not in response.text, path
    first = client.get("/api/v1/claims", params={"limit": 5}).json()["items"]
    second = client.get("/api/v1/claims", params={"limit": 5, "offset": 5}).json()["items"]
    assert len(first) == len(second) == 5
    assert not {c["ref"] for c in first} & {c["ref"] for c in second}
    aliases = [s for s in client.get("/api/v1/sources").json()["items"] if s["confidential"]]
    assert [s["alias"] for s in aliases] == [
        "three people with direct knowledge of the matter, unnamed"
    ]
    assert set(aliases[0]) == {"ref", "kind", "alias", "confidential", "claims"}


def test_one_deployment_and_one_organisation(client: TestClient) -> None:
    hikvision = client.get("/api/v1/organisations/hikvision").json()
    assert any("conflicting identifiers" in flag for flag in hikvision["flags"])
    programme = client.get("/api/v1/deployments/mm-safe-city-programme").json()
    scope = next(f for f in programme["facts"] if f["predicate"] == "planned_scope")
    assert len(scope["values"][0]["value"]["keys"]) == 14


def test_only_accepted_claims_are_public(client: TestClient) -> None:
    claims = client.get("/api/v1/claims", params={"limit": 500}).json()["items"]
    assert claims and {c["state"] for c in claims} == {"accepted"}
    assert (
        client.get("/api/v1/claims", params={"state": "suggested"}).json()["items"] == claims[:100]
    )


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/facts?place=Atlantis", 404),
        ("/api/v1/deployments/no-such-thing", 404),
        ("/api/v1/organisations/no-such-firm", 404),
        ("/api/v1/claims?limit=0", 422),
        ("/api/v1/claims?limit=100000", 422),
        ("/api/v1/claims?offset=-1", 422),
        ("/api/v1/claims?subject=nonsense", 422),
        ("/api/v1/sources?limit=abc", 422),
        ("/api/v1/places?q=" + "x" * 300, 422),
        ("/api/v1/nothing-here", 404),
    ],
)
def test_bad_parameters_get_a_clear_4xx(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert json.loads(response.text)["detail"]


def test_the_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/v1/facts",
        "/api/v1/claims",
        "/api/v1/sources",
        "/api/v1/places",
        "/api/v1/deployments/{key}",
        "/api/v1/organisations/{key}",
    } <= set(paths)
    # What the public may call is read-only; every write names the role it needs (logging in
    # is the one write open to all). tests/test_write_api.py calls each of them.
    open_to_all = {
        (method, path)
        for path, ops in paths.items()
        for method, op in ops.items()
        if "x-required-role" not in op
    }
    assert {m for m, _ in open_to_all} == {"get", "post"}
    assert {(m, p) for m, p in open_to_all if m != "get"} == {("post", "/api/v1/session")}


def test_nothing_is_loaded_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404  # FastAPI's Swagger page pulls a CDN
    assert "cdn" not in client.get("/").text.lower()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/deployments/%00",
        "/api/v1/places?q=%00",
        "/api/v1/facts?place=a%00b",
        "/api/v1/claims?subject=deployment/%00",
    ],
)
def test_nul_characters_are_a_400(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 400


def test_huge_offsets_are_refused(client: TestClient) -> None:
    assert client.get("/api/v1/claims?offset=9223372036854775808").status_code == 422


def test_public_refs_reveal_nothing_about_keys_or_order(client: TestClient) -> None:
    claims = client.get("/api/v1/claims", params={"limit": 500}).json()["items"]
    refs = [c["ref"] for c in claims]
    assert len(set(refs)) == len(refs) and all(len(r) == 16 for r in refs)
    informants = next(s for s in client.get("/api/v1/sources").json()["items"] if s["confidential"])
    assert informants["ref"].startswith("confidential-")
    assert not informants["ref"].removeprefix("confidential-").isdigit()
    assert all("recorded_by" not in c for c in claims)
