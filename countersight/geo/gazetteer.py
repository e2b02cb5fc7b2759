"""Find places by any of their names, in any script, from the packaged gazetteer files."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from countersight.geo.burmese import has_myanmar_script, to_unicode

__all__ = [
    "DEFAULT_GAZETTEER_DIR",
    "EXACT_SCORE",
    "FIRST_LEVEL_KINDS",
    "FUZZY_CUTOFF",
    "MIN_FUZZY_LENGTH",
    "PLACE_KINDS",
    "SHORT_FUZZY_CUTOFF",
    "AmbiguousPlace",
    "Gazetteer",
    "GazetteerError",
    "GazetteerPlace",
    "PlaceMatch",
    "PlaceName",
    "PlaceNotFound",
    "default_gazetteer",
    "normalise_name",
]

DEFAULT_GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
EXACT_SCORE = 100.0
FUZZY_CUTOFF = 85.0
"""Lowest rapidfuzz ratio a fuzzy match may have: "Moulmeine" passes, "London" does not."""
SHORT_FUZZY_CUTOFF = 90.0
"""Stricter cut-off when the query or the name is shorter than 8 characters."""
MIN_FUZZY_LENGTH = 5
"""Shorter strings only match exactly: one letter off is too often another place."""

FIRST_LEVEL_KINDS = frozenset({"state", "region", "union_territory", "province", "territory"})
PLACE_KINDS = FIRST_LEVEL_KINDS | {"country", "district", "township", "town"}
"""Kinds a gazetteer file may use; `kinds=` filters naming anything else are typos."""

_LATIN, _MYANMAR, _OTHER = "Latn", "Mymr", "Zzzz"
_SUGGEST_CUTOFF = 60.0
# Burmese names often end in "မြို့" ("town"); a query with or without it means the same.
_MYANMAR_TOWN_SUFFIX = "မြို့"


class GazetteerError(ValueError):
    """A query cannot be answered with one place."""


class PlaceNotFound(GazetteerError):
    """No place matches the query (within the filters given)."""

    def __init__(self, query: str, suggestions: Iterable[PlaceMatch] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        message = f"no place matches {query!r}"
        if self.suggestions:
            message += "; closest: " + ", ".join(_describe(m) for m in self.suggestions)
        super().__init__(message)


class AmbiguousPlace(GazetteerError):
    """Several places match the query equally well; the caller must narrow it."""

    def __init__(self, query: str, candidates: Iterable[PlaceMatch]) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        listed = ", ".join(_describe(m) for m in self.candidates)
        super().__init__(
            f"{query!r} matches several places equally: {listed}; narrow it with kinds= or within="
        )


def _describe(match: PlaceMatch) -> str:
    place = match.place
    return f"{place.key} {place.name} ({place.kind}, via {match.matched_name!r})"


@dataclass(frozen=True, slots=True)
class PlaceName:
    """One name of a place, with its language, ISO 15924 script and standing."""

    name: str
    lang: str
    script: str
    kind: str


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """A place as the gazetteer file records it."""

    key: str
    kind: str
    name: str
    parent: str | None
    iso_code: str | None
    pcodes: tuple[str, ...]
    geonames_id: int | None
    lat: float | None
    lon: float | None
    population: int | None
    names: tuple[PlaceName, ...] = field(repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GazetteerPlace:
        """Read one entry of a gazetteer file's "places" list."""
        return cls(
            key=data["key"],
            kind=data["kind"],
            name=data["name"],
            parent=data.get("parent"),
            iso_code=data.get("iso_code"),
            pcodes=tuple(data.get("pcodes") or ()),
            geonames_id=data.get("geonames_id"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            population=data.get("population"),
            names=tuple(PlaceName(**name) for name in data.get("names") or ()),
        )


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A candidate for a query: the place, the name that matched, and a 0–100 score."""

    place: GazetteerPlace
    matched_name: str
    score: float


def latin_key(text: str) -> str:
    """Fold case, diacritics, spaces and punctuation: "Nay-Pyi Taw" and "naypyitaw" agree."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        char for char in decomposed.casefold() if char.isalnum() and not unicodedata.combining(char)
    )


def _myanmar_key(text: str) -> str:
    """Compare Burmese as Unicode without spaces, zero-width marks or a "town" suffix."""
    text = unicodedata.normalize("NFC", text).casefold()
    key = "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")
    stripped = key.removesuffix(_MYANMAR_TOWN_SUFFIX)
    return stripped or key


def _other_key(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).casefold().split())


def _fuzzy_passes(query_key: str, name_key: str, score: float) -> bool:
    """Apply the length-aware cut-off, so "Dhaka" does not become "Haka" (Hakha)."""
    shortest = min(len(query_key), len(name_key))
    if shortest < MIN_FUZZY_LENGTH:
        return False
    return score >= (FUZZY_CUTOFF if shortest >= 8 else SHORT_FUZZY_CUTOFF)


