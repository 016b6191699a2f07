// Test-only: watches the whybounce card in this displayed message and reports every settled
// state (the card's data attributes and text) to the helper's background.
(() => {
  const t0 = performance.now();
  const FINAL = new Set(["result", "not-bounce", "error", "none"]);
  let last = "";
  // The message this document shows, asked once at start: a report that arrives after the
  // pane moved on must not be taken for the next message's.
  const identity = browser.runtime.sendMessage({ type: "probe-hello" });

  // The card sits in a closed shadow root on a <whybounce-card> element (extension/display/card.js);
  // content scripts may look into closed roots with openOrClosedShadowRoot. A hostile message can
  // carry elements of that name too, so every one is listed, in document order.
  function hosts() {
    return [...document.querySelectorAll("whybounce-card")].map((host) => {
      const root = host.openOrClosedShadowRoot;
      return { host, card: root ? root.querySelector(".wb-card") : null };
    });
  }

  function looks(host, card) {
    const style = (el, pseudo) => {
      const cs = getComputedStyle(el, pseudo);
      return { display: cs.display, visibility: cs.visibility, position: cs.position, opacity: cs.opacity,
               color: cs.color, backgroundColor: cs.backgroundColor, fontFamily: cs.fontFamily,
               fontSize: cs.fontSize, content: cs.content };
    };
    const rect = host.getBoundingClientRect();
    const title = card && card.querySelector(".wb-title");
    return {
      hostIsFirstInBody: document.body.firstElementChild === host,
      bodyColor: getComputedStyle(document.body).color, // the message's own stylesheet at work
      hostRect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      host: style(host),
      hostBefore: style(host, "::before").content,
      card: card && style(card),
      title: title && style(title),
    };
  }

  function snapshot() {
    const state = document.documentElement.dataset.whybounce || "";
    const found = hosts();
    const card = found.length ? found[0].card : null;
    const forged = document.getElementById("whybounce-card");
    return {
      state,
      msSinceDisplay: Math.round(performance.now() - t0),
      hosts: found.map((f) => ({ hasCard: Boolean(f.card), text: f.card ? f.card.textContent : "" })),
      looks: found.length ? looks(found[0].host, card) : null,
      idElement: forged && { text: forged.textContent, tag: forged.tagName.toLowerCase(),
                             parentTag: forged.parentElement && forged.parentElement.tagName.toLowerCase() },
      card: card && {
        state: card.dataset.state,
        trigger: card.dataset.trigger,
        error: card.dataset.error || null,
        lang: card.getAttribute("lang"),
        text: card.textContent,
        recipients: [...card.querySelectorAll(".wb-recipient")].map((li) => ({
          reason: li.dataset.reason,
          temporary: li.dataset.temporary || null,
          deliveryState: li.dataset.state || null,
          badges: [...li.querySelectorAll(".wb-badge")].map((b) => [b.className, b.textContent]),
          retry: li.querySelector(".wb-retry") ? li.querySelector(".wb-retry").textContent : null,
          who: li.dataset.who,
          title: li.querySelector(".wb-title").textContent,
          address: li.querySelector(".wb-addr").textContent,
        })),
      },
      bodyStart: document.body.innerText.slice(0, 200),
    };
  }

  function check() {
    const snap = snapshot();
    if (!FINAL.has(snap.state)) return;
    const key = JSON.stringify([snap.state, snap.card && snap.card.trigger, snap.card && snap.card.text]);
    if (key === last) return;
    last = key;
    identity.then((id) => browser.runtime.sendMessage({ type: "probe", report: { ...snap, ...id } }));
  }

  new MutationObserver(check).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-whybounce"],
    childList: true,
    subtree: true,
  });
  check();
})();
