"""Map layer latency with one million cameras: `python -m bench map [--cameras N]`.

1. Writes a PBF of N synthetic cameras (default 1,000,000) around Myanmar's 252 gazetteer
   towns, with pyosmium, seeded: a town's share grows with its population, positions spread
   normally (σ ≈ 2 km) around it; 3 % are plate readers, a third have a direction.
2. Imports it into a fresh embedded SQLite atlas with `countersight import-osm` (timed; the
   atlas is kept in bench/data and reused while the PBF is unchanged).
3. Starts `countersight serve` and asks, over HTTP, for the camera layer of 1280×800-pixel
   views centred on random cameras at zooms 5, 10, 14 and 17: p50 and p99 per zoom.
4. In the same run, the reference: the same boxes served as plain GeoJSON without clustering
   (an SQL box query on the camera table and every camera in it serialised), timed in-process,
   so it pays no HTTP cost; ours does.
5. The page: time until Chromium (Debian's, through Playwright) has loaded it and drawn the
   first camera layer.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
import orjson
import osmium
from osmium.osm.mutable import Node
from sqlalchemy import Connection, text

from countersight import atlas

DATA = Path(__file__).parent / "data"
RESULTS = Path(__file__).parent / "results"
ZOOMS = (5, 10, 14, 17)
VIEW_PX = (1280, 800)
SPREAD_DEGREES = 0.02
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def write_cameras(path: Path, count: int, seed: int = 5) -> None:
    """N camera nodes around the gazetteer's towns, weighted by population."""
    towns = [p for p in atlas.gazetteer().places if p.kind == "town" and p.lat is not None]
    weights = np.array([max(t.population or 5000, 5000) for t in towns], dtype=float)
    rng = np.random.default_rng(seed)
    which = rng.choice(len(towns), size=count, p=weights / weights.sum())
    lat = np.array([towns[i].lat for i in which]) + rng.normal(0, SPREAD_DEGREES, count)
    lon = np.array([towns[i].lon for i in which]) + rng.normal(0, SPREAD_DEGREES, count)
    plate = rng.random(count) < 0.03
    direction = np.where(rng.random(count) < 0.33, rng.integers(0, 360, count), -1)
    kinds = rng.choice(["fixed", "dome", "panning"], size=count, p=[0.6, 0.3, 0.1])
    path.unlink(missing_ok=True)
    with osmium.SimpleWriter(str(path)) as writer:
        for i in range(count):
            tags = {"man_made": "surveillance", "surveillance": "public"}
            tags["surveillance:type"] = "ALPR" if plate[i] else "camera"
            tags["camera:type"] = str(kinds[i])
            if direction[i] >= 0:
                tags["camera:direction"] = str(direction[i])
            writer.add_node(
                Node(
                    id=i + 1,
                    location=(float(lon[i]), float(lat[i])),
                    version=1,
                    timestamp="2024-01-01T00:00:00Z",
                    tags=tags,
                )
            )


def prepare_atlas(count: int) -> tuple[Path, dict[str, float]]:
    """The PBF and a loaded atlas for it, built once and reused."""
    DATA.mkdir(exist_ok=True)
    pbf = DATA / f"myanmar-cameras-{count}.osm.pbf"
    database = DATA / f"map-{count}.db"
    timings: dict[str, float] = {}
    if not pbf.exists():
        start = time.perf_counter()
        write_cameras(pbf, count)
        timings["write_pbf_s"] = time.perf_counter() - start
        database.unlink(missing_ok=True)
    if not database.exists():
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "countersight.cli",
                "import-osm",
                str(pbf),
                "--db",
                str(database),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        timings["import_s"] = time.perf_counter() - start
    return database, timings


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _view(lon: float, lat: float, zoom: int) -> tuple[float, float, float, float]:
    """The box a VIEW_PX map shows when centred on (lon, lat) at a zoom."""
    world = 256 * 2**zoom
    x = (lon + 180) / 360 * world
    y = (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * world
    half_w, half_h = VIEW_PX[0] / 2, VIEW_PX[1] / 2

    def lon_at(px: float) -> float:
        return max(-180.0, min(180.0, px / world * 360 - 180))

    def lat_at(py: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * py / world))))

    return (lon_at(x - half_w), lat_at(y + half_h), lon_at(x + half_w), lat_at(y - half_h))


def _views(database: Path, zoom: int, count: int) -> list[tuple[float, float, float, float]]:
    engine = atlas.open_atlas(f"sqlite:///{database}")
    with engine.connect() as conn:
        centres = conn.execute(
            text("SELECT lon, lat FROM cameras ORDER BY random() LIMIT :n"), {"n": count}
        ).all()
    engine.dispose()
    return [_view(lon, lat, zoom) for lon, lat in centres]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": statistics.median(ordered) * 1e3,
        "p99_ms": ordered[min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)] * 1e3,
        "n": len(ordered),
    }


