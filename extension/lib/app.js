// The background's logic, with the `browser` object passed in so node's tests can drive it
// with a fake. background.js only creates it and registers the listeners.

import { HostClient, HostError } from "./host.js";
import { effectiveLang, loadTranslators } from "./i18n.js";
import { couldBeBounce } from "./precheck.js";
import { errorModel, lineModel, loadingModel, resultModel, sendFailedModel, versionNotice } from "./model.js";
import { getSettings } from "./settings.js";
import { collectMessageList, readHeaders, readRawBase64, ReadError } from "./messages.js";
import { sendFailure } from "./sends.js";

export const DISPLAY_PORT = "whybounce-display";
export const DISPLAY_SCRIPT_ID = "whybounce-card";
export const MENU_ID = "whybounce-explain-selected";
export const TEXT_MENU_ID = "whybounce-explain-text";
export const EXPLAIN_PAGE = "popup/popup.html";
// The opt-in "explain send failures": compose.onAfterSend needs Thunderbird's compose permission.
export const COMPOSE_PERMISSION = Object.freeze({ permissions: ["compose"] });
// Longest text sent to the host from the menu or a failed send (the popup's text box has the same limit).
export const MAX_TEXT_CHARS = 100000;
// How long a text handed to an explain window waits to be taken (the window takes it when it loads);
// older ones are dropped whenever the next is handed over or taken.
export const HANDOFF_MS = 120000;

/**
 * @param {object} browser the WebExtension API (or a fake)
 * @param {object} [opts]
 * @param {(path: string) => Promise<object>} [opts.fetchJson] reads a packaged JSON file
 * @param {(path: string) => Promise<string>} [opts.fetchText] reads a packaged text file
 * @param {HostClient} [opts.host]
 */
