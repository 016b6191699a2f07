// The strings of an extension page (the popup, options, the summary tab), in the language the cards are
// written in. The background resolves them from both catalogs (lib/i18n.js: the "language" option may
// differ from Thunderbird's UI language, which browser.i18n follows) and leaves the placeholders as
// $1, $2 ... for the page to fill in.

/** tr(key, ...subs): the string for `key` with $1, $2 ... replaced by `subs`; the key itself if it has none. */
export function translator(strings) {
  return (key, ...subs) => subs.reduce((text, s, i) => text.split("$" + (i + 1)).join(String(s)), strings[key] || key);
}

/**
 * Ask the background for `keys` and localise the page: its language, every [data-i18n] element, and its
 * title (the string `titleKey`). Returns { lang, tr } for the strings the page sets itself.
 */
export async function localizePage(keys, titleKey, doc = document) {
  const answer = await browser.runtime.sendMessage({ type: "i18n:strings", keys });
  const tr = translator(answer.strings);
  doc.documentElement.lang = answer.lang;
  for (const node of doc.querySelectorAll("[data-i18n]")) node.textContent = tr(node.dataset.i18n);
  doc.title = tr(titleKey);
  return { lang: answer.lang, tr };
}
