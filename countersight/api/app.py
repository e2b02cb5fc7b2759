"""The public API: facts, claims, sources, organisations and places, read-only, as JSON.

Every response is built by the catalog and facts modules, whose sources, speakers and claims
all pass through the redaction gate (countersight/redaction.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from countersight import __version__
from countersight.atlas import gazetteer
from countersight.catalog import find_places, list_claims, list_sources
from countersight.evidence.facts import facts_for_place, facts_for_subjects
from countersight.evidence.vocabulary import ReviewState, SubjectKind
from countersight.geo.places import PlaceResolutionError, resolve_place
from countersight.store.database import session_factory
from countersight.store.models import Deployment, Organisation, Tender

ATTRIBUTION = "Places: GeoNames (CC BY 4.0), iso-codes. Map data © OpenStreetMap contributors."
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=2**31 - 1)]


def _session(request: Request) -> Iterator[Session]:
    """One read session per request, from the factory the app was built with."""
    with request.app.state.sessions() as session:
        yield session


Db = Annotated[Session, Depends(_session)]


def create_app(engine: Engine) -> FastAPI:
    """Build the app around an open, migrated store."""
    app = FastAPI(
        title="Countersight",
        version=__version__,
        description="The public's record of city surveillance. Read-only; every fact cites "
        "its claims and sources.",
        # FastAPI's interactive docs pull scripts from a CDN; the atlas never loads anything
        # from outside, so the machine-readable schema at /openapi.json is the documentation.
        docs_url=None,
        redoc_url=None,
    )
    app.state.sessions = session_factory(engine)

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next: Any) -> Any:
        """NUL is never meaningful in a query and PostgreSQL refuses it: say so, as a 400."""
        if "\x00" in unquote(str(request.url)):
            return JSONResponse({"detail": "NUL characters are not allowed"}, status_code=400)
        return await call_next(request)

    @app.get("/")
    def index() -> dict[str, Any]:
        return {
            "name": "Countersight",
            "version": __version__,
            "api": "/api/v1",
            "openapi": "/openapi.json",
            "endpoints": [
                "/api/v1/facts?place=Mawlamyine",
                "/api/v1/deployments",
                "/api/v1/organisations",
                "/api/v1/claims?subject=deployment/mawlamyine-safe-city",
                "/api/v1/sources",
                "/api/v1/places?q=Moulmein",
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
        return one_subject(db, SubjectKind.organisation, key)

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

    return app
