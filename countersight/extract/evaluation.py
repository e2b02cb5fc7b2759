"""Score the document reader against a labelled folder: precision and recall, origin agreement.

A folder holds documents and a `labels.yaml` (format `countersight-labels/1`, described in
tests/extraction/README.md) listing the claims a careful researcher records from each and which
documents are one story. A suggestion matches a label when place, predicate, value (as a fact:
"over 200" and "more than 200" are the same count) and stance agree; each label is matched at
most once. Origin grouping is compared with the adjusted Rand index.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from countersight.evidence.values import (
    ClaimValue,
    DateValue,
    PlacesValue,
    RefValue,
    TextValue,
    parse_value,
)
from countersight.evidence.vocabulary import PREDICATES, Stance, SubjectKind
from countersight.extract.organisations import LEGAL_FORM
from countersight.extract.suggestion import NEW_ORGANISATION, Suggestion
from countersight.geo.gazetteer import Gazetteer

LABELS_FORMAT = "countersight-labels/1"
ALL_FIRST_LEVEL = "all-states-and-regions"
# The legal forms the reader drops from a new firm's name, dropped from labels alike.
# (and Burmese's: "Shwe Padauk Digital ကုမ္ပဏီ" is Shwe Padauk Digital)
_LEGAL_SUFFIX = re.compile(rf"[\s,.]*(?:{LEGAL_FORM}|ကုမ္ပဏီ(?:\s?လီမိတက်)?|လီမိတက်)$", re.I)


class LabelsError(ValueError):
    """A labels file that cannot be read; the message names the file and the place in it."""


@dataclass(frozen=True)
class Label:
    place: str
    predicate: str
    value: ClaimValue
    stance: Stance
    speaker: str
    quote: str


@dataclass(frozen=True)
class LabelledDocument:
    file: Path
    style: str
    origin: str
    labels: tuple[Label, ...]
    outlet: str | None = None
    published: date | None = None  # a month or a year alone stands for its first day


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


@dataclass
class Report:
    per_predicate: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    overall: Tally = field(default_factory=Tally)
    origin_ari: float | None = None
    documents: int = 0
    misses: list[str] = field(default_factory=list)  # human-readable, for tuning

    def to_dict(self) -> dict[str, Any]:
        def row(t: Tally) -> dict[str, Any]:
            return {
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "true_positive": t.true_positive,
                "false_positive": t.false_positive,
                "false_negative": t.false_negative,
            }

        return {
            "documents": self.documents,
            "overall": row(self.overall),
            "per_predicate": {p: row(t) for p, t in sorted(self.per_predicate.items())},
            "origin_adjusted_rand_index": (
                None if self.origin_ari is None else round(self.origin_ari, 3)
            ),
        }


def organisation_identity(key: str) -> str:
    """Known organisations by key; new ones by their name without legal suffix or case."""
    if not key.startswith(NEW_ORGANISATION):
        return key
    name = _LEGAL_SUFFIX.sub("", key.removeprefix(NEW_ORGANISATION).strip())
    # ... and without the short name it is given in brackets: "Johannesburg Metropolitan Police
    # Department (JMPD)" is the department
    name = re.sub(r"\s*\([A-Z][A-Za-z&.]{1,9}\)$", "", name)
    # Burmese writes a name's words with or without spaces ("ကချင်ပြည်နယ် အစိုးရ" is
    # "ကချင်ပြည်နယ်အစိုးရ"); its vowel signs and the virama are marks, not \w.
    name = re.sub(r"(?<=[\u1000-\u109f])\s+(?=[\u1000-\u109f])", "", name)
    words = re.sub(r"[^\w&\u1000-\u109f]+", " ", name).casefold().split()
    return NEW_ORGANISATION + " ".join(words)


def value_identity(value: ClaimValue) -> tuple[Any, ...]:
    """What two values must share to be the same: organisations by name without legal form,
    whether referenced (a supplier) or written as text (a software vendor, "new:X Co., Ltd.")."""
    if isinstance(value, RefValue) and value.kind == "organisation":
        return (value.kind, organisation_identity(value.key))
    if isinstance(value, TextValue) and value.text.startswith(NEW_ORGANISATION):
        return (value.kind, organisation_identity(value.text))
    if isinstance(value, DateValue) and value.earliest and value.earliest == value.latest:
        # Labels give a start as a month or a year: a day is the same start, told finer.
        first = value.earliest.replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return (value.kind, first, last)
    return value.identity()


def _first_level_units(gazetteer: Gazetteer, place: str) -> tuple[str, ...]:
    country = place.split("-", 1)[0].split("/", 1)[0]
    return tuple(
        sorted(p.key for p in gazetteer.places if p.parent == country and p.kind != "town")
    )


def _label(raw: dict, gazetteer: Gazetteer, where: str) -> Label:
    try:
        predicate = PREDICATES[(SubjectKind.deployment, raw["predicate"])]
        value_raw = raw["value"]
        if raw["predicate"] == "planned_scope" and value_raw == ALL_FIRST_LEVEL:
            value: ClaimValue = PlacesValue(keys=_first_level_units(gazetteer, raw["place"]))
        elif predicate.value_kind.value == "organisation":
            value = RefValue(kind="organisation", key=str(value_raw))
        else:
            value = parse_value(predicate, value_raw)
        return Label(
            place=str(raw["place"]),
            predicate=predicate.name,
            value=value,
            stance=Stance(raw.get("stance", "asserts")),
            speaker=str(raw.get("speaker", "outlet")),
            quote=str(raw.get("quote", "")),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise LabelsError(f"{where}: {type(exc).__name__}: {exc}") from None


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _publication_date(written: object, where: str) -> date | None:
    """A document's date as labelled: 2035-03-11, or only 2035-03 or 2035 when the page gives
    no more (read as the first day, so that "last month" still counts from the right month)."""
    if written is None or written == "":
        return None
    if isinstance(written, date):
        return written
    match = _PARTIAL_DATE.fullmatch(str(written).strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise LabelsError(
            f"{where}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {written!r}"
        ) from None


def load_labels(folder: Path, gazetteer: Gazetteer) -> list[LabelledDocument]:
    path = folder / "labels.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LabelsError(f"{path}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != LABELS_FORMAT:
        raise LabelsError(f"{path}: expected 'format: {LABELS_FORMAT}' at the top")
    documents = []
    for i, doc in enumerate(data.get("documents") or []):
        where = f"{path}: documents[{i}]"
        try:
            labels = tuple(
                _label(c, gazetteer, f"{where}.claims[{j}]")
                for j, c in enumerate(doc.get("claims") or [])
            )
            documents.append(
                LabelledDocument(
                    file=folder / doc["file"],
                    style=str(doc.get("style", "")),
                    origin=str(doc["origin"]),
                    labels=labels,
                    outlet=doc.get("outlet"),
                    published=_publication_date(doc.get("date"), f"{where}.date"),
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise LabelsError(f"{where}: missing or malformed {exc}") from None
    return documents


def _key(place: str, predicate: str, value: ClaimValue, stance: Stance) -> tuple:
    return (place, predicate, value_identity(value), stance)


def score_document(
    labels: Iterable[Label], suggestions: Iterable[Suggestion], report: Report, name: str
) -> None:
    """Add one document's matches to the report (each label matched at most once)."""
    wanted = Counter(_key(lb.place, lb.predicate, lb.value, lb.stance) for lb in labels)
    found = Counter(_key(s.place, s.predicate, s.value, s.stance) for s in suggestions)
    for key in wanted.keys() | found.keys():
        hit = min(wanted[key], found[key])
        tally = report.per_predicate[key[1]]
        for t in (tally, report.overall):
            t.true_positive += hit
            t.false_positive += found[key] - hit
            t.false_negative += wanted[key] - hit
        if wanted[key] > hit:
            report.misses.append(f"{name}: missed {key}")
        if found[key] > hit:
            report.misses.append(f"{name}: extra {key}")


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(truth: list[str], predicted: list[str]) -> float:
    """Agreement of two groupings of the same items, 1 for identical, about 0 for chance.

    Written out (Hubert and Arabie's formula over the contingency table) rather than pulling in
    scikit-learn for one function.
    """
    if len(truth) != len(predicted):
        raise ValueError("both groupings must cover the same items")
    table = Counter(zip(truth, predicted, strict=True))
    index = sum(_pairs(n) for n in table.values())
    rows = sum(_pairs(n) for n in Counter(truth).values())
    columns = sum(_pairs(n) for n in Counter(predicted).values())
    total = _pairs(len(truth))
    if total == 0:
        return 1.0
    expected = rows * columns / total
    best = (rows + columns) / 2
    if best == expected:
        return 1.0
    return (index - expected) / (best - expected)


