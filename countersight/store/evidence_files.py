"""Storing an evidence file's bytes by their SHA-256, with its record and a custody event."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from countersight.store.audit import DEFAULT_ACTOR
from countersight.store.models import CustodyEvent, EvidenceFile

SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def evidence_path(folder: Path, sha256: str, media_type: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{SUFFIXES.get(media_type, '.bin')}"


def current_path(stored_path: str, folder: Path) -> Path:
    """Where an evidence file is now: where it was stored, or, after a restore into another
    evidence folder, the same name in the same hash-prefix folder under `folder` (names are
    content hashes, so the name alone finds it)."""
    stored = Path(stored_path)
    if stored.exists():
        return stored
    return folder / stored.parent.name / stored.name


def archive(
    db: Session, data: bytes, media_type: str, *, folder: Path, action: str, note: str
) -> EvidenceFile:
    """Write `data` once under its hash (identical bytes share one file) and record custody.

    The file is written before the transaction commits; if it then rolls back, an unreferenced
    file is left behind, which is harmless because its name is its content.
    """
    sha256 = hashlib.sha256(data).hexdigest()
    target = evidence_path(folder, sha256, media_type)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(data)
        partial.replace(target)
    record = db.get(EvidenceFile, sha256)
    if record is None:
        record = EvidenceFile(
            sha256=sha256, media_type=media_type, size=len(data), stored_path=str(target)
        )
        db.add(record)
        db.flush()
    db.add(
        CustodyEvent(
            evidence_sha256=sha256,
            actor=db.info.get("actor", DEFAULT_ACTOR),
            action=action,
            note=note,
        )
    )
    return record
