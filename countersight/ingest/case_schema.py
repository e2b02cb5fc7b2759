"""The case file: a curated YAML file of places, organisations, sources, deployments and claims.

This module only reads and validates a file; `ingest.case_loader` writes it into the store.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from countersight.confidential import SourceDetails
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
MAX_OFFSET = 2**31 - 1

# Lengths match the store's columns, so a file that loads on SQLite loads on PostgreSQL too.
Key = Annotated[str, Field(pattern=KEY, max_length=120)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
LongName = Annotated[str, Field(min_length=1, max_length=300)]
Short = Annotated[str, Field(max_length=16)]
Ref = Annotated[str, Field(min_length=1, max_length=120)]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class NameEntry(_Entry):
    name: Name
    lang: Short = "und"
    script: Short | None = None
    kind: str = Field("variant", pattern="^(official|variant|historical)$")


class PlaceEntry(_Entry):
    """A place the gazetteer lacks (a township, a district), placed under a known parent."""

    key: Key
    kind: str = Field(pattern="^(country|state|region|union_territory|district|township|town)$")
    name: Name
    parent: Ref
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    iso_code: Short | None = None
    pcodes: list[Annotated[str, Field(max_length=32)]] = []
    names: list[NameEntry] = []


class OrganisationEntry(_Entry):
    key: Key
    name: LongName
    kind: OrganisationKind
    country: str | None = Field(None, pattern="^[A-Z]{2}$")
    aliases: list[LongName] = []


class SourceEntry(_Entry):
    key: Key
    kind: SourceKind
    outlet: LongName | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    language: Short | None = None
    primary_evidence: bool = False
    derived_from: Ref | None = None
    confidential: bool = False
    alias: str | None = None
    notes: str | None = None
    details: SourceDetails | None = None  # confidential sources only; sealed when loaded

    @model_validator(mode="after")
    def _confidential_sources_carry_only_an_alias(self) -> SourceEntry:
        if self.confidential:
            if not self.alias:
                raise ValueError("a confidential source needs an alias, the only name shown")
            leaking = [f for f in ("outlet", "title", "url", "notes") if getattr(self, f)]
            if leaking:
                raise ValueError(
                    f"a confidential source may not carry {', '.join(leaking)} in a case file: "
                    "identifying details are only kept sealed, never in clear text; put its "
                    "name, contact and notes under 'details:', which is sealed when loaded"
                )
        elif self.alias:
            raise ValueError("only a confidential source has an alias")
        elif self.details:
            raise ValueError(
                "only a confidential source has sealed details; a public source is described "
                "by its outlet, title and url"
            )
        return self


class RecordEntry(_Entry):
    """A deployment or a tender: identity only; what is said about it goes in claims."""

    key: Key
    name: LongName
    place: Ref | None = None
    description: str | None = None


class ClaimEntry(_Entry):
    source: Ref
    subject: str = Field(
        pattern=r"^(deployment|organisation|tender|place|camera)/.+$", max_length=140
    )
    predicate: Annotated[str, Field(max_length=64)]
    value: Any
    quote: str | None = None
    locator: str | None = None
    quote_start: int | None = Field(None, ge=0, le=MAX_OFFSET)
    quote_end: int | None = Field(None, ge=0, le=MAX_OFFSET)
    stance: Stance = Stance.asserts
    attributed_to: str | None = Field(None, pattern=r"^(organisation|source)/.+$", max_length=140)
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
    title: LongName
    recorded_by: Annotated[str, Field(min_length=1, max_length=120)]
    review: ReviewState = ReviewState.suggested
    places: list[PlaceEntry] = []
    organisations: list[OrganisationEntry] = []
    sources: list[SourceEntry] = []
    deployments: list[RecordEntry] = []
    tenders: list[RecordEntry] = []
    claims: list[ClaimEntry] = []


def _clean_text(value: Any, path: tuple[str | int, ...], problems: list[tuple]) -> Any:
    """Refuse NUL characters, and convert Zawgyi Burmese to Unicode before matching or storing."""
    if isinstance(value, str):
        if "\x00" in value:
            problems.append((path, "text may not contain NUL characters"))
            return value
        return to_unicode(value) if has_myanmar_script(value) else value
    if isinstance(value, list):
        return [_clean_text(v, (*path, i), problems) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: _clean_text(v, (*path, k), problems) for k, v in value.items()}
    return value


def _duplicate_keys(case: CaseFile, doc: LocatedYaml) -> list[Problem]:
    """The same key twice in one section would silently overwrite the first entry."""
    problems = []
    for section in ("places", "organisations", "sources", "deployments", "tenders"):
        seen: dict[str, int] = {}
        for index, entry in enumerate(getattr(case, section)):
            if entry.key in seen:
                problems.append(
                    doc.problem(
                        (section, index, "key"),
                        f"{section}[{index}] repeats the key {entry.key!r} of {section}"
                        f"[{seen[entry.key]}]",
                    )
                )
            seen.setdefault(entry.key, index)
    return problems


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
    text_problems: list[tuple] = []
    doc.data = _clean_text(doc.data, (), text_problems)
    if text_problems:
        raise InputError([doc.problem(path, message) for path, message in text_problems])
    try:
        case = CaseFile.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(_pydantic_problems(doc, exc)) from None
    duplicates = _duplicate_keys(case, doc)
    if duplicates:
        raise InputError(duplicates)
    return case, doc
