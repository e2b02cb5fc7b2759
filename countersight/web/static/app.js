// Countersight's map page: known cameras (with their fields of view), Safe City projects and
// boundaries, drawn with Leaflet from the atlas's own API. Nothing loads from outside: no CDN,
// no web fonts, and no map tiles unless the atlas is configured with a tile server.

import { initialLanguage, onChange, setLanguage, t } from "./i18n.js";
import { declutterLabels, drawBoundaries, drawCameras, drawDeployments, legendControl, STATUSES, WEDGE_MIN_ZOOM } from "./layers.js";
import { createPanel, h } from "./panel.js";
import { setupRoutes } from "./routes.js";
import { setupSearch } from "./search.js";
import { debounce, getJSON } from "./net.js";

const L = window.L;
const LABEL_MIN_ZOOM = 5;
const FETCH_DELAY_MS = 250;
const VERIFICATIONS = ["unverified", "corroborated", "verified", "disputed"];
const PHONE = window.matchMedia("(max-width: 640px)");
const FALLBACK_SETTINGS = {
  tile_url: null,
  tile_attribution: null,
  attribution: "Places: GeoNames (CC BY 4.0). Map data © OpenStreetMap contributors (ODbL).",
  center: [19.5, 96.0],
  zoom: 6,
  languages: ["en", "my"],
};

const $ = (selector) => document.querySelector(selector);
const state = {
  settings: FALLBACK_SETTINGS,
  deploymentsAll: [], // unfiltered, for the filter choices and names
  deployments: [],
  cameraAttribution: null,
  cameras: null,
  cameraRequest: null,
  deploymentRequest: null,
  loads: 0,
};


function plainText(html) {
  if (!html) return "";
  return new DOMParser().parseFromString(String(html), "text/html").body.textContent || "";
}

function statusLine(text) {
  $("#status-line").textContent = text || "";
}

// ---- Filters and the query strings built from them ----

function filterValues() {
  const form = $("#filters");
  const value = (name) => form.elements[name].value.trim();
  return {
    supplier: value("supplier"),
    procurer: value("procurer"),
    capability: value("capability"),
    status: value("status"),
    verification: value("verification"),
    since: value("since"),
    until: value("until"),
    camstatus: value("camstatus"),
  };
}

function bboxParam(map) {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const w = clamp(b.getWest(), -180, 180);
  const e = clamp(b.getEast(), -180, 180);
  const s = clamp(b.getSouth(), -85.05, 85.05);
  const n = clamp(b.getNorth(), -85.05, 85.05);
  return [w, s, e, n].map((v) => v.toFixed(5)).join(",");
}

function deploymentQuery() {
  const f = filterValues();
  const q = new URLSearchParams();
  for (const key of ["supplier", "procurer", "capability", "status", "verification", "since", "until"]) {
    if (f[key]) q.set(key, f[key]);
  }
  return q;
}

function cameraQuery(map, { withZoom = true } = {}) {
  const f = filterValues();
  const q = new URLSearchParams();
  q.set("bbox", bboxParam(map));
  if (withZoom) q.set("zoom", String(Math.round(map.getZoom())));
  const cameras = $("#layer-cameras").checked;
  const alpr = $("#layer-alpr").checked;
  if (alpr && !cameras) q.set("type", "alpr");
  else if (cameras && !alpr) q.set("exclude_type", "alpr");
  if (f.camstatus && f.camstatus !== "active") q.set("status", f.camstatus);
  if (f.supplier) q.set("manufacturer", f.supplier);
  if (f.since) q.set("since", f.since);
  if (f.until) q.set("until", f.until);
  return q;
}

function updateDownloads(map) {
  const cameras = cameraQuery(map, { withZoom: false }).toString();
  const deployments = deploymentQuery();
  deployments.set("bbox", bboxParam(map));
  const dq = deployments.toString();
  $("#dl-cameras-geojson").href = `/api/v1/export/cameras.geojson?${cameras}`;
  $("#dl-cameras-csv").href = `/api/v1/export/cameras.csv?${cameras}`;
  $("#dl-deployments-geojson").href = `/api/v1/export/deployments.geojson?${dq}`;
  $("#dl-deployments-csv").href = `/api/v1/export/deployments.csv?${dq}`;
}

