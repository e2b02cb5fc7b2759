"""Fixtures: real atlases on SQLite files and, where a server is configured, on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from countersight import atlas
from countersight.config import database_url

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MYANMAR_CASE = REPO / "data" / "cases" / "myanmar.yaml"
PG_ADMIN_URL = os.environ.get("COUNTERSIGHT_TEST_POSTGRES")
PG_REQUIRED = os.environ.get("COUNTERSIGHT_REQUIRE_POSTGRES") == "1"
PG_SKIP_REASON = (
    "PostgreSQL tests skipped: no server configured. Start one with "
    "`eval \"$(tools/test-postgres.sh start)\"` (needs Debian's postgresql and postgis)."
)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to a fresh, empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'atlas.db'}"
        return
    if not PG_ADMIN_URL:
        if PG_REQUIRED:
            pytest.fail("COUNTERSIGHT_REQUIRE_POSTGRES=1 but COUNTERSIGHT_TEST_POSTGRES is unset")
        pytest.skip(PG_SKIP_REASON)
    name = f"cs_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = database_url(PG_ADMIN_URL).rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def engine(database: str) -> Iterator[Engine]:
    """An initialised atlas (schema and gazetteer places), empty of cases."""
    engine = atlas.open_atlas(database)
    atlas.init_atlas(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def myanmar(engine: Engine) -> Engine:
    """An atlas with the bundled Myanmar case file loaded."""
    atlas.load_files(engine, [MYANMAR_CASE])
    return engine


def write(path: Path, content: str | bytes) -> Path:
    """Write a test input file, as bytes when given bytes (for encoding tests)."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
