"""The review queue for reviewers: suggested claims and field reports, accept or reject,
marking a source as primary evidence, and who a confidential source is. Decisions use the same
functions as `countersight review` (review.decide, field_reports.decide), so the CLI and the API
behave alike; the reviewer's username is the audit actor.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight import field_reports
from countersight.api.auth import Reviewer
from countersight.api.common import Db
from countersight.config import evidence_dir
from countersight.redaction import confidential_details, public_claim
from countersight.review import ReviewError, decide, pending
from countersight.store.evidence_files import current_path
from countersight.store.models import Camera, EvidenceFile, Organisation, Source
from countersight.store.sealing import Sealer, SealingError

router = APIRouter(prefix="/api/v1/review", tags=["review"])
PHOTO_URL = "/api/v1/review/field-reports/{ref}/photos/{sha256}"


class Acceptance(BaseModel):
    reason: str | None = Field(None, max_length=2000)


class Rejection(BaseModel):
    reason: str = Field(min_length=1, max_length=2000, description="why: required")


class ReportAcceptance(Acceptance):
    primary_evidence: bool = Field(
        False, description="the photos show the camera: what it supports becomes verified"
    )


class PrimaryEvidence(BaseModel):
    primary: bool


@router.get("/claims")
def pending_claims(reviewer: Reviewer, db: Db) -> dict[str, Any]:
    """Suggested claims, oldest first, with their quotes and who recorded them."""
    organisations = {o.key: o for o in db.scalars(select(Organisation))}
    sources = {s.key: s for s in db.scalars(select(Source))}
    return {
        "items": [
            {
                **public_claim(c, organisations, sources),
                "recorded_by": c.recorded_by,
                "source_key": c.source.key,
            }
            for c in pending(db)
        ]
    }


def _decide_claim(db: Session, ref: str, accept: bool, reviewer: str, reason: str | None) -> dict:
    try:
        claim = decide(db, ref, accept=accept, reviewer=reviewer, reason=reason)
    except ReviewError as exc:
        status = 404 if str(exc).startswith("no claim") else 409
        raise HTTPException(status, str(exc)) from None
    db.commit()
    return {"ref": claim.public_ref, "state": claim.review_state, "reviewed_by": reviewer}


@router.post("/claims/{ref}/accept")
def accept_claim(ref: str, reviewer: Reviewer, db: Db, body: Acceptance | None = None) -> dict:
    return _decide_claim(db, ref, True, reviewer.username, body.reason if body else None)


@router.post("/claims/{ref}/reject")
def reject_claim(ref: str, body: Rejection, reviewer: Reviewer, db: Db) -> dict:
    return _decide_claim(db, ref, False, reviewer.username, body.reason)


@router.get("/field-reports")
def pending_reports(reviewer: Reviewer, db: Db) -> dict[str, Any]:
    """Field reports waiting for review, oldest first, with who sent them and their photos."""
    return {"items": [field_reports.for_reviewers(r, PHOTO_URL) for r in field_reports.pending(db)]}


@router.get("/field-reports/{ref}/photos/{sha256}")
def report_photo(ref: str, sha256: str, reviewer: Reviewer, db: Db) -> FileResponse:
    """A report's cleaned photo (the stored bytes: no metadata, bystanders blurred)."""
    try:
        report = field_reports.find(db, ref)
    except field_reports.FieldReportError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    if sha256 not in {p.evidence_sha256 for p in report.photos}:
        raise HTTPException(404, f"field report {ref} has no photo {sha256!r}")
    evidence = db.get(EvidenceFile, sha256)
    return FileResponse(
        current_path(evidence.stored_path, evidence_dir()),
        media_type=evidence.media_type,
        headers={"Cache-Control": "private, no-store"},
    )


def _decide_report(db: Session, ref: str, accept: bool, reviewer: str, **options: Any) -> dict:
    try:
        report = field_reports.decide(db, ref, accept=accept, reviewer=reviewer, **options)
    except field_reports.FieldReportError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    db.commit()
    return {
        "ref": report.public_ref,
        "state": report.review_state,
        "reviewed_by": reviewer,
        "camera": db.scalar(select(Camera.key).where(Camera.id == report.camera_id))
        if report.camera_id
        else None,
    }


@router.post("/field-reports/{ref}/accept")
def accept_report(
    ref: str, reviewer: Reviewer, db: Db, body: ReportAcceptance | None = None
) -> dict:
    """Accept a report: its camera appears on the public map, cited only by alias."""
    body = body or ReportAcceptance()
    return _decide_report(
        db, ref, True, reviewer.username, reason=body.reason, primary_evidence=body.primary_evidence
    )


@router.post("/field-reports/{ref}/reject")
def reject_report(ref: str, body: Rejection, reviewer: Reviewer, db: Db) -> dict:
    return _decide_report(db, ref, False, reviewer.username, reason=body.reason)


@router.put("/sources/{key}/primary-evidence")
def set_primary_evidence(key: str, body: PrimaryEvidence, reviewer: Reviewer, db: Db) -> dict:
    """Mark (or unmark) a source as primary evidence, e.g. the tender document itself.

    Verification is derived, never typed in: a fact asserted by primary evidence is verified,
    so this flag is the one lever a reviewer has over it (see evidence/verification.py).
    """
    source = db.scalar(select(Source).where(Source.key == key))
    if source is None:
        raise HTTPException(404, f"no source {key!r}")
    source.primary_evidence = body.primary
    db.commit()
    return {"source": source.key, "primary_evidence": source.primary_evidence}


@router.get("/sources/{key}")
def source_details(key: str, reviewer: Reviewer, db: Db) -> dict[str, Any]:
    """A source as reviewers see it: a confidential one's sealed name, contact and notes opened.

    This is the one door to those details outside the CLI; the key comes from the server's
    environment and never from the request.
    """
    source = db.scalar(select(Source).where(Source.key == key))
    if source is None:
        raise HTTPException(404, f"no source {key!r}")
    try:
        return confidential_details(source, Sealer.from_environment())
    except SealingError as exc:
        raise HTTPException(409, str(exc)) from None
