// lib/app.js: the message flow with a fake `browser` and a fake native host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createApp, MENU_ID, DISPLAY_SCRIPT_ID } from "../../extension/lib/app.js";
import { fakeBrowser, FakeHost, displayPort } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { headersOf } from "./helpers/eml.js";
import { CORPUS, EXTENSION, FIXTURES } from "./helpers/paths.js";

const BOUNCE_FILE = path.join(CORPUS, "bounces", "lhost-postfix-01.eml");
const ORDINARY_FILE = path.join(CORPUS, "not-bounces", "is-not-bounce-01.eml");
const ENCRYPTED_FILE = path.join(FIXTURES, "handmade-pgp-encrypted.eml");

function message(id, file) {
  const raw = readFileSync(file);
  const headers = headersOf(raw);
  return { hdr: { id, subject: headers.subject[0], date: new Date("2025-03-03T10:00:00Z"), size: raw.length }, raw, headers };
}

const BOUNCE_RESULT = {
  source: null, kind: "bounce", is_bounce: true, format: "postfix",
  original: { subject: "Nyaan" },
  recipients: [{
    address: "kijitora@example.jp", reason: "userunknown", status: "5.1.1", reply_code: "550", command: "RCPT",
    temporary: false, remote_mta: "mx.example.jp", diagnostic: "550 5.1.1 User unknown",
    card: { lang: "en", title: "The mailbox does not exist", cause: "c", who: "sender", actions: ["Fix the address"], evidence: "e" },
  }],
  warnings: [],
};
const NOT_BOUNCE = { source: null, kind: "not-bounce", is_bounce: false, recipients: [], warnings: [] };

/** A fake host that answers explain by the message's bytes: the bounce file is a bounce. */
function hostFor(bounceRaw, opts = {}) {
  return new FakeHost({
    ...opts,
    answer: async (req) => (Buffer.from(req.raw, "base64").equals(bounceRaw) ? BOUNCE_RESULT : NOT_BOUNCE),
  });
}

function setup({ settings = {}, hasGetHeaders = true, uiLanguage = "en-US", host, displayed = { 1: [1] } } = {}) {
  const messages = { 1: message(1, BOUNCE_FILE), 2: message(2, ORDINARY_FILE), 3: message(3, ENCRYPTED_FILE) };
  host = host || hostFor(messages[1].raw);
  const browser = fakeBrowser({ messages, displayed, host, settings, hasGetHeaders, uiLanguage });
  const app = createApp(browser, { fetchJson: readCatalog, fetchText: readPackaged });
  app.listen();
  return { browser, app, host, messages };
}

async function readPackaged(file) {
  return readFileSync(path.join(EXTENSION, file), "utf-8");
}

async function display(app, tabId) {
  const port = displayPort(tabId);
  app.onConnect(port);
  await [...app.displays.get(tabId)].at(-1).ready;
  return port;
}

test("a displayed bounce gets its card without a click", async () => {
  const { app, host, messages } = setup();
  const port = await display(app, 1);
  assert.equal(port.posted.length, 1);
  const { type, model } = port.posted[0];
  assert.equal(type, "card");
  assert.equal(model.state, "result");
  assert.equal(model.trigger, "auto");
  assert.equal(model.recipients[0].reason, "userunknown");
  const [req] = host.explainRequests();
  assert.equal(req.lang, "en");
  assert.ok(Buffer.from(req.raw, "base64").equals(messages[1].raw), "the exact message bytes were sent");
});

for (const [name, id, why] of [
  ["ordinary mail", 2, "precheck"],
  ["encrypted mail", 3, "precheck"],
]) {
  test(`${name} is never sent to the host automatically`, async () => {
    const { app, host, browser } = setup({ displayed: { 1: [id] } });
    const port = await display(app, 1);
    assert.deepEqual(port.posted, [{ type: "none", why }]);
    assert.equal(host.connects, 0, "the host was not even started");
    assert.equal(browser.calls.getRaw.length, 0, "the body was not read");
  });
}

test("a message the host calls not a bounce gets nothing automatically", async () => {
  const messages = { 1: message(1, BOUNCE_FILE) };
  const host = new FakeHost({ answer: async () => NOT_BOUNCE });
  const browser = fakeBrowser({ messages, displayed: { 1: [1] }, host });
  const app = createApp(browser, { fetchJson: readCatalog });
  const port = await display(app, 1);
  assert.deepEqual(port.posted, [{ type: "none", why: "not-bounce" }]);
});

