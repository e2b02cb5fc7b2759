"""What a camera can do at each distance: DORI bands (IEC 62676-4) and its field of view.

A camera's image holds a fixed number of pixels across; the farther a person stands, the fewer
pixels fall on each metre of them. IEC 62676-4 names four thresholds of pixel density:
detection (25 px/m), observation (62), recognition (125) and identification (250). At distance
d a camera with horizontal resolution H and horizontal field of view θ gives
H / (2·d·tan(θ/2)) pixels per metre, so band b reaches d_b = H / (2·tan(θ/2)·ppm_b).

OpenStreetMap rarely says resolution or lens, so defaults fill the gaps, and every answer
carries the list of assumptions it used: a reader must see which parts are measured and which
are guessed. Note that OSM's ``camera:angle`` is the tilt, not the field of view.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely

# Pixels per metre at the edge of each band, weakest first.
BANDS: tuple[tuple[str, float], ...] = (
    ("detection", 25.0),
    ("observation", 62.0),
    ("recognition", 125.0),
    ("identification", 250.0),
)

DEFAULT_RESOLUTION_PX = 1920  # 1080p: the common resolution of city surveillance cameras
FIXED_LENS_DEGREES = 90.0  # a typical 2.8–4 mm lens on a fixed or dome camera
PTZ_TELEPHOTO_DEGREES = 4.0  # a PTZ at full zoom (about 30x); it can aim anywhere

ALL_ROUND_TYPES = {"dome", "panning", "ptz"}
ZOOMING_TYPES = {"panning", "ptz"}
# Capabilities that show a camera watches people, whatever else it reads.
WATCHES_PEOPLE = {"face_recognition", "ptz", "crowd_analytics", "video_analytics"}
ARC_POINTS = 24  # points along a wedge's arc: under 0.1 % of its area lost at 90°


@dataclass(frozen=True)
class Coverage:
    """Where a camera looks and how far each band reaches, with the assumptions behind it."""

    directions: tuple[float, ...]
    field_of_view: float
    all_round: bool
    bands: tuple[tuple[str, float], ...]  # (band, metres), detection first
    assumptions: tuple[str, ...]
    # Below 1 for an uncertain all-round shape: a fixed camera whose direction is unknown sees
    # a wedge pointing somewhere, so a spot in its reach is seen with a chance of view/360.
    weight: float = 1.0

    @property
    def uncertain(self) -> bool:
        return self.weight < 1.0

    def to_dict(self) -> dict[str, object]:
        return {
            "sector": {
                "directions": list(self.directions),
                "angle": self.field_of_view,
                "all_round": self.all_round,
            },
            "bands": [{"band": band, "metres": metres} for band, metres in self.bands],
            "assumptions": list(self.assumptions),
        }


def reads_plates_only(capabilities: Iterable[str]) -> bool:
    """A plate reader counts for vehicles only; one that can also match faces, pan and zoom or
    analyse crowds watches people on foot too, and must not be left out of their exposure."""
    found = set(capabilities)
    return "plate_recognition" in found and not found & WATCHES_PEOPLE


def band_distances(resolution_px: float, field_of_view: float) -> tuple[tuple[str, float], ...]:
    """How far each DORI band reaches for this resolution and horizontal field of view."""
    width_per_metre = 2.0 * math.tan(math.radians(field_of_view) / 2.0)
    return tuple((band, round(resolution_px / (width_per_metre * ppm), 1)) for band, ppm in BANDS)


def _range_centre_and_width(start: float, end: float) -> tuple[float, float]:
    """A clockwise range such as 300-30 as its centre heading and opening angle."""
    width = (end - start) % 360.0 or 360.0
    return (start + width / 2.0) % 360.0, width


def camera_coverage(
    camera_type: str | None,
    directions: Sequence[float],
    direction_ranges: Sequence[Sequence[float]],
    *,
    resolution_px: float | None = None,
    field_of_view: float | None = None,
) -> Coverage:
    """The sector and DORI bands of one camera, from what is tagged plus documented defaults."""
    assumptions: list[str] = []
    kind = (camera_type or "").lower()
    if resolution_px is None:
        resolution_px = DEFAULT_RESOLUTION_PX
        assumptions.append(f"resolution unknown: assumed {DEFAULT_RESOLUTION_PX} px across")
    heads = list(directions)
    for start, end in direction_ranges:
        centre, width = _range_centre_and_width(start, end)
        heads.append(centre)
        field_of_view = max(field_of_view or 0.0, width)
    if field_of_view is None:
        if kind in ZOOMING_TYPES:
            field_of_view = PTZ_TELEPHOTO_DEGREES
            assumptions.append(
                f"pans, tilts and zooms: bands at full zoom ({PTZ_TELEPHOTO_DEGREES:g}° view), "
                "in any direction it is turned to"
            )
        else:
            field_of_view = FIXED_LENS_DEGREES
            assumptions.append(f"lens unknown: assumed a {FIXED_LENS_DEGREES:g}° view")
    all_round = kind in ALL_ROUND_TYPES or not heads or field_of_view >= 360.0
    if kind in ALL_ROUND_TYPES:
        assumptions.append(f"a {kind} camera can be turned to look any way: drawn all round")
    weight = 1.0
    if kind not in ALL_ROUND_TYPES and not heads:
        assumptions.append("direction unknown: it could look any way, drawn all round")
        if field_of_view < 360.0:
            weight = field_of_view / 360.0
            assumptions.append(
                f"direction unknown: its all-round shape counts at weight {weight:.2g} "
                f"in exposure (a {field_of_view:g}° view pointing any way)"
            )
    return Coverage(
        directions=tuple(heads),
        field_of_view=min(field_of_view, 360.0),
        all_round=all_round,
        bands=band_distances(resolution_px, min(field_of_view, 179.0)),
        assumptions=tuple(assumptions),
        weight=weight,
    )


def sector_polygons(
    x: np.ndarray,
    y: np.ndarray,
    heading: np.ndarray,
    field_of_view: np.ndarray,
    reach: np.ndarray,
    all_round: np.ndarray,
) -> np.ndarray:
    """Wedges (or discs where all_round) in a metric plane, all at once.

    Headings are degrees clockwise from north, as OSM's camera:direction; x grows east and
    y north. One polygon per input row: a camera with two directions and four bands is
    eight rows.
    """
    count = len(x)
    polygons = np.empty(count, dtype=object)
    if count == 0:
        return polygons
    wedge = ~np.asarray(all_round, dtype=bool)
    if wedge.any():
        half = np.radians(field_of_view[wedge]) / 2.0
        steps = np.linspace(-1.0, 1.0, ARC_POINTS)
        angles = np.radians(heading[wedge])[:, None] + half[:, None] * steps[None, :]
        r = reach[wedge][:, None]
        ring = np.empty((int(wedge.sum()), ARC_POINTS + 2, 2))
        ring[:, 0, 0], ring[:, 0, 1] = x[wedge], y[wedge]
        ring[:, 1:-1, 0] = x[wedge][:, None] + r * np.sin(angles)
        ring[:, 1:-1, 1] = y[wedge][:, None] + r * np.cos(angles)
        ring[:, -1] = ring[:, 0]
        polygons[wedge] = shapely.polygons(ring)
    if (~wedge).any():
        polygons[~wedge] = shapely.buffer(
            shapely.points(x[~wedge], y[~wedge]), reach[~wedge], quad_segs=16
        )
    return polygons
