"""Where an OpenStreetMap import spends its time: `python -m bench.osm_profile [FILE]`.

Runs `atlas.import_osm_files` — what `countersight import-osm` runs — in this process on a
fresh SQLite file (default: the generated large file), with timers wrapped around the
functions it calls, and prints each phase's inclusive wall time. Nothing under countersight/
is changed: the wrappers replace module attributes in this process only. `--cprofile OUT`
also writes cProfile stats of the import (slower: profiling inflates the Python-heavy parts).

A last row times a bare libosmium scan with the same tag filter and no Python work per object,
the floor for reading.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

TIMES: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
STACK: list[str] = []


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Time every call under its path of timed callers (`import_osm/flush`), so a flush or an
    audit write is told apart by who caused it (the cameras or seed_places' places)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        STACK.append(name)
        key = "/".join(STACK)
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[key] += time.perf_counter() - started
            CALLS[key] += 1
            STACK.pop()

    return wrapper


def _wrap(owner: Any, attribute: str, name: str) -> None:
    setattr(owner, attribute, _timed(name, getattr(owner, attribute)))


def instrument() -> None:
    """Wrap the import's steps; must run before the first session is made (audit hooks)."""
    from sqlalchemy.orm import Session

    from countersight import atlas
    from countersight.ingest import osm_import, osm_reader
    from countersight.store import audit

    _wrap(atlas, "read_surveillance", "read")
    _wrap(osm_reader, "_resolve", "resolve")
    _wrap(atlas, "file_sha256", "sha256")
    _wrap(atlas, "gazetteer", "gazetteer")
    _wrap(atlas, "seed_places", "seed_places")
    _wrap(atlas, "import_osm", "import_osm")
    _wrap(osm_import, "normalise_tags", "normalise_tags")
    _wrap(osm_import.TownIndex, "nearest", "town_index")
    _wrap(osm_import, "insert_rows", "insert_rows")
    _wrap(Session, "flush", "flush")
    _wrap(audit, "_collect", "audit_collect")
    _wrap(audit, "_write", "audit_write")
    _wrap(audit, "_append", "append")


def bare_scan(path: Path) -> tuple[float, int]:
    import osmium
    import osmium.filter

    started = time.perf_counter()
    count = 0
    processor = osmium.FileProcessor(str(path)).with_filter(
        osmium.filter.TagFilter(("man_made", "surveillance"))
    )
    for _ in processor:
        count += 1
    return time.perf_counter() - started, count


def main(argv: list[str] | None = None) -> None:
    from bench import osm_generate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--cprofile", type=Path, help="also write cProfile stats here")
    args = parser.parse_args(argv)
    path = args.file
    if path is None:
        osm_generate.ensure_large()
        path = osm_generate.LARGE

    started = time.perf_counter()
    from countersight import atlas

    startup = time.perf_counter() - started
    instrument()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        engine = atlas.open_atlas(f"sqlite:///{Path(tmp) / 'atlas.db'}")
        opened = time.perf_counter() - t
        profiler = None
        if args.cprofile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        t = time.perf_counter()
        reports = atlas.import_osm_files(engine, [path])
        total = time.perf_counter() - t
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.cprofile)
        engine.dispose()
    scan, scanned = bare_scan(path)

    stored = reports[0].added + reports[0].updated + reports[0].unchanged
    imp, flush = "import_osm", "import_osm/flush"
    total_rest = total - sum(TIMES[k] for k in ("read", "sha256", "gazetteer", "seed_places", imp))
    import_rest = TIMES[imp] - sum(
        TIMES[f"{imp}/{k}"] for k in ("normalise_tags", "town_index", "insert_rows", "flush")
    )
    rows = [
        ("importing countersight (start-up, in this process)", startup),
        ("open the atlas: engine and Alembic migrations, fresh SQLite", opened),
        ("import_osm_files, all of it", total),
        ("  read_surveillance", TIMES["read"]),
        (
            "    pass 1: tag-filtered scan, Python objects for each match",
            TIMES["read"] - TIMES["read/resolve"],
        ),
        ("    passes 2-3: member ways, node locations of ways; geometries", TIMES["read/resolve"]),
        ("  sha256 of the file", TIMES["sha256"]),
        ("  gazetteer load", TIMES["gazetteer"]),
        ("  seed_places (fresh atlas: every gazetteer place)", TIMES["seed_places"]),
        ("  import_osm", TIMES[imp]),
        ("    normalise_tags", TIMES[f"{imp}/normalise_tags"]),
        ("    nearest town (STRtree)", TIMES[f"{imp}/town_index"]),
        ("    insert_rows: new cameras, Core executemany and audit", TIMES[f"{imp}/insert_rows"]),
        (
            "      audit: hash chain (JSON, SHA-256), INSERT of events",
            TIMES[f"{imp}/insert_rows/append"],
        ),
        ("    flush of updated and retired cameras, with audit", TIMES[flush]),
        ("    the rest: camera rows (_fields), existing cameras, the loop", import_rest),
        ("  the rest: transaction commit, place resolution", total_rest),
        ("bare libosmium scan, same tag filter, no Python work", scan),
    ]
    print(f"{path.name}: {stored:,} cameras stored; bare scan matched {scanned:,} objects")
    print("| phase | seconds | share of import_osm_files |")
    print("| --- | --- | --- |")
    for label, seconds in rows:
        share = f"{seconds / total:.0%}" if not label.startswith(("import", "open", "bare")) else ""
        print(f"| {label} | {seconds:.2f} | {share} |")
    print(
        f"(flushes: {CALLS[flush]} in import_osm, {CALLS['seed_places/flush']} in seed_places, "
        f"taking {TIMES['seed_places/flush']:.2f} s of it)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
