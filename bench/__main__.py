"""Run the benchmarks and print their tables: `python -m bench` (all), `python -m bench osm`.

- gazetteer: our script-aware lookup against a plain rapidfuzz `extractOne` over every name,
  the obvious way to do it, on the same queries in the same run.
- case file: loading the Myanmar case file into a fresh SQLite atlas, and re-loading it.
- facts: deriving every subject's facts.
- osm (bench/osm_import.py): importing OpenStreetMap cameras from a generated 20-million-node
  PBF and the real extracts, against `osmium tags-filter` on the same files.
- map (bench/map_layers.py): camera layer latency per zoom with a million cameras, against
  plain unclustered GeoJSON for the same boxes, and the page's load time in Chromium.
- extract (bench/extract.py): the document reader's articles per second on one core, with the
  quality figures of eval-extract.
- exposure (bench/exposure.py): street graph build, store and load; exposure full and after
  one camera changed, against a per-segment loop, on the real extracts.
- routing (bench/routing.py): route queries with a per-query avoid weight on a 146,000-edge
  graph tiled from Munich, against networkx dijkstra_path and pgRouting pgr_dijkstra.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

from countersight import atlas
from countersight.evidence.facts import facts_for_place
from countersight.store.database import transaction

QUERIES = [
    "Mawlamyine",
    "Moulmeine",
    "Rangoon",
    "Nay Pyi Taw",
    "Pathein",
    "Sittwe",
    "Myeik",
    "Taunggyi",
    "Lashio",
    "Hpa-an",
    "Kyaukphyu",
    "Tachileik",
    "Loikaw",
    "Hakha",
    "မော်လမြိုင်",
    "Mandalay",
    "Bago",
    "Dawei",
    "Monywa",
    "Myitkyina",
]


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def bench_gazetteer() -> tuple[float, float]:
    gazetteer = atlas.gazetteer()
    names = [n.name for place in gazetteer.places for n in place.names]

    def ours() -> None:
        for query in QUERIES:
            gazetteer.lookup(query, limit=1)

    def baseline() -> None:
        for query in QUERIES:
            process.extractOne(query, names, scorer=fuzz.WRatio)

    ours()  # warm the Zawgyi detector and ICU
    return (
        statistics.median(_timed(ours, 50)) / len(QUERIES),
        statistics.median(_timed(baseline, 50)) / len(QUERIES),
    )


def bench_case_file() -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = atlas.open_atlas(f"sqlite:///{Path(tmp) / 'bench.db'}")
        atlas.init_atlas(engine)
        first = _timed(lambda: atlas.load_files(engine, atlas.bundled_case_files()), 1)[0]
        again = statistics.median(
            _timed(lambda: atlas.load_files(engine, atlas.bundled_case_files()), 5)
        )

        def derive() -> None:
            with transaction(engine) as session:
                facts_for_place(session, None)

        facts = statistics.median(_timed(derive, 10))
        engine.dispose()
    return first, again, facts


def foundation() -> None:
    ours, baseline = bench_gazetteer()
    first, again, facts = bench_case_file()
    print("| benchmark | Countersight | reference | ratio |")
    print("| --- | --- | --- | --- |")
    print(
        f"| place lookup, per query | {ours * 1e3:.3f} ms | {baseline * 1e3:.3f} ms "
        f"(rapidfuzz extractOne over all names) | {ours / baseline:.2f}× |"
    )
    print(f"| load Myanmar case file (fresh) | {first * 1e3:.0f} ms | — | — |")
    print(f"| re-load (no changes) | {again * 1e3:.0f} ms | — | — |")
    print(f"| derive all facts | {facts * 1e3:.0f} ms | — | — |")


def main() -> None:
    known = ["foundation", "osm", "map", "extract", "exposure", "routing"]
    wanted = sys.argv[1:] or known
    unknown = set(wanted) - set(known)
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(sorted(unknown))}; use {', '.join(known)}")
    if "foundation" in wanted:
        foundation()
    if "osm" in wanted:
        from bench import osm_import

        if "foundation" in wanted:
            print()
        osm_import.main()
    if "map" in wanted:
        from bench import map_layers

        print()
        map_layers.main([])
    if "extract" in wanted:
        from bench import extract

        print()
        extract.main([])
    if "exposure" in wanted:
        from bench import exposure

        print()
        exposure.main()
    if "routing" in wanted:
        from bench import routing

        print()
        routing.main([])


if __name__ == "__main__":
    main()
