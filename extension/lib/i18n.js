// Strings in the user's chosen language.
//
// browser.i18n.getMessage() always follows Thunderbird's UI language, but the card must match
// the language the host wrote the explanation in (the "language" option may differ from the
// UI). So the extension reads both _locales catalogs itself and resolves messages with the
// same placeholder rules as browser.i18n.

export const LANGS = ["en", "ja"];

/** The language the card is written in: the option, or auto = Thunderbird's UI language. */
export function effectiveLang(option, uiLanguage) {
  if (option === "ja" || option === "en") return option;
  return String(uiLanguage || "").toLowerCase().startsWith("ja") ? "ja" : "en";
}

function substitute(entry, subs) {
  let text = entry.message;
  const placeholders = entry.placeholders || {};
  text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) => {
    const ph = placeholders[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  return text.replace(/\$(\$|[1-9])/g, (whole, n) => (n === "$" ? "$" : String(subs[Number(n) - 1] ?? "")));
}

/**
 * Build a lookup function over a catalog (the parsed _locales/<lang>/messages.json), falling
 * back to the English catalog for a missing key. A key missing from both throws: every string
 * the extension shows must exist in the catalogs.
 */
export function makeTranslator(catalog, fallback) {
  const lower = (c) => Object.fromEntries(Object.entries(c || {}).map(([k, v]) => [k.toLowerCase(), v]));
  const main = lower(catalog);
  const back = lower(fallback);
  return function t(key, ...subs) {
    const entry = main[key.toLowerCase()] || back[key.toLowerCase()];
    if (!entry) throw new Error(`missing message ${key}`);
    return substitute(entry, subs);
  };
}

/**
 * Load both catalogs with `fetchJson(path)` (fetch of the packaged file in the extension,
 * readFile in tests) and return {en: t, ja: t}.
 */
export async function loadTranslators(fetchJson) {
  const catalogs = {};
  for (const lang of LANGS) {
    catalogs[lang] = await fetchJson(`_locales/${lang}/messages.json`);
  }
  const out = {};
  for (const lang of LANGS) {
    out[lang] = makeTranslator(catalogs[lang], catalogs.en);
  }
  return out;
}
