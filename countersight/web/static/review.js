// The review queue: field reports (with their cleaned photos) and suggested claims (with their
// quotes). Accepting publishes; rejecting needs a reason. Decisions are audited under the
// reviewer's name by the server.

import { $, ready, reason, say, send, startPage } from "./account.js";
import { t } from "./i18n.js";
import { getJSON } from "./net.js";
import { h } from "./panel.js";

function decision(item, kind, { withPrimary = false } = {}) {
  const base = `/api/v1/review/${kind}/${encodeURIComponent(item.ref)}`;
  const reasonInput = h("input", { type: "text", maxlength: 2000, class: "reason", "aria-label": t("review.reason"), placeholder: t("review.reason") });
  const primary = withPrimary ? h("input", { type: "checkbox", class: "primary" }) : null;
  const card = () => reasonInput.closest(".card");
  const done = (answer, text) => {
    if (!answer.ok) return say(t("review.failed", { reason: reason(answer) }), "error");
    say(text, "ok");
    card().dataset.state = answer.data.state;
    card().querySelectorAll("button, input").forEach((el) => (el.disabled = true));
  };
  const accept = async () => {
    const body = { reason: reasonInput.value.trim() || null };
    if (primary) body.primary_evidence = primary.checked;
    done(await send(`${base}/accept`, { json: body }), t("review.accepted"));
  };
  const reject = async () => {
    const why = reasonInput.value.trim();
    if (!why) {
      reasonInput.focus();
      return say(t("review.reasonNeeded"), "error");
    }
    done(await send(`${base}/reject`, { json: { reason: why } }), t("review.rejected"));
  };
  return h(
    "div",
    { class: "decision" },
    primary ? h("label", { class: "check" }, primary, " ", t("review.primary")) : null,
    reasonInput,
    h("div", { class: "buttons" },
      h("button", { type: "button", class: "button primary accept", onclick: accept }, t("review.accept")),
      h("button", { type: "button", class: "button reject", onclick: reject }, t("review.reject")),
    ),
  );
}

function reportCard(report) {
  const caps = report.capabilities.map((c) => t(`term.${c}`, {}, c)).join(", ");
  const facts = [
    [t("report.lat"), report.lat],
    [t("report.lon"), report.lon],
    [t("report.type"), report.camera_type ? t(`camera.type.${report.camera_type === "panning" ? "ptz" : report.camera_type}`) : "—"],
    [t("camera.directions"), report.direction ?? "—"],
    [t("report.capabilities"), caps || "—"],
  ];
  return h(
    "article",
    { class: "card report", dataset: { ref: report.ref } },
    h("p", { class: "meta" }, t("review.seen", { day: report.seen_on }), " · ", t("review.from", { name: report.submitted_by, day: report.submitted_on })),
    h("dl", {}, facts.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, String(v))])),
    h("p", {}, h("a", { href: `/#map=18/${report.lat}/${report.lon}` }, t("nav.map"))),
    report.note ? h("blockquote", { class: "note" }, report.note) : null,
    h("div", { class: "photos" }, report.photos.map((p) => h("img", { src: p.url, alt: "", loading: "lazy", dataset: { sha256: p.sha256 } }))),
    decision(report, "field-reports", { withPrimary: report.photos.length > 0 }),
  );
}

function claimCard(claim) {
  const source = claim.source || {};
  const value = typeof claim.value === "object" ? claim.value.display || claim.value.key || claim.value.term || JSON.stringify(claim.value) : claim.value;
  return h(
    "article",
    { class: "card claim", dataset: { ref: claim.ref } },
    h("p", { class: "meta" }, `${claim.subject} · ${t(`fact.${claim.predicate}`, {}, claim.predicate)} · ${claim.stance}`),
    h("p", { class: "value" }, String(value)),
    h("blockquote", {}, claim.quote || ""),
    h("p", { class: "meta" }, source.url ? h("a", { href: source.url, rel: "noreferrer noopener", target: "_blank" }, source.outlet || source.url) : source.alias || source.ref, ` · ${claim.recorded_by}`),
    decision(claim, "claims"),
  );
}

function fill(container, items, card) {
  container.replaceChildren(...(items.length ? items.map(card) : [h("p", { class: "empty" }, t("review.empty"))]));
}

async function start() {
  const who = await startPage({ needs: "reviewer" });
  if (!who) return ready();
  const [reports, claims] = await Promise.all([
    getJSON("/api/v1/review/field-reports"),
    getJSON("/api/v1/review/claims"),
  ]);
  fill($("#reports"), reports.items, reportCard);
  fill($("#claims"), claims.items, claimCard);
  ready();
}

start();
