"""The labelled extraction set (tests/extraction/) is itself consistent.

These tests check the evaluation set, not the extractor: every labelled document exists, every
quote stands in its document exactly as written, every place, predicate, value and organisation
is one the record knows, and the set has the variety it promises (Burmese, Zawgyi, origin groups).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml
from myanmartools import ZawgyiDetector

from countersight.atlas import gazetteer
from countersight.config import DATA_DIR
from countersight.evidence.vocabulary import (
    CAPABILITIES,
    DEPLOYMENT_STATUSES,
    PREDICATES,
    Stance,
    SubjectKind,
)

SET_DIR = Path(__file__).resolve().parent / "extraction"
LABELS = SET_DIR / "labels.yaml"
NOT_DOCUMENTS = {"labels.yaml", "README.md", "make_pdfs.py"}
STYLES = {
    "wire",
    "republication",
    "rewrite",
    "summary",
    "ngo",
    "blog",
    "tender",
    "company",
    "burmese",
    "zawgyi",
    "html",
    "pdf",
    "distractor",
    "other",
}
ORG_PREDICATES = {"hardware_supplier", "procurer", "installer", "authority", "software_supplier"}
COUNT = re.compile(r"^(\d+|(over|more than|at least) \d+|\d+-\d+|hundreds|thousands|dozens)$")
MONEY = re.compile(r"^[A-Z]{3} \d+$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@cache
def labels(set_dir: Path = SET_DIR) -> dict[str, Any]:
    return yaml.safe_load((set_dir / LABELS.name).read_text(encoding="utf-8"))


def documents(set_dir: Path = SET_DIR) -> list[dict[str, Any]]:
    return labels(set_dir)["documents"]


def claims(set_dir: Path = SET_DIR) -> list[tuple[str, dict[str, Any]]]:
    return [(doc["file"], claim) for doc in documents(set_dir) for claim in doc["claims"]]


CLAIM_IDS = [f"{name}:{claim['predicate']}" for name, claim in claims()]


@cache
def known_organisations() -> frozenset[str]:
    data = yaml.safe_load((DATA_DIR / "organisations" / "known.yaml").read_text("utf-8"))
    return frozenset(org["key"] for org in data["organisations"])


class _TextOnly(HTMLParser):
    """The text of a page with its tags removed (script and style contents left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _squash(text: str) -> str:
    return " ".join(text.split())


@cache
def document_text(name: str, set_dir: Path = SET_DIR) -> str:
    """The text a quote must stand in: tags removed for HTML, the text layer for PDF."""
    path = set_dir / name
    if path.suffix == ".html":
        parser = _TextOnly()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.parts)
    if path.suffix == ".pdf":
        pypdf = pytest.importorskip("pypdf")
        pages = pypdf.PdfReader(path).pages
        # A PDF's text layer breaks lines where the page did: compare with whitespace squashed.
        return _squash(" ".join(page.extract_text() or "" for page in pages))
    return path.read_text(encoding="utf-8")


def is_place(key: str) -> bool:
    if key in gazetteer():
        return True
    return len(key) == 2 and pycountry.countries.get(alpha_2=key) is not None


def check_format(set_dir: Path = SET_DIR) -> None:
    data = labels(set_dir)
    assert data["format"] == "countersight-labels/1"
    assert isinstance(data["documents"], list)
    for doc in documents(set_dir):
        assert {"file", "style", "language", "origin", "claims"} <= set(doc), doc.get("file")
        assert doc["style"] in STYLES, doc["file"]
        assert doc["language"] in ("en", "my"), doc["file"]
        assert isinstance(doc["claims"], list), doc["file"]


def test_labels_parse_with_their_format() -> None:
    check_format()


def check_files(set_dir: Path = SET_DIR) -> None:
    listed = [doc["file"] for doc in documents(set_dir)]
    assert len(listed) == len(set(listed)), "a document is labelled twice"
    present = {p.name for p in set_dir.iterdir() if p.is_file() and p.name not in NOT_DOCUMENTS}
    assert set(listed) == present


def test_every_labelled_file_exists_and_every_document_is_labelled() -> None:
    check_files()


