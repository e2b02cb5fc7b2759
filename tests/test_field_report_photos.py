"""Field-report photos through the API: real JPEGs, PNGs and WebPs with real metadata go in,
clean bytes are stored; a kept original is stored sealed only; a bad photo, a decompression
bomb or an oversized body refuses the whole report, with nothing stored."""

from __future__ import annotations

import asyncio
import base64
import io
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from itertools import repeat
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image, PngImagePlugin
from sqlalchemy import Engine, func, select

from countersight.api.app import create_app
from countersight.api.body_limit import DEFAULT_BODY_LIMIT, FIELD_REPORT_BODY_LIMIT, MIB
from countersight.ingest.photos import MAX_PIXELS
from countersight.store.database import session_factory
from countersight.store.models import CustodyEvent, EvidenceFile, FieldReport
from countersight.store.sealed_files import read_sealed, sealed_path
from countersight.store.sealing import Sealer
from tests.accounts_helpers import SERIAL, add_accounts, bearer, gps_jpeg
from tests.test_photos import (
    MARKERS,
    TEXT_MARK,
    _assert_bare,
    _assert_no_markers,
    _exif,
    _icc_swapping_red_and_blue,
    _photo,
    _png_chunks,
    _png_declaring,
    _webp_chunks,
    _xmp,
)

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


def _nothing_stored(engine: Engine, evidence: Path) -> None:
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(FieldReport)) == 0
        assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 0
    assert not evidence.exists() or not any(p.is_file() for p in evidence.rglob("*"))


# --- Oversized bodies ------------------------------------------------------------------------


def _post_streamed(
    app: FastAPI, path: str, chunks: Iterable[bytes], headers: dict[str, str]
) -> tuple[httpx.Response, int]:
    """POST `chunks` to the app one ASGI message at a time, as a server passes a body on.

    (TestClient reads a generator body whole before the app sees it; httpx's ASGI transport
    streams it.) Returns the answer and how many chunks the app pulled.
    """
    pulled = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal pulled
        for chunk in chunks:
            pulled += 1
            yield chunk

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
            return await http.post(path, content=body(), headers=headers)

    return asyncio.run(post()), pulled


def _endless_json() -> Iterator[bytes]:
    """A JSON document that seems never to end: its opening, then up to 1,000 chunks of 1 MiB."""
    yield b'{"quote": "'
    yield from repeat(b"x" * MIB, 1_000)


