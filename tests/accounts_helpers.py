"""For the account and contribution tests: accounts made through the same code the CLI uses,
with known passwords, and a real JPEG carrying GPS EXIF and a device serial."""

from __future__ import annotations

import io

import piexif
from PIL import Image
from sqlalchemy import Engine
from starlette.testclient import TestClient

from countersight.accounts import manage
from countersight.accounts.roles import ACCOUNT_ROLES
from countersight.store.database import transaction

PASSWORD = "correct horse battery staple"
SERIAL = "SERIAL-CS-0042-XYZ"


def username(role: str) -> str:
    """The test account of a role: a name no public text contains by chance."""
    return f"tester-{role}"


def add_accounts(engine: Engine) -> dict[str, str]:
    """One account per role (see `username`); returns an API token for each, by role."""
    tokens = {}
    with transaction(engine, "test-admin") as session:
        for role in ACCOUNT_ROLES:
            manage.add(session, username(role.value), role.value, PASSWORD)
            tokens[role.value] = manage.create_token(session, username(role.value), "tests")[1]
    return tokens


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log `client` in with a session cookie; returns the session's CSRF token."""
    response = client.post("/api/v1/session", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return response.json()["csrf_token"]


def gps_jpeg() -> bytes:
    """A real photo-sized JPEG carrying GPS coordinates, a device serial and a maker note."""
    pixels = Image.linear_gradient("L").resize((640, 480)).convert("RGB")
    exif = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: b"PhoneMaker", piexif.ImageIFD.Model: b"Model 9"},
            "Exif": {
                piexif.ExifIFD.BodySerialNumber: SERIAL.encode(),
                piexif.ExifIFD.DateTimeOriginal: b"2026:11:21 07:42:10",
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((16, 1), (48, 1), (1901, 100)),
                piexif.GPSIFD.GPSLongitudeRef: b"E",
                piexif.GPSIFD.GPSLongitude: ((96, 1), (9, 1), (2199, 100)),
            },
        }
    )
    out = io.BytesIO()
    pixels.save(out, format="JPEG", exif=exif, quality=90)
    data = out.getvalue()
    assert piexif.load(data)["GPS"][piexif.GPSIFD.GPSLatitudeRef] == b"N"  # it is really there
    return data
