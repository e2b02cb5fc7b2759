"""Cameras as numpy columns in Z-order, so a map layer request is array work, not SQL.

A map of a million cameras cannot ask the database for every camera in view at zoom 5. The
grid sorts cameras by the Morton (Z-order) code of their Web Mercator position; a map cell at
any zoom is then a contiguous run of that order. Clusters are 64-pixel cells: their counts and
centres for every zoom are a `reduceat` over the runs, computed once per zoom and reused, and a
filter is a boolean mask summed over the same runs. Above CLUSTER_MAX_ZOOM cameras are drawn one
by one, found as the runs of the cells in view.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

BITS = 30  # bits per axis of the quantised position: ~4 cm at the equator
CELL_BITS = 2  # a 256-pixel tile holds 4 × 4 cells of 64 pixels
CLUSTER_MAX_ZOOM = 15  # from zoom 16, cameras are shown one by one…
MAX_ZOOM = 20  # …unless a view holds too many to draw: then they cluster at its own zoom
SUMS_CACHE_SIZE = 64  # filtered cluster sums kept, per (filter, zoom)
MAX_LATITUDE = 85.05112878  # Web Mercator's edge


def mercator_units(
    lon: NDArray[np.float64], lat: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Web Mercator x and y in [0, 1), y growing southwards as map tiles count."""
    lat = np.clip(lat, -MAX_LATITUDE, MAX_LATITUDE)
    x = (np.asarray(lon, dtype=np.float64) + 180.0) / 360.0
    sin = np.sin(np.radians(lat))
    y = 0.5 - np.log((1.0 + sin) / (1.0 - sin)) / (4.0 * math.pi)
    limit = 1.0 - 2.0**-BITS
    return np.clip(x, 0.0, limit), np.clip(y, 0.0, limit)


