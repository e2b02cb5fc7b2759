"""Field reports: a camera someone saw, reported with optional photos, reviewed before it shows.

A report is private until a reviewer accepts it. Acceptance creates the camera, citing a
confidential source of kind field_report that the public sees only as "a contributor's field
report"; who submitted it stays with the report, for reviewers. Photos arrive already cleaned
(metadata stripped, bystanders blurred: ingest/photos.py) and are stored as evidence files;
an original is kept only if the contributor asks, and then only sealed.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator
from shapely.geometry import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.evidence.vocabulary import CAPABILITIES, ReviewState, SourceKind
from countersight.ingest.osm_import import TownIndex
from countersight.ingest.osm_tags import CAMERA_TYPES
from countersight.store.evidence_files import archive
from countersight.store.models import (
    Account,
    Camera,
    EvidenceFile,
    FieldReport,
    FieldReportPhoto,
    Source,
    utcnow,
)
from countersight.store.sealed_files import store_sealed
from countersight.store.sealing import Sealer

PUBLIC_ALIAS = "a contributor's field report"
MAX_PHOTOS = 6
EARLIEST_DAY = date(2000, 1, 1)


class FieldReportError(ValueError):
    """A report or a decision that cannot be made; `status` is the HTTP answer."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


class ReportDetails(BaseModel):
    """What a contributor says about the camera. No time of day: only the day it was seen."""

    model_config = ConfigDict(extra="forbid")

    lat: float = Field(ge=-90, le=90, description="latitude in degrees (WGS 84)")
    lon: float = Field(ge=-180, le=180, description="longitude in degrees (WGS 84)")
    camera_type: Literal[CAMERA_TYPES] | None = None  # type: ignore[valid-type]
    direction: float | None = Field(None, ge=0, lt=360, description="degrees from north")
    capabilities: list[Literal[CAPABILITIES]] = Field(  # type: ignore[valid-type]
        default_factory=list, max_length=len(CAPABILITIES)
    )
    seen_on: date
    note: str | None = Field(None, max_length=2000)

    @field_validator("lat", "lon", "direction")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("must be a finite number")
        return value

    @field_validator("seen_on")
    @classmethod
    def _plausible_day(cls, value: date) -> date:
        # A day ahead is allowed: the contributor's calendar may be ahead of the server's.
        if not EARLIEST_DAY <= value <= date.today() + timedelta(days=1):
            raise ValueError(f"must be a day between {EARLIEST_DAY} and today")
        return value

    @field_validator("capabilities")
    @classmethod
    def _distinct(cls, value: list[str]) -> list[str]:
        return sorted(set(value))

    @field_validator("note")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


class CleanedPhoto(Protocol):
    """What the report needs of ingest.photos.CleanPhoto."""

    data: bytes
    media_type: str
    sha256: str
    faces_blurred: int
    plates_blurred: int


@dataclass(frozen=True)
class PhotoUpload:
    cleaned: CleanedPhoto
    original: bytes | None = None  # only when the contributor asked to keep it


def submit(
    db: Session,
    account: Account,
    details: ReportDetails,
    photos: list[PhotoUpload],
    *,
    folder: Path,
    sealer: Sealer | None = None,
) -> FieldReport:
    """Queue a report for review, storing its cleaned photos (and sealed originals if asked)."""
    if len(photos) > MAX_PHOTOS:
        raise FieldReportError(f"at most {MAX_PHOTOS} photos per report, got {len(photos)}")
    if any(p.original is not None for p in photos) and sealer is None:
        raise FieldReportError("keeping originals needs a sealing key, and there is none", 503)
    report = FieldReport(
        **details.model_dump(),
        submitted_by_id=account.id,
        submitted_on=date.today(),
        review_state=ReviewState.suggested.value,
    )
    db.add(report)
    db.flush()
    for photo in photos:
        cleaned = photo.cleaned
        archive(
            db,
            cleaned.data,
            cleaned.media_type,
            folder=folder,
            action="received",
            note=f"field report {report.public_ref}: metadata stripped, "
            f"{cleaned.faces_blurred} face(s) and {cleaned.plates_blurred} plate(s) blurred",
        )
        if photo.original is not None and sealer is not None:
            store_sealed(folder, cleaned.sha256, photo.original, sealer)
        report.photos.append(
            FieldReportPhoto(
                evidence_sha256=cleaned.sha256,
                faces_blurred=cleaned.faces_blurred,
                plates_blurred=cleaned.plates_blurred,
                original_sealed=photo.original is not None,
            )
        )
    db.flush()
    return report


