"""Confidential source details: sealed at rest, in the audit log only as a fingerprint,
opened only with the key, re-sealed by rotation all or nothing."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from countersight import atlas
from countersight.confidential import SourceDetails, open_details, seal_details
from countersight.ingest.yaml_lines import InputError
from countersight.key_rotation import rotate
from countersight.redaction import confidential_details, public_source
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, CustodyEvent, EvidenceFile, Source
from countersight.store.sealed_files import read_sealed, sealed_files, store_sealed
from countersight.store.sealing import KEY_FILE_VARIABLE, KEY_VARIABLE, Sealer, SealingError
from tests.conftest import write
from tests.test_cli import run

NAME, CONTACT, NOTES = "Ko Marker-Name-7f3", "signal:+95-marker-contact", "met at marker-notes"

CASE = f"""\
format: countersight-case/1
title: A tip
recorded_by: tester
sources:
  - key: tip-2026-04
    kind: confidential_informants
    confidential: true
    alias: a resident of Mawlamyine
    details:
      name: {NAME}
      contact: "{CONTACT}"
      notes: {NOTES}
"""


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "atlas.key"
    path.write_text(Sealer.encode_key(Sealer.new_key()))
    monkeypatch.setenv(KEY_FILE_VARIABLE, str(path))
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    return path


def _source(engine: Engine, key: str = "tip-2026-04") -> Source:
    with transaction(engine) as session:
        return session.scalar(select(Source).where(Source.key == key))


def _audit_text(engine: Engine) -> str:
    with transaction(engine) as session:
        events = session.scalars(select(AuditEvent)).all()
    return json.dumps([[e.before, e.after] for e in events], ensure_ascii=False)


def test_details_from_a_case_file_are_sealed_and_only_fingerprinted_in_the_audit_log(
    engine: Engine, tmp_path: Path, key_file: Path
) -> None:
    case = write(tmp_path / "tip.yaml", CASE)
    atlas.load_files(engine, [case])
    source = _source(engine)
    for marker in (NAME, CONTACT, NOTES):
        assert marker.encode() not in source.sealed_details
        assert marker not in _audit_text(engine)
        assert marker not in json.dumps(public_source(source))
    fingerprint = hashlib.sha256(source.sealed_details).hexdigest()
    assert fingerprint in _audit_text(engine)

    shown = confidential_details(source, Sealer.from_environment())
    assert (shown["name"], shown["contact"], shown["notes"]) == (NAME, CONTACT, NOTES)
    assert shown["alias"] == "a resident of Mawlamyine"

    again = atlas.load_files(engine, [case])  # re-running changes nothing
    assert again.unchanged["sources"] == 1 and not again.updated
    assert _source(engine).sealed_details == source.sealed_details


def test_sealed_details_do_not_appear_in_the_database_file(tmp_path: Path, key_file: Path) -> None:
    db = tmp_path / "atlas.db"
    engine = atlas.open_atlas(f"sqlite:///{db}")
    atlas.load_files(engine, [write(tmp_path / "tip.yaml", CASE)])
    engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("atlas.db*"))
    assert b"a resident of Mawlamyine" in raw  # the alias is public, so stored plainly
    for marker in (NAME, CONTACT, NOTES):
        assert marker.encode() not in raw


def test_without_a_key_a_file_with_details_is_refused_at_its_line(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_FILE_VARIABLE, raising=False)
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    case = write(tmp_path / "tip.yaml", CASE)
    with pytest.raises(InputError, match=r"tip\.yaml:10: .*no key is configured"):
        atlas.load_files(engine, [case])
    assert _source(engine) is None  # nothing loaded, nothing kept in clear


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("    kind: news_article\n    outlet: Paper\n    details:\n      name: X\n",
         "only a confidential source has sealed details"),
        ("    kind: confidential_informants\n    confidential: true\n    alias: A\n"
         "    notes: met him at the tea shop\n", "may not carry notes.*under 'details:'"),
        ("    kind: confidential_informants\n    confidential: true\n    alias: A\n"
         "    details: {}\n", "at least one of name, contact, notes"),
    ],
)  # fmt: skip
def test_details_in_the_wrong_place_are_refused(
    engine: Engine, tmp_path: Path, key_file: Path, entry: str, message: str
) -> None:
    text = "format: countersight-case/1\ntitle: T\nrecorded_by: t\nsources:\n  - key: s\n" + entry
    with pytest.raises(InputError, match=message):
        atlas.load_files(engine, [write(tmp_path / "bad.yaml", text)])


def test_a_wrong_key_names_the_source(
    engine: Engine, tmp_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = write(tmp_path / "tip.yaml", CASE)
    atlas.load_files(engine, [case])
    with pytest.raises(SealingError, match="source:tip-2026-04: sealed with another key"):
        open_details(_source(engine), Sealer(Sealer.new_key()))
    # Loading with a stale or wrong key is refused, not sealed over under a second key.
    monkeypatch.setenv(KEY_FILE_VARIABLE, "")
    monkeypatch.setenv(KEY_VARIABLE, Sealer.encode_key(Sealer.new_key()))
    with pytest.raises(InputError, match=r"tip\.yaml:10: source:tip-2026-04: sealed with another"):
        atlas.load_files(engine, [case])


def test_rotation_reseals_details_and_evidence_files_and_audits_it(
    engine: Engine, tmp_path: Path, key_file: Path
) -> None:
    old, new = Sealer.from_environment(), Sealer(Sealer.new_key())
    atlas.load_files(engine, [write(tmp_path / "tip.yaml", CASE)])
    evidence = tmp_path / "evidence"
    original = b"original photo bytes"
    sha = hashlib.sha256(original).hexdigest()
    path = store_sealed(evidence, sha, original, old)
    with transaction(engine) as session:
        session.add(
            EvidenceFile(sha256=sha, media_type="image/jpeg", size=20, stored_path=str(path))
        )

    report = rotate(engine, evidence, old, new, actor="admin")
    assert (report.sources, report.files, report.already_new) == (1, 1, 0)
    assert open_details(_source(engine), new) == SourceDetails(
        name=NAME, contact=CONTACT, notes=NOTES
    )
    assert read_sealed(path, new) == original
    with pytest.raises(SealingError, match="another key"):
        open_details(_source(engine), old)
    with transaction(engine) as session:
        custody = session.scalars(select(CustodyEvent).where(CustodyEvent.action == "resealed"))
        assert [c.actor for c in custody] == ["admin"]
        assert session.scalar(
            select(AuditEvent).where(AuditEvent.entity == "sources", AuditEvent.actor == "admin")
        )
    assert list(evidence.rglob("*.rotating")) == []
    again = rotate(engine, evidence, old, new)  # an interrupted rotation can be re-run
    assert (again.sources, again.files, again.already_new) == (0, 0, 2)


def test_rotation_is_all_or_nothing(engine: Engine, tmp_path: Path, key_file: Path) -> None:
    old, new = Sealer.from_environment(), Sealer(Sealer.new_key())
    atlas.load_files(engine, [write(tmp_path / "tip.yaml", CASE)])
    evidence = tmp_path / "evidence"
    good = store_sealed(evidence, "a" * 64, b"first", old)
    bad = store_sealed(evidence, "b" * 64, b"second", old)
    damaged = bytearray(bad.read_bytes())
    damaged[-1] ^= 1
    bad.write_bytes(bytes(damaged))
    before = {p: p.read_bytes() for p in sealed_files(evidence)}
    blob = _source(engine).sealed_details

    with pytest.raises(SealingError, match=f"evidence:{'b' * 64}"):
        rotate(engine, evidence, old, new)
    assert {p: p.read_bytes() for p in sealed_files(evidence)} == before
    assert _source(engine).sealed_details == blob
    assert read_sealed(good, old) == b"first"
    assert list(evidence.rglob("*.rotating")) == []


def test_seal_details_refuses_a_public_source(engine: Engine, key_file: Path) -> None:
    with (
        pytest.raises(SealingError, match="only a confidential source"),
        transaction(engine) as session,
    ):
        source = Source(key="paper", kind="news_article", outlet="Paper")
        session.add(source)
        seal_details(source, SourceDetails(name="x"), Sealer.from_environment())


def test_the_command_line_makes_keys_seals_shows_and_rotates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "atlas.db")
    key, new_key = tmp_path / "a.key", tmp_path / "b.key"
    run(db, "keys", "new", "--out", str(key))
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert run(db, "keys", "new", "--out", str(key), check=False).returncode == 2  # no overwrite
    run(db, "keys", "new", "--out", str(new_key))
    public_case = CASE.split("    details:")[0]
    run(db, "load", str(write(tmp_path / "tip.yaml", public_case)))
    details = write(tmp_path / "details.yaml", f"name: {NAME}\ncontact: '{CONTACT}'\n")

    monkeypatch.setenv(KEY_FILE_VARIABLE, str(key))
    run(db, "sources", "details", "tip-2026-04", "--set-from", str(details))
    shown = json.loads(run(db, "sources", "details", "tip-2026-04", "-f", "json").stdout)
    assert (shown["name"], shown["contact"], shown["notes"]) == (NAME, CONTACT, None)
    listing = run(db, "sources", "--format", "json").stdout
    assert NAME not in listing and CONTACT not in listing

    rotated = run(db, "keys", "rotate", "--new-key-file", str(new_key))
    assert "Re-sealed 1 source detail(s)" in rotated.stdout
    stale = run(db, "sources", "details", "tip-2026-04", check=False)
    assert stale.returncode == 2 and "source:tip-2026-04: sealed with another key" in (
        stale.stderr.replace("\n", "")
    )
    monkeypatch.setenv(KEY_FILE_VARIABLE, str(new_key))
    assert NAME in run(db, "sources", "details", "tip-2026-04").stdout
    monkeypatch.delenv(KEY_FILE_VARIABLE)
    missing = run(db, "sources", "details", "tip-2026-04", check=False)
    assert missing.returncode == 2 and "no sealing key" in missing.stderr
    assert NAME not in missing.stdout + missing.stderr
