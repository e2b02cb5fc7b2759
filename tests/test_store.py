"""The schema on both backends: migrations, model parity, geometry and append-only audit."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from shapely.geometry import Point
from sqlalchemy import Engine, inspect, select, text

from countersight.store.database import alembic_config, make_engine, transaction, upgrade
from countersight.store.models import Base, Place


def test_migrations_go_up_down_and_up_again(database: str) -> None:
    engine = make_engine(database)
    upgrade(engine)
    assert {"claims", "sources", "audit_events", "tenders"} <= set(
        inspect(engine).get_table_names()
    )
    command.downgrade(alembic_config(engine), "base")
    assert "claims" not in inspect(engine).get_table_names()
    upgrade(engine)
    upgrade(engine)  # idempotent
    assert "claims" in inspect(engine).get_table_names()
    engine.dispose()


def test_models_and_migrations_agree(database: str) -> None:
    engine = make_engine(database)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # PostGIS's GiST indexes are created by the migration, deliberately not by the models.
    # PostGIS brings its own spatial_ref_sys table.
    diff = [
        d
        for d in diff
        if not (d[0] == "remove_index" and d[1].name.endswith("_geom"))
        and not (d[0] == "remove_table" and d[1].name == "spatial_ref_sys")
    ]
    assert diff == []
    engine.dispose()


def test_geometry_round_trips_and_postgis_can_query_it(engine: Engine) -> None:
    with transaction(engine) as session:
        place = session.scalar(select(Place).where(Place.key == "MM-15/mawlamyine"))
        assert isinstance(place.geom, Point)
        assert (round(place.geom.x, 3), round(place.geom.y, 3)) == (97.628, 16.491)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            near = (
                conn.execute(
                    text(
                        "SELECT key FROM places WHERE ST_DWithin(geom::geography, "
                        "ST_SetSRID(ST_MakePoint(97.63, 16.49), 4326)::geography, 2000) "
                        "AND kind = 'town'"
                    )
                )
                .scalars()
                .all()
            )
            assert near == ["MM-15/mawlamyine"]
            kind = conn.execute(
                text(
                    "SELECT udt_name FROM information_schema.columns "
                    "WHERE table_name='places' AND column_name='geom'"
                )
            ).scalar_one()
            assert kind == "geometry"
