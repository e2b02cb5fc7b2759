"""Link located cameras to the deployment they belong to, by place or by area.

A link is a researcher's judgement ("these cameras are Mawlamyine's Safe City"), so it is
made explicitly, audited like every write, and only for cameras that are still active.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.geo.places import BBox, subtree_ids
from countersight.store.models import Camera, Deployment, Place


class LinkError(ValueError):
    """A link request that names nothing to link, or a deployment that does not exist."""


def link_cameras(
    session: Session,
    deployment_key: str,
    *,
    place: Place | None = None,
    bbox: BBox | None = None,
) -> int:
    """Link the active cameras in a place and/or box to a deployment; return how many changed."""
    if place is None and bbox is None:
        raise LinkError("say which cameras: give a place, a bounding box, or both")
    deployment = session.scalar(select(Deployment).where(Deployment.key == deployment_key))
    if deployment is None:
        raise LinkError(f"no deployment {deployment_key!r}")
    query = select(Camera).where(Camera.status == "active")
    if place is not None:
        query = query.where(Camera.place_id.in_(subtree_ids(session, place)))
    if bbox is not None:
        west, south, east, north = bbox
        query = query.where(Camera.lon.between(west, east), Camera.lat.between(south, north))
    changed = 0
    for camera in session.scalars(query):
        if camera.deployment_id != deployment.id:
            camera.deployment_id = deployment.id
            changed += 1
    return changed
