"""For the reader's tests: a document as `import-document` would hand it to the reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from countersight.ingest.documents import DocumentText


def plain_text_document(text: str, published: date | None = date(2023, 6, 1)) -> DocumentText:
    """Plain English text, published on the given day, with nothing converted."""
    return DocumentText(
        path=Path("test.txt"),
        text=text,
        title=None,
        published=published,
        outlet=None,
        url=None,
        language="en",
        media_type="text/plain",
        sha256="0" * 64,
        raw=text.encode(),
        converted_from_zawgyi=False,
    )
