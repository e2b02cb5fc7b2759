"""Reading reported counts into ranges: the wording sets the bounds, never more precision."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from countersight.evidence.counts import CountError, CountRange, parse_count


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("over 200", 201, None),
        ("more than 200", 201, None),
        ("at least five", 5, None),
        ("hundreds", 200, 999),
        ("335", 335, 335),
        ("1,200", 1200, 1200),
        ("two hundred and five", 205, 205),
        ("twenty-one", 21, 21),
        ("a dozen", 12, 12),
        ("dozens", 24, 99),
        ("up to 50", 0, 50),
        ("fewer than 50", 0, 49),
        ("not fewer than 45", 45, None),  # a tender's minimum, not a maximum
        ("not more than 30", 0, 30),
        ("100-150", 100, 150),
        ("between 10 and 20", 10, 20),
        ("about 100", 90, 110),
        ("nearly 300", 270, 299),
        ("10+", 10, None),
        ("Over 200 cameras", 201, None),
        ("၃၃၅", 335, 335),  # Burmese digits
        ("2 million", 2_000_000, 2_000_000),
    ],
)
def test_reported_counts(text: str, low: int, high: int | None) -> None:
    assert parse_count(text) == CountRange(low, high)


@pytest.mark.parametrize("text", ["several", "many", "", "some cameras", "a few", "lots"])
def test_vague_words_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(CountError, match="expected a number such as"):
        parse_count(text)


counts = st.integers(min_value=0, max_value=10**9)


@given(counts)
def test_plain_numbers_are_exact(n: int) -> None:
    assert parse_count(str(n)) == CountRange(n, n)
    assert parse_count(f"{n:,}") == CountRange(n, n)


@given(counts)
def test_over_n_excludes_n(n: int) -> None:
    rng = parse_count(f"over {n}")
    assert rng.minimum == n + 1 and rng.maximum is None
    assert not rng.overlaps(CountRange(n, n))


@given(counts)
def test_at_least_n_includes_n(n: int) -> None:
    assert parse_count(f"at least {n}") == CountRange(n, None)


@given(counts, counts)
def test_spans_are_ordered_whichever_way_written(a: int, b: int) -> None:
    assert parse_count(f"{a}-{b}") == CountRange(min(a, b), max(a, b))


@given(counts.filter(lambda n: n > 0))
def test_about_n_contains_n(n: int) -> None:
    rng = parse_count(f"about {n}")
    assert rng.minimum <= n <= rng.maximum


@given(counts, counts, counts)
def test_overlap_is_symmetric_and_matches_a_witness(a: int, b: int, c: int) -> None:
    first, second = CountRange(min(a, b), max(a, b)), CountRange(c, None)
    assert first.overlaps(second) == second.overlaps(first)
    assert first.overlaps(second) == (max(a, b) >= c)
