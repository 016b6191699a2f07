// The background's logic, with the `browser` object passed in so node's tests can drive it
// with a fake. background.js only creates it and registers the listeners.

import { HostClient, HostError } from "./host.js";
import { effectiveLang, loadTranslators } from "./i18n.js";
import { couldBeBounce } from "./precheck.js";
import { errorModel, loadingModel, resultModel, versionNotice } from "./model.js";
import { getSettings } from "./settings.js";
import { collectMessageList, readHeaders, readRawBase64, ReadError } from "./messages.js";

export const DISPLAY_PORT = "whybounce-display";
export const DISPLAY_SCRIPT_ID = "whybounce-card";
export const MENU_ID = "whybounce-explain-selected";

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

  async function onMenuClicked(info) {
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
    if (msg.type === "i18n:strings") {
      const ctx = await context("button");
      const out = {};
      // Placeholders stay as $1, $2 ... for the page to fill in.
      for (const key of msg.keys || []) out[key] = ctx.t(key, "$1", "$2", "$3");
      return { lang: ctx.lang, strings: out };
    }
    return null;
  }

  function onRuntimeMessage(msg, sender) {
    if (!msg || typeof msg.type !== "string" || !sender || sender.id !== browser.runtime.id) return false;
    if (!/^(summary|host|i18n|display):/.test(msg.type)) return false;
    return onPageRequest(msg);
  }

  /** Button title and menu item in the chosen language. */
  async function updateChrome() {
    const ctx = await context("auto");
    await browser.messageDisplayAction.setTitle({ title: ctx.t("buttonTitle") });
    await browser.messageDisplayAction.setLabel({ label: ctx.t("buttonLabel") });
    await browser.menus.update(MENU_ID, { title: ctx.t("menuExplainSelected") });
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
    openSummary,
    explain,
  };
}
