"""Field-report photos through the API: real JPEGs with real GPS EXIF go in, clean bytes are
stored; a kept original is stored sealed only; a bad photo refuses the whole report."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import Engine, func, select

from countersight.api.app import create_app
from countersight.store.database import session_factory
from countersight.store.models import CustodyEvent, EvidenceFile, FieldReport
from countersight.store.sealed_files import read_sealed, sealed_path
from countersight.store.sealing import Sealer
from tests.accounts_helpers import SERIAL, add_accounts, bearer, gps_jpeg

FORM = {"lat": "16.80528", "lon": "96.15611", "seen_on": "2026-11-21", "camera_type": "fixed"}


@pytest.fixture
def evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "evidence"
    monkeypatch.setenv("COUNTERSIGHT_EVIDENCE", str(folder))
    monkeypatch.delenv("COUNTERSIGHT_KEY_FILE", raising=False)
    monkeypatch.delenv("COUNTERSIGHT_KEY", raising=False)
    return folder


@pytest.fixture
def client(engine: Engine, evidence: Path) -> TestClient:
    return TestClient(create_app(engine), base_url="https://testserver")


def _send(client: TestClient, token: str, files: list, **form: str):
    return client.post(
        "/api/v1/field-reports", data={**FORM, **form}, files=files, headers=bearer(token)
    )


def _no_metadata(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert not image.getexif()
    assert not {"exif", "xmp", "icc_profile", "comment"} & set(image.info)
    for trace in (SERIAL.encode(), b"PhoneMaker", b"Exif\x00\x00", b"2026:11:21"):
        assert trace not in data, trace


def test_stored_photos_carry_no_metadata_and_the_original_is_discarded(
    engine: Engine, client: TestClient, evidence: Path
) -> None:
    tokens = add_accounts(engine)
    original = gps_jpeg()
    sent = _send(
        client, tokens["contributor"], [("photos", ("IMG_0001.jpg", original, "image/jpeg"))]
    )
    assert sent.status_code == 201, sent.text
    ref = sent.json()["ref"]
    with session_factory(engine)() as session:
        [stored] = session.scalars(select(EvidenceFile)).all()
        assert stored.media_type == "image/jpeg"
        custody = session.scalars(select(CustodyEvent)).all()
        assert [c.action for c in custody] == ["received"]
    on_disk = Path(stored.stored_path).read_bytes()
    _no_metadata(on_disk)
    files = [p for p in evidence.rglob("*") if p.is_file()]
    assert files == [Path(stored.stored_path)]  # the original was not kept anywhere
    for path in files:
        assert SERIAL.encode() not in path.read_bytes()

    queue = client.get("/api/v1/review/field-reports", headers=bearer(tokens["reviewer"])).json()
    [photo] = queue["items"][0]["photos"]
    assert photo["original_sealed"] is False
    served = client.get(photo["url"], headers=bearer(tokens["reviewer"]))
    assert served.status_code == 200 and served.content == on_disk
    assert client.get(photo["url"], headers=bearer(tokens["contributor"])).status_code == 403
    assert client.get(photo["url"]).status_code == 401

    accepted = client.post(
        f"/api/v1/review/field-reports/{ref}/accept",
        json={"primary_evidence": True},
        headers=bearer(tokens["reviewer"]),
    )
    assert accepted.status_code == 200, accepted.text
    camera = client.get(f"/api/v1/cameras/{accepted.json()['camera']}").json()
    assert camera["properties"]["source"]["alias"] == "a contributor's field report"
    assert stored.sha256 not in str(camera)  # the photo stays with the reviewers


def test_a_kept_original_is_stored_sealed_and_only_then(
    engine: Engine, client: TestClient, evidence: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = add_accounts(engine)
    original = gps_jpeg()
    upload = [("photos", ("IMG_0002.jpg", original, "image/jpeg"))]
    refused = _send(client, tokens["contributor"], upload, keep_original="true")
    assert refused.status_code == 503 and "without keeping" in refused.json()["detail"]
    assert not evidence.exists() or not any(evidence.rglob("*.*"))

    key = Sealer.new_key()
    monkeypatch.setenv("COUNTERSIGHT_KEY", base64.b64encode(key).decode())
    sent = _send(client, tokens["contributor"], upload, keep_original="true")
    assert sent.status_code == 201, sent.text
    with session_factory(engine)() as session:
        [stored] = session.scalars(select(EvidenceFile)).all()
        report = session.scalar(select(FieldReport))
        assert report.photos[0].original_sealed
    sealed = sealed_path(evidence, stored.sha256)
    blob = sealed.read_bytes()
    for trace in (SERIAL.encode(), b"PhoneMaker", original[:64]):
        assert trace not in blob
    assert read_sealed(sealed, Sealer(key)) == original
    _no_metadata(Path(stored.stored_path).read_bytes())


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("camera.jpg", b"this is a text file, not a photo", 400),
        ("camera.jpg", None, 400),  # a truncated JPEG
        ("camera.gif", b"GIF89a" + b"\x00" * 64, 415),
    ],
)
def test_a_bad_photo_refuses_the_whole_report_and_stores_nothing(
    engine: Engine,
    client: TestClient,
    evidence: Path,
    name: str,
    content: bytes | None,
    status: int,
) -> None:
    tokens = add_accounts(engine)
    good = gps_jpeg()
    bad = good[: len(good) // 2] if content is None else content
    files = [
        ("photos", ("good.jpg", good, "image/jpeg")),
        ("photos", (name, bad, "image/jpeg")),
    ]
    answer = _send(client, tokens["contributor"], files)
    assert answer.status_code == status, answer.text
    assert name in answer.json()["detail"]
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(FieldReport)) == 0
        assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 0
    assert not evidence.exists() or not any(p.is_file() for p in evidence.rglob("*"))
