"""Importing OpenStreetMap cameras from real extracts and from small files written here."""

from __future__ import annotations

import gzip
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import osmium
import pytest
from shapely.geometry import LineString, MultiLineString, Polygon
from sqlalchemy import Engine, func, select

from countersight import atlas
from countersight.ingest import osm_reader
from countersight.ingest.yaml_lines import InputError
from countersight.store.audit import verify_chain
from countersight.store.database import transaction
from countersight.store.models import AuditEvent, Camera
from tests.conftest import SHARED, write

OSM = SHARED / "data" / "osm"
EXTRACTS = sorted(OSM.glob("*.osm.pbf")) if OSM.is_dir() else []
needs_extracts = pytest.mark.skipif(
    not EXTRACTS, reason="../shared/data/osm is not beside this clone"
)
MAWLAMYINE = (97.6283, 16.4905)


def osmium_tool_keys(path: Path, tmp: Path) -> set[str]:
    """What `osmium tags-filter` (osmium-tool, the reference) finds in the same file."""
    if shutil.which("osmium") is None:
        pytest.skip("osmium-tool is not installed (apt-get install osmium-tool)")
    out = tmp / f"{path.stem}-filtered.osm.pbf"
    subprocess.run(
        [
            "osmium",
            "tags-filter",
            "-R",
            "-O",
            "-o",
            str(out),
            str(path),
            "nwr/man_made=surveillance",
        ],
        check=True,
        capture_output=True,
    )
    kinds = {"n": "node", "w": "way", "r": "relation"}
    return {f"osm:{kinds[o.type_str()]}/{o.id}" for o in osmium.FileProcessor(str(out))}


def cameras(engine: Engine, status: str | None = "active") -> dict[str, Camera]:
    with transaction(engine) as session:
        query = select(Camera)
        if status:
            query = query.where(Camera.status == status)
        return {c.key: c for c in session.scalars(query)}


def audit_count(engine: Engine) -> int:
    with transaction(engine) as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def write_osm(
    path: Path, nodes: list[dict], ways: list[dict] = (), relations: list[dict] = ()
) -> Path:
    """A small OSM file written with pyosmium's writer (the format follows the suffix)."""
    if path.exists():
        path.unlink()
    writer = osmium.SimpleWriter(str(path))
    stamp = datetime(2024, 5, 1, tzinfo=UTC)

    def meta(obj: dict) -> dict:
        version = obj.get("version", 1)
        return {"id": obj["id"], "tags": obj.get("tags", {}), "version": version, "changeset": 7}

    mutable = osmium.osm.mutable
    for node in nodes:
        writer.add_node(mutable.Node(location=node["at"], timestamp=stamp, **meta(node)))
    for way in ways:
        writer.add_way(mutable.Way(nodes=way["nodes"], timestamp=stamp, **meta(way)))
    for relation in relations:
        writer.add_relation(
            mutable.Relation(members=relation["members"], timestamp=stamp, **meta(relation))
        )
    writer.close()
    return path


def camera_node(i: int, dx: float = 0.0, **tags: str) -> dict:
    lon, lat = MAWLAMYINE
    return {
        "id": i,
        "at": (lon + dx + i * 1e-4, lat),
        "version": int(tags.pop("v", 1)),
        "tags": {"man_made": "surveillance", **tags},
    }


@needs_extracts
@pytest.mark.parametrize("extract", EXTRACTS, ids=lambda p: p.name.split(".")[0])
def test_finds_exactly_what_osmium_tags_filter_finds(
    engine: Engine, extract: Path, tmp_path: Path
) -> None:
    atlas.import_osm_files(engine, [extract])
    assert set(cameras(engine)) == osmium_tool_keys(extract, tmp_path)


