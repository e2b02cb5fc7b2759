// The street exposure layer: stored streets coloured by the strongest DORI band any known
// camera gives them (for people on foot), from /api/v1/layers/street-exposure. Kept apart from
// app.js: it only needs the map, which the page publishes as window.countersight once ready.

import { t } from "./i18n.js";
import { debounce, getJSON } from "./net.js";
import { BAND_COLOURS, BAND_ORDER } from "./wedges.js";

const MIN_ZOOM = 15; // the API answers a few kilometres across at a time
const FETCH_DELAY_MS = 250;

function whenReady(callback) {
  if (document.documentElement.dataset.ready === "1") return callback();
  const observer = new MutationObserver(() => {
    if (document.documentElement.dataset.ready === "1") {
      observer.disconnect();
      callback();
    }
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-ready"] });
}

function bboxOf(map) {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(",");
}

function describe(properties) {
  const lines = [properties.name || properties.highway];
  for (const band of BAND_ORDER) {
    const metres = properties.metres[band];
    if (metres > 0) lines.push(`${t(`band.${band}`, {}, band)}: ${metres.toFixed(0)} m`);
  }
  lines.push(t("streets.cameras", { n: properties.cameras }, `${properties.cameras} camera(s)`));
  return lines.join("\n");
}

whenReady(() => {
  const L = window.L;
  const { map } = window.countersight;
  const checkbox = document.querySelector("#layer-streets");
  const note = document.querySelector("#street-completeness");
  const layer = L.layerGroup();
  let request = null;

  async function load() {
    if (request) request.abort();
    layer.clearLayers();
    note.hidden = true;
    const active = checkbox.checked && map.getZoom() >= MIN_ZOOM;
    document.documentElement.dataset.streetExposure = checkbox.checked && !active ? "zoom-in" : "";
    if (!active) return;
    request = new AbortController();
    try {
      const data = await getJSON(`/api/v1/layers/street-exposure?mode=foot&bbox=${bboxOf(map)}`, request.signal);
      L.geoJSON(data, {
        style: (feature) => ({ color: BAND_COLOURS[feature.properties.band], weight: 5, opacity: 0.85 }),
        onEachFeature: (feature, line) => line.bindTooltip(describe(feature.properties), { sticky: true }),
      }).addTo(layer);
      if (data.completeness) {
        // The layer shows known cameras only: say how much of the reported total they are.
        note.textContent = `${t("streets.completeness", {}, "How complete the camera map is here:")} ${data.completeness.summary}`;
        note.hidden = false;
      }
      document.documentElement.dataset.streetExposure = String(data.features.length);
    } catch (error) {
      if (error.name !== "AbortError") document.documentElement.dataset.streetExposure = "error";
    }
  }

  checkbox.addEventListener("change", () => {
    if (checkbox.checked) layer.addTo(map);
    else map.removeLayer(layer);
    load();
  });
  map.on("moveend zoomend", debounce(load, FETCH_DELAY_MS));
});
