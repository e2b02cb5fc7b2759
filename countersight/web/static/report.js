// The field-report form: tap the map (or type coordinates), say what the camera is like, add
// photos. Everything is checked again by the server; nothing is public before review.

import { $, ready, reason, say, send, startPage } from "./account.js";
import { t } from "./i18n.js";
import { getJSON } from "./net.js";

const L = window.L;
const DIGITS = 6; // about 0.1 m: more would only be noise

function today() {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

async function setupMap(form) {
  const settings = await getJSON("/api/v1/map-settings").catch(() => ({ center: [19.5, 96], zoom: 5 }));
  const map = L.map("report-map", { zoomControl: true, attributionControl: true });
  map.setView(settings.center || [19.5, 96], Math.max(settings.zoom || 5, 5));
  if (settings.tile_url) {
    L.tileLayer(settings.tile_url, { attribution: settings.tile_attribution || "", maxZoom: 19 }).addTo(map);
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(settings.attribution || "");
  getJSON("/api/v1/layers/boundaries")
    .then((outline) => L.geoJSON(outline, { style: { color: "#32485c", weight: 1, fillOpacity: 0.04 }, pointToLayer: () => null, interactive: false }).addTo(map))
    .catch(() => null);
  let marker = null;
  const place = (lat, lon, pan) => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return;
    if (marker) marker.setLatLng([lat, lon]);
    else marker = L.circleMarker([lat, lon], { radius: 9, color: "#b2361e", weight: 3, fillOpacity: 0.5 }).addTo(map);
    if (pan) map.setView([lat, lon], Math.max(map.getZoom(), 16));
  };
  map.on("click", (event) => {
    form.lat.value = event.latlng.lat.toFixed(DIGITS);
    form.lon.value = L.Util.wrapNum(event.latlng.lng, [-180, 180], true).toFixed(DIGITS);
    place(Number(form.lat.value), Number(form.lon.value), false);
  });
  for (const input of [form.lat, form.lon]) {
    input.addEventListener("change", () => place(Number(form.lat.value), Number(form.lon.value), true));
  }
  return {
    map,
    clear() {
      if (marker) marker.remove();
      marker = null;
    },
  };
}

async function start() {
  const who = await startPage({ needs: "contributor" });
  if (!who) return ready();
  const form = $("#report-form");
  form.hidden = false;
  form.seen_on.value = today();
  form.seen_on.max = today();
  const picker = await setupMap(form);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    say(t("report.sending"));
    const data = new FormData(form);
    if (!form.photos.files.length) data.delete("photos");
    const answer = await send("/api/v1/field-reports", { form: data });
    button.disabled = false;
    if (answer.ok) {
      say(t("report.sent"), "ok");
      $("#message").dataset.ref = answer.data.ref;
      form.reset();
      form.seen_on.value = today();
      picker.clear();
      window.scrollTo(0, 0);
    } else {
      say(t("report.failed", { reason: reason(answer) }), "error");
    }
  });
  window.countersight = { map: picker.map };
  ready();
}

start();
