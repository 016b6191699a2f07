// Options page: language (auto/en/ja) and "show automatically", plus a check of the helper
// program (the native host) with the command that installs it.

import { getSettings, setSettings } from "../lib/settings.js";
import { INSTALL_COMMAND } from "../lib/model.js";

const KEYS = [
  "optionsTitle", "optionLanguage", "optionLanguageAuto", "optionLanguageEn", "optionLanguageJa",
  "optionAutoShow", "optionAutoShowHelp", "optionsSaved", "helperHeading", "helperIntro", "helperCheck",
  "helperOk", "helperInstallCommand", "helperInstallers", "labelExtensionVersion",
];
let strings = {};
const tr = (key, ...subs) => subs.reduce((text, s, i) => text.split("$" + (i + 1)).join(String(s)), strings[key] || key);
const $ = (sel) => document.querySelector(sel);

async function applyStrings() {
  const answer = await browser.runtime.sendMessage({ type: "i18n:strings", keys: KEYS });
  strings = answer.strings;
  document.documentElement.lang = answer.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = tr(node.dataset.i18n);
  document.title = tr("optionsTitle");
}

async function checkHelper() {
  const box = $("#status");
  box.replaceChildren();
  const answer = await browser.runtime.sendMessage({ type: "host:status" });
  const p = document.createElement("p");
  if (answer.ok) {
    p.textContent = tr("helperOk", answer.hostVersion);
    box.append(p);
    if (answer.notice) {
      const n = document.createElement("p");
      n.textContent = answer.notice.text;
      box.append(n);
      if (answer.notice.command) {
        const c = document.createElement("code");
        c.className = "command";
        c.textContent = answer.notice.command;
        box.append(c);
      }
    }
  } else {
    p.className = "error";
    p.textContent = answer.model.message;
    box.append(p);
  }
  box.dataset.ok = String(answer.ok);
}

async function main() {
  await applyStrings();
  $("#install-command").textContent = INSTALL_COMMAND;
  $("#extension-version").textContent = browser.runtime.getManifest().version;
  const settings = await getSettings(browser.storage);
  $("#language").value = settings.language;
  $("#autoShow").checked = settings.autoShow;
  $("#options").addEventListener("change", async () => {
    await setSettings(browser.storage, { language: $("#language").value, autoShow: $("#autoShow").checked });
    await applyStrings();
    $("#saved").textContent = tr("optionsSaved");
  });
  $("#options").addEventListener("submit", (e) => e.preventDefault());
  $("#check").addEventListener("click", () => checkHelper());
}

main();
