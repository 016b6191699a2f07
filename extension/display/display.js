// Message display script: one per displayed message. It opens a port to the background,
// which decides whether this message gets a card (automatically, or after the toolbar
// button), and renders whatever view model the background sends. It never reads the message.
"use strict";

(function startDisplay() {
  const doc = document;
  const root = doc.documentElement;
  // State marker on <html>: waiting | loading | result | not-bounce | error | none | closed.
  const setState = (state) => {
    root.dataset.whybounce = state;
  };
  setState("waiting");

  // The card's stylesheet goes inside its shadow root (see card.js). A content script may not
  // fetch the extension's files in a message's page, so the background hands over its text;
  // messages wait for it, in the order they came.
  let ready = browser.runtime
    .sendMessage({ type: "display:style" })
    .then((answer) => (answer && typeof answer.css === "string" ? answer.css : ""))
    .catch(() => "");
  let shown = null; // what whybounceCard.show returned: the only way back to the card

  function handle(msg, css) {
    if (msg.type === "card") {
      shown = globalThis.whybounceCard.show(doc, msg.model, { css, shown, onClose: () => setState("closed") });
      setState(msg.model.state);
      if (msg.model.trigger === "button" && msg.model.state !== "loading") {
        // The user asked with the button (maybe by keyboard): take them to the answer.
        shown.card.tabIndex = -1;
        shown.card.focus({ preventScroll: false });
      }
    } else if (msg.type === "none") {
      setState("none");
    }
  }

  const port = browser.runtime.connect({ name: "whybounce-display" });
  port.onMessage.addListener((msg) => {
    if (!msg || typeof msg !== "object") return;
    ready = ready.then((css) => {
      try {
        handle(msg, css);
      } catch (e) {
        console.warn("whybounce: the card could not be shown:", String(e));
      }
      return css;
    });
  });
})();
