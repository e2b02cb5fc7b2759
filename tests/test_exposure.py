"""Exposure per street segment and DORI band: placed cameras with known answers, real Munich
cameras against a brute-force shapely computation, and incremental updates."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import numpy as np
import osmium
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from countersight import atlas
from countersight.geo.dori import band_distances
from countersight.geo.exposure import (
    CameraView,
    ExposureIndex,
    camera_view,
    camera_views_from_file,
    covered_length,
    expected_seen_length,
    load_camera_views,
)
from countersight.geo.street_graph import StreetGraph, build_street_graph, load_street_graph
from countersight.store.database import transaction
from countersight.web.camera_layer import camera_kind
from tests.conftest import SHARED

MUNICH = SHARED / "data" / "osm" / "munich-centre.osm.pbf"
needs_munich = pytest.mark.skipif(not MUNICH.exists(), reason=f"real OSM extract absent: {MUNICH}")
LAT = 16.49  # Mawlamyine
REACH = dict(band_distances(1920, 90.0))  # the defaults: 1080p, 90° lens


def street(tmp_path: Path, highway: str = "residential") -> StreetGraph:
    """One straight east-west street, 0.01° (about 1067 m) long, at Mawlamyine."""
    path = tmp_path / "street.osm.pbf"
    writer = osmium.SimpleWriter(str(path))
    try:
        writer.add_node(osmium.osm.mutable.Node(id=1, location=(97.62, LAT), version=1))
        writer.add_node(osmium.osm.mutable.Node(id=2, location=(97.63, LAT), version=1))
        writer.add_way(
            osmium.osm.mutable.Way(id=9, nodes=[1, 2], tags={"highway": highway}, version=1)
        )
    finally:
        writer.close()
    return build_street_graph(path)


def exclusive(reaches: dict[str, float]) -> np.ndarray:
    """Metres per band for a street running straight out of a camera through all its bands.

    (Compared to within 2 cm: the street is a straight chord in the metric plane, and the
    camera on the parallel sits about 7 mm off it, at the wedge's apex.)"""
    d = [reaches[b] for b in ("detection", "observation", "recognition", "identification")]
    return np.array([d[0] - d[1], d[1] - d[2], d[2] - d[3], d[3]])


def test_a_camera_looking_along_the_street_sees_each_band_once(tmp_path: Path) -> None:
    graph = street(tmp_path)
    east = camera_view("placed:east", 97.625, LAT, "fixed", [90.0])
    index = ExposureIndex(graph, [east])
    assert index.foot_m[0] == pytest.approx(exclusive(REACH), abs=0.02)
    assert index.cameras[0] == ("placed:east",)
    # looking north, across the street: only the wedge's base touches it, no metres along it
    north = ExposureIndex(graph, [camera_view("placed:north", 97.625, LAT + 0.0001, "fixed", [0])])
    assert north.foot_m.sum() == 0 and north.cameras[0] == ()


def test_the_strongest_band_wins_where_cameras_overlap(tmp_path: Path) -> None:
    graph = street(tmp_path)
    one = camera_view("placed:a", 97.625, LAT, "fixed", [90.0])
    two = camera_view("placed:b", 97.625, LAT, "fixed", [90.0])  # the same view twice
    index = ExposureIndex(graph, [one, two])
    assert index.foot_m[0] == pytest.approx(exclusive(REACH), abs=0.02)
    assert index.cameras[0] == ("placed:a", "placed:b")
    # A dome sees all round: twice the street, each band counted once per metre
    dome = ExposureIndex(graph, [camera_view("placed:dome", 97.625, LAT, "dome")])
    assert dome.foot_m[0] == pytest.approx(2 * exclusive(REACH), abs=0.02)


def test_alpr_counts_for_vehicles_only_and_unknown_direction_at_lower_weight(
    tmp_path: Path,
) -> None:
    graph = street(tmp_path)
    alpr = camera_view(
        "placed:alpr", 97.625, LAT, "fixed", [270.0], capabilities=["plate_recognition"]
    )
    unsure = camera_view("placed:unsure", 97.6255, LAT, "fixed")  # no direction
    assert unsure.coverage.uncertain and unsure.coverage.weight == 0.25
    index = ExposureIndex(graph, [alpr])
    assert index.foot_m.sum() == 0
    assert index.vehicle_m[0] == pytest.approx(exclusive(REACH), abs=0.02)
    index = ExposureIndex(graph, [unsure])
    assert index.foot_m[0] == pytest.approx(0.25 * 2 * exclusive(REACH), abs=0.02)
    assert any("weight 0.25" in a for a in index.assumptions())
    # Two such cameras at one spot: the chance that at least one looks this way, not one's.
    twice = ExposureIndex(graph, [unsure, replace(unsure, key="placed:unsure-2")])
    assert twice.foot_m[0] == pytest.approx((1 - 0.75**2) * 2 * exclusive(REACH), abs=0.02)


def test_a_plate_reader_that_also_matches_faces_counts_for_people_on_foot(
    tmp_path: Path,
) -> None:
    graph = street(tmp_path)
    both = camera_view(
        "placed:both",
        97.625,
        LAT,
        "fixed",
        [90.0],
        capabilities=["plate_recognition", "face_recognition"],
    )
    index = ExposureIndex(graph, [both])
    assert index.foot_m[0] == pytest.approx(exclusive(REACH), abs=0.02)
    assert index.vehicle_m[0] == pytest.approx(exclusive(REACH), abs=0.02)
    # and the map neither files it among plate readers nor hides it with them
    assert camera_kind(None, ["plate_recognition", "face_recognition"]) == "camera"
    assert camera_kind(None, ["plate_recognition"]) == "alpr"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.floats(0, 100, allow_nan=False),
            st.floats(0, 50, allow_nan=False),
            st.booleans(),
        ),
        max_size=25,
    ),
    st.sampled_from([0.25, 0.5, 1.0]),
)
def test_expected_seen_length_against_each_elementary_stretch(rows, weight: float) -> None:
    group = np.array([r[0] for r in rows], dtype=np.int64)
    start = np.array([r[1] for r in rows], dtype=float)
    end = start + np.array([r[2] for r in rows], dtype=float)
    certain = np.array([r[3] for r in rows], dtype=bool)
    got = expected_seen_length(group, start, end, certain, weight, 4)
    for g in range(4):
        rows_here = zip(group, start, end, certain, strict=True)
        mine = [(s, e, c) for gg, s, e, c in rows_here if gg == g]
        cuts = sorted({x for s, e, _ in mine for x in (s, e)})
        expected = 0.0
        for lo, hi in pairwise(cuts):
            mid = (lo + hi) / 2
            over = [c for s, e, c in mine if s <= mid <= e]
            if any(over):
                expected += hi - lo
            elif over:
                expected += (hi - lo) * (1 - (1 - weight) ** len(over))
        assert got[g] == pytest.approx(expected, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),
            st.floats(0, 100, allow_nan=False),
            st.floats(0, 50, allow_nan=False),
        ),
        max_size=30,
    )
)
def test_covered_length_is_the_length_of_the_union(rows) -> None:
    group = np.array([g for g, _, _ in rows], dtype=np.int64)
    start = np.array([s for _, s, _ in rows], dtype=float)
    end = start + np.array([w for _, _, w in rows], dtype=float)
    got = covered_length(group, start, end, 5)
    for g in range(5):
        pieces = [
            shapely.box(s, 0, e, 1) for gg, s, e in zip(group, start, end, strict=True) if gg == g
        ]
        assert got[g] == pytest.approx(shapely.union_all(pieces).area if pieces else 0.0, abs=1e-6)


