"""Tests of reading OpenStreetMap camera tags: every rule, odd real values, real Munich cameras."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.ingest.osm_tags import (
    DIRECTION_KEYS,
    CameraTags,
    normalise_tags,
    parse_angle,
    parse_direction,
    parse_height,
)

OSM_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "osm"
MUNICH = OSM_DATA / "munich-centre.osm.pbf"
FOOT = 0.3048
INCH = 0.0254


# --- directions ------------------------------------------------------------------------------

READABLE_DIRECTIONS = [
    ("45", (45.0,), ()),
    ("45.5", (45.5,), ()),
    (" 45 ", (45.0,), ()),
    ("45°", (45.0,), ()),
    ("45 °", (45.0,), ()),
    ("0", (0.0,), ()),
    ("360", (0.0,), ()),
    ("-90", (270.0,), ()),
    ("-360", (0.0,), ()),
    ("+90", (90.0,), ()),
    ("N", (0.0,), ()),
    ("n", (0.0,), ()),
    ("NNE", (22.5,), ()),
    ("ENE", (67.5,), ()),
    ("SE", (135.0,), ()),
    ("SSW", (202.5,), ()),
    ("WSW", (247.5,), ()),
    ("NNW", (337.5,), ()),
    ("nnw", (337.5,), ()),
    ("north", (0.0,), ()),
    ("North", (0.0,), ()),
    ("north-east", (45.0,), ()),
    ("northeast", (45.0,), ()),
    ("North East", (45.0,), ()),
    ("south-south-west", (202.5,), ()),
    ("west north west", (292.5,), ()),
    ("0;180", (0.0, 180.0), ()),
    ("NE;SW", (45.0, 225.0), ()),
    (" NE ; SW ", (45.0, 225.0), ()),
    ("0-90", (), ((0.0, 90.0),)),
    ("N-E", (), ((0.0, 90.0),)),
    ("n - e", (), ((0.0, 90.0),)),
    ("270-45", (), ((270.0, 45.0),)),
    ("W-E", (), ((270.0, 90.0),)),
    ("90-270", (), ((90.0, 270.0),)),
    ("-90-90", (), ((270.0, 90.0),)),
    ("NE-180", (), ((45.0, 180.0),)),
    ("north-south", (), ((0.0, 180.0),)),
    ("northeast-south", (), ((45.0, 180.0),)),
    ("-90--45", (), ((270.0, 315.0),)),
    ("0-360", (), ((0.0, 360.0),)),
    ("0-359", (), ((0.0, 359.0),)),
    ("45;90-180", (45.0,), ((90.0, 180.0),)),
]


@pytest.mark.parametrize(("value", "directions", "ranges"), READABLE_DIRECTIONS)
def test_parse_direction_reads(
    value: str, directions: tuple[float, ...], ranges: tuple[tuple[float, float], ...]
) -> None:
    assert parse_direction(value) == (directions, ranges)


UNREADABLE_DIRECTIONS = [
    ("", "empty"),
    ("   ", "empty"),
    ("forward", "not degrees"),
    ("up", "not degrees"),
    ("towards street", "not degrees"),
    ("towards the door", "not degrees"),
    ("361", "outside -360..360"),
    ("400", "outside -360..360"),
    ("-361", "outside -360..360"),
    ("0-400", "outside -360..360"),
    ("45,5", "not degrees"),  # a list or a decimal comma? not guessed
    ("0;forward", "part 'forward'"),  # all or nothing: the 0 is not kept either
    ("0;;180", "empty part"),
    ("0;", "empty part"),
    ("NEE", "not degrees"),
    ("north-east-east", "not degrees"),  # NE to E, or a misspelt ENE? not guessed
    ("north-east-south", "not degrees"),
    ("N-E-S-W", "not degrees"),
    ("1-2-3", "not degrees"),
    ("nan", "not degrees"),
    ("inf", "not degrees"),
    ("1e2", "not degrees"),
    ("٤٥", "not degrees"),  # Arabic-Indic digits: float() would take them, a mapper would not
    ("ſ", "not degrees"),  # 'ſ'.upper() == 'S'
    ("-", "not degrees"),
]


@pytest.mark.parametrize(("value", "reason"), UNREADABLE_DIRECTIONS)
def test_parse_direction_refuses_with_a_clear_message(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match="cannot read") as caught:
        parse_direction(value)
    assert reason in str(caught.value)


# --- heights and angles ----------------------------------------------------------------------

READABLE_HEIGHTS = [
    ("5", 5.0),
    ("5.5", 5.5),
    (" 5 ", 5.0),
    ("5 m", 5.0),
    ("5m", 5.0),
    ("5 M", 5.0),
    ("5 metres", 5.0),
    ("5 meters", 5.0),
    ("1 metre", 1.0),
    ("5,5", 5.5),
    ("5,5 m", 5.5),
    ("0", 0.0),
    ("500", 500.0),
    ("16'", 16 * FOOT),
    ("16 ft", 16 * FOOT),
    ("16ft", 16 * FOOT),
    ("16 feet", 16 * FOOT),
    ("16'6\"", 16 * FOOT + 6 * INCH),
    ("16' 6\"", 16 * FOOT + 6 * INCH),
    ("16 ft 6 in", 16 * FOOT + 6 * INCH),
    ("16′6″", 16 * FOOT + 6 * INCH),
]


@pytest.mark.parametrize(("value", "metres"), READABLE_HEIGHTS)
def test_parse_height_reads(value: str, metres: float) -> None:
    assert parse_height(value) == pytest.approx(metres)


UNREADABLE_HEIGHTS = [
    ("-3", "negative"),
    ("-3 m", "negative"),
    ("600", "over 500"),
    ("2000 ft", "over 500"),
    ("tall", "cannot read"),
    ("ca. 5", "cannot read"),
    ("5-6", "cannot read"),
    ("5;6", "cannot read"),
    ("5,5,5", "cannot read"),
    ("5 km", "cannot read"),
    ("16'13\"", "a foot or more"),
    ("6''", "cannot read"),
    ("nan", "cannot read"),
    ("1e3", "cannot read"),
    ("", "cannot read"),
]


@pytest.mark.parametrize(("value", "reason"), UNREADABLE_HEIGHTS)
def test_parse_height_refuses(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_height(value)


@pytest.mark.parametrize(
    ("value", "degrees"), [("45", 45.0), ("-25", -25.0), ("90", 90.0), ("-90", -90.0), ("0", 0.0)]
)
def test_parse_angle_reads(value: str, degrees: float) -> None:
    assert parse_angle(value) == degrees


@pytest.mark.parametrize("value", ["120", "-91", "90.5", "steep", "45,5", "nan"])
def test_parse_angle_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_angle(value)


# --- whole features --------------------------------------------------------------------------


def test_a_full_tag_set() -> None:
    tags = {
        "man_made": "surveillance",
        "surveillance": " Public ",
        "surveillance:type": "camera",
        "surveillance:zone": "Traffic",
        "camera:type": "Dome",
        "camera:mount": "POLE",
        "camera:direction": "NE;SW",
        "camera:angle": "-25",
        "height": "5,5 m",
        "operator": "  Stadtwerke München ",
        "manufacturer": "Hikvision",
        "start_date": " 2019-05 ",
    }
    read = normalise_tags(tags)
    assert read == CameraTags(
        surveillance="public",
        surveillance_type="camera",
        zone="traffic",
        camera_type="dome",
        mount="pole",
        directions=(45.0, 225.0),
        direction_ranges=(),
        angle=-25.0,
        height=5.5,
        operator="Stadtwerke München",
        manufacturer="Hikvision",
        start_date="2019-05",
        capabilities=(),
        flags=(),
        raw=tags,
    )
    assert read.raw is not tags  # a copy: changing the input later cannot change the record


@pytest.mark.parametrize(
    ("tags", "surveillance_type", "camera_type", "capabilities", "flag"),
    [
        ({"surveillance:type": "ALPR"}, "ALPR", None, ("plate_recognition",), None),
        ({"surveillance:type": "alpr"}, "ALPR", None, ("plate_recognition",), None),
        ({"surveillance:type": "ANPR"}, "ANPR", None, ("plate_recognition",), None),
        ({"surveillance:type": "Guard"}, "guard", None, (), None),
        ({"surveillance:type": "camera;ALPR"}, "camera;ALPR", None, ("plate_recognition",), None),
        ({"camera:type": "panning"}, None, "panning", ("ptz",), None),
        ({"camera:type": "Fixed"}, None, "fixed", (), None),
        ({"camera:type": "dome"}, None, "dome", (), None),  # many domes never move
        ({"camera:type": "PTZ"}, None, "ptz", ("ptz",), "camera:type: unusual value 'ptz'"),
        ({"camera:type": "camera"}, None, "camera", (), "camera:type: unusual value 'camera'"),
        (
            {"surveillance:type": "ALPR", "camera:type": "panning"},
            "ALPR",
            "panning",
            ("plate_recognition", "ptz"),
            None,
        ),
    ],
)
def test_types_and_capabilities(
    tags: dict[str, str],
    surveillance_type: str | None,
    camera_type: str | None,
    capabilities: tuple[str, ...],
    flag: str | None,
) -> None:
    read = normalise_tags(tags)
    assert read.surveillance_type == surveillance_type
    assert read.camera_type == camera_type
    assert read.capabilities == capabilities
    assert read.flags == ((flag,) if flag else ())


@pytest.mark.parametrize(
    "tags",
    [
        {"surveillance:type": "face_recognition"},
        {"camera:features": "face_recognition"},
        {"camera:features": "nightvision"},
        {"description": "facial recognition camera"},
        {"name": "Gesichtserkennung"},
    ],
)
def test_face_recognition_is_never_derived_from_tags(tags: dict[str, str]) -> None:
    assert "face_recognition" not in normalise_tags(tags).capabilities


@pytest.mark.parametrize(
    ("tags", "directions", "ranges"),
    [
        ({"camera:direction": "45"}, (45.0,), ()),
        ({"direction": "45"}, (45.0,), ()),
        ({"surveillance:direction": "W"}, (270.0,), ()),
        ({"camera:direction": "90", "direction": "180"}, (90.0,), ()),
        ({"direction": "N-E", "surveillance:direction": "180"}, (), ((0.0, 90.0),)),
        ({"camera:direction": "  ", "direction": "180"}, (180.0,), ()),  # blank is absent
    ],
)
def test_direction_keys_in_order(
    tags: dict[str, str],
    directions: tuple[float, ...],
    ranges: tuple[tuple[float, float], ...],
) -> None:
    read = normalise_tags(tags)
    assert (read.directions, read.direction_ranges) == (directions, ranges)
    assert read.flags == ()


def test_an_unreadable_specific_direction_is_not_replaced_by_a_generic_one() -> None:
    read = normalise_tags({"camera:direction": "towards the door", "direction": "45"})
    assert read.directions == ()
    assert read.direction_ranges == ()
    assert read.flags[0].startswith("camera:direction: cannot read 'towards the door'")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("camera:direction", "forward"),
        ("camera:direction", "361"),
        ("direction", "up"),
        ("surveillance:direction", "towards street"),
        ("height", "-3"),
        ("height", "tall"),
        ("height", "501"),
        ("camera:angle", "120"),
        ("camera:angle", "steep"),
    ],
)
def test_unreadable_values_are_flagged_kept_and_not_guessed(key: str, value: str) -> None:
    read = normalise_tags({key: value})
    assert len(read.flags) == 1
    assert read.flags[0].startswith(f"{key}: ")
    assert repr(value) in read.flags[0]
    assert read.raw == {key: value}
    assert read.directions == () and read.direction_ranges == ()
    assert read.height is None and read.angle is None


@pytest.mark.parametrize("blank", ["", " ", "\t\n"])
def test_blank_strings_count_as_absent(blank: str) -> None:
    keys = [
        "surveillance", "surveillance:type", "surveillance:zone", "camera:type", "camera:mount",
        "camera:direction", "direction", "camera:angle", "height", "operator", "manufacturer",
        "start_date",
    ]  # fmt: skip
    read = normalise_tags(dict.fromkeys(keys, blank))
    assert read.flags == ()
    assert read.surveillance is None and read.camera_type is None and read.operator is None
    assert read.height is None and read.angle is None and read.directions == ()


def test_non_text_values_are_flagged_not_raised() -> None:
    read = normalise_tags({"height": 5, "camera:direction": None})  # type: ignore[dict-item]
    assert read.flags == ("height: not text: 5",)
    assert read.height is None


# --- properties ------------------------------------------------------------------------------

KNOWN_KEYS = [
    *DIRECTION_KEYS,
    "surveillance",
    "surveillance:type",
    "surveillance:zone",
    "camera:type",
    "camera:mount",
    "camera:angle",
    "height",
    "operator",
    "manufacturer",
    "start_date",
]
ODD_VALUES = [
    "NE;SW", "0-90", "N-E", "270-45", " 45 ", "45°", "NNW", "north-east", "361", "forward", "",
    "5 m", "16'", "5,5", "-3", "-", ";", "--", "-0", "-0.0", "0-360", "ALPR", "ptz", "ſ", "٤٥",
]  # fmt: skip
tag_values = st.one_of(st.sampled_from(ODD_VALUES), st.text())
tag_dicts = st.one_of(
    st.dictionaries(st.text(), st.text()),
    st.dictionaries(st.sampled_from(KNOWN_KEYS), tag_values),
)


@settings(max_examples=400)
@given(tags=tag_dicts)
def test_normalise_tags_never_raises_and_keeps_raw(tags: dict[str, str]) -> None:
    read = normalise_tags(tags)
    assert read.raw == tags
    assert all(0.0 <= d < 360.0 for d in read.directions)
    assert all(0.0 <= a < 360.0 and 0.0 <= b <= 360.0 for a, b in read.direction_ranges)
    assert list(read.capabilities) == sorted(set(read.capabilities))
    # The never-raise guard turns bugs into this flag; random input must not reach it.
    assert not any(flag.startswith("tags:") for flag in read.flags)


@settings(max_examples=400)
@given(key=st.sampled_from(["camera:direction", "direction", "surveillance:direction"]),
       value=tag_values)  # fmt: skip
def test_an_unreadable_direction_always_flags_its_key(key: str, value: str) -> None:
    read = normalise_tags({key: value})
    try:
        parse_direction(value)
    except ValueError:
        readable = not value.strip()  # blank counts as absent, not as unreadable
        assert readable or any(flag.startswith(f"{key}: ") for flag in read.flags)
        assert read.directions == () and read.direction_ranges == ()
    else:
        assert read.flags == ()
        assert all(0.0 <= d < 360.0 for d in read.directions)


@settings(max_examples=400)
@given(key=st.sampled_from(["height", "camera:angle"]), value=tag_values)
def test_an_unreadable_measure_always_flags_its_key(key: str, value: str) -> None:
    parse = parse_height if key == "height" else parse_angle
    read = normalise_tags({key: value})
    measured = read.height if key == "height" else read.angle
    try:
        expected = parse(value)
    except ValueError:
        if value.strip():
            assert any(flag.startswith(f"{key}: ") for flag in read.flags)
        assert measured is None
    else:
        assert measured == expected and read.flags == ()


@given(st.integers(min_value=0, max_value=359))
def test_whole_degrees_read_back(d: int) -> None:
    assert parse_direction(str(d)) == ((float(d),), ())


@given(st.floats(min_value=-360, max_value=360, allow_nan=False))
def test_any_degree_in_range_lands_in_a_turn(d: float) -> None:
    (heading,), () = parse_direction(f"{d:.6f}")
    assert 0.0 <= heading < 360.0


@given(st.integers(min_value=0, max_value=359), st.integers(min_value=0, max_value=359))
def test_ranges_read_back_in_order(a: int, b: int) -> None:
    assert parse_direction(f"{a}-{b}") == ((), ((float(a), float(b)),))


# --- real cameras ----------------------------------------------------------------------------


def _munich_tags() -> list[dict[str, str]]:
    osmium = pytest.importorskip("osmium")
    osmium_filter = pytest.importorskip("osmium.filter")
    processor = osmium.FileProcessor(str(MUNICH)).with_filter(
        osmium_filter.TagFilter(("man_made", "surveillance"))
    )
    return [dict(obj.tags) for obj in processor]


@pytest.mark.skipif(
    not MUNICH.exists(), reason=f"real OSM extract absent: {MUNICH} (shared data not mounted)"
)
def test_real_munich_cameras() -> None:
    features = _munich_tags()
    assert len(features) == 209
    for tags in features:
        read = normalise_tags(tags)
        assert read.raw == tags
        assert not any(flag.startswith("tags:") for flag in read.flags)
        key = next((k for k in DIRECTION_KEYS if tags.get(k, "").strip()), None)
        if key is None:
            assert read.directions == () and read.direction_ranges == ()
            continue
        try:
            expected = parse_direction(tags[key])
        except ValueError:
            assert any(flag.startswith(f"{key}: ") for flag in read.flags)
        else:
            assert (read.directions, read.direction_ranges) == expected
            assert read.directions or read.direction_ranges
