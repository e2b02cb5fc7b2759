"""The atlas as a whole: open (and migrate) a store, seed its places, load case files into it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Engine

from countersight.config import DATA_DIR
from countersight.geo.gazetteer import Gazetteer
from countersight.geo.places import seed_places
from countersight.ingest.case_loader import LoadReport, load_case_files
from countersight.store.audit import DEFAULT_ACTOR
from countersight.store.database import make_engine, transaction, upgrade

CASES_DIR = DATA_DIR / "cases"


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    return Gazetteer.load()


def open_atlas(url: str | None = None) -> Engine:
    """Open the configured store and bring its schema up to date."""
    engine = make_engine(url)
    upgrade(engine)
    return engine


def init_atlas(engine: Engine, actor: str = DEFAULT_ACTOR) -> int:
    """Seed the gazetteer's places; returns how many were new. Safe to repeat."""
    with transaction(engine, actor) as session:
        return seed_places(session, gazetteer())


def load_files(engine: Engine, files: list[Path], actor: str = DEFAULT_ACTOR) -> LoadReport:
    """Load case files in one transaction: all of them, or (on any error) none."""
    with transaction(engine, actor) as session:
        return load_case_files(session, gazetteer(), files)


def bundled_case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yaml"))
