"""Confidential sources' identifying details: sealed onto the source, opened only with the key.

Who a source is (name, contact, notes) is stored only as `Source.sealed_details`, AES-GCM
sealed for that source ("source:<key>"), so neither a copy of the database nor the audit log
(which keeps only a fingerprint of bytes) can reveal it. Opening them needs the key; showing
them is for reviewers and admins only (redaction.confidential_details).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.ingest.yaml_lines import InputError, Problem
from countersight.store.models import Source
from countersight.store.sealing import Sealer, SealingError


class SourceDetails(BaseModel):
    """What identifies a confidential source. Never stored or shown in clear."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    name: str | None = Field(None, max_length=300)
    contact: str | None = Field(None, max_length=1000)
    notes: str | None = Field(None, max_length=20000)

    @model_validator(mode="after")
    def _not_empty(self) -> SourceDetails:
        if not (self.name or self.contact or self.notes):
            raise ValueError("give at least one of name, contact, notes")
        return self

    def to_bytes(self) -> bytes:
        return json.dumps(self.model_dump(), ensure_ascii=False, sort_keys=True).encode("utf-8")


def details_context(source_key: str) -> str:
    """The associated data that ties a sealed blob to one source."""
    return f"source:{source_key}"


def open_details(source: Source, sealer: Sealer) -> SourceDetails | None:
    """The source's details, or None if none were recorded; SealingError if they do not open."""
    if source.sealed_details is None:
        return None
    plaintext = sealer.open(source.sealed_details, context=details_context(source.key))
    return SourceDetails.model_validate_json(plaintext)


def seal_details(source: Source, details: SourceDetails, sealer: Sealer) -> None:
    """Seal `details` onto a confidential source.

    Details already stored must open with this key: sealing over them with another key would
    leave the atlas under two keys. When they are the same details the blob is kept, so
    loading the same case file twice changes nothing (a fresh nonce would make a new blob).
    """
    if not source.confidential:
        raise SealingError(
            details_context(source.key),
            "only a confidential source has sealed details; a public source's particulars "
            "are its outlet, title and URL",
        )
    if open_details(source, sealer) == details:
        return
    source.sealed_details = sealer.seal(details.to_bytes(), context=details_context(source.key))


def find_source(session: Session, key: str) -> Source:
    source = session.scalar(select(Source).where(Source.key == key))
    if source is None:
        raise InputError([Problem(f"source {key}", None, "no source has this key")])
    return source


def read_details_file(path: Path) -> SourceDetails:
    """Details from a YAML or JSON file (or stdin for "-"), so they never sit in shell history."""
    where = "standard input" if str(path) == "-" else str(path)
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError([Problem(where, None, f"cannot read the details: {exc}")]) from None
    if not isinstance(data, dict):
        raise InputError(
            [Problem(where, None, "expected a mapping with name, contact and/or notes")]
        )
    return parse_details(data, where)


def parse_details(data: dict[str, object], where: str) -> SourceDetails:
    """Validate details given by a user; problems name `where` they were typed or read."""
    try:
        return SourceDetails.model_validate(data)
    except ValidationError as exc:
        raise InputError(
            [
                Problem(where, None, f"{'.'.join(map(str, e['loc'])) or 'details'}: {e['msg']}")
                for e in exc.errors()
            ]
        ) from None
