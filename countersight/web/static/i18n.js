// Interface text in English and Burmese (Unicode), from i18n/en.json and i18n/my.json.
// Data values (names, quotes) are never translated here: they stay as the API gives them.

const LANGUAGES = ["en", "my"];
const dictionaries = {};
let current = "en";
const listeners = [];

export function lang() {
  return current;
}

async function load(code) {
  if (!dictionaries[code]) {
    const response = await fetch(`/static/app/i18n/${code}.json`);
    if (!response.ok) throw new Error(`i18n ${code}: HTTP ${response.status}`);
    dictionaries[code] = await response.json();
  }
  return dictionaries[code];
}

/** The text for key in the current language, English if missing, then the fallback. */
export function t(key, vars = {}, fallback = undefined) {
  const text = dictionaries[current]?.[key] ?? dictionaries.en?.[key] ?? fallback ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) =>
    name in vars ? (typeof vars[name] === "number" ? num(vars[name]) : String(vars[name])) : `{${name}}`
  );
}

/** Whether the current language (or English) has a text for key. */
export function has(key) {
  return key in (dictionaries[current] || {}) || key in (dictionaries.en || {});
}

/** A number in the current language's digits (Myanmar digits in Burmese). */
export function num(value, options = {}) {
  const locale = current === "my" ? "my-MM-u-nu-mymr" : "en";
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return String(value);
  }
}

/** Fill every element marked with data-i18n, data-i18n-label or data-i18n-placeholder. */
export function applyStatic(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-label]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nLabel));
    el.title = t(el.dataset.i18nLabel);
  }
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
}

export function onChange(callback) {
  listeners.push(callback);
}

/** The language to start in: ?lang=, then the last choice, then the browser's. */
export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (LANGUAGES.includes(asked)) return asked;
  try {
    const saved = localStorage.getItem("countersight.lang");
    if (LANGUAGES.includes(saved)) return saved;
  } catch {
    /* storage may be off: fine */
  }
  return (navigator.language || "en").toLowerCase().startsWith("my") ? "my" : "en";
}

export async function setLanguage(code, available = LANGUAGES) {
  if (!LANGUAGES.includes(code) || !available.includes(code)) code = "en";
  await load("en");
  await load(code);
  current = code;
  document.documentElement.lang = code;
  try {
    localStorage.setItem("countersight.lang", code);
  } catch {
    /* ignore */
  }
  applyStatic();
  for (const callback of listeners) callback(code);
}
