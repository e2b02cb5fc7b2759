// The place search: any spelling or script (the API resolves variants and Zawgyi), then the
// map moves there and the place's panel opens.

import { t } from "./i18n.js";
import { h } from "./panel.js";
import { debounce, getJSON } from "./net.js";

const $ = (selector) => document.querySelector(selector);
const FETCH_DELAY_MS = 250;


const PLACE_ZOOM = { country: 6, state: 8, region: 8, division: 8, district: 10, township: 11, city: 13, town: 13, village: 14 };

export function setupSearch(map, panel) {
  const form = $("#search");
  const input = $("#search-q");
  const list = $("#search-results");
  let controller = null;
  let items = [];

  const hide = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const go = (item) => {
    hide();
    if (Number.isFinite(item.lat) && Number.isFinite(item.lon)) map.setView([item.lat, item.lon], PLACE_ZOOM[item.kind] || 12);
    panel.place(item.key, item.name);
  };
  const show = () => {
    list.replaceChildren(
      ...(items.length
        ? items.slice(0, 8).map((item) =>
            h(
              "li",
              {},
              h("button", { type: "button", dataset: { key: item.key }, onclick: () => go(item) }, item.name, " ", h("span", { class: "within" }, (item.within || []).join(", ")))
            )
          )
        : [h("li", { class: "none" }, t("search.none"))])
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  const lookup = async (query) => {
    if (controller) controller.abort();
    if (!query.trim()) {
      items = [];
      hide();
      return;
    }
    controller = new AbortController();
    try {
      const data = await getJSON(`/api/v1/places?${new URLSearchParams({ q: query, limit: "8" })}`, controller.signal);
      items = data.items || [];
      show();
    } catch (error) {
      if (error.name !== "AbortError") hide();
    }
  };
  const later = debounce(lookup, FETCH_DELAY_MS);
  input.addEventListener("input", () => later(input.value));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await lookup(input.value);
    if (items.length) go(items[0]);
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
    if (event.key === "ArrowDown" && !list.hidden) {
      event.preventDefault();
      const buttons = [...list.querySelectorAll("button")];
      const at = buttons.indexOf(document.activeElement);
      buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    }
    if (event.key === "ArrowUp" && !list.hidden) {
      event.preventDefault();
      const buttons = [...list.querySelectorAll("button")];
      const at = buttons.indexOf(document.activeElement);
      (at <= 0 ? input : buttons[at - 1]).focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (!form.contains(event.target)) hide();
  });
}
