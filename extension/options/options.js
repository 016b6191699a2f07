// Options page: language (auto/en/ja) and "show automatically", the opt-in for explaining send
// failures (Thunderbird's optional compose permission), plus a check of the helper program (the native
// host) with the command that installs it.

import { getSettings, setSettings } from "../lib/settings.js";
import { INSTALL_COMMAND } from "../lib/model.js";
import { COMPOSE_PERMISSION } from "../lib/app.js";
import { localizePage, translator } from "../lib/i18n-page.js";

const KEYS = [
  "optionsTitle", "optionLanguage", "optionLanguageAuto", "optionLanguageEn", "optionLanguageJa",
  "optionAutoShow", "optionAutoShowHelp", "optionsSaved", "helperHeading", "helperIntro", "helperCheck",
  "helperOk", "helperInstallCommand", "helperInstallers", "labelExtensionVersion", "optionsSendHeading",
  "optionsEntryPoints", "optionShortcut", "optionSendFailures", "optionSendFailuresHelp", "optionSendDenied",
];
let tr = translator({});
const $ = (sel) => document.querySelector(sel);

/** The page in the language chosen (again after the option changes). */
async function applyStrings() {
  ({ tr } = await localizePage(KEYS, "optionsTitle"));
  // one message with the version in it: «アドオンのバージョン：0.1.0», no space after the full-width colon
  $("#extension-version").textContent = tr("labelExtensionVersion", browser.runtime.getManifest().version);
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
  // Once the check found the helper, how to install it is no longer the next step (an older helper's notice
  // above carries its own upgrade command); when it is missing or failed, it is.
  $("#install").hidden = answer.ok;
}

/**
 * "Explain send failures as they happen": the checkbox shows whether Thunderbird granted the compose
 * permission; ticking it asks Thunderbird (which asks the user), unticking it gives the permission back.
 * permissions.request must be the first thing the click does (it needs the user's gesture).
 */
async function setupSendFailures() {
  const box = $("#sendFailures");
  const status = $("#send-status");
  const sync = async () => {
    box.checked = await browser.permissions.contains(COMPOSE_PERMISSION);
    box.dataset.granted = String(box.checked);
  };
  box.addEventListener("change", async () => {
    const asked = box.checked
      ? browser.permissions.request(COMPOSE_PERMISSION).catch(() => false)
      : browser.permissions.remove(COMPOSE_PERMISSION).then(() => false);
    status.textContent = "";
    const granted = await asked;
    if (box.checked && !granted) status.textContent = tr("optionSendDenied");
    await sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  await sync();
}

async function showShortcut() {
  const commands = await browser.commands.getAll();
  const open = commands.find((c) => c.name === "_execute_action");
  $("#shortcut").textContent = open && open.shortcut ? tr("optionShortcut", open.shortcut) : "";
}

async function main() {
  await applyStrings();
  $("#install-command").textContent = INSTALL_COMMAND;
  const settings = await getSettings(browser.storage);
  $("#language").value = settings.language;
  $("#autoShow").checked = settings.autoShow;
  $("#options").addEventListener("change", async () => {
    await setSettings(browser.storage, { language: $("#language").value, autoShow: $("#autoShow").checked });
    await applyStrings();
    await showShortcut();
    $("#saved").textContent = tr("optionsSaved");
  });
  $("#options").addEventListener("submit", (e) => e.preventDefault());
  $("#check").addEventListener("click", () => checkHelper());
  await setupSendFailures();
  await showShortcut();
  document.documentElement.dataset.ready = "true";
}

main();
