"""What contributors send: suggested claims (JSON) and field reports (a multipart form).

Nothing sent here is public until a reviewer accepts it. A field report keeps no IP address or
user agent (the request's metadata is never read into it) and records days, not times; the exact
time it was sent is kept only where nothing is public: the audit log, the evidence records (and
files) with their custody events, and backups. Bodies over the size limit are refused before
they reach here (api/body_limit.py).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from pydantic import ValidationError

from countersight import field_reports
from countersight.api.auth import Contributor
from countersight.api.common import Db
from countersight.config import evidence_dir
from countersight.contributions import Suggestion, SuggestionError, suggest
from countersight.ingest.photos import MAX_UPLOAD_BYTES, PhotoError, clean_photo
from countersight.store.sealing import Sealer, SealingError

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
    photos: Annotated[list[UploadFile] | None, File(description="JPEG, PNG or WebP")] = None,
    keep_original: Annotated[bool, Form()] = False,
) -> dict[str, Any]:
    """Report a camera you saw, with photos. It waits for review; nothing of it is public before.

    Photos are cleaned before anything is stored (metadata stripped, faces and plates
    blurred); the original is discarded unless `keep_original`, and then kept only sealed.
    Any bad photo refuses the whole report, with nothing stored.
    """
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
    uploads = _cleaned(photos or [], keep_original)
    sealer = _sealer() if keep_original and uploads else None
    try:
        report = field_reports.submit(
            db, contributor, details, uploads, folder=evidence_dir(), sealer=sealer
        )
    except field_reports.FieldReportError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    db.commit()
    return {"ref": report.public_ref, "state": report.review_state, "photos": len(report.photos)}


def _cleaned(photos: list[UploadFile], keep_original: bool) -> list[field_reports.PhotoUpload]:
    """Each upload read (up to the size limit) and cleaned; the first bad one refuses all."""
    if len(photos) > field_reports.MAX_PHOTOS:
        raise HTTPException(413, f"at most {field_reports.MAX_PHOTOS} photos per report")
    cleaned = []
    for upload in photos:
        if not upload.filename and not upload.size:
            continue  # a form's empty file field, as browsers send it when nothing was chosen
        name = upload.filename or "photo"
        data = upload.file.read(MAX_UPLOAD_BYTES + 1)
        try:
            if len(data) > MAX_UPLOAD_BYTES:
                raise PhotoError(
                    name, f"photos may be at most {MAX_UPLOAD_BYTES // 2**20} MiB", 413
                )
            photo = clean_photo(data, name)
        except PhotoError as exc:
            raise HTTPException(exc.status, str(exc)) from None
        cleaned.append(field_reports.PhotoUpload(photo, data if keep_original else None))
    return cleaned


def _sealer() -> Sealer:
    try:
        return Sealer.from_environment()
    except SealingError as exc:
        raise HTTPException(
            503,
            f"originals cannot be kept on this atlas ({exc}); send the report without keeping them",
        ) from None