def plain_geojson(conn: Connection, box: tuple[float, float, float, float]) -> bytes:
    """The reference: every camera in the box, straight from SQL, no clustering."""
    rows = conn.execute(
        text(
            "SELECT key, lon, lat, surveillance_type, camera_type, directions FROM cameras "
            "WHERE lon BETWEEN :w AND :e AND lat BETWEEN :s AND :n AND status = 'active'"
        ),
        dict(zip("wsen", box, strict=True)),
    ).all()
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
            "properties": {
                "key": r.key,
                "type": r.surveillance_type,
                "camera_type": r.camera_type,
                "directions": json.loads(r.directions or "[]"),
            },
        }
        for r in rows
    ]
    return orjson.dumps({"type": "FeatureCollection", "features": features})


def page_load(base: str) -> dict[str, float] | None:
    """Seconds until the page's load event, and until its first camera layer has arrived."""
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": VIEW_PX[0], "height": VIEW_PX[1]})
        start = time.perf_counter()
        with page.expect_response(lambda r: "/api/v1/layers/cameras" in r.url, timeout=60_000):
            page.goto(base + "/", wait_until="load")
            loaded = time.perf_counter() - start
        layer = time.perf_counter() - start
        browser.close()
    return {"load_s": loaded, "first_camera_layer_s": layer}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench map")
    parser.add_argument("--cameras", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200, help="views per zoom")
    parser.add_argument("--reference-requests", type=int, default=20, help="views per zoom")
    parser.add_argument("--zooms", type=int, nargs="+", default=list(ZOOMS))
    args = parser.parse_args(argv)
    database, timings = prepare_atlas(args.cameras)
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "countersight.cli",
            "serve",
            "--db",
            str(database),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        env={**os.environ, "COUNTERSIGHT_TILE_URL": ""},
    )
    base = f"http://127.0.0.1:{port}"
    results: dict[str, object] = {"cameras": args.cameras, **timings}
    engine = atlas.open_atlas(f"sqlite:///{database}")
    reference_db = engine.connect()
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            for _ in range(600):
                try:
                    client.get("/api/v1")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            start = time.perf_counter()
            client.get("/api/v1/layers/cameras", params={"bbox": "0,0,1,1", "zoom": 5})
            results["index_build_s"] = time.perf_counter() - start
            per_zoom = {}
            for zoom in args.zooms:
                views = _views(database, zoom, args.requests)
                ours, sizes = [], []
                for box in views:
                    params = {"bbox": ",".join(f"{v:.6f}" for v in box), "zoom": zoom}
                    start = time.perf_counter()
                    response = client.get("/api/v1/layers/cameras", params=params)
                    ours.append(time.perf_counter() - start)
                    response.raise_for_status()
                    sizes.append(len(response.content))
                reference, reference_sizes = [], []
                for box in views[: args.reference_requests]:
                    start = time.perf_counter()
                    body = plain_geojson(reference_db, box)
                    reference.append(time.perf_counter() - start)
                    reference_sizes.append(len(body))
                per_zoom[zoom] = {
                    "ours": _percentiles(ours),
                    "ours_median_kb": statistics.median(sizes) / 1024,
                    "plain_geojson": _percentiles(reference),
                    "plain_median_kb": statistics.median(reference_sizes) / 1024,
                }
            results["zooms"] = per_zoom
        results["page"] = page_load(base)
    finally:
        reference_db.close()
        engine.dispose()
        server.terminate()
        server.wait(timeout=30)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "map.json").write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)


def print_table(results: dict) -> None:
    print(f"Camera layer, {results['cameras']:,} cameras, SQLite, 1280×800 views")
    for key in ("write_pbf_s", "import_s", "index_build_s"):
        if key in results:
            print(f"- {key}: {results[key]:.1f} s")
    print("| zoom | ours p50 | ours p99 | plain GeoJSON p50 | plain p99 | p50 ratio | sizes |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for zoom, row in results["zooms"].items():
        ours, plain = row["ours"], row["plain_geojson"]
        print(
            f"| {zoom} | {ours['p50_ms']:.1f} ms | {ours['p99_ms']:.1f} ms | "
            f"{plain['p50_ms']:.1f} ms | {plain['p99_ms']:.1f} ms | "
            f"{ours['p50_ms'] / plain['p50_ms']:.3f}× | "
            f"{row['ours_median_kb']:.0f} KB vs {row['plain_median_kb']:.0f} KB |"
        )
    page = results.get("page")
    if page:
        print(
            f"- page in Chromium: load event {page['load_s']:.2f} s, first camera layer "
            f"{page['first_camera_layer_s']:.2f} s"
        )
    else:
        print("- page in Chromium: skipped (no /usr/bin/chromium)")


if __name__ == "__main__":
    main()
