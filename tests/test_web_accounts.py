"""The login, report and review pages in real Chromium against a real server on 127.0.0.1:
a contributor reports a camera with a photo, a reviewer accepts it, the public map shows it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from countersight import atlas
from countersight.evidence.vocabulary import CAPABILITIES
from tests.accounts_helpers import PASSWORD, add_accounts, gps_jpeg, username
from tests.browser import PHONE, screenshot, serve
from tests.conftest import MYANMAR_CASE

SPOT = (16.776543, 96.158321)  # central Yangon


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An atlas with the Myanmar case and one account per role, its evidence in a temp folder."""
    folder = tmp_path_factory.mktemp("web-accounts")
    engine = atlas.open_atlas(f"sqlite:///{folder / 'atlas.db'}")
    atlas.init_atlas(engine)
    atlas.load_files(engine, [MYANMAR_CASE])
    add_accounts(engine)
    before = os.environ.get("COUNTERSIGHT_EVIDENCE")
    os.environ["COUNTERSIGHT_EVIDENCE"] = str(folder / "evidence")
    try:
        with serve(engine) as base:
            yield base
    finally:
        if before is None:
            os.environ.pop("COUNTERSIGHT_EVIDENCE", None)
        else:
            os.environ["COUNTERSIGHT_EVIDENCE"] = before
        engine.dispose()


def _log_in(seen, role: str, then: str) -> None:
    page = seen.page
    page.fill("#username", username(role))
    page.fill("#password", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url(f"{seen.base}{then}")
    page.wait_for_selector("html[data-ready='1']")


def _public_cameras(site: str) -> list[str]:
    answer = httpx.get(f"{site}/api/v1/cameras", params={"bbox": "96.1,16.7,96.2,16.8"})
    return [f["properties"]["key"] for f in answer.json()["items"]]


def test_a_contributor_reports_a_camera_and_a_reviewer_accepts_it(
    visit, site: str, tmp_path: Path
) -> None:
    # The report page sends a visitor without a session to log in, then back.
    seen = visit("/report", viewport=PHONE)
    page = seen.page
    assert page.url.startswith(f"{site}/login?next=%2Freport")
    _log_in(seen, "contributor", "/report")
    # Chromium keeps the Secure cookie on http://127.0.0.1 (a secure context), and the page
    # cannot read it.
    [cookie] = page.context.cookies()
    assert (cookie["secure"], cookie["httpOnly"], cookie["sameSite"]) == (True, True, "Strict")
    assert page.evaluate("document.cookie") == ""

    choices = page.locator("#capabilities input[name=capabilities]")
    assert sorted(choices.evaluate_all("els => els.map(e => e.value)")) == sorted(CAPABILITIES)
    map_box = page.locator("#report-map").bounding_box()
    page.mouse.click(map_box["x"] + map_box["width"] / 2, map_box["y"] + map_box["height"] / 3)
    assert page.input_value("#lat") and page.input_value("#lon")  # tapping fills them in
    screenshot(page, "report-map-phone.png")
    page.fill("#lat", str(SPOT[0]))
    page.fill("#lon", str(SPOT[1]))
    page.select_option("#camera_type", "dome")
    page.fill("#direction", "200")
    page.check("#capabilities input[value=face_recognition]")
    page.fill("#note", "On the lamp post by the bus stop.")
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(gps_jpeg())
    page.set_input_files("#photos", str(photo))
    assert page.locator(".warning").is_visible()
    screenshot(page, "report-form-phone.png")
    page.click("#report-form button[type=submit]")
    page.wait_for_selector("#message[data-kind='ok']")
    ref = page.get_attribute("#message", "data-ref")
    assert ref
    screenshot(page, "report-sent-phone.png")
    assert not any(key.endswith(ref) for key in _public_cameras(site))
    seen.check_clean()

    # The reviewer's queue shows the report with its cleaned photo; accepting publishes it.
    review = visit("/login?next=/review")
    _log_in(review, "reviewer", "/review")
    page = review.page
    card = page.locator(f".card.report[data-ref='{ref}']")
    card.wait_for()
    assert username("contributor") in card.inner_text()
    image = card.locator(".photos img")
    image.wait_for()
    page.wait_for_function("document.querySelector('.card.report .photos img').naturalWidth > 0")
    card.locator("input.primary").check()
    screenshot(page, "review-queue.png")
    with page.expect_response(lambda r: r.url.endswith(f"/field-reports/{ref}/accept")) as sent:
        card.locator("button.accept").click()
    camera = sent.value.json()["camera"]
    page.wait_for_selector(f".card.report[data-ref='{ref}'][data-state='accepted']")
    screenshot(page, "review-accepted.png")
    # The public camera is there, under a key of its own: nothing links it to the report's ref.
    assert camera in _public_cameras(site) and ref not in camera
    review.check_clean()

    # On the public map the camera is there, its source only "a contributor's field report".
    lat, lon = SPOT
    public = visit(f"/#map=18/{lat}/{lon}")
    marker = public.page.locator(f".cam-marker[data-key='{camera}']")
    marker.wait_for(state="visible")
    marker.click()
    panel = public.page.locator("#panel[data-kind='camera']")
    panel.get_by_text("a contributor's field report").wait_for()
    assert username("contributor") not in panel.inner_text()
    screenshot(public.page, "field-report-on-the-map.png")
    public.check_clean()


def test_a_contributor_cannot_open_the_review_page_and_bad_logins_say_so(visit) -> None:
    seen = visit("/login?next=/review", lang="my")
    page = seen.page
    page.fill("#username", username("contributor"))
    page.fill("#password", "not the password at all")
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#message[data-kind='error']")
    assert page.locator("#logout").is_hidden() and page.locator("#nav-review").is_hidden()
    screenshot(page, "login-failed-my.png")
    _log_in(seen, "contributor", "/review")
    message = page.locator("#message[data-kind='error']")
    assert "reviewer" in message.inner_text()
    assert page.locator(".card").count() == 0
    assert page.locator("#nav-review").is_hidden()
    # The one 401 logged to the console is the failed login itself.
    assert [e for e in seen.errors if "401" not in e] == []
