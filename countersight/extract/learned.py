"""The pieces of a learned model the reader can run without a machine-learning library:
words, word stems, which sentences a model may read and what it knows of them, a logistic
scorer, and how a model's claim joins the rules' suggestions.

Models are trained by `tools/train_reader_models.py` (scikit-learn, a test-only dependency) and
shipped as JSON weights; reading a document needs only a sparse dot product.
"""

from __future__ import annotations

import itertools
import math
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from countersight.evidence.values import ClaimValue
from countersight.evidence.vocabulary import Stance
from countersight.extract.rules import HEARSAY, HEDGE, NEGATION, PRIVATE_OWNER
from countersight.extract.sentences import under_question_label
from countersight.extract.suggestion import Suggestion

if TYPE_CHECKING:
    import icu

    from countersight.extract.suggest import Reading

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
    a hedge, a rumour or a complaint's allegation, a denial or a refusal, nor one about cameras
    a private owner bought for itself: the only sentences a model may read a claim from."""
    text = read.sentence.text
    return (
        read.voice.stance is Stance.asserts
        and not HEDGE.search(text)
        and not HEARSAY.search(text)
        and not PRIVATE_OWNER.search(text)  # cameras a bank bought for itself: no one's system
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


def sentence_features(reading: Reading, index: int) -> dict[str, float]:
    """What the models know of one sentence: its stems and stem pairs, where it stands, and
    what the rules found in it."""
    read = reading.reads[index]
    sentence_stems = stems(read.sentence.text)
    features = {f"w:{stem}": 1.0 for stem in sentence_stems}
    features.update({f"p:{a}_{b}": 1.0 for a, b in itertools.pairwise(sentence_stems)})
    features[f"position:{min(4, 5 * index // max(len(reading.reads), 1))}"] = 1.0
    if read.sentence.paragraph in reading.anchored:
        features["in-camera-paragraph"] = 1.0
    if read.place:
        features["placed"] = 1.0
    for finding in read.findings:
        features[f"finding:{finding.predicate}"] = 1.0
    return features


def plainly_asserting(reading: Reading, read: Any) -> bool:
    """An asserting sentence with no "not", "no" or "never" in it, not under a question's
    label: a model that learned "the cameras are working" must not read "the cameras are not
    working" (the rules weigh each negation where it stands; these models see only words), nor
    a bidder's "Please confirm that the cameras have been recording since 8 June"."""
    return (
        asserting(read)
        and not NEGATION.search(read.sentence.text)
        and not under_question_label(reading.text, read.sentence.start)
    )


def with_model_claim(
    suggestions: list[Suggestion], read: Any, predicate: str, value: ClaimValue, at: int, quote: str
) -> list[Suggestion]:
    """The suggestions and one claim a model adds, quoted from `at`, at its sentence's places or
    else the document's main one, in reading order."""
    added = [
        Suggestion(
            place=place,
            predicate=predicate,
            value=value,
            quote=quote,
            start=at,
            end=at + len(quote),
            stance=Stance.asserts,
            speaker=read.voice.speaker,
            rule=f"model/{predicate}",
        )
        for place in read.place or main_place(suggestions)
    ]
    return sorted(suggestions + added, key=lambda s: (s.start, s.predicate))


def main_place(suggestions: list[Suggestion]) -> tuple[str, ...]:
    """The place most of the document's suggestions are about, if any."""
    places = Counter(s.place for s in suggestions if s.place)
    return (places.most_common(1)[0][0],) if places else ()
