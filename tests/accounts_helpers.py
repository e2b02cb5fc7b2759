"""Accounts for tests: made through the same code the CLI uses, with known passwords."""

from __future__ import annotations

from sqlalchemy import Engine
from starlette.testclient import TestClient

from countersight.accounts import manage
from countersight.accounts.roles import ACCOUNT_ROLES
from countersight.store.database import transaction

PASSWORD = "correct horse battery staple"


def username(role: str) -> str:
    """The test account of a role: a name no public text contains by chance."""
    return f"tester-{role}"


def add_accounts(engine: Engine) -> dict[str, str]:
    """One account per role (see `username`); returns an API token for each, by role."""
    tokens = {}
    with transaction(engine, "test-admin") as session:
        for role in ACCOUNT_ROLES:
            manage.add(session, username(role.value), role.value, PASSWORD)
            tokens[role.value] = manage.create_token(session, username(role.value), "tests")[1]
    return tokens


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log `client` in with a session cookie; returns the session's CSRF token."""
    response = client.post("/api/v1/session", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return response.json()["csrf_token"]
