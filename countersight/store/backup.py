"""Backup and restore: the whole atlas in one self-verifying archive, portable across backends.

The archive is a plain tar (compress it as you like) holding `tables/<table>.jsonl` (every
row of every table, in a form both SQLite and PostgreSQL read back identically: bytes in
base64, geometries as WKB hex, dates in ISO 8601), `evidence/…` (the evidence folder's files,
sealed ones still sealed) and `manifest.json` (the schema revision, row counts, the audit
chain's head and the SHA-256 of every other member). The sealing key is never in it.

Restore reads and checks every member before writing anything, fills an empty atlas in one
transaction, recomputes the audit chain and compares its head with the manifest's, and
commits only if all of that holds. The audit log is copied verbatim, not re-audited: its
hash chain is what proves the copy faithful.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import tarfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

import shapely
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from shapely.geometry.base import BaseGeometry
from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    Numeric,
    Table,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from countersight.ingest.yaml_lines import InputError, Problem
from countersight.store.audit import ChainReport, verify_chain
from countersight.store.database import alembic_config, upgrade
from countersight.store.models import Base
from countersight.store.types import GeometryType

FORMAT = "countersight-backup/1"
MANIFEST = "manifest.json"
MANIFEST_DIGEST = "manifest.json.sha256"  # so damage to the manifest is named as such
TABLES = "tables"
EVIDENCE = "evidence"
SKIPPED_SUFFIXES = (".partial", ".rotating")  # half-written files, never part of the atlas
BATCH = 1000

Progress = Callable[[str], None]


class BackupError(InputError):
    """An archive or target that cannot be used; names the member or table at fault."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__([Problem(where, None, message)])


@dataclass
class BackupReport:
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    audit_events: int = 0
    audit_head: str = ""
    revision: str = ""


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, BaseGeometry):
        return shapely.to_wkb(value, hex=True)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _decoder(column_type: Any) -> Callable[[Any], Any]:
    if isinstance(column_type, LargeBinary):
        return base64.b64decode
    if isinstance(column_type, GeometryType):
        return shapely.from_wkb
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    if isinstance(column_type, Numeric) and column_type.asdecimal:
        return Decimal
    return lambda value: value


def _tables() -> list[Table]:
    """Every table of the atlas, parents before children."""
    return list(Base.metadata.sorted_tables)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _code_revision(engine: Engine) -> str:
    return ",".join(sorted(ScriptDirectory.from_config(alembic_config(engine)).get_heads()))


def _database_revision(connection: Connection) -> str:
    return ",".join(sorted(MigrationContext.configure(connection).get_current_heads()))


def _chain(connection: Connection) -> ChainReport:
    with Session(bind=connection) as session:
        return verify_chain(session)


def _evidence_files(folder: Path) -> Iterator[tuple[str, Path]]:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.endswith(SKIPPED_SUFFIXES):
            yield f"{EVIDENCE}/{path.relative_to(folder).as_posix()}", path


def _add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), 0o600, 0
    archive.addfile(info, io.BytesIO(data))


def backup(
    engine: Engine, evidence: Path, target: Path, progress: Progress | None = None
) -> BackupReport:
    """Write the atlas and its evidence files into `target` (a tar), whole or not at all."""
    if target.exists():
        raise BackupError(str(target), "already exists; choose a new file for each backup")
    report = BackupReport(revision=_code_revision(engine))
    members: dict[str, dict[str, Any]] = {}
    partial = target.with_name(target.name + ".partial")
    try:
        # Readable by its owner only: it holds everything, sealed values and all.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with (
            engine.connect() as connection,
            os.fdopen(descriptor, "wb") as handle,
            tarfile.open(fileobj=handle, mode="w") as archive,
        ):
            if connection.dialect.name == "postgresql":  # one snapshot for every table
                connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            if _database_revision(connection) != report.revision:
                raise BackupError(str(engine.url), "the atlas's schema is not up to date")
            chain = _chain(connection)
            if not chain.ok:
                raise BackupError("audit_events", f"the audit chain is broken: {chain.problem}")
            report.audit_events, report.audit_head = chain.events, chain.head
            for table in _tables():
                if progress:
                    progress(f"table {table.name}")
                primary = list(table.primary_key.columns)
                lines = [
                    json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False)
                    for row in connection.execute(select(table).order_by(*primary)).mappings()
                ]
                data = "".join(line + "\n" for line in lines).encode("utf-8")
                name = f"{TABLES}/{table.name}.jsonl"
                _add(archive, name, data)
                members[name] = {"sha256": _sha256(data), "size": len(data)}
                report.rows[table.name] = len(lines)
            if _chain(connection).head != chain.head:  # every write is audited, so none came
                raise BackupError(str(engine.url), "the atlas changed during the backup; retry")
            for name, path in _evidence_files(evidence):
                if progress:
                    progress(name)
                data = path.read_bytes()
                _add(archive, name, data)
                members[name] = {"sha256": _sha256(data), "size": len(data)}
                report.files += 1
            manifest = {
                "format": FORMAT,
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "schema_revision": report.revision,
                "audit": {"events": report.audit_events, "head": report.audit_head},
                "rows": report.rows,
                "members": members,
            }
            manifest_bytes = json.dumps(manifest, indent=1).encode("utf-8")
            _add(archive, MANIFEST, manifest_bytes)
            _add(archive, MANIFEST_DIGEST, _sha256(manifest_bytes).encode("ascii"))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return report


