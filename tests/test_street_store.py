"""Streets stored per area with the cameras: all-or-nothing, idempotent, newer extracts win."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import osmium
import pytest
from sqlalchemy import Engine, func, select

from countersight import atlas
from countersight.geo.street_graph import StreetGraph, build_street_graph, load_street_graph
from countersight.ingest.yaml_lines import InputError
from countersight.store.audit import verify_chain
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, StreetArea, StreetSegment
from tests.conftest import SHARED

MUNICH = SHARED / "data" / "osm" / "munich-centre.osm.pbf"
needs_munich = pytest.mark.skipif(not MUNICH.exists(), reason=f"real OSM extract absent: {MUNICH}")
BOX = (97.61, 16.48, 97.64, 16.50)  # around Mawlamyine's centre


def write_streets(path: Path, ways: dict[int, list[int]], when: datetime) -> Path:
    """A grid of residential streets at Mawlamyine, all edited at `when`."""
    writer = osmium.SimpleWriter(str(path))
    try:
        for i in range(1, 10):  # a 3 x 3 grid of nodes, 0.005° apart
            location = (97.620 + 0.005 * ((i - 1) % 3), 16.485 + 0.005 * ((i - 1) // 3))
            writer.add_node(
                osmium.osm.mutable.Node(id=i, location=location, version=1, timestamp=when)
            )
        for way_id, refs in sorted(ways.items()):
            tags = {"highway": "residential", "name": f"Street {way_id}"}
            writer.add_way(
                osmium.osm.mutable.Way(id=way_id, nodes=refs, tags=tags, version=1, timestamp=when)
            )
    finally:
        writer.close()
    return path


# Junctions cut the outer streets in two (7 segments); without the middle street, 4.
GRID = {10: [1, 2, 3], 11: [4, 5, 6], 12: [7, 8, 9], 13: [1, 4, 7], 14: [3, 6, 9]}


def street_rows(engine: Engine) -> tuple[int, int]:
    with transaction(engine) as session:
        return (
            session.scalar(select(func.count()).select_from(StreetArea)),
            session.scalar(select(func.count()).select_from(StreetSegment)),
        )


def same_graph(a: StreetGraph, b: StreetGraph) -> None:
    def edges(g: StreetGraph) -> list[tuple]:
        return sorted(
            (
                int(g.node_osm_id[s]),
                int(g.node_osm_id[t]),
                int(m),
                round(float(length), 6),
                int(g.segment_way_id[seg]),
            )
            for s, t, m, length, seg in zip(
                g.edge_source,
                g.edge_target,
                g.edge_modes,
                g.edge_length_m,
                g.edge_segment,
                strict=True,
            )
        )

    assert a.segment_count == b.segment_count
    assert edges(a) == edges(b)
    assert sorted(g.wkt for g in a.segment_geometry) == sorted(g.wkt for g in b.segment_geometry)


@needs_munich
def test_munich_streets_come_back_from_the_store_as_the_same_graph(engine: Engine) -> None:
    (report,) = atlas.import_osm_files(engine, [MUNICH])
    direct = build_street_graph(MUNICH)
    assert report.streets.startswith(f"{direct.segment_count:,} street segments stored")
    stored = load_street_graph(engine)
    same_graph(stored, direct)
    assert stored.segment_name.count("Marienplatz") == direct.segment_name.count("Marienplatz")
    # a box inside the extract gives the segments reaching into it, as reading the file does
    box = (11.570, 48.135, 11.578, 48.139)
    same_graph(load_street_graph(engine, box), build_street_graph(MUNICH, box))
    with transaction(engine) as session:
        area = session.scalar(select(StreetArea))
        assert "OpenStreetMap contributors" in area.attribution
        assert area.file == MUNICH.name


def test_reimport_is_idempotent_and_a_newer_extract_replaces_the_area(
    engine: Engine, tmp_path: Path
) -> None:
    old = write_streets(tmp_path / "old.osm.pbf", GRID, datetime(2024, 1, 1, tzinfo=UTC))
    newer_grid = {k: v for k, v in GRID.items() if k != 11}  # the middle street was removed
    new = write_streets(tmp_path / "new.osm.pbf", newer_grid, datetime(2025, 1, 1, tzinfo=UTC))

    (first,) = atlas.import_osm_files(engine, [old], bbox=BOX)
    assert first.streets.startswith("7 street segments stored")
    assert street_rows(engine) == (1, 7)
    with transaction(engine) as session:
        events_before = session.scalar(select(func.count()).select_from(AuditEvent))
    (again,) = atlas.import_osm_files(engine, [old], bbox=BOX)
    assert again.streets.startswith("streets unchanged")
    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events_before

    (replaced,) = atlas.import_osm_files(engine, [new], bbox=BOX)
    assert replaced.streets.startswith("4 street segments replaced")
    assert street_rows(engine) == (1, 4)
    assert 11 not in load_street_graph(engine).segment_way_id.tolist()

    (older,) = atlas.import_osm_files(engine, [old], bbox=BOX)
    assert older.streets.startswith("streets kept: the stored extract of this area is newer")
    assert street_rows(engine) == (1, 4)

    with transaction(engine) as session:
        deleted = session.scalars(
            select(AuditEvent.entity_key).where(
                AuditEvent.entity == "street_segments", AuditEvent.action == "delete"
            )
        ).all()
        assert len(deleted) == 7  # every replaced row is in the audit log
        assert verify_chain(session).ok


def test_streets_are_all_or_nothing_with_the_cameras(engine: Engine, tmp_path: Path) -> None:
    good = write_streets(tmp_path / "good.osm.pbf", GRID, datetime(2024, 1, 1, tzinfo=UTC))
    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(good.read_bytes()[:40])
    with pytest.raises(InputError, match=r"bad\.osm\.pbf"):
        atlas.import_osm_files(engine, [good, bad])
    assert street_rows(engine) == (0, 0)


def test_streets_can_be_left_out(engine: Engine, tmp_path: Path) -> None:
    path = write_streets(tmp_path / "grid.osm.pbf", GRID, datetime(2024, 1, 1, tzinfo=UTC))
    (report,) = atlas.import_osm_files(engine, [path], streets=False)
    assert report.streets is None and street_rows(engine) == (0, 0)
    (report,) = atlas.import_osm_files(engine, [path])
    assert street_rows(engine) == (1, 7)
    graph = load_street_graph(engine, BOX)
    assert np.isin([10, 11, 12, 13, 14], graph.segment_way_id).all()
    assert load_street_graph(engine, (0.0, 0.0, 1.0, 1.0)).segment_count == 0
