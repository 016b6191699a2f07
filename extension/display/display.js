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

  const port = browser.runtime.connect({ name: "whybounce-display" });
  port.onMessage.addListener((msg) => {
    if (!msg || typeof msg !== "object") return;
    if (msg.type === "card") {
      const card = globalThis.whybounceCard.show(doc, msg.model, { onClose: () => setState("closed") });
      setState(msg.model.state);
      if (msg.model.trigger === "button" && msg.model.state !== "loading") {
        // The user asked with the button (maybe by keyboard): take them to the answer.
        card.tabIndex = -1;
        card.focus({ preventScroll: false });
      }
    } else if (msg.type === "none") {
      setState("none");
    }
  });
})();
