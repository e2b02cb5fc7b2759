"""Suggested claims from contributors: a quote from a source, queued like the reader's suggestions.

A contributor names the subject, what the source says about it (a predicate and value from the
vocabulary) and the exact words, citing an existing source by key or a new one by its URL. The
claim waits as suggested; review.decide accepts or rejects it exactly as the CLI does. A new
source is public only once an accepted claim cites it (catalog.list_sources).
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.evidence.values import BadValue, ClaimValue, PlacesValue, RefValue, parse_value
from countersight.evidence.vocabulary import (
    ReviewState,
    SourceKind,
    Stance,
    SubjectKind,
    UnknownPredicate,
    predicate,
)
from countersight.ingest.case_loader import claim_key, value_ref
from countersight.review import deployment_location
from countersight.store.models import SUBJECT_MODELS, Account, Claim, Deployment, Source


class SuggestionError(ValueError):
    """A suggestion that cannot be queued; the message names the field."""


class NewSource(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: HttpUrl
    outlet: str | None = Field(None, max_length=300)
    title: str | None = Field(None, max_length=1000)
    published: date | None = None
    kind: SourceKind = SourceKind.news_article


class Suggestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: str = Field(pattern=r"^(deployment|organisation|tender)/[^/\s]{1,120}$")
    predicate: str = Field(max_length=64)
    value: Any
    stance: Stance = Stance.asserts
    quote: str = Field(min_length=1, max_length=2000)
    source: str | None = Field(None, max_length=120, description="an existing source's key")
    new_source: NewSource | None = None

    @model_validator(mode="after")
    def _one_source(self) -> Suggestion:
        if (self.source is None) == (self.new_source is None):
            raise ValueError("give either 'source' (an existing key) or 'new_source' (a URL)")
        return self


def _source(db: Session, suggestion: Suggestion) -> Source:
    if suggestion.source is not None:
        found = db.scalar(select(Source).where(Source.key == suggestion.source))
        if found is None or found.confidential:
            raise SuggestionError(f"source: no source {suggestion.source!r}")
        return found
    new = suggestion.new_source
    url = str(new.url)
    found = db.scalar(select(Source).where(Source.url == url))
    if found is not None:
        return found
    source = Source(
        key=f"contrib-{hashlib.sha256(url.encode()).hexdigest()[:16]}",
        kind=new.kind.value,
        outlet=new.outlet,
        title=new.title,
        published=new.published,
        url=url,
    )
    db.add(source)
    db.flush()
    return source


def _check_references(db: Session, value: ClaimValue) -> None:
    """Organisations, places and deployments a value names must already be in the atlas."""
    if isinstance(value, RefValue):
        wanted = [(value.kind, value.key)]
    elif isinstance(value, PlacesValue):
        wanted = [("place", key) for key in value.keys]
    else:
        return
    for kind, key in wanted:
        model = SUBJECT_MODELS[kind]
        if db.scalar(select(model.id).where(model.key == key)) is None:
            raise SuggestionError(f"value: no {kind} {key!r} in the atlas")


def suggest(db: Session, account: Account, suggestion: Suggestion) -> Claim:
    """Queue one suggested claim, recorded by the contributor (never published as such)."""
    kind, key = suggestion.subject.split("/", 1)
    if kind != SubjectKind.deployment.value:
        model = SUBJECT_MODELS[kind]
        if db.scalar(select(model.id).where(model.key == key)) is None:
            raise SuggestionError(f"subject: no {kind} {key!r} in the atlas")
    try:
        pred = predicate(kind, suggestion.predicate)
        value = parse_value(pred, suggestion.value)
    except UnknownPredicate as exc:
        raise SuggestionError(f"predicate: {exc}") from None
    except BadValue as exc:
        raise SuggestionError(f"value: {exc}") from None
    _check_references(db, value)
    if (
        kind == SubjectKind.deployment.value
        and pred.name != "located_in"
        and db.scalar(select(Deployment.id).where(Deployment.key == key)) is None
        and deployment_location(db, key) is None
    ):
        raise SuggestionError(
            f"subject: no deployment {key!r} in the atlas and no place it is in; "
            "suggest where it is (located_in) first, or use a key such as <town>-safe-city"
        )
    source = _source(db, suggestion)
    claim_id = claim_key(
        source.key, suggestion.subject, pred.name, value, suggestion.stance.value,
        suggestion.quote, None,
    )  # fmt: skip
    if db.scalar(select(Claim.id).where(Claim.key == claim_id)):
        raise SuggestionError("this claim, from this source in these words, is already recorded")
    claim = Claim(
        key=claim_id,
        source_id=source.id,
        subject_kind=kind,
        subject_key=key,
        predicate=pred.name,
        value=value.model_dump(mode="json"),
        value_ref=value_ref(value),
        quote=suggestion.quote,
        stance=suggestion.stance.value,
        recorded_by=account.username,
        review_state=ReviewState.suggested.value,
    )
    db.add(claim)
    db.flush()
    return claim
