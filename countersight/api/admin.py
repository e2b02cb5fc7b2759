"""Accounts and API tokens, for admins: the same operations as `countersight users`/`tokens`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from countersight.accounts import manage
from countersight.api.auth import Admin
from countersight.api.common import Db

router = APIRouter(prefix="/api/v1/admin", tags=["admin"])


class NewAccount(BaseModel):
    username: str = Field(max_length=64)
    role: str = Field(max_length=16)
    password: str = Field(max_length=1024)


class AccountChange(BaseModel):
    role: str | None = Field(None, max_length=16)
    disabled: bool | None = None


class NewToken(BaseModel):
    name: str = Field(max_length=120)


def _refused(exc: manage.AccountError) -> HTTPException:
    return HTTPException(exc.status, str(exc))


@router.get("/accounts")
def list_accounts(admin: Admin, db: Db) -> dict[str, Any]:
    return {"items": [manage.describe(a) for a in manage.accounts(db)]}


@router.post("/accounts", status_code=201)
def add_account(new: NewAccount, admin: Admin, db: Db) -> dict[str, Any]:
    try:
        account = manage.add(db, new.username, new.role, new.password)
    except manage.AccountError as exc:
        raise _refused(exc) from None
    db.commit()
    return manage.describe(account)


@router.patch("/accounts/{username}")
def change_account(username: str, change: AccountChange, admin: Admin, db: Db) -> dict[str, Any]:
    """Change a role, or disable/re-enable an account (its sessions and tokens stop at once)."""
    try:
        if change.role is not None:
            manage.set_role(db, username, change.role)
        if change.disabled is not None:
            manage.set_disabled(db, username, change.disabled)
        account = manage.find(db, username)
    except manage.AccountError as exc:
        raise _refused(exc) from None
    db.commit()
    return manage.describe(account)


@router.get("/tokens")
def list_tokens(admin: Admin, db: Db, username: str | None = None) -> dict[str, Any]:
    try:
        return {"items": [manage.describe_token(t) for t in manage.tokens(db, username)]}
    except manage.AccountError as exc:
        raise _refused(exc) from None


@router.post("/accounts/{username}/tokens", status_code=201)
def create_token(username: str, new: NewToken, admin: Admin, db: Db) -> dict[str, Any]:
    """A new token acting as `username`; its secret is in this answer only, never again."""
    try:
        token, secret = manage.create_token(db, username, new.name)
    except manage.AccountError as exc:
        raise _refused(exc) from None
    db.commit()
    return {**manage.describe_token(token), "token": secret}


@router.delete("/tokens/{ref}", status_code=204)
def revoke_token(ref: str, admin: Admin, db: Db) -> None:
    try:
        manage.revoke_token(db, ref)
    except manage.AccountError as exc:
        raise _refused(exc) from None
    db.commit()
