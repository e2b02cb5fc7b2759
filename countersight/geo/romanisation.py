"""One key for the many Latin spellings of a Burmese place name.

Burmese has no single romanisation: the same town is "Gyogon" in one paper and "Kyo Kone" in
GeoNames, "Phaunggyi" and "Hpaung Gyi", "Ywama" and "Ywar Ma", "Hlaingthaya" and "Hlaing Thar
Yar". The spellings differ in a few regular ways: spaces between syllables, the h of an
aspirate written before or after its consonant (hp/ph, hk/kh), voicing that Burmese leaves to
the neighbouring sound (k/g, p/b, t/d, s/z), and English habits for long vowels ("ar", "ee",
"one", "ay"). The key folds exactly those, and nothing else: aspiration itself is kept, since it
tells names apart that voicing would merge (Bagan is not Hpakant).
"""

from __future__ import annotations

import re
from functools import lru_cache

from countersight.geo.gazetteer import latin_key

_NOT_LETTER = re.compile(r"[^a-z]")
# Applied in order; "ng" is set aside first so its g is not read as a voiced k.
_FOLDS = (
    (re.compile(r"ng"), "N"),
    (re.compile(r"hp|ph"), "P"),
    (re.compile(r"ht"), "T"),
    (re.compile(r"hk|kh"), "K"),
    (re.compile(r"th"), "θ"),
    (re.compile(r"gy|j"), "ky"),
    (re.compile(r"ee|ea"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"oe"), "o"),
    (re.compile(r"one(?![aeiou])"), "on"),
    (re.compile(r"ar(?![aeiou])"), "a"),
    (re.compile(r"ay(?![aeiou])"), "e"),
    (re.compile(r"g"), "k"),
    (re.compile(r"b"), "p"),
    (re.compile(r"d"), "t"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """The key two Latin spellings of one Burmese name share ("Gyogon" and "Kyo Kone")."""
    key = _NOT_LETTER.sub("", latin_key(name))
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return key
