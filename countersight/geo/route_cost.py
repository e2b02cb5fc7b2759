"""What a route costs: its length, plus its exposure to known cameras scaled by the avoid weight.

    cost(edge) = length_m + avoid · K · Σ_b w_b · exposed_m_b

- ``avoid`` ∈ [0, 1] is chosen per query. ``avoid = 0`` is exactly the shortest path by length;
  ``avoid = 1`` is the least-exposed route this model allows.
- ``exposed_m_b`` are the metres of the edge's street segment inside DORI band b, from
  countersight.geo.exposure: walkers use ``exposure_foot_m`` (plate readers do not count),
  motorcycles and cars ``exposure_vehicle_m`` (every camera, plate readers included).
- ``w_b`` rises toward identification, the band in which a camera resolves a face well enough to
  tell who it is: detection 0.05, observation 0.15, recognition 0.4, identification 1.0.
- ``K`` = 25: at ``avoid = 1`` a metre in a camera's identification band weighs as much as 25
  metres of walking, so a route takes a detour up to 25 times the identified stretch it avoids
  (a 4 m identification zone is worth a 100 m detour), and a detection-only stretch weighs
  1.25 metres per metre: seen from afar matters, but little.

The cost is linear in ``avoid``, so one precomputed exposure term per edge serves every query:
the per-query work is one fused multiply-add over the edges.

Travel time is not part of the cost (a less exposed route may be slower on purpose); it is
reported with documented average speeds: walking 4.5 km/h everywhere (3 km/h on steps), and
for motorcycles and cars an urban average per road class (``VEHICLE_SPEEDS_KMH``), motorcycles
no faster than cars but filtering through traffic, so equal on city streets.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from countersight.geo.street_graph import BANDS, CAR, FOOT, MOTORCYCLE, StreetGraph

MODE_FLAGS: dict[str, int] = {"foot": FOOT, "motorcycle": MOTORCYCLE, "car": CAR}

BAND_WEIGHTS: NDArray[np.float64] = np.array([0.05, 0.15, 0.4, 1.0])
EXPOSURE_SCALE_K = 25.0

FOOT_SPEED_KMH = 4.5
STEPS_SPEED_KMH = 3.0
VEHICLE_SPEEDS_KMH: dict[str, float] = {
    "motorway": 70.0,
    "motorway_link": 40.0,
    "trunk": 50.0,
    "trunk_link": 35.0,
    "primary": 35.0,
    "primary_link": 30.0,
    "secondary": 30.0,
    "secondary_link": 25.0,
    "tertiary": 25.0,
    "tertiary_link": 25.0,
    "unclassified": 20.0,
    "residential": 20.0,
    "road": 20.0,
    "living_street": 7.0,
    "service": 10.0,
    "track": 10.0,
}
DEFAULT_VEHICLE_SPEED_KMH = 20.0


def cost_model(mode: str) -> dict[str, object]:
    """The model as data, so every answer can state what it was computed with."""
    return {
        "formula": "cost = length_m + avoid * K * sum_b(w_b * exposed_m_b)",
        "K": EXPOSURE_SCALE_K,
        "band_weights": dict(zip(BANDS, BAND_WEIGHTS.tolist(), strict=True)),
        "exposure": "exposure_foot_m (plate readers excluded)"
        if mode == "foot"
        else "exposure_vehicle_m (every camera, plate readers included)",
        "speeds_kmh": {"default": FOOT_SPEED_KMH, "steps": STEPS_SPEED_KMH}
        if mode == "foot"
        else {**VEHICLE_SPEEDS_KMH, "default": DEFAULT_VEHICLE_SPEED_KMH},
    }


def segment_exposure_m(graph: StreetGraph, mode: str) -> NDArray[np.float64]:
    """Metres per band for each segment, [S, 4], as the given mode is exposed on it."""
    return graph.exposure_foot_m if mode == "foot" else graph.exposure_vehicle_m


def segment_speed_mps(graph: StreetGraph, mode: str) -> NDArray[np.float64]:
    """Average speed on each segment in metres per second, for reporting travel time."""
    if mode == "foot":
        kmh = [STEPS_SPEED_KMH if h == "steps" else FOOT_SPEED_KMH for h in graph.segment_highway]
    else:
        kmh = [VEHICLE_SPEEDS_KMH.get(h, DEFAULT_VEHICLE_SPEED_KMH) for h in graph.segment_highway]
    return np.asarray(kmh, dtype=np.float64) / 3.6


def weighted_exposure_m(exposure_m: NDArray[np.float64]) -> NDArray[np.float64]:
    """Σ_b w_b · exposed_m_b per row: the part of the cost that the avoid weight scales."""
    return exposure_m @ BAND_WEIGHTS


def edge_costs(
    length_m: NDArray[np.float64], weighted_m: NDArray[np.float64], avoid: float
) -> NDArray[np.float64]:
    """The cost of each edge for one query's avoid weight."""
    if not 0.0 <= avoid <= 1.0:
        raise ValueError(f"avoid must be between 0 and 1, got {avoid}")
    return length_m + (avoid * EXPOSURE_SCALE_K) * weighted_m
