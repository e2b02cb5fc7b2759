"""clean_photo on real JPEG, PNG and WebP files with real metadata, real faces and hostile input.

Every file is made here with Pillow and piexif, with unique marker strings planted in each kind of
metadata; the cleaned bytes are then read back, container structure and all.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import io
import struct
import warnings
import zlib

import cv2
import numpy as np
import piexif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms, ImageDraw, ImageFont, PngImagePlugin

from countersight.ingest.photos import MAX_PIXELS, MAX_UPLOAD_BYTES, PhotoError, clean_photo

SERIAL = "CS-SERIAL-7Q4Z91"
MAKE, MODEL, OWNER = "CS-MAKE-Kx", "CS-MODEL-Vy", "CS-OWNER-Daw-Khin"
XMP_MARK, IPTC_MARK, COMMENT_MARK = "CS-XMP-CREATOR-31", "CS-IPTC-BYLINE-52", "CS-COMMENT-77"
THUMB_MARK, TRAILER_MARK, TEXT_MARK = "CS-THUMB-64", "CS-MOTION-VIDEO-19", "CS-PNGTEXT-"
# Yangon, 16°47'41.23"N 96°09'50.17"E, as EXIF rationals.
LATITUDE = ((16, 1), (47, 1), (4123, 100))
LONGITUDE = ((96, 1), (9, 1), (5017, 100))
MARKERS = [SERIAL, MAKE, MODEL, OWNER, XMP_MARK, IPTC_MARK, COMMENT_MARK, THUMB_MARK, TRAILER_MARK]


def _rationals(value: tuple[tuple[int, int], ...]) -> list[bytes]:
    """The GPS value as EXIF stores it, in both byte orders."""
    flat = [n for pair in value for n in pair]
    return [struct.pack(f"{order}6I", *flat) for order in "<>"]


def _photo(width: int = 96, height: int = 64, seed: int = 1) -> Image.Image:
    """A small RGB picture with texture (random blobs), so encoders have real work to do."""
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 256, (height // 8 + 1, width // 8 + 1, 3), dtype=np.uint8)
    smooth = cv2.resize(noise, (width, height), interpolation=cv2.INTER_CUBIC)
    return Image.fromarray(smooth)


def _exif(orientation: int = 1, marker: str = "") -> bytes:
    thumb = io.BytesIO()
    _photo(32, 24, seed=9).save(thumb, "JPEG", comment=THUMB_MARK.encode())
    return piexif.dump(
        {
            "0th": {
                piexif.ImageIFD.Make: MAKE.encode(),
                piexif.ImageIFD.Model: MODEL.encode(),
                piexif.ImageIFD.Artist: (marker or OWNER).encode(),
                piexif.ImageIFD.Orientation: orientation,
                piexif.ImageIFD.DateTime: b"2026:11:25 09:41:07",
            },
            "Exif": {
                piexif.ExifIFD.BodySerialNumber: (marker or SERIAL).encode(),
                piexif.ExifIFD.CameraOwnerName: OWNER.encode(),
                piexif.ExifIFD.DateTimeOriginal: b"2026:11:25 09:41:07",
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: LATITUDE,
                piexif.GPSIFD.GPSLongitudeRef: b"E",
                piexif.GPSIFD.GPSLongitude: LONGITUDE,
            },
            "1st": {piexif.ImageIFD.JPEGInterchangeFormat: 0},
            "thumbnail": thumb.getvalue(),
        }
    )


def _xmp(marker: str = XMP_MARK) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{marker}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def _iptc_segment(byline: str) -> bytes:
    """An APP13 Photoshop segment holding an IPTC-IIM By-line (2:80), as cameras write it."""
    value = byline.encode()
    iim = b"\x1c\x02\x50" + struct.pack(">H", len(value)) + value
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim
    body = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def _icc_swapping_red_and_blue() -> bytes:
    """An RGB ICC profile whose red and blue colorants are exchanged (sRGB's, tags swapped).

    A pure red pixel tagged with it means sRGB blue, so a real conversion is plainly visible.
    """
    icc = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack_from(">I", icc, 128)
    entries = {bytes(icc[132 + 12 * i : 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    red, blue = entries[b"rXYZ"], entries[b"bXYZ"]
    icc[red + 4 : red + 12], icc[blue + 4 : blue + 12] = (
        icc[blue + 4 : blue + 12],
        icc[red + 4 : red + 12],
    )
    return bytes(icc)


def _jpeg_segments(data: bytes) -> list[bytes]:
    """Marker and payload of every JPEG segment before the image data."""
    segments, at = [], 2
    while data[at + 1] != 0xDA:  # start of scan
        length = struct.unpack_from(">H", data, at + 2)[0]
        segments.append(data[at : at + 4 + length - 2])
        at += 2 + length
    return segments


def _png_chunks(data: bytes) -> list[bytes]:
    chunks, at = [], 8
    while at < len(data):
        length = struct.unpack_from(">I", data, at)[0]
        chunks.append(data[at + 4 : at + 8])
        at += 12 + length
    return chunks


def _webp_chunks(data: bytes) -> list[bytes]:
    chunks, at = [], 12
    while at < len(data):
        size = struct.unpack_from("<I", data, at + 4)[0]
        chunks.append(data[at : at + 4])
        at += 8 + size + (size & 1)
    return chunks


def _assert_no_markers(data: bytes, markers: list[str]) -> None:
    for marker in markers:
        assert marker.encode() not in data, marker
    for value in (*_rationals(LATITUDE), *_rationals(LONGITUDE)):
        assert value not in data
    for container_sign in (b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"8BIM", b"ICC_PROFILE"):
        assert container_sign not in data


def _reopened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# --- Metadata is gone ------------------------------------------------------------------------


def test_jpeg_loses_gps_serials_xmp_iptc_comment_thumbnail_and_trailer() -> None:
    buffer = io.BytesIO()
    _photo().save(
        buffer,
        "JPEG",
        exif=_exif(),
        xmp=_xmp(),
        comment=COMMENT_MARK.encode(),
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    original = buffer.getvalue()
    # IPTC goes in right after SOI, and a motion-photo style video trails the image.
    original = original[:2] + _iptc_segment(IPTC_MARK) + original[2:]
    original += b"\x00\x00\x00\x18ftypmp42" + TRAILER_MARK.encode()
    for marker in MARKERS:  # the planted metadata really is in the upload
        assert marker.encode() in original, marker
    assert _rationals(LATITUDE)[1] in original

    clean = clean_photo(original, "camera-on-pole.jpg")

    assert clean.media_type == "image/jpeg"
    _assert_no_markers(clean.data, MARKERS)
    markers = {segment[:2] for segment in _jpeg_segments(clean.data)}
    assert markers <= {b"\xff\xe0", b"\xff\xdb", b"\xff\xc0", b"\xff\xc4"}, markers
    reopened = _reopened(clean.data)
    assert not reopened.getexif()
    assert not {"exif", "xmp", "icc_profile", "comment", "photoshop"} & reopened.info.keys()
    assert reopened.size == (clean.width, clean.height) == (96, 64)
    assert clean.data.endswith(b"\xff\xd9")


def test_png_loses_text_chunks_exif_and_icc_and_colours_become_srgb() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", TEXT_MARK + "tEXt")
    info.add_text("Comment", TEXT_MARK + "zTXt", zip=True)
    info.add_itxt("Description", TEXT_MARK + "iTXt")
    info.add_itxt("XML:com.adobe.xmp", _xmp().decode(), zip=True)
    red = Image.new("RGB", (64, 48), (255, 0, 0))
    buffer = io.BytesIO()
    red.save(buffer, "PNG", pnginfo=info, exif=_exif(), icc_profile=_icc_swapping_red_and_blue())
    original = buffer.getvalue()
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP"} <= set(_png_chunks(original))

    clean = clean_photo(original, "pole.png")

    assert clean.media_type == "image/png"
    assert set(_png_chunks(clean.data)) == {b"IHDR", b"IDAT", b"IEND"}
    _assert_no_markers(clean.data, [*MARKERS, TEXT_MARK])
    reopened = _reopened(clean.data)
    assert not reopened.getexif()
    assert not reopened.info.keys() - {"dpi", "gamma"}
    # Red under the swapped profile is sRGB blue: the profile was applied, then dropped.
    r, g, b = reopened.convert("RGB").getpixel((10, 10))
    assert b > 200 and r < 60, (r, g, b)


def test_webp_loses_exif_xmp_and_icc() -> None:
    buffer = io.BytesIO()
    _photo(80, 60).save(
        buffer, "WEBP", exif=_exif(), xmp=_xmp(), icc_profile=_icc_swapping_red_and_blue()
    )
    original = buffer.getvalue()
    assert {b"EXIF", b"XMP ", b"ICCP"} <= set(_webp_chunks(original))

    clean = clean_photo(original, "pole.webp")

    assert clean.media_type == "image/webp"
    assert set(_webp_chunks(clean.data)) <= {b"VP8 ", b"VP8L"}
    _assert_no_markers(clean.data, MARKERS)
    reopened = _reopened(clean.data)
    assert not reopened.getexif()
    assert not {"exif", "xmp", "icc_profile"} & reopened.info.keys()
    assert reopened.size == (80, 60)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_is_applied_to_the_pixels(orientation: int) -> None:
    # Stored: left half red, right half blue. Shown upright, red is at the bottom (3: turned
    # half round), the top (6: turned a quarter clockwise) or the bottom (8: anticlockwise).
    stored = Image.new("RGB", (60, 40), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 30, 40))
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=95, exif=_exif(orientation))

    clean = clean_photo(buffer.getvalue(), "sideways.jpg")

    upright = _reopened(clean.data).convert("RGB")
    assert not upright.getexif()  # no orientation tag left to apply twice
    if orientation == 3:
        assert upright.size == (60, 40)
        red_at, blue_at = (50, 20), (10, 20)
    else:
        assert upright.size == (clean.width, clean.height) == (40, 60)
        red_at, blue_at = ((20, 10), (20, 50)) if orientation == 6 else ((20, 50), (20, 10))
    assert upright.getpixel(red_at)[0] > 200 and upright.getpixel(red_at)[2] < 60
    assert upright.getpixel(blue_at)[2] > 200 and upright.getpixel(blue_at)[0] < 60


def test_type_is_judged_by_bytes_not_name() -> None:
    buffer = io.BytesIO()
    _photo().save(buffer, "PNG")
    clean = clean_photo(buffer.getvalue(), "looks-like.jpg")
    assert clean.media_type == "image/png"
    assert _reopened(clean.data).format == "PNG"


@pytest.mark.parametrize("image_format", ["PNG", "WEBP"])
def test_animated_images_keep_only_their_first_frame(image_format: str) -> None:
    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "lime", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, image_format, save_all=True, append_images=frames[1:], duration=100)
    assert _reopened(buffer.getvalue()).n_frames == 3

    clean = clean_photo(buffer.getvalue(), "clip." + image_format.lower())

    still = _reopened(clean.data)
    assert getattr(still, "n_frames", 1) == 1
    r, g, b = still.convert("RGB").getpixel((20, 15))
    assert r > 200 and g < 40 and b < 40


def test_clean_photo_sha256_matches_its_bytes() -> None:
    buffer = io.BytesIO()
    _photo().save(buffer, "JPEG")
    clean = clean_photo(buffer.getvalue(), "a.jpg")
    assert clean.sha256 == hashlib.sha256(clean.data).hexdigest()


# --- Faces and plates ------------------------------------------------------------------------


def _astronaut() -> bytes:
    """NASA's public-domain portrait of Eileen Collins, shipped inside scikit-image's wheel."""
    path = importlib.resources.files("skimage") / "data" / "astronaut.png"
    if not path.is_file():
        pytest.skip("scikit-image's bundled astronaut.png is missing")
    return path.read_bytes()


def _assert_obscured(before: np.ndarray, after: np.ndarray) -> None:
    """Pixel variance falls by more than half (what is left is the broad hair-to-skin colour
    gradient) and fine detail, the variance of the Laplacian, falls below 1% of what it was."""
    assert after.var() < before.var() / 2

    def detail(pixels: np.ndarray) -> float:
        grey = cv2.cvtColor(pixels.astype(np.uint8), cv2.COLOR_RGB2GRAY)
        return float(cv2.Laplacian(grey, cv2.CV_64F).var())

    assert detail(after) < detail(before) / 100


def _faces(image: Image.Image) -> list[list[int]]:
    grey = cv2.cvtColor(np.array(image.convert("RGB")), cv2.COLOR_RGB2GRAY)
    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    return [list(box) for box in cascade.detectMultiScale(grey, 1.1, 5)]


@pytest.mark.parametrize("image_format", ["PNG", "JPEG"])
def test_a_real_face_is_blurred_and_the_rest_is_left_alone(image_format: str) -> None:
    portrait = Image.open(io.BytesIO(_astronaut())).convert("RGB")
    [(x, y, w, h)] = _faces(portrait)  # the face cascade finds her face, and only that
    buffer = io.BytesIO()
    portrait.save(buffer, image_format, **({"quality": 95} if image_format == "JPEG" else {}))
    before = np.array(_reopened(buffer.getvalue()).convert("RGB"), dtype=float)

    clean = clean_photo(buffer.getvalue(), "portrait." + image_format.lower())

    after_image = _reopened(clean.data).convert("RGB")
    after = np.array(after_image, dtype=float)
    assert clean.faces_blurred >= 1  # a false alarm near the collar may be blurred too
    face = (slice(y, y + h), slice(x, x + w))
    _assert_obscured(before[face], after[face])
    assert _faces(after_image) == []
    flag = (slice(0, 120), slice(0, 90))  # the stars and stripes, far from the face
    assert before[flag].var() > 1000
    noise = np.abs(after[flag] - before[flag]).mean()
    assert noise == 0 if image_format == "PNG" else noise < 2.5


def _street_with_plate(plate_width: int) -> Image.Image:
    """A grey car-like block carrying a rendered Russian-style plate (white, black text)."""
    scene = Image.new("RGB", (640, 480), (90, 90, 90))
    draw = ImageDraw.Draw(scene)
    draw.rectangle([100, 150, 540, 420], fill=(60, 60, 70))
    plate_height = plate_width * 112 // 520
    plate = Image.new("RGB", (plate_width, plate_height), "white")
    pen = ImageDraw.Draw(plate)
    pen.rectangle([0, 0, plate_width - 1, plate_height - 1], outline="black", width=2)
    pen.line([(plate_width * 3 // 4, 0), (plate_width * 3 // 4, plate_height)], fill="black")
    pen.text((plate_width // 25, plate_height // 10), "A123BC", fill="black",
             font=ImageFont.load_default(size=plate_height * 3 // 4))  # fmt: skip
    pen.text((plate_width * 4 // 5, 2), "77", fill="black",
             font=ImageFont.load_default(size=plate_height // 2))  # fmt: skip
    scene.paste(plate, (320 - plate_width // 2, 330))
    return scene


@pytest.mark.parametrize("plate_width", [140, 240])
def test_a_rendered_plate_is_found_and_blurred(plate_width: int) -> None:
    scene = _street_with_plate(plate_width)
    buffer = io.BytesIO()
    scene.save(buffer, "PNG")
    before = np.array(scene, dtype=float)

    clean = clean_photo(buffer.getvalue(), "car.png")

    after = np.array(_reopened(clean.data).convert("RGB"), dtype=float)
    assert clean.plates_blurred >= 1
    plate = (slice(335, 330 + plate_width * 112 // 520 - 5), slice(325 - plate_width // 2, 315))
    _assert_obscured(before[plate], after[plate])


def test_large_photo_is_searched_on_a_reduced_copy_and_blurred_at_full_size() -> None:
    portrait = Image.open(io.BytesIO(_astronaut())).convert("RGB")
    [(x, y, w, h)] = _faces(portrait)
    # A wide 2600×1040 frame (twice DETECT_MAX_SIDE) with the portrait enlarged twofold in it.
    frame = Image.new("RGB", (2600, 1040), (120, 130, 140))
    frame.paste(portrait.resize((1024, 1024), Image.Resampling.BICUBIC), (100, 8))
    face = (slice(8 + 2 * y, 8 + 2 * (y + h)), slice(100 + 2 * x, 100 + 2 * (x + w)))
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=92)

    clean = clean_photo(buffer.getvalue(), "wide.jpg")

    after = np.array(_reopened(clean.data).convert("RGB"))
    assert (clean.width, clean.height) == (2600, 1040)
    assert clean.faces_blurred >= 1

    # Compared at the portrait's own scale: enlarging smoothed the detail that matters.
    def native(pixels: np.ndarray) -> np.ndarray:
        return cv2.resize(pixels[face], (w, h), interpolation=cv2.INTER_AREA).astype(float)

    _assert_obscured(native(np.array(frame)), native(after))


# --- Refusals --------------------------------------------------------------------------------


def _refusal(data: bytes, filename: str) -> PhotoError:
    with pytest.raises(PhotoError) as caught:
        clean_photo(data, filename)
    assert str(caught.value).startswith(filename + ": ")  # names the upload
    return caught.value


def _png_declaring(width: int, height: int) -> bytes:
    """A 1×1 PNG whose header claims other dimensions (checksum fixed, so it parses)."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (8_000, 7_000),  # over our limit, under Pillow's: our own check
        (10_000, 10_000),  # Pillow warns (over Image.MAX_IMAGE_PIXELS)
        (100_000, 100_000),  # Pillow refuses (over twice its limit)
    ],
)
def test_declared_huge_png_is_refused_before_decoding(width: int, height: int) -> None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        error = _refusal(_png_declaring(width, height), "bomb.png")
    assert error.status == 422
    assert f"{MAX_PIXELS:,} pixels" in str(error)
    assert not [w for w in seen if issubclass(w.category, Image.DecompressionBombWarning)]


