// An extension page (popup, options, summary) in jsdom, its scripts loaded as Thunderbird loads them: the
// page's own <script> tags, in document order. A classic script (no type, or a JavaScript MIME type) runs
// in the window as it is parsed; a module (type="module") is deferred, so it runs after them, and it is
// imported as the ES module it is, its imports read from the extension's files. Inline scripts are
// refused, as the extension's content security policy (script-src 'self') refuses them.
//
// jsdom cannot run a module in the window's realm (Node's vm modules need a flag that `node --test` does
// not pass), so a module runs in Node's: while a page is open, the window's globals that page scripts use
// (window, document, location, the `globals` given, and what the classic scripts defined, such as
// card.js's whybounceCard) are also Node's globals. One page is open at a time: opening the next, or
// closePage(), puts back what they replaced.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";
import { EXTENSION } from "./paths.js";

let loads = 0; // each page load imports a fresh copy of its module (its lib/ imports are shared)
let replaced = null; // Node's own descriptors of the names the open page's globals took

/** How the page loads a <script>: "classic", "module", or null for a type that no browser runs. */
export function scriptKind(script) {
  const type = (script.getAttribute("type") || "").trim().toLowerCase();
  if (type === "module") return "module";
  if (type === "" || /^(text|application)\/(java|ecma)script$/.test(type)) return "classic";
  return null;
}

/**
 * Open `page` (a path inside extension/, e.g. "popup/popup.html") with `query` ("?mode=...") and `hash`.
 * `globals` are set on the window before any script runs (the page's `browser`, say); `prepare(window)`
 * may set more. Resolves to { dom, win, doc } once the page's scripts have run.
 */
export async function openPage(page, { query = "", hash = "", globals = {}, prepare } = {}) {
  closePage();
  const file = path.join(EXTENSION, page);
  const dom = new JSDOM(readFileSync(file, "utf-8"), {
    url: `moz-extension://fake-uuid/${page}${query}${hash ? "#" + hash : ""}`,
    runScripts: "outside-only",
  });
  const win = dom.window;
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(win, name, { value, configurable: true, writable: true });
  }
  if (prepare) prepare(win);
  const scripts = [...win.document.querySelectorAll("script")].filter((s) => scriptKind(s) !== null);
  for (const s of scripts) {
    if (!s.hasAttribute("src")) throw new Error(`${page}: an inline script, which the extension's CSP refuses`);
  }
  const fileOf = (s) => path.resolve(path.dirname(file), s.getAttribute("src"));
  const now = scripts.filter((s) => scriptKind(s) === "classic" && !s.hasAttribute("defer") && !s.hasAttribute("async"));
  const before = new Set(Object.getOwnPropertyNames(win));
  for (const s of now) win.eval(readFileSync(fileOf(s), "utf-8"));
  const defined = Object.getOwnPropertyNames(win).filter((name) => !before.has(name));
  share(win, ["window", "document", "location", ...Object.keys(globals), ...defined]);
  for (const s of scripts.filter((x) => !now.includes(x))) {
    if (scriptKind(s) === "module") {
      await import(`${pathToFileURL(fileOf(s)).href}?load=${++loads}`);
    } else {
      win.eval(readFileSync(fileOf(s), "utf-8")); // a deferred classic script, in its turn among the modules
    }
  }
  return { dom, win, doc: win.document };
}

/** Give Node's globals back what the open page's globals replaced. */
export function closePage() {
  if (!replaced) return;
  for (const [name, own] of replaced) {
    if (own) Object.defineProperty(globalThis, name, own);
    else delete globalThis[name];
  }
  replaced = null;
}

function share(win, names) {
  replaced = new Map();
  for (const name of new Set(names)) {
    replaced.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    const value = name === "window" ? win : win[name];
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
}
