"""How likely a suggestion is to be what a careful researcher would record, and a cut below it.

On documents nobody tuned the rules on, about a third of what they suggest is wrong: a part of a
total taken for the count, a fee for the cost, a town named in passing for the project's place,
a distractor's cameras. One logistic regression looks at each suggestion with what produced it
(rule, predicate, stance, who speaks), where it sits (the document's main place, a place within
it or another, how many places the document names) and the word stems of its sentence, and says
how likely it is to be right. Suggestions below the cut are not queued: in leave-one-set-out
cross-validation the cut raised precision on the hardest sets by 0.04–0.11 for a loss in recall
of at most 0.07 (bench/README.md). Trained with the role model by `tools/train_reader_models.py`.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from countersight.extract.learned import LinearScorer, stems
from countersight.extract.suggestion import Suggestion

if TYPE_CHECKING:
    from countersight.extract.suggest import Reading

MODEL_FORMAT = "countersight-confidence-model/1"
# Who made the cameras is the claim the rules read best (precision 0.94 over the seen sets, 11 of
# 12 on the last blind set) and the one a reader most needs: "There are already over 200 Dahua
# cameras there" in the sample report scored 0.26 on stems the model learnt from digressions.
# Leaving it uncut costs half a point of cross-validated precision (bench/README.md).
_NEVER_CUT = frozenset({"hardware_supplier"})


def suggestion_features(reading: Reading, suggestions: list[Suggestion]) -> list[dict[str, float]]:
    """One feature row per suggestion, in the order given."""
    places = Counter(s.place for s in suggestions)
    main = places.most_common(1)[0][0] if places else ""
    starts = [r.sentence.start for r in reading.reads]
    rows = []
    for s in suggestions:
        read = _sentence_at(reading, starts, s.start)
        row = {
            f"rule:{s.rule}": 1.0,
            f"predicate:{s.predicate}": 1.0,
            f"stance:{s.stance.value}": 1.0,
            f"speaker:{s.speaker.split(':')[0]}": 1.0,
            f"places:{min(len(places), 4)}": 1.0,
        }
        if s.place == main:
            row["main-place"] = 1.0
        elif _inside(reading, s.place, main):
            row["inside-main-place"] = 1.0
        for stem in set(stems(read.sentence.text if read is not None else s.quote)):
            row[f"w:{stem}"] = 1.0
        rows.append(row)
    return rows


def _inside(reading: Reading, place: str, main: str) -> bool:
    """Whether a place lies within the main one (a town within the country or region the
    document is mostly about), which makes it a part of the story rather than a digression."""
    gazetteer = reading.finder.gazetteer
    return place in gazetteer and any(p.key == main for p in gazetteer.ancestors(place))


def _sentence_at(reading: Reading, starts: list[int], offset: int) -> Any:
    index = bisect_right(starts, offset) - 1
    return reading.reads[index] if index >= 0 else None


@dataclass(frozen=True)
class ConfidenceModel:
    """One scorer for every suggestion, and the cut below which a suggestion is not queued."""

    scorer: LinearScorer | None
    keep_above: float

    @staticmethod
    @cache
    def shipped() -> ConfidenceModel:
        """The model trained on the labelled sets, shipped as `confidence_model.json`."""
        raw = resources.files("countersight.extract").joinpath("confidence_model.json")
        return ConfidenceModel.from_json(json.loads(raw.read_text()))

    @staticmethod
    def from_json(data: dict[str, Any]) -> ConfidenceModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"confidence model: expected format {MODEL_FORMAT!r}")
        return ConfidenceModel(LinearScorer.from_json(data["scorer"]), float(data["keep_above"]))

    def keep(self, reading: Reading, suggestions: list[Suggestion]) -> list[Suggestion]:
        """The suggestions likely enough to be right, in their order."""
        if self.scorer is None:
            return suggestions
        rows = suggestion_features(reading, suggestions)
        return [
            s
            for s, row in zip(suggestions, rows, strict=True)
            if s.predicate in _NEVER_CUT or self.scorer.probability(row) >= self.keep_above
        ]
