"""Key rotation: re-seal every sealed blob of the atlas under a new key, all or nothing.

Every blob is opened with the old key and sealed with the new one before anything is written,
so a blob that does not open (wrong old key, tampering) stops the rotation with nothing
changed. Source details change in one audited transaction; sealed evidence files are first
written beside their originals and swapped in only once the database side is flushed, and the
transaction commits only after every swap. Blobs already under the new key are skipped, so an
interrupted rotation can be run again with the same two keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from countersight.confidential import details_context
from countersight.store.database import transaction
from countersight.store.models import CustodyEvent, EvidenceFile, Source
from countersight.store.sealed_files import context_of, sealed_files
from countersight.store.sealing import Sealer

PENDING_SUFFIX = ".rotating"


@dataclass
class RotationReport:
    sources: int = 0
    files: int = 0
    already_new: int = 0


def _reseal(blob: bytes, context: str, old: Sealer, new: Sealer) -> bytes | None:
    """The blob under the new key, or None when the new key already sealed it."""
    if new.sealed_with_me(blob, context=context):
        return None
    return new.seal(old.open(blob, context=context), context=context)


def rotate(
    engine: Engine, evidence: Path, old: Sealer, new: Sealer, actor: str = "cli"
) -> RotationReport:
    report = RotationReport()
    staged: list[tuple[Path, Path]] = []
    try:
        for path in sealed_files(evidence):
            resealed = _reseal(path.read_bytes(), context_of(path), old, new)
            if resealed is None:
                report.already_new += 1
                continue
            pending = path.with_name(path.name + PENDING_SUFFIX)
            pending.write_bytes(resealed)
            staged.append((pending, path))
        with transaction(engine, actor) as session:
            for source in session.scalars(
                select(Source).where(Source.sealed_details.is_not(None)).order_by(Source.id)
            ):
                resealed = _reseal(source.sealed_details, details_context(source.key), old, new)
                if resealed is None:
                    report.already_new += 1
                    continue
                source.sealed_details = resealed
                report.sources += 1
            for _pending, path in staged:
                sha256 = context_of(path).removeprefix("evidence:")
                if session.get(EvidenceFile, sha256) is not None:
                    session.add(
                        CustodyEvent(
                            evidence_sha256=sha256,
                            actor=actor,
                            action="resealed",
                            note=f"sealed under key {new.key_id.hex()}",
                        )
                    )
            session.flush()
            for pending, path in staged:
                pending.replace(path)
                report.files += 1
            staged.clear()
    finally:
        for pending, _ in staged:
            pending.unlink(missing_ok=True)
    return report
