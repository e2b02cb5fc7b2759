"""The map page in a real headless Chromium against a real server: no mocks.

One atlas (the Myanmar case file and, where the shared extract is present, Munich's
OpenStreetMap cameras) is served by uvicorn in a thread; Debian's Chromium is driven by
Playwright. Screenshots go to test-output/web/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from countersight import atlas
from tests.browser import PHONE, need, screenshot, serve
from tests.conftest import MYANMAR_CASE, REPO, SHARED
from tests.test_route_munich import END, START, dome_on_shortest_route, placed_camera_diff

# Munich's cameras: the shared extract where there is one, else the small copy the demo ships.
MUNICH = next(
    (
        path
        for path in (
            SHARED / "data" / "osm" / "munich-centre.osm.pbf",
            REPO / "data" / "osm" / "munich-centre.osm.pbf",
        )
        if path.exists()
    ),
    None,
)
ROUTED_MUNICH = SHARED / "data" / "osm" / "munich-centre.osm.pbf"
DOME = dome_on_shortest_route() if ROUTED_MUNICH.is_file() else None
MYANMAR_SCRIPT = re.compile("[\u1000-\u109f]")
DAHUA_QUOTE = "There are already over 200 Dahua cameras there."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real atlas served over HTTP on 127.0.0.1 by uvicorn, for the whole module."""
    engine = atlas.open_atlas(f"sqlite:///{tmp_path_factory.mktemp('web') / 'atlas.db'}")
    atlas.init_atlas(engine)
    atlas.load_files(engine, [MYANMAR_CASE])
    if MUNICH:
        atlas.import_osm_files(engine, [MUNICH])
    if MUNICH == ROUTED_MUNICH:  # its streets too: place a dome camera for the routes test
        diff = placed_camera_diff(tmp_path_factory.mktemp("placed") / "dome.osc", *DOME)
        atlas.import_osm_files(engine, [diff])
    with serve(engine) as base:
        yield base
    engine.dispose()


def _open_mawlamyine(page) -> None:
    marker = page.locator(".dep-marker[data-key='mawlamyine-safe-city']")
    marker.wait_for(state="visible")
    marker.click()
    page.locator("#panel .fact[data-predicate='hardware_supplier']").wait_for()


def test_mawlamyine_scenario_on_a_desktop(visit) -> None:
    seen = visit("/")
    page = seen.page
    assert page.title() == "Countersight"
    assert page.locator("#map .leaflet-pane").count() > 0
    _open_mawlamyine(page)

    panel = page.locator("#panel")
    assert panel.is_visible()
    assert panel.locator("#panel-title").inner_text() == "Mawlamyine Safe City"
    supplier = panel.locator(".fact[data-predicate='hardware_supplier']")
    assert "Zhejiang Dahua Technology" in supplier.inner_text()
    assert supplier.locator(".badge.verification-unverified").inner_text() == "unverified"
    quotes = supplier.locator(".claim blockquote").all_inner_texts()
    assert any(DAHUA_QUOTE in q for q in quotes), quotes
    english_heading = supplier.locator("h3").inner_text()
    # A count is what sources reported, never a bare number.
    count = panel.locator(".fact[data-predicate='camera_count']").inner_text()
    assert "reported:" in count and "≥ 201" in count
    # Every value shown carries its verification.
    assert panel.locator(".value").count() == panel.locator(".value .badge").count() > 0
    screenshot(page, "mawlamyine-desktop-en.png")

    page.select_option("#lang", "my")
    page.wait_for_function("document.documentElement.lang === 'my'")
    burmese_heading = supplier.locator("h3").inner_text()
    assert burmese_heading != english_heading and MYANMAR_SCRIPT.search(burmese_heading)
    assert MYANMAR_SCRIPT.search(page.locator("#filters-toggle").inner_text())
    assert MYANMAR_SCRIPT.search(supplier.locator(".badge").inner_text())
    # Data stays as the sources give it: the quote is not translated.
    assert any(DAHUA_QUOTE in q for q in supplier.locator(".claim blockquote").all_inner_texts())
    screenshot(page, "mawlamyine-desktop-my.png")

    attribution = page.locator("#attribution").inner_text()
    assert "OpenStreetMap" in attribution and "GeoNames" in attribution
    assert page.locator("footer .known").is_visible()
    seen.check_clean()