test("with 'show automatically' off nothing is read until the button", async () => {
  const { app, host, browser } = setup({ settings: { autoShow: false } });
  const port = await display(app, 1);
  assert.deepEqual(port.posted, [{ type: "none", why: "auto-off" }]);
  assert.equal(host.connects, 0);
  await browser.messageDisplayAction.onClicked.fire({ id: 1 })[0];
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(port.posted.slice(1).map((m) => m.model.state), ["loading", "result"]);
  assert.equal(port.posted[2].model.trigger, "button");
});

test("the button always asks the host, even for mail the pre-check rejects", async () => {
  const { app, host } = setup({ displayed: { 1: [2] } });
  const port = await display(app, 1);
  assert.equal(host.connects, 0);
  await app.onButtonClicked({ id: 1 });
  assert.deepEqual(port.posted.map((m) => m.type === "card" ? m.model.state : m.type), ["none", "loading", "not-bounce"]);
  assert.equal(host.explainRequests().length, 1);
});

test("the button in a pane without the display script answers in a summary tab", async () => {
  const { app, browser } = setup();
  const token = await app.onButtonClicked({ id: 1 });
  assert.equal(browser.calls.tabsCreate[0].url, `moz-extension://fake-uuid/summary/summary.html#${token}`);
  const list = await app.onRuntimeMessage({ type: "summary:list", token }, { id: browser.runtime.id });
  assert.deepEqual(list.items.map((i) => i.id), [1]);
});

test("the button on a multi-message display opens the summary", async () => {
  const { app, browser } = setup({ displayed: { 1: [1, 2] } });
  await app.onButtonClicked({ id: 1 });
  assert.equal(browser.calls.tabsCreate.length, 1);
});

test("a missing host gives the install card, for the automatic card and the button", async () => {
  const { app, host } = setup();
  host.missing = true;
  const port = await display(app, 1);
  const model = port.posted[0].model;
  assert.equal(model.state, "error");
  assert.equal(model.errorCode, "host-missing");
  assert.equal(model.command, "pipx install whybounce && whybounce-host install");
  await app.onButtonClicked({ id: 1 });
  assert.equal(port.posted.at(-1).model.errorCode, "host-missing");
});

test("a host that crashes is restarted transparently", async () => {
  const { app, host } = setup();
  await display(app, 1);
  host.dieOnNext = 1;
  const port = await display(app, 1);
  assert.equal(port.posted[0].model.state, "result");
  assert.equal(host.connects, 2);
});

test("only the first message pays the host's start-up: one connection for many displays", async () => {
  const { app, host } = setup();
  for (let i = 0; i < 5; i++) await display(app, 1);
  assert.equal(host.connects, 1);
  assert.equal(host.requests.filter((r) => r.op === "ping").length, 1);
});

test("a host of another version makes the card say which side to update", async () => {
  const messages = { 1: message(1, BOUNCE_FILE) };
  const browser = fakeBrowser({ messages, displayed: { 1: [1] }, host: hostFor(messages[1].raw, { version: "0.0.1" }) });
  const app = createApp(browser, { fetchJson: readCatalog });
  const port = await display(app, 1);
  assert.match(port.posted[0].model.notice.text, /0\.0\.1.*older than this add-on \(0\.1\.0\)/);
});

test("Thunderbird 140 (no messages.getHeaders) reads headers with getFull, without decrypting", async () => {
  const { app, browser } = setup({ hasGetHeaders: false });
  const port = await display(app, 1);
  assert.equal(port.posted[0].model.state, "result");
  assert.deepEqual(browser.calls.getFull, [{ id: 1, opts: { decrypt: false, decodeContent: false } }]);
});

for (const [settings, ui, lang] of [
  [{}, "ja", "ja"],
  [{ language: "ja" }, "en-US", "ja"],
  [{ language: "en" }, "ja", "en"],
]) {
  test(`language ${settings.language || "auto"} with UI ${ui}: host asked in ${lang}, labels in ${lang}`, async () => {
    const { app, host } = setup({ settings, uiLanguage: ui });
    const port = await display(app, 1);
    assert.equal(host.explainRequests()[0].lang, lang);
    const en = await readCatalog("_locales/en/messages.json");
    const ja = await readCatalog("_locales/ja/messages.json");
    assert.equal(port.posted[0].model.labels.who, (lang === "ja" ? ja : en).labelWho.message);
    assert.equal(port.posted[0].model.lang, lang);
  });
}

test("an unreadable message gives the read-failed card on the button", async () => {
  const { app, messages } = setup();
  messages[1].rawError = "offline";
  const port = displayPort(1);
  app.onConnect(port);
  await [...app.displays.get(1)][0].ready;
  await app.onButtonClicked({ id: 1 });
  assert.equal(port.posted.at(-1).model.errorCode, "read-failed");
});

