// lib/app.js, for errors that never arrive as a bounce: the "Explain this error text" menu item, the
// explain page's requests (its text handed over once, the host's `line` answer as a card), and the
// opt-in that explains failed sends (compose.onAfterSend, only while the compose permission is granted).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  createApp, COMPOSE_PERMISSION, EXPLAIN_PAGE, HANDOFF_MS, MAX_TEXT_CHARS, MENU_ID, TEXT_MENU_ID,
} from "../../extension/lib/app.js";
import { GENERIC_SEND_ERROR, sendFailure } from "../../extension/lib/sends.js";
import { fakeBrowser, FakeHost } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { answerLine, DIALOG_TEXT } from "./helpers/line-results.js";

const SELF = { id: "whybounce@whybounce.org" };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup({ granted = [], settings = {}, uiLanguage = "en-US" } = {}) {
  const host = new FakeHost({ answer: answerLine });
  const browser = fakeBrowser({ host, granted, settings, uiLanguage });
  const app = createApp(browser, { fetchJson: readCatalog });
  app.listen();
  return { browser, app, host };
}

/** The token and mode of the explain window the background opened last. */
function openedWindow(browser) {
  const props = browser.calls.windowsCreate.at(-1);
  assert.equal(props.type, "popup");
  const url = new URL(props.url);
  assert.equal(props.url.split("?")[0], "moz-extension://fake-uuid/" + EXPLAIN_PAGE);
  return { mode: url.searchParams.get("mode"), token: url.hash.slice(1) };
}

// --- the menu item ----------------------------------------------------------------------------------

test("setup adds 'Explain this error text' for selected text, next to the message-list item", async () => {
  const { app, browser } = setup();
  await app.setup();
  const items = Object.fromEntries(browser.calls.menusCreate.map((p) => [p.id, p]));
  assert.deepEqual(items[TEXT_MENU_ID].contexts, ["selection"]);
  assert.equal(items[TEXT_MENU_ID].title, "Explain this error text");
  assert.deepEqual(items[MENU_ID].contexts, ["message_list"]);
  assert.equal(browser.action.title, "Explain an error message");
  assert.equal(browser.action.label, "Explain error");
});

test("switching the language relabels the toolbar button and both menu items", async () => {
  const { app, browser } = setup();
  await app.setup();
  await browser.storage.local.set({ language: "ja" });
  await tick();
  await tick();
  assert.equal(browser.action.title, "エラーメッセージを説明");
  assert.equal(browser.menus.items.get(TEXT_MENU_ID).title, "このエラー文を説明");
  assert.equal(browser.menus.items.get(MENU_ID).title, "選択したエラーメールを説明");
});

test("the menu item opens the explain window with the selected text, handed over once", async () => {
  const { app, browser, host } = setup();
  await app.onMenuClicked({ menuItemId: TEXT_MENU_ID, selectionText: `  ${DIALOG_TEXT}\n` });
  const { mode, token } = openedWindow(browser);
  assert.equal(mode, "selection");
  assert.equal(host.requests.length, 0, "the page asks the host, not the menu click");
  const taken = await app.onRuntimeMessage({ type: "explain:take", token }, SELF);
  assert.deepEqual(taken, { origin: "selection", text: DIALOG_TEXT, notice: null });
  const again = await app.onRuntimeMessage({ type: "explain:take", token }, SELF);
  assert.equal(again.text, "", "the text is not kept once the page has it");
  assert.equal(app.handoffs.size, 0);
});

test("a text no window came for is forgotten after a while", async () => {
  const { app } = setup();
  const first = await app.openExplainWindow("selection", "550 first");
  app.handoffs.get(first).at -= HANDOFF_MS + 1; // as if it had waited that long
  await app.openExplainWindow("selection", "550 second");
  assert.equal(app.handoffs.has(first), false);
  assert.equal(app.handoffs.size, 1);
});

test("an empty selection opens nothing; a huge one is cut to the text box's limit", async () => {
  const { app, browser } = setup();
  assert.equal(await app.onMenuClicked({ menuItemId: TEXT_MENU_ID, selectionText: "  \n " }), false);
  assert.equal(browser.calls.windowsCreate.length, 0);
  await app.onMenuClicked({ menuItemId: TEXT_MENU_ID, selectionText: "550 x".repeat(50000) });
  const taken = await app.onRuntimeMessage({ type: "explain:take", token: openedWindow(browser).token }, SELF);
  assert.equal(taken.text.length, MAX_TEXT_CHARS);
});

test("the message-list item still opens the summary, not the explain window", async () => {
  const { app, browser } = setup();
  browser.messages.getFull = async () => ({});
  const token = await app.onMenuClicked({ menuItemId: MENU_ID, selectedMessages: { id: null, messages: [{ id: 1 }] } });
  assert.ok(token);
  assert.equal(browser.calls.windowsCreate.length, 0);
  assert.equal(browser.calls.tabsCreate.length, 1);
});

// --- the explain page's requests --------------------------------------------------------------------

test("explain:line asks the host's line request in the chosen language and returns the card", async () => {
  const { app, host } = setup({ settings: { language: "ja" } });
  const answer = await app.onRuntimeMessage({ type: "explain:line", text: DIALOG_TEXT }, SELF);
  const [req] = host.requests.filter((r) => r.op === "line");
  assert.deepEqual({ text: req.text, lang: req.lang }, { text: DIALOG_TEXT, lang: "ja" });
  assert.equal(answer.ok, true);
  const model = answer.model;
  assert.equal(model.state, "result");
  assert.equal(model.kind, "line");
  assert.equal(model.labels.heading, "このエラーの意味");
  assert.equal(model.recipients[0].reason, "norelaying");
  // no code in Thunderbird's quote, but the host's state stands (its card says the refusal is permanent)
  assert.equal(model.recipients[0].badge.kind, "permanent");
  assert.equal(model.recipients[0].badge.text, "恒久的なエラー");
  assert.match(model.summary, /Thunderbird/);
});