function fillSelect(select, values, label) {
  const chosen = select.value;
  const any = h("option", { value: "", "data-i18n": "filters.any" }, t("filters.any"));
  const options = [...new Set(values)].filter(Boolean).map((v) => h("option", { value: v }, label(v)));
  select.replaceChildren(any, ...options);
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

function termLabel(term) {
  const key = `term.${term}`;
  const text = t(key);
  return text === key ? term.replace(/_/g, " ") : text;
}

function refreshFilterChoices() {
  const all = state.deploymentsAll.map((f) => f.properties || {});
  const sorted = (list) => [...new Set(list)].sort((a, b) => a.localeCompare(b));
  fillSelect($("#f-supplier"), sorted(all.flatMap((p) => p.suppliers || [])), (v) => v);
  fillSelect($("#f-procurer"), sorted(all.flatMap((p) => p.procurers || [])), (v) => v);
  fillSelect($("#f-capability"), sorted(all.flatMap((p) => p.capabilities || [])), termLabel);
  const seen = all.map((p) => p.status && p.status.value).filter(Boolean);
  fillSelect($("#f-status"), [...STATUSES, ...seen.filter((s) => !STATUSES.includes(s))], (v) => t(`status.${v}`, {}, v));
  fillSelect($("#f-verification"), VERIFICATIONS, (v) => t(`verification.${v}`));
}

function describeView(map) {
  const c = state.cameras;
  if (!c || !($("#layer-cameras").checked || $("#layer-alpr").checked)) return statusLine("");
  let text = t("view.total", { n: c.total ?? (c.features || []).length });
  if (c.truncated) text += ` — ${t("view.truncated")}`;
  else if (!c.clustered && map.getZoom() < WEDGE_MIN_ZOOM && (c.features || []).some((f) => f.properties && (f.properties.directions || []).length)) {
    text += ` — ${t("note.wedges")}`;
  }
  statusLine(text);
}

// ---- The view in the address: #map=zoom/lat/lon ----

function viewFromHash() {
  const match = /map=(\d{1,2}(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)/.exec(location.hash);
  if (!match) return null;
  const [zoom, lat, lon] = match.slice(1).map(Number);
  if (Math.abs(lat) > 85 || Math.abs(lon) > 180 || zoom > 19) return null;
  return { center: [lat, lon], zoom };
}

function writeHash(map) {
  const c = map.getCenter();
  const z = map.getZoom();
  const digits = Math.max(2, Math.ceil(Math.log2(Math.max(z, 1))));
  history.replaceState(null, "", `${location.pathname}${location.search}#map=${z}/${c.lat.toFixed(digits)}/${c.lng.toFixed(digits)}`);
}

// ---- Start ----

async function start() {
  const settingsRequest = getJSON("/api/v1/map-settings").catch(() => null);
  const boundariesRequest = getJSON("/api/v1/layers/boundaries").catch(() => null);
  const languages = ["en", "my"];
  await setLanguage(initialLanguage(), languages);
  const settings = { ...FALLBACK_SETTINGS, ...((await settingsRequest) || {}) };
  state.settings = settings;
  const langSelect = $("#lang");
  langSelect.value = document.documentElement.lang;
  for (const option of langSelect.options) option.hidden = !(settings.languages || languages).includes(option.value);

  const boundaries = await boundariesRequest;
  const view = viewFromHash();
  const map = L.map("map", { attributionControl: false, minZoom: 2, maxZoom: 19, worldCopyJump: true, zoomSnap: 1 });
  const countries = (boundaries?.features || []).filter((f) => f.properties?.level === "country" && f.geometry);
  if (view) map.setView(view.center, view.zoom);
  else if (countries.length) map.fitBounds(L.geoJSON({ type: "FeatureCollection", features: countries }).getBounds(), { padding: [6, 6], maxZoom: settings.zoom || 6 });
  else map.setView(settings.center, settings.zoom);
  map.createPane("boundaries").style.zIndex = 250;
  map.createPane("wedges").style.zIndex = 390;
  const withTiles = Boolean(settings.tile_url);
  if (withTiles) {
    L.tileLayer(settings.tile_url, { maxZoom: 19, attribution: settings.tile_attribution || "" }).addTo(map);
  }

  const layers = {
    outlines: L.layerGroup().addTo(map),
    labels: L.layerGroup(),
    deployments: L.layerGroup().addTo(map),
    cameras: L.layerGroup().addTo(map),
    alpr: L.layerGroup().addTo(map),
    wedges: L.layerGroup({ pane: "wedges" }).addTo(map),
  };

  const footer = () => {
    const parts = [];
    for (const part of [settings.attribution, withTiles ? plainText(settings.tile_attribution) : null, state.cameraAttribution]) {
      if (part && !parts.some((p) => p.includes(part))) parts.push(part);
    }
    $("#attribution").textContent = parts.join(" · ");
  };
  footer();

  let panel = null;
  panel = createPanel({
    root: $("#panel"),
    onClose: () => {},
    links: {
      organisation: (key) => panel.organisation(key),
      deployment: (key) => panel.deployment(key, deploymentName(key)),
      place: (key, name) => panel.place(key, name),
      deploymentName,
      mappedCameras: (key) => state.deploymentsAll.find((f) => f.properties.key === key)?.properties.mapped_cameras,
    },
  });
  function deploymentName(key) {
    return state.deploymentsAll.find((f) => f.properties.key === key)?.properties.name;
  }
  const panelObserver = new MutationObserver(() => {
    if (!$("#panel").hidden && PHONE.matches) toggleControls(false);
  });
  panelObserver.observe($("#panel"), { attributes: true, attributeFilter: ["hidden"] });

  // Layers, loaded in turn.
  const labelsByZoom = () => {
    const want = $("#layer-boundaries").checked && map.getZoom() >= LABEL_MIN_ZOOM;
    if (want && !map.hasLayer(layers.labels)) layers.labels.addTo(map);
    if (!want && map.hasLayer(layers.labels)) map.removeLayer(layers.labels);
    if (want) declutterLabels(layers.labels);
  };
  if (boundaries) {
    drawBoundaries(layers, boundaries, panel, withTiles);
    labelsByZoom();
  }

  async function loadDeployments() {
    if (state.deploymentRequest) state.deploymentRequest.abort();
    const controller = new AbortController();
    state.deploymentRequest = controller;
    const query = deploymentQuery().toString();
    try {
      const data = await getJSON(`/api/v1/layers/deployments${query ? `?${query}` : ""}`, controller.signal);
      if (!query) {
        state.deploymentsAll = data.features || [];
        refreshFilterChoices();
      }
      state.deployments = data.features || [];
      drawDeployments(map, layers.deployments, state.deployments, panel);
      labelsByZoom();
    } catch (error) {
      if (error.name !== "AbortError") statusLine(t("view.offline"));
    }
  }

  function redrawCameras(collection) {
    const visible = { cameras: $("#layer-cameras").checked, alpr: $("#layer-alpr").checked };
    drawCameras(map, layers, collection, panel, visible);
    describeView(map);
  }

  async function loadCameras() {
    if (state.cameraRequest) state.cameraRequest.abort();
    const wanted = $("#layer-cameras").checked || $("#layer-alpr").checked;
    if (!wanted) {
      state.cameras = null;
      redrawCameras({ features: [] });
      return;
    }
    const controller = new AbortController();
    state.cameraRequest = controller;
    try {
      const data = await getJSON(`/api/v1/layers/cameras?${cameraQuery(map)}`, controller.signal);
      if (controller.signal.aborted) return;
      state.cameras = data;
      if (data.attribution && data.attribution !== state.cameraAttribution) {
        state.cameraAttribution = data.attribution;
        footer();
      }
      redrawCameras(data);
      state.loads += 1;
      document.documentElement.dataset.cameraLoads = String(state.loads);
    } catch (error) {
      if (error.name !== "AbortError") statusLine(t("view.offline"));
    }
  }

  const onView = debounce(() => {
    writeHash(map);
    updateDownloads(map);
    labelsByZoom();
    loadCameras();
  }, FETCH_DELAY_MS);
  map.on("moveend zoomend", onView);

  // Controls: layer toggles, filters, the sheet itself.
  function toggleControls(open) {
    const controls = $("#controls");
    const button = $("#filters-toggle");
    const show = open ?? controls.hidden;
    controls.hidden = !show;
    button.setAttribute("aria-expanded", String(show));
    if (show && PHONE.matches && panel.isOpen()) panel.close();
    if (show) controls.querySelector("input, select, button")?.focus();
  }
  $("#filters-toggle").addEventListener("click", () => toggleControls());
  $("#controls-close").addEventListener("click", () => {
    toggleControls(false);
    $("#filters-toggle").focus();
  });
  $("#controls").addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      toggleControls(false);
      $("#filters-toggle").focus();
    }
  });

  const toggleLayer = (checkbox, layer) => {
    if (checkbox.checked) layer.addTo(map);
    else map.removeLayer(layer);
  };
  $("#layer-deployments").addEventListener("change", (e) => toggleLayer(e.target, layers.deployments));
  $("#layer-boundaries").addEventListener("change", (e) => {
    toggleLayer(e.target, layers.outlines);
    labelsByZoom();
  });
  for (const id of ["#layer-cameras", "#layer-alpr"]) {
    $(id).addEventListener("change", () => {
      toggleLayer($("#layer-cameras"), layers.cameras);
      toggleLayer($("#layer-alpr"), layers.alpr);
      updateDownloads(map);
      loadCameras();
    });
  }
  const onFilter = debounce(() => {
    updateDownloads(map);
    loadDeployments();
    loadCameras();
  }, 50);
  $("#filters").addEventListener("change", onFilter);
  $("#filters").addEventListener("reset", () => setTimeout(onFilter, 0));
  $("#filters").addEventListener("submit", (event) => event.preventDefault());

  langSelect.addEventListener("change", () => setLanguage(langSelect.value, settings.languages || languages));
  const legend = legendControl().addTo(map);
  onChange(() => {
    langSelect.value = document.documentElement.lang;
    legend.render?.();
    refreshFilterChoices();
    drawDeployments(map, layers.deployments, state.deployments, panel);
    if (boundaries) drawBoundaries(layers, boundaries, panel, withTiles);
    labelsByZoom();
    if (state.cameras) redrawCameras(state.cameras);
    panel.redraw();
  });

  setupSearch(map, panel);
  setupRoutes(map, $("#routes-toggle"));
  window.countersight = { map, panel, state };
  updateDownloads(map);
  writeHash(map);
  await Promise.all([loadDeployments(), loadCameras()]);
  document.documentElement.dataset.ready = "1";
}

start().catch((error) => {
  statusLine(String(error));
  throw error;
});
