"""The pieces of a learned model the reader can run without a machine-learning library:
words, word stems, which sentences a model may read, and a logistic scorer.

Models are trained by `tools/train_reader_models.py` (scikit-learn, a test-only dependency) and
shipped as JSON weights; reading a document needs only a sparse dot product.
"""

from __future__ import annotations

import itertools
import math
import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from countersight.evidence.vocabulary import Stance
from countersight.extract.rules import HEARSAY, HEDGE

if TYPE_CHECKING:
    import icu

STEM = 5  # letters of a word kept: its family ("supplied", "supplier"), not its ending
_ICU_LOCK = threading.Lock()  # a BreakIterator keeps state between calls


@cache
def _word_breaker() -> icu.BreakIterator:
    import icu

    # ICU's dictionary segmentation also splits Burmese, which writes no spaces between words.
    return icu.BreakIterator.createWordInstance(icu.Locale.getRoot())


def words(text: str) -> list[str]:
    """The words of a text, case-folded, without spaces and punctuation."""
    with _ICU_LOCK:
        breaker = _word_breaker()
        breaker.setText(text)
        bounds = [0, *breaker]
    pieces = (text[a:b] for a, b in itertools.pairwise(bounds))
    return [w.casefold() for w in pieces if any(c.isalnum() for c in w)]


def stems(text: str) -> list[str]:
    return [w[:STEM] for w in words(text)]


def asserting(read: Any) -> bool:
    """A sentence that states something in its own or a source's voice, not a question,
    a hedge, a rumour or a complaint's allegation, a denial or a refusal: the only sentences a
    model may read a claim from."""
    text = read.sentence.text
    return (
        read.voice.stance is Stance.asserts
        and not HEDGE.search(text)
        and not HEARSAY.search(text)
        and not text.rstrip(" \"'”’)").endswith("?")
    )


@dataclass(frozen=True)
class LinearScorer:
    """One label's logistic regression: a bias and sparse weights."""

    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) * x for f, x in features.items())
        return 1.0 / (1.0 + math.exp(-score))

    @staticmethod
    def from_json(data: dict[str, Any]) -> LinearScorer:
        return LinearScorer(float(data["bias"]), dict(data["weights"]))
