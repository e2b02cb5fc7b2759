"""Train the reader's role model on labelled sets, and measure it on sets left out.

    python tools/train_role_model.py                   # train on the default sets, write it
    python tools/train_role_model.py --cross-validate  # leave one set out at a time, print P/R

Each organisation an asserting sentence names is one example per role, positive when the set's
labels record that organisation in that role, asserted. One L2-regularised logistic regression
per role (scikit-learn, a test-only dependency: reading documents needs only the weights).
Cross-validation trains on every set but one and scores the whole reader on the one left out,
next to the rules alone, so the gain is measured on documents the model never saw. Blind sets
must not be passed here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from countersight import atlas
from countersight.extract.evaluation import (
    LabelledDocument,
    Report,
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
from countersight.extract.suggest import Reading, read_sentences, rule_suggestions
from countersight.extract.suggestion import Suggestion
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
)
MODEL_PATH = ROOT / "countersight" / "extract" / "role_model.json"
# Chosen by cross-validation: scikit-learn's C (smaller is simpler), and how sure the model
# must be to add a role (dropping roles the rules read, at any threshold, lost recall).
REGULARISATION = 0.5
ADD_ABOVE = 0.4


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
            published = date.fromisoformat(labelled.published) if labelled.published else None
            document = read_document(labelled.file, outlet=labelled.outlet, published=published)
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


def train(examples: list[Example], regularisation: float, add: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows: list[dict[str, float]] = []
    targets: dict[str, list[int]] = {role: [] for role in ROLES}
    for example in examples:
        if example.reading is not None:
            more_rows, more_targets = _rows(example)
            rows += more_rows
            for role in ROLES:
                targets[role] += more_targets[role]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(rows)
    names = vectoriser.get_feature_names_out()
    scorers = {}
    for role in ROLES:
        if not any(targets[role]):
            continue  # nothing to learn from: the rules alone read it
        fit = LogisticRegression(C=regularisation, tol=1e-6, max_iter=5000)
        fit.fit(matrix, targets[role])
        weights = {str(n): round(float(w), 6) for n, w in zip(names, fit.coef_[0], strict=True)}
        scorers[role] = {
            "bias": round(float(fit.intercept_[0]), 6),
            "weights": {k: v for k, v in sorted(weights.items()) if abs(v) >= 1e-4},
        }
    return {
        "format": MODEL_FORMAT,
        "trained_on": sorted({e.set_name for e in examples}),
        "regularisation": regularisation,
        "add_above": add,
        "scorers": scorers,
    }


def score(examples: list[Example], model: RoleModel | None) -> Report:
    report = Report(documents=len(examples))
    for example in examples:
        found = example.rules
        if model is not None and example.reading is not None:
            found = model.revise(example.reading, found)
        score_document(example.labelled.labels, found, report, example.labelled.file.name)
    return report


def held_out_scores(
    examples: list[Example], held_out: str, regularisation: float, add: float
) -> tuple[Report, Report]:
    """The rules alone, and the rules with a model trained on every other set, on one set."""
    train_on = [e for e in examples if e.set_name != held_out]
    model = RoleModel.from_json(train(train_on, regularisation, add))
    test_on = [e for e in examples if e.set_name == held_out]
    return score(test_on, None), score(test_on, model)


def cross_validate(
    examples: list[Example], regularisation: float, add: float
) -> list[tuple[str, Report, Report]]:
    return [
        (held_out, *held_out_scores(examples, held_out, regularisation, add))
        for held_out in dict.fromkeys(e.set_name for e in examples)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(TRAINING_SETS))
    parser.add_argument("--cross-validate", action="store_true")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    examples = read_sets(args.sets)
    if args.cross_validate:
        pooled = {"rules": Report(), "model": Report()}
        print(f"{'held-out set':28} {'rules P/R':>13} {'with model P/R':>16}")
        for name, rules, model in cross_validate(examples, REGULARISATION, ADD_ABOVE):
            for key, report in (("rules", rules), ("model", model)):
                tally = pooled[key].overall
                tally.true_positive += report.overall.true_positive
                tally.false_positive += report.overall.false_positive
                tally.false_negative += report.overall.false_negative
            print(
                f"{Path(name).name:28} {rules.overall.precision:6.3f}/{rules.overall.recall:.3f}"
                f"   {model.overall.precision:6.3f}/{model.overall.recall:.3f}"
            )
        r, m = pooled["rules"].overall, pooled["model"].overall
        print(
            f"{'pooled':28} {r.precision:6.3f}/{r.recall:.3f}   {m.precision:6.3f}/{m.recall:.3f}"
        )
        return 0
    model = train(examples, REGULARISATION, ADD_ABOVE)
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (trained on {len(examples)} documents)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
