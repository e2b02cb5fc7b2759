"""Split a document into paragraphs and sentences, keeping character offsets into the text.

Quotes must be exact slices of the document, so sentences are spans, never copies with
whitespace tidied. English ends sentences with . ! ? (not after "Ms." or "Co."); Burmese with
"။" (and "၊" only separates clauses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from countersight.ingest.documents import RECORD_MARKER

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "st",
        "co",
        "ltd",
        "inc",
        "corp",
        "no",
        "nos",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "govt",
        "pte",
        "ks",  # "Ks. 264,000,000/-": kyats
        "rs",  # "Rs. 12 lakh": rupees
    ]
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|။")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A line break inside a paragraph ends a record of a form or list: a sentence, not a paragraph.
# (A paragraph merged across a PDF's line breaks, see `paragraphs`, holds a blank line where
# its lines were put back together: that is no end.)
# A semicolon that closes a block is an end, though: a parliamentary question's premises ("...
# approved a project;" / "the tender has not yet been called;") are items of a list.
_SENTENCE_END = re.compile(rf"{_END.pattern}|(?<!\n)\n(?!\n)|;(?=[ \t]*\n[ \t]*\n)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: [start, end) in the document, and the paragraph it stands in."""

    start: int
    end: int
    paragraph: int
    text: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty paragraphs (blocks between blank lines)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    kept = [_trim(text, s, e) for s, e in spans if text[s:e].strip()]
    # A PDF's hard line breaks cut sentences in two ("show Hikvision" / "branding on ..."):
    # a paragraph that stops mid-sentence and one that goes on in lower case are one.
    merged: list[tuple[int, int]] = []
    for start, end in kept:
        if merged and _continues(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(text: str, previous_end: int, start: int) -> bool:
    last, first = text[previous_end - 1], text[start]
    return last not in '.!?:"”’)။' and (first.islower() or last in ",;")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ends_sentence(text: str, start: int, stop: int) -> bool:
    """Whether the punctuation at `stop` closes a sentence begun at `start`."""
    if text[stop] != ".":
        return True
    word = re.search(r"([\w.]+)$", text[start:stop])
    if word is None:
        return True
    token = word.group(1).casefold().rstrip(".")
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    following = text[stop + 1 : stop + 40].lstrip(" \"'”’)")
    # "2. 800" and "002236 .SZ" are numbers and tickers, not the end of a sentence.
    return not (following[:1].isdigit() and token.isdigit()) and not following[:1].islower()


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence in the text, in order, with its paragraph number.

    A record's marker ("(a)", "5.1", "B4") is not part of the sentence it numbers, so a
    sentence reads from its first word, as one in running text does."""
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        start = _after_marker(text, p_start)
        for match in _SENTENCE_END.finditer(text, start, p_end):
            if not _ends_sentence(text, start, match.start()):
                continue
            s, e = _trim(text, start, match.end())
            if e > s:
                sentences.append(Sentence(s, e, number, text[s:e]))
            start = match.end()
            if match.group(0) == "\n":
                start = _after_marker(text, start)
        s, e = _trim(text, start, p_end)
        if e > s:
            sentences.append(Sentence(s, e, number, text[s:e]))
    return sentences


def _after_marker(text: str, start: int) -> int:
    """Where a record's first word is, past its marker if it has one."""
    marker = RECORD_MARKER.match(text, start)
    return marker.end() if marker else start


# A label that opens a line: "Question 3." (maybe alone on its line), "Q1:", "Response:", "A."
# (a bare capital A only, so that "a)" in a list is no answer).
_QUESTION_LABEL = re.compile(r"(?:Question\s*\d*|Q\s*\d*)\s*[.:)](?:\s|$)", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"(?:(?i:Response|Answer|Reply)\s*\d*\s*[.:)]|A[.:])(?:\s|$)")
_QUESTION_LABEL_ANYWHERE = re.compile(
    r"^[ \t]*(?:Question\s*\d*|Q\s*\d*)\s*[.:)](?:\s|$)", re.IGNORECASE | re.MULTILINE
)
# ... and one joined to the question's line: "Q1. How many? A. 42.", "Response: The System ..."
_ANSWER_INLINE = re.compile(r"(?<!\w)(?:Response|Answer|Reply)\s*\d*\s*[.:)]\s|(?<=\?\s)A[.:]\s")


def under_question_label(text: str, start: int) -> bool:
    """Whether a sentence stands under "Question 1." in its paragraph, before any line that
    gives the answer ("Response:", "Answer:"): what a bidder or reader asks is no fact."""
    if not _has_question_labels(text):
        return False  # most documents: no need to walk back over lines
    line_end = start
    while True:
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end] if line_end < start else text[line_start:]
        if not line.strip():
            return False  # the paragraph began above: no label of its own
        if _ANSWER_LABEL.match(line.lstrip()):
            return False
        if _QUESTION_LABEL.match(line.lstrip()):
            # unless the answer began on the same line, joined to it: "Q1. How many? A. 42."
            answer = _ANSWER_INLINE.search(text, line_start)
            return answer is None or answer.start() > start
        if line_start == 0:
            return False
        line_end = line_start - 1


@lru_cache(maxsize=64)
def _has_question_labels(text: str) -> bool:
    """Whether any line of the document opens with a question's label (asked once a document:
    a string keeps its hash, so the cache costs nothing after the first sentence)."""
    return bool(_QUESTION_LABEL_ANYWHERE.search(text))