def evaluate(
    documents: list[LabelledDocument],
    suggest: Callable[[LabelledDocument], list[Suggestion]],
    group: Callable[[list[LabelledDocument]], list[str]] | None = None,
) -> Report:
    """Run the reader over every labelled document and score it."""
    report = Report(documents=len(documents))
    for doc in documents:
        score_document(doc.labels, suggest(doc), report, doc.file.name)
    if group is not None:
        report.origin_ari = adjusted_rand_index([d.origin for d in documents], group(documents))
    return report


def evaluate_folder(folder: Path, gazetteer: Gazetteer) -> Report:
    """Read, suggest and group every labelled document in a folder, and score the result."""
    from countersight.extract.organisations import OrganisationIndex
    from countersight.extract.origins import StoryText, group_origins
    from countersight.extract.suggest import suggest_claims
    from countersight.ingest.documents import read_document

    documents = load_labels(folder, gazetteer)
    organisations = OrganisationIndex.load()
    texts = {
        d.file: read_document(
            d.file,
            outlet=d.outlet,
            published=d.published,
        )
        for d in documents
    }

    suggestions = {
        d.file: suggest_claims(texts[d.file], gazetteer, organisations) for d in documents
    }

    def suggest(document: LabelledDocument) -> list[Suggestion]:
        return suggestions[document.file]

    def group(batch: list[LabelledDocument]) -> list[str]:
        stories = [
            StoryText(
                d.file.name,
                texts[d.file].text,
                texts[d.file].outlet,
                story_facts(suggestions[d.file]),
            )
            for d in batch
        ]
        grouping = group_origins(stories, organisations.key_for)
        return [str(label) for label in grouping.labels]

    return evaluate(documents, suggest, group)


def story_facts(suggestions: Iterable[Suggestion]) -> frozenset:
    """What a document states, in keys that do not depend on its language or wording."""
    return frozenset(
        _key(s.place, s.predicate, s.value, s.stance)
        for s in suggestions
        if s.predicate != "located_in"  # every story about a place says where it is
    )
