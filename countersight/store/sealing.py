"""Sealing: AES-GCM encryption at rest for what must never be readable from the database alone.

Confidential sources' identifying details and kept photo originals are stored as sealed blobs.
The key lives outside the atlas (a file named by COUNTERSIGHT_KEY_FILE, or COUNTERSIGHT_KEY in
base64), so a copied database or backup reveals nothing without it.

A blob is `MAGIC | version | key id | nonce | ciphertext+tag`. The key id (a fingerprint, not
the key) lets rotation tell blobs sealed with the old key from the new, and lets a wrong key
be named as such instead of as tampering. The header and a caller's `context` (such as
"source:<key>") are authenticated as associated data, so a blob copied onto another record,
or with its header edited, fails to open.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from countersight.ingest.yaml_lines import InputError, Problem

KEY_FILE_VARIABLE = "COUNTERSIGHT_KEY_FILE"
KEY_VARIABLE = "COUNTERSIGHT_KEY"
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # the 96-bit nonce GCM is designed for; random per blob
KEY_ID_BYTES = 8
MAGIC = b"CSL"
VERSION = 1
HEADER_BYTES = len(MAGIC) + 1 + KEY_ID_BYTES
MIN_BLOB_BYTES = HEADER_BYTES + NONCE_BYTES + 16  # the GCM tag


class SealingError(InputError):
    """A key that is missing, malformed or wrong, or a blob that does not open; says which."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__([Problem(where, None, message)])


def key_id_of(key: bytes) -> bytes:
    """A short public fingerprint of a key; it cannot be used to recover the key."""
    return hashlib.sha256(b"countersight key id\x00" + key).digest()[:KEY_ID_BYTES]


@dataclass(frozen=True)
class BlobHeader:
    version: int
    key_id: bytes


def read_header(blob: bytes, *, context: str) -> BlobHeader:
    """The version and key id of a sealed blob, refusing anything that is not one."""
    if len(blob) < MIN_BLOB_BYTES or not blob.startswith(MAGIC):
        raise SealingError(context, "the stored value is not a sealed blob (damaged or truncated)")
    version = blob[len(MAGIC)]
    if version != VERSION:
        raise SealingError(context, f"sealed with format version {version}; this reads {VERSION}")
    return BlobHeader(version, blob[len(MAGIC) + 1 : HEADER_BYTES])


class Sealer:
    """Seals and opens blobs with one 256-bit key."""

    def __init__(self, key: bytes, *, origin: str = "key") -> None:
        if len(key) != KEY_BYTES:
            raise SealingError(origin, f"a key must be {KEY_BYTES} bytes, found {len(key)}")
        self._aead = AESGCM(key)
        self.key_id = key_id_of(key)
        self.origin = origin

    def __repr__(self) -> str:  # never show the key
        return f"Sealer(key_id={self.key_id.hex()}, origin={self.origin!r})"

    @staticmethod
    def new_key() -> bytes:
        return secrets.token_bytes(KEY_BYTES)

    @staticmethod
    def encode_key(key: bytes) -> str:
        return base64.b64encode(key).decode("ascii")

    @classmethod
    def from_base64(cls, text: str, *, origin: str) -> Sealer:
        try:
            key = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise SealingError(origin, "the key is not valid base64") from None
        return cls(key, origin=origin)

    @classmethod
    def from_key_file(cls, path: Path) -> Sealer:
        origin = str(path)
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise SealingError(origin, "the key file does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SealingError(origin, f"the key file cannot be read: {exc}") from None
        return cls.from_base64(text, origin=origin)

    @classmethod
    def from_environment(cls) -> Sealer:
        """The key named by COUNTERSIGHT_KEY_FILE, else COUNTERSIGHT_KEY (base64)."""
        path = os.environ.get(KEY_FILE_VARIABLE)
        if path:
            return cls.from_key_file(Path(path).expanduser())
        text = os.environ.get(KEY_VARIABLE)
        if text:
            return cls.from_base64(text, origin=KEY_VARIABLE)
        raise SealingError(
            "key",
            f"no sealing key: set {KEY_FILE_VARIABLE} to a key file "
            f"(make one with `countersight keys new --out FILE`) or {KEY_VARIABLE} to a key "
            "in base64",
        )

    def _header(self) -> bytes:
        return MAGIC + bytes([VERSION]) + self.key_id

    def seal(self, plaintext: bytes, *, context: str) -> bytes:
        """Encrypt `plaintext` for the record named by `context` (bound as associated data)."""
        header = self._header()
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext, header + context.encode("utf-8"))
        return header + nonce + sealed

    def open(self, blob: bytes, *, context: str) -> bytes:
        """Decrypt a blob sealed for `context`; a wrong key or any change is refused by name."""
        header = read_header(blob, context=context)
        if header.key_id != self.key_id:
            raise SealingError(
                context,
                f"sealed with another key (key id {header.key_id.hex()}; "
                f"the key from {self.origin} has id {self.key_id.hex()})",
            )
        nonce = blob[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES]
        try:
            return self._aead.decrypt(
                nonce, blob[HEADER_BYTES + NONCE_BYTES :], blob[:HEADER_BYTES] + context.encode()
            )
        except InvalidTag:
            raise SealingError(
                context,
                "the sealed value does not open: it was altered or belongs to another record",
            ) from None

    def sealed_with_me(self, blob: bytes, *, context: str) -> bool:
        """Whether this key sealed `blob` (by key id; used by rotation to skip done blobs)."""
        return read_header(blob, context=context).key_id == self.key_id
