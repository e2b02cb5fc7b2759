"""Browser sessions, CSRF tokens and API tokens: random secrets of which only hashes are kept.

A session cookie and an API token are each 256 random bits, so a plain SHA-256 of them is
enough to look them up without storing anything that would let a reader of the database (or
of a backup) sign in. The CSRF token is derived from the session cookie with an HMAC, so it
needs no storage and cannot be turned back into the cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from countersight.store.models import Account, ApiToken, LoginSession, utcnow

SESSION_LIFETIME = timedelta(hours=12)
TOKEN_PREFIX = "cs_"


def _sha256(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("utf-8")).digest()


def csrf_token(session_cookie: str) -> str:
    """The token a page must echo in X-CSRF-Token on writes made with this session's cookie."""
    return hmac.new(session_cookie.encode("utf-8"), b"countersight-csrf", "sha256").hexdigest()


def csrf_matches(session_cookie: str, presented: str | None) -> bool:
    return presented is not None and hmac.compare_digest(csrf_token(session_cookie), presented)


def start_session(db: Session, account: Account) -> str:
    """A new session for `account`; returns the cookie value (shown to the browser only)."""
    cookie = secrets.token_urlsafe(32)
    db.execute(delete(LoginSession).where(LoginSession.expires_at < utcnow()))
    db.add(
        LoginSession(
            id_sha256=_sha256(cookie), account_id=account.id, expires_at=utcnow() + SESSION_LIFETIME
        )
    )
    db.flush()
    return cookie


def session_account(db: Session, cookie: str) -> Account | None:
    """The enabled account a live session cookie belongs to, else None."""
    found = db.scalar(select(LoginSession).where(LoginSession.id_sha256 == _sha256(cookie)))
    if found is None or found.expires_at < utcnow() or found.account.disabled:
        return None
    return found.account


def end_session(db: Session, cookie: str) -> None:
    db.execute(delete(LoginSession).where(LoginSession.id_sha256 == _sha256(cookie)))


def new_token(db: Session, account: Account, name: str) -> tuple[ApiToken, str]:
    """A named API token for `account`; the secret is returned once and never again."""
    secret = secrets.token_urlsafe(32)
    token = ApiToken(name=name, account_id=account.id, secret_sha256=_sha256(secret))
    db.add(token)
    db.flush()
    return token, f"{TOKEN_PREFIX}{token.ref}_{secret}"


def token_account(db: Session, presented: str) -> Account | None:
    """The enabled account a live (unrevoked) token belongs to, else None."""
    ref, _, secret = presented.removeprefix(TOKEN_PREFIX).partition("_")
    if not presented.startswith(TOKEN_PREFIX) or not ref or not secret:
        return None
    token = db.scalar(select(ApiToken).where(ApiToken.ref == ref))
    if token is None or token.revoked_at is not None or token.account.disabled:
        return None
    if not hmac.compare_digest(token.secret_sha256, _sha256(secret)):
        return None
    return token.account
