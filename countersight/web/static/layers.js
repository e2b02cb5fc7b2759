// The map's symbols: Safe City projects as circles by status and reported size, cameras and
// plate readers as markers (clusters when zoomed out) with their fields of view, boundaries
// with region labels, and the legend that explains them.

import { num, t } from "./i18n.js";
import { h } from "./panel.js";
import { BAND_COLOURS, BAND_ORDER, wedgesFor } from "./wedges.js";

const L = window.L;
export const WEDGE_MIN_ZOOM = 16;
export const STATUSES = ["planned", "tendered", "awarded", "installing", "operational", "suspended"];
const PHONE = window.matchMedia("(max-width: 640px)");

export function deploymentStatus(p) {
  const value = p.status && p.status.value;
  return STATUSES.includes(value) ? value : "unknown";
}

function deploymentSize(p) {
  const min = p.camera_count && Number(p.camera_count.min);
  if (!min || !(min > 0)) return 16;
  return Math.round(Math.min(56, 16 + 7 * Math.log10(1 + min)));
}

function deploymentTitle(p) {
  const status = t(`status.${deploymentStatus(p)}`);
  let title = t("deployment.label", { name: p.name, status });
  if (p.camera_count && p.camera_count.display) title += ` · ${t("panel.reported")} ${p.camera_count.display}`;
  return title;
}

/** On a phone the panel is a bottom sheet: move the map so `latlng` shows above it. */
export function revealAbovePanel(map, latlng) {
  if (!PHONE.matches) return;
  const size = map.getSize();
  const point = map.latLngToContainerPoint(latlng);
  const target = size.y * 0.22;
  if (Math.abs(point.y - target) > 24 || point.x < 20 || point.x > size.x - 20) {
    map.panBy([point.x - size.x / 2, point.y - target], { animate: false });
  }
}

export function drawDeployments(map, layer, features, panel) {
  layer.clearLayers();
  // Projects at the same place (a country's programmes) are spread round it, not stacked.
  const points = features.filter((f) => f.geometry && f.geometry.type === "Point");
  const sharing = new Map();
  for (const f of points) {
    const at = f.geometry.coordinates.join(",");
    sharing.set(at, [...(sharing.get(at) || []), f]);
  }
  for (const feature of points) {
    const p = feature.properties || {};
    const [lon, lat] = feature.geometry.coordinates;
    const size = deploymentSize(p);
    const group = sharing.get(feature.geometry.coordinates.join(","));
    let dx = 0;
    let dy = 0;
    if (group.length > 1) {
      const angle = (2 * Math.PI * group.indexOf(feature)) / group.length - Math.PI / 2;
      const spread = 10 + 2 * group.length;
      dx = Math.round(spread * Math.cos(angle));
      dy = Math.round(spread * Math.sin(angle));
    }
    const dot = h("span", {
      class: `dep-marker status-${deploymentStatus(p)}${p.verification === "disputed" ? " disputed" : ""}`,
      dataset: { key: p.key, verification: p.verification || "" },
    });
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ html: dot, className: "cs-icon dep-icon", iconSize: [size, size], iconAnchor: [size / 2 - dx, size / 2 - dy] }),
      title: deploymentTitle(p),
      alt: p.name,
      keyboard: true,
      zIndexOffset: -size * 10,
      riseOnHover: true,
    });
    const openPanel = () => {
      panel.deployment(p.key, p.name);
      revealAbovePanel(map, [lat, lon]);
    };
    marker.on("click", openPanel);
    marker.on("keypress", (e) => {
      if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") openPanel();
    });
    marker.addTo(layer);
  }
}

function clusterMarker(feature, map) {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const size = Math.round(Math.min(54, 24 + 7 * Math.log10(Math.max(1, p.count))));
  const label = t("cluster.label", { n: p.count, k: p.alpr || 0 });
  const body = h("span", { class: `cluster${p.alpr ? " has-alpr" : ""}`, dataset: { count: p.count } }, num(p.count, { notation: p.count >= 10000 ? "compact" : "standard" }));
  const marker = L.marker([lat, lon], {
    icon: L.divIcon({ html: body, className: "cs-icon cluster-icon", iconSize: [size, size] }),
    title: label,
    alt: label,
    keyboard: true,
  });
  const zoomIn = () => {
    const [w, s, e, n] = p.cell || [];
    if ([w, s, e, n].every(Number.isFinite)) map.fitBounds([[s, w], [n, e]], { maxZoom: Math.max(map.getZoom() + 1, 16) });
    else map.setView([lat, lon], map.getZoom() + 2);
  };
  marker.on("click", zoomIn);
  marker.on("keypress", (e) => {
    if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") zoomIn();
  });
  return marker;
}

