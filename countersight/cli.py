"""The `countersight` command: parses arguments and hands the work to the package."""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import Engine, make_url, select

from countersight import atlas
from countersight.catalog import find_places, list_claims, list_sources
from countersight.config import database_url
from countersight.evidence.facts import SubjectFacts, facts_for_place
from countersight.evidence.vocabulary import ReviewState, SourceKind
from countersight.geo.camera_links import LinkError, link_cameras
from countersight.geo.places import BBox, PlaceResolutionError, resolve_place
from countersight.geo.street_graph import BANDS as BAND_NAMES
from countersight.ingest.case_loader import LoadReport
from countersight.ingest.yaml_lines import InputError
from countersight.store.audit import verify_chain
from countersight.store.database import transaction
from countersight.store.models import Place

app = typer.Typer(
    help="Countersight: the public's record of city surveillance.",
    no_args_is_help=True,
    add_completion=False,
)
audit_app = typer.Typer(help="Check the audit log.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
origins_app = typer.Typer(
    help="Which documents are one story: list the groups, or correct them.",
    invoke_without_command=True,
)
app.add_typer(origins_app, name="origins")
sources_app = typer.Typer(
    help="Sources as the public sees them; a confidential source's sealed details.",
    invoke_without_command=True,
)
app.add_typer(sources_app, name="sources")
keys_app = typer.Typer(help="The sealing key: make one, rotate to a new one.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
users_app = typer.Typer(help="Accounts: contributors, reviewers, admins.", no_args_is_help=True)
app.add_typer(users_app, name="users")
tokens_app = typer.Typer(help="API tokens for scripts.", no_args_is_help=True)
app.add_typer(tokens_app, name="tokens")
out = Console()
err = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL or SQLite file (default: $COUNTERSIGHT_DB or ./countersight.db)"
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ActorOption = Annotated[
    str, typer.Option("--as", help="Who is making the change (for the audit log).")
]


def _open(db: str | None) -> Engine:
    try:
        return atlas.open_atlas(db)
    except Exception as exc:  # the message is what the user needs; the trace is not
        where = make_url(database_url(db)).render_as_string(hide_password=True)
        err.print(f"[red]error:[/red] cannot open the atlas at {where}: {exc}")
        raise typer.Exit(2) from None


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _refused(
    exc: InputError, outcome: str = "Nothing was loaded; the atlas is unchanged."
) -> NoReturn:
    for problem in exc.problems:
        err.print(f"[red]error:[/red] {escape(str(problem))}", highlight=False, soft_wrap=True)
    if outcome:
        err.print(outcome)
    raise typer.Exit(2)


def _report(report: LoadReport) -> None:
    table = Table("records", "created", "updated", "unchanged", title="Loaded")
    kinds = sorted(set(report.created) | set(report.updated) | set(report.unchanged))
    for kind in kinds:
        table.add_row(
            kind, str(report.created[kind]), str(report.updated[kind]), str(report.unchanged[kind])
        )
    out.print(table)
    for note in report.notes:
        out.print(f"[yellow]note:[/yellow] {note}")


@app.command()
def init(db: DbOption = None, actor: ActorOption = "cli") -> None:
    """Create the atlas (or bring it up to date) and add the gazetteer's places."""
    engine = _open(db)
    added = atlas.init_atlas(engine, actor)
    out.print(
        f"Atlas ready at {engine.url.render_as_string(hide_password=True)} ({added} places added)."
    )


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Case files (YAML) to load.")],
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Load case files: all of them or, on any error, none. Safe to run again."""
    engine = _open(db)
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("loading case files", total=len(files))
            report = atlas.load_files(engine, files, actor)
            progress.update(task, completed=len(files))
    except InputError as exc:
        _refused(exc)
    _report(report)


def _bbox(value: str | None) -> BBox | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise typer.BadParameter("expected WEST,SOUTH,EAST,NORTH in degrees") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise typer.BadParameter("expected WEST < EAST within ±180 and SOUTH < NORTH within ±90")
    return west, south, east, north


@app.command("import-osm")
def import_osm(
    files: Annotated[
        list[Path], typer.Argument(help=".osm.pbf, .osm, .osm.bz2/.gz, .osc diffs or Overpass JSON")
    ],
    bbox: Annotated[
        str | None, typer.Option(help="Only cameras inside WEST,SOUTH,EAST,NORTH (degrees).")
    ] = None,
    place: Annotated[
        str | None, typer.Option(help="Only cameras placed in this place (any spelling or key).")
    ] = None,
    streets: Annotated[
        bool,
        typer.Option(help="Also store the extract's street network (for exposure and routes)."),
    ] = True,
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Import OpenStreetMap cameras (man_made=surveillance) and streets. Re-runnable."""
    area = _bbox(bbox)
    engine = _open(db)
    columns = (
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,} features"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("reading OpenStreetMap", total=None, rate="")
            started = time.monotonic()

            def seen(count: int) -> None:
                rate = count / max(time.monotonic() - started, 1e-6)
                progress.update(task, completed=count, rate=f"{rate:,.0f}/s")

            reports = atlas.import_osm_files(
                engine, files, bbox=area, place=place, streets=streets, actor=actor, report=seen
            )
    except InputError as exc:
        _refused(exc)
    except PlaceResolutionError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    table = Table(
        "file",
        "added",
        "updated",
        "unchanged",
        "retired",
        "older",
        "outside",
        "flagged",
        title="OpenStreetMap cameras (© OpenStreetMap contributors, ODbL)",
    )
    for r in reports:
        table.add_row(
            Path(r.file).name,
            *(
                str(getattr(r, k))
                for k in ("added", "updated", "unchanged", "retired", "older", "outside", "flagged")
            ),
        )
    out.print(table)
    for r in reports:
        if r.streets:
            out.print(f"{escape(Path(r.file).name)}: {escape(r.streets)}")
        for problem in r.problems:
            out.print(f"[yellow]note:[/yellow] {escape(problem)}")


@app.command("link-cameras")
def link_cameras_command(
    deployment: Annotated[str, typer.Argument(help="The deployment's key.")],
    place: Annotated[str | None, typer.Option(help="Cameras placed in this place.")] = None,
    bbox: Annotated[str | None, typer.Option(help="Cameras inside WEST,SOUTH,EAST,NORTH.")] = None,
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Link active cameras (by place and/or area) to the deployment they belong to."""
    area = _bbox(bbox)
    engine = _open(db)
    try:
        with transaction(engine, actor) as session:
            where = (
                resolve_place(session, atlas.gazetteer(), place, broadest=True) if place else None
            )
            changed = link_cameras(session, deployment, place=where, bbox=area)
    except (LinkError, PlaceResolutionError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    out.print(f"Linked {changed} camera(s) to {deployment}.")


class Mode(StrEnum):
    foot = "foot"
    motorcycle = "motorcycle"
    car = "car"


@app.command("place-check")
def place_check_command(
    at: Annotated[str | None, typer.Option(help="The place as LAT,LON (degrees).")] = None,
    polygon: Annotated[
        str | None, typer.Option(help="The place as a WKT or GeoJSON polygon (lon/lat) or file.")
    ] = None,
    radius: Annotated[float, typer.Option(help="Approach radius in metres.")] = 300.0,
    mode: Annotated[Mode, typer.Option(help="How people come: on foot or by vehicle.")] = Mode.foot,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Which known cameras see the approaches to a place, per DORI band, and the least
    exposed ways in; with the assumptions used and how complete the camera map is there."""
    from countersight.geo.place_check import PlaceCheckError, parse_at, parse_polygon, place_check

    try:
        if (at is None) == (polygon is None):
            raise PlaceCheckError("give the place as either --at LAT,LON or --polygon")
        if polygon is not None and Path(polygon).is_file():
            polygon = Path(polygon).read_text(encoding="utf-8")
        place = parse_at(at) if at is not None else parse_polygon(polygon or "")
        answer = place_check(_open(db), place, radius=radius, mode=mode.value)
    except PlaceCheckError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if fmt == Format.json:
        _json(answer)
        return
    cameras = Table("camera", "band on approaches", "metres", "sees the place", "uncertain")
    for c in answer["cameras"]:
        cameras.add_row(
            c["camera"],
            c["band"] or "-",
            f"{c['metres_in_band']:,.1f}",
            c["sees_the_place"] or "-",
            "yes" if c["uncertain"] else "",
        )
    cameras.title = f"Cameras seeing the approaches within {answer['radius_m']:g} m ({mode.value})"
    out.print(cameras)
    ways = Table("from", "street", "metres", *reversed(BAND_NAMES), title="Least exposed ways in")
    for way in answer["least_exposed_approaches"]:
        metres = [f"{way['metres_by_band'][b]:,.0f}" for b in reversed(BAND_NAMES)]
        ways.add_row(way["from"], escape(way["street"]), f"{way['length_m']:,.0f}", *metres)
    out.print(ways)
    out.print(f"Distance: {answer['distance']}.")
    out.print(f"Completeness: {escape(answer['completeness']['summary'])}")
    out.print("Assumptions:")
    for assumption in answer["assumptions"]:
        out.print(f"  - {escape(assumption)}")
    out.print(answer["attribution"])


@app.command("completeness")
def completeness_command(
    at: Annotated[str, typer.Option(help="LAT,LON of the place (degrees).")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """How complete the camera map is around a place: mapped cameras against reported counts."""
    from countersight.geo.completeness import completeness
    from countersight.geo.place_check import PlaceCheckError, parse_at

    try:
        point = parse_at(at)
    except PlaceCheckError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    with transaction(_open(db)) as session:
        answer = completeness(session, [(point.x, point.y)]).to_dict()
    if fmt == Format.json:
        _json(answer)
        return
    out.print(escape(answer["summary"]))


def _facts_table(subject: SubjectFacts) -> None:
    where = f" — {subject.place['name']}" if subject.place else ""
    table = Table(
        "fact",
        "value",
        "verification",
        "claims behind it",
        title=f"{subject.kind}: {subject.name}{where}",
        title_justify="left",
        show_lines=True,
    )
    for fact in subject.facts:
        for value in fact.values:
            lines = []
            for claim in value.claims:
                source = claim["source"]
                name = source.get("alias") or source.get("outlet") or source["ref"]
                quote = f"“{claim['quote']}”" if claim["quote"] else claim["locator"] or ""
                lines.append(escape(f"[{claim['stance']}] {name}: {quote}"))
            table.add_row(fact.predicate, value.display, value.verification, "\n".join(lines))
    out.print(table)
    for flag in subject.flags:
        out.print(f"[yellow]flag:[/yellow] {flag}")


@app.command()
def facts(
    place: Annotated[
        str | None, typer.Option(help="A place, by name in any spelling or key.")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Facts derived from accepted claims, each value with the claims and sources behind it."""
    engine = _open(db)
    with transaction(engine) as session:
        found = None
        if place:
            try:
                found = resolve_place(session, atlas.gazetteer(), place, broadest=True)
            except PlaceResolutionError as exc:
                err.print(f"[red]error:[/red] {exc}")
                raise typer.Exit(2) from None
        subjects = facts_for_place(session, found)
        if fmt == Format.json:
            _json(
                {
                    "place": {"key": found.key, "name": found.name} if found else None,
                    "subjects": [s.to_dict() for s in subjects],
                }
            )
            return
        if not subjects:
            out.print("No deployments or tenders recorded there yet.")
        for subject in subjects:
            _facts_table(subject)


@app.command()
def claims(
    state: Annotated[
        ReviewState | None, typer.Option(help="Only claims in this review state.")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List claims: subject, predicate, value, quote, source, stance and review state."""
    engine = _open(db)
    with transaction(engine) as session:
        rows = list_claims(session, state)
    if fmt == Format.json:
        _json(rows)
        return
    table = Table(
        "subject", "predicate", "value", "stance", "state", "source", "quote", show_lines=True
    )
    for row in rows:
        source = row["source"]
        table.add_row(
            row["subject"],
            row["predicate"],
            json.dumps(row["value"], ensure_ascii=False),
            row["stance"],
            row["state"],
            source.get("alias") or source.get("outlet") or "",
            row["quote"] or row["locator"] or "",
        )
    out.print(table)


@app.command("import-document")
def import_document(
    files: Annotated[list[Path], typer.Argument(help="Saved web pages (.html), PDFs, text files")],
    outlet: Annotated[
        str | None, typer.Option(help="Who published it (overrides the page).")
    ] = None,
    date: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Publication date, YYYY-MM-DD.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    kind: Annotated[SourceKind, typer.Option(help="What kind of source it is.")] = (
        SourceKind.news_article
    ),
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Read documents into sources with suggested claims (for review); group copies into origins."""
    engine = _open(db)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("reading documents", total=len(files))

        def step(path: Path) -> None:
            progress.update(task, advance=1, description=f"reading {path.name}")

        outcomes, origins = atlas.import_document_files(
            engine,
            files,
            actor=actor,
            progress=step,
            outlet=outlet,
            published=date.date() if date else None,
            url=url,
            kind=kind,
        )
    table = Table("file", "outcome", "source", "suggested claims")
    for outcome in outcomes:
        table.add_row(
            escape(Path(outcome.file).name),
            outcome.status
            if not outcome.problem
            else f"[red]refused:[/red] {escape(outcome.problem)}",
            outcome.source or "",
            str(outcome.suggestions),
        )
    out.print(table)
    out.print(f"Origin links changed: {origins.linked}. Review with `countersight review`.")
    for problem in origins.unreadable:
        err.print(f"[yellow]note:[/yellow] archived document not re-readable: {escape(problem)}")
    if any(o.status == "refused" for o in outcomes):
        raise typer.Exit(2)


@origins_app.callback()
def origins(ctx: typer.Context, db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List origin groups: each first report with the documents that copy or relay it."""
    if ctx.invoked_subcommand is not None:
        return
    from countersight.ingest.origin_links import list_origins

    engine = _open(db)
    with transaction(engine) as session:
        groups = list_origins(session)
    if fmt == Format.json:
        _json(groups)
        return
    table = Table("origin", "relayed by", "why", show_lines=True)
    for group in groups:
        origin = group["origin"]
        table.add_row(
            escape(f"{origin['ref']} — {origin.get('outlet') or ''} {origin.get('title') or ''}"),
            "\n".join(escape(f"{d['key']} {d['outlet'] or ''}") for d in group["documents"]),
            "\n".join(escape(d["why"] or "") for d in group["documents"]),
        )
    out.print(table)


def _origin_change(change: Any, db: str | None, actor: str, *args: str) -> None:
    from countersight.ingest.origin_links import OriginError

    engine = _open(db)
    try:
        with transaction(engine, actor) as session:
            change(session, *args, actor)
    except OriginError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None


@origins_app.command("link")
def origins_link(
    source: Annotated[str, typer.Argument(help="The document's source key (doc-…)")],
    to: Annotated[str, typer.Option(help="The source it copies or relays.")],
    reason: Annotated[str, typer.Option(help="Why (kept with the link).")],
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """A reviewer joins a document to another's origin (audited; grouping never undoes it)."""
    from countersight.ingest.origin_links import link_origin

    _origin_change(link_origin, db, actor, source, to, reason)


@origins_app.command("split")
def origins_split(
    source: Annotated[str, typer.Argument(help="The document's source key (doc-…)")],
    reason: Annotated[str, typer.Option(help="Why it is an independent report.")],
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """A reviewer marks a document as an independent report (audited)."""
    from countersight.ingest.origin_links import split_origin

    _origin_change(split_origin, db, actor, source, reason)


@app.command()
def review(
    accept: Annotated[list[str] | None, typer.Option(help="Accept these claim refs.")] = None,
    reject: Annotated[list[str] | None, typer.Option(help="Reject these claim refs.")] = None,
    reason: Annotated[str | None, typer.Option(help="Why (required to reject).")] = None,
    rule: Annotated[str | None, typer.Option(help="Only suggestions from this rule.")] = None,
    source: Annotated[str | None, typer.Option(help="Only suggestions from this source.")] = None,
    all_shown: Annotated[
        bool, typer.Option("--accept-all", help="Accept every suggestion the filters select.")
    ] = False,
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Accept or reject suggested claims: by ref, in bulk, or one by one when run bare."""
    from countersight.review import ReviewError, decide, pending

    engine = _open(db)
    decided = 0
    try:
        with transaction(engine, actor) as session:
            if accept or reject:
                for ref in accept or ():
                    decide(session, ref, accept=True, reviewer=actor, reason=reason)
                for ref in reject or ():
                    decide(session, ref, accept=False, reviewer=actor, reason=reason)
                decided = len(accept or ()) + len(reject or ())
            else:
                for claim in pending(session, rule=rule, source=source):
                    if not all_shown:
                        out.print(
                            f"[bold]{claim.public_ref}[/bold] {claim.subject_kind}/"
                            f"{escape(claim.subject_key)} {claim.predicate} = "
                            f"{escape(json.dumps(claim.value, ensure_ascii=False))} "
                            f"[{claim.stance}] (rule {escape(claim.rule or '?')})\n"
                            f"  “{escape(claim.quote or '')}”"
                        )
                        answer = typer.prompt("accept, reject, skip or quit? [a/r/s/q]", "s")
                        if answer.startswith("q"):
                            break
                        if not answer.startswith(("a", "r")):
                            continue
                        why = reason or (typer.prompt("reason") if answer.startswith("r") else None)
                        decide(
                            session, claim.public_ref, accept=answer.startswith("a"),
                            reviewer=actor, reason=why,
                        )  # fmt: skip
                    else:
                        decide(
                            session, claim.public_ref, accept=True, reviewer=actor, reason=reason
                        )
                    decided += 1
    except ReviewError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))} (nothing was changed)")
        raise typer.Exit(2) from None
    out.print(f"{decided} decision(s) recorded (audited).")


@app.command("eval-extract")
def eval_extract(
    labels_dir: Annotated[Path, typer.Argument(help="Folder with documents and labels.yaml")],
    fmt: FormatOption = Format.table,
    show_misses: Annotated[bool, typer.Option(help="List every miss and extra.")] = False,
) -> None:
    """Precision and recall per predicate, and origin grouping agreement, on a labelled folder."""
    from countersight.extract.evaluation import LabelsError, evaluate_folder
    from countersight.ingest.documents import DocumentError

    try:
        report = evaluate_folder(labels_dir, atlas.gazetteer())
    except (LabelsError, DocumentError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if fmt == Format.json:
        _json({**report.to_dict(), **({"misses": report.misses} if show_misses else {})})
        return
    summary = report.to_dict()
    table = Table("predicate", "precision", "recall", "found right", "extra", "missed")
    for name, row in [*summary["per_predicate"].items(), ("overall", summary["overall"])]:
        table.add_row(
            name, f"{row['precision']:.3f}", f"{row['recall']:.3f}",
            str(row["true_positive"]), str(row["false_positive"]), str(row["false_negative"]),
        )  # fmt: skip
    out.print(table)
    out.print(
        f"{report.documents} documents; origin grouping adjusted Rand index "
        f"{summary['origin_adjusted_rand_index']}"
    )
    if show_misses:
        for miss in report.misses:
            out.print(escape(miss))


@sources_app.callback()
def sources(ctx: typer.Context, db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List sources as the public sees them (confidential ones by alias only)."""
    if ctx.invoked_subcommand is not None:
        return
    engine = _open(db)
    with transaction(engine) as session:
        rows = list_sources(session)
    if fmt == Format.json:
        _json(rows)
        return
    table = Table("ref", "kind", "outlet / alias", "published", "derived from", "claims")
    for row in rows:
        table.add_row(
            row["ref"],
            row["kind"],
            row.get("alias") or row.get("outlet") or "",
            row.get("published") or "",
            row.get("derived_from") or "",
            str(row["claims"]),
        )
    out.print(table)


@app.command()
def places(
    query: Annotated[str | None, typer.Argument(help="A name in any script or spelling.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
) -> None:
    """Find places in the gazetteer: Mawlamyine, Moulmein and မော်လမြိုင် are one place."""
    engine = _open(db)
    with transaction(engine) as session:
        if session.scalar(select(Place.id).limit(1)) is None:
            err.print("The atlas has no places yet: run 'countersight init' first.")
            raise typer.Exit(2)
        rows = find_places(session, atlas.gazetteer(), query, limit=limit)
    if fmt == Format.json:
        _json(rows)
        return
    if not rows:
        err.print(f"No place matches {query!r}.")
        raise typer.Exit(1)
    table = Table("key", "kind", "name", "within", "codes", "lat, lon", "other names")
    for row in rows:
        codes = " ".join(filter(None, [row["iso_code"], *row["pcodes"]]))
        where = f"{row['lat']:.4f}, {row['lon']:.4f}" if row["lat"] is not None else ""
        others = ", ".join(n["name"] for n in row["names"] if n["name"] != row["name"])
        table.add_row(
            row["key"],
            row["kind"],
            row["name"],
            " › ".join(row["within"]),
            codes,
            where,
            others[:120],
        )
    out.print(table)


@sources_app.command("details")
def source_details(
    key: Annotated[str, typer.Argument(help="The confidential source's key.")],
    set_from: Annotated[
        Path | None,
        typer.Option(
            "--set-from",
            help="Seal new details from a YAML/JSON file with name, contact, notes ('-': stdin).",
        ),
    ] = None,
    prompt: Annotated[
        bool, typer.Option("--prompt", help="Seal new details typed at a prompt.")
    ] = False,
    db: DbOption = None,
    actor: ActorOption = "cli",
    fmt: FormatOption = Format.table,
) -> None:
    """Show a confidential source's details (needs the key), or seal new ones.

    Details are never taken from the command line, where shell history would keep them.
    """
    from countersight.confidential import (
        find_source,
        parse_details,
        read_details_file,
        seal_details,
    )
    from countersight.redaction import confidential_details
    from countersight.store.sealing import Sealer

    engine = _open(db)
    try:
        sealer = Sealer.from_environment()
        if set_from is not None or prompt:
            if set_from is not None:
                details = read_details_file(set_from)
            else:
                answers = {
                    field: typer.prompt(field, default="", show_default=False) or None
                    for field in ("name", "contact", "notes")
                }
                details = parse_details(answers, "the prompt")
            with transaction(engine, actor) as session:
                seal_details(find_source(session, key), details, sealer)
            out.print(f"Sealed the details of {escape(key)}.")
            return
        with transaction(engine) as session:
            shown = confidential_details(find_source(session, key), sealer)
    except InputError as exc:
        _refused(exc, "")
    if fmt == Format.json:
        _json(shown)
        return
    table = Table("field", "value", title=f"{escape(key)} (confidential: do not publish)")
    for field, value in shown.items():
        table.add_row(field, escape(str(value if value is not None else "")))
    out.print(table)


@keys_app.command("new")
def keys_new(
    out_file: Annotated[Path, typer.Option("--out", help="Where to write the new key file.")],
) -> None:
    """Make a new sealing key in a file only its owner can read (mode 0600); never overwrites."""
    import os

    from countersight.store.sealing import Sealer, key_id_of

    key = Sealer.new_key()
    try:
        descriptor = os.open(out_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        err.print(f"[red]error:[/red] {out_file}: {exc.strerror}; no key was written")
        raise typer.Exit(2) from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(Sealer.encode_key(key) + "\n")
    out.print(
        f"New key {key_id_of(key).hex()} written to {out_file}. Keep a copy somewhere safe: "
        "without it, sealed details cannot be read. Use it with COUNTERSIGHT_KEY_FILE."
    )


@keys_app.command("rotate")
def keys_rotate(
    new_key_file: Annotated[Path, typer.Option("--new-key-file", help="The key to move to.")],
    evidence: Annotated[
        Path | None, typer.Option(help="Evidence folder (default: $COUNTERSIGHT_EVIDENCE).")
    ] = None,
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Re-seal every sealed blob under a new key (the old key from the environment)."""
    from countersight.config import evidence_dir
    from countersight.key_rotation import rotate
    from countersight.store.sealing import Sealer

    engine = _open(db)
    try:
        old = Sealer.from_environment()
        new = Sealer.from_key_file(new_key_file)
        if old.key_id == new.key_id:
            err.print("[red]error:[/red] the new key is the key already in use")
            raise typer.Exit(2)
        report = rotate(engine, evidence_dir(evidence), old, new, actor)
    except InputError as exc:
        _refused(exc, "Nothing was re-sealed; the old key still opens everything.")
    out.print(
        f"Re-sealed {report.sources} source detail(s) and {report.files} evidence file(s) under "
        f"key {new.key_id.hex()} ({report.already_new} already under it). Point "
        f"COUNTERSIGHT_KEY_FILE at {new_key_file} now; keep the old key until you have "
        "checked a backup."
    )


EvidenceOption = Annotated[
    Path | None,
    typer.Option(
        help="Evidence folder (default: $COUNTERSIGHT_EVIDENCE or ./countersight-evidence)."
    ),
]


def _steps(title: str) -> Progress:
    return Progress(
        TextColumn(title),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


@app.command("backup")
def backup_command(
    file: Annotated[Path, typer.Argument(help="The archive to write (a new .tar file).")],
    evidence: EvidenceOption = None,
    db: DbOption = None,
) -> None:
    """Write the whole atlas (every table, the evidence files, a manifest) to one archive.

    The sealing key is never included: keep it apart from the backups.
    """
    from countersight.config import evidence_dir
    from countersight.store.backup import backup

    engine = _open(db)
    try:
        with _steps("backing up") as progress:
            task = progress.add_task("")
            report = backup(
                engine, evidence_dir(evidence), file, lambda s: progress.update(task, description=s)
            )
    except InputError as exc:
        _refused(exc, f"No backup was written to {file}.")
    out.print(
        f"Backed up {sum(report.rows.values())} rows in {len(report.rows)} tables and "
        f"{report.files} evidence files to {file}; audit head {report.audit_head} "
        f"({report.audit_events} events)."
    )


@app.command("restore")
def restore_command(
    file: Annotated[Path, typer.Argument(help="An archive written by `countersight backup`.")],
    evidence: EvidenceOption = None,
    db: DbOption = None,
) -> None:
    """Restore a backup into a new, empty atlas; every hash and the audit chain are checked
    before anything is committed."""
    from countersight.config import evidence_dir
    from countersight.store.backup import restore

    engine = _open(db)
    try:
        with _steps("restoring") as progress:
            task = progress.add_task("")
            report = restore(
                engine, file, evidence_dir(evidence), lambda s: progress.update(task, description=s)
            )
    except InputError as exc:
        _refused(exc, "Nothing was restored.")
    out.print(
        f"Restored {sum(report.rows.values())} rows and {report.files} evidence files; audit "
        f"chain verified, head {report.audit_head} ({report.audit_events} events)."
    )


@audit_app.command("verify")
def audit_verify(
    db: DbOption = None,
    expect_head: Annotated[
        str | None,
        typer.Option(help="The head hash recorded earlier; detects events removed from the end."),
    ] = None,
) -> None:
    """Recompute the audit chain; exit 1 if any event was edited, deleted or reordered."""
    engine = _open(db)
    with transaction(engine) as session:
        report = verify_chain(session, expect_head)
    if report.ok:
        out.print(f"Audit chain intact: {report.events} events, head {report.head}")
        return
    err.print(
        f"[red]Audit chain broken:[/red] {report.problem} "
        f"(checked {report.events} events before it)"
    )
    raise typer.Exit(1)


class RouteFormat(StrEnum):
    table = "table"
    json = "json"
    geojson = "geojson"
    gpx = "gpx"


@app.command()
def route(
    start: Annotated[str, typer.Option("--from", help="Start as LAT,LON (degrees).")],
    end: Annotated[str, typer.Option("--to", help="Destination as LAT,LON (degrees).")],
    mode: Annotated[str, typer.Option(help="foot, motorcycle or car.")] = "foot",
    avoid: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="0 shortest … 1 least exposed (balanced).")
    ] = 0.5,
    alternatives: Annotated[int, typer.Option(min=0, max=5, help="Extra routes.")] = 2,
    fmt: Annotated[RouteFormat, typer.Option("--format", "-f")] = RouteFormat.table,
    db: DbOption = None,
) -> None:
    """Shortest, balanced and least-exposed routes past the known cameras, with figures."""
    from countersight.export.route_files import KIND_NAMES, route_geojson, route_gpx
    from countersight.geo.routing import RoutingError, parse_lat_lon
    from countersight.web.route_layer import RouteLayer

    engine = _open(db)
    layer = RouteLayer()
    try:
        plan = layer.plan(
            engine,
            parse_lat_lon(start, "--from"),
            parse_lat_lon(end, "--to"),
            mode=mode,
            avoid=avoid,
            alternatives=alternatives,
        )
    except RoutingError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    answer = layer.answer(engine, plan)
    if fmt is RouteFormat.json:
        return _json(answer)
    if fmt is RouteFormat.geojson:
        sys.stdout.write(route_geojson(answer).decode() + "\n")
        return
    if fmt is RouteFormat.gpx:
        sys.stdout.write(route_gpx(answer))
        return
    table = Table(
        "route",
        "km",
        "min",
        *(f"{b[0].upper()} m" for b in BAND_COLUMNS),
        "cameras",
        title=f"Routes on {mode} (avoid {avoid:g})",
    )
    for r in answer["routes"]:
        table.add_row(
            "\n".join(KIND_NAMES[k] for k in r["kinds"]),
            f"{r['length_m'] / 1000:.2f}",
            f"{r['time_s'] / 60:.0f}",
            *(f"{r['band_m'][b]:.0f}" for b in BAND_COLUMNS),
            str(r["cameras_passed"]),
        )
    out.print(table)
    out.print(
        "D, O, R, I m: metres in the detection, observation, recognition, identification band"
    )
    out.print(f"Completeness: {answer['completeness']['summary']}")
    for assumption in answer["assumptions"]:
        out.print(f"[yellow]assumed:[/yellow] {escape(assumption)}")
    out.print("Street and camera data © OpenStreetMap contributors (ODbL).")


BAND_COLUMNS = ("detection", "observation", "recognition", "identification")


TilesOption = Annotated[
    str | None,
    typer.Option(
        help="Basemap tile URL with {z}/{x}/{y} (default: none; the map works offline).",
        envvar="COUNTERSIGHT_TILE_URL",
    ),
]
TilesAttributionOption = Annotated[
    str | None,
    typer.Option(
        help="Attribution the tile provider requires.", envvar="COUNTERSIGHT_TILE_ATTRIBUTION"
    ),
]


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    tiles: TilesOption = None,
    tiles_attribution: TilesAttributionOption = None,
) -> None:
    """Serve the map page and the read-only public API."""
    import uvicorn

    from countersight.api.app import create_app
    from countersight.api.map import MapSettings

    try:
        settings = MapSettings(tile_url=tiles, tile_attribution=tiles_attribution)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    engine = _open(db)
    out.print(
        f"Countersight is serving the map on http://{host}:{port}/ (API under /api/v1, "
        f"schema at /openapi.json). Press Ctrl+C to stop."
    )
    uvicorn.run(create_app(engine, settings), host=host, port=port, log_level="warning")


@app.command()
def demo(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Load only; do not serve.")] = False,
    tiles: TilesOption = None,
    tiles_attribution: TilesAttributionOption = None,
) -> None:
    """Load the bundled gazetteer, case files and OSM cameras into the atlas, then serve it."""
    engine = _open(db)
    added = atlas.init_atlas(engine, "demo")
    files = atlas.bundled_case_files()
    osm_files = atlas.bundled_osm_files()
    try:
        report = atlas.load_files(engine, files, "demo")
        cameras = atlas.import_osm_files(engine, osm_files, actor="demo")
    except InputError as exc:
        _refused(exc)
    out.print(
        f"Loaded {len(files)} case file(s), {added} new places and "
        f"{sum(r.added for r in cameras)} new OpenStreetMap cameras (© OpenStreetMap "
        f"contributors, ODbL) into {engine.url.render_as_string(hide_password=True)}."
    )
    _report(report)
    if not no_serve:
        serve(db=db, host=host, port=port, tiles=tiles, tiles_attribution=tiles_attribution)


def _read_password() -> str:
    """From a hidden prompt at a terminal, else one line of stdin; never from the arguments."""
    if sys.stdin.isatty():
        return typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


def _accounts_change(db: str | None, actor: str, change: Any) -> Any:
    """Run one account/token change in an audited transaction; refuse with exit 2 on error."""
    from countersight.accounts.manage import AccountError

    try:
        with transaction(_open(db), actor) as session:
            return change(session)
    except AccountError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))} (nothing was changed)")
        raise typer.Exit(2) from None


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Lowercase letters, digits, . _ -")],
    role: Annotated[str, typer.Option(help="contributor, reviewer or admin")] = "contributor",
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Add an account; the password is asked for (or read from stdin), never an argument."""
    from countersight.accounts import manage

    password = _read_password()
    _accounts_change(db, actor, lambda s: manage.add(s, username, role, password))
    out.print(f"Account {escape(username)} ({role}) added (audited; the password is kept hashed).")


@users_app.command("list")
def users_list(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """The accounts, their roles and whether they are disabled."""
    from countersight.accounts import manage

    with transaction(_open(db)) as session:
        rows = [manage.describe(a) for a in manage.accounts(session)]
    if fmt is Format.json:
        _json(rows)
        return
    table = Table("username", "role", "disabled", "created")
    for row in rows:
        table.add_row(*(escape(str(row[k])) for k in ("username", "role", "disabled", "created")))
    out.print(table)


@users_app.command("role")
def users_role(username: str, role: str, db: DbOption = None, actor: ActorOption = "cli") -> None:
    """Give an account another role."""
    from countersight.accounts import manage

    _accounts_change(db, actor, lambda s: manage.set_role(s, username, role))
    out.print(f"{escape(username)} is now a {escape(role)} (audited).")


@users_app.command("disable")
def users_disable(
    username: str,
    enable: Annotated[bool, typer.Option("--enable", help="Re-enable instead.")] = False,
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Disable an account: its sessions and tokens stop working at once."""
    from countersight.accounts import manage

    _accounts_change(db, actor, lambda s: manage.set_disabled(s, username, not enable))
    out.print(f"{escape(username)} is {'enabled' if enable else 'disabled'} (audited).")


@tokens_app.command("create")
def tokens_create(
    name: Annotated[str, typer.Argument(help="What the token is for, e.g. 'nightly import'.")],
    owner: Annotated[str, typer.Option("--for", help="The account it acts as.")],
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Create an API token; it is printed once and cannot be shown again."""
    from countersight.accounts import manage

    token, secret = _accounts_change(db, actor, lambda s: manage.create_token(s, owner, name))
    err.print(
        f"Token {token.ref} ({escape(name)}) for {escape(owner)}; keep it now, it is not stored:"
    )
    sys.stdout.write(secret + "\n")


@tokens_app.command("list")
def tokens_list(
    owner: Annotated[str | None, typer.Option("--for", help="Only this account's.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Tokens by reference and name (never their secrets)."""
    from countersight.accounts import manage

    rows = _accounts_change(
        db, "cli", lambda s: [manage.describe_token(t) for t in manage.tokens(s, owner)]
    )
    if fmt is Format.json:
        _json(rows)
        return
    table = Table("ref", "name", "owner", "role", "created", "revoked")
    for row in rows:
        table.add_row(
            *(escape(str(row[k])) for k in ("ref", "name", "owner", "role", "created", "revoked"))
        )
    out.print(table)


@tokens_app.command("revoke")
def tokens_revoke(
    ref: Annotated[str, typer.Argument(help="The token's ref (see `tokens list`).")],
    db: DbOption = None,
    actor: ActorOption = "cli",
) -> None:
    """Revoke a token: it stops working at once."""
    from countersight.accounts import manage

    _accounts_change(db, actor, lambda s: manage.revoke_token(s, ref))
    out.print(f"Token {escape(ref)} revoked (audited).")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
