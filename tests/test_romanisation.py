"""Spellings of one Burmese name meet on one key; different names stay apart."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from countersight.geo.romanisation import spelling_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Gyogon", "Kyo Kone"),  # voicing, spacing, "one"
        ("Phaunggyi", "Hpaung Gyi"),  # where the h of an aspirate is written
        ("Ywama", "Ywar Ma"),  # "ar" for a long a
        ("Hlaingthaya", "Hlaing Thar Yar"),
        ("Mibya", "Mee Pya"),  # "ee", and b for p after a vowel
        ("Zaygon", "Zay Kone"),
        ("Kalay", "Kale"),
        ("THANLYIN", "Than-lyin"),
    ],
)
def test_spellings_of_one_name_meet(one: str, other: str) -> None:
    assert spelling_key(one) == spelling_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bagan", "Hpakant"),  # aspiration tells them apart
        ("Taungoo", "Tanggu"),
        ("Thanlyin", "Thanhlyin"),
        ("Sagaing", "Shwegyin"),
    ],
)
def test_different_names_stay_apart(one: str, other: str) -> None:
    assert spelling_key(one) != spelling_key(other)


syllables = st.lists(
    st.sampled_from(["Hpa", "Gyi", "Kone", "Ywar", "Ma", "Thar", "Yar", "Aung", "Myin", "Taw"]),
    min_size=1,
    max_size=4,
)


@given(syllables, st.sampled_from([" ", "-", "", "  "]), st.booleans())
def test_spacing_and_case_never_change_the_key(parts: list[str], joiner: str, upper: bool) -> None:
    written = joiner.join(parts)
    assert spelling_key(written.upper() if upper else written) == spelling_key("".join(parts))
