"""Write case files into the store: all-or-nothing, re-runnable, never losing what is there.

Records are matched by key, claims by a hash of their content, so loading the same file twice
adds nothing. Fields the file owns are updated (and audited); nothing is ever deleted, and a
reviewer's decision on a claim is never overwritten by a file.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.confidential import SourceDetails, seal_details
from countersight.evidence.values import (
    BadValue,
    ClaimValue,
    IdentifierValue,
    RefValue,
    parse_value,
)
from countersight.evidence.vocabulary import (
    ReviewState,
    SourceKind,
    SubjectKind,
    UnknownPredicate,
    predicate,
)
from countersight.geo.gazetteer import Gazetteer
from countersight.geo.places import PlaceResolutionError, resolve_place, seed_places
from countersight.ingest.case_schema import CaseFile, ClaimEntry, PlaceEntry, read_case_file
from countersight.ingest.yaml_lines import InputError, LocatedYaml, Problem
from countersight.store.models import (
    SUBJECT_MODELS,
    Base,
    Claim,
    Deployment,
    Organisation,
    OrganisationAlias,
    Place,
    PlaceName,
    Source,
    Tender,
    utcnow,
)
from countersight.store.sealing import Sealer, SealingError, configured_sealer

QUOTELESS_SOURCES = {SourceKind.reference, SourceKind.dataset, SourceKind.osm}


@dataclass
class LoadReport:
    """What a load did, per kind of record: created, updated, unchanged."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def count(self, kind: str, outcome: str) -> None:
        getattr(self, outcome)[kind] += 1


