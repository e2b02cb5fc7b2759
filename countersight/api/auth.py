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

from fastapi import Depends, HTTPException, Request, Security
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


@cache
def require_role(role: Role) -> Callable[..., Account]:
    """A dependency that gives the authenticated account if its role reaches `role`, else 403."""

    def dependency(account: Annotated[Account, Depends(current_account)]) -> Account:
        if not Role(account.role).allows(role):
            raise HTTPException(
                403, f"this needs the {role.value} role; {account.username} is a {account.role}"
            )
        return account

    return dependency


Contributor = Annotated[Account, Depends(require_role(Role.contributor))]
Reviewer = Annotated[Account, Depends(require_role(Role.reviewer))]
Admin = Annotated[Account, Depends(require_role(Role.admin))]