@pytest.fixture(scope="module")
def munich() -> tuple[StreetGraph, list[CameraView]]:
    if not MUNICH.exists():
        pytest.skip(f"real OSM extract absent: {MUNICH}")
    return build_street_graph(MUNICH), camera_views_from_file(MUNICH)


def brute_force(index: ExposureIndex, segment: int, vehicles: bool) -> np.ndarray:
    """One segment, the slow obvious way: union each band's polygons, intersect, measure."""
    line = index.lines[segment]
    cumulative = []
    for band in range(5):
        if band == 4:
            cumulative.append(0.0)
            continue
        chosen = index.bands.band == band
        if not vehicles:
            chosen &= ~index.bands.vehicles_only
        sure = chosen & (index.bands.weight >= 1)
        seen_any = line.intersection(shapely.union_all(index.bands.polygons[chosen])).length
        seen_sure = line.intersection(shapely.union_all(index.bands.polygons[sure])).length
        cumulative.append(seen_sure + index.uncertain_weight * (seen_any - seen_sure))
    c = np.array(cumulative)
    return (c[:-1] - c[1:]) * index.scale[segment]


@needs_munich
def test_munich_exposure_matches_a_brute_force_union(munich) -> None:
    graph, views = munich
    assert len(views) == 209
    index = ExposureIndex(graph, views)
    seen = np.flatnonzero(index.vehicle_m.sum(axis=1) > 0)
    assert len(seen) > 100
    rng = np.random.default_rng(8)
    for segment in rng.choice(seen, 60, replace=False).tolist():
        assert index.foot_m[segment] == pytest.approx(brute_force(index, segment, False), abs=1e-3)
        assert index.vehicle_m[segment] == pytest.approx(
            brute_force(index, segment, True), abs=1e-3
        )
    # no segment is seen for more metres than it is long
    lengths = np.zeros(graph.segment_count)
    lengths[graph.edge_segment] = graph.edge_length_m
    with_edges = np.isin(np.arange(graph.segment_count), graph.edge_segment)
    assert (index.vehicle_m.sum(axis=1)[with_edges] <= lengths[with_edges] + 1e-6).all()


