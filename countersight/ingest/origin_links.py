"""Keep the store's origin links (Source.derived_from) in step with grouping and reviewers.

Corroboration counts origins (evidence/verification.py follows derived_from), so the grouping
in extract/origins.py is written here as links from each document to its group's earliest
one. A reviewer can join or split documents; automatic grouping never undoes that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.config import evidence_dir
from countersight.evidence.values import CLAIM_VALUE
from countersight.extract.evaluation import value_identity
from countersight.extract.origins import Canonical, StoryText, group_origins
from countersight.ingest.document_import import main_text_path
from countersight.ingest.documents import DocumentError, read_document
from countersight.redaction import public_source
from countersight.store.evidence_files import current_path
from countersight.store.models import Claim, EvidenceFile, Source

AUTOMATIC = "origin grouping"


class OriginError(ValueError):
    """A reviewer's origin change that cannot be made, and why."""


@dataclass
class OriginReport:
    linked: int = 0
    unreadable: list[str] = field(default_factory=list)


def _documents(session: Session) -> list[tuple[Source, Path]]:
    rows = session.execute(
        select(Source, EvidenceFile.stored_path)
        .join(EvidenceFile, EvidenceFile.sha256 == Source.content_sha256)
        .order_by(Source.id)
    ).all()
    folder = evidence_dir()
    return [(source, current_path(stored, folder)) for source, stored in rows]


def _earliest(members: list[Source]) -> Source:
    return min(members, key=lambda s: (s.published or date.max, s.id))


def _facts(session: Session) -> dict[int, frozenset]:
    """Per source, what its claims state (as in extract.evaluation.story_facts)."""
    facts: dict[int, set] = {}
    rows = session.execute(
        select(
            Claim.source_id, Claim.subject_key, Claim.predicate, Claim.value, Claim.stance
        ).where(Claim.predicate != "located_in", Claim.review_state != "rejected")
    )
    for source_id, subject, predicate, value, stance in rows:
        identity = value_identity(CLAIM_VALUE.validate_python(value))
        facts.setdefault(source_id, set()).add((subject, predicate, identity, stance))
    return {source_id: frozenset(found) for source_id, found in facts.items()}


def assign_origins(session: Session, canonical: Canonical | None = None) -> OriginReport:
    """Group every archived document and link each to its group's earliest document."""
    report = OriginReport()
    sources, stories = [], []
    facts = _facts(session)
    for source, stored in _documents(session):
        kept = main_text_path(stored)
        try:
            text = kept.read_text("utf-8") if kept.exists() else read_document(stored).text
        except DocumentError as exc:
            report.unreadable.append(f"{source.key}: {exc.problem}")
            continue
        sources.append(source)
        stories.append(
            StoryText(source.key, text, source.outlet, facts.get(source.id, frozenset()))
        )
    grouping = group_origins(stories, canonical)
    reasons = {pair[1]: why for pair, why in grouping.reasons.items()}
    for members in grouping.groups():
        group = [sources[i] for i in members]
        head = _earliest(group)
        for i in members:
            source = sources[i]
            if source.origin_set_by not in (None, AUTOMATIC):
                continue  # a reviewer decided this one
            wanted = None if source is head else head.id
            if source.derived_from_id != wanted:
                source.derived_from_id = wanted
                source.origin_note = reasons.get(i) if wanted else None
                source.origin_set_by = AUTOMATIC if wanted else None
                report.linked += 1
    session.flush()
    return report


def _source(session: Session, key: str) -> Source:
    source = session.scalar(select(Source).where(Source.key == key))
    if source is None:
        raise OriginError(f"no source {key!r}")
    return source


def link_origin(session: Session, key: str, to: str, reason: str, reviewer: str) -> None:
    """A reviewer says `key` relays the same story as `to`."""
    source, target = _source(session, key), _source(session, to)
    head = target
    seen = {source.id}
    while head.derived_from is not None:
        if head.id in seen:
            raise OriginError(f"{to!r} already derives from {key!r}")
        seen.add(head.id)
        head = head.derived_from
    if head.id == source.id:
        raise OriginError(f"{to!r} already derives from {key!r}")
    source.derived_from_id = head.id
    source.origin_note = reason
    source.origin_set_by = reviewer
    session.flush()


def split_origin(session: Session, key: str, reason: str, reviewer: str) -> None:
    """A reviewer says `key` is an independent report, not a copy of anything."""
    source = _source(session, key)
    source.derived_from_id = None
    source.origin_note = reason
    source.origin_set_by = reviewer
    session.flush()


def list_origins(session: Session) -> list[dict[str, Any]]:
    """Each origin with the documents that relay it, and why they were joined."""
    documents = [source for source, _ in _documents(session)]
    heads: dict[int, list[Source]] = {}
    for source in documents:
        head = source
        while head.derived_from is not None:
            head = head.derived_from
        heads.setdefault(head.id, []).append(source)
    groups = []
    for members in heads.values():
        head = next(s for s in members if s.derived_from_id is None)
        groups.append(
            {
                "origin": public_source(head),
                "documents": [
                    {
                        "key": s.key,
                        "outlet": s.outlet,
                        "title": s.title,
                        "published": s.published.isoformat() if s.published else None,
                        "why": s.origin_note,
                        "set_by": s.origin_set_by,
                    }
                    for s in members
                    if s is not head
                ],
            }
        )
    return groups