def test_the_set_is_large_and_varied() -> None:
    docs = documents()
    assert len(docs) >= 30
    styles = Counter(doc["style"] for doc in docs)
    assert sum(1 for doc in docs if doc["language"] == "my") >= 4
    assert styles["zawgyi"] >= 1
    assert styles["distractor"] >= 2
    assert sum(1 for doc in docs if doc["file"].endswith(".html")) >= 6
    assert sum(1 for doc in docs if doc["file"].endswith(".pdf")) >= 2
    abroad = {
        doc["file"]
        for doc in docs
        for claim in doc["claims"]
        if not claim["place"].startswith("MM")
    }
    assert len(abroad) >= 4


def test_origin_groups() -> None:
    sizes = Counter(doc["origin"] for doc in documents())
    assert sum(1 for size in sizes.values() if size > 1) >= 5


def check_claim_counts(set_dir: Path = SET_DIR) -> None:
    for doc in documents(set_dir):
        n = len(doc["claims"])
        if doc["style"] == "distractor":
            assert n == 0, doc["file"]
        else:
            assert 2 <= n <= 10, (doc["file"], n)


def test_claim_counts_per_document() -> None:
    check_claim_counts()


def check_claim(claim: dict[str, Any]) -> None:
    predicate, value = claim["predicate"], claim["value"]
    assert (SubjectKind.deployment, predicate) in PREDICATES, predicate
    assert is_place(claim["place"]), claim["place"]
    assert claim["stance"] in {s.value for s in Stance}
    speaker = claim["speaker"]
    assert speaker in ("outlet", "unnamed") or speaker.startswith("org:"), speaker
    if speaker.startswith("org:") and not speaker.startswith("org:new:"):
        assert speaker.removeprefix("org:") in known_organisations(), speaker
    if predicate in ORG_PREDICATES:
        assert value.startswith("new:") or value in known_organisations(), value
    elif predicate == "located_in":
        assert is_place(value), value
    elif predicate == "planned_scope":
        places = [value] if isinstance(value, str) else value
        assert value == "all-states-and-regions" or all(is_place(p) for p in places), value
    elif predicate == "capability":
        assert value in CAPABILITIES, value
    elif predicate == "status":
        assert value in DEPLOYMENT_STATUSES, value
    elif predicate in ("camera_count", "city_count"):
        assert COUNT.match(str(value)), value
    elif predicate == "cost":
        assert MONEY.match(value), value
    elif predicate == "started":
        assert DATE.match(str(value)), value


@pytest.mark.parametrize(("name", "claim"), claims(), ids=CLAIM_IDS)
def test_claim_is_well_formed(name: str, claim: dict[str, Any]) -> None:
    check_claim(claim)


def check_quote(name: str, claim: dict[str, Any], set_dir: Path = SET_DIR) -> None:
    quote = claim["quote"]
    text = document_text(name, set_dir)
    if name.endswith(".pdf"):
        quote = _squash(quote)
    assert quote in text, f"{name}: {quote!r}"


@pytest.mark.parametrize(("name", "claim"), claims(), ids=CLAIM_IDS)
def test_quote_stands_in_the_document(name: str, claim: dict[str, Any]) -> None:
    check_quote(name, claim)


def check_encodings(set_dir: Path = SET_DIR) -> None:
    detector = ZawgyiDetector()
    for doc in documents(set_dir):
        if doc["language"] != "my":
            continue
        text = (set_dir / doc["file"]).read_text(encoding="utf-8")
        probability = detector.get_zawgyi_probability(text)
        if doc["style"] == "zawgyi":
            assert probability > 0.95, doc["file"]
            for claim in doc["claims"]:
                # Quotes stand in the file as it is (Zawgyi); quote_unicode is the same passage
                # after conversion, for an extractor that normalises before it matches.
                assert detector.get_zawgyi_probability(claim["quote"]) > 0.95
                assert detector.get_zawgyi_probability(claim["quote_unicode"]) < 0.05
        else:
            assert probability < 0.05, doc["file"]


def test_only_the_zawgyi_files_are_zawgyi() -> None:
    check_encodings()
