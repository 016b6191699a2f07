// Renders the card's view model (built by the background, lib/model.js) into DOM nodes.
//
// Loaded as a classic script before display.js, because message display scripts are content
// scripts and cannot be ES modules; it has no import/export so node's tests can import it too.
// Every string from the message or the host is set with textContent: never innerHTML.
//
// The card lives in the message's own document, which a stranger wrote. So it sits in a closed
// shadow root on an element of its own, styled only by card.css inside that root (the message's
// CSS cannot reach in, and the host element's own box is reset with !important rules that win
// over the message's), and it is never looked up in the document: the caller keeps the
// reference show() returns. An element the message carries with the same id, class or tag is
// never touched.
"use strict";

(function defineCard(global) {
  const HOST_TAG = "whybounce-card";

  function el(doc, tag, className, text) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null && text !== "") node.textContent = String(text);
    return node;
  }

  // A label and the space before its value: none after a full-width colon ("宛先："), which has its own.
  function labelText(label) {
    return /\uff1a$/.test(label) ? label : label + " ";
  }

  function labelled(doc, className, label, valueNode) {
    const p = el(doc, "p", className);
    p.append(el(doc, "span", "wb-label", labelText(label)), valueNode);
    return p;
  }

  function recipientNode(doc, r, L) {
    const li = el(doc, "li", "wb-recipient");
    li.dataset.reason = r.reason;
    if (r.topic) li.dataset.topic = r.topic;
    li.dataset.who = r.who;
    if (r.badge) {
      // data-temporary: true while delivery goes on or a later attempt may work (delayed, temporary);
      // data-state: the host's delivery state (delayed, temporary, given-up, permanent)
      li.dataset.temporary = r.badge.temporary ? "true" : "false";
      li.dataset.state = r.badge.kind;
    }

    const head = el(doc, "h3", "wb-title-line");
    head.append(el(doc, "span", "wb-title", r.title));
    if (r.badge) {
      head.append(" ", el(doc, "span", "wb-badge wb-badge-" + r.badge.kind, r.badge.text));
      if (r.retry) head.append(" ", el(doc, "span", "wb-retry", r.retry));
    }
    li.append(head);
    if (r.address) li.append(labelled(doc, "wb-address", L.address, el(doc, "span", "wb-addr", r.address)));
    if (r.cause) li.append(el(doc, "p", "wb-cause", r.cause));
    li.append(labelled(doc, "wb-who", L.who, el(doc, "strong", "wb-who-value", r.whoLabel)));
    if (r.actions.length) {
      const box = el(doc, "div", "wb-actions");
      box.append(el(doc, "span", "wb-label", L.actions));
      const ul = el(doc, "ul");
      for (const a of r.actions) ul.append(el(doc, "li", "wb-action", a));
      box.append(ul);
      li.append(box);
    }
    if (r.diagnostic) {
      const fig = el(doc, "figure", "wb-server");
      fig.append(el(doc, "figcaption", "wb-label", r.saidLabel || L.serverSaid));
      const quote = el(doc, "blockquote", "wb-diagnostic", r.diagnostic);
      quote.setAttribute("dir", "auto");
      fig.append(quote);
      li.append(fig);
    }
    if (r.codes.length) {
      const p = el(doc, "p", "wb-codes");
      p.append(el(doc, "span", "wb-label", labelText(L.codes)));
      r.codes.forEach((c, i) => {
        if (i) p.append(" ");
        // a code whybounce inferred is marked in its text ("5.1.1 (inferred)") and says why on hover
        const code = typeof c === "string" ? { text: c } : c;
        const node = el(doc, "code", code.inferred ? "wb-code wb-code-inferred" : "wb-code", code.text);
        if (code.note) node.title = code.note;
        p.append(node);
      });
      li.append(p);
    }
    const details = el(doc, "details", "wb-admin");
    details.append(el(doc, "summary", "wb-admin-summary", L.admin));
    const dl = el(doc, "dl");
    // the reason for people with its word ("Unknown recipient (userunknown)"); an older host sends the word only
    if (r.reason) dl.append(el(doc, "dt", "", L.reason), el(doc, "dd", "wb-reason-word", r.reasonName || r.reason));
    for (const [key, value] of r.admin) {
      dl.append(el(doc, "dt", "", L[key] || key), el(doc, "dd", "", value));
    }
    details.append(dl);
    if (dl.children.length) li.append(details); // no empty disclosure (a pasted text that is no reply has no details)
    return li;
  }

  /**
   * Build the card for a view model.
   * @param {Document} doc the message document
   * @param {object} model see lib/model.js
   * @param {{onClose?: () => void}} [opts]
   * @returns {HTMLElement}
   */
  function render(doc, model, opts) {
    const L = model.labels;
    const card = el(doc, "section", "wb-card");
    card.dataset.state = model.state;
    card.dataset.trigger = model.trigger || "auto";
    if (model.kind) card.dataset.kind = model.kind;
    if (model.errorCode) card.dataset.error = model.errorCode;
    card.setAttribute("lang", model.lang);
    card.setAttribute("role", "region");
    card.setAttribute("aria-label", L.region);
    card.setAttribute("aria-live", "polite");
    card.setAttribute("aria-busy", model.state === "loading" ? "true" : "false");

    const head = el(doc, "div", "wb-head");
    head.append(el(doc, "h2", "wb-heading", L.heading));
    const close = el(doc, "button", "wb-close", "\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", L.close);
    close.title = L.close;
    close.addEventListener("click", () => {
      card.remove();
      if (opts && opts.onClose) opts.onClose();
    });
    head.append(close);
    card.append(head);

    if (model.notice) {
      const notice = el(doc, "div", "wb-notice");
      notice.setAttribute("role", "status");
      notice.append(el(doc, "p", "", model.notice.text));
      if (model.notice.command) notice.append(el(doc, "code", "wb-command", model.notice.command));
      card.append(notice);
    }

    if (model.state === "result") {
      card.append(el(doc, "p", "wb-summary", model.summary));
      const list = el(doc, "ol", "wb-recipients");
      const open = model.openCount;
      model.recipients.slice(0, open).forEach((r) => list.append(recipientNode(doc, r, L)));
      card.append(list);
      const rest = model.recipients.slice(open);
      if (rest.length) {
        const more = el(doc, "details", "wb-more");
        more.append(el(doc, "summary", "", model.moreText));
        const ol = el(doc, "ol", "wb-recipients");
        ol.start = open + 1;
        rest.forEach((r) => ol.append(recipientNode(doc, r, L)));
        more.append(ol);
        card.append(more);
      }
    } else {
      card.append(el(doc, "p", "wb-message", model.message));
      if (model.hint) card.append(el(doc, "p", "wb-hint", model.hint));
      if (model.command) card.append(el(doc, "code", "wb-command", model.command));
    }
    return card;
  }

  /**
   * The card's own place: an element at the top of the body with a closed shadow root holding
   * the stylesheet. Only the returned object leads to it.
   * @param {Document} doc
   * @param {string} cssText the text of card.css
   * @returns {{host: HTMLElement, root: ShadowRoot, card: HTMLElement | null}}
   */
  function mount(doc, cssText) {
    const host = doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: "closed" });
    const style = doc.createElement("style");
    style.textContent = cssText || "";
    root.append(style);
    doc.body.prepend(host);
    return { host, root, card: null };
  }

  /**
   * Show the card at the top of the message, in place of the one shown before.
   * @param {Document} doc the message document
   * @param {object} model see lib/model.js
   * @param {{onClose?: () => void, css?: string, shown?: object | null}} [opts] `shown` is what
   *   the previous call returned (null the first time)
   * @returns {{host: HTMLElement, root: ShadowRoot, card: HTMLElement}}
   */
  function show(doc, model, opts = {}) {
    let place = opts.shown;
    if (!place || !place.host.isConnected) place = mount(doc, opts.css);
    const shown = place;
    const card = render(doc, model, {
      onClose: () => {
        shown.host.remove();
        if (opts.onClose) opts.onClose();
      },
    });
    if (shown.card) shown.card.replaceWith(card);
    else shown.root.append(card);
    shown.card = card;
    return shown;
  }

  global.whybounceCard = { render, show, HOST_TAG };
})(globalThis);
