"""The schema: sources, claims and the records claims are about, evidence files and the audit log.

Deployments, organisations and tenders hold only identity (a key, a name, a place); everything
said about them lives in claims, and their facts are derived from accepted claims.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from shapely.geometry.base import BaseGeometry
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from countersight.store.types import GeometryType

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def opaque_ref() -> str:
    """A random public handle: unlike a key or a content hash, it reveals nothing."""
    return secrets.token_hex(8)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar = {dict[str, Any]: JSON, list[Any]: JSON}


class Place(Base):
    """A country, state/region, district, township or town, in a hierarchy."""

    __tablename__ = "places"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    iso_code: Mapped[str | None] = mapped_column(String(16), index=True)
    pcodes: Mapped[list[Any]] = mapped_column(default=list)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    population: Mapped[int | None] = mapped_column(BigInteger)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geom: Mapped[BaseGeometry | None] = mapped_column(GeometryType())
    origin: Mapped[str] = mapped_column(String(40), default="gazetteer")

    parent: Mapped[Place | None] = relationship(remote_side=[id])
    names: Mapped[list[PlaceName]] = relationship(
        back_populates="place", cascade="all, delete-orphan", order_by="PlaceName.id"
    )


class PlaceName(Base):
    """One name of a place in one language and script, official, variant or historical."""

    __tablename__ = "place_names"
    __table_args__ = (UniqueConstraint("place_id", "name", "lang"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(16))
    script: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    place: Mapped[Place] = relationship(back_populates="names")


class Organisation(Base):
    """A manufacturer, integrator, software firm, authority, outlet or NGO (never a person)."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    aliases: Mapped[list[OrganisationAlias]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="OrganisationAlias.id"
    )


