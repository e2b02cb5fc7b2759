"""The blind extraction sets (tests/extraction-unseen*/) are themselves consistent.

The same integrity checks as tests/test_extraction_labels.py (files, quotes, places, predicates,
values, organisations, encodings), pointed at each set written after or while the reader was
tuned. Approximate counts are labelled as written ("about 80", "nearly 400"); those are checked
with the project's own count parser instead of the strict pattern. Each set has its own
variety check, below: they are smaller than the tuning set.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from countersight.evidence.counts import parse_count
from tests.test_extraction_labels import (
    check_claim,
    check_claim_counts,
    check_encodings,
    check_files,
    check_format,
    check_quote,
    claims,
    documents,
)

HERE = Path(__file__).resolve().parent
APPROXIMATE = re.compile(r"^(about|around|roughly|some|nearly) (\d+)$")
ALL_STATUSES = {"planned", "tendered", "awarded", "installing", "operational", "suspended"}


@dataclass(frozen=True)
class BlindSet:
    folder: str
    documents: int
    burmese: int
    largest_origin: int
    styles: tuple[str, ...] = ("tender", "ngo", "distractor")
    relative_dates_explained: bool = True
    every_status: bool = True
    every_stance: bool = False

    @property
    def path(self) -> Path:
        return HERE / self.folder


def _newsroom_set(number: int, copy: str, blog: bool = True) -> BlindSet:
    """The shape of the sets since 13: fifteen documents, two in Burmese, a wire story with a
    copy ("republication" or "rewrite") and a summary, and one of each other newsroom style."""
    styles = ("wire", copy, "summary", "tender", "ngo", "company", "html", "zawgyi")
    styles += ("blog", "distractor") if blog else ("distractor",)
    return BlindSet(f"extraction-unseen-{number}", 15, 2, 3, styles=styles, every_stance=True)


SETS = [
    BlindSet("extraction-unseen", 14, 2, 3, relative_dates_explained=False, every_status=False),
    BlindSet("extraction-unseen-2", 16, 2, 4, styles=("tender", "ngo", "company", "distractor")),
    BlindSet("extraction-unseen-3", 14, 1, 3, every_stance=True),
    BlindSet(
        "extraction-unseen-4",
        14,
        1,
        3,
        styles=("tender", "ngo", "company", "distractor"),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-5",
        15,
        2,
        3,
        styles=("tender", "ngo", "company", "zawgyi", "distractor"),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-6",
        15,
        2,
        3,
        styles=(
            "wire",
            "republication",
            "tender",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-7",
        15,
        2,
        3,
        styles=(
            "wire",
            "rewrite",
            "burmese",
            "tender",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-8",
        15,
        2,
        3,
        styles=(
            "wire",
            "rewrite",
            "burmese",
            "tender",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-9",
        15,
        2,
        3,
        styles=(
            "wire",
            "republication",
            "summary",
            "burmese",
            "tender",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-10",
        15,
        2,
        3,
        styles=(
            "wire",
            "blog",
            "burmese",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-11",
        15,
        2,
        3,
        styles=(
            "wire",
            "republication",
            "burmese",
            "tender",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    BlindSet(
        "extraction-unseen-12",
        15,
        2,
        3,
        styles=(
            "wire",
            "rewrite",
            "summary",
            "burmese",
            "tender",
            "ngo",
            "company",
            "html",
            "zawgyi",
            "distractor",
        ),
        every_stance=True,
    ),
    _newsroom_set(13, "republication", blog=False),
    _newsroom_set(14, "rewrite", blog=False),
    _newsroom_set(15, "republication"),
    _newsroom_set(16, "rewrite"),
    _newsroom_set(17, "republication"),
    _newsroom_set(18, "rewrite"),
    _newsroom_set(19, "republication", blog=False),
    _newsroom_set(20, "rewrite", blog=False),
    _newsroom_set(21, "republication"),
    _newsroom_set(22, "rewrite"),
    _newsroom_set(23, "republication", blog=False),
    _newsroom_set(24, "rewrite"),
    _newsroom_set(25, "rewrite", blog=False),
    _newsroom_set(26, "rewrite"),
    _newsroom_set(27, "rewrite"),
    _newsroom_set(28, "rewrite"),
    _newsroom_set(29, "rewrite"),
    _newsroom_set(30, "rewrite"),
    _newsroom_set(31, "rewrite"),
    _newsroom_set(32, "rewrite"),
    _newsroom_set(33, "rewrite"),
    _newsroom_set(34, "rewrite"),
    _newsroom_set(35, "rewrite"),
    _newsroom_set(36, "rewrite"),
    _newsroom_set(37, "rewrite"),
    _newsroom_set(38, "rewrite"),
    _newsroom_set(39, "rewrite"),
    _newsroom_set(40, "rewrite"),
    _newsroom_set(41, "rewrite"),
    _newsroom_set(42, "rewrite"),
    _newsroom_set(43, "rewrite"),
    _newsroom_set(44, "rewrite"),
    _newsroom_set(45, "rewrite"),
    _newsroom_set(46, "rewrite"),
    _newsroom_set(47, "rewrite"),
    _newsroom_set(48, "rewrite"),
    _newsroom_set(49, "rewrite"),
    _newsroom_set(50, "rewrite"),
    _newsroom_set(51, "rewrite"),
    _newsroom_set(52, "rewrite"),
    _newsroom_set(53, "rewrite"),
    _newsroom_set(54, "rewrite"),
    _newsroom_set(55, "rewrite"),
    _newsroom_set(56, "rewrite"),
    _newsroom_set(57, "rewrite"),
    _newsroom_set(58, "rewrite"),
    _newsroom_set(59, "rewrite"),
    _newsroom_set(60, "rewrite"),
    _newsroom_set(61, "rewrite"),
    _newsroom_set(62, "rewrite"),
    _newsroom_set(63, "rewrite"),
    _newsroom_set(64, "rewrite"),
    _newsroom_set(65, "rewrite"),
    _newsroom_set(66, "rewrite"),
    _newsroom_set(67, "rewrite"),
    _newsroom_set(68, "rewrite"),
    _newsroom_set(69, "rewrite"),
    _newsroom_set(70, "rewrite"),
    _newsroom_set(71, "rewrite"),
    _newsroom_set(72, "rewrite"),
    _newsroom_set(73, "rewrite"),
    _newsroom_set(74, "rewrite"),
    _newsroom_set(75, "rewrite"),
    _newsroom_set(76, "rewrite"),
    _newsroom_set(77, "rewrite"),
    _newsroom_set(78, "rewrite"),
    _newsroom_set(79, "rewrite"),
    _newsroom_set(80, "rewrite"),
    _newsroom_set(81, "rewrite"),
    _newsroom_set(82, "rewrite"),
    _newsroom_set(83, "rewrite"),
    _newsroom_set(84, "rewrite"),
    _newsroom_set(85, "rewrite"),
    _newsroom_set(86, "rewrite"),
    _newsroom_set(87, "rewrite"),
    _newsroom_set(88, "rewrite"),
    _newsroom_set(89, "rewrite"),
    _newsroom_set(90, "rewrite"),
    _newsroom_set(91, "rewrite"),
    _newsroom_set(92, "rewrite"),
    _newsroom_set(93, "rewrite"),
    _newsroom_set(94, "rewrite"),
    _newsroom_set(95, "rewrite"),
    _newsroom_set(96, "rewrite"),
    _newsroom_set(97, "rewrite"),
    _newsroom_set(98, "rewrite"),
    _newsroom_set(99, "rewrite"),
    _newsroom_set(100, "rewrite"),
    _newsroom_set(101, "rewrite"),
    _newsroom_set(102, "rewrite"),
    _newsroom_set(103, "rewrite"),
    _newsroom_set(105, "rewrite"),
    _newsroom_set(104, "rewrite"),
    _newsroom_set(106, "rewrite"),
    _newsroom_set(107, "rewrite"),
    _newsroom_set(108, "rewrite"),
    _newsroom_set(109, "rewrite"),
    _newsroom_set(111, "rewrite"),
    _newsroom_set(110, "rewrite"),
    _newsroom_set(112, "rewrite"),
    _newsroom_set(113, "rewrite"),
    _newsroom_set(114, "rewrite"),
    _newsroom_set(115, "rewrite"),
]
SET_IDS = [s.folder for s in SETS]
CLAIMS = [(s, name, claim) for s in SETS for name, claim in claims(s.path)]
CLAIM_IDS = [f"{s.folder}/{name}:{claim['predicate']}" for s, name, claim in CLAIMS]


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_labels_parse_with_their_format(blind: BlindSet) -> None:
    check_format(blind.path)


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_every_labelled_file_exists_and_every_document_is_labelled(blind: BlindSet) -> None:
    check_files(blind.path)


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_claim_counts_per_document(blind: BlindSet) -> None:
    check_claim_counts(blind.path)


@pytest.mark.parametrize(("blind", "name", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_claim_is_well_formed(blind: BlindSet, name: str, claim: dict[str, Any]) -> None:
    approximate = APPROXIMATE.match(str(claim["value"]))
    if claim["predicate"] in ("camera_count", "city_count") and approximate:
        count = parse_count(claim["value"])
        figure = int(approximate.group(2))
        assert count.maximum is not None, claim["value"]
        if approximate.group(1) == "nearly":  # fewer than the figure
            assert count.minimum < figure == count.maximum + 1, claim["value"]
        else:
            assert count.minimum < figure < count.maximum, claim["value"]
        claim = {**claim, "value": approximate.group(2)}
    check_claim(claim)


@pytest.mark.parametrize(("blind", "name", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_quote_stands_in_the_document(blind: BlindSet, name: str, claim: dict[str, Any]) -> None:
    check_quote(name, claim, blind.path)


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_no_file_is_zawgyi(blind: BlindSet) -> None:
    check_encodings(blind.path)


@pytest.mark.parametrize(
    "blind", [s for s in SETS if s.relative_dates_explained], ids=lambda s: s.folder
)
def test_relative_dates_say_what_they_resolve(blind: BlindSet) -> None:
    for name, claim in claims(blind.path):
        if "text" in claim:
            assert claim["predicate"] == "started", name
            assert claim["text"] in claim["quote"], name


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_the_set_has_the_variety_it_promises(blind: BlindSet) -> None:
    docs = documents(blind.path)
    labelled = [claim for _, claim in claims(blind.path)]
    assert len(docs) == blind.documents
    styles = Counter(doc["style"] for doc in docs)
    assert sum(1 for doc in docs if doc["language"] == "my") >= blind.burmese
    assert all(styles[style] >= 1 for style in blind.styles), styles
    assert sum(1 for doc in docs if doc["file"].endswith(".html")) >= 1
    abroad = {
        doc["file"]
        for doc in docs
        for claim in doc["claims"]
        if not claim["place"].startswith("MM")
    }
    assert len(abroad) >= 2
    sizes = Counter(doc["origin"] for doc in docs)
    assert max(sizes.values()) >= blind.largest_origin
    if blind.every_status:
        assert {c["value"] for c in labelled if c["predicate"] == "status"} >= ALL_STATUSES
    if blind.every_stance:
        assert {c["stance"] for c in labelled} == {"asserts", "denies", "declines_to_comment"}
