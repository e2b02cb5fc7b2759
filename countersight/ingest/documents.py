"""Read a saved web page, a PDF or a text file into its main text, in Unicode, with metadata.

Web pages go through trafilatura, which finds the article among navigation, banners and
footers and reads title, date and site name where the page has them. PDFs need a text layer
(pypdf reads it; a scan without one is refused, not guessed at). Burmese in the Zawgyi font
encoding is converted to Unicode paragraph by paragraph, since pages mix the two. Every refusal
names the file and says what is wrong, so a batch can go on without it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from countersight.geo.burmese import has_myanmar_script, is_zawgyi, to_unicode

MAX_BYTES = 25 * 1024 * 1024  # a news page or report is far smaller; a bigger file is not one
MIN_TEXT_CHARS = 40  # less than a sentence of main text is not a document to read claims from
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}


class DocumentError(ValueError):
    """A file that cannot be read as a document; the message names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class DocumentText:
    path: Path
    text: str  # the main text, Unicode (NFC), paragraphs separated by blank lines
    title: str | None
    published: date | None
    outlet: str | None
    url: str | None
    language: str  # "my" when the text is mostly Myanmar script, else "en"
    media_type: str
    sha256: str  # of the file's bytes, so the same file is one source however often imported
    raw: bytes
    converted_from_zawgyi: bool


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            path, f"not UTF-8 text (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
        ) from None


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def _from_html(path: Path, raw: bytes) -> tuple[str, dict]:
    import trafilatura

    extracted = trafilatura.extract(
        _decode(path, raw),
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not extracted:
        raise DocumentError(path, "no main text found in the page (only navigation or markup?)")
    data = json.loads(extracted)
    return data.get("text") or "", data


def _from_pdf(path: Path, raw: bytes) -> tuple[str, dict]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise DocumentError(path, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, DocumentError):
            raise
        raise DocumentError(path, f"not a readable PDF ({exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise DocumentError(path, "the PDF has no text layer (a scan?); nothing to read")
    return text, {"title": info.get("/Title")}


def _paragraphs(text: str, *, wrapped: bool) -> str:
    """Paragraphs apart by blank lines, a record of a form or list on a line of its own,
    Zawgyi converted, whitespace tidied, NFC.

    Plain text and PDF text may be hard-wrapped, so there a line break inside a blank-line
    separated block is read as a wrap or as the end of a record (see `_unwrap`); extracted web
    text has one paragraph per line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if wrapped and _BLANK_LINE.search(text):
        blocks = [_unwrap(b) for b in _BLANK_LINE.split(text)]
    else:
        blocks = [[line] for line in text.split("\n")]
    paragraphs = []
    for block in blocks:
        records = [" ".join(record.split()) for record in block]
        line = "\n".join(record for record in records if record)
        if line:
            paragraphs.append(to_unicode(line) if has_myanmar_script(line) else line)
    return unicodedata.normalize("NFC", "\n\n".join(paragraphs))


# A line that starts a record of its own: a bullet, "3.", "5.1", "(b)", "(iv)", "B4".
RECORD_MARKER = re.compile(
    r"[-*•·–]\s"
    # a number or letter that numbers a record is followed by its first word, not by more of a
    # figure ("2.4 billion kyats", "Q3 2041")
    r"|(?:\(?(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[A-Za-z][.)]|[ivx]{1,4}[.)])"
    r"|\([A-Za-z\d]{1,3}\)|[A-Z]{1,2}\d{1,2})\s+(?=[A-Z\"“'‘(\u1000-\u109f])"
)


# Cells apart by bars, and a label padded out to its value: no one hard-wraps prose like that.
_TABLE_ROW = re.compile(r"\S\s+\|\s+\S")
_ALIGNED_FIELD = re.compile(r"[^:\n]{1,60}:[ \t]{3,}\S")


def _unwrap(block: str) -> list[str]:
    """A block's records: hard-wrapped lines joined, the lines of a form or list kept apart.

    A line begins a record of its own when it starts with a bullet or a number ("B4 Installed
    by: ...", "(b) The first phase ..."), when it is a table's row or a form's aligned field
    ("1.2 | PTZ dome camera | 8", "Go-live:      22 November 2041"), or when the line before
    it is one; any other line carries on the line before it.
    """
    lines = [stripped for raw in block.split("\n") if (stripped := raw.strip())]
    # a table has rows above or below: a lone "Statement | For immediate release" is a header
    barred = [bool(_TABLE_ROW.search(line)) for line in lines]
    records: list[str] = []
    after_row = False
    for index, line in enumerate(lines):
        in_table = barred[index] and (
            (index > 0 and barred[index - 1]) or barred[index + 1 : index + 2] == [True]
        )
        row = in_table or bool(_ALIGNED_FIELD.match(line))
        if records and not (row or after_row or RECORD_MARKER.match(line)):
            records[-1] += " " + line
        else:
            records.append(line)
        after_row = row
    return records


def _dateline(text: str) -> date | None:
    """An ISO date in a plain text's first line ("date 2022-07-12"), as wire copy often has."""
    match = _ISO_DATE.search(text[:120].split("\n", 1)[0])
    return _date(match.group(0)) if match else None


def _language(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    myanmar = sum(1 for c in letters if "\u1000" <= c <= "\u109f")
    return "my" if letters and myanmar / len(letters) > 0.3 else "en"


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_document(
    path: Path,
    *,
    outlet: str | None = None,
    published: date | None = None,
    url: str | None = None,
) -> DocumentText:
    """The main text and metadata of one file; what the caller gives overrides the file's."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise DocumentError(
            path, f"{size:,} bytes is more than the {MAX_BYTES:,} a document may be"
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise DocumentError(path, "the file is empty")
    suffix = path.suffix.lower()
    if raw.startswith(b"%PDF") or suffix == ".pdf":
        text, meta, media_type = *_from_pdf(path, raw), "application/pdf"
    elif _looks_binary(raw):
        raise DocumentError(path, "binary data, not a web page, PDF or text")
    elif suffix in HTML_SUFFIXES or raw.lstrip()[:15].lower().startswith(
        (b"<!doctype html", b"<html")
    ):
        text, meta, media_type = *_from_html(path, raw), "text/html"
    elif suffix in TEXT_SUFFIXES or not suffix:
        text, media_type = _decode(path, raw), "text/plain"
        dated = _dateline(text)
        meta = {"date": dated.isoformat() if dated else None}
    else:
        raise DocumentError(path, f"unknown kind of file {suffix!r} (expected .html, .pdf or .txt)")
    zawgyi = has_myanmar_script(text) and is_zawgyi(text)
    text = _paragraphs(text, wrapped=media_type in ("text/plain", "application/pdf"))
    if len(text) < MIN_TEXT_CHARS:
        where = "main text found in the page" if media_type == "text/html" else "text"
        raise DocumentError(path, f"only {len(text)} characters of {where}; nothing to read")
    return DocumentText(
        path=path,
        text=text,
        title=meta.get("title") or None,
        published=published or _date(meta.get("date")),
        outlet=outlet or meta.get("sitename") or meta.get("source-hostname") or None,
        url=url or meta.get("url") or None,
        language=_language(text),
        media_type=media_type,
        sha256=hashlib.sha256(raw).hexdigest(),
        raw=raw,
        converted_from_zawgyi=zawgyi,
    )
