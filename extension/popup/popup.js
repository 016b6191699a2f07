// "Explain an error message": paste any error text (a Thunderbird dialog, an Activity Manager line, a
// POP3 -ERR, an SMTP reply, part of a bounce) and see the same card as in the message pane, through the
// host's `line` request. The same page is the toolbar button's popup (?mode absent) and the window that
// "Explain this error text" (?mode=selection) and a failed send (?mode=send-failed) open; those hand it
// their text through the background, once (#token).
//
// Keyboard first: the text box has the focus, pasting explains at once, Ctrl+Enter (Cmd+Enter) explains,
// Esc closes. Nothing is stored: the text lives in this page until it closes.

import { localizePage, translator } from "../lib/i18n-page.js";

const KEYS = ["popupTitle", "popupTextLabel", "popupIntro", "popupExplain", "popupHint", "popupEmpty", "popupLoading"];
const $ = (sel) => document.querySelector(sel);
const params = new URLSearchParams(location.search);
const mode = ["selection", "send-failed"].includes(params.get("mode")) ? params.get("mode") : "popup";
let tr = translator({});
let asked = 0; // the latest request; an older answer arriving late is dropped

function setStatus(text, isError = false) {
  const status = $("#status");
  status.textContent = text;
  status.classList.toggle("error", isError);
}

function showCard(box, model) {
  const card = globalThis.whybounceCard.render(document, model, {});
  box.replaceChildren(card);
  return card;
}

async function explain() {
  const text = $("#text").value.trim();
  if (!text) {
    $("#result").replaceChildren();
    setStatus(tr("popupEmpty"), true);
    return null;
  }
  const mine = ++asked;
  setStatus(tr("popupLoading"));
  $("#result").setAttribute("aria-busy", "true");
  const answer = await browser.runtime.sendMessage({ type: "explain:line", text });
  if (mine !== asked) return null;
  $("#result").setAttribute("aria-busy", "false");
  setStatus("");
  const card = showCard($("#result"), answer.model);
  // Bring the answer into view (the box stays focused, for the next paste); a screen reader hears it
  // through the card's live region.
  if (typeof card.scrollIntoView === "function") card.scrollIntoView({ block: "start" });
  return card;
}

function onKeyDown(event) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    explain();
  } else if (event.key === "Escape" && mode !== "popup") {
    window.close(); // the popup closes itself on Esc; a window needs this
  }
}

async function main() {
  document.documentElement.dataset.mode = mode;
  ({ tr } = await localizePage(KEYS, "popupTitle"));
  const form = $("#form");
  const box = $("#text");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    explain();
  });
  // Explain what was pasted as soon as it is in the box (the paste event comes before the text).
  box.addEventListener("paste", () => setTimeout(explain, 0));
  document.addEventListener("keydown", onKeyDown);
  const token = location.hash.slice(1);
  if (token) {
    const handoff = await browser.runtime.sendMessage({ type: "explain:take", token });
    if (handoff.notice) showCard($("#notice"), handoff.notice);
    if (handoff.text) {
      box.value = handoff.text;
      await explain();
    }
  }
  box.focus();
  document.documentElement.dataset.ready = "true";
}

main();
