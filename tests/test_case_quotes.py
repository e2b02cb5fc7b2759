"""The bundled case file quotes its sources exactly, and keeps the report's caveats."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import MYANMAR_CASE, SHARED

EXAMPLES = SHARED / "examples"
VERSIONS = {
    "reuters-2022-07": EXAMPLES / "reuters-2022-07-12.txt",
    "rewrite-2022-07": EXAMPLES / "report-rewrite-2022-07.txt",
}


@pytest.fixture(scope="module")
def case() -> dict:
    return yaml.safe_load(MYANMAR_CASE.read_text(encoding="utf-8"))


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="../shared/examples is not beside this clone")
def test_every_quote_is_verbatim_in_the_version_it_cites(case: dict) -> None:
    texts = {key: path.read_text(encoding="utf-8") for key, path in VERSIONS.items()}
    quoted = [c for c in case["claims"] if c.get("quote")]
    assert len(quoted) > 30
    for claim in quoted:
        assert claim["quote"] in texts[claim["source"]], claim["quote"]


def test_the_rewrite_is_marked_as_a_copy_and_nothing_is_primary(case: dict) -> None:
    sources = {s["key"]: s for s in case["sources"]}
    assert sources["rewrite-2022-07"]["derived_from"] == "reuters-2022-07"
    reporting = [s for s in sources.values() if s["kind"] == "news_article"]
    assert not any(s.get("primary_evidence") for s in reporting)
    assert sources["reuters-2022-07-informants"]["confidential"] is True
