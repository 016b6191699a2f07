// display/display.js: the message display script renders what the background sends and marks
// its state on <html>, in a real DOM (jsdom) with a fake runtime port.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { resultModel, loadingModel } from "../../extension/lib/model.js";
import { translators } from "./helpers/catalogs.js";
import { FakeEvent } from "./helpers/fake-browser.js";
import { EXTENSION } from "./helpers/paths.js";

let T;
before(async () => {
  T = await translators();
});

const CARD_JS = readFileSync(path.join(EXTENSION, "display", "card.js"), "utf-8");
const DISPLAY_JS = readFileSync(path.join(EXTENSION, "display", "display.js"), "utf-8");

/** A message document with the two display scripts injected as Thunderbird does. */
function injected() {
  const dom = new JSDOM("<!DOCTYPE html><html><body><pre>bounce</pre></body></html>", { runScripts: "outside-only" });
  const port = { name: null, onMessage: new FakeEvent(), posted: [], postMessage: (m) => port.posted.push(m) };
  dom.window.browser = {
    runtime: {
      connect({ name }) {
        port.name = name;
        return port;
      },
    },
  };
  dom.window.eval(CARD_JS);
  dom.window.eval(DISPLAY_JS);
  return { doc: dom.window.document, port };
}

const BOUNCE = {
  kind: "bounce", is_bounce: true,
  recipients: [{ address: "a@example.org", reason: "mailboxfull", temporary: true, card: { title: "Mailbox full", who: "recipient", actions: [] } }],
};

test("on load it connects to the background and waits", () => {
  const { doc, port } = injected();
  assert.equal(port.name, "whybounce-display");
  assert.equal(doc.documentElement.dataset.whybounce, "waiting");
  assert.equal(doc.getElementById("whybounce-card"), null);
});

test("an automatic card is shown above the message without taking focus", () => {
  const { doc, port } = injected();
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "auto" }) });
  const card = doc.getElementById("whybounce-card");
  assert.equal(doc.body.firstElementChild, card);
  assert.equal(doc.documentElement.dataset.whybounce, "result");
  assert.notEqual(doc.activeElement, card);
});

test("after the button, loading then the answer, and the answer gets focus", () => {
  const { doc, port } = injected();
  port.onMessage.fire({ type: "card", model: loadingModel({ t: T.en, lang: "en", trigger: "button" }) });
  assert.equal(doc.documentElement.dataset.whybounce, "loading");
  assert.equal(doc.getElementById("whybounce-card").getAttribute("aria-busy"), "true");
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "button" }) });
  const card = doc.getElementById("whybounce-card");
  assert.equal(doc.querySelectorAll("#whybounce-card").length, 1);
  assert.equal(doc.activeElement, card);
});

test("'none' leaves the message alone", () => {
  const { doc, port } = injected();
  port.onMessage.fire({ type: "none", why: "precheck" });
  assert.equal(doc.documentElement.dataset.whybounce, "none");
  assert.equal(doc.getElementById("whybounce-card"), null);
  assert.equal(doc.body.textContent, "bounce");
});

test("closing the card marks it closed", () => {
  const { doc, port } = injected();
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "auto" }) });
  doc.querySelector("#whybounce-card button.wb-close").click();
  assert.equal(doc.documentElement.dataset.whybounce, "closed");
  assert.equal(doc.getElementById("whybounce-card"), null);
});

test("junk from the port is ignored", () => {
  const { doc, port } = injected();
  port.onMessage.fire(null);
  port.onMessage.fire("card");
  port.onMessage.fire({ type: "unknown" });
  assert.equal(doc.documentElement.dataset.whybounce, "waiting");
});
