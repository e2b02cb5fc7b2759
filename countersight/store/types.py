"""Column types that behave the same on SQLite and on PostgreSQL/PostGIS."""

from __future__ import annotations

from typing import Any

import shapely
from geoalchemy2 import Geometry
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

WGS84 = 4326


class GeometryType(TypeDecorator[BaseGeometry]):
    """A WGS84 geometry: a PostGIS `geometry` column on PostgreSQL, WKT text elsewhere.

    Python code always sees shapely geometries, so spatial logic does not fork per backend;
    PostGIS still gets a real, indexable geometry column for the queries that use it.
    """

    impl = Text
    cache_ok = True
    # GeoAlchemy2's DDL hooks inspect these; the migrations create the GiST indexes themselves.
    spatial_index = False
    use_N_D_index = False
    use_typmod = None

    def load_dialect_impl(self, dialect: Dialect | None) -> TypeEngine[Any]:
        if dialect is None:  # GeoAlchemy2's DDL hooks ask without a dialect
            return Text()
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Geometry(srid=WGS84, spatial_index=False))
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: BaseGeometry | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return f"SRID={WGS84};{value.wkt}"
        return value.wkt

    def process_result_value(self, value: Any, dialect: Dialect) -> BaseGeometry | None:
        if value is None:
            return None
        if hasattr(value, "data"):  # a GeoAlchemy2 WKBElement
            return shapely.from_wkb(bytes(value.data))
        if isinstance(value, bytes | memoryview):
            return shapely.from_wkb(bytes(value))
        text = str(value)
        if text.startswith("SRID="):
            text = text.split(";", 1)[1]
        try:
            return shapely.from_wkt(text)
        except shapely.errors.GEOSException:
            return shapely.from_wkb(text)  # hex EWKB, as PostGIS sends it
