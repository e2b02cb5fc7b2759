// Less-exposed routes on the map: pick a start and a destination (click the map, or type
// LAT,LON for keyboard and screen-reader users), then the atlas's /api/v1/route draws the
// shortest, balanced and least-exposed routes in distinct, labelled styles, with their
// figures, how complete the camera map is around them, and every assumption behind them.

import { num, onChange, t } from "./i18n.js";
import { h } from "./panel.js";

const L = window.L;
const KINDS = ["shortest", "balanced", "least_exposed", "alternative"];
const BANDS = ["detection", "observation", "recognition", "identification"];
// Colour, width and dash differ, so the routes stay apart without relying on colour alone.
const STYLES = {
  shortest: { color: "#1f5f8b", weight: 5, dashArray: null },
  balanced: { color: "#8a3ffc", weight: 5, dashArray: "12 8" },
  least_exposed: { color: "#0f7b3f", weight: 8, dashArray: null, opacity: 0.75 },
  alternative: { color: "#5f6b76", weight: 3, dashArray: "2 7" },
};
const LAT_LON = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

function field(id, labelKey, input) {
  return h("div", { class: "route-field" }, h("label", { for: id, dataset: { i18n: labelKey } }, t(labelKey)), input);
}

function routeName(route) {
  return route.kinds.map((kind) => t(`routes.kind.${kind}`)).join(" · ");
}

