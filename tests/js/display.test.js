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

const CSS = readFileSync(path.join(EXTENSION, "display", "card.css"), "utf-8");

/**
 * A message document with the two display scripts injected as Thunderbird does. The background's
 * answer to "display:style" is card.css. The card sits in a closed shadow root, so the test keeps
 * the roots the scripts attach (the message's document never sees them).
 */
function injected(html = "<!DOCTYPE html><html><body><pre>bounce</pre></body></html>") {
  const dom = new JSDOM(html, { runScripts: "outside-only" });
  const port = { name: null, onMessage: new FakeEvent(), posted: [], postMessage: (m) => port.posted.push(m) };
  const asked = [];
  dom.window.browser = {
    runtime: {
      connect({ name }) {
        port.name = name;
        return port;
      },
      sendMessage(msg) {
        asked.push(msg);
        return Promise.resolve(msg && msg.type === "display:style" ? { css: CSS } : undefined);
      },
    },
  };
  const roots = [];
  const attach = dom.window.Element.prototype.attachShadow;
  dom.window.Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  dom.window.eval(CARD_JS);
  dom.window.eval(DISPLAY_JS);
  const doc = dom.window.document;
  const card = () => {
    const root = roots.filter((r) => r.host.isConnected).at(-1);
    return root ? root.querySelector(".wb-card") : null;
  };
  return { doc, port, roots, card, asked };
}

/** Let the display script handle what was fired (it waits for the stylesheet first). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const BOUNCE = {
  kind: "bounce", is_bounce: true,
  recipients: [{ address: "a@example.org", reason: "mailboxfull", temporary: true, card: { title: "Mailbox full", who: "recipient", actions: [] } }],
};

test("on load it connects to the background, asks for the card's stylesheet and waits", async () => {
  const { doc, port, card, asked } = injected();
  await settle();
  assert.equal(port.name, "whybounce-display");
  assert.deepEqual(asked.map((m) => m.type), ["display:style"]);
  assert.equal(doc.documentElement.dataset.whybounce, "waiting");
  assert.equal(card(), null);
});

test("an automatic card is shown above the message without taking focus", async () => {
  const { doc, port, roots, card } = injected();
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "auto" }) });
  await settle();
  assert.equal(doc.body.firstElementChild, roots[0].host);
  assert.equal(roots[0].querySelector("style").textContent, CSS);
  assert.equal(doc.documentElement.dataset.whybounce, "result");
  assert.notEqual(roots[0].activeElement, card());
});

test("after the button, loading then the answer, and the answer gets focus", async () => {
  const { doc, port, roots, card } = injected();
  port.onMessage.fire({ type: "card", model: loadingModel({ t: T.en, lang: "en", trigger: "button" }) });
  await settle();
  assert.equal(doc.documentElement.dataset.whybounce, "loading");
  assert.equal(card().getAttribute("aria-busy"), "true");
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "button" }) });
  await settle();
  assert.equal(roots.length, 1, "one place for the card, reused");
  assert.equal(roots[0].querySelectorAll(".wb-card").length, 1);
  assert.equal(card().dataset.state, "result");
  assert.equal(roots[0].activeElement, card());
});

test("messages that arrive together are shown in order", async () => {
  const { port, card } = injected();
  port.onMessage.fire({ type: "card", model: loadingModel({ t: T.en, lang: "en", trigger: "button" }) });
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "button" }) });
  await settle();
  assert.equal(card().dataset.state, "result");
});

test("'none' leaves the message alone", async () => {
  const { doc, port, roots } = injected();
  port.onMessage.fire({ type: "none", why: "precheck" });
  await settle();
  assert.equal(doc.documentElement.dataset.whybounce, "none");
  assert.equal(roots.length, 0);
  assert.equal(doc.body.textContent, "bounce");
});

test("closing the card marks it closed", async () => {
  const { doc, port, roots, card } = injected();
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "auto" }) });
  await settle();
  card().querySelector("button.wb-close").click();
  assert.equal(doc.documentElement.dataset.whybounce, "closed");
  assert.equal(roots[0].host.isConnected, false);
  assert.equal(card(), null);
});

test("a message carrying the card's old id gets the card at the top, its own element untouched", async () => {
  const html = '<!DOCTYPE html><html><body><div hidden><section id="whybounce-card">forged</section></div>' +
    "<pre>bounce</pre></body></html>";
  const { doc, port, roots } = injected(html);
  port.onMessage.fire({ type: "card", model: resultModel(BOUNCE, { t: T.en, lang: "en", trigger: "auto" }) });
  await settle();
  assert.equal(doc.body.firstElementChild, roots[0].host);
  assert.equal(doc.getElementById("whybounce-card").outerHTML, '<section id="whybounce-card">forged</section>');
  assert.equal(doc.getElementById("whybounce-card").parentElement.hidden, true);
});

test("junk from the port is ignored", async () => {
  const { doc, port } = injected();
  port.onMessage.fire(null);
  port.onMessage.fire("card");
  port.onMessage.fire({ type: "unknown" });
  await settle();
  assert.equal(doc.documentElement.dataset.whybounce, "waiting");
});
