// What the extension's three pages (the popup, options, the summary tab) share: how their scripts load
// (helpers/page.js loads them the same way in the other page tests) and their strings (lib/i18n-page.js).
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { createApp } from "../../extension/lib/app.js";
import { localizePage, translator } from "../../extension/lib/i18n-page.js";
import { fakeBrowser, FakeHost } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { EXTENSION } from "./helpers/paths.js";
import { closePage, scriptKind } from "./helpers/page.js";

const PAGES = ["popup/popup.html", "options/options.html", "summary/summary.html"];

afterEach(() => {
  closePage();
  delete globalThis.browser;
});

const scriptsOf = (page) => {
  const doc = new JSDOM(readFileSync(path.join(EXTENSION, page), "utf-8")).window.document;
  return [...doc.querySelectorAll("script")].map((s) => [s.getAttribute("src"), scriptKind(s)]);
};

test("each page's own script is a module, card.js (the popup's card) a classic script, none inline", () => {
  assert.deepEqual(scriptsOf("popup/popup.html"), [["../display/card.js", "classic"], ["popup.js", "module"]]);
  assert.deepEqual(scriptsOf("options/options.html"), [["options.js", "module"]]);
  assert.deepEqual(scriptsOf("summary/summary.html"), [["summary.js", "module"]]);
});

test("each page takes its strings from lib/i18n-page.js, none asks for them itself", () => {
  for (const page of PAGES) {
    const source = readFileSync(path.join(EXTENSION, page.replace(/\.html$/, ".js")), "utf-8");
    assert.match(source, /from "\.\.\/lib\/i18n-page\.js"/, page);
    assert.doesNotMatch(source, /i18n:strings|\[data-i18n\]/, page);
  }
});

test("tr fills $1, $2 ... and falls back to the key", () => {
  const tr = translator({ summaryProgress: "$1 of $2 explained", copied: "Copied." });
  assert.equal(tr("summaryProgress", 3, 10), "3 of 10 explained");
  assert.equal(tr("copied"), "Copied.");
  assert.equal(tr("nosuchKey"), "nosuchKey");
  assert.equal(translator({ a: "$1 and $1" })("a", "x"), "x and x");
});

for (const [language, lang, title, explain, progress] of [
  ["en", "en", "Explain an error message", "Explain", "2 of 5 messages read"],
  ["ja", "ja", "エラーメッセージを説明", "説明する", "5 件中 2 件を読み取りました"],
]) {
  test(`localizePage fills the page in the language chosen (${language}), from the real catalogs`, async () => {
    const browser = fakeBrowser({ host: new FakeHost(), settings: { language } });
    const app = createApp(browser, { fetchJson: readCatalog });
    const asked = [];
    globalThis.browser = {
      runtime: {
        sendMessage: async (msg) => {
          asked.push(msg);
          return app.onRuntimeMessage(msg, { id: browser.runtime.id });
        },
      },
    };
    const doc = new JSDOM('<html><head><title></title></head><body><h1 data-i18n="popupTitle"></h1>' +
      '<button data-i18n="popupExplain"></button><p id="own"></p></body></html>').window.document;
    const { lang: got, tr } = await localizePage(["popupTitle", "popupExplain", "summaryProgress"], "popupTitle", doc);
    assert.deepEqual(asked, [{ type: "i18n:strings", keys: ["popupTitle", "popupExplain", "summaryProgress"] }]);
    assert.equal(got, lang);
    assert.equal(doc.documentElement.lang, lang);
    assert.equal(doc.title, title);
    assert.equal(doc.querySelector("h1").textContent, title);
    assert.equal(doc.querySelector("button").textContent, explain);
    assert.equal(doc.getElementById("own").textContent, "", "only [data-i18n] elements");
    assert.equal(tr("summaryProgress", 2, 5), progress, "the placeholders filled in the page, in the catalog's order");
  });
}
