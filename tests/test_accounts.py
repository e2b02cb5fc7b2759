"""Accounts, passwords, sessions, CSRF, API tokens and login limits, on both backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, inspect, select, text

from countersight.accounts.ratelimit import PER_USERNAME, LoginLimiter
from countersight.api.app import create_app
from countersight.store.audit import verify_chain
from countersight.store.database import session_factory
from countersight.store.models import Account, AuditEvent
from tests.accounts_helpers import PASSWORD, add_accounts, bearer, log_in, username

EXECUTABLE = str(Path(sys.executable).with_name("countersight"))
SECRET_PASSWORD = "plum-Tangerine-4411-quokka"


def run(engine: Engine, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "COUNTERSIGHT_DB": engine.url.render_as_string(hide_password=False),
        "COLUMNS": "200",
    }
    return subprocess.run(
        [EXECUTABLE, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def client(engine: Engine) -> TestClient:
    # https: the session cookie is Secure, and a client keeps it only for secure origins.
    return TestClient(create_app(engine), base_url="https://testserver")


def _stored_bytes(engine: Engine) -> bytes:
    """Everything the database holds: the SQLite file (and its WAL), or every PostgreSQL row."""
    if engine.dialect.name == "sqlite":
        path = Path(engine.url.database)
        return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    chunks = []
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            rows = conn.execute(text(f'SELECT t::text FROM "{table}" t')).scalars()
            chunks.extend(row.encode("utf-8") for row in rows)
    return b"\n".join(chunks)


def test_the_cli_manages_accounts_and_tokens_without_secrets_in_the_record(
    engine: Engine,
) -> None:
    added = run(engine, "users", "add", "mya", "--role", "reviewer", "--as", "root-admin",
                stdin=SECRET_PASSWORD + "\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert SECRET_PASSWORD not in added.stdout + added.stderr
    assert run(engine, "users", "add", "mya", stdin=SECRET_PASSWORD + "\n").returncode == 2
    short = run(engine, "users", "add", "kyaw", stdin="short\n")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    wrong_role = run(engine, "users", "role", "mya", "superuser")
    assert wrong_role.returncode == 2 and "contributor, reviewer, admin" in wrong_role.stderr

    created = run(engine, "tokens", "create", "nightly import", "--for", "mya", "--as", "root")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("cs_")
    listed = json.loads(run(engine, "tokens", "list", "--format", "json").stdout)
    assert [(t["name"], t["owner"], t["revoked"]) for t in listed] == [
        ("nightly import", "mya", False)
    ]
    assert token not in json.dumps(listed)

    client = TestClient(create_app(engine), base_url="https://testserver")
    assert client.get("/api/v1/session", headers=bearer(token)).json()["role"] == "reviewer"
    assert run(engine, "users", "role", "mya", "contributor").returncode == 0
    assert client.get("/api/v1/session", headers=bearer(token)).json()["role"] == "contributor"
    assert run(engine, "tokens", "revoke", listed[0]["ref"]).returncode == 0
    assert client.get("/api/v1/session", headers=bearer(token)).status_code == 401

    assert run(engine, "users", "disable", "mya").returncode == 0
    users = json.loads(run(engine, "users", "list", "--format", "json").stdout)
    assert [(u["username"], u["role"], u["disabled"]) for u in users] == [
        ("mya", "contributor", True)
    ]
    login = {"username": "mya", "password": SECRET_PASSWORD}
    assert client.post("/api/v1/session", json=login).status_code == 401

    with session_factory(engine)() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity.in_(["accounts", "api_tokens"]))
        ).all()
        assert {e.actor for e in events} == {"root-admin", "root", "cli"}
        assert verify_chain(session).ok
    stored = _stored_bytes(engine)
    assert stored.count(b"mya") > 0  # the check below can see rows at all
    for secret in (SECRET_PASSWORD, token, token.split("_", 2)[2]):
        assert secret.encode() not in stored, secret


def _audit_head(engine: Engine) -> int | None:
    with session_factory(engine)() as session:
        return session.scalar(select(func.max(AuditEvent.seq)))


def test_a_session_cookie_is_secure_and_writes_with_it_need_the_csrf_token(
    engine: Engine, client: TestClient
) -> None:
    add_accounts(engine)
    head = _audit_head(engine)
    response = client.post(
        "/api/v1/session", json={"username": username("admin"), "password": PASSWORD}
    )
    assert response.status_code == 200
    assert _audit_head(engine) == head  # signing in is not a change to the atlas
    cookie = response.headers["set-cookie"].lower()
    for attribute in ("httponly", "secure", "samesite=strict", "path=/"):
        assert attribute in cookie, cookie
    csrf = response.json()["csrf_token"]
    assert client.get("/api/v1/session").json() == {
        "username": username("admin"),
        "role": "admin",
        "csrf_token": csrf,
    }
    new = {"username": "thida", "role": "contributor", "password": SECRET_PASSWORD}
    refused = client.post("/api/v1/admin/accounts", json=new)
    assert refused.status_code == 403 and "X-CSRF-Token" in refused.json()["detail"]
    forged = client.post("/api/v1/admin/accounts", json=new, headers={"X-CSRF-Token": "0" * 64})
    assert forged.status_code == 403
    made = client.post("/api/v1/admin/accounts", json=new, headers={"X-CSRF-Token": csrf})
    assert made.status_code == 201, made.text
    with session_factory(engine)() as session:
        thida = session.scalar(
            select(AuditEvent)
            .where(AuditEvent.entity == "accounts")
            .order_by(AuditEvent.seq.desc())
        )
        assert thida.actor == username("admin") and thida.after["username"] == "thida"
        assert set(thida.after["password_hash"]) == {"sha256"}  # a fingerprint, not the hash

    assert client.delete("/api/v1/session").status_code == 403  # logging out needs it too
    assert client.delete("/api/v1/session", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert client.get("/api/v1/session").json() == {
        "username": None,
        "role": "public",
        "csrf_token": None,
    }
    client.cookies.set("countersight_session", "stale", domain="testserver.local")
    assert client.get("/api/v1/session").status_code == 401


def test_tokens_work_for_scripts_without_csrf_and_revoked_ones_fail(
    engine: Engine, client: TestClient
) -> None:
    tokens = add_accounts(engine)
    made = client.post(
        "/api/v1/admin/accounts/editor/tokens", json={"name": "x"}, headers=bearer(tokens["admin"])
    )
    assert made.status_code == 404 and "editor" in made.json()["detail"]
    new = client.post(
        f"/api/v1/admin/accounts/{username('reviewer')}/tokens",
        json={"name": "batch review"},
        headers=bearer(tokens["admin"]),
    )
    assert new.status_code == 201
    script = new.json()["token"]
    assert client.get("/api/v1/session", headers=bearer(script)).json()["username"] == username(
        "reviewer"
    )
    listed = client.get("/api/v1/admin/tokens", headers=bearer(tokens["admin"])).json()["items"]
    assert script not in json.dumps(listed)
    ref = next(t["ref"] for t in listed if t["name"] == "batch review")
    assert (
        client.delete(f"/api/v1/admin/tokens/{ref}", headers=bearer(tokens["admin"])).status_code
        == 204
    )
    assert client.get("/api/v1/session", headers=bearer(script)).status_code == 401
    assert client.get("/api/v1/session", headers=bearer(tokens["reviewer"])).status_code == 200
    tampered = tokens["reviewer"][:-2] + ("AA" if not tokens["reviewer"].endswith("AA") else "BB")
    assert client.get("/api/v1/session", headers=bearer(tampered)).status_code == 401


def test_failed_logins_are_limited_per_username_and_per_address(
    engine: Engine, client: TestClient
) -> None:
    add_accounts(engine)
    wrong = {"username": username("reviewer"), "password": "not the password"}
    for _ in range(PER_USERNAME.attempts):
        assert client.post("/api/v1/session", json=wrong).status_code == 401
    limited = client.post(
        "/api/v1/session", json={"username": username("reviewer"), "password": PASSWORD}
    )
    assert limited.status_code == 429
    assert 0 < int(limited.headers["Retry-After"]) <= PER_USERNAME.window_seconds
    assert "try again in" in limited.json()["detail"]
    # Another account from the same address still gets in, until the address limit is reached.
    log_in(client, username("contributor"))
    with session_factory(engine)() as session:
        assert session.scalar(select(Account).where(Account.username == username("reviewer")))


def test_the_limiter_forgets_failures_after_its_window() -> None:
    now = [0.0]
    limiter = LoginLimiter(clock=lambda: now[0])
    keys = limiter.keys("Mya", "192.0.2.7")
    for _ in range(PER_USERNAME.attempts):
        assert limiter.retry_after(keys) is None
        limiter.failed(keys)
    assert limiter.retry_after(keys) == PER_USERNAME.window_seconds
    assert limiter.retry_after(limiter.keys("mya ", None)) is not None  # same name, any case
    now[0] = PER_USERNAME.window_seconds - 60
    assert limiter.retry_after(keys) == 60
    now[0] = PER_USERNAME.window_seconds
    assert limiter.retry_after(keys) is None
    # The address limit is separate and larger.
    for name in range(20):
        limiter.failed(limiter.keys(f"user{name}", "198.51.100.1"))
    assert limiter.retry_after(limiter.keys("someone-new", "198.51.100.1")) is not None
    assert limiter.retry_after(limiter.keys("someone-new", "198.51.100.2")) is None
