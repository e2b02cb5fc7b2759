"""Loading case files: re-runnable, all-or-nothing, and clear about bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from countersight import atlas
from countersight.ingest.yaml_lines import InputError
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, Claim, Deployment, Organisation, Source
from tests.conftest import MYANMAR_CASE, write

GOOD = """\
format: countersight-case/1
title: a small case
recorded_by: tester
review: accepted
organisations:
  - key: acme-cams
    name: Acme Cameras
    kind: manufacturer
sources:
  - key: local-paper
    kind: news_article
    outlet: Local Paper
deployments:
  - key: test-city
    name: Test city cameras
    place: Moulmein
claims:
  - source: local-paper
    subject: deployment/test-city
    predicate: camera_count
    value: at least five
    quote: at least five cameras
"""


def _snapshot(engine: Engine) -> dict[str, int]:
    with transaction(engine) as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Claim, Source, Organisation, Deployment, AuditEvent)
        }


def _problems(engine: Engine, path: Path) -> str:
    with pytest.raises(InputError) as caught:
        atlas.load_files(engine, [path])
    return str(caught.value)


def test_loading_twice_adds_nothing_and_writes_no_audit_events(myanmar: Engine) -> None:
    before = _snapshot(myanmar)
    report = atlas.load_files(myanmar, [MYANMAR_CASE])
    assert _snapshot(myanmar) == before
    assert sum(report.created.values()) == 0 and sum(report.updated.values()) == 0
    assert report.unchanged["claims"] == before["claims"] == 43


def test_place_resolves_through_a_variant_spelling(engine: Engine, tmp_path: Path) -> None:
    atlas.load_files(engine, [write(tmp_path / "case.yaml", GOOD)])
    with transaction(engine) as session:
        deployment = session.scalar(select(Deployment).where(Deployment.key == "test-city"))
        assert deployment.place.key == "MM-15/mawlamyine"
        claim = session.scalar(select(Claim))
        assert (claim.value["min"], claim.value["max"]) == (5, None)


def test_zawgyi_place_name_is_converted_before_matching(engine: Engine, tmp_path: Path) -> None:
    zawgyi = "ေမာ္လၿမိဳင္"  # မော်လမြိုင် typed in the Zawgyi font encoding
    atlas.load_files(engine, [write(tmp_path / "z.yaml", GOOD.replace("Moulmein", zawgyi))])
    with transaction(engine) as session:
        deployment = session.scalar(select(Deployment).where(Deployment.key == "test-city"))
        assert deployment.place.key == "MM-15/mawlamyine"


@pytest.mark.parametrize(
    ("name", "content", "line", "expected"),
    [
        ("malformed", GOOD.replace("  - key: acme-cams", "  - key: [acme"), 7, "malformed YAML"),
        (
            "unknown-field",
            GOOD.replace("    outlet: Local Paper", "    outlet: X\n    colour: red"),
            13,
            "unknown field 'colour'",
        ),
        (
            "no-source",
            GOOD.replace("  - source: local-paper\n    subject", "  - subject"),
            18,
            "claims[0].source is required",
        ),
        (
            "unknown-source",
            GOOD.replace("  - source: local-paper", "  - source: elsewhere"),
            18,
            "no source 'elsewhere'",
        ),
        (
            "unknown-place",
            GOOD.replace("place: Moulmein", "place: Atlantis"),
            16,
            "neither in the gazetteer nor defined",
        ),
        (
            "unreadable-count",
            GOOD.replace("value: at least five", "value: several"),
            21,
            "cannot read 'several' as a count",
        ),
        (
            "duplicate-key",
            GOOD.replace("    kind: manufacturer", "    kind: manufacturer\n    kind: x"),
            9,
            "appears twice",
        ),
        (
            "alias",
            GOOD.replace("title: a small case", "title: &t a small case\nx: *t"),
            2,
            "aliases",
        ),
        (
            "bad-predicate",
            GOOD.replace("predicate: camera_count", "predicate: colour"),
            20,
            "unknown predicate 'colour'",
        ),
        (
            "confidential-leak",
            GOOD.replace(
                "    outlet: Local Paper",
                "    outlet: Local Paper\n    confidential: true\n    alias: a person",
            ),
            10,
            "may not carry outlet",
        ),
    ],
)
def test_bad_input_names_file_and_line_and_changes_nothing(
    engine: Engine, tmp_path: Path, name: str, content: str, line: int, expected: str
) -> None:
    before = _snapshot(engine)
    path = write(tmp_path / f"{name}.yaml", content)
    message = _problems(engine, path)
    assert f"{path}:{line}:" in message, message
    assert expected in message
    assert _snapshot(engine) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (GOOD.encode("utf-16"), "the file is UTF-16; save it as UTF-8"),
        (GOOD.replace("Local Paper", "Café Gazette").encode("latin-1"), "not UTF-8 text"),
        (b"- just\n- a list\n", "expected a mapping"),
    ],
)
def test_unusable_files_are_refused_whole(
    engine: Engine, tmp_path: Path, content: bytes, expected: str
) -> None:
    before = _snapshot(engine)
    message = _problems(engine, write(tmp_path / "bad.yaml", content))
    assert expected in message
    assert _snapshot(engine) == before


def test_one_bad_file_among_good_ones_loads_none(engine: Engine, tmp_path: Path) -> None:
    before = _snapshot(engine)
    good = write(tmp_path / "good.yaml", GOOD)
    bad = write(
        tmp_path / "bad.yaml",
        GOOD.replace("local-paper", "other-paper", 1)
        .replace("key: acme-cams", "key: acme-2")
        .replace("value: at least five", "value: several"),
    )
    with pytest.raises(InputError):
        atlas.load_files(engine, [good, MYANMAR_CASE, bad])
    assert _snapshot(engine) == before


def test_every_problem_is_reported_not_just_the_first(engine: Engine, tmp_path: Path) -> None:
    content = GOOD.replace("value: at least five", "value: several").replace(
        "place: Moulmein", "place: Atlantis"
    )
    message = _problems(engine, write(tmp_path / "two.yaml", content))
    assert "several" in message and "Atlantis" in message


def test_a_reviewers_decision_survives_reloading(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "case.yaml", GOOD)
    atlas.load_files(engine, [path])
    with transaction(engine, "reviewer") as session:
        session.scalar(select(Claim)).review_state = "rejected"
    report = atlas.load_files(engine, [path])
    with transaction(engine) as session:
        assert session.scalar(select(Claim)).review_state == "rejected"
    assert any("not overwritten" in note for note in report.notes)


def test_a_loop_of_copies_is_refused(engine: Engine, tmp_path: Path) -> None:
    loop = GOOD.replace(
        "    outlet: Local Paper\n",
        "    outlet: Local Paper\n    derived_from: other-paper\n"
        "  - key: other-paper\n    kind: news_article\n    derived_from: local-paper\n",
    )
    message = _problems(engine, write(tmp_path / "loop.yaml", loop))
    assert "would derive from itself" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("value: at least five", "value: -5"), "counts cannot be negative"),
        (("value: at least five", "value: {kind: count, min: 10, max: 5}"), "below min"),
        (("value: at least five", "value: [1, 2]"), "not a list"),
        (
            (
                "predicate: camera_count\n    value: at least five",
                "predicate: started\n    value: 2021-13",
            ),
            "cannot read",
        ),
        (
            (
                "predicate: camera_count\n    value: at least five",
                "predicate: started\n    value: 2021-02-01T10:00:00Z",
            ),
            "not a date and time",
        ),
        (
            (
                "deployment/test-city\n    predicate: camera_count\n    value: at least five",
                "organisation/acme-cams\n    predicate: identifier\n    value: {scheme: x}",
            ),
            "needs both scheme and value",
        ),
        (
            ("    outlet: Local Paper", "    outlet: Local Paper\n    published: 2022-02-30"),
            "cannot be read",
        ),
        (
            ("    outlet: Local Paper", "    outlet: Local Paper\n    language: " + "x" * 40),
            "at most 16 characters",
        ),
        (("quote: at least five cameras", 'quote: "at least\\0 five"'), "NUL"),
        (("title: a small case", "title: a small case\n? [a, b]\n: c"), "plain text"),
        (
            (
                "  - key: acme-cams\n    name: Acme Cameras\n    kind: manufacturer",
                "  - key: acme-cams\n    name: Acme Cameras\n    kind: manufacturer\n"
                "  - key: acme-cams\n    name: Other\n    kind: integrator",
            ),
            "repeats the key",
        ),
        (
            (
                "deployments:",
                "places:\n  - {key: MM-15/mawlamyine, kind: town, name: M, "
                "parent: MM-15/mawlamyine}\ndeployments:",
            ),
            "cannot be its own parent",
        ),
    ],
)
def test_odd_input_is_a_clear_error_not_a_crash(
    engine: Engine, tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    assert change[0] in GOOD
    before = _snapshot(engine)
    message = _problems(engine, write(tmp_path / "odd.yaml", GOOD.replace(*change)))
    assert expected in message
    assert _snapshot(engine) == before


def test_places_may_come_before_their_parents_but_not_loop(engine: Engine, tmp_path: Path) -> None:
    places = (
        "places:\n"
        "  - {key: ward-1, kind: township, name: Ward One, parent: district-x}\n"
        "  - {key: district-x, kind: district, name: District X, parent: MM-15}\n"
        "deployments:"
    )
    atlas.load_files(engine, [write(tmp_path / "ok.yaml", GOOD.replace("deployments:", places))])
    loop = GOOD.replace("deployments:", places.replace("parent: MM-15", "parent: ward-1"))
    assert "inside itself" in _problems(engine, write(tmp_path / "loop.yaml", loop))
    reparent = GOOD.replace(
        "deployments:",
        "places:\n  - {key: MM-15, kind: state, name: Mon, parent: MM-15/mawlamyine}\ndeployments:",
    )
    assert "inside itself" in _problems(engine, write(tmp_path / "re.yaml", reparent))


def test_the_file_owns_its_notes_locators_and_copy_links(engine: Engine, tmp_path: Path) -> None:
    copy = GOOD.replace(
        "    outlet: Local Paper\n",
        "    outlet: Local Paper\n    derived_from: wire\n  - {key: wire, kind: news_article}\n",
    )
    atlas.load_files(engine, [write(tmp_path / "a.yaml", copy)])
    edited = GOOD.replace(
        "    quote: at least five cameras",
        "    quote: at least five cameras\n    note: counted twice",
    )
    report = atlas.load_files(engine, [write(tmp_path / "b.yaml", edited)])
    with transaction(engine) as session:
        source = session.scalar(select(Source).where(Source.key == "local-paper"))
        assert source.derived_from_id is None
        assert session.scalar(select(Claim)).note == "counted twice"
        assert session.scalar(select(func.count()).select_from(Claim)) == 1
    assert report.updated["claims"] == 1 and report.updated["sources"] == 1
