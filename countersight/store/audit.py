"""The audit log: every write becomes an append-only event in a SHA-256 hash chain.

Writes are captured by a session hook, so no ORM code path can forget to audit; bulk inserts
that bypass the ORM go through `insert_rows`, which writes the same events. Each
event's hash covers its content and the previous event's hash, so editing, deleting or
reordering any event breaks the chain from that point on; `verify_chain` finds where.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from shapely.geometry.base import BaseGeometry
from sqlalchemy import ColumnElement, Table, delete, event, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction

from countersight.store.models import AuditEvent, Base

GENESIS = "0" * 64
DEFAULT_ACTOR = "system"
# Tables whose writes are deliberately not audited. Login sessions are not changes to the
# atlas; a chained, permanent record of when each contributor signed in would itself be a
# record worth protecting from; and every audited write makes the map rebuild its camera index.
UNAUDITED_TABLES = frozenset({"login_sessions"})


def _audited(obj: object) -> bool:
    return (
        isinstance(obj, Base)
        and not isinstance(obj, AuditEvent)
        and obj.__tablename__ not in UNAUDITED_TABLES
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, BaseGeometry):
        return value.wkt
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest()}  # sealed data: fingerprint only
    return value


def _row_state(obj: Base, *, before: bool = False) -> dict[str, Any]:
    """The object's column values, now or as they were before this flush."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if before and history.has_changes():
            value = history.deleted[0] if history.deleted else None
        else:
            value = getattr(obj, attr.key)
        values[attr.key] = _jsonable(value)
    return values


def _entity_key(table: Table, values: dict[str, Any]) -> str:
    for name in ("key", "sha256"):
        if values.get(name) is not None:
            return str(values[name])
    return ":".join(str(values.get(c.key)) for c in table.primary_key.columns)


def event_hash(fields: dict[str, Any]) -> str:
    """Hash an event's content together with the previous hash, in a canonical JSON form."""
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hashed_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: row[k]
        for k in (
            "seq",
            "at",
            "actor",
            "action",
            "entity",
            "entity_key",
            "before",
            "after",
            "prev_hash",
        )
    }


def _lock_chain(connection: Connection) -> None:
    """Serialise appends so two writers cannot both extend the same head."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(7301)"))


Change = tuple[str, Table, dict[str, Any], dict[str, Any]]
"""One write to record: action, the table written, the row before and after it."""


def _append(connection: Connection, actor: str, changes: Iterable[Change]) -> None:
    """Extend the chain by one event per change; the one place events are built."""
    rows = list(changes)
    if not rows:
        return
    _lock_chain(connection)
    head = connection.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (head.seq, head.hash) if head else (0, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    records = []
    for action, table, before, after in rows:
        seq += 1
        record = {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "entity": table.name,
            "entity_key": _entity_key(table, after or before),
            "before": before or None,
            "after": after or None,
            "prev_hash": prev,
        }
        record["hash"] = prev = event_hash(record)
        records.append(record)
    connection.execute(insert(AuditEvent), records)


def _actor(session: Session) -> str:
    return session.info.get("actor", DEFAULT_ACTOR)


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many new rows with one Core executemany and audit each as a flush would.

    Bulk loads skip ORM objects and their attribute history, the costly part of the flush
    hook, yet write the same events. Every row names every column except a generated
    primary key, so the event holds the whole row, as an ORM insert's does. Rows are matched
    to their generated ids by the table's unique `key`: asking for RETURNING in the rows'
    order would make SQLite run one INSERT per row.
    """
    if not rows:
        return
    generated = [c.key for c in table.primary_key.columns if c.key not in rows[0]]
    missing = set(table.columns.keys()) - set(generated) - rows[0].keys()
    if missing:
        raise ValueError(f"rows for {table.name} lack columns: {', '.join(sorted(missing))}")
    connection = session.connection()
    returning = [table.c["key"], *(table.c[name] for name in generated)]
    ids = {
        key: values
        for key, *values in connection.execute(insert(table).returning(*returning), rows)
    }
    changes = []
    for row in rows:
        values = {**row, **dict(zip(generated, ids[row["key"]], strict=True))}
        changes.append(("insert", table, {}, {c.key: _jsonable(values[c.key]) for c in table.c}))
    _append(connection, _actor(session), changes)


def delete_rows(session: Session, table: Table, where: ColumnElement[bool]) -> int:
    """Delete many rows with one Core statement and audit each as a flush would; return how
    many. The counterpart of `insert_rows`, for replacing bulk data (an area's streets)."""
    connection = session.connection()
    rows = connection.execute(select(table).where(where)).mappings().all()
    if not rows:
        return 0
    connection.execute(delete(table).where(where))
    before = [{c.key: _jsonable(row[c]) for c in table.c} for row in rows]
    _append(connection, _actor(session), [("delete", table, b, {}) for b in before])
    return len(rows)


def _collect(session: Session, flush_context: UOWTransaction, _instances: object) -> None:
    """Before a flush: remember what is about to change, while the old values are still known."""
    pending = session.info.setdefault("audit_pending", [])
    for obj in session.new:
        if _audited(obj):
            pending.append(("insert", obj, {}, None))
    for obj in session.dirty:
        if isinstance(obj, AuditEvent):
            raise PermissionError("audit events are append-only")
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            pending.append(("update", obj, _row_state(obj, before=True), None))
    for obj in session.deleted:
        if isinstance(obj, AuditEvent):
            raise PermissionError("audit events are append-only")
        if _audited(obj):
            pending.append(("delete", obj, _row_state(obj, before=True), {}))


def _write(session: Session, flush_context: UOWTransaction) -> None:
    """After a flush: ids are assigned, so record the new state and extend the chain."""
    pending = session.info.pop("audit_pending", [])
    changes = []
    for action, obj, before, after in pending:
        after_state = after if after is not None else _row_state(obj)
        if action == "update" and before == after_state:
            continue
        changes.append((action, obj.__table__, before, after_state))
    _append(session.connection(), _actor(session), changes)


def install(session_class: type[Session] = Session) -> None:
    """Attach the audit hooks to every session of `session_class` (idempotent)."""
    if not event.contains(session_class, "before_flush", _collect):
        event.listen(session_class, "before_flush", _collect)
        event.listen(session_class, "after_flush", _write)


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the chain: how many events, the head, and the first break."""

    events: int
    head: str
    problem: str | None = None
    at_seq: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(session: Session, expect_head: str | None = None) -> ChainReport:
    """Recompute every hash in order; report the first event that does not fit.

    Deleting the newest events cannot be seen from inside the chain, so the head hash is
    printed for users to keep elsewhere and pass back as `expect_head`.
    """
    prev, expected_seq, count = GENESIS, 1, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for ev in rows:
        row = {c.key: getattr(ev, c.key) for c in inspect(AuditEvent).column_attrs}
        if ev.seq != expected_seq:
            return ChainReport(count, prev, f"event {expected_seq} is missing", expected_seq)
        if ev.prev_hash != prev:
            return ChainReport(
                count, prev, f"event {ev.seq} does not follow its predecessor", ev.seq
            )
        if event_hash(_hashed_fields(row)) != ev.hash:
            return ChainReport(count, prev, f"event {ev.seq} was altered", ev.seq)
        prev, expected_seq, count = ev.hash, expected_seq + 1, count + 1
    if expect_head is not None and expect_head != prev:
        return ChainReport(
            count,
            prev,
            "the head is not the one expected: events were removed "
            "from the end or the log was replaced",
            None,
        )
    return ChainReport(count, prev)
