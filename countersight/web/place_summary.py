"""A place's panel figures: cameras and deployments over time and by supplier."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.catalog import describe_place
from countersight.evidence.facts import FactDeriver
from countersight.evidence.vocabulary import SubjectKind
from countersight.geo.places import subtree_ids
from countersight.store.models import Camera, Deployment, Place
from countersight.web.camera_layer import camera_year
from countersight.web.deployment_layer import started_year, supplier_names

UNKNOWN_SUPPLIER = "unknown"


def _series(counter: Counter, label: str) -> list[dict[str, Any]]:
    """Counts in order of their label, the unknown (None) last."""
    ordered = sorted(counter.items(), key=lambda item: (item[0] is None, item[0] or 0))
    return [{label: key, "count": count} for key, count in ordered]


def place_summary(session: Session, place: Place) -> dict[str, Any]:
    """Counts for the charts; cameras are dated by start_date, else when first mapped."""
    within = subtree_ids(session, place)
    cameras = session.execute(
        select(Camera.start_date, Camera.first_seen, Camera.manufacturer).where(
            Camera.place_id.in_(within), Camera.status == "active"
        )
    ).all()
    deriver = FactDeriver(session)
    deployments = [
        deriver.facts_for(SubjectKind.deployment, key)
        for key in session.scalars(
            select(Deployment.key).where(Deployment.place_id.in_(within)).order_by(Deployment.key)
        )
    ]
    deployment_suppliers = Counter(
        name for subject in deployments for name in supplier_names(subject) or [UNKNOWN_SUPPLIER]
    )
    return {
        "place": describe_place(place),
        "cameras": len(cameras),
        "deployments": [subject.key for subject in deployments],
        "cameras_by_year": _series(
            Counter(camera_year(c.start_date, c.first_seen) for c in cameras), "year"
        ),
        "cameras_by_supplier": _series(
            Counter((c.manufacturer or UNKNOWN_SUPPLIER) for c in cameras), "supplier"
        ),
        "deployments_by_year": _series(
            Counter(started_year(subject) for subject in deployments), "year"
        ),
        "deployments_by_supplier": _series(deployment_suppliers, "supplier"),
    }
