"""Clean an uploaded photo before anything keeps it: limits, fresh pixels, bystanders blurred.

A contributor's photo can give the contributor away (GPS position, phone serial number, the
time it was taken, the owner's name in XMP) and can expose bystanders (faces, number plates).
`clean_photo` decodes the upload under size and pixel limits, applies the EXIF orientation,
converts colours to sRGB, blurs every face and plate the detectors find, and encodes a new file
from the pixels alone, so nothing of the original container can survive: no EXIF, XMP, IPTC,
PNG text chunks, ICC profile, comments, thumbnails or trailing data (a phone's motion-photo
video, for one).

Decisions a caller should know:
- The type is judged by the bytes, never by the filename: JPEG, PNG and WebP are accepted and
  the output keeps the upload's format.
- Animated or multi-image files (animated PNG/WebP, a JPEG carrying extra images) keep only
  their first, primary image; the other frames are discarded.
- The detectors are OpenCV's bundled Haar cascades. They miss faces (small, turned, dark,
  covered) and plates (non-Russian layouts, angled, far away) and they fire on things that are
  neither; a false alarm is blurred too, because blurring too much is the safe side. They are an
  aid, not a guarantee: a reviewer still looks at every photo before it is published.
"""

from __future__ import annotations

import hashlib
import io
import struct
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from countersight.ingest.yaml_lines import InputError, Problem

# 25 MiB holds any phone photo (a 50-megapixel JPEG is 10–20 MB); larger is refused unread.
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
# 50 megapixels admits a 48/50-MP phone sensor's full-resolution mode (8160×6120); one decoded
# RGB copy of that is 150 MB, which bounds what a single upload can make the server hold.
MAX_PIXELS = 50_000_000
# Detection runs on a copy whose longer side is at most this; blurring happens at full size.
# A face then needs to be about 1/50 of the image's longer side to be found (24 px of 1280).
# Haar cascades cost seconds on larger copies; see README for the measured time.
DETECT_MAX_SIDE = 1280

ACCEPTED = "a JPEG, PNG or WebP photo"
_CELLS_ACROSS = 6  # how coarse a blurred face or plate becomes

_FORMATS = {  # Pillow format name -> (media type, encoder options)
    "JPEG": ("image/jpeg", {"quality": 90}),
    "PNG": ("image/png", {}),
    "WEBP": ("image/webp", {"quality": 90}),
}

# Leading bytes of files people may upload by mistake, to say what was sent instead.
_OTHER_IMAGES = (
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
_NOT_IMAGES = (
    (b"%pdf", "a PDF document"),
    (b"pk\x03\x04", "a ZIP archive (or an office document)"),
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"<?xml", "an XML document"),
    (b"<svg", "an SVG drawing"),
)
_HEIF_BRANDS = {b"heic": "a HEIC photo", b"heix": "a HEIC photo", b"mif1": "a HEIF image"}
_HEIF_BRANDS |= {b"avif": "an AVIF image", b"avis": "an AVIF image"}

# Errors Pillow's decoders raise on damaged or hostile input.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, struct.error)


class PhotoError(InputError):
    """An upload that cannot be used as a photo; `status` is the HTTP status to answer with.

    400: empty, damaged, truncated or not an image; 413: over MAX_UPLOAD_BYTES;
    415: an image type other than JPEG, PNG or WebP; 422: over MAX_PIXELS (a decompression bomb).
    """

    def __init__(self, filename: str, message: str, status: int) -> None:
        self.status = status
        super().__init__([Problem(filename, None, message)])


@dataclass(frozen=True)
class CleanPhoto:
    """A photo safe to store: fresh bytes, no metadata, detected faces and plates blurred."""

    data: bytes
    media_type: str
    width: int
    height: int
    sha256: str
    faces_blurred: int
    plates_blurred: int


