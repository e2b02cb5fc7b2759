// The login page: on success, back to the page that sent the visitor here (same site only).

import { $, ready, say, send, startPage } from "./account.js";
import { t } from "./i18n.js";

function nextPage(role) {
  const asked = new URLSearchParams(location.search).get("next") || "";
  // Only a path on this site: never "//elsewhere" or a full URL.
  if (/^\/(?!\/)[\w\-./]*$/.test(asked)) return asked;
  return role === "contributor" ? "/report" : "/review";
}

async function start() {
  await startPage();
  $("#login-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const answer = await send("/api/v1/session", {
      json: { username: form.username.value.trim(), password: form.password.value },
    });
    form.password.value = "";
    if (answer.ok) {
      location.assign(nextPage(answer.data.role));
    } else if (answer.status === 429) {
      say(t("login.limited", { s: Number(answer.retryAfter) || 60 }), "error");
    } else {
      say(t("login.failed"), "error");
    }
  });
  ready();
}

start();
