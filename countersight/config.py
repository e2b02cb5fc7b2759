"""Where Countersight finds its database and its shipped reference data."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT / "data"
DEFAULT_DB_PATH = Path("countersight.db")
DEFAULT_EVIDENCE_DIR = Path("countersight-evidence")


def database_url(explicit: str | None = None) -> str:
    """Return the SQLAlchemy URL: an explicit value, else COUNTERSIGHT_DB, else ./countersight.db.

    COUNTERSIGHT_DB may be a URL (postgresql://…, sqlite:///…) or a plain file path, which means
    an SQLite file, because that is what a user pointing at "their atlas file" expects.
    """
    value = explicit or os.environ.get("COUNTERSIGHT_DB") or str(DEFAULT_DB_PATH)
    if "://" in value:
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def evidence_dir(explicit: Path | None = None) -> Path:
    """Where archived files live: an explicit folder, else COUNTERSIGHT_EVIDENCE, else beside."""
    return explicit or Path(os.environ.get("COUNTERSIGHT_EVIDENCE") or DEFAULT_EVIDENCE_DIR)
