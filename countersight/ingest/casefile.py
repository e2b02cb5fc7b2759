"""The case file: a curated YAML file of places, organisations, sources, deployments and claims.

This module only reads and validates a file; `ingest.case_loader` writes it into the store.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from countersight.evidence.vocabulary import (
    OrganisationKind,
    ReviewState,
    SourceKind,
    Stance,
    SubjectKind,
)
from countersight.geo.burmese import has_myanmar_script, to_unicode
from countersight.ingest.yaml_lines import InputError, LocatedYaml, Problem, load_yaml

KEY = r"^[A-Za-z0-9][A-Za-z0-9_.:/-]*$"
FORMAT = "countersight-case/1"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class NameEntry(_Entry):
    name: str
    lang: str = "und"
    script: str | None = None
    kind: str = Field("variant", pattern="^(official|variant|historical)$")


class PlaceEntry(_Entry):
    """A place the gazetteer lacks (a township, a district), placed under a known parent."""

    key: str = Field(pattern=KEY)
    kind: str = Field(pattern="^(country|state|region|union_territory|district|township|town)$")
    name: str
    parent: str
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    iso_code: str | None = None
    pcodes: list[str] = []
    names: list[NameEntry] = []


class OrganisationEntry(_Entry):
    key: str = Field(pattern=KEY)
    name: str
    kind: OrganisationKind
    country: str | None = Field(None, pattern="^[A-Z]{2}$")
    aliases: list[str] = []


class SourceEntry(_Entry):
    key: str = Field(pattern=KEY)
    kind: SourceKind
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    primary_evidence: bool = False
    derived_from: str | None = None
    confidential: bool = False
    alias: str | None = None
    notes: str | None = None

    @model_validator(mode="after")
    def _confidential_sources_carry_only_an_alias(self) -> SourceEntry:
        if self.confidential:
            if not self.alias:
                raise ValueError("a confidential source needs an alias, the only name shown")
            leaking = [f for f in ("outlet", "title", "url", "notes") if getattr(self, f)]
            if leaking:
                raise ValueError(
                    f"a confidential source may not carry {', '.join(leaking)} in a case file: "
                    "identifying details are only kept sealed, never in clear text"
                )
        elif self.alias:
            raise ValueError("only a confidential source has an alias")
        return self


class RecordEntry(_Entry):
    """A deployment or a tender: identity only; what is said about it goes in claims."""

    key: str = Field(pattern=KEY)
    name: str
    place: str | None = None
    description: str | None = None


class ClaimEntry(_Entry):
    source: str
    subject: str = Field(pattern=r"^(deployment|organisation|tender|place|camera)/.+$")
    predicate: str
    value: Any
    quote: str | None = None
    locator: str | None = None
    quote_start: int | None = Field(None, ge=0)
    quote_end: int | None = Field(None, ge=0)
    stance: Stance = Stance.asserts
    attributed_to: str | None = Field(None, pattern=r"^(organisation|source)/.+$")
    review: ReviewState | None = None
    note: str | None = None

    @property
    def subject_kind(self) -> SubjectKind:
        return SubjectKind(self.subject.split("/", 1)[0])

    @property
    def subject_key(self) -> str:
        return self.subject.split("/", 1)[1]


class CaseFile(_Entry):
    format: str = Field(pattern=f"^{re.escape(FORMAT)}$")
    title: str
    recorded_by: str
    review: ReviewState = ReviewState.suggested
    places: list[PlaceEntry] = []
    organisations: list[OrganisationEntry] = []
    sources: list[SourceEntry] = []
    deployments: list[RecordEntry] = []
    tenders: list[RecordEntry] = []
    claims: list[ClaimEntry] = []


def _unicode_burmese(value: Any) -> Any:
    """Convert any Zawgyi-encoded Burmese in the file to Unicode before it is matched or stored."""
    if isinstance(value, str):
        return to_unicode(value) if has_myanmar_script(value) else value
    if isinstance(value, list):
        return [_unicode_burmese(v) for v in value]
    if isinstance(value, dict):
        return {k: _unicode_burmese(v) for k, v in value.items()}
    return value


def _describe(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


def _pydantic_problems(doc: LocatedYaml, error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors():
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and "[" in p))
        if item["type"] == "extra_forbidden":
            parent = _describe(loc[:-1])
            message = f"unknown field {loc[-1]!r} in {parent}"
        elif item["type"] == "missing":
            message = f"{_describe(loc)} is required but missing"
        else:
            got = item.get("input")
            shown = f" (got {got!r})" if isinstance(got, str | int | float) else ""
            message = f"{_describe(loc)}: {item['msg']}{shown}"
        problems.append(doc.problem(loc, message))
    return problems


def read_case_file(file: Path) -> tuple[CaseFile, LocatedYaml]:
    """Parse and validate a case file; raise InputError listing every problem with its line."""
    doc = load_yaml(file)
    if not isinstance(doc.data, dict):
        raise InputError(
            [
                doc.problem(
                    (),
                    "expected a mapping with 'format', 'title', 'sources', "
                    "'claims' …; found " + type(doc.data).__name__,
                )
            ]
        )
    doc.data = _unicode_burmese(doc.data)
    try:
        return CaseFile.model_validate(doc.data), doc
    except ValidationError as exc:
        raise InputError(_pydantic_problems(doc, exc)) from None