def _checked_name(name: str, where: str) -> str:
    """Refuse member names that could point outside the archive's own layout."""
    path = PurePosixPath(name)
    if (
        path.is_absolute()
        or ".." in path.parts
        or not (
            name in (MANIFEST, MANIFEST_DIGEST)
            or (path.parts[0] in (TABLES, EVIDENCE) and len(path.parts) > 1)
        )
    ):
        raise BackupError(where, "unexpected member: not part of a Countersight backup")
    return name


@dataclass
class _Unpacked:
    manifest: dict[str, Any]
    tables: dict[str, bytes]
    files: dict[str, Path]  # member name -> staged copy


def _read_archive(archive_path: Path, staging: Path) -> _Unpacked:
    """Read every member, staging evidence files, and check them all against the manifest."""
    tables: dict[str, bytes] = {}
    files: dict[str, Path] = {}
    digests: dict[str, tuple[str, int]] = {}
    manifest_bytes: bytes | None = None
    manifest_digest: bytes | None = None
    where = str(archive_path)
    try:
        with tarfile.open(archive_path, "r:") as archive:
            for member in archive:
                where = f"{archive_path}: {member.name}"
                name = _checked_name(member.name, where)
                if not member.isfile():
                    raise BackupError(where, "unexpected member: not a regular file")
                if name in digests or (name == MANIFEST and manifest_bytes is not None):
                    raise BackupError(where, "appears twice in the archive")
                if name == MANIFEST_DIGEST:
                    manifest_digest = archive.extractfile(member).read()  # type: ignore[union-attr]
                    continue
                data = archive.extractfile(member).read()  # type: ignore[union-attr]
                if len(data) != member.size:
                    raise BackupError(where, "truncated: the archive ends inside this member")
                if name == MANIFEST:
                    manifest_bytes = data
                    continue
                digests[name] = (_sha256(data), len(data))
                if name.startswith(f"{TABLES}/"):
                    tables[name] = data
                else:
                    staged = staging / uuid.uuid4().hex
                    staged.write_bytes(data)
                    files[name] = staged
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BackupError(where, f"damaged or truncated archive ({exc})") from None
    if manifest_bytes is None or manifest_digest is None:
        raise BackupError(str(archive_path), "no manifest: not a complete backup")
    if _sha256(manifest_bytes).encode("ascii") != manifest_digest.strip():
        raise BackupError(
            f"{archive_path}: {MANIFEST}", f"its SHA-256 does not match {MANIFEST_DIGEST}: altered"
        )
    try:
        manifest = json.loads(manifest_bytes)
        listed, kind = manifest["members"], manifest["format"]
        if (
            not {"schema_revision", "audit"} <= manifest.keys()
            or not {
                "events",
                "head",
            }
            <= manifest["audit"].keys()
        ):
            raise KeyError("schema_revision or audit")
    except (ValueError, KeyError, TypeError):
        raise BackupError(f"{archive_path}: {MANIFEST}", "unreadable manifest") from None
    if kind != FORMAT:
        raise BackupError(f"{archive_path}: {MANIFEST}", f"format {kind!r}, expected {FORMAT}")
    for name in sorted(set(listed) | set(digests)):
        if name not in digests:
            raise BackupError(f"{archive_path}: {name}", "listed in the manifest but missing")
        if name not in listed:
            raise BackupError(f"{archive_path}: {name}", "in the archive but not in the manifest")
        if (listed[name]["sha256"], listed[name]["size"]) != digests[name]:
            raise BackupError(
                f"{archive_path}: {name}", "its SHA-256 does not match the manifest: altered"
            )
    return _Unpacked(manifest, tables, files)


