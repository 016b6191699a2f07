// The options (options page) with their defaults, kept in storage.local.

export const DEFAULTS = Object.freeze({
  language: "auto", // auto | en | ja
  autoShow: true, // show the card by itself for displayed messages the host calls a bounce
});

/** Read the options, filling in defaults and ignoring unknown values. */
export async function getSettings(storage) {
  const stored = await storage.local.get(Object.keys(DEFAULTS));
  const out = { ...DEFAULTS };
  if (["auto", "en", "ja"].includes(stored.language)) out.language = stored.language;
  if (typeof stored.autoShow === "boolean") out.autoShow = stored.autoShow;
  return out;
}

/** Store the options that are valid; returns what is now in effect. */
export async function setSettings(storage, changes) {
  const clean = {};
  if (["auto", "en", "ja"].includes(changes.language)) clean.language = changes.language;
  if (typeof changes.autoShow === "boolean") clean.autoShow = changes.autoShow;
  await storage.local.set(clean);
  return getSettings(storage);
}