def test_real_compressible_bomb_png_is_refused() -> None:
    buffer = io.BytesIO()
    Image.new("1", (9_000, 6_000)).save(buffer, "PNG")  # 54 megapixels in a few kilobytes
    assert len(buffer.getvalue()) < 100_000
    error = _refusal(buffer.getvalue(), "flat.png")
    assert error.status == 422
    assert "9000×6000" in str(error)


def test_jpeg_declaring_huge_dimensions_is_refused() -> None:
    buffer = io.BytesIO()
    _photo(16, 16).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 60_000, 60_000)
    assert _refusal(bytes(data), "huge.jpg").status == 422


def test_oversized_upload_is_refused_by_length() -> None:
    data = b"\xff\xd8\xff\xe0" + bytes(MAX_UPLOAD_BYTES - 3)
    error = _refusal(data, "huge.jpg")
    assert error.status == 413
    assert f"{MAX_UPLOAD_BYTES // 2**20} MiB" in str(error)


@pytest.mark.parametrize(
    ("data", "status", "says"),
    [
        (b"", 400, "empty"),
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", 400, "PDF"),
        (b"\n<!DOCTYPE html><html><body>hi</body></html>", 400, "HTML"),
        (b"\x00\x01 just some bytes \xfe", 400, "not an image"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", 415, "GIF"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", 415, "HEIC"),
    ],
)
def test_non_photos_named_as_photos_are_refused(data: bytes, status: int, says: str) -> None:
    error = _refusal(data, "camera.jpg")
    assert error.status == status
    assert says in str(error)
    assert "JPEG, PNG or WebP" in str(error)


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
@pytest.mark.parametrize("keep", [0.5, 0.9, 20])
def test_truncated_photos_are_refused(image_format: str, keep: float) -> None:
    buffer = io.BytesIO()
    _photo(200, 150).save(buffer, image_format)
    data = buffer.getvalue()
    cut = data[: int(len(data) * keep)] if keep < 1 else data[: int(keep)]
    error = _refusal(cut, "cut." + image_format.lower())
    assert error.status == 400
    assert "JPEG, PNG or WebP" in str(error) or "readable" in str(error)


