"""Typed claim values: how each kind is written in a case file, stored, compared and shown."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from countersight.evidence.counts import CountError, CountRange, parse_count
from countersight.evidence.vocabulary import Predicate, ValueKind


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def identity(self) -> tuple[Any, ...]:
        """What makes two values the same fact (the wording a source used does not)."""
        return tuple(v for k, v in self.model_dump().items() if k != "text")


class TextValue(_Value):
    kind: Literal["text"] = "text"
    text: str

    def identity(self) -> tuple[Any, ...]:
        return (self.kind, " ".join(self.text.casefold().split()))

    def display(self) -> str:
        return self.text


class TermValue(_Value):
    kind: Literal["term"] = "term"
    term: str

    def display(self) -> str:
        return self.term.replace("_", " ")


class CountValue(_Value):
    kind: Literal["count"] = "count"
    min: int = Field(ge=0)
    max: int | None = None
    text: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> CountValue:
        if self.max is not None and self.max < self.min:
            raise ValueError(f"max ({self.max}) is below min ({self.min})")
        return self

    @property
    def range(self) -> CountRange:
        return CountRange(self.min, self.max)

    def display(self) -> str:
        shown = str(self.range)
        return f"{shown} (“{self.text}”)" if self.text and self.text != shown else shown


class RefValue(_Value):
    """A reference to another record (organisation, place or deployment) by its key."""

    kind: Literal["organisation", "place", "deployment"]
    key: str

    def display(self) -> str:
        return self.key


class PlacesValue(_Value):
    kind: Literal["places"] = "places"
    keys: tuple[str, ...]
    text: str = ""

    def identity(self) -> tuple[Any, ...]:
        return (self.kind, tuple(sorted(self.keys)))

    def display(self) -> str:
        return self.text or ", ".join(self.keys)


class DateValue(_Value):
    """A date known to lie between `earliest` and `latest` (either may be open)."""

    kind: Literal["date"] = "date"
    earliest: date | None = None
    latest: date | None = None
    text: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> DateValue:
        if self.earliest and self.latest and self.latest < self.earliest:
            raise ValueError(f"{self.latest} is before {self.earliest}")
        return self

    def display(self) -> str:
        if self.text:
            return self.text
        if self.earliest == self.latest:
            return str(self.earliest)
        return f"{self.earliest or '…'} – {self.latest or '…'}"


class MoneyValue(_Value):
    kind: Literal["money"] = "money"
    amount: Decimal = Field(allow_inf_nan=False, ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    text: str = ""

    def display(self) -> str:
        return f"{self.currency} {self.amount:,}"


class IdentifierValue(_Value):
    """An identifier under a scheme, e.g. a stock ticker or a company registry number."""

    kind: Literal["identifier"] = "identifier"
    scheme: str
    value: str

    def display(self) -> str:
        return f"{self.scheme} {self.value}"


ClaimValue = Annotated[
    TextValue
    | TermValue
    | CountValue
    | RefValue
    | PlacesValue
    | DateValue
    | MoneyValue
    | IdentifierValue,
    Field(discriminator="kind"),
]
CLAIM_VALUE: TypeAdapter[ClaimValue] = TypeAdapter(ClaimValue)


class BadValue(ValueError):
    """A value that does not fit its predicate; the message says what was expected."""


_CURRENCY_SIGNS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "K": "MMK"}
_MAGNITUDES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def parse_money(text: str) -> MoneyValue:
    """Read "US$1.2 million", "USD 350,000" or "2,800 US dollars" into an amount and currency."""
    raw = " ".join(text.split())
    match = re.fullmatch(
        r"(?P<pre>US\$|\$|€|£|¥|[A-Z]{3})?\s*(?P<num>[\d.,]+)\s*(?P<mag>thousand|million|billion)?"
        r"\s*(?P<post>[A-Z]{3}|US dollars|dollars|kyat)?",
        raw,
    )
    if not match or not (match["pre"] or match["post"]):
        raise BadValue(f"cannot read {text!r} as money; expected e.g. 'US$1.2 million'")
    try:
        amount = Decimal(match["num"].replace(",", ""))
    except InvalidOperation:
        raise BadValue(f"cannot read {text!r} as money; the number is malformed") from None
    amount *= _MAGNITUDES.get(match["mag"] or "", 1)
    marker = match["pre"] or match["post"]
    currency = {"US dollars": "USD", "dollars": "USD", "kyat": "MMK"}.get(
        marker, _CURRENCY_SIGNS.get(marker, marker)
    )
    if amount == amount.to_integral_value():
        amount = amount.to_integral_value()
    return MoneyValue(amount=amount, currency=currency, text=raw)


def _parse_date(raw: Any) -> DateValue:
    """A date is written as 2021-02-01, 2021-02 or 2021, or as {after: …, before: …, text: …}."""
    try:
        return _date_value(raw)
    except (ValueError, OverflowError) as exc:  # 2021-02-30, month 13, year 10000, …
        if isinstance(exc, BadValue):
            raise
        raise BadValue(f"cannot read {raw!r} as a date: {exc}") from None


def _date_value(raw: Any) -> DateValue:
    if isinstance(raw, datetime):
        raise BadValue(f"{raw!r}: give a date (2021-02-01), not a date and time")
    if isinstance(raw, date):
        return DateValue(earliest=raw, latest=raw)
    if isinstance(raw, dict):
        unknown = set(raw) - {"after", "before", "text"}
        if unknown:
            raise BadValue(f"unknown date field(s) {sorted(unknown)}; use after, before, text")
        after, before = raw.get("after"), raw.get("before")
        return DateValue(
            earliest=_date_value(after).earliest if after is not None else None,
            latest=_date_value(before).latest if before is not None else None,
            text=str(raw.get("text", "")),
        )
    text = str(raw)
    for pattern, span in (
        (r"(\d{4})-(\d{2})-(\d{2})", "day"),
        (r"(\d{4})-(\d{2})", "month"),
        (r"(\d{4})", "year"),
    ):
        match = re.fullmatch(pattern, text)
        if match:
            parts = [int(g) for g in match.groups()]
            if span == "day":
                day = date(*parts)
                return DateValue(earliest=day, latest=day)
            if span == "month":
                start = date(parts[0], parts[1], 1)
                end = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1).toordinal() - 1
                return DateValue(earliest=start, latest=date.fromordinal(end), text=text)
            year = parts[0]
            return DateValue(earliest=date(year, 1, 1), latest=date(year, 12, 31), text=text)
    raise BadValue(f"cannot read {text!r} as a date; expected 2021-02-01, 2021-02 or 2021")


def parse_value(pred: Predicate, raw: Any) -> ClaimValue:
    """Turn a case file's shorthand for a value into the typed value the predicate takes.

    References (organisations, places, deployments) come back holding the key as written;
    the loader checks that they exist. Anything unreadable raises BadValue, never a crash.
    """
    try:
        return _parse_value(pred, raw)
    except ValidationError as exc:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}" for e in exc.errors()
        )
        raise BadValue(f"not a valid {pred.value_kind.value} for {pred.name}: {detail}") from None


def _scalar(raw: Any, pred: Predicate) -> str:
    if isinstance(raw, dict | list):
        raise BadValue(
            f"{pred.name} takes a single {pred.value_kind.value}, not a "
            f"{'mapping' if isinstance(raw, dict) else 'list'}"
        )
    return str(raw)


def _parse_value(pred: Predicate, raw: Any) -> ClaimValue:
    kind = pred.value_kind
    if isinstance(raw, dict) and raw.get("kind") == kind.value:
        return CLAIM_VALUE.validate_python(raw)
    match kind:
        case ValueKind.count:
            if isinstance(raw, int) and not isinstance(raw, bool):
                if raw < 0:
                    raise BadValue(f"{raw} is not a count: counts cannot be negative")
                return CountValue(min=raw, max=raw, text=str(raw))
            try:
                rng = parse_count(_scalar(raw, pred))
            except CountError as exc:
                raise BadValue(str(exc)) from None
            return CountValue(min=rng.minimum, max=rng.maximum, text=str(raw))
        case ValueKind.term:
            term = _scalar(raw, pred).strip().replace(" ", "_").casefold()
            if term not in pred.terms:
                raise BadValue(
                    f"{raw!r} is not a known {pred.name}; expected one of: {', '.join(pred.terms)}"
                )
            return TermValue(term=term)
        case ValueKind.organisation | ValueKind.place | ValueKind.deployment:
            return RefValue(kind=kind.value, key=_scalar(raw, pred))
        case ValueKind.places:
            keys, text = (
                (raw.get("keys"), raw.get("text", "")) if isinstance(raw, dict) else (raw, "")
            )
            if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys) or not keys:
                raise BadValue(
                    "expected a list of place names or keys, or {keys: [...], text: ...}"
                )
            return PlacesValue(keys=tuple(keys), text=str(text))
        case ValueKind.date:
            return _parse_date(raw)
        case ValueKind.money:
            return parse_money(_scalar(raw, pred))
        case ValueKind.identifier:
            if isinstance(raw, dict):
                if not {"scheme", "value"} <= set(raw):
                    raise BadValue("an identifier needs both scheme and value")
                raw = f"{raw['scheme']}:{raw['value']}"
            scheme, sep, value = _scalar(raw, pred).partition(":")
            if not sep or not value.strip() or not scheme.strip():
                raise BadValue(f"{raw!r}: expected scheme:value, e.g. 'ticker:002415.SZ'")
            return IdentifierValue(scheme=scheme.strip().casefold(), value=value.strip())
        case _:
            return TextValue(text=_scalar(raw, pred))
