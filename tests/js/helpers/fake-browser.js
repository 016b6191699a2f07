// A fake `browser` (Thunderbird WebExtension API) and a fake native host speaking the
// contract, for driving lib/app.js and lib/host.js in node.
import "./web-globals.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { EXTENSION } from "./paths.js";
import { DISPLAY_PORT } from "../../../extension/lib/app.js";

export class FakeEvent {
  constructor() {
    this.listeners = [];
  }
  addListener(fn) {
    this.listeners.push(fn);
  }
  removeListener(fn) {
    this.listeners = this.listeners.filter((l) => l !== fn);
  }
  hasListener(fn) {
    return this.listeners.includes(fn);
  }
  fire(...args) {
    return this.listeners.map((l) => l(...args));
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A native host behind runtime.connectNative. `answer(request)` returns the `result` of an ok
 * answer, or throws {code, message} for an error answer. Switches: missing (no such native
 * application), hang (never answers), dieOnNext (exits on the next request, like a crash).
 */
export class FakeHost {
  constructor({ version = "0.1.0", answer = () => ({}) } = {}) {
    this.version = version;
    this.answer = answer;
    this.requests = [];
    this.connects = 0;
    this.missing = false;
    this.hang = false;
    this.dieOnNext = 0;
    this.ports = [];
  }

  connect(name) {
    this.connects += 1;
    const host = this;
    const port = {
      name,
      closed: false,
      onMessage: new FakeEvent(),
      onDisconnect: new FakeEvent(),
      postMessage(msg) {
        if (port.closed) throw new Error("Attempt to postMessage on disconnected port");
        host.requests.push(structuredClone(msg));
        host._serve(port, msg);
      },
      disconnect() {
        port.closed = true;
      },
    };
    this.ports.push(port);
    if (this.missing) {
      tick().then(() => {
        port.closed = true;
        port.error = { message: `No such native application ${name}` };
        port.onDisconnect.fire(port);
      });
    }
    return port;
  }

  async _serve(port, msg) {
    await tick();
    if (port.closed || this.missing) return;
    if (this.dieOnNext > 0) {
      this.dieOnNext -= 1;
      port.closed = true;
      port.error = null; // an exiting host closes the port without an error message
      port.onDisconnect.fire(port);
      return;
    }
    if (this.hang) return;
    let reply;
    if (msg.op === "ping") {
      reply = { id: msg.id, ok: true, result: { version: this.version } };
    } else {
      try {
        reply = { id: msg.id, ok: true, result: await this.answer(msg) };
      } catch (e) {
        reply = { id: msg.id, ok: false, error: { code: e.code || "internal", message: e.message || "" } };
      }
    }
    if (!port.closed) port.onMessage.fire(reply);
  }

  explainRequests() {
    return this.requests.filter((r) => r.op === "explain");
  }
}

/**
 * A toolbar button: browser.action and browser.messageDisplayAction share this part of their API (the title and
 * label the extension last set).
 * @param {object} [extra] the button's other members (messageDisplayAction's onClicked)
 */
function fakeButton(extra = {}) {
  const button = {
    title: null,
    label: null,
    async setTitle({ title }) {
      button.title = title;
    },
    async setLabel({ label }) {
      button.label = label;
    },
    ...extra,
  };
  return button;
}

const manifest = JSON.parse(readFileSync(path.join(EXTENSION, "manifest.json"), "utf-8"));

/**
 * @param {object} opts
 * @param {Object<number, {hdr: object, raw: Buffer|string, headers: object}>} opts.messages by id
 * @param {Object<number, number[]>} [opts.displayed] tabId -> ids of displayed messages
 * @param {FakeHost} [opts.host]
 * @param {object} [opts.settings] storage.local contents
 * @param {string} [opts.uiLanguage]
 * @param {boolean} [opts.hasGetHeaders] false = Thunderbird 140 (no messages.getHeaders)
 * @param {string[]} [opts.granted] optional permissions already granted (e.g. ["compose"])
 */
export function fakeBrowser({
  messages = {},
  displayed = {},
  host = new FakeHost(),
  settings = {},
  uiLanguage = "en-US",
  hasGetHeaders = true,
  granted = [],
} = {}) {
  const calls = {
    getHeaders: [], getFull: [], getRaw: [], tabsCreate: [], menusCreate: [], registered: [], windowsCreate: [],
    permissionRequests: [],
  };
  const store = { ...settings };
  const storageChanged = new FakeEvent();
  const browser = {
    calls,
    host,
    runtime: {
      id: manifest.browser_specific_settings.gecko.id,
      getManifest: () => structuredClone(manifest),
      getURL: (p) => "moz-extension://fake-uuid/" + p,
      connectNative: (name) => host.connect(name),
      onConnect: new FakeEvent(),
      onMessage: new FakeEvent(),
    },
    i18n: { getUILanguage: () => uiLanguage },
    storage: {
      local: {
        async get(keys) {
          const out = {};
          for (const k of keys) if (k in store) out[k] = store[k];
          return out;
        },
        async set(obj) {
          const changes = {};
          for (const [k, v] of Object.entries(obj)) {
            changes[k] = { oldValue: store[k], newValue: v };
            store[k] = v;
          }
          storageChanged.fire(changes, "local");
        },
      },
      onChanged: storageChanged,
    },
    messages: {
      async getFull(id, opts) {
        calls.getFull.push({ id, opts });
        return { contentType: "message/rfc822", headers: messages[id].headers, parts: [] };
      },
      async getRaw(id, opts) {
        calls.getRaw.push({ id, opts });
        const m = messages[id];
        if (m.rawError) throw new Error(m.rawError);
        return new File([m.raw], "message.eml", { type: "message/rfc822" });
      },
      async continueList(listId) {
        return browser._pages[listId] || null;
      },
    },
    _pages: {},
    messageDisplay: {
      async getDisplayedMessages(tabId) {
        return { id: null, messages: (displayed[tabId] || []).map((id) => messages[id].hdr) };
      },
    },
    messageDisplayAction: fakeButton({ onClicked: new FakeEvent() }),
    menus: {
      items: new Map(),
      create(props) {
        calls.menusCreate.push(props);
        browser.menus.items.set(props.id, { ...props });
        return props.id;
      },
      async update(id, props) {
        Object.assign(browser.menus.items.get(id), props);
      },
      async removeAll() {
        browser.menus.items.clear();
      },
      onClicked: new FakeEvent(),
    },
    scripting: {
      messageDisplay: {
        scripts: [],
        async getRegisteredScripts({ ids }) {
          return browser.scripting.messageDisplay.scripts.filter((s) => ids.includes(s.id));
        },
        async registerScripts(scripts) {
          for (const s of scripts) {
            if (browser.scripting.messageDisplay.scripts.some((x) => x.id === s.id)) {
              throw new Error(`script ${s.id} already registered`);
            }
            browser.scripting.messageDisplay.scripts.push(s);
            calls.registered.push(s);
          }
        },
      },
    },
    tabs: {
      async create(props) {
        calls.tabsCreate.push(props);
        return { id: 100 + calls.tabsCreate.length, ...props };
      },
    },
    windows: {
      async create(props) {
        calls.windowsCreate.push(props);
        return { id: 200 + calls.windowsCreate.length, type: props.type };
      },
    },
    action: fakeButton(),
    commands: {
      async getAll() {
        return [{ name: "_execute_action", shortcut: "Alt+Shift+E", description: "" }];
      },
    },
    // Optional permissions: request() answers as the user would (permissions.userAnswer), and the
    // compose API exists only while "compose" is granted, as in Thunderbird.
    permissions: {
      granted: new Set(granted),
      userAnswer: true,
      async contains({ permissions = [] }) {
        return permissions.every((p) => browser.permissions.granted.has(p));
      },
      async request({ permissions = [] }) {
        calls.permissionRequests.push([...permissions]);
        if (!browser.permissions.userAnswer) return false;
        const added = permissions.filter((p) => !browser.permissions.granted.has(p));
        added.forEach((p) => browser.permissions.granted.add(p));
        if (added.length) browser.permissions.onAdded.fire({ permissions: added, origins: [] });
        return true;
      },
      async remove({ permissions = [] }) {
        const removed = permissions.filter((p) => browser.permissions.granted.delete(p));
        if (removed.length) browser.permissions.onRemoved.fire({ permissions: removed, origins: [] });
        return true;
      },
      onAdded: new FakeEvent(),
      onRemoved: new FakeEvent(),
    },
  };
  const composeApi = { onAfterSend: new FakeEvent() };
  Object.defineProperty(browser, "compose", {
    get: () => (browser.permissions.granted.has("compose") ? composeApi : undefined),
  });
  browser.composeApi = composeApi; // what the tests fire, granted or not
  if (hasGetHeaders) {
    browser.messages.getHeaders = async (id) => {
      calls.getHeaders.push(id);
      return messages[id].headers;
    };
  }
  return browser;
}

/** A message display script's port, as runtime.onConnect hands it to the background. */
export function displayPort(tabId) {
  const port = {
    name: DISPLAY_PORT,
    sender: { id: manifest.browser_specific_settings.gecko.id, tab: { id: tabId } },
    posted: [],
    onDisconnect: new FakeEvent(),
    postMessage(msg) {
      port.posted.push(structuredClone(msg));
    },
  };
  return port;
}
