// The side panel (a bottom sheet on a phone): a deployment's or organisation's facts with the
// claims behind each value, a place's summary charts, or one camera's details. It shows only
// what the API gives: confidential sources appear by their alias and nothing more.

import { barChart, columnChart } from "./charts.js";
import { lang, num, t, has } from "./i18n.js";
import { BAND_COLOURS } from "./wedges.js";

/** Build an element: h("p", {class: "x"}, "text", child, …). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function badge(state) {
  const known = ["unverified", "corroborated", "verified", "disputed"].includes(state) ? state : "unverified";
  return h(
    "span",
    { class: `badge verification-${known}`, title: t(`verification.help.${known}`), dataset: { verification: known } },
    t(`verification.${known}`)
  );
}

function capitalise(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

export function createPanel({ root, onClose, links }) {
  const kindEl = root.querySelector("#panel-kind");
  const titleEl = root.querySelector("#panel-title");
  const bodyEl = root.querySelector("#panel-body");
  const closeButton = root.querySelector("#panel-close");
  let shown = null; // {kind, key, data} of what is on screen, to re-render on a language switch
  let controller = null;
  let returnFocus = null;

  function close() {
    if (controller) controller.abort();
    root.hidden = true;
    shown = null;
    onClose?.();
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    returnFocus = null;
  }

  closeButton.addEventListener("click", close);
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
    }
  });

  function open(kind, title) {
    if (root.hidden) {
      returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    }
    root.hidden = false;
    root.dataset.kind = kind;
    kindEl.textContent = t(`panel.${kind}`);
    titleEl.textContent = title;
    titleEl.tabIndex = -1;
    titleEl.focus({ preventScroll: true });
    root.scrollTop = 0;
  }

  async function fetchInto(kind, key, url, render, titleHint) {
    if (controller) controller.abort();
    controller = new AbortController();
    open(kind, titleHint || "");
    bodyEl.replaceChildren(h("p", { class: "empty" }, t("panel.loading")));
    root.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      shown = { kind, key, data, render };
      draw();
    } catch (error) {
      if (error.name === "AbortError") return;
      bodyEl.replaceChildren(h("p", { class: "empty", role: "alert" }, t("panel.error")));
    } finally {
      root.removeAttribute("aria-busy");
    }
  }

  function draw() {
    if (!shown) return;
    const { title, body } = shown.render(shown.data);
    kindEl.textContent = t(`panel.${shown.kind}`);
    titleEl.textContent = title;
    bodyEl.replaceChildren(...body);
  }

  // ---- Subjects (deployments, organisations) and their facts ----

  function valueText(fact, value) {
    const v = value.value || {};
    if (v.kind === "term") {
      if (fact.predicate === "status" && has(`status.${v.term}`)) return t(`status.${v.term}`);
      if (has(`term.${v.term}`)) return t(`term.${v.term}`);
    }
    return value.display;
  }

  function valueNode(fact, value) {
    const v = value.value || {};
    const text = valueText(fact, value);
    if (v.kind === "organisation" && v.key) {
      return h("button", { type: "button", class: "linkish value-text", dataset: { org: v.key }, onclick: () => links.organisation(v.key) }, text);
    }
    if (v.kind === "deployment" && v.key) {
      return h("button", { type: "button", class: "linkish value-text", dataset: { deployment: v.key }, onclick: () => links.deployment(v.key) }, text);
    }
    if (v.kind === "place" && v.key) {
      return h("button", { type: "button", class: "linkish value-text", dataset: { place: v.key }, onclick: () => links.place(v.key, text) }, text);
    }
    return h("span", { class: "value-text" }, text);
  }

  function origins(n) {
    if (!n) return t("origins.none");
    return n === 1 ? t("origins.one") : t("origins.many", { n });
  }

  function claimNode(claim) {
    const source = claim.source || {};
    const stance = claim.stance || "asserts";
    const cite = [];
    const speaker = claim.attributed_to;
    if (speaker && speaker.name) {
      if (speaker.kind === "organisation" && speaker.ref) {
        cite.push(t("claim.saidBy"), " ", h("button", { type: "button", class: "linkish", onclick: () => links.organisation(speaker.ref) }, speaker.name), " · ");
      } else {
        cite.push(t("claim.according"), " ", h("span", { class: "speaker" }, speaker.name), " · ");
      }
    }
    const sourceName = source.outlet || source.title || (source.confidential ? t("claim.confidential") : null);
    if (sourceName) cite.push(h("cite", {}, sourceName));
    if (source.title && source.outlet) cite.push(", “", source.title, "”");
    if (source.published) cite.push(", ", h("time", { datetime: source.published }, source.published));
    if (claim.locator) cite.push(" · ", claim.locator);
    if (source.url) {
      cite.push(" · ", h("a", { href: source.url, rel: "noopener noreferrer nofollow", target: "_blank" }, t("claim.link")));
    }
    return h(
      "li",
      { class: `claim stance-${stance}`, dataset: { stance } },
      h("span", { class: "stance" }, t(`stance.${stance}`, {}, stance)),
      claim.quote ? h("blockquote", { lang: source.language || null }, claim.quote) : null,
      h("p", { class: "cite" }, ...cite),
      source.derived_from ? h("p", { class: "derived" }, t("claim.derived")) : null,
      claim.note ? h("p", { class: "note", lang: "en" }, `${t("claim.note")}: ${claim.note}`) : null
    );
  }

  function factNode(fact) {
    const heading = lang() !== "en" && has(`fact.${fact.predicate}`) ? t(`fact.${fact.predicate}`) : capitalise(fact.description) || t(`fact.${fact.predicate}`, {}, fact.predicate);
    const conflict = Boolean(fact.single && fact.conflict);
    const values = (fact.values || []).map((value) => {
      const isCount = value.value && value.value.kind === "count";
      return h(
        "div",
        { class: "value", dataset: { verification: value.verification } },
        h(
          "div",
          { class: "value-line" },
          isCount ? h("span", { class: "reported" }, t("panel.reported")) : null,
          valueNode(fact, value),
          badge(value.verification),
          h("span", { class: "origins" }, origins(value.origins))
        ),
        h("ul", { class: "claims" }, (value.claims || []).map(claimNode))
      );
    });
    return h(
      "section",
      { class: `fact${conflict ? " conflict" : ""}`, dataset: { predicate: fact.predicate } },
      h("h3", {}, heading),
      conflict ? h("p", { class: "conflict-note" }, "⚠ ", t("panel.conflict")) : null,
      h("div", { class: `values${conflict ? " conflict" : ""}` }, values)
    );
  }

  function flagsNode(flags) {
    if (!flags || !flags.length) return null;
    return h("div", { class: "flags", role: "note" }, h("strong", {}, t("panel.flags")), h("ul", {}, flags.map((f) => h("li", { lang: "en" }, f))));
  }

  // Where claims name an organisation: each project or tender with the roles it is said to have.
  function involvementNode(items) {
    if (!items || !items.length) return null;
    const roles = (r) => r.map((p) => t(`fact.${p}`, {}, p)).join(", ");
    return h(
      "section",
      { class: "involvement" },
      h("h3", {}, t("panel.involvedIn")),
      h(
        "ul",
        { class: "dep-list" },
        items.map((item) =>
          h(
            "li",
            {},
            item.kind === "deployment"
              ? h("button", { type: "button", class: "linkish", dataset: { deployment: item.key }, onclick: () => links.deployment(item.key) }, item.name || item.key)
              : h("span", {}, item.name || item.key),
            " — ",
            roles(item.roles)
          )
        )
      )
    );
  }

  function renderSubject(data) {
    const body = [];
    if (data.place && data.place.key) {
      body.push(
        h("p", { class: "meta" }, h("button", { type: "button", class: "linkish", dataset: { place: data.place.key }, onclick: () => links.place(data.place.key, data.place.name) }, data.place.name))
      );
    }
    const mapped = links.mappedCameras?.(data.key);
    if (data.kind === "deployment" && mapped !== undefined && mapped !== null) body.push(h("p", { class: "meta" }, t("panel.mapped", { n: mapped })));
    body.push(flagsNode(data.flags));
    const facts = data.facts || [];
    if (!facts.length) body.push(h("p", { class: "empty" }, t("panel.noFacts")));
    else body.push(h("h3", { class: "visually-hidden" }, t("panel.facts")), ...facts.map(factNode));
    body.push(involvementNode(data.involved_in));
    return { title: data.name, body: body.filter(Boolean) };
  }

  // ---- Places ----

  function renderPlace(data) {
    const place = data.place || {};
    const local = Array.isArray(place.names) ? place.names.find((n) => n.lang === lang() && n.kind === "official") : null;
    const name = (local && local.name) || place.name || shown?.key;
    const fmt = (n) => num(n);
    const years = (rows) => (rows || []).map((r) => ({ label: Number.isInteger(r.year) ? String(r.year) : t("chart.unknownYear"), count: r.count }));
    const suppliers = (rows) => (rows || []).map((r) => ({ label: r.supplier, count: r.count }));
    const empty = t("panel.noData");
    const deployments = data.deployments || [];
    const body = [
      place.within && place.within.length ? h("p", { class: "meta" }, place.within.join(", ")) : null,
      Number.isInteger(data.cameras) ? h("p", { class: "meta" }, t("panel.mapped", { n: data.cameras })) : null,
      h("h3", {}, t("panel.placeDeployments")),
      deployments.length
        ? h(
            "ul",
            { class: "dep-list" },
            deployments.map((key) => h("li", {}, h("button", { type: "button", class: "linkish", dataset: { deployment: key }, onclick: () => links.deployment(key) }, links.deploymentName?.(key) || key)))
          )
        : h("p", { class: "empty" }, t("panel.noDeployments")),
      columnChart(t("chart.camerasByYear"), years(data.cameras_by_year), fmt, empty),
      barChart(t("chart.camerasBySupplier"), suppliers(data.cameras_by_supplier), fmt, empty),
      columnChart(t("chart.deploymentsByYear"), years(data.deployments_by_year), fmt, empty),
      barChart(t("chart.deploymentsBySupplier"), suppliers(data.deployments_by_supplier), fmt, empty),
      h("p", { class: "empty" }, t("note.known")),
    ];
    return { title: name, body: body.filter(Boolean) };
  }

  // ---- One camera ----

  function renderCamera(feature) {
    const p = feature.properties || {};
    const kind = ["camera", "alpr", "guard"].includes(p.kind) ? p.kind : "other";
    const unknown = t("camera.unknown");
    const rows = [];
    const row = (label, value) => {
      if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
      rows.push(h("dt", {}, label), h("dd", {}, value));
    };
    row(t("camera.type"), [t(`camera.kind.${kind}`), p.camera_type ? t(`camera.type.${p.camera_type}`, {}, p.camera_type) : null].filter(Boolean).join(", "));
    if (p.sector && p.sector.all_round) row(t("camera.directions"), t("camera.allRound"));
    else if (p.directions && p.directions.length) row(t("camera.directions"), p.directions.map((d) => `${num(d)}°`).join(", "));
    row(t("camera.mount"), p.mount);
    row(t("camera.height"), p.height !== null && p.height !== undefined ? `${num(p.height)} m` : null);
    row(t("camera.operator"), p.operator);
    row(t("camera.manufacturer"), p.manufacturer);
    row(t("camera.status"), p.status ? t(`camstatus.${p.status}`, {}, p.status) : null);
    row(t("camera.startDate"), p.start_date);
    if (p.place && p.place.key) {
      row(t("camera.place"), h("button", { type: "button", class: "linkish", onclick: () => links.place(p.place.key, p.place.name) }, p.place.name));
    }
    if (p.deployment) {
      row(t("camera.deployment"), h("button", { type: "button", class: "linkish", onclick: () => links.deployment(p.deployment) }, links.deploymentName?.(p.deployment) || p.deployment));
    }
    const source = p.source || {};
    row(t("camera.source"), source.outlet || source.title || source.alias || null);
    const body = [h("dl", { class: "props" }, rows.length ? rows : [h("dt", {}, t("camera.type")), h("dd", {}, unknown)])];
    if (p.bands && p.bands.length) {
      body.push(
        h("h3", {}, t("camera.bands")),
        h(
          "ul",
          { class: "band-list" },
          p.bands.map((b) =>
            h(
              "li",
              { dataset: { band: b.band } },
              h("span", { class: "sw", style: `background:${BAND_COLOURS[b.band] || "#ccc"}` }),
              h("span", {}, h("strong", {}, t(`band.${b.band}`, {}, b.band)), " — ", t(`band.help.${b.band}`, {}, "")),
              h("span", { class: "m" }, `${num(Math.round(b.metres))} m`)
            )
          )
        )
      );
    }
    if (p.assumptions && p.assumptions.length) {
      body.push(h("h3", {}, t("camera.assumptions")), h("ul", { class: "assumptions", lang: "en" }, p.assumptions.map((a) => h("li", {}, a))));
    }
    if (p.flags && p.flags.length) {
      body.push(h("div", { class: "flags", role: "note" }, h("strong", {}, t("camera.flags")), h("ul", {}, p.flags.map((f) => h("li", { lang: "en" }, f)))));
    }
    if (p.osm_url) body.push(h("p", {}, h("a", { href: p.osm_url, rel: "noopener noreferrer", target: "_blank" }, t("camera.osm"))));
    return { title: p.operator || p.manufacturer || t(`camera.kind.${kind}`), body };
  }

  return {
    close,
    isOpen: () => !root.hidden,
    shown: () => shown,
    redraw: draw,
    deployment(key, name) {
      return fetchInto("deployment", key, `/api/v1/deployments/${encodeURIComponent(key)}`, renderSubject, name);
    },
    organisation(key, name) {
      return fetchInto("organisation", key, `/api/v1/organisations/${encodeURIComponent(key)}`, renderSubject, name);
    },
    place(key, name) {
      // The route is {key:path}: keep the slash of "MM-15/mawlamyine" as a path separator.
      const path = key.split("/").map(encodeURIComponent).join("/");
      return fetchInto("place", key, `/api/v1/places/${path}/summary`, renderPlace, name);
    },
    // The map carries what drawing needs; the panel fetches the camera's whole record.
    camera(feature) {
      const p = feature.properties;
      return fetchInto("camera", p.key, p.detail || `/api/v1/cameras/${p.key}`, renderCamera);
    },
  };
}
