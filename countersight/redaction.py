"""The one redaction gate: every public output describes sources and speakers through here.

A confidential source is reduced to its alias; nothing else about it (its key, notes, sealed
details) passes. Adding a field to a public output means adding it here, on purpose.
`confidential_details` is the one way out for what is sealed, and only for reviewer and
admin views; no public output may call it.
"""

from __future__ import annotations

from typing import Any

from countersight.confidential import open_details
from countersight.store.models import Claim, Organisation, Source
from countersight.store.sealing import Sealer


def public_ref(source: Source) -> str:
    """How public outputs refer to a source: its key, or a random handle if confidential."""
    return f"confidential-{source.public_ref}" if source.confidential else source.key


def public_source(source: Source) -> dict[str, Any]:
    """What the public may know about a source."""
    if source.confidential:
        return {
            "ref": public_ref(source),
            "kind": "confidential",
            "alias": source.public_alias or "a confidential source",
            "confidential": True,
        }
    return {
        "ref": source.key,
        "kind": source.kind,
        "outlet": source.outlet,
        "title": source.title,
        "published": source.published.isoformat() if source.published else None,
        "url": source.url,
        "language": source.language,
        "primary_evidence": source.primary_evidence,
        "derived_from": public_ref(source.derived_from) if source.derived_from else None,
        "confidential": False,
    }


def public_speaker(
    attributed_to: str | None,
    organisations: dict[str, Organisation],
    sources: dict[str, Source],
) -> dict[str, Any] | None:
    """Who is reported as saying a claim: an organisation, or a source shown by alias."""
    if attributed_to is None:
        return None
    kind, key = attributed_to.split("/", 1)
    if kind == "organisation" and key in organisations:
        org = organisations[key]
        return {"kind": "organisation", "ref": org.key, "name": org.name}
    if kind == "source" and key in sources:
        source = public_source(sources[key])
        return {
            "kind": "source",
            "ref": source["ref"],
            "name": source.get("alias") or source.get("outlet") or source["ref"],
        }
    return {"kind": kind, "ref": None, "name": "unknown"}


def public_claim(
    claim: Claim,
    organisations: dict[str, Organisation],
    sources: dict[str, Source],
) -> dict[str, Any]:
    """A claim as the public sees it.

    Its reference is random, never the content hash (which would let anyone test guesses at a
    confidential source's key). Claims from a confidential source lose their locator, note
    and quote offsets, which could say where or from whom the words came. Who recorded a
    claim is not published: it may be a contributor in the field.
    """
    source = claim.source
    redact = source.confidential
    return {
        "ref": claim.public_ref,
        "subject": f"{claim.subject_kind}/{claim.subject_key}",
        "predicate": claim.predicate,
        "value": claim.value,
        "stance": claim.stance,
        "quote": claim.quote,
        "locator": None if redact else claim.locator,
        "quote_start": None if redact else claim.quote_start,
        "quote_end": None if redact else claim.quote_end,
        "source": public_source(source),
        "attributed_to": public_speaker(claim.attributed_to, organisations, sources),
        "note": None if redact else claim.note,
        "state": claim.review_state,
        "rule": claim.rule,
        "recorded_on": claim.recorded_at.date().isoformat(),
    }


def confidential_details(source: Source, sealer: Sealer) -> dict[str, Any]:
    """Everything recorded about a source, sealed details opened: for reviewers and admins ONLY.

    Raises SealingError (naming the source) when the key is wrong or the details were altered.
    """
    details = open_details(source, sealer)
    return {
        "key": source.key,
        "ref": public_ref(source),
        "confidential": source.confidential,
        "alias": source.public_alias,
        "name": details.name if details else None,
        "contact": details.contact if details else None,
        "notes": details.notes if details else source.notes,
    }
