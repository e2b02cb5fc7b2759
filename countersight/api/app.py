"""The public API: facts, claims, sources, organisations and places, read-only, as JSON.

Every response is built by the catalog and facts modules, whose sources, speakers and claims
all pass through the redaction gate (countersight/redaction.py).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from countersight import __version__
from countersight.accounts.ratelimit import LoginLimiter
from countersight.api import admin, contribute, review, session
from countersight.api import exposure as exposure_api
from countersight.api import map as map_api
from countersight.api import routes as route_api
from countersight.api.auth import document_roles
from countersight.api.body_limit import BodyLimit
from countersight.api.common import ATTRIBUTION, Db, Limit, Offset
from countersight.atlas import gazetteer
from countersight.catalog import find_places, involvement, list_claims, list_sources
from countersight.evidence.facts import facts_for_place, facts_for_subjects
from countersight.evidence.vocabulary import ReviewState, SubjectKind
from countersight.geo.area_exposure import AreaExposure
from countersight.geo.places import PlaceResolutionError, resolve_place
from countersight.store.database import session_factory
from countersight.store.models import Deployment, Organisation, Tender
from countersight.web.camera_layer import CameraLayer
from countersight.web.pages import mount_pages
from countersight.web.route_layer import RouteLayer


def create_app(engine: Engine, settings: map_api.MapSettings | None = None) -> FastAPI:
    """Build the app (API and map page) around an open, migrated store."""
    app = FastAPI(
        title="Countersight",
        version=__version__,
        description="The public's record of city surveillance. Reading is open to all; every "
        "fact cites its claims and sources. Writing (suggestions, field reports, review, "
        "accounts) needs an account: a session cookie from POST /api/v1/session, or an API "
        "token sent as 'Authorization: Bearer cs_…'.",
        # FastAPI's interactive docs pull scripts from a CDN; the atlas never loads anything
        # from outside, so the machine-readable schema at /openapi.json is the documentation.
        docs_url=None,
        redoc_url=None,
    )
    app.state.sessions = session_factory(engine)
    app.state.camera_layer = CameraLayer()
    # One exposure cache for place checks and routes (api/exposure.py finds it here).
    app.state.area_exposure = AreaExposure()
    app.state.route_layer = RouteLayer(app.state.area_exposure)
    app.state.map_settings = settings or map_api.MapSettings.from_environment()
    app.state.login_limiter = LoginLimiter()

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next: Any) -> Any:
        """NUL is never meaningful in a query and PostgreSQL refuses it: say so, as a 400."""
        if "\x00" in unquote(str(request.url)):
            return JSONResponse({"detail": "NUL characters are not allowed"}, status_code=400)
        return await call_next(request)

    # Added after refuse_nul, so it wraps it and runs first: an oversized body is refused
    # before anything reads it, and so before any role or photo check (api/body_limit.py).
    app.add_middleware(BodyLimit)

    @app.get("/api/v1")
    def index() -> dict[str, Any]:
        """What the API offers, with an example of each kind of request."""
        return {
            "name": "Countersight",
            "version": __version__,
            "map": "/",
            "openapi": "/openapi.json",
            "endpoints": [
                "/api/v1/facts?place=Mawlamyine",
                "/api/v1/deployments",
                "/api/v1/organisations",
                "/api/v1/claims?subject=deployment/mawlamyine-safe-city",
                "/api/v1/sources",
                "/api/v1/places?q=Moulmein",
                "/api/v1/layers/deployments",
                "/api/v1/layers/cameras?bbox=92,9,102,29&zoom=5",
                "/api/v1/cameras?bbox=11.5,48.1,11.6,48.2",
                "/api/v1/places/MM-15/mawlamyine/summary",
                "/api/v1/export/cameras.csv?bbox=11.5,48.1,11.6,48.2",
                "/api/v1/place-check?at=48.1374,11.5755&radius=300&mode=foot",
                "/api/v1/completeness?at=16.4905,97.6283",
                "/api/v1/route?from=48.13753,11.57503&to=48.13982,11.56706&mode=foot&avoid=0.5",
            ],
            "attribution": ATTRIBUTION,
        }

    @app.get("/api/v1/facts")
    def facts(db: Db, place: str | None = None) -> dict[str, Any]:
        """Facts on deployments and tenders in a place (by name in any spelling, or key)."""
        found = None
        if place:
            try:
                found = resolve_place(db, gazetteer(), place, broadest=True)
            except PlaceResolutionError as exc:
                raise HTTPException(404, str(exc)) from None
        subjects = facts_for_place(db, found)
        return {
            "place": {"key": found.key, "name": found.name} if found else None,
            "subjects": [s.to_dict() for s in subjects],
            "attribution": ATTRIBUTION,
        }

    def subject_list(db: Session, kind: SubjectKind, model: Any, limit: int, offset: int):
        keys = db.scalars(select(model.key).order_by(model.key).limit(limit).offset(offset))
        return {
            "items": [s.to_dict() for s in facts_for_subjects(db, ((kind, k) for k in keys))],
            "limit": limit,
            "offset": offset,
        }

    def one_subject(db: Session, kind: SubjectKind, key: str) -> dict[str, Any]:
        try:
            return facts_for_subjects(db, [(kind, key)])[0].to_dict()
        except KeyError:
            raise HTTPException(404, f"no {kind.value} {key!r}") from None

    @app.get("/api/v1/deployments")
    def deployments(db: Db, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return subject_list(db, SubjectKind.deployment, Deployment, limit, offset)

    @app.get("/api/v1/deployments/{key}")
    def deployment(db: Db, key: str) -> dict[str, Any]:
        return one_subject(db, SubjectKind.deployment, key)

    @app.get("/api/v1/organisations")
    def organisations(db: Db, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return subject_list(db, SubjectKind.organisation, Organisation, limit, offset)

    @app.get("/api/v1/organisations/{key}")
    def organisation(db: Db, key: str) -> dict[str, Any]:
        """An organisation's facts, and the deployments and tenders claims name it in."""
        return {
            **one_subject(db, SubjectKind.organisation, key),
            "involved_in": involvement(db, key),
        }

    @app.get("/api/v1/tenders")
    def tenders(db: Db, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return subject_list(db, SubjectKind.tender, Tender, limit, offset)

    @app.get("/api/v1/claims")
    def claims(
        db: Db,
        subject: Annotated[str | None, Query(pattern=r"^[a-z]+/.+$")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Accepted claims only: nothing merely suggested reaches a public output."""
        items = list_claims(db, ReviewState.accepted, subject=subject, limit=limit, offset=offset)
        return {"items": items, "limit": limit, "offset": offset}

    @app.get("/api/v1/sources")
    def sources(db: Db, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        return {
            "items": list_sources(db, limit=limit, offset=offset),
            "limit": limit,
            "offset": offset,
        }

    @app.get("/api/v1/places")
    def places(
        db: Db, q: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 20
    ) -> dict[str, Any]:
        return {"items": find_places(db, gazetteer(), q, limit=limit)}

    app.include_router(map_api.router)
    app.include_router(exposure_api.router)
    app.include_router(route_api.router)
    for router in (session.router, contribute.router, review.router, admin.router):
        app.include_router(document_roles(router))
    mount_pages(app)
    return app
