"""Backup and restore: one archive restores an identical atlas on either backend, and any
damage to the archive or the audit log is refused, naming what is wrong."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import stat
import tarfile
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Engine, select, text

from countersight import atlas
from countersight.confidential import SourceDetails, seal_details
from countersight.redaction import confidential_details
from countersight.store.backup import BackupError, backup, restore
from countersight.store.database import transaction
from countersight.store.evidence_files import current_path
from countersight.store.models import AuditEvent, Base, EvidenceFile, Organisation, Source
from countersight.store.sealed_files import read_sealed, store_sealed
from countersight.store.sealing import KEY_VARIABLE, Sealer
from tests.conftest import MYANMAR_CASE, REPO, SHARED, write
from tests.test_audit import drop_guards
from tests.test_cli import run

MONACO = SHARED / "data" / "osm" / "monaco.osm.pbf"
DOCUMENT = REPO / "tests" / "extraction" / "01-rewrite-reuters-safe-city.txt"
CONFIDENTIAL = """\
format: countersight-case/1
title: A tip
recorded_by: tester
sources:
  - key: tip-7
    kind: confidential_informants
    confidential: true
    alias: a resident
"""


def _snapshot(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as Python values (geometries compared by their WKB)."""
    tables = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            tables[table.name] = [
                {k: v.wkb if isinstance(v, BaseGeometry) else v for k, v in row.items()}
                for row in rows
            ]
    return tables


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def sealer(monkeypatch: pytest.MonkeyPatch) -> Sealer:
    key = Sealer.new_key()
    monkeypatch.setenv(KEY_VARIABLE, Sealer.encode_key(key))
    return Sealer(key)


@pytest.fixture
def full_atlas(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sealer: Sealer
) -> tuple[Engine, Path]:
    """The Myanmar case, OSM cameras, an imported document, sealed details and a sealed file."""
    evidence = tmp_path / "evidence"
    monkeypatch.setenv("COUNTERSIGHT_EVIDENCE", str(evidence))
    atlas.load_files(engine, [MYANMAR_CASE, write(tmp_path / "tip.yaml", CONFIDENTIAL)])
    if MONACO.exists():
        atlas.import_osm_files(engine, [MONACO])
    outcomes, _ = atlas.import_document_files(engine, [DOCUMENT])
    assert outcomes[0].status == "imported"
    with transaction(engine, "reviewer") as session:
        tip = session.scalar(select(Source).where(Source.key == "tip-7"))
        seal_details(tip, SourceDetails(name="Ko Ko", contact="+95 1 234"), sealer)
    store_sealed(evidence, hashlib.sha256(b"kept").hexdigest(), b"kept", sealer)
    return engine, evidence


@pytest.mark.parametrize("target", ["sqlite", "postgresql"])
def test_a_backup_restores_an_identical_atlas_on_either_backend(
    full_atlas: tuple[Engine, Path],
    target: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    sealer: Sealer,
) -> None:
    engine, evidence = full_atlas
    archive = tmp_path / "atlas.tar"
    report = backup(engine, evidence, archive)
    assert report.rows["cameras"] > (0 if MONACO.exists() else -1)
    assert report.rows["evidence_files"] == 1 and report.files == 3  # file, its text, sealed
    content = archive.read_bytes()
    assert b"Ko Ko" not in content and b"+95 1 234" not in content
    key = os.environ[KEY_VARIABLE]
    assert key.encode() not in content and base64.b64decode(key) not in content  # never the key

    if target == "sqlite":
        url = f"sqlite:///{tmp_path / 'restored.db'}"
    else:
        postgres = request.getfixturevalue("postgres")
        url = postgres.url(postgres.create())
    restored_evidence = tmp_path / "restored-evidence"
    restored = atlas.open_atlas(url)
    try:
        result = restore(restored, archive, restored_evidence)
        assert (result.audit_head, result.audit_events) == (report.audit_head, report.audit_events)
        assert _snapshot(restored) == _snapshot(engine)
        assert _files(restored_evidence) == _files(evidence)
        with transaction(restored) as session:
            tip = session.scalar(select(Source).where(Source.key == "tip-7"))
            assert tip.sealed_details and b"Ko Ko" not in tip.sealed_details
            assert confidential_details(tip, sealer)["name"] == "Ko Ko"
            # New rows get fresh ids after a restore (PostgreSQL's sequences were moved on).
            session.add(Organisation(key="after-restore", name="New", kind="other"))
        sealed = next(restored_evidence.rglob("*.sealed"))
        assert read_sealed(sealed, sealer) == b"kept"
        # On a new machine the old evidence folder is gone: files are found in the new one.
        evidence.rename(tmp_path / "old-machine")
        with transaction(restored) as session:
            stored = session.scalars(select(EvidenceFile.stored_path)).all()
        for path in stored:
            found = current_path(path, restored_evidence)
            assert found.is_file() and found.is_relative_to(restored_evidence)

        with pytest.raises(BackupError, match="not empty"):
            restore(restored, archive, tmp_path / "again")
    finally:
        restored.dispose()


def _rewrite(archive: Path, target: Path, change: Any) -> None:
    """Copy a tar, passing each member's bytes through `change(name, data)`."""
    with tarfile.open(archive) as source, tarfile.open(target, "w") as out:
        for member in source:
            data = change(member.name, source.extractfile(member).read())
            if data is None:
                continue
            member.size = len(data)
            out.addfile(member, io.BytesIO(data))