def _query_script(text: str) -> str:
    if has_myanmar_script(text):
        return _MYANMAR
    for char in text:
        if char.isalpha():
            return _LATIN if "LATIN" in unicodedata.name(char, "") else _OTHER
    return _LATIN  # digits and codes such as "MMR011001" compare like Latin text


def _name_key(name: str, script: str) -> str:
    if script == _LATIN:
        return latin_key(name)
    if script == _MYANMAR:
        return _myanmar_key(name)
    return _other_key(name)


def normalise_name(text: str) -> tuple[str, str]:
    """Return (ISO 15924 script, comparison key) for text, converting Zawgyi first."""
    script = _query_script(text)
    if script == _MYANMAR:
        text = to_unicode(text)
    return script, _name_key(text, script)


def _query_forms(text: str) -> set[tuple[str, str]]:
    """Keys to look a query up under.

    Short Burmese strings can be valid Unicode and look like Zawgyi at once, so both
    readings are tried rather than trusting the detector on a few characters.
    """
    script = _query_script(text)
    forms = {(script, _name_key(text, script))}
    if script == _MYANMAR:
        forms.add((script, _name_key(to_unicode(text), script)))
    return {(s, key) for s, key in forms if key}


class Gazetteer:
    """An in-memory gazetteer: places, their hierarchy and indexes over every name."""

    def __init__(
        self, places: Iterable[GazetteerPlace], sources: Iterable[Mapping[str, Any]] = ()
    ) -> None:
        self._places: dict[str, GazetteerPlace] = {}
        for place in places:
            if place.key in self._places:
                raise GazetteerError(f"place key {place.key!r} appears twice")
            self._places[place.key] = place
        self.sources: tuple[Mapping[str, Any], ...] = tuple(sources)
        self._children: dict[str, list[str]] = defaultdict(list)
        for place in self._places.values():
            if place.parent is not None:
                if place.parent not in self._places:
                    raise GazetteerError(f"{place.key}: unknown parent {place.parent!r}")
                self._children[place.parent].append(place.key)
        self._ancestors = {key: self._walk_up(key) for key in self._places}
        self._rank = {
            key: (len(self._ancestors[key]), -(place.population or 0), key)
            for key, place in self._places.items()
        }
        for siblings in self._children.values():
            siblings.sort(key=self._rank.__getitem__)
        self._descendants: dict[str, set[str]] = defaultdict(set)
        for key, ancestors in self._ancestors.items():
            for ancestor in ancestors:
                self._descendants[ancestor].add(key)
        self._by_kind: dict[str, set[str]] = defaultdict(set)
        for key, place in self._places.items():
            self._by_kind[place.kind].add(key)
        self._build_indexes()

    def _walk_up(self, key: str) -> tuple[str, ...]:
        chain: list[str] = []
        parent = self._places[key].parent
        while parent is not None:
            if parent == key or parent in chain:
                raise GazetteerError(f"{key}: its parents form a cycle")
            chain.append(parent)
            parent = self._places[parent].parent
        return tuple(chain)

    def _build_indexes(self) -> None:
        # exact: comparison key -> [(place key, name as written)]
        self._exact: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # fuzzy: per script, parallel lists of comparison keys and (place key, name)
        fuzzy: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
        for place in self._places.values():
            for code in {place.key, place.iso_code, *place.pcodes} - {None}:
                self._add_exact(latin_key(code), place.key, code)
            for name in place.names:
                key = _name_key(name.name, name.script)
                if key:
                    self._add_exact(key, place.key, name.name)
                    fuzzy[name.script].setdefault((key, place.key), name.name)
        self._fuzzy_keys: dict[str, list[str]] = {}
        self._fuzzy_targets: dict[str, list[tuple[str, str]]] = {}
        for script, entries in fuzzy.items():
            self._fuzzy_keys[script] = [key for key, _ in entries]
            self._fuzzy_targets[script] = [(place, name) for (_, place), name in entries.items()]

    def _add_exact(self, key: str, place_key: str, written: str) -> None:
        entries = self._exact[key]
        if all(existing != place_key for existing, _ in entries):
            entries.append((place_key, written))

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Load one gazetteer file, or every *.json in a folder (default: data/gazetteer).

        One file per country, so adding a country is adding a file.
        """
        path = DEFAULT_GAZETTEER_DIR if path is None else Path(path)
        if not path.exists():
            raise FileNotFoundError(f"no gazetteer file or folder at {path}")
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        if not files:
            raise GazetteerError(f"no gazetteer files in {path}")
        places: list[GazetteerPlace] = []
        sources: list[Mapping[str, Any]] = []
        for file in files:
            document = json.loads(file.read_text(encoding="utf-8"))
            sources.extend(document.get("sources", ()))
            places.extend(GazetteerPlace.from_dict(entry) for entry in document["places"])
        return cls(places, sources)

    @property
    def places(self) -> tuple[GazetteerPlace, ...]:
        """Every place, in file order."""
        return tuple(self._places.values())

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[GazetteerPlace]:
        return iter(self._places.values())

    def __contains__(self, key: object) -> bool:
        return key in self._places

    def get(self, key: str) -> GazetteerPlace:
        """Return the place with this key (e.g. "MM-15/mawlamyine"); KeyError if none."""
        try:
            return self._places[key]
        except KeyError:
            raise KeyError(
                f"no gazetteer place with key {key!r} (keys look like 'MM', 'MM-15' or "
                "'MM-15/mawlamyine'; use lookup() to search by name)"
            ) from None

    def children(self, key: str) -> list[GazetteerPlace]:
        """Direct children of a place, biggest first."""
        self.get(key)
        return [self._places[child] for child in self._children.get(key, ())]

    def ancestors(self, key: str) -> list[GazetteerPlace]:
        """Parents of a place up to its country, nearest first."""
        self.get(key)
        return [self._places[ancestor] for ancestor in self._ancestors[key]]

    def _allowed(self, kinds: set[str] | None, within: str | None) -> set[str] | None:
        if kinds is not None:
            unknown = set(kinds) - PLACE_KINDS - set(self._by_kind)
            if unknown:
                raise ValueError(
                    f"unknown place kinds {sorted(unknown)}; known: "
                    f"{sorted(PLACE_KINDS | set(self._by_kind))}"
                )
        allowed: set[str] | None = None
        if kinds is not None:
            allowed = set().union(*(self._by_kind.get(kind, set()) for kind in kinds))
        if within is not None:
            self.get(within)
            inside = self._descendants.get(within, set())
            allowed = inside if allowed is None else allowed & inside
        return allowed

    def _matches(
        self, query: str, allowed: set[str] | None, suggest: bool = False
    ) -> list[PlaceMatch]:
        """Score every allowed place; `suggest` loosens the fuzzy cut-off for hints."""
        cutoff = _SUGGEST_CUTOFF if suggest else FUZZY_CUTOFF
        best: dict[str, tuple[float, str]] = {}

        def consider(place_key: str, score: float, written: str) -> None:
            if allowed is not None and place_key not in allowed:
                return
            current = best.get(place_key)
            if current is None or score > current[0]:
                best[place_key] = (score, written)

        for script, key in _query_forms(query):
            for place_key, written in self._exact.get(key, ()):
                consider(place_key, EXACT_SCORE, written)
            keys = self._fuzzy_keys.get(script)
            if not keys:
                continue
            targets = self._fuzzy_targets[script]
            hits = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
            for name_key, score, index in hits:
                if not suggest and not _fuzzy_passes(key, name_key, score):
                    continue
                place_key, written = targets[index]
                consider(place_key, min(float(score), EXACT_SCORE), written)

        matches = [
            PlaceMatch(self._places[key], written, score) for key, (score, written) in best.items()
        ]
        matches.sort(key=lambda m: (-m.score, self._rank[m.place.key]))
        return matches

    def lookup(
        self,
        query: str,
        *,
        kinds: set[str] | None = None,
        within: str | None = None,
        limit: int = 5,
    ) -> list[PlaceMatch]:
        """Rank places whose names match `query`, best first.

        An exact match (after folding case, diacritics, spacing, and Zawgyi to Unicode) on
        a name, key, ISO code or P-code scores 100; otherwise names in the query's script
        are compared fuzzily and kept from FUZZY_CUTOFF up. Equal scores go to the bigger
        place: country, then first-level unit, then by population. `kinds` keeps only
        those kinds; `within` keeps only places inside that key.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        return self._matches(query, self._allowed(kinds, within))[:limit]

    def resolve(
        self, query: str, *, kinds: set[str] | None = None, within: str | None = None
    ) -> GazetteerPlace:
        """Return the one place `query` means, or raise PlaceNotFound / AmbiguousPlace.

        Places tying at the best score are ambiguous, even a region and its same-named
        capital ("Yangon"): a record must not guess, so the caller narrows with kinds=.
        """
        allowed = self._allowed(kinds, within)
        matches = self._matches(query, allowed)
        if not matches:
            suggestions = self._matches(query, allowed, suggest=True)[:3]
            raise PlaceNotFound(query, suggestions)
        tied = [m for m in matches if m.score == matches[0].score]
        if len(tied) > 1:
            raise AmbiguousPlace(query, tied)
        return matches[0].place


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer from data/gazetteer, loaded once per process."""
    return Gazetteer.load()
