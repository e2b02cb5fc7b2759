"""Documents in, suggestions queued, origins grouped, reviews audited, as users run it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from countersight import atlas
from countersight.api.app import create_app
from countersight.ingest.documents import read_document
from tests.conftest import MYANMAR_CASE, SHARED, write
from tests.test_cli import EXECUTABLE

EXAMPLES = SHARED / "examples"
REPORT = EXAMPLES / "reuters-2022-07-12.txt"
REWRITE = EXAMPLES / "report-rewrite-2022-07.txt"
pytestmark = pytest.mark.skipif(
    not EXAMPLES.exists(), reason="../shared/examples is not beside this clone"
)


@pytest.fixture
def cli(database: str, tmp_path: Path):
    evidence = tmp_path / "evidence"

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "COUNTERSIGHT_DB": database,
            "COUNTERSIGHT_EVIDENCE": str(evidence),
            "COLUMNS": "200",
        }
        result = subprocess.run(
            [EXECUTABLE, *args], env=env, capture_output=True, text=True, timeout=300
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stderr}")
        return result

    run.evidence = evidence  # type: ignore[attr-defined]
    return run


def _suggested(cli) -> list[dict]:
    return json.loads(cli("claims", "--state", "suggested", "--format", "json").stdout)


def test_import_suggests_claims_with_exact_quotes_and_groups_the_two_versions(
    cli, database: str, tmp_path: Path
) -> None:
    cli("init")
    junk = write(tmp_path / "junk.pdf", b"%PDF-1.4 truncated")
    result = cli("import-document", str(REPORT), str(REWRITE), str(junk), check=False)
    assert result.returncode == 2  # one file refused, the others imported
    assert "refused" in result.stdout and "junk.pdf" in result.stdout
    assert result.stdout.count("imported") >= 2

    suggestions = _suggested(cli)
    assert suggestions, "the report names suppliers, places and counts"
    texts = {p.name: read_document(p).text for p in cli.evidence.rglob("*") if p.is_file()}
    for claim in suggestions:
        assert claim["rule"], claim
        assert claim["state"] == "suggested"
        start, end = claim["quote_start"], claim["quote_end"]
        assert any(text[start:end] == claim["quote"] for text in texts.values()), claim
    predicates = {(c["subject"], c["predicate"]) for c in suggestions}
    assert ("deployment/mawlamyine-safe-city", "hardware_supplier") in predicates

    origins = json.loads(cli("origins", "--format", "json").stdout)
    assert len(origins) == 1 and len(origins[0]["documents"]) == 1
    assert origins[0]["documents"][0]["why"]

    again = cli("import-document", str(REPORT), str(REWRITE))
    assert again.stdout.count("already imported") == 2
    assert len(_suggested(cli)) == len(suggestions)

    engine = atlas.open_atlas(database)
    client = TestClient(create_app(engine))
    assert client.get("/api/v1/claims").json()["items"] == []  # nothing suggested is public
    engine.dispose()


def test_review_accepts_into_facts_and_every_decision_is_audited(cli, database: str) -> None:
    cli("init")
    cli("load", str(MYANMAR_CASE))
    cli("import-document", str(REWRITE))
    suggestions = _suggested(cli)
    supplier = next(
        c
        for c in suggestions
        if c["subject"] == "deployment/mawlamyine-safe-city"
        and c["predicate"] == "hardware_supplier"
    )
    refused = cli("review", "--reject", supplier["ref"], check=False)
    assert refused.returncode == 2 and "reason" in refused.stderr
    cli("review", "--accept", supplier["ref"], "--as", "reviewer-1")
    again = cli("review", "--accept", supplier["ref"], check=False)
    assert again.returncode == 2 and "already accepted" in again.stderr
    others = [c["ref"] for c in suggestions if c["ref"] != supplier["ref"]]
    if others:
        cli("review", "--reject", others[0], "--reason", "not about this project")
    assert cli("audit", "verify").returncode == 0

    engine = atlas.open_atlas(database)
    client = TestClient(create_app(engine))
    refs = {c["ref"] for c in client.get("/api/v1/claims", params={"limit": 500}).json()["items"]}
    assert supplier["ref"] in refs
    if others:
        assert others[0] not in refs
    engine.dispose()


def test_a_reviewer_can_split_and_rejoin_an_origin(cli) -> None:
    cli("init")
    cli("import-document", str(REPORT), str(REWRITE))
    group = json.loads(cli("origins", "--format", "json").stdout)[0]
    copy = group["documents"][0]["key"]
    head = group["origin"]["ref"]
    cli("origins", "split", copy, "--reason", "checked: independent reporting")
    assert len(json.loads(cli("origins", "--format", "json").stdout)) == 2
    cli("import-document", str(REPORT))  # regrouping never undoes a reviewer
    assert len(json.loads(cli("origins", "--format", "json").stdout)) == 2
    cli("origins", "link", copy, "--to", head, "--reason", "same story after all")
    groups = json.loads(cli("origins", "--format", "json").stdout)
    assert len(groups) == 1 and groups[0]["documents"][0]["set_by"] == "cli"
    loop = cli("origins", "link", head, "--to", copy, "--reason", "loop", check=False)
    assert loop.returncode == 2 and "derives from" in loop.stderr
