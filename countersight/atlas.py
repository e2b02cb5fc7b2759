"""The atlas as a whole: open (and migrate) a store, seed its places, load case files into it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select

from countersight.config import DATA_DIR, evidence_dir
from countersight.geo.gazetteer import Gazetteer
from countersight.geo.places import BBox, resolve_place, seed_places
from countersight.geo.street_graph import read_streets
from countersight.geo.street_store import store_streets
from countersight.ingest.case_loader import LoadReport, load_case_files
from countersight.ingest.osm_import import OsmImportReport, file_sha256, import_osm
from countersight.ingest.osm_reader import read_surveillance
from countersight.store.audit import DEFAULT_ACTOR
from countersight.store.database import make_engine, transaction, upgrade
from countersight.store.models import Organisation

if TYPE_CHECKING:  # the document reader's modules load only when documents are read
    from countersight.extract.organisations import OrganisationIndex
    from countersight.ingest.document_import import DocumentOutcome
    from countersight.ingest.origin_links import OriginReport

CASES_DIR = DATA_DIR / "cases"
OSM_DIR = DATA_DIR / "osm"


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


def import_osm_files(
    engine: Engine,
    files: list[Path],
    *,
    bbox: BBox | None = None,
    place: str | None = None,
    streets: bool = True,
    actor: str = DEFAULT_ACTOR,
    report: Callable[[int], None] | None = None,
) -> list[OsmImportReport]:
    """Read every file first (a bad one stops everything), then apply all in one transaction:
    cameras and, from full extracts, their streets (diffs and Overpass answers carry none)."""
    reads = []
    for f in files:
        read = read_surveillance(f, report)
        full_extract = not read.is_change and not f.name.lower().endswith(".json")
        street_read = read_streets(f, bbox) if streets and full_extract else None
        reads.append((read, street_read, file_sha256(f)))
    with transaction(engine, actor) as session:
        seed_places(session, gazetteer())
        where = resolve_place(session, gazetteer(), place, broadest=True) if place else None
        outcomes = []
        for read, street_read, digest in reads:
            outcome = import_osm(session, read, digest=digest, bbox=bbox, place=where)
            if street_read is not None:
                outcome.streets = store_streets(session, street_read, digest).describe()
            outcomes.append(outcome)
        return outcomes


def bundled_case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yaml"))


def bundled_osm_files() -> list[Path]:
    """Real OpenStreetMap extracts shipped for the demo (see data/osm/README.md)."""
    return sorted(OSM_DIR.glob("*.osm.pbf"))


def known_organisations(engine: Engine) -> OrganisationIndex:
    """The organisations the reader knows: the shipped list and the atlas's own."""
    from countersight.extract.organisations import OrganisationIndex

    with transaction(engine) as session:
        extra = [
            (o.key, o.name, tuple(a.alias for a in o.aliases))
            for o in session.scalars(select(Organisation))
        ]
    return OrganisationIndex.load(extra=extra)


def import_document_files(
    engine: Engine,
    files: list[Path],
    *,
    actor: str = DEFAULT_ACTOR,
    progress: Callable[[Path], None] | None = None,
    **metadata: Any,
) -> tuple[list[DocumentOutcome], OriginReport]:
    """Import documents one by one (a bad file does not stop the batch), then regroup origins."""
    from countersight.extract.suggest import suggest_claims
    from countersight.ingest.document_import import import_documents
    from countersight.ingest.origin_links import assign_origins

    organisations = known_organisations(engine)
    outcomes = import_documents(
        engine,
        files,
        lambda document: suggest_claims(document, gazetteer(), organisations),
        evidence=evidence_dir(),
        actor=actor,
        progress=progress,
        **metadata,
    )
    with transaction(engine, actor) as session:
        origins = assign_origins(session, organisations.key_for)
    return outcomes, origins