def clean_photo(data: bytes, filename: str) -> CleanPhoto:
    """Check, decode, orient, blur and re-encode one upload; raises PhotoError when unusable.

    Pure: writes no file and touches no database, so the caller decides what is kept.
    """
    name = filename or "upload"
    image_format = _sniff(data, name)
    image = _decode(data, name, image_format)
    pixels = _pixels(image)
    faces, plates = _detect(pixels)
    for box in (*faces, *plates):
        _obscure(pixels, box)
    out = io.BytesIO()
    media_type, options = _FORMATS[image_format]
    # A new image built from the array carries no `info`, so the encoder has nothing to copy.
    Image.fromarray(pixels).save(out, format=image_format, **options)
    encoded = out.getvalue()
    return CleanPhoto(
        data=encoded,
        media_type=media_type,
        width=pixels.shape[1],
        height=pixels.shape[0],
        sha256=hashlib.sha256(encoded).hexdigest(),
        faces_blurred=len(_distinct(faces)),
        plates_blurred=len(_distinct(plates)),
    )


def _sniff(data: bytes, name: str) -> str:
    """The Pillow format the bytes really are, or the refusal that says what they are instead."""
    if not data:
        raise PhotoError(name, f"the file is empty (0 bytes); expected {ACCEPTED}", 400)
    if len(data) > MAX_UPLOAD_BYTES:
        raise PhotoError(
            name,
            f"the file is {len(data) / 2**20:.1f} MiB; photos may be at most "
            f"{MAX_UPLOAD_BYTES // 2**20} MiB",
            413,
        )
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        what = _HEIF_BRANDS[data[8:12]]
        raise PhotoError(name, f"the file is {what}; expected {ACCEPTED} (export as JPEG)", 415)
    for magic, what in _OTHER_IMAGES:
        if data.startswith(magic):
            raise PhotoError(name, f"the file is {what}; expected {ACCEPTED}", 415)
    head = data[:64].lstrip().lower()
    what = next((w for magic, w in _NOT_IMAGES if head.startswith(magic)), None)
    described = f"is {what}" if what else f"is not an image (it begins {data[:8]!r})"
    raise PhotoError(name, f"the file {described}; expected {ACCEPTED}", 400)


def _decode(data: bytes, name: str, image_format: str) -> Image.Image:
    """Decode the first frame, upright, after refusing oversized dimensions from the header."""
    label = image_format.title() if image_format == "WEBP" else image_format
    try:
        # Pillow warns (and beyond twice its limit refuses) on huge images while opening; both
        # become our 422. catch_warnings is process-wide in Python 3.11, so a concurrent upload
        # may see the filter too, which only makes it stricter.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[image_format])
        _check_pixels(image.size, name)
        image.seek(0)
        image.load()
        upright = ImageOps.exif_transpose(image)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError(
            name, f"{exc}; photos may have at most {MAX_PIXELS:,} pixels", 422
        ) from exc
    except UnidentifiedImageError as exc:
        raise PhotoError(
            name, f"starts like a {label} but is not a readable {label} image", 400
        ) from exc
    except _DECODE_ERRORS as exc:
        raise PhotoError(
            name, f"the {label} image is truncated or damaged ({exc}); expected {ACCEPTED}", 400
        ) from exc
    return upright


