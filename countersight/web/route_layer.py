"""Route answers from the stored streets, with the routing networks kept between requests.

A request runs on every stored street area the two points' box touches (whole areas, so a
detour leaving that box is still found), with each segment's exposure to the atlas's active
cameras (geo/area_exposure.py, which updates only what changed cameras reach). Building a
mode's routing network costs tens of milliseconds for a city centre and about a second for a
city, so networks are kept per set of areas and rebuilt when the audit chain's head moves
(every write appends to it), as the camera layer does. The command line uses the same class
for its one request.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import Engine, func, select

from countersight.geo.area_exposure import AreaExposure, exposed_street_graph, stored_areas
from countersight.geo.completeness import completeness
from countersight.geo.route_answers import RouteDescriber, RoutePlan, plan_routes
from countersight.geo.routing import ModeNetwork, RoutingError
from countersight.geo.street_graph import StreetGraph
from countersight.store.database import transaction
from countersight.store.models import AuditEvent

LatLon = tuple[float, float]
CACHED_AREAS = 4
NO_STREETS = (
    "no streets are stored around these points: import an OpenStreetMap extract covering "
    "them with `countersight import-osm FILE`"
)
COMPLETENESS_POINTS = 40  # route vertices sampled to find the places a route passes


class RoutingArea:
    """One graph with exposure, and each mode's network and describer, built on demand."""

    def __init__(self, graph: StreetGraph) -> None:
        self.graph = graph
        self._networks: dict[str, tuple[ModeNetwork, RouteDescriber]] = {}
        self._lock = threading.Lock()

    def network(self, mode: str) -> tuple[ModeNetwork, RouteDescriber]:
        with self._lock:
            if mode not in self._networks:
                network = ModeNetwork(self.graph, mode)
                self._networks[mode] = (network, RouteDescriber(network))
            return self._networks[mode]


class RouteLayer:
    """Answers route requests for an atlas; keeps the last few areas' networks."""

    def __init__(self, exposure: AreaExposure | None = None) -> None:
        self._exposure = exposure or AreaExposure()
        self._lock = threading.Lock()
        self._areas: OrderedDict[tuple[Any, ...], RoutingArea] = OrderedDict()

    def area(self, engine: Engine, start: LatLon, end: LatLon) -> RoutingArea:
        box = (
            min(start[1], end[1]),
            min(start[0], end[0]),
            max(start[1], end[1]),
            max(start[0], end[0]),
        )
        areas = stored_areas(engine, box)
        if not areas:
            raise RoutingError(NO_STREETS)
        with transaction(engine) as session:
            head = session.scalar(select(func.max(AuditEvent.seq)))
        key = (areas, head)
        with self._lock:
            found = self._areas.get(key)
            if found is None:
                graph = exposed_street_graph(engine, box, self._exposure)
                if graph is None:  # the areas were deleted since they were found
                    raise RoutingError(NO_STREETS)
                found = self._areas[key] = RoutingArea(graph)
                while len(self._areas) > CACHED_AREAS:
                    self._areas.popitem(last=False)
            self._areas.move_to_end(key)
            return found

    def plan(
        self,
        engine: Engine,
        start: LatLon,
        end: LatLon,
        *,
        mode: str = "foot",
        avoid: float = 0.5,
        alternatives: int = 2,
    ) -> RoutePlan:
        network, describer = self.area(engine, start, end).network(mode)
        return plan_routes(network, describer, start, end, avoid=avoid, alternatives=alternatives)

    def answer(self, engine: Engine, plan: RoutePlan) -> dict[str, Any]:
        """The public answer: the routes, and how complete the camera map is along them."""
        points = [(plan.start.lon, plan.start.lat), (plan.end.lon, plan.end.lat)]
        for route in plan.routes:
            step = max(1, len(route.coordinates) // COMPLETENESS_POINTS)
            points.extend(route.coordinates[::step])
        with transaction(engine) as session:
            found = completeness(session, points).to_dict()
        return {**plan.to_dict(), "completeness": found}