class OrganisationAlias(Base):
    __tablename__ = "organisation_aliases"
    __table_args__ = (UniqueConstraint("organisation_id", "alias"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[Organisation] = relationship(back_populates="aliases")


class Source(Base):
    """A document or report that claims cite.

    A confidential source is shown publicly only by `public_alias` and the random
    `public_ref`; its identifying details are never stored here in clear text, only sealed in
    `sealed_details` (see sources/details.py).
    `derived_from` marks copies and rewrites, so that a story republished ten times counts as
    one origin.
    """

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    public_ref: Mapped[str] = mapped_column(String(16), unique=True, default=opaque_ref)
    kind: Mapped[str] = mapped_column(String(32))
    outlet: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    content_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    public_alias: Mapped[str | None] = mapped_column(Text)
    primary_evidence: Mapped[bool] = mapped_column(Boolean, default=False)
    derived_from_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # A confidential source's name, contact and notes, sealed (store/sealing.py); bytes, so the
    # audit log keeps only a fingerprint.
    sealed_details: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Why derived_from is what it is (the grouping rule, or a reviewer's reason), and who set it:
    # automatic grouping never overrides a reviewer.
    origin_note: Mapped[str | None] = mapped_column(Text)
    origin_set_by: Mapped[str | None] = mapped_column(String(120))

    derived_from: Mapped[Source | None] = relationship(remote_side=[id])


class Claim(Base):
    """One statement by one source about one subject: the atom everything else derives from."""

    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_subject", "subject_kind", "subject_key", "predicate"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    public_ref: Mapped[str] = mapped_column(String(16), unique=True, default=opaque_ref)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    subject_kind: Mapped[str] = mapped_column(String(32))
    subject_key: Mapped[str] = mapped_column(String(120))
    predicate: Mapped[str] = mapped_column(String(64))
    value: Mapped[dict[str, Any]] = mapped_column()
    value_ref: Mapped[str | None] = mapped_column(String(120), index=True)
    quote: Mapped[str | None] = mapped_column(Text)
    locator: Mapped[str | None] = mapped_column(Text)
    quote_start: Mapped[int | None] = mapped_column(Integer)
    quote_end: Mapped[int | None] = mapped_column(Integer)
    stance: Mapped[str] = mapped_column(String(32))
    attributed_to: Mapped[str | None] = mapped_column(String(160))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    review_state: Mapped[str] = mapped_column(String(16), default="suggested", index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(120))
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review_reason: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(String(120))  # the reader's rule that suggested it

    source: Mapped[Source] = relationship()


class _ClaimSubject:
    """Identity of a record that claims are about: a key, a name, a place. All else is claims."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)

    @declared_attr
    def place_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("places.id"), index=True)

    @declared_attr
    def place(cls) -> Mapped[Place | None]:
        return relationship()


class Deployment(_ClaimSubject, Base):
    """One surveillance project in one place, e.g. a city's Safe City project."""

    __tablename__ = "deployments"


class Tender(_ClaimSubject, Base):
    """A procurement: what it bought, who issued and won it, is said by claims about it."""

    __tablename__ = "tenders"


class Camera(Base):
    """A located device, from OpenStreetMap, a field report or a document."""

    __tablename__ = "cameras"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    geom: Mapped[BaseGeometry | None] = mapped_column(GeometryType())
    surveillance: Mapped[str | None] = mapped_column(String(32))
    surveillance_type: Mapped[str | None] = mapped_column(String(32))
    zone: Mapped[str | None] = mapped_column(String(32))
    camera_type: Mapped[str | None] = mapped_column(String(32))
    mount: Mapped[str | None] = mapped_column(String(32))
    directions: Mapped[list[Any]] = mapped_column(default=list)
    direction_ranges: Mapped[list[Any]] = mapped_column(default=list)
    angle: Mapped[float | None] = mapped_column(Float)
    height: Mapped[float | None] = mapped_column(Float)
    operator: Mapped[str | None] = mapped_column(String(300))
    manufacturer: Mapped[str | None] = mapped_column(String(300))
    capabilities: Mapped[list[Any]] = mapped_column(default=list)
    start_date: Mapped[str | None] = mapped_column(String(32))
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    deployment_id: Mapped[int | None] = mapped_column(ForeignKey("deployments.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raw_tags: Mapped[dict[str, Any]] = mapped_column(default=dict)
    flags: Mapped[list[Any]] = mapped_column(default=list)


class EvidenceFile(Base):
    """A file (photo, PDF, archived page), content-addressed by its SHA-256."""

    __tablename__ = "evidence_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    stored_path: Mapped[str] = mapped_column(Text)
    public_sha256: Mapped[str | None] = mapped_column(String(64))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustodyEvent(Base):
    """One step in an evidence file's chain of custody."""

    __tablename__ = "custody_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_sha256: Mapped[str] = mapped_column(ForeignKey("evidence_files.sha256"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """An append-only, hash-chained record of one write; see evidence/audit.py."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(64))
    entity_key: Mapped[str] = mapped_column(String(160))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Account(Base):
    """Someone who may write: a contributor, reviewer or admin (the public needs no account).

    The argon2 hash is kept as bytes so the audit log records only its fingerprint.
    """

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[bytes] = mapped_column(LargeBinary)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiToken(Base):
    """A named key for scripts, acting with its owner's role; only the secret's SHA-256 is kept."""

    __tablename__ = "api_tokens"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(16), unique=True, default=opaque_ref)
    name: Mapped[str] = mapped_column(String(120))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    secret_sha256: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column()

    account: Mapped[Account] = relationship()


class LoginSession(Base):
    """A signed-in browser: found by the SHA-256 of its cookie, so a stolen table is no login.

    Not audited (store/audit.py UNAUDITED_TABLES): signing in changes nothing in the atlas.
    """

    __tablename__ = "login_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    id_sha256: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column()

    account: Mapped[Account] = relationship()


class FieldReport(Base):
    """A camera someone saw, waiting for review; only acceptance makes a public camera of it.

    Who submitted it is kept for reviewers (to ask, or to stop abuse) and never published. No
    address, user agent or time of day is kept: only the day seen and the day submitted.
    """

    __tablename__ = "field_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_ref: Mapped[str] = mapped_column(String(16), unique=True, default=opaque_ref)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    camera_type: Mapped[str | None] = mapped_column(String(32))
    direction: Mapped[float | None] = mapped_column(Float)
    capabilities: Mapped[list[Any]] = mapped_column(default=list)
    seen_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    submitted_on: Mapped[date] = mapped_column(Date)
    review_state: Mapped[str] = mapped_column(String(16), default="suggested", index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(120))
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review_reason: Mapped[str | None] = mapped_column(Text)
    camera_id: Mapped[int | None] = mapped_column(ForeignKey("cameras.id"))

    submitted_by: Mapped[Account] = relationship()
    photos: Mapped[list[FieldReportPhoto]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="FieldReportPhoto.id"
    )


class FieldReportPhoto(Base):
    """A cleaned photo of a field report (an evidence file), and what cleaning it blurred."""

    __tablename__ = "field_report_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("field_reports.id"), index=True)
    evidence_sha256: Mapped[str] = mapped_column(ForeignKey("evidence_files.sha256"))
    faces_blurred: Mapped[int] = mapped_column(Integer, default=0)
    plates_blurred: Mapped[int] = mapped_column(Integer, default=0)
    # Whether the contributor kept the original for verification: it is then sealed under this
    # cleaned photo's hash (store/sealed_files.py). The original's own hash is not kept: it would
    # match the file still on the contributor's phone.
    original_sealed: Mapped[bool] = mapped_column(Boolean, default=False)

    report: Mapped[FieldReport] = relationship(back_populates="photos")


# The tables that claims can be about, by subject kind (see evidence.vocabulary.SubjectKind).
SUBJECT_MODELS: dict[str, type[Deployment | Organisation | Tender | Place]] = {
    "deployment": Deployment,
    "organisation": Organisation,
    "tender": Tender,
    "place": Place,
}


class StreetArea(Base):
    """One imported extract's street network for one area (the file's box or the one asked for).

    A newer extract of the same area replaces its segments; an equal or older one is skipped.
    """

    __tablename__ = "street_areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)  # "bbox:W,S,E,N"
    west: Mapped[float] = mapped_column(Float)
    south: Mapped[float] = mapped_column(Float)
    east: Mapped[float] = mapped_column(Float)
    north: Mapped[float] = mapped_column(Float)
    file: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    newest_edit: Mapped[datetime | None] = mapped_column()
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    segment_count: Mapped[int] = mapped_column(Integer)
    attribution: Mapped[str] = mapped_column(Text)


class StreetSegment(Base):
    """A piece of street between two junctions, with the OSM tags its access is decided from."""

    __tablename__ = "street_segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(140), unique=True)  # "<area key>#<n>"
    area_id: Mapped[int] = mapped_column(ForeignKey("street_areas.id"), index=True)
    way_id: Mapped[int] = mapped_column(BigInteger)
    start_node: Mapped[int] = mapped_column(BigInteger)
    end_node: Mapped[int] = mapped_column(BigInteger)
    tags: Mapped[dict[str, Any]] = mapped_column()
    geom: Mapped[BaseGeometry] = mapped_column(GeometryType())
