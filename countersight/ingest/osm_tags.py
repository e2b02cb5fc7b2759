"""Normalise the tags mappers put on OpenStreetMap cameras, flagging values that won't read."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Keys that may hold a camera's heading, most specific first. `direction` is OSM's generic key
# (MapComplete writes it on cameras); `surveillance:direction` is read by PanoptiCity.
DIRECTION_KEYS = ("camera:direction", "direction", "surveillance:direction")

# The 16 points of the compass rose, as abbreviated in OSM: each is 22.5 degrees from the last.
_POINTS = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)  # fmt: skip
_LETTER_WORDS = {"N": "north", "E": "east", "S": "south", "W": "west"}
_ABBREVIATIONS = {point: i * 22.5 for i, point in enumerate(_POINTS)}
# Full-word spellings ("north-east", "northeast", "north north east") are the abbreviation's
# letters spelt out and run together once separators are dropped.
_WORDS = {"".join(_LETTER_WORDS[c] for c in p): deg for p, deg in _ABBREVIATIONS.items()}
_WORD_FORM = re.compile(r"(?:north|east|south|west)(?:[\s_-]*(?:north|east|south|west)){0,2}")

# ASCII digits only: float() would also take 'nan', 'inf', '1e3', '1_0' and non-Latin digits,
# none of which a mapper means as an angle or a height.
_UNSIGNED = r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_NUMBER = rf"[+-]?{_UNSIGNED}"
_DEGREES = re.compile(rf"({_NUMBER})\s*[°º]?")  # 'º' (ordinal sign) is often typed for '°'

_METRES = re.compile(rf"({_NUMBER})\s*(?:m|metres?|meters?)?", re.IGNORECASE)
_FEET = re.compile(
    rf"({_UNSIGNED})\s*(?:'|′|ft|feet|foot)\s*(?:({_UNSIGNED})\s*(?:\"|″|''|in|inch|inches))?",
    re.IGNORECASE,
)
FOOT = 0.3048  # metres, exactly (international foot)
INCH = 0.0254
MAX_HEIGHT = 500.0  # metres; a taller camera mount is a typo, not a tower

CAMERA_TYPES = ("fixed", "dome", "panning")
_PLATE_READERS = {"alpr": "ALPR", "anpr": "ANPR"}  # ANPR is the UK's name for the same thing


@dataclass(frozen=True)
class CameraTags:
    """One OSM camera's tags, read into checked values; ``raw`` keeps every tag as it was."""

    surveillance: str | None
    surveillance_type: str | None
    zone: str | None
    camera_type: str | None
    mount: str | None
    directions: tuple[float, ...]
    direction_ranges: tuple[tuple[float, float], ...]
    angle: float | None
    height: float | None
    operator: str | None
    manufacturer: str | None
    start_date: str | None
    capabilities: tuple[str, ...]
    flags: tuple[str, ...]
    raw: dict[str, str]


_NOT_A_DIRECTION = "not degrees, a compass point such as NE, or a range such as 0-90"


def _point(token: str) -> float:
    """One heading in [0, 360) from degrees, an abbreviation or words; ValueError says why not."""
    text = token.strip()
    number = _DEGREES.fullmatch(text)
    if number:
        degrees = float(number.group(1))
        if not -360.0 <= degrees <= 360.0:
            raise ValueError(f"{degrees:g} degrees is outside -360..360")
        heading = degrees % 360.0
        # A tiny negative number modulo 360 rounds up to 360.0 in floating point.
        return 0.0 if heading >= 360.0 else heading
    # ASCII letters only: str.upper() turns the long s 'ſ' into 'S', which nobody means.
    if re.fullmatch(r"[NESWnesw]{1,3}", text) and text.upper() in _ABBREVIATIONS:
        return _ABBREVIATIONS[text.upper()]
    lower = text.lower()
    if _WORD_FORM.fullmatch(lower):
        joined = re.sub(r"[\s_-]", "", lower)
        if joined in _WORDS:
            return _WORDS[joined]
    raise ValueError(_NOT_A_DIRECTION)


def _whole_turn(start: str, end: str) -> bool:
    """Whether two ends that land on one heading are written a whole turn apart, like 0-360."""
    first, second = _DEGREES.fullmatch(start.strip()), _DEGREES.fullmatch(end.strip())
    return bool(first and second) and float(first.group(1)) != float(second.group(1))