export function createApp(browser, opts = {}) {
  const fetchJson =
    opts.fetchJson || ((path) => fetch(browser.runtime.getURL(path)).then((r) => r.json()));
  const fetchText =
    opts.fetchText || ((path) => fetch(browser.runtime.getURL(path)).then((r) => r.text()));
  const host = opts.host || new HostClient({ connect: (name) => browser.runtime.connectNative(name) });
  const extensionVersion = browser.runtime.getManifest().version;
  const displays = new Map(); // tabId -> Set of {port, messageId}
  const summaries = new Map(); // token -> [{id, subject, date, author}]
  const handoffs = new Map(); // token -> {origin, text}: for the explain window, taken once
  let sendEvent = null; // compose.onAfterSend while we listen to it
  let translatorsPromise = null;
  let cardStylePromise = null;

  function translators() {
    if (!translatorsPromise) translatorsPromise = loadTranslators(fetchJson);
    return translatorsPromise;
  }

  /** Language, translator and options for one interaction. */
  async function context(trigger) {
    const settings = await getSettings(browser.storage);
    const lang = effectiveLang(settings.language, browser.i18n.getUILanguage());
    const t = (await translators())[lang];
    return { settings, lang, t, trigger };
  }

  /** Ask the host about one message. Resolves {result, notice}; throws HostError/ReadError. */
  async function explain(messageId, ctx, size) {
    const raw = await readRawBase64(browser.messages, messageId, size);
    const [info, result] = await Promise.all([
      host.ping().catch(() => null),
      host.request("explain", { raw, lang: ctx.lang }),
    ]);
    const notice = versionNotice(info && info.version, extensionVersion, ctx.t);
    return { result, notice, hostVersion: info && info.version };
  }

  function errorCode(e) {
    if (e instanceof HostError || e instanceof ReadError) return e.code;
    return "internal";
  }

  function post(entry, message) {
    try {
      entry.port.postMessage(message);
      return true;
    } catch (e) {
      return false; // the message pane moved on; its port is gone
    }
  }

  async function displayedMessages(tabId) {
    const shown = await browser.messageDisplay.getDisplayedMessages(tabId);
    return Array.isArray(shown) ? shown : (shown && shown.messages) || [];
  }

  /** A display script connected: show a card by itself when the message is a bounce. */
  async function onDisplayConnected(entry, tabId) {
    const ctx = await context("auto");
    const list = await displayedMessages(tabId);
    if (list.length !== 1) return post(entry, { type: "none" });
    const hdr = list[0];
    entry.messageId = hdr.id;
    if (!ctx.settings.autoShow) return post(entry, { type: "none", why: "auto-off" });
    let check;
    try {
      check = couldBeBounce(await readHeaders(browser.messages, hdr.id));
    } catch (e) {
      return post(entry, { type: "none", why: "headers-unreadable" });
    }
    if (!check.maybe) return post(entry, { type: "none", why: "precheck" });
    try {
      const { result, notice } = await explain(hdr.id, ctx, hdr.size);
      if (!entry.live) return false;
      if (!result || !result.is_bounce) return post(entry, { type: "none", why: "not-bounce" });
      return post(entry, { type: "card", model: resultModel(result, { ...ctx, notice }) });
    } catch (e) {
      console.warn("whybounce: automatic explain failed:", errorCode(e));
      return post(entry, { type: "card", model: errorModel(errorCode(e), ctx) });
    }
  }

  function onConnect(port) {
    if (port.name !== DISPLAY_PORT || !port.sender || !port.sender.tab) return;
    const tabId = port.sender.tab.id;
    const entry = { port, messageId: null, live: true };
    if (!displays.has(tabId)) displays.set(tabId, new Set());
    displays.get(tabId).add(entry);
    port.onDisconnect.addListener(() => {
      entry.live = false;
      const set = displays.get(tabId);
      if (set) {
        set.delete(entry);
        if (!set.size) displays.delete(tabId);
      }
    });
    entry.ready = onDisplayConnected(entry, tabId).catch((e) => {
      console.warn("whybounce: display handling failed:", errorCode(e));
    });
  }

  /** The toolbar button: always ask the host, whatever the pre-check or the option says. */
  async function onButtonClicked(tab) {
    const ctx = await context("button");
    const list = await displayedMessages(tab.id);
    if (list.length > 1) return openSummary(list);
    if (list.length !== 1) return false;
    const hdr = list[0];
    const targets = [...(displays.get(tab.id) || [])].filter(
      (e) => e.live && (e.messageId === hdr.id || e.messageId === null)
    );
    if (!targets.length) {
      // No display script in this pane (the message was shown before the add-on started):
      // answer in a tab instead of doing nothing.
      return openSummary([hdr]);
    }
    const send = (model) => targets.forEach((e) => post(e, { type: "card", model }));
    send(loadingModel(ctx));
    try {
      const { result, notice } = await explain(hdr.id, ctx, hdr.size);
      send(resultModel(result, { ...ctx, notice }));
    } catch (e) {
      console.warn("whybounce: explain failed:", errorCode(e));
      send(errorModel(errorCode(e), ctx));
    }
    return true;
  }

  /** Open the summary tab for these message headers. */
  async function openSummary(headers) {
    const token = crypto.randomUUID();
    summaries.set(
      token,
      headers.map((m) => ({
        id: m.id,
        subject: m.subject || "",
        author: m.author || "",
        date: m.date ? new Date(m.date).toISOString() : "",
        size: m.size,
      }))
    );
    await browser.tabs.create({ url: browser.runtime.getURL("summary/summary.html") + "#" + token });
    return token;
  }

  /**
   * Open the "Explain an error message" page in a window of its own (the toolbar button's popup is
   * a panel that only a click on the button can open), with a text to explain or a failed send to
   * report. The text waits in memory for the page to take it once; nothing is stored.
   */
  async function openExplainWindow(origin, text) {
    forgetStaleHandoffs();
    const token = crypto.randomUUID();
    handoffs.set(token, { origin, text: String(text || "").slice(0, MAX_TEXT_CHARS), at: Date.now() });
    const url = browser.runtime.getURL(EXPLAIN_PAGE) + "?mode=" + origin + "#" + token;
    try {
      await browser.windows.create({ type: "popup", url, width: 560, height: 700 });
    } catch (e) {
      handoffs.delete(token);
      throw e;
    }
    return token;
  }

  /** Texts no window came for (it failed to open, or was closed at once) are not kept either. */
  function forgetStaleHandoffs() {
    const now = Date.now();
    for (const [token, handoff] of handoffs) {
      if (now - handoff.at > HANDOFF_MS) handoffs.delete(token);
    }
  }

  async function onMenuClicked(info) {
    if (info.menuItemId === TEXT_MENU_ID) {
      const text = typeof info.selectionText === "string" ? info.selectionText.trim() : "";
      if (!text) return false;
      return openExplainWindow("selection", text);
    }
    if (info.menuItemId !== MENU_ID) return false;
    const headers = info.selectedMessages ? await collectMessageList(browser.messages, info.selectedMessages) : [];
    if (!headers.length) return false;
    return openSummary(headers);
  }

  /** card.css as text, read once: the display script puts it into the card's shadow root. */
  function cardStyle() {
    if (!cardStylePromise) {
      cardStylePromise = fetchText("display/card.css").catch((e) => {
        cardStylePromise = null;
        throw e;
      });
    }
    return cardStylePromise;
  }

  /** Requests from the summary and options pages, and the display script's stylesheet. */
  async function onPageRequest(msg) {
    if (msg.type === "display:style") {
      return { css: await cardStyle() };
    }
    if (msg.type === "summary:list") {
      const ctx = await context("button");
      return { items: summaries.get(msg.token) || [], lang: ctx.lang };
    }
    if (msg.type === "summary:explain") {
      const ctx = await context("button");
      try {
        const { result, notice } = await explain(msg.messageId, ctx, msg.size);
        return { ok: true, model: resultModel(result, { ...ctx, notice }), notice };
      } catch (e) {
        return { ok: false, code: errorCode(e), model: errorModel(errorCode(e), ctx) };
      }
    }
    if (msg.type === "host:status") {
      const ctx = await context("button");
      try {
        const info = await host.ping();
        return {
          ok: true,
          hostVersion: info.version,
          extensionVersion,
          notice: versionNotice(info.version, extensionVersion, ctx.t),
        };
      } catch (e) {
        return { ok: false, code: errorCode(e), model: errorModel(errorCode(e), ctx), extensionVersion };
      }
    }
    if (msg.type === "explain:line") {
      const ctx = await context("button");
      const text = typeof msg.text === "string" ? msg.text.slice(0, MAX_TEXT_CHARS) : "";
      try {
        const result = await host.request("line", { text, lang: ctx.lang });
        return { ok: true, model: lineModel(result, ctx) };
      } catch (e) {
        return { ok: false, code: errorCode(e), model: errorModel(errorCode(e), ctx) };
      }
    }
    if (msg.type === "explain:take") {
      const ctx = await context("button");
      forgetStaleHandoffs();
      const handoff = handoffs.get(msg.token) || null;
      handoffs.delete(msg.token);
      if (!handoff) return { origin: null, text: "", notice: null };
      const notice = handoff.origin === "send-failed" ? sendFailedModel(ctx) : null;
      return { origin: handoff.origin, text: handoff.text, notice };
    }
    if (msg.type === "i18n:strings") {
      const ctx = await context("button");
      const out = {};
      // Placeholders stay as $1, $2 ... for the page to fill in.
      for (const key of msg.keys || []) out[key] = ctx.t(key, "$1", "$2", "$3", "$4");
      return { lang: ctx.lang, strings: out };
    }
    return null;
  }

  function onRuntimeMessage(msg, sender) {
    if (!msg || typeof msg.type !== "string" || !sender || sender.id !== browser.runtime.id) return false;
    if (!/^(summary|host|i18n|display|explain):/.test(msg.type)) return false;
    return onPageRequest(msg);
  }

  /**
   * compose.onAfterSend, while the compose permission is granted: a failed send opens the explain
   * window. Only whether it failed is read (lib/sends.js), never the message.
   */
  function onAfterSend(tab, sendInfo) {
    const failure = sendFailure(sendInfo);
    if (!failure) return;
    openExplainWindow("send-failed", failure.text).catch((e) =>
      console.warn("whybounce: could not open the send-failure window:", errorCode(e))
    );
  }

  /**
   * Follow compose.onAfterSend exactly while the permission is granted. Its API exists only then, so
   * the event is kept to stop listening after the permission was taken back.
   */
  function watchSends() {
    const event = browser.compose && browser.compose.onAfterSend;
    if (!event || event === sendEvent) return;
    if (!event.hasListener(onAfterSend)) event.addListener(onAfterSend);
    sendEvent = event;
  }

  function unwatchSends() {
    if (sendEvent) sendEvent.removeListener(onAfterSend);
    sendEvent = null;
  }

  function onPermissionsChanged(granted, permissions) {
    if (!permissions || !(permissions.permissions || []).includes("compose")) return;
    if (granted) watchSends();
    else unwatchSends();
  }

  /** Button titles and menu items in the chosen language. */
  async function updateChrome() {
    const ctx = await context("auto");
    await browser.messageDisplayAction.setTitle({ title: ctx.t("buttonTitle") });
    await browser.messageDisplayAction.setLabel({ label: ctx.t("buttonLabel") });
    await browser.action.setTitle({ title: ctx.t("actionTitle") });
    await browser.action.setLabel({ label: ctx.t("actionLabel") });
    await browser.menus.update(MENU_ID, { title: ctx.t("menuExplainSelected") });
    await browser.menus.update(TEXT_MENU_ID, { title: ctx.t("menuExplainText") });
  }

  async function setup() {
    const registered = await browser.scripting.messageDisplay.getRegisteredScripts({ ids: [DISPLAY_SCRIPT_ID] });
    if (!registered.length) {
      await browser.scripting.messageDisplay.registerScripts([
        {
          id: DISPLAY_SCRIPT_ID,
          js: ["display/card.js", "display/display.js"], // card.css goes into the card's shadow root
          runAt: "document_end",
        },
      ]);
    }
    await browser.menus.removeAll();
    const ctx = await context("auto");
    browser.menus.create({ id: MENU_ID, title: ctx.t("menuExplainSelected"), contexts: ["message_list"] });
    // Selected text in the message pane and the compose window (and any other page Thunderbird shows).
    browser.menus.create({ id: TEXT_MENU_ID, title: ctx.t("menuExplainText"), contexts: ["selection"] });
    await updateChrome();
  }

  /** Register every listener synchronously (MV3 event page rule). */
  function listen() {
    browser.runtime.onConnect.addListener(onConnect);
    browser.runtime.onMessage.addListener(onRuntimeMessage);
    browser.messageDisplayAction.onClicked.addListener((tab) => {
      onButtonClicked(tab).catch((e) => console.warn("whybounce: button failed:", errorCode(e)));
    });
    browser.menus.onClicked.addListener((info) => {
      onMenuClicked(info).catch((e) => console.warn("whybounce: menu failed:", errorCode(e)));
    });
    // While the compose permission is granted, compose.onAfterSend wakes the event page on a send.
    watchSends();
    browser.permissions.onAdded.addListener((p) => onPermissionsChanged(true, p));
    browser.permissions.onRemoved.addListener((p) => onPermissionsChanged(false, p));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === "local" && changes.language) {
        updateChrome().catch((e) => console.warn("whybounce: relabel failed:", errorCode(e)));
      }
    });
  }

  return {
    host,
    displays,
    summaries,
    setup,
    listen,
    onConnect,
    onButtonClicked,
    onMenuClicked,
    onPageRequest,
    onRuntimeMessage,
    onAfterSend,
    openSummary,
    openExplainWindow,
    handoffs,
    explain,
  };
}