# --- Property: whatever metadata comes in, none goes out ------------------------------------

_marker = st.text("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", min_size=6, max_size=16).map("CSMK-".__add__)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.integers(8, 48),
    height=st.integers(8, 48),
    mode=st.sampled_from(["RGB", "RGBA", "L"]),
    image_format=st.sampled_from(["JPEG", "PNG", "WEBP"]),
    orientation=st.integers(1, 8),
    seed=st.integers(0, 2**32 - 1),
    markers=st.lists(_marker, min_size=4, max_size=4, unique=True),
)
def test_no_metadata_survives_any_photo(
    width: int,
    height: int,
    mode: str,
    image_format: str,
    orientation: int,
    seed: int,
    markers: list[str],
) -> None:
    if image_format == "JPEG" and mode == "RGBA":
        mode = "RGB"
    image = _photo(width, height, seed).convert(mode)
    options: dict[str, object] = {"exif": _exif(orientation, markers[0]), "xmp": _xmp(markers[1])}
    if image_format == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", markers[2])
        info.add_itxt("Comment", markers[3])
        options["pnginfo"] = info
    elif image_format == "JPEG":
        options["comment"] = markers[2].encode()
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    assert markers[0].encode() in buffer.getvalue()

    clean = clean_photo(buffer.getvalue(), "random." + image_format.lower())

    _assert_no_markers(clean.data, markers)
    reopened = _reopened(clean.data)
    assert reopened.format == image_format
    assert not reopened.getexif()
    expected = (height, width) if orientation >= 5 else (width, height)
    assert reopened.size == (clean.width, clean.height) == expected
