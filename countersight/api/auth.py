"""Who is calling: FastAPI dependencies that authenticate a request and check its role.

Two ways in: an API token (`Authorization: Bearer cs_…`, for scripts; no CSRF token needed,
since a browser never adds that header by itself) or the session cookie set by logging in (for
the web page; every write made with it must carry the session's CSRF token in X-CSRF-Token).
Anonymous callers get 401, callers whose role is too low 403. The authenticated username
becomes the audit actor of whatever the request writes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Security
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from countersight.accounts.credentials import csrf_matches, session_account, token_account
from countersight.accounts.roles import Role
from countersight.api.common import Db
from countersight.store.models import Account

SESSION_COOKIE = "countersight_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_bearer = HTTPBearer(auto_error=False, description="An API token: `Bearer cs_…`")
_cookie = APIKeyCookie(
    name=SESSION_COOKIE, auto_error=False, description="The session cookie set by logging in"
)


def _unauthorised(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def current_account(
    request: Request,
    db: Db,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    cookie: Annotated[str | None, Security(_cookie)],
) -> Account:
    """The account behind this request, or 401; cookie-authenticated writes need CSRF."""
    if bearer is not None:
        account = token_account(db, bearer.credentials)
        if account is None:
            raise _unauthorised("this API token is unknown, revoked or its account disabled")
    elif cookie:
        account = session_account(db, cookie)
        if account is None:
            raise _unauthorised("the session has ended: log in again")
        if request.method not in SAFE_METHODS and not csrf_matches(
            cookie, request.headers.get(CSRF_HEADER)
        ):
            raise HTTPException(
                403, f"a write made with the session cookie needs the {CSRF_HEADER} header"
            )
    else:
        raise _unauthorised("log in, or send an API token as 'Authorization: Bearer cs_…'")
    db.info["actor"] = account.username
    return account


def optional_account(
    request: Request,
    db: Db,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    cookie: Annotated[str | None, Security(_cookie)],
) -> Account | None:
    """Like current_account, but None for a caller who sends no credentials at all."""
    if bearer is None and not cookie:
        return None
    return current_account(request, db, bearer, cookie)


@cache
def require_role(role: Role) -> Callable[..., Account]:
    """A dependency that gives the authenticated account if its role reaches `role`, else 403."""

    def dependency(account: Annotated[Account, Depends(current_account)]) -> Account:
        if not Role(account.role).allows(role):
            raise HTTPException(
                403, f"this needs the {role.value} role; {account.username} is a {account.role}"
            )
        return account

    dependency.required_role = role  # type: ignore[attr-defined]  # read by document_roles
    return dependency


def _required_role(dependant: Dependant) -> Role | None:
    """The role a route's dependencies demand: contributor for any account, None if open."""
    found: Role | None = None
    for sub in dependant.dependencies:
        role = getattr(sub.call, "required_role", None)
        if role is None and sub.call is current_account:
            role = Role.contributor
        deeper = _required_role(sub)
        for candidate in (role, deeper):
            if candidate is not None and (found is None or candidate.allows(found)):
                found = candidate
    return found


def document_roles(router: APIRouter) -> APIRouter:
    """Write each route's required role into its OpenAPI entry as `x-required-role`.

    Taken from the dependencies themselves, so the schema cannot disagree with what is
    enforced; clients (and the test that calls every write endpoint) read it from there.
    Call it on a router once its routes are defined, before it is included in the app.
    """
    for route in router.routes:
        if isinstance(route, APIRoute):
            role = _required_role(route.dependant)
            if role is not None:
                route.openapi_extra = {**(route.openapi_extra or {}), "x-required-role": role}
    return router


Contributor = Annotated[Account, Depends(require_role(Role.contributor))]
Reviewer = Annotated[Account, Depends(require_role(Role.reviewer))]
Admin = Annotated[Account, Depends(require_role(Role.admin))]