def test_mawlamyine_on_a_phone_in_burmese(visit) -> None:
    seen = visit("/", viewport=PHONE, lang="my")
    page = seen.page
    assert page.evaluate("document.documentElement.lang") == "my"
    assert page.locator("#lang").input_value() == "my"
    screenshot(page, "map-phone-my.png")
    _open_mawlamyine(page)
    box = page.locator("#panel").bounding_box()
    # A bottom sheet: the full width, in the lower part of the screen, the map above it.
    assert box["width"] == PHONE["width"] and box["y"] > PHONE["height"] * 0.3
    supplier = page.locator("#panel .fact[data-predicate='hardware_supplier']")
    supplier.scroll_into_view_if_needed()
    assert MYANMAR_SCRIPT.search(supplier.locator("h3").inner_text())
    assert page.locator("#attribution").is_visible()
    screenshot(page, "mawlamyine-phone-my.png")
    page.locator("#panel-close").click()
    assert page.locator("#panel").is_hidden()
    seen.check_clean()


def test_a_denial_a_conflict_and_an_organisation_link(visit) -> None:
    seen = visit("/")
    page = seen.page
    page.locator(".dep-marker[data-key='mm-safe-city-programme']").click()
    supplier = page.locator("#panel .fact[data-predicate='hardware_supplier']")
    supplier.wait_for()
    assert supplier.locator(".badge.verification-disputed").count() >= 1
    denial = supplier.locator(".claim.stance-denies")
    assert denial.count() >= 1 and "denies" in denial.first.inner_text().lower()
    # The confidential informants appear by their alias only.
    assert "three people with direct knowledge" in supplier.inner_text()

    supplier.locator("button[data-org='hikvision']").click()
    page.wait_for_function(
        "document.querySelector('#panel-title').textContent.includes('Hikvision')"
    )
    identifier = page.locator("#panel .fact[data-predicate='identifier']")
    identifier.wait_for()
    assert identifier.locator(".values.conflict .value").count() == 2
    assert identifier.locator(".badge.verification-disputed").count() == 2
    screenshot(page, "hikvision-conflict.png")

    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()
    seen.check_clean()


def test_place_panel_and_search(visit) -> None:
    seen = visit("/")
    page = seen.page
    page.fill("#search-q", "Moulmein")
    result = page.locator("#search-results button[data-key='MM-15/mawlamyine']")
    result.wait_for()
    result.click()
    page.locator("#panel[data-kind='place']").wait_for()
    page.locator("#panel .dep-list button[data-deployment='mawlamyine-safe-city']").wait_for()
    assert page.locator("#panel-title").inner_text() == "Mawlamyine"
    assert page.locator("#panel .chart").count() == 4
    screenshot(page, "place-mawlamyine.png")
    page.locator("#panel .dep-list button[data-deployment='mawlamyine-safe-city']").click()
    page.locator("#panel .fact[data-predicate='hardware_supplier']").wait_for()
    seen.check_clean()


def _camera_with_a_direction(site: str) -> dict:
    if not MUNICH:
        pytest.skip("no Munich extract (shared or bundled): no OpenStreetMap cameras to draw")
    answer = httpx.get(
        f"{site}/api/v1/cameras", params={"bbox": "11.4,48.0,11.8,48.3", "limit": 500}
    ).json()
    for feature in answer["items"]:
        sector = feature["properties"].get("sector") or {}
        if sector.get("directions") and not sector.get("all_round"):
            return feature
    pytest.fail("the Munich extract has no camera with a direction")


