"""Sealing: what is sealed opens only with the same key, for the same record, unaltered."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from countersight.store.sealed_files import read_sealed, sealed_files, sealed_path, store_sealed
from countersight.store.sealing import (
    KEY_FILE_VARIABLE,
    KEY_VARIABLE,
    NONCE_BYTES,
    Sealer,
    SealingError,
    read_header,
)


@pytest.fixture
def sealer() -> Sealer:
    return Sealer(Sealer.new_key())


def test_a_sealed_value_opens_only_for_its_own_record(sealer: Sealer) -> None:
    secret = "ဒေါ်အေး, +95 9 1234 5678".encode()
    blob = sealer.seal(secret, context="source:tip-1")
    assert secret not in blob
    assert sealer.open(blob, context="source:tip-1") == secret
    with pytest.raises(SealingError, match=r"source:tip-2: .*another record"):
        sealer.open(blob, context="source:tip-2")


def test_every_blob_gets_a_fresh_nonce(sealer: Sealer) -> None:
    blobs = [sealer.seal(b"same", context="c") for _ in range(50)]
    header = len(blobs[0]) - NONCE_BYTES - len(b"same") - 16
    nonces = {blob[header : header + NONCE_BYTES] for blob in blobs}
    assert len(nonces) == 50


@pytest.mark.parametrize("position", [0, 5, 14, 20, -1])
def test_any_changed_byte_is_refused_naming_the_record(sealer: Sealer, position: int) -> None:
    blob = bytearray(sealer.seal(b"notes", context="source:tip-1"))
    blob[position] ^= 0x01
    with pytest.raises(SealingError, match="source:tip-1"):
        sealer.open(bytes(blob), context="source:tip-1")


def test_a_truncated_blob_is_refused(sealer: Sealer) -> None:
    blob = sealer.seal(b"notes", context="c")
    with pytest.raises(SealingError, match="not a sealed blob"):
        sealer.open(blob[:20], context="c")


def test_another_key_is_named_as_such_not_as_tampering(sealer: Sealer) -> None:
    other = Sealer(Sealer.new_key())
    blob = sealer.seal(b"notes", context="source:x")
    with pytest.raises(SealingError, match=f"another key.*{sealer.key_id.hex()}"):
        other.open(blob, context="source:x")
    assert sealer.sealed_with_me(blob, context="source:x")
    assert not other.sealed_with_me(blob, context="source:x")
    assert read_header(blob, context="source:x").key_id == sealer.key_id
    assert Sealer.encode_key(Sealer.new_key()) not in repr(sealer)


def test_the_key_comes_from_a_file_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = Sealer.new_key()
    monkeypatch.delenv(KEY_FILE_VARIABLE, raising=False)
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    with pytest.raises(SealingError, match="no sealing key"):
        Sealer.from_environment()

    monkeypatch.setenv(KEY_VARIABLE, base64.b64encode(key).decode())
    blob = Sealer.from_environment().seal(b"x", context="c")

    key_file = tmp_path / "atlas.key"
    key_file.write_text(Sealer.encode_key(key) + "\n")
    monkeypatch.setenv(KEY_FILE_VARIABLE, str(key_file))  # the file wins over the variable
    monkeypatch.setenv(KEY_VARIABLE, "not base64 at all!")
    assert Sealer.from_environment().open(blob, context="c") == b"x"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("%%%", "the key is not valid base64"),
        (base64.b64encode(b"short").decode(), "a key must be 32 bytes, found 5"),
    ],
)
def test_a_malformed_key_is_refused_naming_where_it_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    key_file = tmp_path / "bad.key"
    key_file.write_text(content)
    monkeypatch.setenv(KEY_FILE_VARIABLE, str(key_file))
    with pytest.raises(SealingError, match=re.escape(f"{key_file}: {message}")):
        Sealer.from_environment()
    monkeypatch.setenv(KEY_FILE_VARIABLE, str(tmp_path / "missing.key"))
    with pytest.raises(SealingError, match=r"missing\.key: the key file does not exist"):
        Sealer.from_environment()


def test_a_kept_original_is_stored_sealed_under_its_hash(tmp_path: Path, sealer: Sealer) -> None:
    original = b"\xff\xd8\xff\xe0 a photo with its EXIF still in it"
    sha = hashlib.sha256(original).hexdigest()
    path = store_sealed(tmp_path, sha, original, sealer)
    assert path == tmp_path / sha[:2] / f"{sha}.sealed"
    assert original not in path.read_bytes()
    assert read_sealed(path, sealer) == original
    assert list(sealed_files(tmp_path)) == [path]
    moved = sealed_path(tmp_path, "0" * 64)
    moved.parent.mkdir()
    path.replace(moved)  # a blob renamed to another file's hash no longer opens
    with pytest.raises(SealingError, match=f"evidence:{'0' * 64}: .*another record"):
        read_sealed(moved, sealer)
