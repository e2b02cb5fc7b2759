// What the login, report and review pages share: who is signed in, the CSRF token that every
// write made with the session cookie must carry, and the page header.

import { initialLanguage, setLanguage, t } from "./i18n.js";

const ROLES = ["public", "contributor", "reviewer", "admin"];
let csrfToken = null;

export const $ = (selector) => document.querySelector(selector);

/** The signed-in account ({username, role, csrf_token}), or null. */
export async function currentSession() {
  const response = await fetch("/api/v1/session", { headers: { Accept: "application/json" } });
  if (response.status === 401) return null; // a session that has ended
  if (!response.ok) throw new Error(`/api/v1/session: HTTP ${response.status}`);
  const who = await response.json();
  return who.username ? who : null;
}

export function allows(role, needed) {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** A write to the API with the session's CSRF token; answers {ok, status, data, retryAfter}. */
export async function send(url, { method = "POST", json, form } = {}) {
  const headers = { Accept: "application/json" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let body = form;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  }
  const response = await fetch(url, { method, headers, body });
  let data = null;
  try {
    data = await response.json();
  } catch {
    /* 204 or not JSON */
  }
  return { ok: response.ok, status: response.status, data, retryAfter: response.headers.get("Retry-After") };
}

/** The API's explanation of a refusal, as one line. */
export function reason(answer) {
  const detail = answer.data?.detail;
  if (Array.isArray(detail)) return detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  return detail || `HTTP ${answer.status}`;
}

export function say(text, kind = "info") {
  const message = $("#message");
  message.textContent = text;
  message.dataset.kind = kind;
  message.hidden = !text;
}

function showAccount(who) {
  $("#who").textContent = who ? t("nav.signedIn", { name: who.username }) : "";
  $("#logout").hidden = !who;
  $("#nav-review").hidden = !(who && allows(who.role, "reviewer"));
}

/**
 * Set up a page: language, header, and the account. With `needs`, a visitor who is not
 * signed in is sent to /login (and back afterwards); one whose role is too low is told so.
 * Returns the account, or null when the page cannot be used.
 */
export async function startPage({ needs = null } = {}) {
  await setLanguage(initialLanguage());
  const lang = $("#lang");
  lang.value = document.documentElement.lang;
  let who = await currentSession();
  csrfToken = who?.csrf_token || null;
  const refresh = () => showAccount(who);
  lang.addEventListener("change", async () => {
    await setLanguage(lang.value);
    refresh();
  });
  $("#logout").addEventListener("click", async () => {
    await send("/api/v1/session", { method: "DELETE" });
    who = null;
    csrfToken = null;
    location.assign("/login");
  });
  refresh();
  if (needs && !who) {
    location.assign(`/login?next=${encodeURIComponent(location.pathname)}`);
    return null;
  }
  if (needs && !allows(who.role, needs)) {
    say(t("login.needRole", { role: needs }), "error");
    return null;
  }
  return who;
}

export function ready() {
  document.documentElement.dataset.ready = "1";
}