test("explain:line with the host missing answers the install card", async () => {
  const { app, host } = setup();
  host.missing = true;
  const answer = await app.onRuntimeMessage({ type: "explain:line", text: "550 x" }, SELF);
  assert.equal(answer.ok, false);
  assert.equal(answer.model.errorCode, "host-missing");
});

test("requests from another extension are not answered", async () => {
  const { app } = setup();
  assert.equal(app.onRuntimeMessage({ type: "explain:line", text: "550 x" }, { id: "other@example.org" }), false);
});

// --- failed sends (opt-in) ---------------------------------------------------------------------------

const REFUSED = { mode: "sendNow", messages: [], headerMessageId: undefined }; // what 140 and 153 send
const SENT = { mode: "sendNow", messages: [], headerMessageId: "abc@example.test" };

test("sendFailure reads a refused send the way Thunderbird 140 and 153 report it", () => {
  assert.deepEqual(sendFailure(REFUSED), { text: "" });
  assert.equal(sendFailure(SENT), null);
  assert.deepEqual(sendFailure({ mode: "sendNow", error: GENERIC_SEND_ERROR }), { text: "" });
  assert.deepEqual(sendFailure({ mode: "sendLater", error: " 550 5.7.1 Relaying denied " }), { text: "550 5.7.1 Relaying denied" });
  assert.equal(sendFailure({ mode: "sendLater", messages: [] }), null, "a queued message has no Message-ID yet");
  assert.equal(sendFailure(undefined), null);
});

test("without the compose permission nothing listens to sends: no window, nothing to the host", async () => {
  const { app, browser, host } = setup();
  await app.setup();
  assert.equal(browser.compose, undefined);
  browser.composeApi.onAfterSend.fire({ id: 5 }, REFUSED);
  await tick();
  assert.equal(browser.composeApi.onAfterSend.listeners.length, 0);
  assert.equal(browser.calls.windowsCreate.length, 0);
  assert.equal(host.connects, 0);
  assert.equal(browser.calls.permissionRequests.length, 0, "nothing is asked at install or start");
});

test("granting the permission starts listening; a refused send opens the send-failure window", async () => {
  const { app, browser, host } = setup();
  assert.equal(await browser.permissions.request(COMPOSE_PERMISSION), true);
  assert.equal(browser.compose.onAfterSend.listeners.length, 1);
  browser.compose.onAfterSend.fire({ id: 5 }, REFUSED);
  await tick();
  const { mode, token } = openedWindow(browser);
  assert.equal(mode, "send-failed");
  const taken = await app.onRuntimeMessage({ type: "explain:take", token }, SELF);
  assert.equal(taken.origin, "send-failed");
  assert.equal(taken.text, "", "Thunderbird gave no server reply to pass on");
  assert.equal(taken.notice.state, "send-failed");
  assert.equal(taken.notice.labels.heading, "Sending failed");
  assert.match(taken.notice.hint, /Select All/);
  assert.equal(host.requests.length, 0, "nothing to explain yet: the host is not asked");
});

test("a successful send opens nothing", async () => {
  const { browser } = setup({ granted: ["compose"] });
  browser.compose.onAfterSend.fire({ id: 5 }, SENT);
  await tick();
  assert.equal(browser.calls.windowsCreate.length, 0);
});

test("an error text that says more than Thunderbird's generic sentence is handed to the window", async () => {
  const { app, browser } = setup({ granted: ["compose"] });
  browser.compose.onAfterSend.fire({ id: 5 }, { mode: "sendNow", messages: [], error: DIALOG_TEXT });
  await tick();
  const taken = await app.onRuntimeMessage({ type: "explain:take", token: openedWindow(browser).token }, SELF);
  assert.equal(taken.text, DIALOG_TEXT);
});

test("the message being sent is never read: only mode, error and whether a Message-ID came back", async () => {
  const { browser } = setup({ granted: ["compose"] });
  const touched = [];
  const sendInfo = { mode: "sendNow", headerMessageId: undefined };
  for (const key of ["details", "messages"]) {
    Object.defineProperty(sendInfo, key, {
      enumerable: true,
      get() {
        touched.push(key);
        return key === "messages" ? [] : { body: "secret" };
      },
    });
  }
  browser.compose.onAfterSend.fire({ id: 5 }, sendInfo);
  await tick();
  assert.deepEqual(touched, []);
  assert.equal(browser.calls.windowsCreate.length, 1);
});

test("with the permission granted at start the listener is there at once (the event page wakes for it)", () => {
  const { browser } = setup({ granted: ["compose"] });
  assert.equal(browser.compose.onAfterSend.listeners.length, 1);
});

test("removing the permission stops listening", async () => {
  const { browser } = setup({ granted: ["compose"] });
  const event = browser.compose.onAfterSend;
  await browser.permissions.remove(COMPOSE_PERMISSION);
  assert.equal(event.listeners.length, 0);
  event.fire({ id: 5 }, REFUSED);
  await tick();
  assert.equal(browser.calls.windowsCreate.length, 0);
});

test("other permissions coming and going leave the send listener alone", async () => {
  const { browser } = setup({ granted: ["compose"] });
  browser.permissions.onRemoved.fire({ permissions: ["messagesMove"], origins: [] });
  browser.permissions.onAdded.fire({ permissions: ["accountsRead"], origins: [] });
  assert.equal(browser.compose.onAfterSend.listeners.length, 1);
});