def test_cameras_and_their_fields_of_view(visit, site: str) -> None:
    camera = _camera_with_a_direction(site)
    lon, lat = camera["geometry"]["coordinates"]
    key = camera["properties"]["key"]
    seen = visit(f"/#map=17/{lat:.6f}/{lon:.6f}")
    page = seen.page
    marker = page.locator(f".cam-marker[data-key='{key}']")
    marker.wait_for(state="visible")
    assert page.locator("path.wedge").count() >= 4  # four DORI bands, at least one camera
    for band in ("detection", "observation", "recognition", "identification"):
        assert page.locator(f"path.wedge.band-{band}").count() >= 1
    marker.click()
    page.locator("#panel[data-kind='camera'] .band-list li[data-band='identification']").wait_for()
    assert "assumed" in page.locator("#panel .assumptions").inner_text()
    screenshot(page, "camera-wedges.png")

    # Zoomed out, cameras come as clusters and no wedges are drawn.
    page.evaluate(f"window.countersight.map.setView([{lat}, {lon}], 12)")
    page.locator(".cluster").first.wait_for()
    assert page.locator("path.wedge").count() == 0
    seen.check_clean()


def _bbox(href: str) -> list[float]:
    return [float(v) for v in parse_qs(urlsplit(href).query)["bbox"][0].split(",")]


def test_download_links_carry_the_view_and_filters(visit, site: str) -> None:
    seen = visit("/")
    page = seen.page
    bounds = page.evaluate(
        "(() => { const b = window.countersight.map.getBounds();"
        " return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; })()"
    )
    links = {
        name: page.locator(f"#dl-{name}")
        for name in ("cameras-geojson", "cameras-csv", "deployments-geojson", "deployments-csv")
    }
    for link in links.values():
        assert link.get_attribute("download")
        assert _bbox(link.get_attribute("href")) == pytest.approx(bounds, abs=1e-4)

    page.evaluate("window.countersight.map.setView([48.137, 11.575], 14)")
    page.wait_for_function("document.querySelector('#dl-cameras-csv').href.includes('bbox=11.')")
    west, south, east, north = _bbox(links["cameras-csv"].get_attribute("href"))
    assert west < 11.575 < east and south < 48.137 < north

    page.locator("#filters-toggle").click()
    page.select_option("#f-supplier", "Zhejiang Dahua Technology")
    page.wait_for_function(
        "document.querySelector('#dl-cameras-csv').href.includes('manufacturer')"
    )
    # The map shows only the projects the filter keeps (the earlier government's has no supplier).
    page.wait_for_function("document.querySelectorAll('.dep-marker').length === 2")
    assert (
        page.locator(".dep-marker[data-key='mm-previous-government-camera-systems']").count() == 0
    )
    query = parse_qs(urlsplit(links["deployments-csv"].get_attribute("href")).query)
    assert query["supplier"] == ["Zhejiang Dahua Technology"]
    for link in links.values():
        response = httpx.get(site + link.get_attribute("href"))
        assert response.status_code == 200, (link.get_attribute("href"), response.text)
    seen.check_clean()


def test_keyboard_opens_and_closes_the_panel(visit) -> None:
    seen = visit("/")
    page = seen.page
    marker = page.locator(".leaflet-marker-icon:has(.dep-marker[data-key='mawlamyine-safe-city'])")
    assert marker.get_attribute("role") == "button"
    marker.focus()
    page.keyboard.press("Enter")
    page.locator("#panel .fact[data-predicate='hardware_supplier']").wait_for()
    assert page.evaluate("document.activeElement.id") == "panel-title"
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()
    assert page.evaluate("document.activeElement.querySelector('.dep-marker') !== null")
    # The layers and filters open from a real button and close with Escape.
    page.locator("#filters-toggle").focus()
    page.keyboard.press("Enter")
    assert page.locator("#controls").is_visible()
    page.keyboard.press("Escape")
    assert page.locator("#controls").is_hidden()
    assert page.locator("#filters-toggle").get_attribute("aria-expanded") == "false"
    seen.check_clean()


def test_burmese_interface_text_is_complete_unicode() -> None:
    """Every English string has a Burmese one, written in Unicode Myanmar, never Zawgyi."""
    import json
    import unicodedata

    from countersight.geo.burmese import has_myanmar_script, is_zawgyi, to_unicode

    folder = REPO / "countersight" / "web" / "static" / "i18n"
    english = json.loads((folder / "en.json").read_text(encoding="utf-8"))
    burmese = json.loads((folder / "my.json").read_text(encoding="utf-8"))
    assert burmese.keys() == english.keys()
    for key, text in burmese.items():
        placeholders = sorted(re.findall(r"\{\w+\}", english[key]))
        assert sorted(re.findall(r"\{\w+\}", text)) == placeholders, key
        if has_myanmar_script(text):
            # A string spelt the same in both encodings may look like Zawgyi to the detector
            # ("ဘာသာစကား" does); what matters is that reading it as Zawgyi changes nothing.
            assert not is_zawgyi(text) or to_unicode(text) == text, key
            assert text == unicodedata.normalize("NFC", text), key
            # Unicode order: the vowel sign E and medial RA come after their consonant.
            assert not re.search(r"(^|[^\u1000-\u109f])[\u1031\u103c]", text), key