@needs_munich
def test_incremental_update_equals_a_full_recompute(munich) -> None:
    graph, views = munich
    index = ExposureIndex(graph, views)
    directed = next(v for v in views if v.coverage.directions and not v.coverage.all_round)
    turned = camera_view(
        directed.key,
        directed.lon,
        directed.lat,
        "fixed",
        [(directed.coverage.directions[0] + 180) % 360],
    )
    placed = camera_view("placed:marienplatz", 11.5755, 48.1374, "dome")
    changed = [turned if v.key == directed.key else v for v in views[1:]] + [placed]
    before = (index.foot_m.copy(), list(index.cameras), list(index.views))
    fresh = index.updated(changed)  # what a server does: the old index stays whole for readers
    assert np.array_equal(index.foot_m, before[0]) and index.cameras == before[1]
    assert index.views == before[2]
    recomputed = index.update(changed)
    assert 0 < len(recomputed) < graph.segment_count / 2
    assert np.allclose(fresh.foot_m, index.foot_m) and fresh.cameras == index.cameras
    full = ExposureIndex(graph, changed)
    assert np.allclose(index.foot_m, full.foot_m, atol=1e-6)
    assert np.allclose(index.vehicle_m, full.vehicle_m, atol=1e-6)
    assert index.cameras == full.cameras
    assert index.update(changed).size == 0  # nothing changed: nothing recomputed
    graph_now = index.exposed_graph()
    assert any("placed:marienplatz" in c for c in graph_now.segment_cameras)
    assert replace(graph_now, assumptions=()).exposure_foot_m is not index.foot_m


def test_cameras_from_the_store(engine: Engine, tmp_path: Path) -> None:
    if not MUNICH.exists():
        pytest.skip(f"real OSM extract absent: {MUNICH}")
    atlas.import_osm_files(engine, [MUNICH])
    with transaction(engine) as session:
        stored = load_camera_views(session)
        nearby = load_camera_views(session, (11.574, 48.136, 11.577, 48.138))
    assert sorted(stored, key=lambda v: v.key) == sorted(
        camera_views_from_file(MUNICH), key=lambda v: v.key
    )
    assert 0 < len(nearby) < len(stored)
    graph = load_street_graph(engine)
    assert ExposureIndex(graph, stored).vehicle_m.sum() > 0
