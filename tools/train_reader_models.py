"""Train the reader's learned models on labelled sets, and measure them on sets left out.

    python tools/train_reader_models.py                   # train on the default sets, write all
    python tools/train_reader_models.py --cross-validate  # leave one set out at a time, print P/R

The role model: each organisation an asserting sentence names is one example per role,
positive when the set's labels record that organisation in that role, asserted. The stage
model: each asserting sentence is one example per status, positive when a label asserting that
status quotes it. The start model: each date in an asserting sentence is one example, positive
when the labels give it as the start. The confidence model: each suggestion the rules and the
other models make is one example, positive when it matches a label; the other models' additions
come from models trained without the document's fold of sets, as on a new document. One
L2-regularised logistic regression per label (scikit-learn, a test-only dependency: reading
documents needs only the weights). Cross-validation trains them all on every set but one and
scores the reader on the one left out, adding one model at a time to the rules alone, so each
gain is measured on documents the models never saw. Blind sets must not be passed here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from countersight import atlas
from countersight.evidence.vocabulary import DEPLOYMENT_STATUSES
from countersight.extract import confidence, stage_model, start_model
from countersight.extract.confidence import ConfidenceModel, suggestion_features
from countersight.extract.evaluation import (
    LabelledDocument,
    Report,
    _key,
    load_labels,
    score_document,
    value_identity,
)
from countersight.extract.organisations import OrganisationIndex
from countersight.extract.role_model import (
    MODEL_FORMAT,
    ROLES,
    RoleModel,
    organisation_candidates,
    role_value,
)
from countersight.extract.stage_model import StageModel, sentence_candidates
from countersight.extract.start_model import StartModel, date_candidates
from countersight.extract.suggest import Reading, read_sentences, rule_suggestions
from countersight.extract.suggestion import Suggestion
from countersight.geo.burmese import to_unicode
from countersight.ingest.documents import read_document

ROOT = Path(__file__).resolve().parent.parent
TRAINING_SETS = (
    "tests/extraction",
    "tests/extraction-unseen",
    "tests/extraction-unseen-2",
    "tests/extraction-unseen-3",
    "tests/extraction-unseen-4",
    "tests/extraction-unseen-5",
    "tests/extraction-unseen-6",
    "tests/extraction-unseen-7",
    "tests/extraction-unseen-8",
    "tests/extraction-unseen-9",
    "tests/extraction-unseen-10",
    "tests/extraction-unseen-11",
    "tests/extraction-unseen-12",
    "tests/extraction-unseen-13",
    "tests/extraction-unseen-14",
    "tests/extraction-unseen-15",
    "tests/extraction-unseen-16",
    "tests/extraction-unseen-17",
    "tests/extraction-unseen-18",
    "tests/extraction-unseen-19",
    "tests/extraction-unseen-20",
    "tests/extraction-unseen-21",
    "tests/extraction-unseen-22",
    "tests/extraction-unseen-23",
    "tests/extraction-unseen-24",
    "tests/extraction-unseen-25",
    "tests/extraction-unseen-26",
    "tests/extraction-unseen-27",
    "tests/extraction-unseen-28",
    "tests/extraction-unseen-29",
    "tests/extraction-unseen-30",
    "tests/extraction-unseen-31",
    "tests/extraction-unseen-32",
    "tests/extraction-unseen-33",
    "tests/extraction-unseen-34",
    "tests/extraction-unseen-35",
    "tests/extraction-unseen-36",
    "tests/extraction-unseen-37",
    "tests/extraction-unseen-38",
    "tests/extraction-unseen-39",
    "tests/extraction-unseen-40",
    "tests/extraction-unseen-41",
    "tests/extraction-unseen-42",
    "tests/extraction-unseen-43",
    "tests/extraction-unseen-44",
    "tests/extraction-unseen-45",
    "tests/extraction-unseen-46",
    "tests/extraction-unseen-47",
    "tests/extraction-unseen-48",
    "tests/extraction-unseen-49",
    "tests/extraction-unseen-50",
    "tests/extraction-unseen-51",
    "tests/extraction-unseen-52",
    "tests/extraction-unseen-53",
    "tests/extraction-unseen-54",
    "tests/extraction-unseen-55",
    "tests/extraction-unseen-56",
    "tests/extraction-unseen-57",
    "tests/extraction-unseen-58",
    "tests/extraction-unseen-59",
    "tests/extraction-unseen-60",
    "tests/extraction-unseen-61",
    "tests/extraction-unseen-62",
    "tests/extraction-unseen-63",
    "tests/extraction-unseen-64",
    "tests/extraction-unseen-65",
    "tests/extraction-unseen-66",
    "tests/extraction-unseen-67",
    "tests/extraction-unseen-68",
    "tests/extraction-unseen-69",
    "tests/extraction-unseen-70",
    "tests/extraction-unseen-71",
    "tests/extraction-unseen-72",
    "tests/extraction-unseen-73",
    "tests/extraction-unseen-74",
    "tests/extraction-unseen-75",
    "tests/extraction-unseen-76",
    "tests/extraction-unseen-77",
    "tests/extraction-unseen-78",
    "tests/extraction-unseen-79",
    "tests/extraction-unseen-80",
    "tests/extraction-unseen-81",
    "tests/extraction-unseen-82",
    "tests/extraction-unseen-83",
    "tests/extraction-unseen-84",
    "tests/extraction-unseen-85",
    "tests/extraction-unseen-86",
    "tests/extraction-unseen-87",
    "tests/extraction-unseen-88",
    "tests/extraction-unseen-89",
    "tests/extraction-unseen-90",
    "tests/extraction-unseen-91",
    "tests/extraction-unseen-92",
    "tests/extraction-unseen-93",
    "tests/extraction-unseen-94",
    "tests/extraction-unseen-95",
    "tests/extraction-unseen-96",
    "tests/extraction-unseen-97",
    "tests/extraction-unseen-98",
    "tests/extraction-unseen-99",
    "tests/extraction-unseen-100",
    "tests/extraction-unseen-101",
    "tests/extraction-unseen-102",
    "tests/extraction-unseen-103",
    "tests/extraction-unseen-104",
    "tests/extraction-unseen-105",
    "tests/extraction-unseen-106",
    "tests/extraction-unseen-107",
    "tests/extraction-unseen-108",
    "tests/extraction-unseen-109",
    "tests/extraction-unseen-110",
    "tests/extraction-unseen-111",
    "tests/extraction-unseen-112",
    "tests/extraction-unseen-113",
)
ROLE_MODEL_PATH = ROOT / "countersight" / "extract" / "role_model.json"
CONFIDENCE_MODEL_PATH = ROOT / "countersight" / "extract" / "confidence_model.json"
STAGE_MODEL_PATH = ROOT / "countersight" / "extract" / "stage_model.json"
START_MODEL_PATH = ROOT / "countersight" / "extract" / "start_model.json"
# Chosen by cross-validation: scikit-learn's C (smaller is simpler), how sure the role, stage
# and start models must be to add a claim (dropping roles the rules read, at any threshold, lost
# recall), and how likely a suggestion must be to be queued.
REGULARISATION = 0.5
ADD_ABOVE = 0.4
CONFIDENCE_REGULARISATION = 0.5
KEEP_ABOVE = 0.3
STAGE_REGULARISATION = 0.5
STAGE_ABOVE = 0.3
# Features in fewer sentences are dropped from the stage model, whose word pairs would otherwise
# weigh ten megabytes; the start model keeps all (dropping them cost it precision held out).
STAGE_FEATURE_ROWS = 5
START_REGULARISATION = 0.5
START_ABOVE = 0.4
# The confidence model learns from what the other models add to documents of sets they were not
# trained on, as on a new document: sets are dealt round this many folds, and each fold's
# additions come from models trained on the others.
CONFIDENCE_FOLDS = 5


@dataclass
class Example:
    """One labelled document, read once: what the rules say and what the labels want."""

    set_name: str
    labelled: LabelledDocument
    reading: Reading | None
    rules: list[Suggestion]


def read_sets(folders: list[str]) -> list[Example]:
    gazetteer = atlas.gazetteer()
    organisations = OrganisationIndex.load()
    examples = []
    for folder in folders:
        for labelled in load_labels(ROOT / folder, gazetteer):
            document = read_document(
                labelled.file, outlet=labelled.outlet, published=labelled.published
            )
            reading = read_sentences(document, gazetteer, organisations)
            rules = rule_suggestions(reading, organisations) if reading else []
            examples.append(Example(folder, labelled, reading, rules))
    return examples


def _rows(example: Example) -> tuple[list[dict[str, float]], dict[str, list[int]]]:
    """One feature row per organisation, and per role whether the labels give it that role."""
    wanted = {
        (label.predicate, value_identity(label.value))
        for label in example.labelled.labels
        if label.predicate in ROLES and label.stance.value == "asserts"
    }
    rows, targets = [], {role: [] for role in ROLES}
    for candidate in organisation_candidates(example.reading, example.rules):
        rows.append(candidate.features)
        for role in ROLES:
            value = value_identity(role_value(role, candidate.mention))
            targets[role].append(int((role, value) in wanted))
    return rows, targets


def _fit(rows: list[dict[str, float]], targets: list[int], regularisation: float) -> dict:
    """One logistic regression, as the bias and sparse weights the reader loads."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(rows)
    fit = LogisticRegression(C=regularisation, tol=1e-6, max_iter=5000).fit(matrix, targets)
    names = vectoriser.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, fit.coef_[0], strict=True)}
    return {
        "bias": round(float(fit.intercept_[0]), 6),
        "weights": {k: v for k, v in sorted(weights.items()) if abs(v) >= 1e-4},
    }