def _one_end(side: str) -> bool:
    """Whether side can be one end of a range: no hyphen but a negative number's sign.

    So 'north-east-east' is refused rather than read as NE to E: it may be a misspelt ENE.
    """
    end = side.strip()
    return "-" not in end[1:] and (not end.startswith("-") or bool(_DEGREES.fullmatch(end)))


def _range(text: str) -> tuple[float, float]:
    """A clockwise range 'A-B', trying every hyphen; exactly one split must read cleanly."""
    readings: list[tuple[float, float]] = []
    problems: list[str] = []
    for i, char in enumerate(text):
        if char != "-" or i == 0:
            continue
        first, second = text[:i], text[i + 1 :]
        if not (_one_end(first) and _one_end(second)):
            continue
        try:
            start, end = _point(first), _point(second)
        except ValueError as error:
            problems.append(f"range {first.strip()!r} to {second.strip()!r}: {error}")
            continue
        if start == end and _whole_turn(first, second):
            # '0-360' (the wiki's "any direction") is a whole turn, not a single heading.
            readings.append((start, 360.0))
        else:
            readings.append((start, end))
    if len(readings) == 1:
        return readings[0]
    if readings:
        raise ValueError("reads as a range in more than one way")
    # With one hyphen the range's own complaint is the useful one ('0-400': 400 is too big).
    raise ValueError(problems[0] if len(problems) == 1 else _NOT_A_DIRECTION)


def _part(piece: str) -> tuple[float | None, tuple[float, float] | None]:
    """One ';'-separated part: a heading or, failing that, a range."""
    try:
        return _point(piece), None
    except ValueError:
        if "-" not in piece[1:]:
            raise
    return None, _range(piece)


def parse_direction(value: str) -> tuple[tuple[float, ...], tuple[tuple[float, float], ...]]:
    """Headings and clockwise ranges from one OSM direction value; ValueError if any part fails.

    All or nothing: '0;forward' yields nothing rather than a half-reading that looks complete.
    """
    text = value.strip()
    if not text:
        raise ValueError("cannot read an empty direction")
    parts = [part.strip() for part in text.split(";")]
    directions: list[float] = []
    ranges: list[tuple[float, float]] = []
    for piece in parts:
        where = f"part {piece!r}: " if len(parts) > 1 else ""
        if not piece:
            raise ValueError(f"cannot read {text!r}: it has an empty part between ';'")
        try:
            heading, span = _part(piece)
        except ValueError as error:
            raise ValueError(f"cannot read {text!r}: {where}{error}") from None
        if heading is not None:
            directions.append(heading)
        if span is not None:
            ranges.append(span)
    return tuple(directions), tuple(ranges)


def parse_height(value: str) -> float:
    """Metres from '5', '5 m', '5,5', "16'" or "16'6\""; ValueError if unreadable or absurd."""
    text = value.strip()
    # A comma is a decimal mark only between digits ('5,5'); '5,5,5' stays unreadable.
    if re.fullmatch(r"[+-]?[0-9]+,[0-9]+\s*\D*", text):
        text = text.replace(",", ".", 1)
    metres: float
    feet = _FEET.fullmatch(text)
    plain = _METRES.fullmatch(text)
    if feet:
        inches = float(feet.group(2)) if feet.group(2) else 0.0
        if inches >= 12:
            raise ValueError(
                f"cannot read {value!r} as a height: {inches:g} inches is a foot or more"
            )
        metres = float(feet.group(1)) * FOOT + inches * INCH
    elif plain:
        metres = float(plain.group(1))
    else:
        raise ValueError(f"cannot read {value!r} as a height in metres or feet")
    if metres < 0:
        raise ValueError(f"height {value!r} is negative")
    if metres > MAX_HEIGHT:
        raise ValueError(f"height {value!r} is over {MAX_HEIGHT:g} m")
    return metres + 0.0  # turns -0.0 into 0.0


def parse_angle(value: str) -> float:
    """camera:angle as degrees of tilt from horizontal, within -90..90; ValueError otherwise."""
    # The number is kept with the sign it was tagged with. The newer camera:tilt key counts
    # downward as negative, yet camera:angle is mostly tagged positive on cameras that plainly
    # look down (Munich: 45, 60, 90), so flipping or forcing a sign would be a guess.
    text = value.strip()
    match = _DEGREES.fullmatch(text)
    if not match:
        raise ValueError(f"cannot read {value!r} as an angle in degrees")
    degrees = float(match.group(1))
    if not -90.0 <= degrees <= 90.0:
        raise ValueError(f"angle {value!r} is outside -90..90 degrees")
    return degrees + 0.0


