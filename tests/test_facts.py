"""Facts derived from the Myanmar case file, and how verification responds to new evidence."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from countersight import atlas
from countersight.evidence.facts import facts_for_place, facts_for_subjects
from countersight.evidence.vocabulary import SubjectKind
from countersight.geo.places import resolve_place
from countersight.store.database import transaction
from tests.conftest import write


def _mawlamyine(engine: Engine):
    with transaction(engine) as session:
        place = resolve_place(session, atlas.gazetteer(), "Mawlamyine")
        subjects = facts_for_place(session, place)
    return next(s for s in subjects if s.key == "mawlamyine-safe-city")


def test_mawlamyine_facts_trace_to_quotes_and_are_unverified(myanmar: Engine) -> None:
    subject = _mawlamyine(myanmar)
    count = subject.fact("camera_count").values
    assert len(count) == 1
    assert (count[0].value["min"], count[0].value["max"]) == (201, None)
    assert count[0].claims[0]["quote"] == "There are already over 200 Dahua cameras there."

    suppliers = subject.fact("hardware_supplier").values
    assert [v.display for v in suppliers] == ["Zhejiang Dahua Technology"]
    capability = subject.fact("capability").values
    assert [v.value["term"] for v in capability] == ["face_recognition"]
    assert subject.fact("status").values[0].value["term"] == "installing"

    # The report and its rewrite are one origin, and Reuters could not verify: nothing more.
    every_value = [v for fact in subject.facts for v in fact.values]
    assert {v.verification for v in every_value} == {"unverified"}
    assert all(v.origins == 1 for v in every_value)


def test_confidential_informants_appear_only_by_alias(myanmar: Engine) -> None:
    with transaction(myanmar) as session:
        programme = facts_for_subjects(
            session, [(SubjectKind.deployment, "mm-safe-city-programme")]
        )[0]
    speakers = [
        c["attributed_to"]
        for fact in programme.facts
        for value in fact.values
        for c in value.claims
        if c["attributed_to"] and c["attributed_to"]["kind"] == "source"
    ]
    assert speakers, "the informants should be named as the speakers of the claims"
    for speaker in speakers:
        assert speaker["name"] == "three people with direct knowledge of the matter, unnamed"
        assert speaker["ref"].startswith("confidential-")
        assert "reuters-2022-07-informants" not in str(speaker)


def test_hikvision_denial_disputes_the_supplier_fact(myanmar: Engine) -> None:
    with transaction(myanmar) as session:
        programme = facts_for_subjects(
            session, [(SubjectKind.deployment, "mm-safe-city-programme")]
        )[0]
    suppliers = {v.value["key"]: v for v in programme.fact("hardware_supplier").values}
    assert suppliers["hikvision"].verification == "disputed"
    assert {c["stance"] for c in suppliers["hikvision"].claims} == {"asserts", "denies"}
    # "Did not respond" is not a denial: Dahua stays unverified, with its no-comment listed.
    assert suppliers["dahua"].verification == "unverified"
    assert "declines_to_comment" in {c["stance"] for c in suppliers["dahua"].claims}


def test_conflicting_ticker_is_flagged_not_merged(myanmar: Engine) -> None:
    with transaction(myanmar) as session:
        hikvision, dahua = facts_for_subjects(
            session,
            [(SubjectKind.organisation, "hikvision"), (SubjectKind.organisation, "dahua")],
        )
    tickers = {v.value["value"]: v for v in hikvision.fact("identifier").values}
    assert set(tickers) == {"002415.SZ", "002236.SZ"}
    assert all(v.conflicting and v.verification == "disputed" for v in tickers.values())
    assert any("conflicting identifiers" in f for f in hikvision.flags)
    assert any(
        "002236.SZ is also claimed for Zhejiang Dahua Technology" in f for f in hikvision.flags
    )
    assert dahua.fact("identifier").values[0].verification == "verified"


EXTRA = """
format: countersight-case/1
title: test additions
recorded_by: tester
review: accepted
sources:
  - key: {key}
    kind: {kind}
    outlet: {outlet}
    primary_evidence: {primary}
    {derived}
claims:
  - source: {key}
    subject: deployment/mawlamyine-safe-city
    predicate: camera_count
    value: {count}
    quote: "{quote}"
"""


def _add(engine: Engine, tmp: Path, name: str, **fields: str) -> None:
    defaults = {
        "kind": "news_article",
        "outlet": name,
        "primary": "false",
        "derived": "",
        "count": "335",
        "quote": "335 cameras",
    }
    text = EXTRA.format(key=name, **{**defaults, **fields})
    atlas.load_files(engine, [write(tmp / f"{name}.yaml", text)])


def test_copies_do_not_corroborate_but_independent_origins_do(myanmar: Engine, tmp_path) -> None:
    _add(
        myanmar,
        tmp_path,
        "copy-one",
        derived="derived_from: rewrite-2022-07",
        count="over 200",
        quote="over 200 cameras",
    )
    count = _mawlamyine(myanmar).fact("camera_count").values[0]
    assert (count.verification, count.origins) == ("unverified", 1)

    _add(myanmar, tmp_path, "independent", count="over 200", quote="more than 200 cameras")
    count = _mawlamyine(myanmar).fact("camera_count").values[0]
    assert (count.verification, count.origins) == ("corroborated", 2)


def test_compatible_counts_stand_together_and_incompatible_ones_conflict(
    myanmar: Engine, tmp_path: Path
) -> None:
    _add(
        myanmar,
        tmp_path,
        "tender-doc",
        kind="tender",
        primary="true",
        count="335",
        quote="supply of 335 cameras",
    )
    values = {v.display: v for v in _mawlamyine(myanmar).fact("camera_count").values}
    assert values["335"].verification == "verified"  # 335 fits "over 200": no conflict
    assert not any(v.conflicting for v in values.values())

    _add(myanmar, tmp_path, "low-count", count="fewer than 50", quote="fewer than 50 cameras")
    fact = _mawlamyine(myanmar).fact("camera_count")
    assert fact.conflict
    assert {v.verification for v in fact.values} == {"disputed"}
    assert len(fact.values) == 3  # side by side, never merged