def _check_pixels(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width < 1 or height < 1:
        raise PhotoError(name, f"the image is {width}×{height} pixels; expected a photo", 400)
    if width * height > MAX_PIXELS:
        raise PhotoError(
            name,
            f"the image is {width}×{height} = {width * height:,} pixels; photos may have at most "
            f"{MAX_PIXELS:,} pixels",
            422,
        )


def _pixels(image: Image.Image) -> np.ndarray:
    """A writable RGB, RGBA or L array in sRGB; the embedded profile is used, then dropped."""
    alpha = image.getchannel("A") if image.mode in ("RGBA", "LA", "PA") else None
    if alpha is None and image.mode == "P" and "transparency" in image.info:
        alpha = image.convert("RGBA").getchannel("A")
    colour = _to_srgb(image)
    if alpha is not None:
        colour = colour.convert("RGB")
        colour.putalpha(alpha)
    return np.array(colour)


def _to_srgb(image: Image.Image) -> Image.Image:
    """The image's colours in sRGB (RGB or L), through its ICC profile when it has one.

    A profile that LittleCMS cannot use is ignored, keeping the pixels as they are: a slight
    colour shift is better than refusing a photo over its colour management.
    """
    icc = image.info.get("icc_profile")
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            base = image if image.mode in ("RGB", "CMYK", "L") else image.convert("RGB")
            return ImageCms.profileToProfile(
                base, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


Box = tuple[int, int, int, int]  # x, y, width, height at full resolution

# frontalface_default finds more faces than the other frontal cascades (and more false ones).
_CASCADES = {
    "face": ("haarcascade_frontalface_default.xml",),
    "profile": ("haarcascade_profileface.xml",),
    "plate": (
        "haarcascade_russian_plate_number.xml",
        "haarcascade_license_plate_rus_16stages.xml",
    ),
}
_local = threading.local()  # CascadeClassifier is not safe to share between threads


def _classifiers(kind: str) -> list[cv2.CascadeClassifier]:
    cache: dict[str, list[cv2.CascadeClassifier]] = _local.__dict__.setdefault("cascades", {})
    if kind not in cache:
        loaded = []
        for file in _CASCADES[kind]:
            classifier = cv2.CascadeClassifier(cv2.data.haarcascades + file)
            if classifier.empty():
                raise RuntimeError(f"OpenCV's bundled cascade {file} could not be loaded")
            loaded.append(classifier)
        cache[kind] = loaded
    return cache[kind]


def _detect(pixels: np.ndarray) -> tuple[list[Box], list[Box]]:
    """Faces (frontal and both profiles) and plates, found on a reduced grey copy."""
    grey = pixels if pixels.ndim == 2 else cv2.cvtColor(pixels[..., :3], cv2.COLOR_RGB2GRAY)
    height, width = grey.shape
    scale = max(height, width) / DETECT_MAX_SIDE
    if scale > 1:
        size = (round(width / scale), round(height / scale))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    else:
        scale = 1.0
    grey = cv2.equalizeHist(grey)
    mirrored = cv2.flip(grey, 1)
    small_width = grey.shape[1]

    def found(kind: str, image: np.ndarray) -> Iterable[Box]:
        for classifier in _classifiers(kind):
            yield from classifier.detectMultiScale(image, scaleFactor=1.15, minNeighbors=4)

    faces = [*found("face", grey), *found("profile", grey)]
    # The profile cascade knows one side only; the other side is the mirror image's.
    faces += [(small_width - x - w, y, w, h) for x, y, w, h in found("profile", mirrored)]
    plates = list(found("plate", grey))

    def full_size(boxes: Sequence[Box]) -> list[Box]:
        return [tuple(round(float(v) * scale) for v in box) for box in boxes]  # type: ignore[misc]

    return full_size(faces), full_size(plates)


def _obscure(pixels: np.ndarray, box: Box, margin: float = 0.25) -> None:
    """Replace a region, widened by `margin` on each side, by a smooth smear of itself, in place.

    The region is shrunk to about six cells across its shorter side and enlarged back with
    interpolation: what remains is a colour gradient, with no features to recognise or sharpen.
    """
    x, y, w, h = box
    height, width = pixels.shape[:2]
    left, top = max(0, int(x - margin * w)), max(0, int(y - margin * h))
    right, bottom = min(width, int(x + w + margin * w)), min(height, int(y + h + margin * h))
    region = pixels[top:bottom, left:right]
    if region.size == 0:
        return
    rows, cols = region.shape[:2]
    cell = max(1, min(rows, cols) // _CELLS_ACROSS)
    coarse = cv2.resize(
        region, (max(1, cols // cell), max(1, rows // cell)), interpolation=cv2.INTER_AREA
    )
    pixels[top:bottom, left:right] = cv2.resize(
        coarse, (cols, rows), interpolation=cv2.INTER_LINEAR
    )


def _distinct(boxes: Sequence[Box]) -> list[Box]:
    """Boxes with near-duplicates dropped (one face found by two cascades counts once)."""
    kept: list[Box] = []
    for box in sorted(boxes, key=lambda b: b[2] * b[3], reverse=True):
        if all(_overlap(box, other) < 0.5 for other in kept):
            kept.append(box)
    return kept


def _overlap(a: Box, b: Box) -> float:
    """Intersection area over the smaller box's area."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / min(a[2] * a[3], b[2] * b[3])
