"""The review queue: suggested claims wait here until a reviewer accepts or rejects them.

Only accepted claims feed facts and public outputs. Every decision is a row change, so the
audit chain records who decided what, when and why. Accepting the first claim about a
deployment the atlas does not have yet creates that deployment, at the place it serves.
"""

from __future__ import annotations

import pycountry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from countersight.evidence.vocabulary import ReviewState
from countersight.store.models import Claim, Deployment, Place, utcnow

_SAFE_CITY_SUFFIX = "-safe-city"


class ReviewError(ValueError):
    """A decision that cannot be made, and why."""


def pending(session: Session, *, rule: str | None = None, source: str | None = None) -> list[Claim]:
    """Suggested claims, oldest first, optionally those of one rule or one source."""
    query = select(Claim).where(Claim.review_state == ReviewState.suggested.value)
    if rule:
        query = query.where(Claim.rule == rule)
    if source:
        query = query.join(Claim.source).where(Claim.source.has(key=source))
    return list(session.scalars(query.order_by(Claim.id)))


def deployment_location(session: Session, key: str) -> tuple[Place | None, str] | None:
    """Where a deployment not yet in the atlas is, as (place, name of where): its located_in
    claim (not rejected), else the place its key was made from ("mawlamyine-safe-city").
    A country abroad has no place row and is named from its ISO code. None: nothing says."""
    located = session.scalar(
        select(Claim.value_ref).where(
            Claim.subject_kind == "deployment",
            Claim.subject_key == key,
            Claim.predicate == "located_in",
            Claim.review_state != ReviewState.rejected.value,
        )
    )
    if located:
        place = session.scalar(select(Place).where(Place.key == located))
        country = pycountry.countries.get(alpha_2=located)
        return place, place.name if place else country.name if country else located
    slug = key.removesuffix(_SAFE_CITY_SUFFIX)
    place = session.scalar(
        select(Place)
        .where((func.lower(Place.key) == slug) | (Place.key.like(f"%/{slug}")))
        .order_by(Place.id)
    )
    return (place, place.name) if place else None


def _ensure_subject(session: Session, claim: Claim) -> None:
    """Create the deployment a first accepted claim is about, where it is; a deployment that
    nothing places would be a project the atlas made up, so that is refused."""
    if claim.subject_kind != "deployment":
        return
    if session.scalar(select(Deployment.id).where(Deployment.key == claim.subject_key)):
        return
    location = deployment_location(session, claim.subject_key)
    if location is None:
        raise ReviewError(
            f"deployment {claim.subject_key!r} is not in the atlas and nothing says where it is: "
            "accept a located_in claim about it first"
        )
    place, where = location
    session.add(
        Deployment(
            key=claim.subject_key,
            name=f"Safe City project in {where}",
            place_id=place.id if place else None,
        )
    )


def decide(
    session: Session, ref: str, *, accept: bool, reviewer: str, reason: str | None = None
) -> Claim:
    """Accept or reject one suggested claim (by its public ref); rejecting needs a reason."""
    claim = session.scalar(select(Claim).where(Claim.public_ref == ref))
    if claim is None:
        raise ReviewError(f"no claim {ref!r}")
    if claim.review_state != ReviewState.suggested.value:
        raise ReviewError(f"claim {ref} was already {claim.review_state} by {claim.reviewed_by}")
    if not accept and not (reason and reason.strip()):
        raise ReviewError("a rejection needs a reason")
    if accept:
        _ensure_subject(session, claim)
    claim.review_state = (ReviewState.accepted if accept else ReviewState.rejected).value
    claim.reviewed_by = reviewer
    claim.reviewed_at = utcnow()
    claim.review_reason = reason
    session.flush()
    return claim
