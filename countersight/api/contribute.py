"""What contributors send: suggested claims (JSON) and field reports (a multipart form).

Nothing sent here is public until a reviewer accepts it. A field report keeps no IP address,
user agent or time of day: the request's metadata is never read into it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException
from pydantic import ValidationError

from countersight import field_reports
from countersight.api.auth import Contributor
from countersight.api.common import Db
from countersight.config import evidence_dir
from countersight.contributions import Suggestion, SuggestionError, suggest

router = APIRouter(prefix="/api/v1", tags=["contribute"])


@router.post("/suggestions", status_code=201)
def suggest_claim(suggestion: Suggestion, contributor: Contributor, db: Db) -> dict[str, Any]:
    """Suggest a claim: what a source says (the exact quote) about a deployment, firm or tender."""
    try:
        claim = suggest(db, contributor, suggestion)
    except SuggestionError as exc:
        raise HTTPException(422, str(exc)) from None
    db.commit()
    return {"ref": claim.public_ref, "state": claim.review_state}


def _problems(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'report'}: {e['msg']}" for e in exc.errors()
    )


@router.post("/field-reports", status_code=201)
def submit_report(
    contributor: Contributor,
    db: Db,
    lat: Annotated[float, Form()],
    lon: Annotated[float, Form()],
    seen_on: Annotated[date, Form(description="the day the camera was seen (no time)")],
    camera_type: Annotated[str | None, Form(max_length=32)] = None,
    direction: Annotated[float | None, Form()] = None,
    capabilities: Annotated[list[str] | None, Form()] = None,
    note: Annotated[str | None, Form(max_length=2000)] = None,
) -> dict[str, Any]:
    """Report a camera you saw. It waits for review; nothing of it is public before."""
    try:
        details = field_reports.ReportDetails(
            lat=lat,
            lon=lon,
            seen_on=seen_on,
            camera_type=camera_type or None,
            direction=direction,
            capabilities=capabilities or [],
            note=note,
        )
    except ValidationError as exc:
        raise HTTPException(422, _problems(exc)) from None
    try:
        report = field_reports.submit(db, contributor, details, [], folder=evidence_dir())
    except field_reports.FieldReportError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    db.commit()
    return {"ref": report.public_ref, "state": report.review_state, "photos": len(report.photos)}
