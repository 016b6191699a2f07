// The extension's own string catalogs and translators, loaded from disk like the extension
// loads them with fetch().
import { readFile } from "node:fs/promises";
import path from "node:path";
import { EXTENSION } from "./paths.js";
import { loadTranslators } from "../../../extension/lib/i18n.js";

export async function readCatalog(relPath) {
  return JSON.parse(await readFile(path.join(EXTENSION, relPath), "utf-8"));
}

export function translators() {
  return loadTranslators(readCatalog);
}