function cameraMarker(map, feature, panel) {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const alpr = p.kind === "alpr";
  const dot = h("span", { class: `cam-marker${alpr ? " alpr" : ""}${p.status === "retired" ? " retired" : ""}`, dataset: { key: p.key, kind: p.kind || "" } });
  const kind = ["camera", "alpr", "guard"].includes(p.kind) ? p.kind : "other";
  const marker = L.marker([lat, lon], {
    icon: L.divIcon({ html: dot, className: "cs-icon cam-icon", iconSize: [14, 14] }),
    title: [t(`camera.kind.${kind}`), p.operator, p.manufacturer].filter(Boolean).join(" · "),
    alt: t(`camera.kind.${kind}`),
    keyboard: true,
    zIndexOffset: alpr ? 100 : 0,
  });
  const open = () => {
    panel.camera(feature);
    revealAbovePanel(map, [lat, lon]);
  };
  marker.on("click", open);
  marker.on("keypress", (e) => {
    if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") open();
  });
  return marker;
}

export function drawCameras(map, layers, collection, panel, visible) {
  layers.cameras.clearLayers();
  layers.alpr.clearLayers();
  layers.wedges.clearLayers();
  const showWedges = map.getZoom() >= WEDGE_MIN_ZOOM;
  for (const feature of collection.features || []) {
    if (!feature.geometry || feature.geometry.type !== "Point") continue;
    const p = feature.properties || {};
    if (p.cluster) {
      clusterMarker(feature, map).addTo(layers.cameras);
      continue;
    }
    const alpr = p.kind === "alpr";
    cameraMarker(map, feature, panel).addTo(alpr ? layers.alpr : layers.cameras);
    if (showWedges && visible[alpr ? "alpr" : "cameras"]) {
      for (const wedge of wedgesFor(L, feature)) wedge.addTo(layers.wedges);
    }
  }
}

function unitName(p) {
  const code = document.documentElement.lang;
  return (p.names && p.names[code]) || p.name || p.key;
}

export function drawBoundaries(layers, collection, panel, withTiles) {
  layers.outlines.clearLayers();
  layers.labels.clearLayers();
  for (const feature of collection.features || []) {
    const p = feature.properties || {};
    const type = feature.geometry && feature.geometry.type;
    if (type === "Polygon" || type === "MultiPolygon") {
      L.geoJSON(feature, {
        pane: "boundaries",
        interactive: false,
        style: { color: "#6b7682", weight: p.level === "country" ? 1.2 : 0.6, fillColor: "#fbfaf6", fillOpacity: withTiles ? 0 : 1, className: `outline level-${p.level || "unit"}` },
      }).addTo(layers.outlines);
    } else if (type === "Point") {
      const [lon, lat] = feature.geometry.coordinates;
      const name = unitName(p);
      const label = h("span", { class: "unit-label", dataset: { key: p.key || "" } }, name);
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ html: label, className: "cs-label", iconSize: [0, 0] }),
        title: name,
        keyboard: true,
        zIndexOffset: -1000,
      });
      const open = () => p.key && panel.place(p.key, name);
      marker.on("click", open);
      marker.on("keypress", (e) => {
        if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") open();
      });
      marker.addTo(layers.labels);
    }
  }
}

/** Hide region labels that would overlap a project or a label drawn before them. */
export function declutterLabels(layer) {
  // Projects' circles come first: a label never covers one.
  const drawn = [...document.querySelectorAll("#map .dep-marker")].map((el) => el.getBoundingClientRect());
  layer.eachLayer((marker) => {
    const el = marker.getElement()?.querySelector(".unit-label");
    if (!el) return;
    el.style.visibility = "";
    const box = el.getBoundingClientRect();
    const clash = drawn.some((b) => box.left < b.right + 4 && box.right + 4 > b.left && box.top < b.bottom && box.bottom > b.top);
    if (clash) el.style.visibility = "hidden";
    else drawn.push(box);
  });
}

export function legendControl() {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = () => {
    const box = h("details", { class: "legend", open: !PHONE.matches });
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    control.render = () => {
      const statusItems = [...STATUSES, "unknown"].map((s) =>
        h("li", {}, h("span", { class: "dot", style: `background:var(--status-${s})` }), t(`status.${s}`))
      );
      const bands = h("span", { class: "bands", "aria-hidden": "true" }, BAND_ORDER.map((b) => h("i", { style: `background:${BAND_COLOURS[b]}` })));
      box.replaceChildren(
        h("summary", {}, t("legend.title")),
        h(
          "ul",
          {},
          h("li", {}, h("span", { class: "swatch camera" }), t("legend.camera")),
          h("li", {}, h("span", { class: "swatch alpr" }), t("legend.alpr")),
          h("li", {}, h("span", { class: "dot", style: "background:var(--cluster)" }), t("legend.cluster")),
          h("li", {}, bands, t("legend.bands"))
        ),
        h("p", { class: "sub" }, t("legend.deployments")),
        h("ul", { class: "statuses" }, statusItems)
      );
    };
    control.render();
    return box;
  };
  return control;
}