def _model(
    model_format: str, examples: list[Example], regularisation: float, **fields: Any
) -> dict:
    """A model's weights as the reader loads them, with what they were trained on."""
    return {
        "format": model_format,
        "trained_on": sorted({e.set_name for e in examples}),
        "regularisation": regularisation,
        **fields,
    }


def _common_features(rows: list[dict[str, float]], least: int) -> list[dict[str, float]]:
    """The rows without features fewer than `least` rows have: a word pair seen once or twice
    teaches nothing that holds, and would make the shipped weights many megabytes."""
    seen = Counter(feature for row in rows for feature in row)
    return [{f: x for f, x in row.items() if seen[f] >= least} for row in rows]


def train(examples: list[Example], regularisation: float, add: float) -> dict:
    """The role model's weights."""
    rows: list[dict[str, float]] = []
    targets: dict[str, list[int]] = {role: [] for role in ROLES}
    for example in examples:
        if example.reading is not None:
            more_rows, more_targets = _rows(example)
            rows += more_rows
            for role in ROLES:
                targets[role] += more_targets[role]
    return _model(
        MODEL_FORMAT,
        examples,
        regularisation,
        add_above=add,
        scorers={
            role: _fit(rows, targets[role], regularisation) for role in ROLES if any(targets[role])
        },
    )


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where a label's quote stands in the read text: across any line breaks, and in Unicode
    for a Zawgyi document (the reader converts it; labels quote the file as it is)."""
    for written in dict.fromkeys((quote, to_unicode(quote))):
        words = written.split()
        found = re.search(r"\s+".join(map(re.escape, words)), text) if words else None
        if found:
            return found.span()
    return None


def train_stages(examples: list[Example], regularisation: float, add: float) -> dict:
    """The stage model's weights: each asserting sentence is an example per status, positive
    when a label asserting that status quotes it."""
    rows: list[dict[str, float]] = []
    targets: dict[str, list[int]] = {status: [] for status in DEPLOYMENT_STATUSES}
    for example in examples:
        if example.reading is None:
            continue
        quoted: dict[str, list[tuple[int, int]]] = {status: [] for status in DEPLOYMENT_STATUSES}
        for label in example.labelled.labels:
            status = getattr(label.value, "term", "")
            if label.predicate == "status" and label.stance.value == "asserts":
                span = _quote_span(example.reading.text, label.quote)
                if span is not None and status in quoted:
                    quoted[status].append(span)
        for candidate in sentence_candidates(example.reading):
            sentence = candidate.read.sentence
            rows.append(candidate.features)
            for status, spans in quoted.items():
                targets[status].append(
                    int(any(a < sentence.end and sentence.start < b for a, b in spans))
                )
    rows = _common_features(rows, STAGE_FEATURE_ROWS)
    return _model(
        stage_model.MODEL_FORMAT,
        examples,
        regularisation,
        add_above=add,
        scorers={
            status: _fit(rows, targets[status], regularisation)
            for status in DEPLOYMENT_STATUSES
            if any(targets[status])
        },
    )


def train_starts(examples: list[Example], regularisation: float, add: float) -> dict:
    """The start model's weights: each date in an asserting sentence is an example, positive
    when the labels assert it as the start."""
    rows: list[dict[str, float]] = []
    targets: list[int] = []
    for example in examples:
        if example.reading is None:
            continue
        wanted = {
            value_identity(label.value)
            for label in example.labelled.labels
            if label.predicate == "started" and label.stance.value == "asserts"
        }
        for candidate in date_candidates(example.reading):
            rows.append(candidate.features)
            targets.append(int(value_identity(candidate.found.value) in wanted))
    return _model(
        start_model.MODEL_FORMAT,
        examples,
        regularisation,
        add_above=add,
        scorer=_fit(rows, targets, regularisation),
    )


def revise(example: Example, models: Sequence[Any]) -> list[Suggestion]:
    """The rules' suggestions with what each given model adds to them, in turn."""
    found = example.rules
    if example.reading is not None:
        for model in models:
            found = model.revise(example.reading, found)
    return found