/** The routes sheet and its map layer; returns nothing, keeps its own state. */
export function setupRoutes(map, toggle) {
  const layer = L.layerGroup().addTo(map);
  const points = { from: null, to: null };
  const markers = { from: null, to: null };
  let answer = null;
  let request = null;

  const input = (id) =>
    h("input", { id, type: "text", inputmode: "decimal", autocomplete: "off", placeholder: "48.1374, 11.5755", spellcheck: "false" });
  const fromInput = input("route-from");
  const toInput = input("route-to");
  const centreButton = (which) =>
    h("button", { type: "button", class: "button subtle", onclick: () => setPoint(which, map.getCenter()), dataset: { i18n: "routes.centre" } }, t("routes.centre"));
  const mode = h(
    "select",
    { id: "route-mode" },
    ["foot", "motorcycle", "car"].map((m) => h("option", { value: m, dataset: { i18n: `routes.mode.${m}` } }, t(`routes.mode.${m}`)))
  );
  const avoid = h("input", { id: "route-avoid", type: "range", min: "0", max: "1", step: "0.05", value: "0.5" });
  const avoidValue = h("output", { for: "route-avoid", class: "route-avoid-value" });
  const results = h("div", { class: "route-results", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "route-form", onsubmit: (event) => { event.preventDefault(); readInputs(); } },
    h("p", { class: "route-help", dataset: { i18n: "routes.help" } }, t("routes.help")),
    field("route-from", "routes.from", h("div", { class: "route-point" }, fromInput, centreButton("from"))),
    field("route-to", "routes.to", h("div", { class: "route-point" }, toInput, centreButton("to"))),
    field("route-mode", "routes.mode", mode),
    field("route-avoid", "routes.avoid", h("div", { class: "route-avoid" }, avoid, avoidValue)),
    h("p", { class: "route-scale", dataset: { i18n: "routes.avoidScale" } }, t("routes.avoidScale")),
    h(
      "div",
      { class: "route-actions" },
      h("button", { type: "submit", class: "button primary", dataset: { i18n: "routes.find" } }, t("routes.find")),
      h("button", { type: "button", class: "button subtle", onclick: clear, dataset: { i18n: "routes.clear" } }, t("routes.clear"))
    )
  );
  const sheet = h(
    "section",
    { id: "routes", class: "routes-sheet", "aria-labelledby": "routes-title", hidden: true },
    h(
      "div",
      { class: "sheet-head" },
      h("h2", { id: "routes-title", dataset: { i18n: "routes.title" } }, t("routes.title")),
      h(
        "button",
        { type: "button", class: "icon-button close", onclick: () => open(false), "aria-label": t("routes.close"), dataset: { i18nLabel: "routes.close" } },
        "×"
      )
    ),
    form,
    results
  );
  document.querySelector(".stage").append(sheet);

  function open(show = sheet.hidden) {
    if (show && !document.querySelector("#controls")?.hidden) document.querySelector("#controls-close")?.click();
    sheet.hidden = !show;
    toggle.setAttribute("aria-expanded", String(show));
    if (show) fromInput.focus();
    else toggle.focus();
  }
  toggle.addEventListener("click", () => open());
  sheet.addEventListener("keydown", (event) => {
    if (event.key === "Escape") open(false);
  });

  function showAvoid() {
    avoidValue.textContent = num(Number(avoid.value), { minimumFractionDigits: 2 });
    avoid.setAttribute("aria-valuetext", `${avoidValue.textContent} (${t("routes.avoidScale")})`);
  }
  showAvoid();
  avoid.addEventListener("input", showAvoid);
  avoid.addEventListener("change", () => fetchRoutes());
  mode.addEventListener("change", () => fetchRoutes());

  function setPoint(which, latlng, { fetchNow = true } = {}) {
    points[which] = latlng;
    (which === "from" ? fromInput : toInput).value = `${latlng.lat.toFixed(5)}, ${latlng.lng.toFixed(5)}`;
    if (markers[which]) layer.removeLayer(markers[which]);
    const letter = which === "from" ? "A" : "B";
    markers[which] = L.marker(latlng, {
      icon: L.divIcon({ className: `route-pin route-pin-${which}`, html: letter, iconSize: [26, 26] }),
      keyboard: false,
      title: t(`routes.${which}`),
    }).addTo(layer);
    if (fetchNow) fetchRoutes();
  }

  function readInputs() {
    for (const [which, element] of [["from", fromInput], ["to", toInput]]) {
      const match = LAT_LON.exec(element.value);
      if (!match) {
        message(t("routes.badPoint", { text: element.value || "—" }), true);
        element.focus();
        return;
      }
      setPoint(which, L.latLng(Number(match[1]), Number(match[2])), { fetchNow: false });
    }
    fetchRoutes();
  }

  // While the sheet is open, clicks on the map pick the start, then the destination.
  map.on("click", (event) => {
    if (sheet.hidden) return;
    if (!points.from || (points.from && points.to)) {
      if (points.to) clear();
      setPoint("from", event.latlng);
    } else {
      setPoint("to", event.latlng);
    }
  });

  function clear() {
    if (request) request.abort();
    layer.clearLayers();
    points.from = points.to = markers.from = markers.to = null;
    fromInput.value = toInput.value = "";
    answer = null;
    results.replaceChildren();
    delete sheet.dataset.routes;
  }

  function message(text, isError = false) {
    results.replaceChildren(h("p", { class: isError ? "route-error" : "route-note", role: isError ? "alert" : null }, text));
  }

  async function fetchRoutes() {
    if (!points.from || !points.to) {
      message(t(points.from ? "routes.pickEnd" : "routes.pickStart"));
      return;
    }
    if (request) request.abort();
    request = new AbortController();
    const query = new URLSearchParams({
      from: `${points.from.lat.toFixed(6)},${points.from.lng.toFixed(6)}`,
      to: `${points.to.lat.toFixed(6)},${points.to.lng.toFixed(6)}`,
      mode: mode.value,
      avoid: avoid.value,
      alternatives: "2",
    });
    message(t("routes.loading"));
    sheet.dataset.loading = "1";
    try {
      const response = await fetch(`/api/v1/route?${query}`, { signal: request.signal, headers: { Accept: "application/json" } });
      const body = await response.json();
      if (!response.ok) {
        message(typeof body.detail === "string" ? body.detail : t("routes.error"), true);
        return;
      }
      answer = { ...body, query: query.toString() };
      draw(true);
    } catch (error) {
      if (error.name !== "AbortError") message(t("routes.error"), true);
    } finally {
      delete sheet.dataset.loading;
    }
  }

  function draw(fit) {
    for (const line of layer.getLayers().filter((l) => l instanceof L.Polyline)) layer.removeLayer(line);
    if (!answer) return;
    const order = (route) => -KINDS.indexOf(route.kinds[0]); // alternatives underneath
    const sorted = [...answer.routes].sort((a, b) => order(a) - order(b));
    const lines = [];
    for (const route of sorted) {
      const kind = route.kinds[0];
      const latlngs = route.geometry.coordinates.map(([lon, lat]) => [lat, lon]);
      const classes = ["route-line", ...route.kinds.map((k) => `route-${k}`)].join(" ");
      const line = L.polyline(latlngs, { ...STYLES[kind], className: classes, interactive: true })
        .bindTooltip(routeName(route), { sticky: true })
        .addTo(layer);
      lines.push(line);
    }
    if (fit && lines.length) map.fitBounds(L.featureGroup(lines).getBounds(), { ...clearOfSheet(), maxZoom: 17 });
    describe();
    sheet.dataset.routes = String(answer.routes.length);
  }

  // Fit the routes into the part of the map the sheet leaves free (beside it, or above it).
  function clearOfSheet() {
    const sheetBox = sheet.getBoundingClientRect();
    const mapBox = map.getContainer().getBoundingClientRect();
    if (sheetBox.top - mapBox.top > 40) return { paddingTopLeft: [30, 30], paddingBottomRight: [30, mapBox.bottom - sheetBox.top + 20] };
    return { paddingTopLeft: [sheetBox.right - mapBox.left + 20, 30], paddingBottomRight: [30, 30] };
  }

  function describe() {
    const rows = answer.routes.map((route) =>
      h(
        "li",
        { class: "route-card", dataset: { kind: route.kinds[0] } },
        h("span", { class: `route-swatch route-${route.kinds[0]}`, "aria-hidden": "true" }),
        h("div", {},
          h("p", { class: "route-name" }, routeName(route)),
          h("p", { class: "route-figures" },
            t("routes.figures", {
              km: num(route.length_m / 1000, { maximumFractionDigits: 2 }),
              min: num(Math.round(route.time_s / 60)),
              cameras: num(route.cameras_passed),
            })
          ),
          h("dl", { class: "route-bands" },
            BANDS.flatMap((band) => [
              h("dt", {}, t(`band.${band}`)),
              h("dd", { dataset: { band } }, `${num(Math.round(route.band_m[band]))} m`),
            ])
          )
        )
      )
    );
    const completeness = answer.completeness;
    const download = h("a", { class: "dl", href: `/api/v1/route?${answer.query}&format=geojson`, download: "routes.geojson" }, t("routes.download"));
    results.replaceChildren(
      h("ul", { class: "route-list" }, rows),
      h("div", { class: `route-completeness${completeness?.known ? "" : " unknown"}` },
        h("h3", {}, t("routes.completeness")),
        h("p", {}, completeness?.summary || t("routes.completenessMissing"))
      ),
      h("p", { class: "route-note" }, t("routes.knownOnly")),
      h("details", { class: "route-assumptions" },
        h("summary", {}, t("routes.assumptions", { count: answer.assumptions.length })),
        h("ul", {}, answer.assumptions.map((text) => h("li", {}, text)))
      ),
      h("p", {}, download)
    );
  }

  onChange(() => {
    for (const el of sheet.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
    for (const el of sheet.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel));
    showAvoid();
    if (answer) draw(false);
  });
}
