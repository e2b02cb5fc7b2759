"""Read counts as reporters write them ("over 200", "at least five", "hundreds") into ranges.

A count is an inclusive range, open-ended where the words give no upper bound: "over 200" is
at least 201, never 200, because the map must not claim more precision than the words gave.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class CountRange:
    """An inclusive range of whole numbers; `maximum` None means open-ended."""

    minimum: int
    maximum: int | None

    def __post_init__(self) -> None:
        if self.minimum < 0 or (self.maximum is not None and self.maximum < self.minimum):
            raise ValueError(f"not a count range: {self.minimum}..{self.maximum}")

    def overlaps(self, other: CountRange) -> bool:
        """Two ranges agree when some number satisfies both."""
        low = max(self.minimum, other.minimum)
        highs = [m for m in (self.maximum, other.maximum) if m is not None]
        return not highs or low <= min(highs)

    def __str__(self) -> str:
        if self.maximum is None:
            return f"≥ {self.minimum}"
        if self.maximum == self.minimum:
            return str(self.minimum)
        return f"{self.minimum}–{self.maximum}"


class CountError(ValueError):
    """Words that do not say how many, such as "several"; the message says what would do."""


_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

# Plural magnitudes: "hundreds" means at least two hundred and fewer than a thousand.
_VAGUE = {
    "dozens": CountRange(24, 99),
    "scores": CountRange(40, 99),
    "hundreds": CountRange(200, 999),
    "thousands": CountRange(2_000, 9_999),
    "tens of thousands": CountRange(20_000, 99_999),
    "hundreds of thousands": CountRange(200_000, 999_999),
    "millions": CountRange(2_000_000, 9_999_999),
}

_LOWER = ("over ", "more than ", "above ", "in excess of ", "upwards of ")
_AT_LEAST = (
    "at least ",
    "no fewer than ",
    "no less than ",
    "not fewer than ",
    "not less than ",
    "a minimum of ",
    "minimum ",
)
_BELOW = ("fewer than ", "less than ", "under ", "below ")
_AT_MOST = (
    "up to ",
    "at most ",
    "no more than ",
    "not more than ",
    "as many as ",
    "maximum ",
    "a maximum of ",
)
_ABOUT = ("about ", "around ", "roughly ", "approximately ", "some ", "an estimated ", "close to ")
_NEARLY = ("nearly ", "almost ", "just under ")


def _number(words: str) -> int:
    """One number, in digits (any script, with thousands separators) or English words."""
    text = words.strip().replace(",", "").replace("\u2009", "").replace(" ", " ")
    if text.startswith(("-", "−")):
        raise CountError("a count cannot be negative")
    if text and all(unicodedata.category(ch) == "Nd" for ch in text):
        return int("".join(str(unicodedata.digit(ch)) for ch in text))
    tokens = [t for t in re.split(r"[\s-]+", text) if t and t != "and"]
    if not tokens:
        raise CountError("no number")
    total, current, digits_seen = 0, 0, False
    for token in tokens:
        if token.isdigit():
            if digits_seen or current:
                raise CountError(f"{text!r} holds more than one number")
            current, digits_seen = int(token), True
        elif token in _UNITS:
            current = current * 12 if token == "dozen" and current else current + _UNITS[token]
        elif token in _SCALES:
            scale = _SCALES[token]
            current = max(current, 1) * scale
            if scale >= 1_000:
                total, current = total + current, 0
        else:
            raise CountError(f"{token!r} is not a number")
    return total + current


_BOUNDS = re.compile(r"^(?:not|no) (?:fewer|less) than (.+) and (?:not|no) more than (.+)$")


def parse_count(text: str) -> CountRange:
    """Turn a reported count into a range, or raise CountError saying what is expected."""
    phrase = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    phrase = phrase.removesuffix(" cameras").removesuffix(" cities").strip()
    if phrase in _VAGUE:
        return _VAGUE[phrase]
    # a tender's bounds: "not fewer than 40 and not more than 46" is the range 40-46
    phrase = _BOUNDS.sub(r"between \1 and \2", phrase)
    try:
        if phrase.endswith("+"):
            return CountRange(_number(phrase[:-1]), None)
        for prefixes, make in (
            (_LOWER, lambda n: CountRange(n + 1, None)),
            (_AT_LEAST, lambda n: CountRange(n, None)),
            (_BELOW, _below),
            (_AT_MOST, lambda n: CountRange(0, n)),
            (_ABOUT, _about),
            (_NEARLY, _nearly),
        ):
            for prefix in prefixes:
                if phrase.startswith(prefix):
                    return make(_number(phrase.removeprefix(prefix)))
        span = re.fullmatch(r"between (.+) and (.+)", phrase) or re.fullmatch(
            r"(.+?)\s*(?:-|–|\bto\b)\s*(.+)", phrase
        )
        try:
            n = _number(phrase)
            return CountRange(n, n)
        except CountError:
            if not span:
                raise
        low_text, high_text = span.group(1), span.group(2)
        low, high = _number(low_text), _number(high_text)
        scale = high_text.split()[-1]
        if scale in _SCALES and not any(w in _SCALES for w in low_text.split()):
            low *= _SCALES[scale]  # "three to four thousand": the scale covers both ends
        return CountRange(min(low, high), max(low, high))
    except CountError as exc:
        raise CountError(
            f"cannot read {text!r} as a count ({exc}); expected a number such as '335', "
            "'over 200', 'at least five', 'up to 50', '100-150' or 'hundreds'"
        ) from None


def _below(n: int) -> CountRange:
    if n < 1:
        raise CountError("fewer than zero is not a count")
    return CountRange(0, n - 1)


def _nearly(n: int) -> CountRange:
    """'Nearly N' is fewer than N, by no more than 10 %."""
    if n < 2:
        raise CountError("'nearly' needs a number above one")
    return CountRange(-(-n * 9 // 10), n - 1)


def _about(n: int) -> CountRange:
    """'About N' is taken as N ± 10 %, the loosest reading that still says something."""
    return CountRange(n * 9 // 10, -(-n * 11 // 10))
