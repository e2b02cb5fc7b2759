"""The audit chain: every write is recorded, and any tampering with the record is detected."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError

from countersight.store.audit import insert_rows, verify_chain
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, Organisation


def drop_guards(conn: Connection) -> None:
    """What an intruder with the database owner's rights would do before tampering."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
    else:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))


def _verify(engine: Engine, expect_head: str | None = None):
    with transaction(engine) as session:
        return verify_chain(session, expect_head)


def test_every_write_is_an_event_with_before_and_after(engine: Engine) -> None:
    with transaction(engine, "alice") as session:
        session.add(Organisation(key="acme", name="Acme", kind="manufacturer"))
    with transaction(engine, "bob") as session:
        session.scalar(select(Organisation).where(Organisation.key == "acme")).name = "Acme Ltd"
    with transaction(engine) as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "organisations").order_by(AuditEvent.seq)
        ).all()
    assert [(e.actor, e.action) for e in events] == [("alice", "insert"), ("bob", "update")]
    assert events[1].before["name"] == "Acme" and events[1].after["name"] == "Acme Ltd"
    assert _verify(engine).ok


def test_bulk_inserts_are_audited_as_orm_inserts_are(engine: Engine) -> None:
    with transaction(engine, "alice") as session:
        session.add(Organisation(key="orm", name="Acme", kind="manufacturer"))
    row = {"key": "bulk", "name": "Acme", "kind": "manufacturer", "country": None}
    with transaction(engine, "alice") as session:
        insert_rows(session, Organisation.__table__, [row])
        with pytest.raises(ValueError, match="lack columns: country"):
            insert_rows(
                session, Organisation.__table__, [{"key": "x", "name": "X", "kind": "other"}]
            )
    with transaction(engine) as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "organisations").order_by(AuditEvent.seq)
        ).all()
        bulk_id = session.scalar(select(Organisation.id).where(Organisation.key == "bulk"))
    orm, bulk = events
    assert (bulk.actor, bulk.action, bulk.entity_key, bulk.before) == (
        "alice",
        "insert",
        "bulk",
        None,
    )
    assert bulk.after == {**orm.after, "id": bulk_id, "key": "bulk"}
    assert _verify(engine).ok


def test_audit_events_cannot_be_changed_through_the_store(engine: Engine) -> None:
    with pytest.raises(PermissionError), transaction(engine) as session:
        session.delete(session.scalar(select(AuditEvent).limit(1)))
    with pytest.raises(PermissionError), transaction(engine) as session:
        session.scalar(select(AuditEvent).limit(1)).actor = "mallory"


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"]
)
def test_the_database_itself_refuses_edits_to_the_log(engine: Engine, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    assert _verify(engine).ok


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        ("UPDATE audit_events SET actor = 'mallory' WHERE seq = 5", "event 5 was altered"),
        ("DELETE FROM audit_events WHERE seq = 5", "event 5 is missing"),
        (
            "UPDATE audit_events SET seq = CASE seq WHEN 5 THEN 6 ELSE 5 END WHERE seq IN (5, 6)",
            "event 5",
        ),
    ],
)
def test_edits_deletions_and_reordering_are_detected(
    engine: Engine, tamper: str, problem: str
) -> None:
    assert _verify(engine).events > 6
    with engine.begin() as conn:
        drop_guards(conn)
        if "CASE" in tamper:  # swap two events' positions without tripping the primary key
            conn.execute(text("UPDATE audit_events SET seq = -5 WHERE seq = 5"))
            conn.execute(text("UPDATE audit_events SET seq = 5 WHERE seq = 6"))
            conn.execute(text("UPDATE audit_events SET seq = 6 WHERE seq = -5"))
        else:
            conn.execute(text(tamper))
    report = _verify(engine)
    assert not report.ok and problem in report.problem
    assert report.at_seq in (5, 6)


def test_truncating_the_end_is_caught_against_a_kept_head(engine: Engine) -> None:
    head = _verify(engine)
    with engine.begin() as conn:
        drop_guards(conn)
        conn.execute(text(f"DELETE FROM audit_events WHERE seq = {head.events}"))
    assert _verify(engine).ok  # invisible from inside the chain…
    assert not _verify(engine, expect_head=head.head).ok  # …but not to whoever kept the head


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=30),
        min_size=1,
        max_size=5,
    ),
    victim=st.integers(min_value=0),
    field=st.sampled_from(["actor", "entity_key", "at", "action"]),
)
def test_any_single_edit_anywhere_breaks_the_chain(
    engine: Engine, names: list[str], victim: int, field: str
) -> None:
    with transaction(engine, "writer") as session:
        for name in names:
            session.add(Organisation(key=f"org-{uuid.uuid4().hex}", name=name, kind="other"))
    assert _verify(engine).ok
    with transaction(engine) as session:
        total = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    seq = victim % total + 1
    with engine.begin() as conn:
        drop_guards(conn)
        original = conn.execute(
            text(f"SELECT {field} FROM audit_events WHERE seq = :s"), {"s": seq}
        ).scalar_one()
        forged = original[:-1] + ("0" if original[-1] != "0" else "1")
        conn.execute(
            text(f"UPDATE audit_events SET {field} = :v WHERE seq = :s"), {"v": forged, "s": seq}
        )
    report = _verify(engine)
    assert not report.ok and report.at_seq == seq
    with engine.begin() as conn:  # undo, so the next example starts from an intact chain
        conn.execute(
            text(f"UPDATE audit_events SET {field} = :v WHERE seq = :s"), {"v": original, "s": seq}
        )
    assert _verify(engine).ok