def out_of_fold_suggestions(examples: list[Example], folds: int) -> list[list[Suggestion]]:
    """Each document's suggestions with what the role, stage and start models add to them,
    each model trained without the document's fold of sets."""
    sets = list(dict.fromkeys(e.set_name for e in examples))
    fold_of = {name: index % folds for index, name in enumerate(sets)}
    found: list[list[Suggestion]] = [[] for _ in examples]
    for fold in range(folds):
        models = _models(*train_adders([e for e in examples if fold_of[e.set_name] != fold]))
        for index, example in enumerate(examples):
            if fold_of[example.set_name] == fold:
                found[index] = revise(example, models)
    return found


def train_confidence(
    examples: list[Example], suggested: list[list[Suggestion]], regularisation: float, keep: float
) -> dict:
    """The confidence model's weights, from each document's suggestions (`suggested`, in the
    order of `examples`) and the labels they should match."""
    rows: list[dict[str, float]] = []
    targets: list[int] = []
    for example, found in zip(examples, suggested, strict=True):
        if example.reading is None:
            continue
        wanted = Counter(
            _key(lb.place, lb.predicate, lb.value, lb.stance) for lb in example.labelled.labels
        )
        for suggestion, row in zip(found, suggestion_features(example.reading, found), strict=True):
            key = _key(suggestion.place, suggestion.predicate, suggestion.value, suggestion.stance)
            targets.append(int(wanted[key] > 0))
            wanted[key] -= 1
            rows.append(row)
    return _model(
        confidence.MODEL_FORMAT,
        examples,
        regularisation,
        keep_above=keep,
        scorer=_fit(rows, targets, regularisation),
    )


