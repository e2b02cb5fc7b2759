"""The deployment layer: each deployment at its place, with what its accepted claims say.

Every value shown carries its verification, and a deployment as a whole is only as certain as
its facts: "disputed" when any fact is, else the strongest verification any value reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from countersight.evidence.facts import FactDeriver, FactValue, SubjectFacts
from countersight.evidence.vocabulary import SubjectKind, Verification
from countersight.store.models import Camera, Deployment, Place

SUPPLIER_PREDICATES = ("hardware_supplier", "software_supplier")
PROCURER_PREDICATES = ("procurer", "installer")
_STRENGTH = [Verification.unverified, Verification.corroborated, Verification.verified]


@dataclass(frozen=True)
class DeploymentFilter:
    supplier: str | None = None
    procurer: str | None = None
    capability: str | None = None
    status: str | None = None
    verification: str | None = None
    since: date | None = None  # started on or after
    until: date | None = None  # started on or before


def _values(subject: SubjectFacts, *predicates: str) -> list[FactValue]:
    return [v for name in predicates if (f := subject.fact(name)) for v in f.values]


def _names(values: list[FactValue]) -> list[str]:
    return list(dict.fromkeys(v.display for v in values))


def _first(subject: SubjectFacts, predicate: str) -> FactValue | None:
    values = _values(subject, predicate)
    return values[0] if values else None


def overall_verification(subject: SubjectFacts) -> str:
    """Disputed if any fact is, else the strongest verification among its values."""
    values = [v for fact in subject.facts for v in fact.values]
    if any(v.verification == Verification.disputed for v in values):
        return Verification.disputed.value
    reached = {v.verification for v in values}
    return next(
        (level.value for level in reversed(_STRENGTH) if level.value in reached),
        Verification.unverified.value,
    )


def _started(subject: SubjectFacts) -> tuple[date | None, date | None, str | None]:
    value = _first(subject, "started")
    if value is None:
        return None, None, None
    earliest, latest = value.value.get("earliest"), value.value.get("latest")
    return (
        date.fromisoformat(str(earliest)) if earliest else None,
        date.fromisoformat(str(latest)) if latest else None,
        value.display,
    )


def _matches(text: str | None, values: list[FactValue]) -> bool:
    """A name filter matches part of a displayed name, or an organisation's key exactly."""
    if not text:
        return True
    wanted = text.strip().casefold()
    return any(
        wanted in v.display.casefold() or wanted == str(v.value.get("key", "")).casefold()
        for v in values
    )


def supplier_names(subject: SubjectFacts) -> list[str]:
    return _names(_values(subject, *SUPPLIER_PREDICATES))


def started_year(subject: SubjectFacts) -> int | None:
    earliest, _, _ = _started(subject)
    return earliest.year if earliest else None


def _keep(subject: SubjectFacts, wanted: DeploymentFilter, verification: str) -> bool:
    status = _first(subject, "status")
    earliest, latest, _ = _started(subject)
    newest_start = latest or earliest
    capabilities = {v.value.get("term") for v in _values(subject, "capability")}
    return (
        _matches(wanted.supplier, _values(subject, *SUPPLIER_PREDICATES))
        and _matches(wanted.procurer, _values(subject, *PROCURER_PREDICATES))
        and (not wanted.capability or wanted.capability in capabilities)
        and (not wanted.status or (status is not None and status.value["term"] == wanted.status))
        and (not wanted.verification or verification == wanted.verification)
        and (not wanted.since or (newest_start is not None and newest_start >= wanted.since))
        and (not wanted.until or (earliest is not None and earliest <= wanted.until))
    )


def _brief(fact_value: FactValue | None, **extra: Any) -> dict[str, Any] | None:
    if fact_value is None:
        return None
    return {"display": fact_value.display, "verification": fact_value.verification, **extra}


def deployment_features(session: Session, wanted: DeploymentFilter) -> list[dict[str, Any]]:
    """One GeoJSON point per deployment that passes the filter and has a located place."""
    deriver = FactDeriver(session)
    mapped = dict(
        session.execute(
            select(Camera.deployment_id, func.count())
            .where(Camera.status == "active", Camera.deployment_id.is_not(None))
            .group_by(Camera.deployment_id)
        ).all()
    )
    features = []
    rows = session.execute(
        select(Deployment, Place)
        .join(Place, Deployment.place_id == Place.id)
        .order_by(Deployment.key)
    )
    for deployment, place in rows:
        if place.lat is None or place.lon is None:
            continue
        subject = deriver.facts_for(SubjectKind.deployment, deployment.key)
        verification = overall_verification(subject)
        if not _keep(subject, wanted, verification):
            continue
        status, count = _first(subject, "status"), _first(subject, "camera_count")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "key": deployment.key,
                    "name": deployment.name,
                    "place": {"key": place.key, "name": place.name, "kind": place.kind},
                    "status": _brief(status, value=status.value["term"] if status else None),
                    "camera_count": _brief(
                        count,
                        min=count.value.get("min") if count else None,
                        max=count.value.get("max") if count else None,
                    ),
                    "mapped_cameras": mapped.get(deployment.id, 0),
                    "suppliers": supplier_names(subject),
                    "procurers": _names(_values(subject, *PROCURER_PREDICATES)),
                    "capabilities": sorted(
                        {v.value["term"] for v in _values(subject, "capability")}
                    ),
                    "verification": verification,
                    "started": _started(subject)[2],
                },
            }
        )
    return features