@needs_extracts
def test_munich_tags_are_normalised_and_provenance_kept(engine: Engine) -> None:
    munich = OSM / "munich-centre.osm.pbf"
    atlas.import_osm_files(engine, [munich])
    found = cameras(engine)
    assert len(found) == 209
    with_direction_tag = [
        c for c in found.values() if {"camera:direction", "direction"} & set(c.raw_tags)
    ]
    assert len(with_direction_tag) == 59
    for camera in with_direction_tag:  # read, or flagged: never silently dropped
        assert (
            camera.directions
            or camera.direction_ranges
            or any("direction" in flag for flag in camera.flags)
        )
    assert all(0 <= d < 360 for c in found.values() for d in c.directions)
    sample = next(iter(found.values()))
    assert {"osm_type", "osm_id", "version", "timestamp", "changeset", "file"} <= set(
        sample.provenance
    )
    assert sample.provenance["file"] == "munich-centre.osm.pbf"
    assert sample.raw_tags["man_made"] == "surveillance"


@needs_extracts
def test_reimporting_the_same_file_changes_nothing(engine: Engine) -> None:
    helsinki = OSM / "helsinki-centre.osm.pbf"
    atlas.import_osm_files(engine, [helsinki])
    before = audit_count(engine)
    (report,) = atlas.import_osm_files(engine, [helsinki])
    assert (report.added, report.updated, report.retired, report.unchanged) == (0, 0, 0, 221)
    assert audit_count(engine) == before


@pytest.mark.parametrize(
    "index_up_to", [osm_reader.LOCATION_INDEX_MAX_BYTES, 0], ids=["location index", "id passes"]
)
def test_ways_and_relations_get_their_members_locations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, index_up_to: int
) -> None:
    monkeypatch.setattr(osm_reader, "LOCATION_INDEX_MAX_BYTES", index_up_to)
    camera = {"man_made": "surveillance"}
    path = write_osm(
        tmp_path / "members.osm.pbf",
        [{"id": i, "at": (10 + i / 1000, 50.0)} for i in range(1, 6)],
        [
            {"id": 10, "nodes": [1, 2, 3, 1], "tags": camera},
            {"id": 11, "nodes": [4, 5, 999], "tags": camera},  # node 999 is not in the file
            {"id": 12, "nodes": [3, 4]},
        ],
        [{"id": 20, "members": [("w", 12, ""), ("n", 5, "")], "tags": camera}],
    )
    found = {f.key: f.geometry for f in osm_reader.read_surveillance(path).features}
    assert set(found) == {"osm:way/10", "osm:way/11", "osm:relation/20"}
    assert found["osm:way/10"] == Polygon([(10.001, 50), (10.002, 50), (10.003, 50)])
    assert found["osm:way/11"] == LineString([(10.004, 50), (10.005, 50)])
    assert found["osm:relation/20"] == MultiLineString([[(10.003, 50), (10.004, 50)]])


def test_each_added_camera_is_one_audit_event_holding_its_whole_row(
    engine: Engine, tmp_path: Path
) -> None:
    way = {"id": 50, "nodes": [1, 2, 3], "tags": {"man_made": "surveillance", "height": "3"}}
    path = write_osm(tmp_path / "cams.osm.pbf", [camera_node(1), camera_node(2)], [way])
    atlas.import_osm_files(engine, [path], actor="importer")
    with transaction(engine) as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "cameras").order_by(AuditEvent.seq)
        ).all()
        stored = {c.key: c for c in session.scalars(select(Camera))}
        assert verify_chain(session).ok
    assert [(e.action, e.actor, e.entity_key) for e in events] == [
        ("insert", "importer", key) for key in ("osm:node/1", "osm:node/2", "osm:way/50")
    ]
    for event in events:
        camera = stored[event.entity_key]
        row = {c.key: getattr(camera, c.key) for c in Camera.__table__.c}
        row |= {
            "geom": camera.geom.wkt,
            "first_seen": camera.first_seen.isoformat(),
            "last_seen": camera.last_seen.isoformat(),
        }
        assert event.before is None and event.after == row


@needs_extracts
def test_london_way_becomes_a_camera_with_its_outline(engine: Engine) -> None:
    atlas.import_osm_files(engine, [OSM / "london-centre.osm.pbf"])
    way = next(c for c in cameras(engine).values() if c.key.startswith("osm:way/"))
    assert way.geom.geom_type == "Polygon"
    assert way.geom.covers(way.geom.representative_point())
    assert way.geom.buffer(1e-9).contains(__import__("shapely").Point(way.lon, way.lat))