def train_adders(examples: list[Example]) -> tuple[dict, dict, dict]:
    """The weights of the models that add claims to the rules': role, stage, start."""
    return (
        train(examples, REGULARISATION, ADD_ABOVE),
        train_stages(examples, STAGE_REGULARISATION, STAGE_ABOVE),
        train_starts(examples, START_REGULARISATION, START_ABOVE),
    )


def train_all(examples: list[Example]) -> tuple[dict, dict, dict, dict]:
    """The role, stage, start and confidence models' weights, in the order the reader runs them."""
    role_weights, stage_weights, start_weights = train_adders(examples)
    suggested = out_of_fold_suggestions(examples, CONFIDENCE_FOLDS)
    confidence_weights = train_confidence(
        examples, suggested, CONFIDENCE_REGULARISATION, KEEP_ABOVE
    )
    return role_weights, stage_weights, start_weights, confidence_weights


def _models(role_weights: dict, stage_weights: dict, start_weights: dict) -> list[Any]:
    return [
        RoleModel.from_json(role_weights),
        StageModel.from_json(stage_weights),
        StartModel.from_json(start_weights),
    ]


def score(
    examples: list[Example], models: Sequence[Any] = (), kept: ConfidenceModel | None = None
) -> Report:
    report = Report(documents=len(examples))
    for example in examples:
        found = revise(example, models)
        if kept is not None and example.reading is not None:
            found = kept.keep(example.reading, found)
        score_document(example.labelled.labels, found, report, example.labelled.file.name)
    return report


def held_out_scores(examples: list[Example], held_out: Collection[str]) -> list[Report]:
    """On the sets held out, pooled: the rules alone, then with each model added in turn, each
    trained on every other set."""
    *weights, confidence_weights = train_all([e for e in examples if e.set_name not in held_out])
    models = _models(*weights)
    kept = ConfidenceModel.from_json(confidence_weights)
    test_on = [e for e in examples if e.set_name in held_out]
    return [
        *(score(test_on, models[:n]) for n in range(len(models) + 1)),
        score(test_on, models, kept),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(TRAINING_SETS))
    parser.add_argument("--cross-validate", action="store_true")
    args = parser.parse_args(argv)
    examples = read_sets(args.sets)
    if args.cross_validate:
        columns = ("rules", "+ roles", "+ stages", "+ starts", "+ confidence")
        pooled = [Report() for _ in columns]
        print(f"{'held-out set':24}" + "".join(f"{c + ' P/R':>16}" for c in columns))
        for held_out in dict.fromkeys(e.set_name for e in examples):
            reports = held_out_scores(examples, {held_out})
            for total, report in zip(pooled, reports, strict=True):
                _add(total, report)
            print(f"{Path(held_out).name:24}" + "".join(_pr(r) for r in reports))
        print(f"{'pooled':24}" + "".join(_pr(r) for r in pooled))
        return 0
    role_weights, stage_weights, start_weights, confidence_weights = train_all(examples)
    for path, weights in (
        (ROLE_MODEL_PATH, role_weights),
        (STAGE_MODEL_PATH, stage_weights),
        (START_MODEL_PATH, start_weights),
        (CONFIDENCE_MODEL_PATH, confidence_weights),
    ):
        path.write_text(json.dumps(weights, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path} (trained on {len(examples)} documents)", file=sys.stderr)
    return 0


def _add(total: Report, report: Report) -> None:
    """Pool one held-out set's overall counts into the total."""
    for name in ("true_positive", "false_positive", "false_negative"):
        setattr(total.overall, name, getattr(total.overall, name) + getattr(report.overall, name))


def _pr(report: Report) -> str:
    return f"{report.overall.precision:10.3f}/{report.overall.recall:.3f}"


if __name__ == "__main__":
    sys.exit(main())