test("a closed message pane is not written to", async () => {
  const { app } = setup();
  const port = displayPort(1);
  app.onConnect(port);
  port.onDisconnect.fire();
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(app.displays.has(1), false);
  assert.deepEqual(port.posted, []);
});

test("setup registers the display script once and the message-list menu", async () => {
  const { app, browser } = setup({ settings: { language: "ja" } });
  await app.setup();
  await app.setup(); // an event page starts again: no duplicate registration
  assert.equal(browser.calls.registered.length, 1);
  const script = browser.calls.registered[0];
  assert.equal(script.id, DISPLAY_SCRIPT_ID);
  assert.deepEqual(script.js, ["display/card.js", "display/display.js"]);
  assert.equal(script.css, undefined, "card.css goes into the card's shadow root, never into the message's page");
  const item = browser.menus.items.get(MENU_ID);
  assert.deepEqual(item.contexts, ["message_list"]);
  assert.equal(item.title, "選択したエラーメールを説明");
  assert.equal(browser.messageDisplayAction.title, "なぜ届かなかった？");
});

test("the display script gets card.css as text from the background, and only our own pages may ask", async () => {
  const { app, browser } = setup();
  const css = readFileSync(path.join(EXTENSION, "display", "card.css"), "utf-8");
  const answer = await app.onRuntimeMessage({ type: "display:style" }, { id: browser.runtime.id, tab: { id: 1 } });
  assert.deepEqual(answer, { css });
  assert.match(css, /:host \{\n  all: initial !important;/);
  assert.equal(app.onRuntimeMessage({ type: "display:style" }, { id: "someone-else@example.org" }), false);
});

test("changing the language relabels the button and the menu", async () => {
  const { app, browser } = setup();
  await app.setup();
  assert.equal(browser.messageDisplayAction.label, "Why did this bounce?");
  await browser.storage.local.set({ language: "ja" });
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(browser.messageDisplayAction.label, "なぜ届かなかった？");
  assert.equal(browser.menus.items.get(MENU_ID).title, "選択したエラーメールを説明");
});

test("'Explain selected bounces' opens a summary that explains every selected message", async () => {
  const { app, browser, messages } = setup();
  browser._pages.page2 = { id: null, messages: [messages[2].hdr] };
  const token = await app.onMenuClicked({ menuItemId: MENU_ID, selectedMessages: { id: "page2", messages: [messages[1].hdr] } });
  assert.equal(browser.calls.tabsCreate[0].url, `moz-extension://fake-uuid/summary/summary.html#${token}`);
  const sender = { id: browser.runtime.id };
  const list = await app.onRuntimeMessage({ type: "summary:list", token }, sender);
  assert.deepEqual(list.items.map((i) => i.id), [1, 2], "every page of the selection");
  assert.equal(list.items[0].date, "2025-03-03T10:00:00.000Z");
  const first = await app.onRuntimeMessage({ type: "summary:explain", messageId: 1 }, sender);
  assert.equal(first.ok, true);
  assert.equal(first.model.recipients[0].reason, "userunknown");
  assert.equal(first.model.originalSubject, "Nyaan");
  const second = await app.onRuntimeMessage({ type: "summary:explain", messageId: 2 }, sender);
  assert.equal(second.model.state, "not-bounce");
});

test("other menu items and foreign senders are ignored", async () => {
  const { app, browser } = setup();
  assert.equal(await app.onMenuClicked({ menuItemId: "other" }), false);
  assert.equal(app.onRuntimeMessage({ type: "summary:list", token: "x" }, { id: "evil@example.org" }), false);
  assert.equal(app.onRuntimeMessage({ type: "unrelated" }, { id: browser.runtime.id }), false);
});

test("host:status reports the helper's version, or why it is unavailable", async () => {
  const { app, browser, host } = setup();
  const sender = { id: browser.runtime.id };
  const ok = await app.onRuntimeMessage({ type: "host:status" }, sender);
  assert.deepEqual([ok.ok, ok.hostVersion, ok.extensionVersion, ok.notice], [true, "0.1.0", "0.1.0", null]);
  host.missing = true;
  app.host.close();
  const bad = await app.onRuntimeMessage({ type: "host:status" }, sender);
  assert.deepEqual([bad.ok, bad.code], [false, "host-missing"]);
});

test("page strings keep their placeholders for the page to fill", async () => {
  const { app, browser } = setup();
  const answer = await app.onRuntimeMessage({ type: "i18n:strings", keys: ["summaryProgress"] }, { id: browser.runtime.id });
  assert.equal(answer.strings.summaryProgress, "$1 of $2 messages read");
});