def _forge(archive: Path, target: Path, change: Any) -> None:
    """Change members and recompute the manifest and its digest, as a careful forger would."""
    with tarfile.open(archive) as source:
        members = {m.name: source.extractfile(m).read() for m in source}
    manifest = json.loads(members.pop("manifest.json"))
    del members["manifest.json.sha256"]
    members = {name: change(name, data) for name, data in members.items()}
    manifest["members"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    members["manifest.json.sha256"] = hashlib.sha256(members["manifest.json"]).hexdigest().encode()
    with tarfile.open(target, "w") as out:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))


def _flip(name: str, data: bytes, wanted: str) -> bytes:
    if name != wanted:
        return data
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    return bytes(changed)


@pytest.fixture
def small_backup(myanmar: Engine, tmp_path: Path) -> Path:
    evidence = tmp_path / "evidence"
    (evidence / "ab").mkdir(parents=True)
    (evidence / "ab" / "ab12.txt").write_bytes(b"an archived page")
    archive = tmp_path / "small.tar"
    backup(myanmar, evidence, archive)
    return archive


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ("tables/claims.jsonl", "tables/claims.jsonl: its SHA-256 does not match"),
        ("evidence/ab/ab12.txt", "evidence/ab/ab12.txt: its SHA-256 does not match"),
        ("manifest.json", "manifest.json: its SHA-256 does not match manifest.json.sha256"),
    ],
)
def test_a_changed_byte_in_any_member_is_refused_and_nothing_restored(
    small_backup: Path, tmp_path: Path, member: str, message: str
) -> None:
    damaged = tmp_path / "damaged.tar"
    _rewrite(small_backup, damaged, lambda name, data: _flip(name, data, member))
    target = atlas.open_atlas(f"sqlite:///{tmp_path / 'target.db'}")
    with pytest.raises(BackupError, match=message):
        restore(target, damaged, tmp_path / "target-evidence")
    with target.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM claims")) == 0
    assert not any(p.is_file() for p in (tmp_path / "target-evidence").rglob("*"))


def test_missing_and_truncated_members_are_named(small_backup: Path, tmp_path: Path) -> None:
    target = atlas.open_atlas(f"sqlite:///{tmp_path / 'target.db'}")
    missing = tmp_path / "missing.tar"
    _rewrite(small_backup, missing, lambda name, data: None if "sources" in name else data)
    with pytest.raises(BackupError, match=r"tables/sources\.jsonl: listed in the manifest but"):
        restore(target, missing, tmp_path / "e")

    truncated = tmp_path / "truncated.tar"
    data = small_backup.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupError, match=r"truncated\.tar: .*(truncated|damaged)"):
        restore(target, truncated, tmp_path / "e")

    not_tar = write(tmp_path / "notes.tar", "hello")
    with pytest.raises(BackupError, match=r"notes\.tar"):
        restore(target, not_tar, tmp_path / "e")


def test_a_consistent_change_to_the_rows_is_caught_by_the_audit_chain(
    small_backup: Path, tmp_path: Path
) -> None:
    """Someone who edits a row and its member hash still cannot forge the audit chain."""

    def edit(name: str, data: bytes) -> bytes:
        if name == "tables/audit_events.jsonl":
            lines = data.decode().splitlines()
            event = json.loads(lines[-1])
            event["actor"] = "mallory"
            lines[-1] = json.dumps(event)
            return ("\n".join(lines) + "\n").encode()
        return data

    forged = tmp_path / "forged.tar"
    _forge(small_backup, forged, edit)
    target = atlas.open_atlas(f"sqlite:///{tmp_path / 'target.db'}")
    with pytest.raises(
        BackupError, match=r"audit_events: audit chain broken: event \d+ was altered"
    ):
        restore(target, forged, tmp_path / "e")
    with target.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM audit_events")) == 0


def test_audit_verify_on_the_command_line_names_the_altered_event(tmp_path: Path) -> None:
    db = str(tmp_path / "atlas.db")
    run(db, "init")
    run(db, "load", str(MYANMAR_CASE))
    assert "Audit chain intact" in run(db, "audit", "verify").stdout
    engine = atlas.open_atlas(f"sqlite:///{db}")
    with engine.begin() as connection:
        drop_guards(connection)
        seq = connection.scalar(
            select(AuditEvent.seq).where(AuditEvent.entity == "claims").limit(1)
        )
        connection.execute(
            text("UPDATE audit_events SET actor = 'mallory' WHERE seq = :seq"), {"seq": seq}
        )
    engine.dispose()
    result = run(db, "audit", "verify", check=False)
    assert result.returncode == 1
    assert f"event {seq} was altered" in result.stderr


def test_backup_and_restore_on_the_command_line(tmp_path: Path) -> None:
    db, copy = str(tmp_path / "atlas.db"), str(tmp_path / "copy.db")
    run(db, "init")
    run(db, "load", str(MYANMAR_CASE))
    archive = tmp_path / "atlas.tar"
    made = run(db, "backup", str(archive), "--evidence", str(tmp_path / "ev"))
    assert "audit head" in made.stdout
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert run(db, "backup", str(archive), check=False).returncode == 2  # never overwrites
    restored = run(copy, "restore", str(archive), "--evidence", str(tmp_path / "ev2"))
    assert "audit chain verified" in restored.stdout
    again = run(copy, "restore", str(archive), "--evidence", str(tmp_path / "ev2"), check=False)
    assert again.returncode == 2 and "not empty" in again.stderr
    assert run(copy, "audit", "verify").returncode == 0