def _spread_bits(v: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """Put a zero bit between each of the low 32 bits: the half of a Morton interleave."""
    v = v & np.uint64(0xFFFFFFFF)
    for shift, mask in (
        (16, 0x0000FFFF0000FFFF),
        (8, 0x00FF00FF00FF00FF),
        (4, 0x0F0F0F0F0F0F0F0F),
        (2, 0x3333333333333333),
        (1, 0x5555555555555555),
    ):
        v = (v | (v << np.uint64(shift))) & np.uint64(mask)
    return v


def morton_codes(qx: NDArray[np.uint64], qy: NDArray[np.uint64]) -> NDArray[np.uint64]:
    return _spread_bits(qx) | (_spread_bits(qy) << np.uint64(1))


def _cell_shift(zoom: int) -> int:
    """How many low bits of a quantised axis lie inside one 64-pixel cell at this zoom."""
    return BITS - (zoom + CELL_BITS)


@dataclass
class ZoomLevel:
    """The non-empty cells of one zoom, each a run [start, end) of the Z-ordered cameras."""

    starts: NDArray[np.int64]
    ends: NDArray[np.int64]
    cell_x: NDArray[np.int64]
    cell_y: NDArray[np.int64]
    counts: NDArray[np.int64]
    lon_sums: NDArray[np.float64]
    lat_sums: NDArray[np.float64]
    alpr_counts: NDArray[np.int64]


@dataclass
class Cluster:
    lon: float
    lat: float
    count: int
    alpr: int
    cell: tuple[float, float, float, float]  # west, south, east, north


@dataclass
class GridAnswer:
    """What is in view: clusters, or the positions (grid order) of single cameras."""

    clustered: bool
    total: int
    clusters: list[Cluster] = field(default_factory=list)
    singles: NDArray[np.int64] = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    truncated: bool = False


class CameraGrid:
    """Positions and filterable columns of every camera, sorted in Z-order."""

    def __init__(
        self,
        ids: NDArray[np.int64],
        lon: NDArray[np.float64],
        lat: NDArray[np.float64],
        alpr: NDArray[np.bool_],
    ) -> None:
        x, y = mercator_units(lon, lat)
        self.qx = (x * 2.0**BITS).astype(np.uint64)
        self.qy = (y * 2.0**BITS).astype(np.uint64)
        order = np.argsort(morton_codes(self.qx, self.qy), kind="stable")
        self.order = order  # grid position -> input position, to sort other columns alike
        self.ids = np.asarray(ids, dtype=np.int64)[order]
        self.lon = np.asarray(lon, dtype=np.float64)[order]
        self.lat = np.asarray(lat, dtype=np.float64)[order]
        self.alpr = np.asarray(alpr, dtype=bool)[order]
        self.qx, self.qy = self.qx[order], self.qy[order]
        self._levels: dict[int, ZoomLevel] = {}
        self._sums: OrderedDict[tuple[Hashable, int], tuple[NDArray, ...]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.ids)

    def sorted_like(self, column: NDArray) -> NDArray:
        """A column given in input order, put in grid order."""
        return np.asarray(column)[self.order]

    def prepare(self) -> None:
        """Compute the cells of every zoom up to street level now, so no map request pays.

        Zoom 17 is included because a dense street view clusters at its own zoom; zooms
        above it are computed on first use.
        """
        for zoom in range(CLUSTER_MAX_ZOOM + 3):
            self.level(zoom)

    def level(self, zoom: int) -> ZoomLevel:
        """The cells of one zoom (computed on first use, then kept)."""
        if zoom not in self._levels:
            shift = np.uint64(_cell_shift(zoom))
            cx = (self.qx >> shift).astype(np.int64)
            cy = (self.qy >> shift).astype(np.int64)
            if len(cx):
                change = (cx[1:] != cx[:-1]) | (cy[1:] != cy[:-1])
                starts = np.concatenate(([0], np.flatnonzero(change) + 1)).astype(np.int64)
            else:
                starts = np.empty(0, dtype=np.int64)
            ends = np.append(starts[1:], len(cx)).astype(np.int64)
            self._levels[zoom] = ZoomLevel(
                starts=starts,
                ends=ends,
                cell_x=cx[starts],
                cell_y=cy[starts],
                counts=ends - starts,
                lon_sums=_run_sums(self.lon, starts),
                lat_sums=_run_sums(self.lat, starts),
                alpr_counts=_run_sums(self.alpr.astype(np.int64), starts),
            )
        return self._levels[zoom]

    def _cells_in_view(
        self, level: ZoomLevel, zoom: int, bbox: tuple[float, float, float, float]
    ) -> NDArray[np.int64]:
        west, south, east, north = bbox
        (x0, x1), (y1, y0) = mercator_units(np.array([west, east]), np.array([south, north]))
        scale = 2.0 ** (zoom + CELL_BITS)
        cx0, cx1 = int(x0 * scale), int(x1 * scale)
        cy0, cy1 = int(y0 * scale), int(y1 * scale)
        inside = (
            (level.cell_x >= cx0)
            & (level.cell_x <= cx1)
            & (level.cell_y >= cy0)
            & (level.cell_y <= cy1)
        )
        return np.flatnonzero(inside)

    def positions_in(
        self, bbox: tuple[float, float, float, float], mask: NDArray[np.bool_] | None = None
    ) -> NDArray[np.int64]:
        """Grid positions of the cameras inside a box (and the mask), in grid order."""
        zoom = CLUSTER_MAX_ZOOM + 1
        level = self.level(zoom)
        cells = self._cells_in_view(level, zoom, bbox)
        positions = _runs(level.starts[cells], level.ends[cells])
        west, south, east, north = bbox
        lon, lat = self.lon[positions], self.lat[positions]
        inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
        if mask is not None:
            inside &= mask[positions]
        return positions[inside]

    def query(
        self,
        bbox: tuple[float, float, float, float],
        zoom: int,
        mask: NDArray[np.bool_] | None = None,
        max_singles: int = 2000,
        mask_key: Hashable | None = None,
    ) -> GridAnswer:
        """Clusters (up to CLUSTER_MAX_ZOOM) or single cameras in view; mask is in grid order.

        A cluster of one is returned as that single camera, so a sparse map shows real markers.
        Above CLUSTER_MAX_ZOOM cameras come one by one, unless there are more than
        `max_singles` in view: then they are clustered at the view's own zoom rather than cut
        off, so the map still accounts for every camera. `mask_key` names the mask, so that
        its per-cell sums are computed once per zoom.
        """
        zoom = max(0, min(int(zoom), MAX_ZOOM))
        if zoom > CLUSTER_MAX_ZOOM:
            positions = self.positions_in(bbox, mask)
            if len(positions) <= max_singles:
                return GridAnswer(clustered=False, total=len(positions), singles=positions)
        level = self.level(zoom)
        cells = self._cells_in_view(level, zoom, bbox)
        counts, lon_sums, lat_sums, alpr_counts = (
            column[cells] for column in self._cell_sums(zoom, level, mask, mask_key)
        )
        answer = GridAnswer(clustered=True, total=int(counts.sum()))
        single_cells = cells[counts == 1]
        if mask is None:
            answer.singles = level.starts[single_cells]
        else:
            positions = _runs(level.starts[single_cells], level.ends[single_cells])
            answer.singles = positions[mask[positions]]
        if len(answer.singles) > max_singles:  # only in the densest views at the highest zooms
            answer.singles, answer.truncated = answer.singles[:max_singles], True
        scale = 2.0 ** (zoom + CELL_BITS)
        for i in np.flatnonzero(counts > 1):
            count = int(counts[i])
            cell = cells[i]
            answer.clusters.append(
                Cluster(
                    lon=float(lon_sums[i] / count),
                    lat=float(lat_sums[i] / count),
                    count=count,
                    alpr=int(alpr_counts[i]),
                    cell=_cell_bounds(int(level.cell_x[cell]), int(level.cell_y[cell]), scale),
                )
            )
        return answer

    def _cell_sums(
        self, zoom: int, level: ZoomLevel, mask: NDArray[np.bool_] | None, key: Hashable | None
    ) -> tuple[NDArray, ...]:
        """Count, summed position and plate readers of every cell of a zoom, under a mask."""
        if mask is None:
            return level.counts, level.lon_sums, level.lat_sums, level.alpr_counts
        if key is not None and (key, zoom) in self._sums:
            self._sums.move_to_end((key, zoom))
            return self._sums[(key, zoom)]
        weights = mask.astype(np.int64)
        sums = (
            _run_sums(weights, level.starts),
            _run_sums(self.lon * mask, level.starts),
            _run_sums(self.lat * mask, level.starts),
            _run_sums(weights * self.alpr, level.starts),
        )
        if key is not None:
            self._sums[(key, zoom)] = sums
            if len(self._sums) > SUMS_CACHE_SIZE:
                self._sums.popitem(last=False)
        return sums


def _run_sums(values: NDArray, starts: NDArray[np.int64]) -> NDArray:
    if len(starts) == 0:
        return np.zeros(0, dtype=values.dtype)
    return np.add.reduceat(values, starts)


def _runs(starts: NDArray[np.int64], ends: NDArray[np.int64]) -> NDArray[np.int64]:
    """The positions of several runs [start, end), concatenated, without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return np.arange(total, dtype=np.int64) + offsets


def _cell_bounds(cx: int, cy: int, scale: float) -> tuple[float, float, float, float]:
    """A cell's west, south, east, north in degrees."""

    def lon(x: float) -> float:
        return x / scale * 360.0 - 180.0

    def lat(y: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y / scale))))

    return (lon(cx), lat(cy + 1), lon(cx + 1), lat(cy))
