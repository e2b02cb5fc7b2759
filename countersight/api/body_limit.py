"""A cap on the size of request bodies, enforced before anything reads them.

FastAPI reads a request's whole body (Starlette spools file parts to disk, with no limit of its
own) before the endpoint runs: before its role check and before the photo-size check in
api/contribute.py. Without a cap, anyone, signed in or not, could fill the server's temporary
disk with one huge POST. This middleware sits outside the app. A declared Content-Length over
the limit is refused with 413 before a byte of the body is read; a body sent without one
(chunked) is counted as it streams in and stopped with 413 as soon as it passes the limit, so
no more than the limit is ever read, and nothing is buffered here.

The cap bounds one request; how many requests a client may send at once is the reverse
proxy's business.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from countersight.field_reports import MAX_PHOTOS
from countersight.ingest.photos import MAX_UPLOAD_BYTES

MIB: Final = 2**20
# A field report's form fields (coordinates, a 2,000-character note, capabilities) and the
# multipart framing around every part take a few kilobytes; 1 MiB leaves ample room.
FORM_MARGIN: Final = MIB
# The most photos a report takes, each as large as a photo may be, and the form: 151 MiB.
FIELD_REPORT_BODY_LIMIT: Final = MAX_PHOTOS * MAX_UPLOAD_BYTES + FORM_MARGIN
# Every other write is a small JSON document: a suggested claim with its quote, a decision, an
# account. The longest is a few kilobytes.
DEFAULT_BODY_LIMIT: Final = MIB
# Larger limits, by exact path; every other path gets the default.
BODY_LIMITS: Final[Mapping[str, int]] = {"/api/v1/field-reports": FIELD_REPORT_BODY_LIMIT}


class BodyTooLarge(HTTPException):
    """Raised from `receive` once a streamed body has passed its limit.

    An HTTPException, so that FastAPI, which is what reads bodies here, answers it like every
    other error, as {"detail": ...} with 413. Should something in between make another answer
    of it, or let it escape the app, the middleware answers the same 413 itself.
    """

    def __init__(self, detail: str) -> None:
        super().__init__(status_code=413, detail=detail)


class BodyLimit:
    """Pure ASGI middleware refusing request bodies over a per-path limit with 413."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        default: int = DEFAULT_BODY_LIMIT,
        limits: Mapping[str, int] = BODY_LIMITS,
    ) -> None:
        self.app = app
        self.default = default
        self.limits = dict(limits)

    def limit_for(self, path: str) -> int:
        """The most bytes a body sent to `path` may have (a trailing slash makes no difference)."""
        return self.limits.get(path.rstrip("/") or "/", self.default)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        limit = self.limit_for(path)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            detail = f"the request body is {declared:,} bytes; {_most(path, limit)}"
            await _refuse(detail, scope, receive, send)
            return

        received = 0
        refusal: str | None = None  # set once the body has passed the limit
        started = False  # whether the app had begun its answer by then
        replaced = False  # whether the app's answer was replaced by the 413

        async def counted_receive() -> Message:
            nonlocal received, refusal
            if refusal is None:
                message = await receive()
                if message["type"] != "http.request":
                    return message
                received += len(message.get("body", b""))
                if received <= limit:
                    return message
                refusal = f"the request body is too large: {_most(path, limit)}"
            raise BodyTooLarge(refusal)

        async def watched_send(message: Message) -> None:
            # Whatever the app made of the refusal (FastAPI answers 413 itself, but a
            # BaseHTTPMiddleware in between wraps the exception in a group, which FastAPI then
            # answers as an unparseable body, 400), the answer is this 413.
            nonlocal started, replaced
            if message["type"] == "http.response.start":
                if refusal is not None and not started:
                    replaced = True
                    await _refuse(refusal, scope, receive, send)
                started = True
            if not replaced:
                await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except Exception:
            # An error the refusal caused, escaping the app unanswered: answer it here.
            if refusal is None or started:
                raise
            await _refuse(refusal, scope, receive, send)


async def _refuse(detail: str, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer 413 with the app's usual error body, {"detail": ...}."""
    await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    """The declared body size, if there is a usable one (the server refuses malformed ones)."""
    value = Headers(scope=scope).get("content-length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _most(path: str, limit: int) -> str:
    return f"{path} accepts at most {limit / MIB:,g} MiB ({limit:,} bytes)"
