"""Import documents: each becomes a source, its file archived, its suggested claims queued.

One file, one transaction: a bad file is refused with a message and the rest of the batch goes
on; nothing of a refused file is stored. A file already imported (same bytes) is left as it is,
so a batch can be re-run. Suggestions wait in the review queue (state `suggested`) and reach no
public output until a reviewer accepts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from countersight.evidence.vocabulary import SourceKind
from countersight.extract.suggestion import NEW_ORGANISATION, OUTLET, UNNAMED, Suggestion
from countersight.ingest.case_loader import claim_key, value_ref
from countersight.ingest.documents import DocumentError, DocumentText, read_document
from countersight.store.database import transaction
from countersight.store.models import (
    Claim,
    CustodyEvent,
    Deployment,
    EvidenceFile,
    Organisation,
    Place,
    Source,
)

Suggester = Callable[[DocumentText], list[Suggestion]]


@dataclass
class DocumentOutcome:
    file: str
    status: str  # imported, already imported, refused
    source: str | None = None
    suggestions: int = 0
    problem: str | None = None


def deployment_key_for(session: Session, place_key: str) -> str:
    """The deployment a suggestion about a place is filed under.

    The one deployment already recorded for that place if there is exactly one; otherwise a
    key made from the place ("MM-04/mandalay" → "mandalay-safe-city"), created when a reviewer
    accepts a claim about it.
    """
    place_id = session.scalar(select(Place.id).where(Place.key == place_key))
    if place_id is not None:
        keys = session.scalars(select(Deployment.key).where(Deployment.place_id == place_id)).all()
        if len(keys) == 1:
            return keys[0]
    slug = re.sub(r"[^a-z0-9]+", "-", place_key.rsplit("/", 1)[-1].casefold()).strip("-")
    return f"{slug}-safe-city"


def _speaker(session: Session, speaker: str) -> tuple[str | None, str | None]:
    """attributed_to and a note for who says it."""
    if speaker == OUTLET:
        return None, None
    if speaker == UNNAMED:
        return None, "said by an unnamed source"
    key = speaker.removeprefix("org:")
    if key.startswith(NEW_ORGANISATION):
        return None, f"said by {key.removeprefix(NEW_ORGANISATION)} (not yet in the atlas)"
    if session.scalar(select(Organisation.id).where(Organisation.key == key)) is not None:
        return f"organisation/{key}", None
    return None, f"said by {key} (not yet in the atlas)"


def main_text_path(archived: Path) -> Path:
    """Where the main text read from an archived file is kept, beside it."""
    return archived.with_name(archived.name.split(".", 1)[0] + ".main.txt")


def _write_once(target: Path, content: bytes) -> None:
    """Write a content-addressed file whole or not at all; an existing one is the same."""
    if not target.exists():
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(content)
        partial.replace(target)


def _archive(document: DocumentText, folder: Path) -> Path:
    """Store the file's bytes by their hash (once), and its main text beside them.

    Keeping the text spares origin grouping from re-reading every page and PDF in the atlas
    each time a document is imported.
    """
    target = folder / document.sha256[:2] / f"{document.sha256}{document.path.suffix.lower()}"
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_once(target, document.raw)
    _write_once(main_text_path(target), document.text.encode("utf-8"))
    return target


def _store(
    session: Session,
    document: DocumentText,
    suggestions: list[Suggestion],
    *,
    kind: SourceKind,
    evidence: Path,
    actor: str,
) -> tuple[Source, int]:
    source = Source(
        key=f"doc-{document.sha256[:16]}",
        kind=kind.value,
        outlet=document.outlet,
        title=document.title,
        published=document.published,
        url=document.url,
        language=document.language,
        content_sha256=document.sha256,
        notes=f"imported from {document.path.name}"
        + ("; converted from Zawgyi" if document.converted_from_zawgyi else ""),
    )
    session.add(source)
    session.flush()
    stored = _archive(document, evidence)
    if session.get(EvidenceFile, document.sha256) is None:
        session.add(
            EvidenceFile(
                sha256=document.sha256,
                media_type=document.media_type,
                size=len(document.raw),
                stored_path=str(stored),
                source_id=source.id,
            )
        )
        session.flush()
    session.add(
        CustodyEvent(
            evidence_sha256=document.sha256,
            actor=actor,
            action="archived",
            note=f"imported from {document.path.name}",
        )
    )
    seen: set[str] = set()
    for suggestion in suggestions:
        subject = deployment_key_for(session, suggestion.place)
        attributed_to, note = _speaker(session, suggestion.speaker)
        key = claim_key(
            source.key,
            f"deployment/{subject}",
            suggestion.predicate,
            suggestion.value,
            suggestion.stance.value,
            suggestion.quote,
            attributed_to,
        )
        if key in seen:
            continue
        seen.add(key)
        session.add(
            Claim(
                key=key,
                source_id=source.id,
                subject_kind="deployment",
                subject_key=subject,
                predicate=suggestion.predicate,
                value=suggestion.value.model_dump(mode="json"),
                value_ref=value_ref(suggestion.value),
                quote=suggestion.quote,
                locator=f"characters {suggestion.start}–{suggestion.end}",
                quote_start=suggestion.start,
                quote_end=suggestion.end,
                stance=suggestion.stance.value,
                attributed_to=attributed_to,
                note=note,
                recorded_by=actor,
                review_state="suggested",
                rule=suggestion.rule,
            )
        )
    session.flush()
    return source, len(seen)


def import_documents(
    engine: Engine,
    paths: list[Path],
    suggest: Suggester,
    *,
    evidence: Path,
    outlet: str | None = None,
    published: date | None = None,
    url: str | None = None,
    kind: SourceKind = SourceKind.news_article,
    actor: str = "cli",
    progress: Callable[[Path], None] | None = None,
) -> list[DocumentOutcome]:
    """Import each file in its own transaction; report what happened to every one."""
    outcomes = []
    for path in paths:
        if progress:
            progress(path)
        try:
            document = read_document(path, outlet=outlet, published=published, url=url)
        except DocumentError as exc:
            outcomes.append(DocumentOutcome(str(path), "refused", problem=exc.problem))
            continue
        with transaction(engine, actor) as session:
            existing = session.scalar(
                select(Source.key).where(Source.content_sha256 == document.sha256)
            )
            if existing is not None:
                outcomes.append(DocumentOutcome(str(path), "already imported", source=existing))
                continue
            suggestions = suggest(document)
            source, count = _store(
                session, document, suggestions, kind=kind, evidence=evidence, actor=actor
            )
            outcomes.append(DocumentOutcome(str(path), "imported", source.key, count))
    return outcomes
