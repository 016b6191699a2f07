// popup/popup.html, "Explain an error message", in a real DOM (jsdom), its scripts loaded as Thunderbird
// loads them (helpers/page.js: card.js as a classic script, popup.js as a module): the page's requests go
// to the real background logic (lib/app.js) over a fake `browser`, whose native host answers `line`.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createApp } from "../../extension/lib/app.js";
import { fakeBrowser, FakeHost } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { EXTENSION } from "./helpers/paths.js";
import { answerLine, DIALOG_TEXT } from "./helpers/line-results.js";
import { closePage, openPage as openExtensionPage } from "./helpers/page.js";

const POPUP_JS = readFileSync(path.join(EXTENSION, "popup", "popup.js"), "utf-8");
const SELF = { id: "whybounce@whybounce.org" };

afterEach(closePage);

async function until(check, what, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting for " + what);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The page as Thunderbird loads it: `query` and `hash` select the mode and the handed-over text.
 * Returns the window and document, the background app, the fake browser and host, and a log of
 * page messages.
 */
async function openPage({ query = "", hash = "", settings = {}, host, before } = {}) {
  host = host || new FakeHost({ answer: answerLine });
  const browser = fakeBrowser({ host, settings });
  const app = createApp(browser, { fetchJson: readCatalog });
  app.listen();
  if (before) hash = await before(app);
  const sent = [];
  const page = {
    runtime: {
      async sendMessage(msg) {
        sent.push(msg.type);
        const answer = app.onRuntimeMessage(structuredClone(msg), SELF);
        return answer === false ? undefined : structuredClone(await answer);
      },
    },
  };
  const { win, doc } = await openExtensionPage("popup/popup.html", {
    query, hash, globals: { browser: page },
    prepare(w) {
      w.closed_ = false;
      w.close = () => {
        w.closed_ = true;
      };
    },
  });
  await until(() => doc.documentElement.dataset.ready === "true", "the page to be ready");
  return { win, doc, app, browser, host, sent };
}

const card = (doc, box = "#result") => doc.querySelector(`${box} .wb-card`);
const lineRequests = (host) => host.requests.filter((r) => r.op === "line");

test("it opens ready to paste: localised, the text box focused, nothing asked yet", async () => {
  const { doc, host, sent } = await openPage();
  assert.equal(doc.querySelector("h1").textContent, "Explain an error message");
  assert.equal(doc.title, "Explain an error message");
  assert.equal(doc.activeElement, doc.getElementById("text"));
  assert.equal(doc.documentElement.dataset.mode, "popup");
  assert.equal(doc.getElementById("explain").textContent, "Explain");
  assert.match(doc.getElementById("hint").textContent, /Ctrl\+Enter/);
  assert.deepEqual(sent, ["i18n:strings"]);
  assert.equal(host.connects, 0);
});

test("pasting explains at once: Thunderbird's send-error dialog gives the server reply's card", async () => {
  const { win, doc, host } = await openPage();
  const box = doc.getElementById("text");
  box.value = DIALOG_TEXT; // what the paste puts in, after the paste event
  box.dispatchEvent(new win.Event("paste", { bubbles: true }));
  await until(() => card(doc), "the card");
  const [req] = lineRequests(host);
  assert.deepEqual({ text: req.text, lang: req.lang }, { text: DIALOG_TEXT, lang: "en" });
  const c = card(doc);
  assert.equal(c.dataset.state, "result");
  assert.equal(c.dataset.kind, "line");
  assert.equal(c.querySelector(".wb-heading").textContent, "What this error means");
  const r = c.querySelector(".wb-recipient");
  assert.equal(r.dataset.reason, "norelaying");
  assert.equal(r.querySelector(".wb-addr").textContent, "bob@elsewhere.example");
  // Thunderbird's quote drops the codes; the host's state stands, as its card's first action says
  assert.equal(r.querySelector(".wb-badge").textContent, "Permanent");
  assert.equal(r.dataset.state, "permanent");
  assert.equal(c.querySelector(".wb-diagnostic").textContent, "<bob@elsewhere.example>... Relaying denied");
  assert.match(c.querySelector(".wb-summary").textContent, /Thunderbird's error message/);
  assert.equal(doc.getElementById("status").textContent, "");
});

test("Ctrl+Enter explains a POP3 answer: a topic, no address, no permanent/temporary badge", async () => {
  const { win, doc } = await openPage();
  const box = doc.getElementById("text");
  box.value = "-ERR Mailbox is locked by another session";
  box.dispatchEvent(new win.KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
  await until(() => card(doc), "the card");
  const r = card(doc).querySelector(".wb-recipient");
  assert.equal(r.dataset.topic, "message-locked");
  assert.equal(r.dataset.reason, "");
  assert.equal(r.querySelector(".wb-address"), null);
  assert.equal(r.querySelector(".wb-badge"), null);
  assert.match(card(doc).querySelector(".wb-summary").textContent, /POP3/);
});

test("the Explain button explains an SMTP reply with its codes and badge", async () => {
  const { win, doc } = await openPage();
  doc.getElementById("text").value = "550 5.1.1 <taro@example.jp>... User unknown";
  doc.getElementById("explain").dispatchEvent(new win.MouseEvent("click", { bubbles: true }));
  await until(() => card(doc), "the card");
  const r = card(doc).querySelector(".wb-recipient");
  assert.equal(r.dataset.reason, "userunknown");
  assert.equal(r.dataset.temporary, "false");
  assert.equal(r.dataset.state, "permanent");
  assert.deepEqual([...r.querySelectorAll(".wb-code")].map((n) => n.textContent), ["550", "5.1.1"]);
});

test("an empty text box asks for a text instead of asking the host", async () => {
  const { win, doc, host } = await openPage();
  doc.getElementById("text").value = "   \n";
  doc.getElementById("form").dispatchEvent(new win.Event("submit", { bubbles: true, cancelable: true }));
  await until(() => doc.getElementById("status").textContent !== "", "the status");
  assert.equal(doc.getElementById("status").textContent, "Paste or type the text of an error first.");
  assert.ok(doc.getElementById("status").classList.contains("error"));
  assert.equal(lineRequests(host).length, 0);
});

test("a second explain replaces the first card; a late answer to the first is dropped", async () => {
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  const host = new FakeHost({
    answer: async (req) => {
      if (/Relaying/.test(req.text)) await gate; // the first answer is slow
      return answerLine(req);
    },
  });
  const { win, doc } = await openPage({ host });
  const box = doc.getElementById("text");
  box.value = DIALOG_TEXT;
  box.dispatchEvent(new win.KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
  box.value = "-ERR Mailbox is locked by another session";
  box.dispatchEvent(new win.KeyboardEvent("keydown", { key: "Enter", metaKey: true, bubbles: true }));
  await until(() => card(doc), "the second card");
  release();
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(doc.querySelectorAll("#result .wb-card").length, 1);
  assert.equal(card(doc).querySelector(".wb-recipient").dataset.topic, "message-locked");
});

test("in Japanese: the page, the card and the host's language", async () => {
  const { win, doc, host } = await openPage({ settings: { language: "ja" } });
  assert.equal(doc.documentElement.lang, "ja");
  assert.equal(doc.querySelector("h1").textContent, "エラーメッセージを説明");
  doc.getElementById("text").value = DIALOG_TEXT;
  doc.getElementById("text").dispatchEvent(new win.Event("paste", { bubbles: true }));
  await until(() => card(doc), "the card");
  assert.equal(lineRequests(host)[0].lang, "ja");
  assert.equal(card(doc).getAttribute("lang"), "ja");
  assert.equal(card(doc).querySelector(".wb-heading").textContent, "このエラーの意味");
});

test("a missing host gives the install card in the page", async () => {
  const host = new FakeHost({ answer: answerLine });
  host.missing = true;
  const { win, doc } = await openPage({ host });
  doc.getElementById("text").value = "550 5.1.1 <taro@example.jp>... User unknown";
  doc.getElementById("explain").dispatchEvent(new win.MouseEvent("click", { bubbles: true }));
  await until(() => card(doc), "the card");
  assert.equal(card(doc).dataset.error, "host-missing");
  assert.match(card(doc).textContent, /pipx install whybounce && whybounce-host install/);
});

test("opened by the menu item: the selected text is explained at once, and taken only once", async () => {
  const { doc, app, host } = await openPage({
    query: "?mode=selection",
    before: (a) => a.openExplainWindow("selection", DIALOG_TEXT),
  });
  await until(() => card(doc), "the card");
  assert.equal(doc.documentElement.dataset.mode, "selection");
  assert.equal(doc.getElementById("text").value, DIALOG_TEXT);
  assert.equal(lineRequests(host).length, 1);
  assert.equal(card(doc).querySelector(".wb-recipient").dataset.reason, "norelaying");
  assert.equal(app.handoffs.size, 0);
});

test("opened by a failed send: the send-failure card says how to get the server's reply, box focused", async () => {
  const { win, doc, host } = await openPage({
    query: "?mode=send-failed",
    before: (a) => a.openExplainWindow("send-failed", ""),
  });
  const notice = card(doc, "#notice");
  assert.equal(notice.dataset.state, "send-failed");
  assert.equal(notice.querySelector(".wb-heading").textContent, "Sending failed");
  assert.match(notice.textContent, /does not pass the mail server's reply on to add-ons/);
  assert.match(notice.textContent, /Select All/);
  assert.equal(card(doc), null);
  assert.equal(host.connects, 0, "nothing to explain until the user pastes");
  assert.equal(doc.activeElement, doc.getElementById("text"));
  doc.getElementById("text").value = DIALOG_TEXT;
  doc.getElementById("text").dispatchEvent(new win.Event("paste", { bubbles: true }));
  await until(() => card(doc), "the card");
  assert.equal(card(doc).querySelector(".wb-recipient").dataset.reason, "norelaying");
  assert.ok(card(doc, "#notice"), "the send-failure card stays above the explanation");
});

test("Esc closes the window; in the toolbar popup Thunderbird closes it itself", async () => {
  const popup = await openPage();
  popup.doc.getElementById("text").dispatchEvent(new popup.win.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  assert.equal(popup.win.closed_, false);
  const window_ = await openPage({ query: "?mode=selection", before: (a) => a.openExplainWindow("selection", "550 x") });
  window_.doc.getElementById("text").dispatchEvent(new window_.win.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  assert.equal(window_.win.closed_, true);
});

test("nothing is kept: no storage written, no web storage used, the text only in the page", async () => {
  const { win, doc, browser, app } = await openPage();
  const written = [];
  const set = browser.storage.local.set;
  browser.storage.local.set = async (obj) => {
    written.push(obj);
    return set(obj);
  };
  doc.getElementById("text").value = DIALOG_TEXT;
  doc.getElementById("text").dispatchEvent(new win.Event("paste", { bubbles: true }));
  await until(() => card(doc), "the card");
  assert.deepEqual(written, []);
  // (the extension's origin is opaque to jsdom, which then has no web storage to look into)
  assert.doesNotMatch(POPUP_JS, /localStorage|sessionStorage|indexedDB|storage\.|history\./);
  assert.equal(app.handoffs.size, 0);
  assert.equal(doc.getElementById("text").getAttribute("autocomplete"), "off");
  assert.equal(doc.getElementById("form").getAttribute("autocomplete"), "off");
});

test("the server's words are shown as text, never as markup", async () => {
  const payload = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
  const host = new FakeHost({ answer: () => ({ ...answerLine({ op: "line", text: "550" }), diagnostic: payload }) });
  const { win, doc } = await openPage({ host });
  doc.getElementById("text").value = payload;
  doc.getElementById("explain").dispatchEvent(new win.MouseEvent("click", { bubbles: true }));
  await until(() => card(doc), "the card");
  assert.equal(card(doc).querySelector(".wb-diagnostic").textContent, payload);
  assert.equal(card(doc).querySelector("img, script"), null);
  assert.equal(win.pwned, undefined);
});
