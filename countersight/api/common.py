"""What every API module shares: the session per request, paging bounds, attribution."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

ATTRIBUTION = "Places: GeoNames (CC BY 4.0), iso-codes. Map data © OpenStreetMap contributors."
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=2**31 - 1)]


def _session(request: Request) -> Iterator[Session]:
    """One read session per request, from the factory the app was built with."""
    with request.app.state.sessions() as session:
        yield session


Db = Annotated[Session, Depends(_session)]