def test_routes_between_two_clicked_points_in_munich(visit) -> None:
    need(MUNICH == ROUTED_MUNICH, f"routes need the streets of {ROUTED_MUNICH}")
    seen = visit(f"/#map=16/{(START[0] + END[0]) / 2:.5f}/{(START[1] + END[1]) / 2:.5f}")
    page = seen.page
    page.click("#routes-toggle")
    assert page.locator("#routes").is_visible()
    box = page.locator("#map").bounding_box()
    for lat, lon in (START, END):
        x, y = page.evaluate(
            "([lat, lon]) => { const p = window.countersight.map.latLngToContainerPoint("
            "[lat, lon]); return [p.x, p.y]; }",
            [lat, lon],
        )
        page.mouse.click(box["x"] + x, box["y"] + y)
    page.locator("#routes[data-routes]").wait_for()
    for kind in ("shortest", "least_exposed"):
        assert page.locator(f"path.route-line.route-{kind}").count() == 1
    cards = page.locator("#routes .route-card")
    shortest = cards.filter(has_text="Shortest").first
    least = cards.filter(has_text="Least exposed").first
    identified = {
        name: int(card.locator("dd[data-band='identification']").inner_text().split()[0])
        for name, card in (("shortest", shortest), ("least", least))
    }
    assert identified["shortest"] >= 7 > identified["least"]  # the placed dome is avoided
    assert "km" in shortest.inner_text() and "cameras passed" in shortest.inner_text()
    completeness = page.locator("#routes .route-completeness").inner_text()
    assert "How complete" in completeness and len(completeness) > 40
    assert page.locator("#route-from").input_value().startswith("48.13")

    # The slider asks again: at 0 the balanced route is the shortest.
    page.locator("#route-avoid").fill("0")
    page.locator("#route-avoid").dispatch_event("change")
    page.wait_for_function(
        "document.querySelector('#routes .route-card')?.innerText.includes('Balanced')"
    )
    screenshot(page, "routes-munich-desktop.png")
    seen.check_clean()


def test_street_exposure_layer(visit, site: str) -> None:
    need(MUNICH is not None and "shared" in str(MUNICH), "needs the Munich street extract")
    seen = visit("/#map=17/48.137400/11.575500")
    page = seen.page
    page.locator("#filters-toggle").click()
    page.locator("#layer-streets").check()
    page.wait_for_function("Number(document.documentElement.dataset.streetExposure) > 0")
    drawn = page.evaluate(
        "Array.from(document.querySelectorAll('path.leaflet-interactive'))"
        ".map((p) => p.getAttribute('stroke'))"
    )
    api = httpx.get(
        f"{site}/api/v1/layers/street-exposure",
        params={"bbox": "11.570,48.135,11.580,48.140"},
        timeout=30,
    ).json()
    bands = {f["properties"]["band"] for f in api["features"]}
    colours = {"#9b1c1c", "#d0532f", "#eb9a5d", "#f6d3ae"}  # wedges.js BAND_COLOURS
    assert "identification" in bands and set(drawn) & colours
    assert "OpenStreetMap contributors" in api["attribution"]
    # the layer says how complete the map is there, as the API does (Munich: no count claimed)
    note = page.locator("#street-completeness")
    assert note.is_visible() and "unknown" in note.inner_text()
    assert not api["completeness"]["known"]
    screenshot(page, "street-exposure.png")
    page.evaluate("window.countersight.map.setView([48.1374, 11.5755], 13)")
    page.wait_for_function("document.documentElement.dataset.streetExposure === 'zoom-in'")
    seen.check_clean()
