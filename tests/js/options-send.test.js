// options/options.js, the opt-in "Explain send failures as they happen": the checkbox grants or gives back
// Thunderbird's optional compose permission, and the background follows it. The page runs in jsdom, its
// scripts loaded as Thunderbird loads them (helpers/page.js), over the same fake `browser` the background uses.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../extension/lib/app.js";
import { fakeBrowser, FakeHost } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { closePage, openPage } from "./helpers/page.js";

const SELF = { id: "whybounce@whybounce.org" };

async function until(check, what, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting for " + what);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

afterEach(closePage);

async function openOptions({ granted = [], userAnswer = true, host = new FakeHost() } = {}) {
  const browser = fakeBrowser({ host, granted });
  browser.permissions.userAnswer = userAnswer;
  const app = createApp(browser, { fetchJson: readCatalog });
  app.listen();
  const page = Object.create(browser);
  page.runtime = {
    ...browser.runtime,
    async sendMessage(msg) {
      const answer = app.onRuntimeMessage(structuredClone(msg), SELF);
      return answer === false ? undefined : structuredClone(await answer);
    },
  };
  const { win, doc } = await openPage("options/options.html", { globals: { browser: page } });
  await until(() => doc.documentElement.dataset.ready === "true", "the options page");
  return { doc, win, browser, app };
}

function toggle({ doc, win }, checked) {
  const box = doc.getElementById("sendFailures");
  box.checked = checked;
  box.dispatchEvent(new win.Event("change", { bubbles: true }));
  return box;
}

const listening = (browser) => browser.composeApi.onAfterSend.listeners.length;

test("the opt-in starts off, asks nothing on opening, and names the entry points and the shortcut", async () => {
  const page = await openOptions();
  const box = page.doc.getElementById("sendFailures");
  assert.equal(box.checked, false);
  assert.equal(page.browser.calls.permissionRequests.length, 0);
  assert.equal(page.doc.querySelector("label[for=sendFailures]").textContent, "Explain send failures as they happen");
  assert.match(page.doc.getElementById("sendFailures-help").textContent, /Read and modify your email messages/);
  assert.match(page.doc.querySelector("[data-i18n=optionsEntryPoints]").textContent, /Explain this error text/);
  // the section is about every error that is no bounce, not only failed sends
  assert.equal(page.doc.getElementById("errors-heading").textContent, "Errors that never arrive as a bounce");
  assert.match(page.doc.getElementById("shortcut").textContent, /Alt\+Shift\+E/);
  assert.equal(listening(page.browser), 0);
});

test("ticking it asks Thunderbird for the compose permission; granted, the background listens", async () => {
  const page = await openOptions();
  const box = toggle(page, true);
  await until(() => box.dataset.granted === "true", "the grant");
  assert.deepEqual(page.browser.calls.permissionRequests, [["compose"]]);
  assert.equal(box.checked, true);
  assert.equal(listening(page.browser), 1);
  assert.equal(page.doc.getElementById("send-status").textContent, "");
});

test("if the user declines, the box unticks and says so; nothing listens", async () => {
  const page = await openOptions({ userAnswer: false });
  const box = toggle(page, true);
  await until(() => page.doc.getElementById("send-status").textContent !== "", "the refusal");
  assert.equal(box.checked, false);
  assert.equal(page.doc.getElementById("send-status").textContent,
    "The permission was not granted: send failures are not explained.");
  assert.equal(listening(page.browser), 0);
});

test("unticking gives the permission back and the background stops listening", async () => {
  const page = await openOptions({ granted: ["compose"] });
  const box = page.doc.getElementById("sendFailures");
  assert.equal(box.checked, true);
  assert.equal(listening(page.browser), 1);
  toggle(page, false);
  await until(() => box.dataset.granted === "false", "the removal");
  assert.equal(page.browser.permissions.granted.has("compose"), false);
  assert.equal(listening(page.browser), 0);
});

test("a permission taken back elsewhere (Add-ons Manager) unticks the box", async () => {
  const page = await openOptions({ granted: ["compose"] });
  await page.browser.permissions.remove({ permissions: ["compose"] });
  await until(() => page.doc.getElementById("sendFailures").checked === false, "the box to follow");
});

test("in Japanese", async () => {
  const page = await openOptions();
  await page.browser.storage.local.set({ language: "ja" });
  page.doc.getElementById("language").value = "ja";
  page.doc.getElementById("options").dispatchEvent(new page.win.Event("change", { bubbles: true }));
  await until(() => page.doc.querySelector("label[for=sendFailures]").textContent === "送信に失敗したときに説明を表示する",
    "the Japanese label");
  assert.match(page.doc.getElementById("shortcut").textContent, /キーボードショートカット：Alt\+Shift\+E/);
});

test("the helper check: found, the install instructions give way to its version; missing, they stay", async () => {
  for (const missing of [false, true]) {
    const host = new FakeHost();
    host.missing = missing;
    const page = await openOptions({ host });
    assert.equal(page.doc.getElementById("install").hidden, false, "shown before any check");
    page.doc.getElementById("check").click();
    await until(() => page.doc.getElementById("status").dataset.ok !== undefined, "the check's answer");
    const status = page.doc.getElementById("status").textContent;
    if (missing) {
      assert.match(status, /not installed/);
      assert.equal(page.doc.getElementById("install").hidden, false);
      assert.equal(page.doc.getElementById("install-command").textContent, "pipx install whybounce && whybounce-host install");
    } else {
      assert.equal(status, "The helper is installed (version 0.1.0).");
      assert.equal(page.doc.getElementById("install").hidden, true);
    }
    closePage();
  }
});


// Session 50 (Q50): the Japanese page read «アドオンのバージョン： 0.1.0» (a space after the full-width colon).
test("the add-on's version line in English and in Japanese", async () => {
  const page = await openOptions();
  assert.equal(page.doc.getElementById("extension-version").textContent, "Add-on version: 0.1.0");
  await page.browser.storage.local.set({ language: "ja" });
  page.doc.getElementById("language").value = "ja";
  page.doc.getElementById("options").dispatchEvent(new page.win.Event("change", { bubbles: true }));
  await until(() => page.doc.getElementById("extension-version").textContent === "アドオンのバージョン：0.1.0",
    "the Japanese version line");
});
