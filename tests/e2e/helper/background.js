// Test-only helper: the e2e test's hands and eyes inside Thunderbird, through stable
// WebExtension APIs. Commands arrive from the test over the native port of the e2e host
// (tests/e2e/e2e_host.py); results and observations go back over the same port.
const HOST = "whybounce_e2e";
let port = null;

function send(event, extra = {}) {
  port.postMessage({ type: "event", event, time: Date.now(), ...extra });
}

async function localRoot() {
  const accounts = await browser.accounts.list(false);
  const local = accounts.find((a) => a.type === "local" || a.type === "none");
  if (!local) throw new Error("no Local Folders account");
  return local.rootFolder;
}

async function folderNamed(name) {
  const root = await localRoot();
  const find = async () => (await browser.folders.getSubFolders(root.id, false)).find((f) => f.name === name);
  let folder = await find();
  if (!folder) {
    // Look the new folder up again: in Thunderbird 153 the value folders.create() resolves
    // with was seen to be another folder (Trash) of a fresh profile.
    await browser.folders.create(root.id, name);
    folder = await find();
  }
  if (!folder) throw new Error("could not create folder " + name);
  return folder;
}

function bytesFromBase64(b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function mailTab() {
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((t) => t.type === "mail");
  if (!tab) throw new Error("no mail tab");
  return tab;
}

const commands = {
  async import(c) {
    const folder = await folderNamed(c.folder);
    const imported = [];
    const refused = []; // e.g. Thunderbird refuses a second message with the same Message-ID
    for (const f of c.files) {
      const file = new File([bytesFromBase64(f.raw)], f.name, { type: "message/rfc822" });
      try {
        const hdr = await browser.messages.import(file, folder.id);
        imported.push({ name: f.name, id: hdr.id, subject: hdr.subject, folder: hdr.folder && hdr.folder.path });
      } catch (e) {
        refused.push({ name: f.name, error: String(e) });
      }
    }
    return { imported, refused, folder: { id: folder.id, path: folder.path, name: folder.name } };
  },
  async select(c) {
    const tab = await mailTab();
    await browser.tabs.update(tab.id, { active: true });
    await browser.mailTabs.setSelectedMessages(tab.id, c.ids);
    return { tabId: tab.id };
  },
  async tabs() {
    const tabs = await browser.tabs.query({});
    return { tabs: tabs.map((t) => ({ id: t.id, type: t.type, url: t.url || "", active: t.active })) };
  },
  async activateMailTab() {
    const tab = await mailTab();
    await browser.tabs.update(tab.id, { active: true });
    return { tabId: tab.id };
  },
};

async function run(c) {
  try {
    const result = await commands[c.cmd](c);
    send("done", { cmd: c.cmd, seq: c.seq, ...result });
  } catch (e) {
    send("done", { cmd: c.cmd, seq: c.seq, error: String(e) });
  }
}

// Observations from probe.js in each displayed message.
browser.runtime.onMessage.addListener((msg, sender) => {
  if (msg && msg.type === "probe-hello") {
    return (async () => {
      const shown = await browser.messageDisplay.getDisplayedMessages(sender.tab.id);
      const list = Array.isArray(shown) ? shown : shown.messages;
      const hdr = list && list.length === 1 ? list[0] : null;
      return { messageId: hdr && hdr.id, subject: hdr && hdr.subject, tabId: sender.tab.id };
    })();
  }
  if (msg && msg.type === "probe") {
    send("probe", msg.report);
    return Promise.resolve(true);
  }
  return false;
});

async function main() {
  port = browser.runtime.connectNative(HOST);
  port.onMessage.addListener((c) => {
    if (c && c.cmd) run(c);
  });
  port.onDisconnect.addListener((p) => console.error("e2e helper: port closed", p.error && p.error.message));
  const existing = await browser.scripting.messageDisplay.getRegisteredScripts({ ids: ["probe"] });
  if (!existing.length) {
    await browser.scripting.messageDisplay.registerScripts([{ id: "probe", js: ["probe.js"], runAt: "document_end" }]);
  }
  const info = await browser.runtime.getBrowserInfo();
  send("ready", { version: info.version });
}
main().catch((e) => console.error("e2e helper failed", e));
