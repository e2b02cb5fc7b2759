"""Real Chromium against a real server, for the page tests (loaded as a pytest plugin).

Provides `serve(engine)` (uvicorn on 127.0.0.1 in a thread), the `browser` fixture (Debian's
Chromium through Playwright) and the `visit` fixture, which opens a path of the module's own
`site` fixture and records every request and console error. Screenshots go to
test-output/web/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = os.environ.get("COUNTERSIGHT_REQUIRE_BROWSER") == "1"
OUTPUT = REPO / "test-output" / "web"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def need(condition: bool, reason: str) -> None:
    if not condition:
        if REQUIRED:
            pytest.fail(f"COUNTERSIGHT_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


@contextmanager
def serve(engine: Engine) -> Iterator[str]:
    """The atlas served over HTTP on 127.0.0.1 by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from countersight.api.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    need(CHROMIUM.exists(), f"{CHROMIUM} is absent (apt-get install chromium fonts-noto-core)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield chromium
        chromium.close()


@dataclass
class Visit:
    """A page with every request and every console error it caused."""

    page: object
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        return [
            url
            for url in self.requests
            if not url.startswith(self.base + "/") and not url.startswith(("data:", "blob:"))
        ]

    def check_clean(self) -> None:
        assert self.outside() == [], f"requests outside 127.0.0.1: {self.outside()}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def visit(browser, site: str) -> Iterator[Callable[..., Visit]]:
    contexts = []

    def open_page(path: str = "/", viewport: dict[str, int] = DESKTOP, lang: str = "en") -> Visit:
        # Playwright's waits evaluate script text, which the page's own CSP forbids; with the
        # CSP bypassed, anything it would have blocked is requested and so caught below.
        context = browser.new_context(viewport=viewport, locale="en-GB", bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        seen = Visit(page, site)
        page.on("request", lambda request: seen.requests.append(request.url))
        page.on(
            "console",
            lambda message: seen.errors.append(message.text) if message.type == "error" else None,
        )
        page.on("pageerror", lambda error: seen.errors.append(str(error)))
        page.goto(site + with_lang(path, lang))
        page.wait_for_selector("html[data-ready='1']")
        return seen

    yield open_page
    for context in contexts:
        context.close()


def with_lang(path: str, lang: str) -> str:
    """`path` with ?lang= added before any #fragment."""
    base, hash_mark, fragment = path.partition("#")
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}lang={lang}{hash_mark}{fragment}"


def screenshot(page, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / name
    page.screenshot(path=str(path))
    return path
