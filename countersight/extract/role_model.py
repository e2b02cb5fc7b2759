"""A learned second opinion on organisations' roles: which firm supplied, procured, installed.

The hand rules read a role only where a sentence says it in a way some earlier writer did; on
documents nobody tuned them on they miss most roles. This model looks at every organisation a
document names, with the words around its mentions and what the rules made of it as features,
and scores each role with one logistic regression per role, trained on the labelled sets
(`tools/train_role_model.py`). It adds a role the rules missed when it is confident. It never
takes away what the rules read: in cross-validation, dropping roles it doubted cost more right
claims than wrong ones. Denials and refusals stay with the rules: a model that learned "supplied"
must not turn "denied having supplied" into an assertion.

Inference is a sparse dot product over the shipped weights (`role_model.json`): no
machine-learning library is needed to read documents, only to train.
"""

from __future__ import annotations

import itertools
import json
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from countersight.evidence.values import ClaimValue, RefValue
from countersight.evidence.vocabulary import Stance
from countersight.extract.organisations import OrgMention
from countersight.extract.rules import HEDGE, org_value, software_value
from countersight.extract.suggestion import Suggestion

if TYPE_CHECKING:
    import icu

    from countersight.extract.suggest import Reading

ROLES = ("hardware_supplier", "software_supplier", "procurer", "installer", "authority")
MODEL_FORMAT = "countersight-role-model/1"
_WINDOW = 8  # words either side of a mention that describe it
_STEM = 5  # letters of a word kept: its family, not its ending
_NEAR = 3  # the closest words, which also count by side ("supplied by X" vs "X supplied")
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


def role_value(role: str, mention: OrgMention) -> ClaimValue:
    """How a role's value is written: software vendors as text, everything else as a reference."""
    return software_value(mention) if role == "software_supplier" else org_value(mention)


def _identity(value: ClaimValue) -> str:
    return value.key if isinstance(value, RefValue) else getattr(value, "text", "")


@dataclass
class Candidate:
    """One organisation a document names, described for the model."""

    mention: OrgMention  # its first mention in an asserting sentence
    features: dict[str, float]
    reads: list[Any]  # the asserting sentences that name it, in document order


def _asserting(read: Any) -> bool:
    """A sentence in the document's own voice, or a source's, that states rather than asks."""
    text = read.sentence.text
    return (
        read.voice.stance is Stance.asserts
        and not HEDGE.search(text)
        and not text.rstrip(" \"'”’)").endswith("?")
    )


def candidates(reading: Reading, suggestions: Iterable[Suggestion]) -> list[Candidate]:
    """Every organisation named in an asserting sentence, with its features."""
    by_rules: dict[str, set[str]] = {}
    for s in suggestions:
        if s.predicate in ROLES:
            by_rules.setdefault(_identity(s.value), set()).add(
                s.predicate if s.stance is Stance.asserts else f"{s.predicate}:{s.stance.value}"
            )
    found: dict[str, Candidate] = {}
    total = max(len(reading.reads), 1)
    for index, read in enumerate(reading.reads):
        if not _asserting(read):
            continue
        for mention in read.orgs:
            if mention.kind in ("outlet", "ngo"):
                continue
            candidate = found.get(mention.key)
            if candidate is None:
                candidate = found[mention.key] = Candidate(mention, _own_features(mention), [])
                candidate.features[f"position:{min(4, 5 * index // total)}"] = 1.0
                for said in by_rules.get(mention.key, ()):
                    candidate.features[f"rule:{said}"] = 1.0
                if mention.key in by_rules:
                    candidate.features["rule:any"] = 1.0
            if read not in candidate.reads:
                candidate.reads.append(read)
            _add_context(candidate.features, reading.text, read, mention)
            if read.sentence.paragraph in reading.anchored:
                candidate.features["in-camera-paragraph"] = 1.0
    for candidate in found.values():
        candidate.features["mentions"] = min(len(candidate.reads), 5) / 5
    return list(found.values())


def _own_features(mention: OrgMention) -> dict[str, float]:
    return {
        f"kind:{mention.kind or 'unknown'}": 1.0,
        "known" if not mention.is_new else "new": 1.0,
    }


def _add_context(features: dict[str, float], text: str, read: Any, mention: OrgMention) -> None:
    sentence = read.sentence
    before = words(text[sentence.start : mention.start])[-_WINDOW:]
    after = words(text[mention.end : sentence.end])[:_WINDOW]
    # Word beginnings stand for their families: "supplied", "supplier", "supplies".
    for word in before + after:
        features[f"w:{word[:_STEM]}"] = 1.0
    for word in before[-_NEAR:]:
        features[f"b:{word[:_STEM]}"] = 1.0
    for word in after[:_NEAR]:
        features[f"a:{word[:_STEM]}"] = 1.0
    others = {o.kind for o in read.orgs if o is not mention}
    for kind in others:
        features[f"with:{kind}"] = 1.0


@dataclass(frozen=True)
class RoleModel:
    """Per role, a bias and sparse weights; and how sure it must be to add a role."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    add_above: float  # add a role the rules missed when the model is at least this sure

    @staticmethod
    @cache
    def shipped() -> RoleModel:
        raw = resources.files("countersight.extract").joinpath("role_model.json").read_text()
        return RoleModel.from_json(json.loads(raw))

    @staticmethod
    def from_json(data: dict[str, Any]) -> RoleModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"role model: expected format {MODEL_FORMAT!r}")
        return RoleModel(
            weights={r: data["roles"][r]["weights"] for r in ROLES},
            bias={r: float(data["roles"][r]["bias"]) for r in ROLES},
            add_above=float(data["add_above"]),
        )

    def probability(self, role: str, features: dict[str, float]) -> float:
        weights = self.weights[role]
        score = self.bias[role] + sum(weights.get(f, 0.0) * x for f, x in features.items())
        return 1.0 / (1.0 + math.exp(-score))

    def revise(self, reading: Reading, suggestions: list[Suggestion]) -> list[Suggestion]:
        """The rules' suggestions, and the roles the rules missed that the model is sure of."""
        added = [
            suggestion
            for candidate in candidates(reading, suggestions)
            for role in ROLES
            if f"rule:{role}" not in candidate.features
            and self.probability(role, candidate.features) >= self.add_above
            for suggestion in _suggest(role, role_value(role, candidate.mention), candidate)
        ]
        return sorted(suggestions + added, key=lambda s: (s.start, s.predicate))


def _suggest(role: str, value: ClaimValue, candidate: Candidate) -> list[Suggestion]:
    """The role, quoted from the first sentence naming the organisation that has a place."""
    read = next((r for r in candidate.reads if r.place), None)
    if read is None:
        return []
    sentence = read.sentence
    return [
        Suggestion(
            place=place,
            predicate=role,
            value=value,
            quote=sentence.text,
            start=sentence.start,
            end=sentence.end,
            stance=Stance.asserts,
            speaker=read.voice.speaker,
            rule=f"model/{role}",
        )
        for place in read.place
    ]