def _text(raw: Mapping[str, object], key: str, flags: list[str]) -> str | None:
    """The trimmed value of key, or None when absent or blank; a non-text value is flagged."""
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        flags.append(f"{key}: not text: {value!r}")
        return None
    return value.strip() or None


def _surveillance_type(value: str | None) -> str | None:
    """Lowercase each ';' part except plate readers, which OSM spells in capitals."""
    if value is None:
        return None
    parts = [p.strip() for p in value.split(";")]
    return ";".join(_PLATE_READERS.get(p.lower(), p.lower()) for p in parts)


def normalise_tags(tags: Mapping[str, str]) -> CameraTags:
    """Read one camera's tags; never raises, so one odd feature cannot stop an import."""
    try:
        raw: dict[str, str] = dict(tags)
    except (TypeError, ValueError):
        raw = {}
    flags: list[str] = []
    try:
        return _normalise(raw, flags)
    except Exception as error:  # a bug here must not lose the feature; say so instead
        flags.append(f"tags: could not be read ({type(error).__name__}: {error})")
        return CameraTags(
            None, None, None, None, None, (), (), None, None, None, None, None, (),
            tuple(flags), raw,
        )  # fmt: skip


def _normalise(raw: dict[str, str], flags: list[str]) -> CameraTags:
    """The body of normalise_tags, free to raise on a bug (the caller catches it)."""
    surveillance = _text(raw, "surveillance", flags)
    surveillance_type = _surveillance_type(_text(raw, "surveillance:type", flags))
    zone = _text(raw, "surveillance:zone", flags)
    camera_type = _text(raw, "camera:type", flags)
    mount = _text(raw, "camera:mount", flags)
    capabilities: set[str] = set()

    if camera_type is not None:
        camera_type = camera_type.lower()
        if camera_type not in CAMERA_TYPES:
            flags.append(f"camera:type: unusual value {camera_type!r}")
        # 'ptz' is kept as tagged, not rewritten to 'panning': the wiki's own description of
        # 'dome' also calls domes PTZ, so either rewrite would pick between two documented
        # values for the mapper. The tag does say the camera pans, tilts and zooms, though.
        if camera_type in ("panning", "ptz"):
            capabilities.add("ptz")

    readers = _PLATE_READERS.values()
    if surveillance_type and any(p in readers for p in surveillance_type.split(";")):
        capabilities.add("plate_recognition")
    # No face recognition from any tag: OSM documents no value for it (surveillance:type knows
    # camera, guard, ALPR and gunshot_detector), and camera:features in use says things like
    # 'nightvision'. Claiming a camera recognises faces needs a cited source, not a map tag.

    directions: tuple[float, ...] = ()
    ranges: tuple[tuple[float, float], ...] = ()
    chosen = False
    for key in DIRECTION_KEYS:
        value = _text(raw, key, flags)
        if value is None:
            continue
        try:
            found = parse_direction(value)
        except ValueError as error:
            flags.append(f"{key}: {error}")
            found = None
        # The most specific key present decides, even when unreadable: falling back to a
        # generic key could contradict what the mapper wrote in the specific one.
        if not chosen:
            chosen = True
            if found is not None:
                directions, ranges = found

    angle = _measure(raw, "camera:angle", parse_angle, flags)
    height = _measure(raw, "height", parse_height, flags)

    return CameraTags(
        surveillance=surveillance.lower() if surveillance else None,
        surveillance_type=surveillance_type,
        zone=zone.lower() if zone else None,
        camera_type=camera_type,
        mount=mount.lower() if mount else None,
        directions=directions,
        direction_ranges=ranges,
        angle=angle,
        height=height,
        operator=_text(raw, "operator", flags),
        manufacturer=_text(raw, "manufacturer", flags),
        start_date=_text(raw, "start_date", flags),
        capabilities=tuple(sorted(capabilities)),
        flags=tuple(flags),
        raw=raw,
    )


def _measure(
    raw: dict[str, str], key: str, parse: Callable[[str], float], flags: list[str]
) -> float | None:
    """Run one number parser on key's value, turning its ValueError into a flag."""
    value = _text(raw, key, flags)
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as error:
        flags.append(f"{key}: {error}")
        return None
