"""The third blind extraction set (tests/extraction-unseen-3/) is itself consistent.

The same integrity checks as tests/test_extraction_labels.py (files, quotes, places, predicates,
values, organisations, encodings), pointed at the set written while the reader's second
generalisation round was under way. Approximate counts are labelled as written ("about 80",
"some 200"); they are checked with the project's own count parser instead of the strict pattern.
The variety check is this set's own.
"""

from __future__ import annotations

import re
from collections import Counter
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

UNSEEN3_DIR = Path(__file__).resolve().parent / "extraction-unseen-3"
UNSEEN3_CLAIMS = claims(UNSEEN3_DIR)
CLAIM_IDS = [f"{name}:{claim['predicate']}" for name, claim in UNSEEN3_CLAIMS]
APPROXIMATE = re.compile(r"^(about|around|roughly|some) (\d+)$")


def test_labels_parse_with_their_format() -> None:
    check_format(UNSEEN3_DIR)


def test_every_labelled_file_exists_and_every_document_is_labelled() -> None:
    check_files(UNSEEN3_DIR)


def test_claim_counts_per_document() -> None:
    check_claim_counts(UNSEEN3_DIR)


@pytest.mark.parametrize(("name", "claim"), UNSEEN3_CLAIMS, ids=CLAIM_IDS)
def test_claim_is_well_formed(name: str, claim: dict[str, Any]) -> None:
    approximate = APPROXIMATE.match(str(claim["value"]))
    if claim["predicate"] in ("camera_count", "city_count") and approximate:
        count = parse_count(claim["value"])
        figure = int(approximate.group(2))
        assert count.maximum is not None, claim["value"]
        assert count.minimum < figure < count.maximum, claim["value"]
        claim = {**claim, "value": approximate.group(2)}
    check_claim(claim)


@pytest.mark.parametrize(("name", "claim"), UNSEEN3_CLAIMS, ids=CLAIM_IDS)
def test_quote_stands_in_the_document(name: str, claim: dict[str, Any]) -> None:
    check_quote(name, claim, UNSEEN3_DIR)


def test_no_file_is_zawgyi() -> None:
    check_encodings(UNSEEN3_DIR)


def test_relative_dates_say_what_they_resolve() -> None:
    for name, claim in UNSEEN3_CLAIMS:
        if "text" in claim:
            assert claim["predicate"] == "started", name
            assert claim["text"] in claim["quote"], name


def test_the_set_has_the_variety_it_promises() -> None:
    docs = documents(UNSEEN3_DIR)
    assert len(docs) == 14
    styles = Counter(doc["style"] for doc in docs)
    assert sum(1 for doc in docs if doc["language"] == "my") >= 1
    assert styles["tender"] >= 1
    assert styles["ngo"] >= 1
    assert styles["distractor"] >= 1
    assert sum(1 for doc in docs if doc["file"].endswith(".html")) >= 1
    abroad = {
        doc["file"]
        for doc in docs
        for claim in doc["claims"]
        if not claim["place"].startswith("MM")
    }
    assert len(abroad) >= 2
    sizes = Counter(doc["origin"] for doc in docs)
    assert max(sizes.values()) >= 3
    statuses = {c["value"] for _, c in UNSEEN3_CLAIMS if c["predicate"] == "status"}
    assert statuses >= {"planned", "tendered", "awarded", "installing", "operational", "suspended"}
    stances = {c["stance"] for _, c in UNSEEN3_CLAIMS}
    assert stances == {"asserts", "denies", "declines_to_comment"}