def _rows(unpacked: _Unpacked, table: Table) -> list[dict[str, Any]]:
    name = f"{TABLES}/{table.name}.jsonl"
    if name not in unpacked.tables:
        raise BackupError(name, "missing from the backup")
    decoders = {c.key: _decoder(c.type) for c in table.columns}
    rows = []
    for number, line in enumerate(unpacked.tables[name].decode("utf-8").splitlines(), 1):
        try:
            raw = json.loads(line)
            rows.append({k: None if v is None else decoders[k](v) for k, v in raw.items()})
        except (ValueError, KeyError, TypeError) as exc:
            raise BackupError(f"{name}:{number}", f"unreadable row ({exc})") from None
    return rows


def _self_references(table: Table) -> list[str]:
    return [fk.parent.key for fk in table.foreign_keys if fk.column.table is table]


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows as they were; links within the table are set afterwards, in any order."""
    later = _self_references(table)
    first = [{**row, **dict.fromkeys(later, None)} for row in rows]
    for start in range(0, len(first), BATCH):
        connection.execute(insert(table), first[start : start + BATCH])
    primary = list(table.primary_key.columns)
    for row in rows:
        links = {k: row[k] for k in later if row[k] is not None}
        if links:
            connection.execute(
                update(table).where(*(c == row[c.key] for c in primary)).values(**links)
            )


def _reset_sequences(connection: Connection, table: Table) -> None:
    """PostgreSQL hands out ids from a sequence that restored rows did not advance."""
    primary = list(table.primary_key.columns)
    if connection.dialect.name != "postgresql" or len(primary) != 1:
        return
    column = primary[0]
    if not isinstance(column.type, Integer) or column.autoincrement is False:
        return
    connection.execute(
        text(
            "SELECT setval(pg_get_serial_sequence(:table, :column), "
            f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, false)'
        ),
        {"table": table.name, "column": column.name},
    )


def _place_files(unpacked: _Unpacked, evidence: Path) -> list[Path]:
    """Move staged evidence files into the folder; returns the ones this restore created."""
    created = []
    for name, staged in sorted(unpacked.files.items()):
        target = evidence / PurePosixPath(name).relative_to(EVIDENCE)
        if target.exists():
            if target.read_bytes() != staged.read_bytes():
                raise BackupError(str(target), "a different file is already there")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(staged, target)
        created.append(target)
    return created


def restore(
    engine: Engine, archive: Path, evidence: Path, progress: Progress | None = None
) -> BackupReport:
    """Restore a backup into an empty atlas, verifying everything before committing."""
    if not archive.is_file():
        raise BackupError(str(archive), "no such file")
    upgrade(engine)
    revision = _code_revision(engine)
    evidence.mkdir(parents=True, exist_ok=True)
    staging = evidence / f".restore-{uuid.uuid4().hex}"
    staging.mkdir()
    created: list[Path] = []
    try:
        unpacked = _read_archive(archive, staging)
        manifest = unpacked.manifest
        if manifest["schema_revision"] != revision:
            raise BackupError(
                f"{archive}: {MANIFEST}",
                f"made at schema revision {manifest['schema_revision']}; this Countersight is "
                f"at {revision}: restore with the version that made it, then upgrade",
            )
        report = BackupReport(revision=revision, files=len(unpacked.files))
        with engine.begin() as connection:
            for table in _tables():
                if connection.scalar(select(func.count()).select_from(table)):
                    raise BackupError(
                        f"{engine.url.render_as_string(hide_password=True)}",
                        f"the target atlas is not empty (table {table.name} has rows); "
                        "restore only into a new, empty database",
                    )
            for table in _tables():
                if progress:
                    progress(f"table {table.name}")
                rows = _rows(unpacked, table)
                _insert(connection, table, rows)
                _reset_sequences(connection, table)
                report.rows[table.name] = len(rows)
            chain = _chain(connection)
            expected = manifest["audit"]
            if not chain.ok:
                raise BackupError(
                    f"{archive}: audit_events", f"audit chain broken: {chain.problem}"
                )
            if (chain.events, chain.head) != (expected["events"], expected["head"]):
                raise BackupError(
                    f"{archive}: audit_events",
                    f"the restored chain ends at {chain.head} after {chain.events} events; the "
                    f"manifest says {expected['head']} after {expected['events']}",
                )
            report.audit_events, report.audit_head = chain.events, chain.head
            created = _place_files(unpacked, evidence)
        created = []
    finally:
        for path in created:  # the database side failed: take the files back out
            path.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
    return report