def pending(db: Session) -> list[FieldReport]:
    """Reports waiting for review, oldest first."""
    query = select(FieldReport).where(FieldReport.review_state == ReviewState.suggested.value)
    return list(db.scalars(query.order_by(FieldReport.id)))


def find(db: Session, ref: str) -> FieldReport:
    report = db.scalar(select(FieldReport).where(FieldReport.public_ref == ref))
    if report is None:
        raise FieldReportError(f"no field report {ref!r}", 404)
    return report


def _camera_for(db: Session, report: FieldReport, source: Source) -> Camera:
    """The public camera a report becomes. Its key is new and random, not the report's ref:
    a contributor's receipt (or a seized phone holding it) must not point at the camera."""
    point = Point(report.lon, report.lat)
    return Camera(
        key=f"field-report/{secrets.token_hex(8)}",
        lat=report.lat,
        lon=report.lon,
        geom=point,
        surveillance_type="camera",
        camera_type=report.camera_type,
        directions=[] if report.direction is None else [report.direction],
        direction_ranges=[],
        capabilities=list(report.capabilities),
        first_seen=report.seen_on,
        last_seen=report.seen_on,
        status="active",
        source_id=source.id,
        place_id=TownIndex(db).nearest([point])[0],
        provenance={"field_report": True, "seen_on": report.seen_on.isoformat()},
    )


def decide(
    db: Session,
    ref: str,
    *,
    accept: bool,
    reviewer: str,
    reason: str | None = None,
    primary_evidence: bool = False,
) -> FieldReport:
    """Accept (creating the camera) or reject (with a reason) one report; audited as writes.

    A reviewer who has checked the photos may mark the report primary evidence (a dated photo
    of the camera), which makes what it shows "verified"; a report without photos cannot be.
    """
    report = find(db, ref)
    if report.review_state != ReviewState.suggested.value:
        raise FieldReportError(
            f"field report {ref} was already {report.review_state} by {report.reviewed_by}", 409
        )
    if not accept and not (reason and reason.strip()):
        raise FieldReportError("a rejection needs a reason")
    if primary_evidence and not (accept and report.photos):
        raise FieldReportError("only an accepted report with photos can be primary evidence")
    if accept:
        source = Source(
            key=f"field-report-{report.public_ref}",
            kind=SourceKind.field_report.value,
            confidential=True,
            public_alias=PUBLIC_ALIAS,
            primary_evidence=primary_evidence,
        )
        db.add(source)
        db.flush()
        camera = _camera_for(db, report, source)
        db.add(camera)
        db.flush()
        report.camera_id = camera.id
        for photo in report.photos:
            db.get(EvidenceFile, photo.evidence_sha256).source_id = source.id
    report.review_state = (ReviewState.accepted if accept else ReviewState.rejected).value
    report.reviewed_by = reviewer
    report.reviewed_at = utcnow()
    report.review_reason = reason.strip() if reason else None
    db.flush()
    return report


def for_reviewers(report: FieldReport, photo_url: str) -> dict[str, Any]:
    """A report as reviewers see it, including who sent it. Never a public output."""
    return {
        "ref": report.public_ref,
        "lat": report.lat,
        "lon": report.lon,
        "camera_type": report.camera_type,
        "direction": report.direction,
        "capabilities": report.capabilities,
        "seen_on": report.seen_on.isoformat(),
        "note": report.note,
        "submitted_by": report.submitted_by.username,
        "submitted_on": report.submitted_on.isoformat(),
        "state": report.review_state,
        "photos": [
            {
                "sha256": p.evidence_sha256,
                "url": photo_url.format(ref=report.public_ref, sha256=p.evidence_sha256),
                "faces_blurred": p.faces_blurred,
                "plates_blurred": p.plates_blurred,
                "original_sealed": p.original_sealed,
            }
            for p in report.photos
        ],
    }
