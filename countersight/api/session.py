"""Logging in and out of the web page: `POST /api/v1/session`, `DELETE /api/v1/session`.

Logging in is the one write open to anonymous callers. Failed attempts are limited per
username and per client address (accounts/ratelimit.py: in memory, never stored).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from countersight.accounts import manage
from countersight.accounts.credentials import (
    SESSION_LIFETIME,
    csrf_token,
    end_session,
    start_session,
)
from countersight.accounts.ratelimit import LoginLimiter
from countersight.accounts.roles import Role
from countersight.api.auth import SESSION_COOKIE, current_account, optional_account
from countersight.api.common import Db
from countersight.store.models import Account

router = APIRouter(prefix="/api/v1", tags=["session"])


class Login(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


def _who(account: Account | None, cookie: str | None) -> dict[str, Any]:
    if account is None:
        return {"username": None, "role": Role.public.value, "csrf_token": None}
    return {
        "username": account.username,
        "role": account.role,
        "csrf_token": csrf_token(cookie) if cookie else None,
    }


@router.post("/session")
def log_in(login: Login, request: Request, response: Response, db: Db) -> dict[str, Any]:
    """Check the password and set the session cookie; the answer carries the CSRF token."""
    limiter: LoginLimiter = request.app.state.login_limiter
    keys = limiter.keys(login.username, request.client.host if request.client else None)
    wait = limiter.retry_after(keys)
    if wait is not None:
        raise HTTPException(
            429,
            f"too many failed logins: try again in {wait} seconds",
            headers={"Retry-After": str(wait)},
        )
    account = manage.authenticate(db, login.username, login.password)
    if account is None:
        limiter.failed(keys)
        raise HTTPException(401, "wrong username or password, or the account is disabled")
    limiter.succeeded(login.username)
    db.info["actor"] = account.username
    cookie = start_session(db, account)
    db.commit()
    # Secure: sent over HTTPS only; browsers treat http://127.0.0.1 and localhost as secure
    # contexts, so the page works there too. Strict: never sent with a request from elsewhere.
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        secure=True,
        httponly=True,
        samesite="strict",
    )
    return _who(account, cookie)


@router.get("/session")
def who_am_i(
    account: Annotated[Account | None, Depends(optional_account)], request: Request
) -> dict[str, Any]:
    """Who is calling: the account and, for a browser, its CSRF token; the public role if
    nobody is signed in (401 only for a token or session that no longer works)."""
    return _who(account, request.cookies.get(SESSION_COOKIE))


@router.delete("/session", status_code=204)
def log_out(
    account: Annotated[Account, Depends(current_account)],
    request: Request,
    response: Response,
    db: Db,
) -> None:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        end_session(db, cookie)
        db.commit()
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
