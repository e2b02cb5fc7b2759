"""Detect Zawgyi-encoded Burmese and convert it to standard Unicode Burmese."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import icu
    from myanmartools import ZawgyiDetector

__all__ = [
    "DEFAULT_THRESHOLD",
    "has_myanmar_script",
    "is_zawgyi",
    "to_unicode",
    "zawgyi_probability",
]

DEFAULT_THRESHOLD = 0.95
"""Probability above which text is treated as Zawgyi (the myanmartools recommendation)."""

# Myanmar (U+1000–109F), Myanmar Extended-A (U+AA60–AA7F) and Extended-B (U+A9E0–A9FF).
_MYANMAR_CHAR = re.compile("[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]")

# ICU's Transliterator is not documented as thread-safe, so conversions are serialised.
_TRANSLIT_LOCK = threading.Lock()
# What Burmese in Unicode never has: the vowel sign e (U+1031) or Zawgyi's medial ra (U+103B)
# before its consonant, a killer (U+1039) that stacks no consonant or sits under a letter that
# never stacks (Zawgyi's asat), the anusvara before the vowel u, Zawgyi's own letter forms.
_ZAWGYI_SIGN = re.compile(
    "(?:^|[^\u1000-\u1021\u103b-\u103e])\u1031|(?:^|[^\u1000-\u1021])\u103b"
    "|\u1039(?![\u1000-\u1021])|[\u1004\u101a\u101b\u101d\u101f\u1021]\u1039|\u1036\u102f"
    "|[\u1060-\u1097]"
)
_UNICODE_ASAT_IN_ZAWGYI = re.compile("\u1037\u103a")


def has_myanmar_script(text: str) -> bool:
    """Tell whether any character is in a Myanmar-script block (Unicode or Zawgyi alike)."""
    return _MYANMAR_CHAR.search(text) is not None


@cache
def _detector() -> ZawgyiDetector:
    # Loading the model costs a few ms; do it once, and only when Burmese text turns up.
    from myanmartools import ZawgyiDetector

    return ZawgyiDetector()


@cache
def _zawgyi_to_unicode() -> icu.Transliterator:
    import icu

    return icu.Transliterator.createInstance("Zawgyi-my")


def zawgyi_probability(text: str) -> float:
    """Estimate how likely `text` is Zawgyi; 0.0 when it holds no Burmese characters at all."""
    if not has_myanmar_script(text):
        return 0.0
    probability = float(_detector().get_zawgyi_probability(text))
    # The detector answers -inf for text it cannot judge; a probability must stay in [0, 1].
    return min(max(probability, 0.0), 1.0)


def is_zawgyi(text: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Tell whether `text` should be converted before it is stored or compared.

    The detector also scores some well-formed Unicode highly (a name repeated, "မုံရွာမုံရွာ…");
    converting that would corrupt it, so a sign only Zawgyi writes must be there too.
    """
    return zawgyi_probability(text) > threshold and _ZAWGYI_SIGN.search(text) is not None


def to_unicode(text: str, threshold: float = DEFAULT_THRESHOLD) -> str:
    """Return `text` as NFC Unicode, converting it first if it looks like Zawgyi.

    Sources in Myanmar still publish in Zawgyi; stored text must be one encoding so that
    search and comparison work. Text without Burmese characters is only NFC-normalised.
    """
    if is_zawgyi(text, threshold):
        # Some converters leave Unicode's asat (U+103A) after a Zawgyi dot below; in Zawgyi
        # that code point is the medial ya, which never follows the dot. Read it as the asat.
        text = _UNICODE_ASAT_IN_ZAWGYI.sub("\u1037\u1039", text)
        with _TRANSLIT_LOCK:
            text = _zawgyi_to_unicode().transliterate(text)
    return unicodedata.normalize("NFC", text)
