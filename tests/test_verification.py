"""Verification rules: independence of origins, primary evidence and disputes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from countersight.evidence.verification import Evidence, assess, independent_origins, origin_of
from countersight.evidence.vocabulary import Stance, Verification

stances = st.sampled_from(list(Stance))
evidence = st.builds(
    Evidence,
    origins=st.frozensets(st.integers(1, 6), min_size=1, max_size=2),
    stance=stances,
    primary=st.booleans(),
)


def ev(*origins: int, stance: Stance = Stance.asserts, primary: bool = False) -> Evidence:
    return Evidence(frozenset(origins), stance, primary)


def test_a_republished_story_is_one_origin() -> None:
    derived = {1: None, 2: 1, 3: 2}  # a wire story, a copy of it, a copy of the copy
    assert {origin_of(s, derived) for s in derived} == {1}
    result = assess([ev(origin_of(s, derived)) for s in derived])
    assert (result.verification, result.origins) == (Verification.unverified, 1)


def test_two_independent_origins_corroborate() -> None:
    result = assess([ev(1), ev(2)])
    assert (result.verification, result.origins) == (Verification.corroborated, 2)


def test_primary_evidence_verifies_and_a_denial_disputes() -> None:
    assert assess([ev(1, primary=True)]).verification == "verified"
    disputed = assess([ev(1, primary=True), ev(2, stance=Stance.denies)])
    assert disputed.verification == "disputed"


def test_outlets_relaying_one_informant_are_one_origin() -> None:
    informant = 9
    assert assess([ev(1, informant), ev(2, informant)]).origins == 1
    assert assess([ev(1, informant), ev(2, informant), ev(3)]).verification == "corroborated"


def test_no_comment_is_not_a_denial() -> None:
    result = assess([ev(1), ev(2, stance=Stance.declines)])
    assert result.verification == "unverified"


@given(
    st.dictionaries(st.integers(1, 30), st.one_of(st.none(), st.integers(1, 30))),
    st.integers(1, 30),
)
def test_origin_is_stable_and_is_a_fixed_point(derived: dict, source: int) -> None:
    origin = origin_of(source, derived)
    assert origin_of(origin, derived) == origin or origin in _cycle_members(derived, origin)


def _cycle_members(derived: dict, start: int) -> set[int]:
    seen, current = [], start
    while current is not None and current not in seen:
        seen.append(current)
        current = derived.get(current)
    return set(seen)


def test_evidence_that_two_reports_share_a_source_lowers_their_corroboration() -> None:
    # Two reports seemed independent, until a third shows the first relays the second's
    # informant: they are one origin, and the map must not claim two.
    assert assess([ev(1), ev(2)]).verification == "corroborated"
    assert assess([ev(1), ev(2), ev(1, 2)]).verification == "unverified"


@given(st.lists(evidence, max_size=8), evidence)
def test_more_evidence_never_lowers_certainty_unless_it_disputes_or_joins_origins(
    items: list, extra
) -> None:
    order = [Verification.unverified, Verification.corroborated, Verification.verified]
    before, after = assess(items), assess([*items, extra])
    asserting = [e for e in items if e.stance == Stance.asserts]
    # An item relaying two origins at once shows they share a source: fewer origins, rightly.
    joins = extra.stance == Stance.asserts and independent_origins(
        [*asserting, extra]
    ) < independent_origins(asserting)
    if after.verification == Verification.disputed:
        assert extra.stance == Stance.denies or before.verification == Verification.disputed
    elif before.verification != Verification.disputed and not joins:
        assert order.index(after.verification) >= order.index(before.verification)


@given(st.lists(evidence, min_size=1, max_size=8), st.integers(1, 6))
def test_copies_of_an_origin_add_nothing(items: list, origin: int) -> None:
    copies = [ev(origin)] * 3
    assert assess([*items, *copies]).origins == assess([*items, copies[0]]).origins