def test_myanmar_cameras_are_placed_in_mawlamyine(engine: Engine, tmp_path: Path) -> None:
    path = write_osm(
        tmp_path / "mawlamyine.osm.pbf",
        [
            camera_node(1, **{"camera:direction": "NE", "surveillance:type": "ALPR"}),
            camera_node(2, **{"camera:direction": "towards the market", "height": "5 m"}),
            camera_node(3, dx=3.0),  # far out at sea: in no town
        ],
    )
    (report,) = atlas.import_osm_files(engine, [path])
    assert report.added == 3
    found = cameras(engine)
    with transaction(engine) as session:
        from countersight.store.models import Place

        places = {
            c.key: session.get(Place, c.place_id).key if c.place_id else None
            for c in session.scalars(select(Camera))
        }
    assert places == {
        "osm:node/1": "MM-15/mawlamyine",
        "osm:node/2": "MM-15/mawlamyine",
        "osm:node/3": None,
    }
    assert found["osm:node/1"].directions == [45.0]
    assert "plate_recognition" in found["osm:node/1"].capabilities
    assert found["osm:node/2"].directions == []
    assert any("towards the market" in flag for flag in found["osm:node/2"].flags)
    assert found["osm:node/2"].raw_tags["camera:direction"] == "towards the market"


def test_a_newer_extract_updates_adds_and_retires(engine: Engine, tmp_path: Path) -> None:
    first = write_osm(tmp_path / "v1.osm.pbf", [camera_node(1), camera_node(2), camera_node(3)])
    atlas.import_osm_files(engine, [first])
    second = write_osm(
        tmp_path / "v2.osm.pbf",
        [
            camera_node(1),
            camera_node(2, v="2", operator="Municipality"),
            camera_node(4),
        ],
    )
    (report,) = atlas.import_osm_files(engine, [second])
    assert (report.added, report.updated, report.unchanged, report.retired) == (1, 1, 1, 1)
    everything = cameras(engine, status=None)
    assert everything["osm:node/3"].status == "retired"  # kept with its history, not erased
    assert everything["osm:node/2"].operator == "Municipality"
    (back,) = atlas.import_osm_files(engine, [first])  # an older extract does not downgrade
    assert back.older == 1 and cameras(engine, None)["osm:node/2"].operator == "Municipality"


def test_an_osmchange_diff_creates_modifies_and_deletes(engine: Engine, tmp_path: Path) -> None:
    base = write_osm(tmp_path / "base.osm.pbf", [camera_node(1), camera_node(2), camera_node(3)])
    atlas.import_osm_files(engine, [base])
    lon, lat = MAWLAMYINE
    diff = write(
        tmp_path / "change.osc",
        f"""<?xml version='1.0' encoding='UTF-8'?>
<osmChange version="0.6" generator="test">
  <create>
    <node id="9" version="1" changeset="8" timestamp="2024-06-01T00:00:00Z" lat="{lat}" lon="{lon}">
      <tag k="man_made" v="surveillance"/><tag k="camera:type" v="dome"/>
    </node>
  </create>
  <modify>
    <node id="2" version="2" changeset="8" timestamp="2024-06-01T00:00:00Z" lat="{lat}" lon="{lon}">
      <tag k="amenity" v="bench"/>
    </node>
  </modify>
  <delete>
    <node id="3" version="2" changeset="8" lat="{lat}" lon="{lon}"/>
  </delete>
</osmChange>
""",
    )
    (report,) = atlas.import_osm_files(engine, [diff])
    assert (report.added, report.retired) == (1, 2)
    assert set(cameras(engine)) == {"osm:node/1", "osm:node/9"}
    assert cameras(engine)["osm:node/9"].camera_type == "dome"