def _endless_photo_form(boundary: str = "cs-bound") -> Iterator[bytes]:
    """A form whose one photo seems never to end: 1 MiB chunks, four times the limit's worth."""
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; '
        f'filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
    ).encode()
    yield from repeat(bytes(MIB), 4 * FIELD_REPORT_BODY_LIMIT // MIB)


def test_the_limits_are_what_the_documentation_says() -> None:
    assert FIELD_REPORT_BODY_LIMIT == 6 * 25 * MIB + MIB  # six photos of 25 MiB, and the form
    assert DEFAULT_BODY_LIMIT == MIB


def test_an_anonymous_over_limit_content_length_is_refused_before_the_body_is_read(
    engine: Engine, client: TestClient, evidence: Path
) -> None:
    declared = FIELD_REPORT_BODY_LIMIT + 1
    answer, pulled = _post_streamed(
        client.app,
        "/api/v1/field-reports",
        _endless_photo_form(),
        {
            "Content-Type": "multipart/form-data; boundary=cs-bound",
            "Content-Length": str(declared),
        },
    )
    assert answer.status_code == 413, answer.text
    assert answer.json() == {
        "detail": f"the request body is {declared:,} bytes; /api/v1/field-reports accepts at "
        f"most 151 MiB ({FIELD_REPORT_BODY_LIMIT:,} bytes)"
    }
    assert pulled == 0  # not one byte was read: no role check, no parsing, no spooling
    _nothing_stored(engine, evidence)

    # The same through TestClient, a real (small) form claiming to be larger than it is.
    claimed = client.post(
        "/api/v1/field-reports",
        content=b"lat=16.8",
        headers={"Content-Length": str(10 * 2**30)},
    )
    assert claimed.status_code == 413
    assert "10,737,418,240 bytes" in claimed.json()["detail"]
    _nothing_stored(engine, evidence)


@pytest.mark.parametrize(
    ("path", "content_type", "body", "limit"),
    [
        (
            "/api/v1/field-reports",
            "multipart/form-data; boundary=cs-bound",
            _endless_photo_form,
            FIELD_REPORT_BODY_LIMIT,
        ),
        ("/api/v1/suggestions", "application/json", _endless_json, DEFAULT_BODY_LIMIT),
    ],
    ids=["field-report", "json-write"],
)
def test_a_streamed_over_limit_body_is_stopped_once_past_the_limit(
    engine: Engine,
    client: TestClient,
    evidence: Path,
    path: str,
    content_type: str,
    body: Callable[[], Iterator[bytes]],
    limit: int,
) -> None:
    answer, pulled = _post_streamed(client.app, path, body(), {"Content-Type": content_type})
    assert answer.status_code == 413, answer.text
    assert answer.json() == {
        "detail": f"the request body is too large: {path} accepts at most {limit // MIB} MiB "
        f"({limit:,} bytes)"
    }
    # The opening chunk, then 1 MiB chunks: reading stopped at the first one past the limit.
    assert pulled == 1 + limit // MIB
    _nothing_stored(engine, evidence)


# --- Photos refused or cleaned ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("bomb", "says"),
    [
        ("flat", "9000×6000 = 54,000,000 pixels"),  # 54 megapixels in a few kilobytes
        ("declared", "Pillow: Image size (10000000000"),  # 1×1 pixel declaring 100000×100000
    ],
)
def test_a_decompression_bomb_is_refused_and_nothing_is_stored(
    engine: Engine, client: TestClient, evidence: Path, bomb: str, says: str
) -> None:
    if bomb == "flat":
        buffer = io.BytesIO()
        Image.new("1", (9_000, 6_000)).save(buffer, "PNG")
        data = buffer.getvalue()
    else:
        data = _png_declaring(100_000, 100_000)
    assert len(data) < 100_000
    tokens = add_accounts(engine)
    files = [
        ("photos", ("good.jpg", gps_jpeg(), "image/jpeg")),
        ("photos", ("bomb.png", data, "image/png")),
    ]
    answer = _send(client, tokens["contributor"], files)
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail.startswith("bomb.png: ")
    assert says in detail and f"{MAX_PIXELS:,} pixels" in detail
    _nothing_stored(engine, evidence)


def test_png_and_webp_are_stored_without_any_metadata(
    engine: Engine, client: TestClient, evidence: Path
) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", TEXT_MARK + "tEXt")
    info.add_text("Comment", TEXT_MARK + "zTXt", zip=True)
    info.add_itxt("XML:com.adobe.xmp", _xmp().decode(), zip=True)
    png = io.BytesIO()
    _photo(96, 64, seed=3).save(
        png, "PNG", pnginfo=info, exif=_exif(), icc_profile=_icc_swapping_red_and_blue()
    )
    webp = io.BytesIO()
    _photo(80, 60, seed=4).save(
        webp, "WEBP", exif=_exif(), xmp=_xmp(), icc_profile=_icc_swapping_red_and_blue()
    )
    # The metadata really is in what is sent.
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP"} <= set(_png_chunks(png.getvalue()))
    assert {b"EXIF", b"XMP ", b"ICCP"} <= set(_webp_chunks(webp.getvalue()))
    for sent in (png.getvalue(), webp.getvalue()):
        for marker in MARKERS[:4]:  # serial, make, model, owner
            assert marker.encode() in sent, marker

    tokens = add_accounts(engine)
    files = [
        ("photos", ("pole.png", png.getvalue(), "image/png")),
        ("photos", ("pole.webp", webp.getvalue(), "image/webp")),
    ]
    answer = _send(client, tokens["contributor"], files)
    assert answer.status_code == 201, answer.text
    assert answer.json()["photos"] == 2

    with session_factory(engine)() as session:
        stored = {e.media_type: Path(e.stored_path) for e in session.scalars(select(EvidenceFile))}
    assert set(stored) == {"image/png", "image/webp"}
    for media_type, image_format, size in (
        ("image/png", "PNG", (96, 64)),
        ("image/webp", "WEBP", (80, 60)),
    ):
        on_disk = stored[media_type].read_bytes()
        _assert_bare(on_disk, image_format)
        _assert_no_markers(on_disk, [*MARKERS, TEXT_MARK])
        reopened = Image.open(io.BytesIO(on_disk))
        assert reopened.format == image_format and reopened.size == size
        assert not reopened.getexif()
        assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & reopened.info.keys()
    files_kept = sorted(p for p in evidence.rglob("*") if p.is_file())
    assert files_kept == sorted(stored.values())  # no original kept anywhere
