"""The controlled vocabulary of the record: stances, review states, predicates and their values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SubjectKind(StrEnum):
    """What a claim can be about. Private individuals are deliberately not on this list."""

    deployment = "deployment"
    organisation = "organisation"
    tender = "tender"
    place = "place"
    camera = "camera"


class Stance(StrEnum):
    asserts = "asserts"
    denies = "denies"
    declines = "declines_to_comment"


class ReviewState(StrEnum):
    suggested = "suggested"
    accepted = "accepted"
    rejected = "rejected"


class Verification(StrEnum):
    """How well a fact is established; ordered from weakest to strongest, disputed apart."""

    unverified = "unverified"
    corroborated = "corroborated"
    verified = "verified"
    disputed = "disputed"


class SourceKind(StrEnum):
    news_article = "news_article"
    tender = "tender"
    leak = "leak"
    official_statement = "official_statement"
    field_report = "field_report"
    osm = "osm"
    dataset = "dataset"
    reference = "reference"
    ngo_report = "ngo_report"
    confidential_informants = "confidential_informants"


class OrganisationKind(StrEnum):
    manufacturer = "manufacturer"
    integrator = "integrator"
    software = "software"
    authority = "authority"
    outlet = "outlet"
    ngo = "ngo"
    other = "other"


class ValueKind(StrEnum):
    text = "text"
    term = "term"
    count = "count"
    organisation = "organisation"
    place = "place"
    places = "places"
    deployment = "deployment"
    date = "date"
    money = "money"
    identifier = "identifier"


DEPLOYMENT_STATUSES = ("planned", "tendered", "awarded", "installing", "operational", "suspended")
CAPABILITIES = (
    "face_recognition",
    "plate_recognition",
    "ptz",
    "hidden_camera",
    "thermal",
    "crowd_analytics",
    "video_analytics",
)


@dataclass(frozen=True)
class Predicate:
    """One thing that can be said about a subject: which value it takes and whether it is single.

    A single-valued predicate (a status, a camera count) has one true value, so two different
    accepted values are a conflict; a multi-valued one (suppliers, capabilities) simply lists them.
    """

    name: str
    subject: SubjectKind
    value_kind: ValueKind
    single: bool
    terms: tuple[str, ...] = ()
    description: str = ""


def _p(
    name: str,
    subject: SubjectKind,
    kind: ValueKind,
    single: bool,
    terms: tuple[str, ...] = (),
    description: str = "",
) -> Predicate:
    return Predicate(name, subject, kind, single, terms, description)


_D, _O, _T, _PL = (
    SubjectKind.deployment,
    SubjectKind.organisation,
    SubjectKind.tender,
    SubjectKind.place,
)
V = ValueKind

PREDICATES: dict[tuple[SubjectKind, str], Predicate] = {
    (p.subject, p.name): p
    for p in (
        _p("status", _D, V.term, True, DEPLOYMENT_STATUSES, "where the project stands"),
        _p("capability", _D, V.term, False, CAPABILITIES, "what the system can do"),
        _p("camera_count", _D, V.count, True, description="cameras installed or planned"),
        _p("city_count", _D, V.count, True, description="cities the project covers"),
        _p("located_in", _D, V.place, True, description="the place the project serves"),
        _p("planned_scope", _D, V.places, False, description="places the project is planned for"),
        _p("started", _D, V.date, True, description="when the project started"),
        _p("part_of", _D, V.deployment, True, description="the programme this project belongs to"),
        _p("authority", _D, V.organisation, False, description="the public body behind it"),
        _p("procurer", _D, V.organisation, False, description="tender winner / procurement firm"),
        _p("installer", _D, V.organisation, False, description="the firm that installs it"),
        _p("hardware_supplier", _D, V.organisation, False, description="camera/hardware maker"),
        _p("software_supplier", _D, V.text, False, description="software vendor, named or not"),
        _p("described_as", _D, V.text, False, description="how the project is described"),
        _p("cost", _D, V.money, True, description="what the project cost"),
        _p("identifier", _O, V.identifier, True, description="ticker, registry number, …"),
        _p("headquartered_in", _O, V.place, True, description="where the firm is based"),
        _p("supplies_to", _O, V.place, False, description="a country or place it sells to"),
        _p("supplies_capability", _O, V.term, False, CAPABILITIES, "what it sells there"),
        _p("issued_by", _T, V.organisation, True, description="the issuing authority"),
        _p("winner", _T, V.organisation, False, description="who won the tender"),
        _p("reference", _T, V.text, True, description="the tender's reference number"),
        _p("published", _T, V.date, True, description="when the tender was published"),
        _p("awarded", _T, V.date, True, description="when it was awarded"),
        _p("value", _T, V.money, True, description="the contract value"),
        _p("bought", _T, V.deployment, False, description="the deployment the tender bought"),
        _p("described_as", _T, V.text, False, description="how the tender describes its aim"),
        _p("population", _PL, V.count, True, description="inhabitants"),
    )
}


class UnknownPredicate(ValueError):
    """A predicate that the vocabulary does not define for that kind of subject."""


def predicate(subject: SubjectKind | str, name: str) -> Predicate:
    """Look up a predicate, with an error that lists the ones that do exist."""
    kind = SubjectKind(subject)
    try:
        return PREDICATES[(kind, name)]
    except KeyError:
        known = ", ".join(sorted(p.name for p in PREDICATES.values() if p.subject == kind))
        raise UnknownPredicate(
            f"unknown predicate {name!r} for a {kind}; expected one of: {known}"
        ) from None
