"""Creating and changing accounts and tokens: the one implementation the CLI and the API share.

Every change is an ORM write in the caller's transaction, so the audit chain records it with
the caller's actor; passwords and token secrets reach the database only as hashes (bytes).
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.accounts import passwords
from countersight.accounts.credentials import new_token
from countersight.accounts.roles import ACCOUNT_ROLES, Role
from countersight.store.models import Account, ApiToken, utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class AccountError(ValueError):
    """A change to accounts or tokens that cannot be made; `status` is the HTTP answer."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def parse_role(value: str) -> Role:
    """An account's role; 'public' is not one (the public needs no account)."""
    for role in ACCOUNT_ROLES:
        if value == role.value:
            return role
    names = ", ".join(r.value for r in ACCOUNT_ROLES)
    raise AccountError(f"role {value!r}: expected one of {names}")


def find(db: Session, username: str) -> Account:
    account = db.scalar(select(Account).where(Account.username == username))
    if account is None:
        raise AccountError(f"no account {username!r}", status=404)
    return account


def add(db: Session, username: str, role: str, password: str) -> Account:
    if not USERNAME.match(username):
        raise AccountError(
            f"username {username!r}: expected 2–64 lowercase letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    if db.scalar(select(Account.id).where(Account.username == username)):
        raise AccountError(f"an account {username!r} already exists", status=409)
    try:
        hashed = passwords.hash_password(password)
    except passwords.WeakPassword as exc:
        raise AccountError(str(exc)) from None
    account = Account(username=username, role=parse_role(role).value, password_hash=hashed)
    db.add(account)
    db.flush()
    return account


def set_role(db: Session, username: str, role: str) -> Account:
    account = find(db, username)
    account.role = parse_role(role).value
    db.flush()
    return account


def set_disabled(db: Session, username: str, disabled: bool = True) -> Account:
    """Disable (or re-enable) an account: its sessions and tokens stop working at once."""
    account = find(db, username)
    account.disabled = disabled
    db.flush()
    return account


def authenticate(db: Session, username: str, password: str) -> Account | None:
    """The enabled account whose password this is, else None (same time either way)."""
    account = db.scalar(select(Account).where(Account.username == username.strip().lower()))
    ok = passwords.verify_password(account.password_hash if account else None, password)
    if not ok or account is None or account.disabled:
        return None
    if passwords.needs_rehash(account.password_hash):
        account.password_hash = passwords.hash_password(password)
        db.flush()
    return account


def create_token(db: Session, username: str, name: str) -> tuple[ApiToken, str]:
    account = find(db, username)
    if account.disabled:
        raise AccountError(f"account {username!r} is disabled")
    if not name.strip() or len(name) > 120:
        raise AccountError("a token needs a name of 1–120 characters")
    taken = db.scalar(
        select(ApiToken.id).where(ApiToken.account_id == account.id, ApiToken.name == name)
    )
    if taken:
        raise AccountError(f"{username} already has a token named {name!r}", status=409)
    return new_token(db, account, name)


def revoke_token(db: Session, ref: str) -> ApiToken:
    token = db.scalar(select(ApiToken).where(ApiToken.ref == ref))
    if token is None:
        raise AccountError(f"no token {ref!r}", status=404)
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        db.flush()
    return token


def describe(account: Account) -> dict[str, object]:
    return {
        "username": account.username,
        "role": account.role,
        "disabled": account.disabled,
        "created": account.created_at.date().isoformat(),
    }


def describe_token(token: ApiToken) -> dict[str, object]:
    return {
        "ref": token.ref,
        "name": token.name,
        "owner": token.account.username,
        "role": token.account.role,
        "created": token.created_at.date().isoformat(),
        "revoked": token.revoked_at is not None,
    }


def tokens(db: Session, username: str | None = None) -> list[ApiToken]:
    query = select(ApiToken).order_by(ApiToken.id)
    if username:
        query = query.where(ApiToken.account_id == find(db, username).id)
    return list(db.scalars(query))


def accounts(db: Session) -> list[Account]:
    return list(db.scalars(select(Account).order_by(Account.username)))
