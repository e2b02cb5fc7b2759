"""Fixtures: real atlases on SQLite files and, where a server is configured, on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from countersight import atlas
from countersight.config import database_url

# The page tests' browser and server fixtures (tests/browser.py).
pytest_plugins = ["tests.browser"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MYANMAR_CASE = REPO / "data" / "cases" / "myanmar.yaml"
PG_ADMIN_URL = os.environ.get("COUNTERSIGHT_TEST_POSTGRES")
PG_REQUIRED = os.environ.get("COUNTERSIGHT_REQUIRE_POSTGRES") == "1"
PG_SKIP_REASON = (
    "PostgreSQL tests skipped: no server configured. Start one with "
    '`eval "$(tools/test-postgres.sh start)"` (needs Debian\'s postgresql and postgis).'
)


def _require_postgres() -> str:
    if not PG_ADMIN_URL:
        if PG_REQUIRED:
            pytest.fail("COUNTERSIGHT_REQUIRE_POSTGRES=1 but COUNTERSIGHT_TEST_POSTGRES is unset")
        pytest.skip(PG_SKIP_REASON)
    return database_url(PG_ADMIN_URL)


class PostgresDatabases:
    """Creates throwaway databases on the test server, optionally copied from a template."""

    def __init__(self, admin_url: str) -> None:
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.base = admin_url.rsplit("/", 1)[0]
        self.created: list[str] = []

    def create(self, template: str | None = None) -> str:
        name = f"cs_test_{uuid.uuid4().hex[:12]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        self.created.append(name)
        return name

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(_require_postgres())
    yield databases
    for name in databases.created:
        databases.drop(name)
    databases.admin.dispose()


@pytest.fixture(scope="session")
def seeded_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One migrated atlas with the gazetteer's places per backend, built once, then copied."""
    return {}


def _seed(url: str) -> None:
    engine = atlas.open_atlas(url)
    atlas.init_atlas(engine)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to a fresh, empty database on each backend."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'atlas.db'}"
    postgres: PostgresDatabases = request.getfixturevalue("postgres")
    return postgres.url(postgres.create())


@pytest.fixture
def engine(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    seeded_templates: dict[str, str],
) -> Iterator[Engine]:
    """An initialised atlas (schema and gazetteer places), empty of cases.

    Seeding writes over a thousand audited rows, so it is done once per backend and each test
    gets a copy: a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL.
    """
    if backend == "sqlite":
        if "sqlite" not in seeded_templates:
            template = tmp_path_factory.mktemp("template") / "atlas.db"
            _seed(f"sqlite:///{template}")
            seeded_templates["sqlite"] = str(template)
        target = tmp_path / "atlas.db"
        shutil.copyfile(seeded_templates["sqlite"], target)
        url = f"sqlite:///{target}"
    else:
        postgres: PostgresDatabases = request.getfixturevalue("postgres")
        if "postgresql" not in seeded_templates:
            name = postgres.create()
            _seed(postgres.url(name))
            seeded_templates["postgresql"] = name
        url = postgres.url(postgres.create(template=seeded_templates["postgresql"]))
    engine = atlas.open_atlas(url)
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
