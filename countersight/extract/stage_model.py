"""A learned second opinion on a project's stage, for documents where the rules read none.

A stage is told in as many ways as there are writers: "all twelve were switched on and
recording when the reporter passed them", "the little red lights have been on every night",
"work has stood still since May", "our teams are putting up the poles right now". The hand
rules read the phrasings earlier documents used and miss the next one. Every asserting sentence
is described by its word stems and stem pairs ("switch on" is not "switch off"), where it sits
and what the rules found in it; one logistic regression per status scores it. When the rules
give a document no stage, the model gives it the stage of the sentence it is surest of, if it
is sure enough. It never replaces a stage the rules read, and reads asserting sentences without
a negation only, so a denial, a question or "not working" never becomes a stage. (The same
reader for capabilities was measured and left out: held out, half of what it added was wrong;
bench/README.md, session 15.) Trained with the other reader models by
`tools/train_reader_models.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from countersight.evidence.values import TermValue
from countersight.extract.learned import (
    LinearScorer,
    plainly_asserting,
    sentence_features,
    with_model_claim,
)
from countersight.extract.suggestion import Suggestion

if TYPE_CHECKING:
    from countersight.extract.suggest import Reading

MODEL_FORMAT = "countersight-stage-model/1"


@dataclass
class SentenceCandidate:
    """One asserting sentence, described for the model."""

    read: Any
    features: dict[str, float]


def sentence_candidates(reading: Reading) -> list[SentenceCandidate]:
    """Every asserting sentence of the document without a negation, with its features."""
    return [
        SentenceCandidate(read, sentence_features(reading, index))
        for index, read in enumerate(reading.reads)
        if plainly_asserting(reading, read)
    ]


@dataclass(frozen=True)
class StageModel:
    """One scorer per status, and how sure it must be to add a stage."""

    scorers: dict[str, LinearScorer]
    add_above: float

    @staticmethod
    @cache
    def shipped() -> StageModel:
        """The model trained on the labelled sets, shipped as `stage_model.json`."""
        raw = resources.files("countersight.extract").joinpath("stage_model.json").read_text()
        return StageModel.from_json(json.loads(raw))

    @staticmethod
    def from_json(data: dict[str, Any]) -> StageModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"stage model: expected format {MODEL_FORMAT!r}")
        scorers = {status: LinearScorer.from_json(w) for status, w in data["scorers"].items()}
        return StageModel(scorers, float(data["add_above"]))

    def revise(self, reading: Reading, suggestions: list[Suggestion]) -> list[Suggestion]:
        """The suggestions, and the stage the model is surest of when they hold none."""
        if any(s.predicate == "status" for s in suggestions):
            return suggestions  # a stage the rules read, even one they read as denied
        scored = (
            (scorer.probability(candidate.features), status, candidate)
            for candidate in sentence_candidates(reading)
            for status, scorer in self.scorers.items()
        )
        probability, status, best = max(scored, key=lambda item: item[0], default=(0.0, "", None))
        if best is None or probability < self.add_above:
            return suggestions
        sentence = best.read.sentence
        value = TermValue(kind="term", term=status)
        return with_model_claim(
            suggestions, best.read, "status", value, sentence.start, sentence.text
        )
