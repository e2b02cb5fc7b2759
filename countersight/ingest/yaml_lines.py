"""Read YAML while remembering the line of every value, so errors can point into the file."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[str | int, ...]

_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


@dataclass
class Problem:
    """One thing wrong with an input file, at a line (1-based) where known."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class InputError(ValueError):
    """An input file that cannot be used; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class LocatedYaml:
    """Parsed YAML data plus the line of each value, addressed by its path of keys/indices."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """The line of the value at `path`, or of its nearest enclosing value."""
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.lines:
                return self.lines[path[:cut]]
        return None

    def problem(self, path: Path_, message: str) -> Problem:
        return Problem(self.file, self.line_of(path), message)


def decode_text(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); anything else is refused with the line it fails on."""
    for bom, encoding in _BOMS.items():
        if raw.startswith(bom):
            raise InputError([Problem(name, 1, f"the file is {encoding}; save it as UTF-8")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            [
                Problem(
                    name,
                    line,
                    f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {column}); "
                    "save the file as UTF-8",
                )
            ]
        ) from None


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int], name: str) -> None:
    if id(node) in seen:
        raise InputError(
            [
                Problem(
                    name,
                    node.start_mark.line + 1,
                    "YAML anchors and aliases (&name / *name) are not allowed in case files",
                )
            ]
        )
    seen.add(id(node))
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError(
                    [Problem(name, key_node.start_mark.line + 1, "mapping keys must be plain text")]
                )
            key = key_node.value
            if key == "<<":
                raise InputError(
                    [
                        Problem(
                            name,
                            key_node.start_mark.line + 1,
                            "YAML merge keys (<<) are not allowed in case files",
                        )
                    ]
                )
            if key in keys:
                raise InputError(
                    [
                        Problem(
                            name,
                            key_node.start_mark.line + 1,
                            f"the key {key!r} appears twice in one mapping",
                        )
                    ]
                )
            keys.add(key)
            _walk(value_node, (*path, key), lines, seen, name)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, seen, name)


def load_yaml(file: Path) -> LocatedYaml:
    """Parse one YAML document from `file`, refusing what would make it ambiguous or unsafe."""
    name = str(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError([Problem(name, None, f"cannot read the file: {exc.strerror}")]) from None
    text = decode_text(raw, name)
    if not text.strip():
        raise InputError([Problem(name, None, "the file is empty; expected a case file")])
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError([Problem(name, None, "the file holds no YAML document")])
        lines: dict[Path_, int] = {}
        _walk(node, (), lines, set(), name)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise InputError(
            [Problem(name, line, f"malformed YAML: {exc.problem or exc.context}")]
        ) from None
    except RecursionError:
        raise InputError([Problem(name, None, "the YAML is nested too deeply")]) from None
    except (ValueError, TypeError) as exc:  # e.g. a timestamp such as 2022-02-30
        raise InputError([Problem(name, None, f"a value cannot be read: {exc}")]) from None
    finally:
        loader.dispose()
    return LocatedYaml(name, data, lines)
