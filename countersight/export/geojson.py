"""GeoJSON (RFC 7946) feature collections, with the attribution their data requires."""

from __future__ import annotations

from typing import Any

import orjson

MEDIA_TYPE = "application/geo+json"


def feature_collection(features: list[dict[str, Any]], **members: Any) -> bytes:
    """Serialise features; extra top-level members (attribution, paging) ride along."""
    return orjson.dumps({"type": "FeatureCollection", **members, "features": features})