def test_other_formats_read_the_same(engine: Engine, tmp_path: Path) -> None:
    nodes = [camera_node(1), camera_node(2)]
    xml = write_osm(tmp_path / "cams.osm", nodes)
    gz = tmp_path / "cams.osm.gz"
    gz.write_bytes(gzip.compress(xml.read_bytes()))
    overpass = write(
        tmp_path / "cams.json",
        """{"version": 0.6, "elements": [
      {"type": "node", "id": 1, "lat": 16.4905, "lon": 97.6284,
       "tags": {"man_made": "surveillance"}},
      {"type": "way", "id": 5, "nodes": [11, 12, 13, 11],
       "geometry": [{"lat": 16.49, "lon": 97.62}, {"lat": 16.491, "lon": 97.62},
                    {"lat": 16.491, "lon": 97.621}, {"lat": 16.49, "lon": 97.62}],
       "tags": {"man_made": "surveillance", "building": "hut"}}]}""",
    )
    for path, expected in (
        (xml, {"osm:node/1", "osm:node/2"}),
        (gz, {"osm:node/1", "osm:node/2"}),
        (overpass, {"osm:node/1", "osm:node/2", "osm:way/5"}),
    ):
        atlas.import_osm_files(engine, [path])
        assert expected <= set(cameras(engine, None)), path.name


def test_bbox_and_place_limit_an_import(engine: Engine, tmp_path: Path) -> None:
    path = write_osm(tmp_path / "two.osm.pbf", [camera_node(1), camera_node(2, dx=-0.6)])
    (report,) = atlas.import_osm_files(engine, [path], place="Mawlamyine")
    assert (report.added, report.outside) == (1, 1)
    lon, lat = MAWLAMYINE
    (report,) = atlas.import_osm_files(engine, [path], bbox=(lon - 1, lat - 1, lon - 0.5, lat + 1))
    assert report.added == 1 and set(cameras(engine)) == {"osm:node/1", "osm:node/2"}


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY a "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>
<osm version="0.6"><node id="1" lat="16.49" lon="97.62" version="1">
<tag k="man_made" v="surveillance"/><tag k="note" v="&g;"/></node></osm>
"""


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.osm.pbf", b""),
        ("not-osm.osm.pbf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("broken.osm", b"<osm version='0.6'><node id='1' lat='1' lon='1'><tag k='a'"),
        ("laughs.osm", BILLION_LAUGHS.encode()),
        ("words.osm", b"this is not xml at all"),
        ("bad.json", b'{"elements": [{"type": "node"}]}'),
        ("notes.txt", b"hello"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(
    engine: Engine, tmp_path: Path, name: str, content: bytes
) -> None:
    good = write_osm(tmp_path / "good.osm.pbf", [camera_node(1)])
    bad = write(tmp_path / name, content)
    before = audit_count(engine)
    with pytest.raises(InputError) as caught:
        atlas.import_osm_files(engine, [good, bad])
    assert str(bad) in str(caught.value)
    assert audit_count(engine) == before and cameras(engine, None) == {}


@needs_extracts
def test_a_truncated_pbf_is_refused(engine: Engine, tmp_path: Path) -> None:
    data = (OSM / "monaco.osm.pbf").read_bytes()
    cut = write(tmp_path / "cut.osm.pbf", data[: len(data) // 2])
    with pytest.raises(InputError, match="cannot read it as OpenStreetMap data"):
        atlas.import_osm_files(engine, [cut])
    assert cameras(engine, None) == {}


def test_cameras_can_be_linked_to_a_deployment(myanmar: Engine, tmp_path: Path) -> None:
    from countersight.geo.camera_links import LinkError, link_cameras
    from countersight.geo.places import resolve_place

    path = write_osm(tmp_path / "m.osm.pbf", [camera_node(1), camera_node(2), camera_node(3, dx=3)])
    atlas.import_osm_files(myanmar, [path])
    with transaction(myanmar, "researcher") as session:
        town = resolve_place(session, atlas.gazetteer(), "Mawlamyine")
        assert link_cameras(session, "mawlamyine-safe-city", place=town) == 2
        assert link_cameras(session, "mawlamyine-safe-city", place=town) == 0  # idempotent
        with pytest.raises(LinkError):
            link_cameras(session, "no-such-deployment", place=town)
    linked = {k for k, c in cameras(myanmar).items() if c.deployment_id is not None}
    assert linked == {"osm:node/1", "osm:node/2"}
