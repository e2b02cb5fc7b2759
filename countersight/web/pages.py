"""Serve the map page, the login, report and review pages, their scripts and Leaflet (from the
xstatic-leaflet package, never a CDN)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import xstatic.pkg.leaflet as xstatic_leaflet
from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"


def mount_pages(app: FastAPI) -> None:
    """Add the page at `/`, its assets under `/static/app/` and Leaflet under `/static/leaflet/`."""
    app.mount("/static/leaflet", StaticFiles(directory=xstatic_leaflet.BASE_DIR), name="leaflet")
    app.mount("/static/app", StaticFiles(directory=STATIC_DIR), name="app")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    for name in ACCOUNT_PAGES:
        app.add_api_route(f"/{name}", _static_page(name), include_in_schema=False)


# Pages for people with accounts; each checks the session itself and sends visitors to /login.
ACCOUNT_PAGES = ("login", "report", "review")


def _static_page(name: str) -> Callable[[], FileResponse]:
    def serve() -> FileResponse:
        return FileResponse(STATIC_DIR / f"{name}.html", media_type="text/html; charset=utf-8")

    serve.__name__ = f"{name}_page"
    return serve