def claim_key(
    source_key: str,
    subject: str,
    predicate: str,
    value: ClaimValue,
    stance: str,
    quote: str | None,
    attributed_to: str | None,
) -> str:
    """A claim's identity: who said what about whom, in which words. Wording is part of it."""
    content = {
        "source": source_key,
        "subject": subject,
        "predicate": predicate,
        "value": value.model_dump(mode="json"),
        "stance": stance,
        "quote": quote,
        "attributed_to": attributed_to,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def _upsert(
    session: Session, model: type[Base], key: str, fields: dict[str, Any]
) -> tuple[Any, str]:
    record = session.scalar(select(model).where(model.key == key))  # type: ignore[attr-defined]
    if record is None:
        record = model(key=key, **fields)
        session.add(record)
        session.flush()
        return record, "created"
    changed = False
    for name, value in fields.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    if changed:
        session.flush()
    return record, "updated" if changed else "unchanged"


class _FileLoader:
    """Applies one validated case file, collecting problems instead of stopping at the first."""

    def __init__(
        self,
        session: Session,
        gazetteer: Gazetteer,
        case: CaseFile,
        doc: LocatedYaml,
        report: LoadReport,
        sealer: Sealer | None,
    ) -> None:
        self.session, self.gazetteer, self.case, self.doc = session, gazetteer, case, doc
        self.report = report
        self.sealer = sealer
        self.problems: list[Problem] = []
        self.file_places = {p.name.casefold(): p.key for p in case.places}
        self.failed: set[str] = set()  # records already reported, so claims do not repeat it

    def fail(self, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def place(self, text: str, path: tuple[str | int, ...]) -> Place | None:
        try:
            return resolve_place(self.session, self.gazetteer, text, self.file_places)
        except PlaceResolutionError as exc:
            self.fail(
                path,
                f"{exc}. It is neither in the gazetteer nor defined under 'places' "
                "in this file; use a place key (see 'countersight places') or define it",
            )
            return None

    def exists(self, model: type[Base], key: str) -> bool:
        return self.session.scalar(select(model.id).where(model.key == key)) is not None  # type: ignore[attr-defined]

    def run(self) -> list[Problem]:
        self.load_places()
        self.load_organisations()
        self.load_sources()
        self.load_records("deployments", Deployment)
        self.load_records("tenders", Tender)
        for index, entry in enumerate(self.case.claims):
            self.load_claim(index, entry)
        return self.problems

    def load_places(self) -> None:
        """Places in the file may name each other as parents, in any order."""
        pending = list(enumerate(self.case.places))
        defined_here = {entry.key for entry in self.case.places}
        while pending:
            waiting = [
                (i, e)
                for i, e in pending
                if e.parent in defined_here
                and not self.exists(Place, e.parent)
                and e.parent != e.key
            ]
            ready = [item for item in pending if item not in waiting]
            if not ready:  # the rest wait on each other: a loop of parents
                for i, entry in waiting:
                    self.fail(
                        ("places", i, "parent"),
                        f"{entry.key} is inside itself through its parents ({entry.parent})",
                    )
                return
            for i, entry in ready:
                self.load_place(i, entry)
            pending = waiting

    def load_place(self, i: int, entry: PlaceEntry) -> None:
        if entry.parent == entry.key:
            self.fail(("places", i, "parent"), f"{entry.key} cannot be its own parent")
            return
        parent = self.place(entry.parent, ("places", i, "parent"))
        if parent is None:
            return
        fields = {
            "kind": entry.kind,
            "name": entry.name,
            "parent_id": parent.id,
            "iso_code": entry.iso_code,
            "pcodes": entry.pcodes,
            "lat": entry.lat,
            "lon": entry.lon,
            "origin": f"case file {self.case.title}",
        }
        place, outcome = _upsert(self.session, Place, entry.key, fields)
        if place.id in self.ancestor_ids(parent.id):
            self.fail(
                ("places", i, "parent"),
                f"{entry.key} would be inside itself through {entry.parent}",
            )
            return
        self.report.count("places", outcome)
        known = {(n.name, n.lang) for n in place.names}
        for name in [entry.name, *[n.name for n in entry.names]]:
            spec = next((n for n in entry.names if n.name == name), None)
            lang = spec.lang if spec else "und"
            if (name, lang) not in known:
                known.add((name, lang))
                place.names.append(
                    PlaceName(
                        name=name,
                        lang=lang,
                        script=(spec.script if spec else None) or "Zyyy",
                        kind=spec.kind if spec else "official",
                    )
                )

    def ancestor_ids(self, place_id: int) -> set[int]:
        """The place and its parents, stopping at a loop rather than following it forever."""
        links = dict(self.session.execute(select(Place.id, Place.parent_id)).all())
        seen: set[int] = set()
        current: int | None = place_id
        while current is not None and current not in seen:
            seen.add(current)
            current = links.get(current)
        return seen

    def load_organisations(self) -> None:
        for entry in self.case.organisations:
            fields = {"name": entry.name, "kind": entry.kind.value, "country": entry.country}
            org, outcome = _upsert(self.session, Organisation, entry.key, fields)
            self.report.count("organisations", outcome)
            known = {a.alias for a in org.aliases}
            for alias in entry.aliases:
                if alias not in known:
                    known.add(alias)
                    org.aliases.append(OrganisationAlias(alias=alias))

    def load_sources(self) -> None:
        for i, entry in enumerate(self.case.sources):
            fields = {
                "kind": entry.kind.value,
                "outlet": entry.outlet,
                "title": entry.title,
                "published": entry.published,
                "url": entry.url,
                "language": entry.language,
                "confidential": entry.confidential,
                "public_alias": entry.alias,
                "primary_evidence": entry.primary_evidence,
                "notes": entry.notes,
            }
            source, outcome = _upsert(self.session, Source, entry.key, fields)
            if entry.details is not None and self.seal(i, source, entry.details):
                outcome = "created" if outcome == "created" else "updated"
            self.report.count("sources", outcome)
        for i, entry in enumerate(self.case.sources):
            if entry.derived_from is None:
                source = self.session.scalar(select(Source).where(Source.key == entry.key))
                if source.derived_from_id is not None:  # the file no longer calls it a copy
                    source.derived_from_id = None
                    self.report.count("sources", "updated")
                continue
            origin = self.session.scalar(select(Source).where(Source.key == entry.derived_from))
            source = self.session.scalar(select(Source).where(Source.key == entry.key))
            if origin is None:
                self.fail(("sources", i, "derived_from"), f"no source {entry.derived_from!r}")
            elif origin.id == source.id:
                self.fail(("sources", i, "derived_from"), "a source cannot derive from itself")
            elif source.derived_from_id != origin.id:
                source.derived_from_id = origin.id
                self.session.flush()
                if self.derivation_loops(source):
                    self.fail(
                        ("sources", i, "derived_from"),
                        f"{entry.key} would derive from itself through {entry.derived_from}",
                    )

    def seal(self, i: int, source: Source, details: SourceDetails) -> bool:
        """Seal a confidential source's details from the file; True if they changed.

        Without a key the file is refused rather than its details dropped or kept in clear.
        """
        at = ("sources", i, "details")
        try:
            self.sealer = self.sealer or configured_sealer()
            if self.sealer is None:
                self.fail(
                    at,
                    "a confidential source's details are stored sealed, and no key is "
                    "configured: set COUNTERSIGHT_KEY_FILE (make a key with `countersight keys "
                    "new --out FILE`) or COUNTERSIGHT_KEY",
                )
                return False
            before = source.sealed_details
            seal_details(source, details, self.sealer)
        except SealingError as exc:
            self.fail(at, str(exc))
            return False
        if source.sealed_details == before:
            return False
        self.session.flush()
        return True

    def derivation_loops(self, source: Source) -> bool:
        links = dict(self.session.execute(select(Source.id, Source.derived_from_id)).all())
        seen, current = {source.id}, links.get(source.id)
        while current is not None:
            if current in seen:
                return True
            seen.add(current)
            current = links.get(current)
        return False

    def load_records(self, section: str, model: type[Deployment] | type[Tender]) -> None:
        for i, entry in enumerate(getattr(self.case, section)):
            place = self.place(entry.place, (section, i, "place")) if entry.place else None
            if entry.place and place is None:
                self.failed.add(entry.key)
                continue
            fields = {
                "name": entry.name,
                "place_id": place.id if place else None,
                "description": entry.description,
            }
            _, outcome = _upsert(self.session, model, entry.key, fields)
            self.report.count(section, outcome)

    def load_claim(self, i: int, entry: ClaimEntry) -> None:
        at = ("claims", i)
        before = len(self.problems)
        source = self.session.scalar(select(Source).where(Source.key == entry.source))
        if source is None:
            self.fail((*at, "source"), f"no source {entry.source!r}; add it under 'sources'")
        subject_key = self.subject(entry, at)
        try:
            pred = predicate(entry.subject_kind, entry.predicate)
            value = parse_value(pred, entry.value)
        except (UnknownPredicate, BadValue) as exc:
            self.fail(
                (*at, "predicate" if isinstance(exc, UnknownPredicate) else "value"), str(exc)
            )
            return
        value = self.resolve_references(value, (*at, "value"))
        self.check_attribution(entry, at)
        self.check_quote(entry, source, at)
        if len(self.problems) > before or source is None or subject_key is None or value is None:
            return
        key = claim_key(
            source.key,
            entry.subject,
            entry.predicate,
            value,
            entry.stance.value,
            entry.quote,
            entry.attributed_to,
        )
        existing = self.session.scalar(select(Claim).where(Claim.key == key))
        if existing is not None:
            owned = {
                "locator": entry.locator,
                "note": entry.note,
                "quote_start": entry.quote_start,
                "quote_end": entry.quote_end,
            }
            changed = {k: v for k, v in owned.items() if getattr(existing, k) != v}
            for name, new in changed.items():
                setattr(existing, name, new)
            self.report.count("claims", "updated" if changed else "unchanged")
            wanted = entry.review or self.case.review
            if existing.review_state != wanted.value:
                self.report.notes.append(
                    f"{self.doc.file}:{self.doc.line_of(at)}: claim kept as "
                    f"{existing.review_state} (a reviewer's decision is not overwritten)"
                )
            return
        review = entry.review or self.case.review
        self.session.add(
            Claim(
                key=key,
                source_id=source.id,
                subject_kind=entry.subject_kind.value,
                subject_key=subject_key,
                predicate=entry.predicate,
                value=value.model_dump(mode="json"),
                value_ref=value_ref(value),
                quote=entry.quote,
                locator=entry.locator,
                quote_start=entry.quote_start,
                quote_end=entry.quote_end,
                stance=entry.stance.value,
                attributed_to=entry.attributed_to,
                note=entry.note,
                recorded_by=self.case.recorded_by,
                review_state=review.value,
                reviewed_by=self.case.recorded_by if review != ReviewState.suggested else None,
                reviewed_at=utcnow() if review != ReviewState.suggested else None,
            )
        )
        self.session.flush()
        self.report.count("claims", "created")

    def subject(self, entry: ClaimEntry, at: tuple[str | int, ...]) -> str | None:
        kind = entry.subject_kind
        if kind == SubjectKind.place:
            place = self.place(entry.subject_key, (*at, "subject"))
            return place.key if place else None
        model = SUBJECT_MODELS.get(kind.value)
        if model is None:
            self.fail((*at, "subject"), f"claims about a {kind} are not loaded from case files")
            return None
        if entry.subject_key in self.failed:
            return None
        if not self.exists(model, entry.subject_key):
            self.fail((*at, "subject"), f"no {kind} {entry.subject_key!r}; define it in the file")
            return None
        return entry.subject_key

    def resolve_references(
        self, value: ClaimValue, path: tuple[str | int, ...]
    ) -> ClaimValue | None:
        if isinstance(value, RefValue):
            if value.kind == "place":
                place = self.place(value.key, path)
                return RefValue(kind="place", key=place.key) if place else None
            model = Organisation if value.kind == "organisation" else Deployment
            if not self.exists(model, value.key):
                self.fail(path, f"no {value.kind} {value.key!r}; define it in the file")
                return None
        if value.kind == "places":
            keys = []
            for key in value.keys:  # type: ignore[union-attr]
                place = self.place(key, path)
                if place is None:
                    return None
                keys.append(place.key)
            return value.model_copy(update={"keys": tuple(keys)})
        return value

    def check_attribution(self, entry: ClaimEntry, at: tuple[str | int, ...]) -> None:
        if entry.attributed_to is None:
            return
        kind, key = entry.attributed_to.split("/", 1)
        model = Organisation if kind == "organisation" else Source
        if not self.exists(model, key):
            self.fail((*at, "attributed_to"), f"no {kind} {key!r}; define it in the file")

    def check_quote(
        self, entry: ClaimEntry, source: Source | None, at: tuple[str | int, ...]
    ) -> None:
        if (
            source is not None
            and not entry.quote
            and SourceKind(source.kind) not in QUOTELESS_SOURCES
        ):
            self.fail((*at, "quote"), f"a claim from a {source.kind} needs the exact quote")
        if (entry.quote_start is None) != (entry.quote_end is None):
            self.fail((*at, "quote_start"), "give both quote_start and quote_end, or neither")
        elif (
            entry.quote_start is not None
            and entry.quote
            and entry.quote_end - entry.quote_start != len(entry.quote)  # type: ignore[operator]
        ):
            self.fail(
                (*at, "quote_end"),
                "quote_end - quote_start must equal the quote's length in characters",
            )


def value_ref(value: ClaimValue) -> str | None:
    """An indexable handle on a value, so 'who else claims this ticker?' is one query."""
    if isinstance(value, RefValue):
        return value.key
    if isinstance(value, IdentifierValue):
        return f"{value.scheme}:{value.value}"
    return None


def load_case_files(
    session: Session, gazetteer: Gazetteer, files: list[Path], sealer: Sealer | None = None
) -> LoadReport:
    """Load every file into the session's transaction; raise InputError if anything is wrong.

    The caller owns the transaction, so an error anywhere leaves the atlas as it was.
    Confidential details are sealed with `sealer`, else with the configured key if any.
    """
    parsed, problems = [], []
    for file in files:
        try:
            parsed.append(read_case_file(file))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    seed_places(session, gazetteer)
    report = LoadReport()
    for case, doc in parsed:
        problems.extend(_FileLoader(session, gazetteer, case, doc, report, sealer).run())
    if problems:
        raise InputError(problems)
    return report
