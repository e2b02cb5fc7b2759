"""CSV tables of map features: one row per feature, columns chosen per layer."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

MEDIA_TYPE = "text/csv; charset=utf-8"
Column = tuple[str, Callable[[dict[str, Any]], Any]]


def _joined(values: Iterable[Any] | None) -> str:
    return ";".join(str(v) for v in values or ())


def _band(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda p: next((b["metres"] for b in p.get("bands", ()) if b["band"] == name), None)


def _name(member: str) -> Callable[[dict[str, Any]], Any]:
    return lambda p: (p.get(member) or {}).get("name")


def _cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (mapped tags are anyone's) is quoted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


CAMERA_COLUMNS: list[Column] = [
    ("key", lambda p: p["key"]),
    ("kind", lambda p: p["kind"]),
    ("camera_type", lambda p: p["camera_type"]),
    ("mount", lambda p: p["mount"]),
    ("directions", lambda p: _joined(p["directions"])),
    ("height_m", lambda p: p["height"]),
    ("operator", lambda p: p["operator"]),
    ("manufacturer", lambda p: p["manufacturer"]),
    ("start_date", lambda p: p["start_date"]),
    ("status", lambda p: p["status"]),
    ("place", _name("place")),
    ("deployment", lambda p: p["deployment"]),
    ("identification_m", _band("identification")),
    ("recognition_m", _band("recognition")),
    ("observation_m", _band("observation")),
    ("detection_m", _band("detection")),
    ("assumptions", lambda p: _joined(p["assumptions"])),
    ("source", lambda p: (p["source"] or {}).get("outlet")),
    ("osm_url", lambda p: p["osm_url"]),
]

DEPLOYMENT_COLUMNS: list[Column] = [
    ("key", lambda p: p["key"]),
    ("name", lambda p: p["name"]),
    ("place", _name("place")),
    ("status", lambda p: (p["status"] or {}).get("value")),
    ("status_verification", lambda p: (p["status"] or {}).get("verification")),
    ("cameras_reported", lambda p: (p["camera_count"] or {}).get("display")),
    ("cameras_reported_min", lambda p: (p["camera_count"] or {}).get("min")),
    ("cameras_mapped", lambda p: p["mapped_cameras"]),
    ("suppliers", lambda p: _joined(p["suppliers"])),
    ("procurers", lambda p: _joined(p["procurers"])),
    ("capabilities", lambda p: _joined(p["capabilities"])),
    ("verification", lambda p: p["verification"]),
    ("started", lambda p: p["started"]),
]


def features_to_csv(features: Iterable[dict[str, Any]], columns: list[Column]) -> str:
    """A CSV table with longitude and latitude first, then the layer's columns."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["lon", "lat", *(name for name, _ in columns)])
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        props = feature["properties"]
        writer.writerow([lon, lat, *(_cell(get(props)) for _, get in columns)])
    return out.getvalue()
