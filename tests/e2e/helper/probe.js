// Test-only: watches the whybounce card in this displayed message and reports every settled
// state (the card's data attributes and text) to the helper's background.
(() => {
  const t0 = performance.now();
  const FINAL = new Set(["result", "not-bounce", "error", "none"]);
  let last = "";
  // The message this document shows, asked once at start: a report that arrives after the
  // pane moved on must not be taken for the next message's.
  const identity = browser.runtime.sendMessage({ type: "probe-hello" });

  function snapshot() {
    const state = document.documentElement.dataset.whybounce || "";
    const card = document.getElementById("whybounce-card");
    return {
      state,
      msSinceDisplay: Math.round(performance.now() - t0),
      card: card && {
        state: card.dataset.state,
        trigger: card.dataset.trigger,
        error: card.dataset.error || null,
        lang: card.getAttribute("lang"),
        text: card.textContent,
        recipients: [...card.querySelectorAll(".wb-recipient")].map((li) => ({
          reason: li.dataset.reason,
          temporary: li.dataset.temporary || null,
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
