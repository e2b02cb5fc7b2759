"""The Z-order camera grid agrees with brute force on any points, box, zoom and filter."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.geo.camera_grid import CLUSTER_MAX_ZOOM, CameraGrid

coordinates = st.tuples(
    st.floats(-179.9, 179.9, allow_nan=False), st.floats(-84.0, 84.0, allow_nan=False)
)


@st.composite
def scenes(draw: st.DrawFn) -> tuple:
    points = draw(st.lists(coordinates, min_size=0, max_size=120))
    # Cameras often share a spot (a pole with two cameras): repeat some exactly.
    points += draw(st.lists(st.sampled_from(points), max_size=20)) if points else []
    corner_a, corner_b = draw(coordinates), draw(coordinates)
    box = (
        min(corner_a[0], corner_b[0]),
        min(corner_a[1], corner_b[1]),
        max(corner_a[0], corner_b[0]),
        max(corner_a[1], corner_b[1]),
    )
    keep = draw(st.lists(st.booleans(), min_size=len(points), max_size=len(points)))
    zoom = draw(st.integers(0, CLUSTER_MAX_ZOOM + 4))
    limit = draw(st.sampled_from([3, 30, 10_000]))  # how many single cameras a view may hold
    return points, box, np.array(keep, dtype=bool), zoom, limit


def _grid(points: list[tuple[float, float]]) -> CameraGrid:
    lon = np.array([p[0] for p in points], dtype=float)
    lat = np.array([p[1] for p in points], dtype=float)
    return CameraGrid(np.arange(len(points)), lon, lat, np.zeros(len(points), dtype=bool))


def _inside(points: list, box: tuple, keep: np.ndarray) -> set[int]:
    west, south, east, north = box
    return {
        i
        for i, (lon, lat) in enumerate(points)
        if keep[i] and west <= lon <= east and south <= lat <= north
    }


@settings(max_examples=200, deadline=None)
@given(scenes())
def test_positions_in_a_box_are_exactly_the_cameras_there(scene: tuple) -> None:
    points, box, keep, _, _ = scene
    grid = _grid(points)
    mask = keep[grid.order]
    found = set(grid.ids[grid.positions_in(box, mask)].tolist())
    assert found == _inside(points, box, keep)


@settings(max_examples=200, deadline=None)
@given(scenes())
def test_clusters_and_singles_cover_the_view_once(scene: tuple) -> None:
    points, box, keep, zoom, limit = scene
    grid = _grid(points)
    mask = keep[grid.order]
    answer = grid.query(box, zoom, mask, max_singles=limit, mask_key=("test", zoom))
    singles = set(grid.ids[answer.singles].tolist())
    assert len(singles) == len(answer.singles)  # no camera twice
    assert singles <= {i for i in range(len(points)) if keep[i]}
    assert len(singles) <= limit
    shown = sum(c.count for c in answer.clusters) + len(singles)
    assert shown == answer.total if not answer.truncated else shown < answer.total
    if zoom > CLUSTER_MAX_ZOOM and len(_inside(points, box, keep)) > limit:
        assert answer.clustered  # too many to draw one by one: clustered, not cut off
    # Cells overlapping the view may reach past it, never fall short of it.
    assert answer.total >= len(_inside(points, box, keep))
    if not answer.clustered:
        assert singles == _inside(points, box, keep)
    for cluster in answer.clusters:
        west, south, east, north = cluster.cell
        assert cluster.count >= 2
        assert west - 1e-9 <= cluster.lon <= east + 1e-9
        assert south - 1e-9 <= cluster.lat <= north + 1e-9
    # The same filter asked again (cached sums) gives the same answer.
    again = grid.query(box, zoom, mask, max_singles=limit, mask_key=("test", zoom))
    assert again.total == answer.total and len(again.clusters) == len(answer.clusters)
