"""Property tests of fact derivation over random claims in a real database."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from countersight.evidence.facts import facts_for_subjects
from countersight.evidence.vocabulary import SubjectKind
from countersight.store.database import transaction
from countersight.store.models import Claim, Deployment, Source

claim_specs = st.lists(
    st.tuples(
        st.integers(0, 3),  # which source
        st.sampled_from(["camera_count", "status", "capability"]),
        st.integers(0, 2),  # which value
        st.sampled_from(["asserts", "denies", "declines_to_comment"]),
        st.sampled_from(["accepted", "suggested", "rejected"]),
    ),
    min_size=1,
    max_size=12,
)
derivations = st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=4, max_size=4)

VALUES = {
    "camera_count": [
        {"kind": "count", "min": 10, "max": 20, "text": "10-20"},
        {"kind": "count", "min": 15, "max": None, "text": "at least 15"},
        {"kind": "count", "min": 500, "max": 600, "text": "500-600"},
    ],
    "status": [{"kind": "term", "term": t} for t in ("planned", "installing", "operational")],
    "capability": [
        {"kind": "term", "term": t} for t in ("face_recognition", "plate_recognition", "ptz")
    ],
}


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    specs=claim_specs, derived=derivations, primary=st.lists(st.booleans(), min_size=4, max_size=4)
)
def test_facts_account_for_exactly_the_accepted_claims(
    engine: Engine, specs: list, derived: list, primary: list
) -> None:
    tag = uuid.uuid4().hex[:10]
    with transaction(engine, "prop") as session:
        session.add(Deployment(key=f"d-{tag}", name="random deployment"))
        sources = [
            Source(
                key=f"s{i}-{tag}",
                kind="news_article",
                outlet=f"outlet {i}",
                primary_evidence=primary[i],
            )
            for i in range(4)
        ]
        session.add_all(sources)
        session.flush()
        for i, parent in enumerate(derived):
            if parent is not None and parent != i:
                sources[i].derived_from_id = sources[parent].id
        accepted = []
        for n, (src, predicate, value, stance, state) in enumerate(specs):
            claim = Claim(
                key=f"c{n}-{tag}",
                source_id=sources[src].id,
                subject_kind="deployment",
                subject_key=f"d-{tag}",
                predicate=predicate,
                value=VALUES[predicate][value],
                quote=f"quote {n}",
                stance=stance,
                recorded_by="prop",
                review_state=state,
            )
            session.add(claim)
            session.flush()
            if state == "accepted":
                accepted.append(claim.public_ref)
    with transaction(engine) as session:
        subject = facts_for_subjects(session, [(SubjectKind.deployment, f"d-{tag}")])[0]

    shown = [c["ref"] for fact in subject.facts for v in fact.values for c in v.claims]
    assert sorted(shown) == sorted(accepted)  # each accepted claim once; nothing else

    for fact in subject.facts:
        for value in fact.values:
            stances = {c["stance"] for c in value.claims}
            asserting = [c for c in value.claims if c["stance"] == "asserts"]
            assert value.origins <= len({c["source"]["ref"] for c in asserting})
            if "denies" in stances or value.conflicting:
                assert value.verification == "disputed"
            elif value.verification == "corroborated":
                assert value.origins >= 2
            elif value.verification == "verified":
                assert any(c["source"]["primary_evidence"] for c in asserting)
            if fact.predicate == "capability":  # multi-valued: never in conflict
                assert not value.conflicting
