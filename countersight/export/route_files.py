"""A route answer as files: GeoJSON for maps and GIS, GPX for phone map apps (offline use).

Both carry the OpenStreetMap attribution the street data requires (ODbL), and each route's
name says which answer it is and what it costs in length, time and identification metres, so
a phone app's route list is readable on its own.
"""

from __future__ import annotations

from typing import Any

import gpxpy.gpx

from countersight.export import geojson

OSM_ATTRIBUTION = "Street and camera data © OpenStreetMap contributors (ODbL)"
ODBL_URL = "https://opendatacommons.org/licenses/odbl/1-0/"
KIND_NAMES = {
    "shortest": "Shortest",
    "balanced": "Balanced",
    "least_exposed": "Least exposed",
    "alternative": "Alternative",
}


def route_name(route: dict[str, Any]) -> str:
    """e.g. "Shortest / Balanced: 1.4 km, 19 min, 8 m identification, 3 cameras"."""
    kinds = " / ".join(KIND_NAMES[k] for k in route["kinds"])
    return (
        f"{kinds}: {route['length_m'] / 1000:.1f} km, {round(route['time_s'] / 60)} min, "
        f"{route['band_m']['identification']:.0f} m identification, "
        f"{route['cameras_passed']} cameras"
    )


def route_features(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """One LineString feature per route, its figures as properties."""
    return [
        {
            "type": "Feature",
            "geometry": route["geometry"],
            "properties": {
                "name": route_name(route),
                **{k: v for k, v in route.items() if k != "geometry"},
            },
        }
        for route in answer["routes"]
    ]


def route_geojson(answer: dict[str, Any]) -> bytes:
    """A FeatureCollection of the routes; the rest of the answer rides along as members."""
    members = {k: v for k, v in answer.items() if k != "routes"}
    return geojson.feature_collection(
        route_features(answer), attribution=OSM_ATTRIBUTION, **members
    )


def route_gpx(answer: dict[str, Any]) -> str:
    """GPX 1.1: each route as a <rte> (what navigation apps follow), with the attribution."""
    gpx = gpxpy.gpx.GPX()
    gpx.creator = "Countersight"
    gpx.name = f"Routes ({answer['mode']}, avoid {answer['avoid']:g})"
    gpx.description = (
        f"{OSM_ATTRIBUTION}. Exposure counts only mapped cameras; completeness: "
        f"{(answer.get('completeness') or {}).get('summary', 'unknown')}"
    )
    gpx.author_name = "Countersight"
    gpx.copyright_author = "OpenStreetMap contributors"
    gpx.copyright_license = ODBL_URL
    for route in answer["routes"]:
        rte = gpxpy.gpx.GPXRoute(name=route_name(route), description=", ".join(route["kinds"]))
        rte.points = [
            gpxpy.gpx.GPXRoutePoint(latitude=lat, longitude=lon)
            for lon, lat in route["geometry"]["coordinates"]
        ]
        gpx.routes.append(rte)
    return gpx.to_xml(version="1.1")
