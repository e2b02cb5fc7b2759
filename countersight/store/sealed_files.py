"""Sealed evidence files: originals kept for verification, encrypted in the evidence folder.

A kept original (say, a photo before its metadata was stripped) is stored as
`<evidence>/<sha[:2]>/<sha>.sealed`, where `sha` is the SHA-256 of the original bytes and the
blob is sealed with the context "evidence:<sha>". The name is the only index: key rotation
and backups find every sealed file by its suffix, and the context ties each blob to its name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from countersight.store.sealing import Sealer, SealingError

SEALED_SUFFIX = ".sealed"


def evidence_context(sha256: str) -> str:
    return f"evidence:{sha256}"


def sealed_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{SEALED_SUFFIX}"


def replace_atomically(target: Path, content: bytes) -> None:
    """Write a whole file or leave the old one: readers never see half a blob."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(content)
    partial.replace(target)


def store_sealed(folder: Path, sha256: str, original: bytes, sealer: Sealer) -> Path:
    """Seal `original` (whose SHA-256 is `sha256`) into the evidence folder; returns its path."""
    target = sealed_path(folder, sha256)
    replace_atomically(target, sealer.seal(original, context=evidence_context(sha256)))
    return target


def read_sealed(path: Path, sealer: Sealer) -> bytes:
    """The original bytes of a sealed evidence file."""
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise SealingError(str(path), f"cannot read the sealed file: {exc}") from None
    return sealer.open(blob, context=context_of(path))


def context_of(path: Path) -> str:
    return evidence_context(path.name.removesuffix(SEALED_SUFFIX))


def sealed_files(folder: Path) -> Iterator[Path]:
    """Every sealed evidence file under `folder`, in a stable order."""
    if folder.is_dir():
        yield from sorted(folder.rglob(f"*{SEALED_SUFFIX}"))
