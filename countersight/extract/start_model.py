"""A learned second opinion on when a project started, for documents where the rules read none.

The rules take a date for the start only after the words earlier documents used ("since",
"went live in", "began on"); the next writer says "the lights have been on every night since
the first Sunday of June" or "the poles went in the week before Martyrs' Day". Every date the
date finder reads in an asserting sentence is described by the words right before and after
it, the stems of its sentence and how precise it is; one logistic regression scores it. When
the rules give a document no start, the model gives it the date it is surest of, if it is sure
enough. It never replaces a start the rules read. Trained with the other reader models by
`tools/train_reader_models.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from countersight.extract.learned import (
    LinearScorer,
    plainly_asserting,
    sentence_features,
    stems,
    with_model_claim,
)
from countersight.extract.suggestion import Suggestion
from countersight.extract.values import Found, find_dates

if TYPE_CHECKING:
    from countersight.extract.suggest import Reading

MODEL_FORMAT = "countersight-start-model/1"
_WINDOW = 4  # words either side of a date that say what happened then


@dataclass
class DateCandidate:
    """One date in an asserting sentence, described for the model."""

    read: Any
    found: Found  # offsets within the sentence
    features: dict[str, float]


def date_candidates(reading: Reading) -> list[DateCandidate]:
    """Every date the date finder reads in the document's asserting sentences."""
    candidates = []
    for index, read in enumerate(reading.reads):
        dates = (
            find_dates(read.sentence.text, reading.published)
            if plainly_asserting(reading, read)
            else ()
        )
        if not dates:
            continue
        text = read.sentence.text
        in_sentence = sentence_features(reading, index)
        for found in dates:
            features = dict(in_sentence)
            for stem in stems(text[: found.start])[-_WINDOW:]:
                features[f"b:{stem}"] = 1.0
            for stem in stems(text[found.end :])[:_WINDOW]:
                features[f"a:{stem}"] = 1.0
            value = found.value
            exact = value.earliest == value.latest  # type: ignore[union-attr]
            features["day" if exact else "span"] = 1.0
            if found.bare_month:
                features["bare-month"] = 1.0
            candidates.append(DateCandidate(read, found, features))
    return candidates


@dataclass(frozen=True)
class StartModel:
    """One scorer, and how sure it must be to add a start."""

    scorer: LinearScorer | None
    add_above: float

    @staticmethod
    @cache
    def shipped() -> StartModel:
        """The model trained on the labelled sets, shipped as `start_model.json`."""
        raw = resources.files("countersight.extract").joinpath("start_model.json").read_text()
        return StartModel.from_json(json.loads(raw))

    @staticmethod
    def from_json(data: dict[str, Any]) -> StartModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"start model: expected format {MODEL_FORMAT!r}")
        return StartModel(LinearScorer.from_json(data["scorer"]), float(data["add_above"]))

    def revise(self, reading: Reading, suggestions: list[Suggestion]) -> list[Suggestion]:
        """The suggestions, and the start the model is surest of when they hold none."""
        if self.scorer is None or any(s.predicate == "started" for s in suggestions):
            return suggestions
        scored = [(self.scorer.probability(c.features), c) for c in date_candidates(reading)]
        probability, best = max(scored, key=lambda item: item[0], default=(0.0, None))
        if best is None or probability < self.add_above:
            return suggestions
        at = best.read.sentence.start + best.found.start
        quote = reading.text[at : best.read.sentence.start + best.found.end]
        return with_model_claim(suggestions, best.read, "started", best.found.value, at, quote)
