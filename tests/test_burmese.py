"""Tests for Zawgyi detection and conversion to Unicode Burmese."""

from __future__ import annotations

import unicodedata

import icu
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.geo.burmese import (
    has_myanmar_script,
    is_zawgyi,
    to_unicode,
    zawgyi_probability,
)

MAWLAMYINE_UNICODE = "မော်လမြိုင်"
MAWLAMYINE_ZAWGYI = "ေမာ္လၿမိဳင္"

# Well-formed Unicode Burmese: place names and words a surveillance record uses
# (camera, monitoring, security, "safe city").
UNICODE_WORDS = [
    "မြန်မာ",
    "ရန်ကုန်",
    "မန္တလေး",
    "ကင်မရာ",
    "စောင့်ကြည့်",
    "လုံခြုံရေး",
    "မြို့",
    "ပြည်နယ်",
    "တိုင်းဒေသကြီး",
    "မော်လမြိုင်",
    "နေပြည်တော်",
    "ဘေးကင်းလုံခြုံသောမြို့",
    "ထားဝယ်",
    "မြစ်ကြီးနား",
    "လားရှိုး",
    "တောင်ကြီး",
    "ကျောက်ဖြူ",
    "မြိတ်",
    "စစ်တွေ",
    "ပုသိမ်",
    "မုံရွာ",
]

burmese_words = st.lists(st.sampled_from(UNICODE_WORDS), min_size=1, max_size=6)
unicode_burmese = burmese_words.flatmap(
    lambda words: st.sampled_from([" ", "", "၊ "]).map(lambda sep: sep.join(words))
)
# Zawgyi writes a medial ra before its consonant, so words run together without a space are
# ambiguous in Zawgyi itself; the round trip is only promised for separated words.
spaced_burmese = burmese_words.map(" ".join)


def _unicode_to_zawgyi(text: str) -> str:
    return icu.Transliterator.createInstance("my-Zawgyi").transliterate(text)


def test_zawgyi_sample_is_detected_and_converted() -> None:
    assert is_zawgyi(MAWLAMYINE_ZAWGYI)
    assert zawgyi_probability(MAWLAMYINE_ZAWGYI) > 0.99
    assert to_unicode(MAWLAMYINE_ZAWGYI) == MAWLAMYINE_UNICODE


def test_unicode_burmese_is_left_alone() -> None:
    assert not is_zawgyi(MAWLAMYINE_UNICODE)
    assert zawgyi_probability(MAWLAMYINE_UNICODE) < 0.01
    assert to_unicode(MAWLAMYINE_UNICODE) == MAWLAMYINE_UNICODE


@pytest.mark.parametrize("text", ["", "Mawlamyine", "CCTV 2023", "Café"])
def test_text_without_burmese_scores_zero(text: str) -> None:
    assert zawgyi_probability(text) == 0.0
    assert not is_zawgyi(text)


def test_non_burmese_text_is_only_nfc_normalised() -> None:
    decomposed = "Cafe\u0301 Mawlamyine"
    assert to_unicode(decomposed) == "Café Mawlamyine"


def test_threshold_is_respected() -> None:
    probability = zawgyi_probability(MAWLAMYINE_ZAWGYI)
    assert not is_zawgyi(MAWLAMYINE_ZAWGYI, threshold=1.0)
    assert is_zawgyi(MAWLAMYINE_ZAWGYI, threshold=probability / 2)
    assert to_unicode(MAWLAMYINE_ZAWGYI, threshold=1.0) == MAWLAMYINE_ZAWGYI


def test_mixed_sentence_is_converted_whole() -> None:
    zawgyi = "CCTV ကင္မရာ " + MAWLAMYINE_ZAWGYI
    assert to_unicode(zawgyi) == "CCTV ကင်မရာ " + MAWLAMYINE_UNICODE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MAWLAMYINE_UNICODE, True),
        (MAWLAMYINE_ZAWGYI, True),
        ("Mon State ပြည်နယ်", True),
        ("ꩠ", True),  # Myanmar Extended-A (Khamti Shan)
        ("Mawlamyine", False),
        ("มะริด", False),  # Thai
        ("", False),
    ],
)
def test_has_myanmar_script(text: str, expected: bool) -> None:
    assert has_myanmar_script(text) is expected


@given(unicode_burmese)
@settings(max_examples=200, deadline=None)
def test_to_unicode_is_identity_and_idempotent_on_unicode_burmese(text: str) -> None:
    assert to_unicode(text) == unicodedata.normalize("NFC", text)
    assert to_unicode(to_unicode(text)) == to_unicode(text)


@given(spaced_burmese)
@settings(max_examples=200, deadline=None)
def test_zawgyi_round_trip(text: str) -> None:
    assert to_unicode(_unicode_to_zawgyi(text)) == text


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_probability_is_a_probability_for_any_text(text: str) -> None:
    probability = zawgyi_probability(text)
    assert 0.0 <= probability <= 1.0
    assert isinstance(to_unicode(text), str)


@given(st.text(alphabet=st.characters(min_codepoint=0x1000, max_codepoint=0x109F)))
@settings(max_examples=300, deadline=None)
def test_random_burmese_code_points_never_raise(text: str) -> None:
    result = to_unicode(text)
    assert result == unicodedata.normalize("NFC", result)


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"], max_codepoint=0x0FFF)))
@settings(max_examples=200, deadline=None)
def test_text_without_myanmar_block_passes_through(text: str) -> None:
    assert to_unicode(text) == unicodedata.normalize("NFC", text)


def test_zawgyi_with_unicode_asat_after_the_dot_below_reads_as_written() -> None:
    # "စောင့်ကြည့်ကင်မရာ" (surveillance camera) as some converters write Zawgyi: the
    # Unicode asat U+103A after the dot below, where Zawgyi's own asat is U+1039.
    proper = _unicode_to_zawgyi("ကျိုက်လတ်မြို့တွင် စောင့်ကြည့်ကင်မရာ ၅၅ လုံး တပ်ဆင်မည်")
    mixed = proper.replace("\u1039\u1037", "\u1037\u103a")
    assert mixed != proper and is_zawgyi(mixed)
    assert to_unicode(mixed) == to_unicode(proper)
    assert "စောင့်ကြည့်ကင်မရာ" in to_unicode(mixed)


def test_unicode_the_detector_scores_as_zawgyi_is_left_alone() -> None:
    # myanmartools scores a repeated Unicode name as Zawgyi (0.97 here); nothing in it is
    # written the way only Zawgyi writes, so it must not be "converted" and corrupted.
    text = "မုံရွာ" * 6
    assert zawgyi_probability(text) > 0.9
    assert not is_zawgyi(text)
    assert to_unicode(text) == text
