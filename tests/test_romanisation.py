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


aspirates = st.lists(st.sampled_from(["hpa", "hta", "hka", "gyi", "kyi", "ma", "lin"]), min_size=1)


@given(aspirates, st.booleans())
def test_where_the_h_of_an_aspirate_stands_never_changes_the_key(
    parts: list[str], upper: bool
) -> None:
    moved = [p.replace("hp", "ph").replace("hk", "kh") for p in parts]
    written = " ".join(moved).title() if upper else "".join(moved)
    assert spelling_key(written) == spelling_key("".join(parts))


def test_aspiration_itself_is_kept() -> None:
    assert spelling_key("Hpa") != spelling_key("Pa") == spelling_key("Ba")
    assert spelling_key("Hta") != spelling_key("Ta")
