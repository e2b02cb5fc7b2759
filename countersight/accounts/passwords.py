"""Password hashing with argon2id (argon2-cffi's defaults, RFC 9106's low-memory profile).

Hashes are handled as bytes so that the audit log, which fingerprints bytes, never holds one.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10
MAX_LENGTH = 1024  # argon2 takes any length; this only bounds the work one request can ask for

_hasher = PasswordHasher()
# Checked when the username is unknown, so that a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("countersight: no such account").encode("ascii")


class WeakPassword(ValueError):
    """A password the atlas will not accept, and why."""


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"a password may have at most {MAX_LENGTH} characters")


def hash_password(password: str) -> bytes:
    check_strength(password)
    return _hasher.hash(password).encode("ascii")


def verify_password(stored: bytes | None, password: str) -> bool:
    """Whether `password` matches; with no stored hash, spend the same time and say no."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher.verify((stored or _DUMMY_HASH).decode("ascii"), password) and bool(stored)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: bytes) -> bool:
    """True when the hash was made with weaker parameters than today's defaults."""
    return _hasher.check_needs_rehash(stored.decode("ascii"))
