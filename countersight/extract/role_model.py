"""A learned second opinion on organisations' roles: which firm supplied, procured, installed.

The hand rules read a role only where a sentence says it the way some earlier writer did; on
documents nobody tuned them on they miss many. Every organisation an asserting sentence names
is described by the word stems around its mentions, its kind, and what the rules made of it;
one logistic regression per role scores it. When the rules gave an organisation no role, the
model gives it the roles it is confident of. It adds nothing to a firm the rules already
placed ("a local firm that installed the street lights, tipped to win the contract"), and
takes nothing away: in cross-validation both cost as many right claims as they saved wrong
ones. Denials and refusals stay with the rules: a model that learned "supplied" must not turn
"denied having supplied" into an assertion, so it reads asserting sentences only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from countersight.evidence.values import ClaimValue, RefValue
from countersight.evidence.vocabulary import Stance
from countersight.extract.learned import LinearScorer, asserting, stems
from countersight.extract.organisations import OrgMention
from countersight.extract.rules import org_value, software_value, speaks_for
from countersight.extract.suggestion import Suggestion

if TYPE_CHECKING:
    from countersight.extract.suggest import Reading

MODEL_FORMAT = "countersight-role-model/1"
ROLES = ("hardware_supplier", "software_supplier", "procurer", "installer", "authority")
_WINDOW = 8  # words either side of a mention that describe it
_NEAR = 3  # the closest words, which also count by side ("supplied by X" vs "X supplied")


def role_value(role: str, mention: OrgMention) -> ClaimValue:
    """How a role's value is written: software vendors as text, everything else as a reference."""
    return software_value(mention) if role == "software_supplier" else org_value(mention)


def _identity(value: ClaimValue) -> str:
    """One organisation however the document capitalises it ("Region Government" and "Region
    government")."""
    return (value.key if isinstance(value, RefValue) else getattr(value, "text", "")).casefold()


@dataclass
class OrganisationCandidate:
    """One organisation a document names, described for the model."""

    mention: OrgMention  # its first mention in an asserting sentence
    features: dict[str, float]
    reads: list[Any]  # the asserting sentences that name it, in document order


def organisation_candidates(
    reading: Reading, suggestions: Iterable[Suggestion]
) -> list[OrganisationCandidate]:
    """Every organisation named in an asserting sentence, with its features."""
    by_rules: dict[str, set[str]] = {}
    for s in suggestions:
        if s.predicate in ROLES:
            by_rules.setdefault(_identity(s.value), set()).add(
                s.predicate if s.stance is Stance.asserts else f"{s.predicate}:{s.stance.value}"
            )
    found: dict[str, OrganisationCandidate] = {}
    total = max(len(reading.reads), 1)
    for index, read in enumerate(reading.reads):
        if not asserting(read):
            continue
        for mention in read.orgs:
            if mention.kind in ("outlet", "ngo"):
                continue
            identity = mention.key.casefold()
            candidate = found.get(identity)
            if candidate is None:
                features = {
                    f"kind:{mention.kind or 'unknown'}": 1.0,
                    "new" if mention.is_new else "known": 1.0,
                    f"position:{min(4, 5 * index // total)}": 1.0,
                }
                for said in by_rules.get(identity, ()):
                    features[f"rule:{said}"] = 1.0
                if identity in by_rules:
                    features["rule:any"] = 1.0
                candidate = found[identity] = OrganisationCandidate(mention, features, [])
            if read not in candidate.reads:
                candidate.reads.append(read)
            _add_context(candidate.features, reading.text, read, mention)
            if read.sentence.paragraph in reading.anchored:
                candidate.features["in-camera-paragraph"] = 1.0
    for candidate in found.values():
        candidate.features["mentions"] = min(len(candidate.reads), 5) / 5
    return list(found.values())


def _add_context(features: dict[str, float], text: str, read: Any, mention: OrgMention) -> None:
    sentence = read.sentence
    before = stems(text[sentence.start : mention.start])[-_WINDOW:]
    after = stems(text[mention.end : sentence.end])[:_WINDOW]
    for stem in before + after:
        features[f"w:{stem}"] = 1.0
    for stem in before[-_NEAR:]:
        features[f"b:{stem}"] = 1.0
    for stem in after[:_NEAR]:
        features[f"a:{stem}"] = 1.0
    if speaks_for(text, sentence.start, mention.start):
        features["speaks-for"] = 1.0  # "an official of", "on behalf of": a voice, maybe no role
    for other in read.orgs:
        if other is not mention:
            features[f"with:{other.kind}"] = 1.0


@dataclass(frozen=True)
class RoleModel:
    """One scorer per role, and how sure it must be to add a role."""

    scorers: dict[str, LinearScorer]
    add_above: float

    @staticmethod
    @cache
    def shipped() -> RoleModel:
        """The model trained on the labelled sets, shipped as `role_model.json`."""
        raw = resources.files("countersight.extract").joinpath("role_model.json").read_text()
        return RoleModel.from_json(json.loads(raw))

    @staticmethod
    def from_json(data: dict[str, Any]) -> RoleModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"role model: expected format {MODEL_FORMAT!r}")
        scorers = {role: LinearScorer.from_json(w) for role, w in data["scorers"].items()}
        return RoleModel(scorers, float(data["add_above"]))

    def revise(self, reading: Reading, suggestions: list[Suggestion]) -> list[Suggestion]:
        """The rules' suggestions, and the roles the model is sure of for organisations the
        rules gave none; never a role the rules read as denied."""
        added = [
            suggestion
            for candidate in organisation_candidates(reading, suggestions)
            for role, scorer in self.scorers.items()
            if not any(f"rule:{r}" in candidate.features for r in ROLES)
            and f"rule:{role}:{Stance.denies.value}" not in candidate.features
            and scorer.probability(candidate.features) >= self.add_above
            for suggestion in _suggest(role, role_value(role, candidate.mention), candidate)
        ]
        return sorted(suggestions + added, key=lambda s: (s.start, s.predicate))


def _suggest(role: str, value: ClaimValue, candidate: OrganisationCandidate) -> list[Suggestion]:
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
