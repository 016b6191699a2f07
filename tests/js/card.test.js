// display/card.js: the card's DOM, its accessibility, and that message data never becomes markup.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { resultModel, lineModel, errorModel, loadingModel, OPEN_RECIPIENTS } from "../../extension/lib/model.js";
import { hostAnswer } from "./helpers/host-answers.js";
import { translators } from "./helpers/catalogs.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { EXTENSION } from "./helpers/paths.js";
import { contrast, themes } from "./helpers/colours.js";
import "../../extension/display/card.js";

const CSS = readFileSync(path.join(EXTENSION, "display", "card.css"), "utf-8");

const { render, show } = globalThis.whybounceCard;
let T;
before(async () => {
  T = await translators();
});

function newDoc() {
  return new JSDOM("<!DOCTYPE html><html><body><div class='moz-text-plain'><pre>bounce body</pre></div></body></html>")
    .window.document;
}

function finding(overrides = {}) {
  return {
    address: "kijitora@example.jp",
    reason: "userunknown",
    status: "5.1.1",
    reply_code: "550",
    command: "RCPT",
    temporary: false,
    remote_mta: "mx.example.jp",
    diagnostic: "550 5.1.1 <kijitora@example.jp>... User unknown",
    card: {
      lang: "en",
      title: "The mailbox does not exist",
      cause: "The receiving server says there is no such mailbox.",
      who: "sender",
      actions: ["Check the address for typos.", "Ask the recipient for a current address."],
      evidence: "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
    },
    ...overrides,
  };
}

function bounce(findings, kind = "bounce") {
  return { source: null, kind, is_bounce: kind === "bounce" || kind === "delay", format: "postfix", recipients: findings };
}

test("a result card shows each part of the finding", () => {
  const doc = newDoc();
  const model = resultModel(bounce([finding()]), { t: T.en, lang: "en", trigger: "auto" });
  const shown = show(doc, model);
  const card = shown.card;
  assert.equal(doc.body.firstElementChild, shown.host, "the card sits above the bounce");
  assert.equal(shown.host.localName, "whybounce-card");
  assert.equal(card.getRootNode(), shown.root, "the card is inside the shadow root");
  assert.equal(card.dataset.state, "result");
  const li = card.querySelector(".wb-recipient");
  assert.equal(li.dataset.reason, "userunknown");
  assert.equal(li.dataset.temporary, "false");
  assert.equal(li.dataset.state, "permanent", "no timing (an older host): permanent from `temporary`, as before");
  assert.equal(li.querySelector(".wb-retry"), null);
  assert.equal(li.querySelector(".wb-title").textContent, "The mailbox does not exist");
  assert.equal(li.querySelector(".wb-addr").textContent, "kijitora@example.jp");
  assert.equal(li.querySelector(".wb-badge").textContent, "Permanent");
  assert.equal(li.querySelector(".wb-who-value").textContent, "You (the sender)");
  assert.deepEqual([...li.querySelectorAll(".wb-action")].map((n) => n.textContent), finding().card.actions);
  assert.equal(li.querySelector(".wb-diagnostic").textContent, finding().diagnostic);
  assert.deepEqual([...li.querySelectorAll(".wb-code")].map((n) => n.textContent), ["550", "5.1.1", "RCPT"]);
  const details = li.querySelector("details.wb-admin");
  assert.ok(details, "admin detail present");
  assert.equal(details.open, false, "admin detail starts collapsed");
  assert.match(details.textContent, /mx\.example\.jp/);
  assert.equal(details.querySelector(".wb-reason-word").textContent, "userunknown");
});

test("a label is followed by a space, except after a full-width colon (宛先：)", () => {
  for (const [lang, label, codes] of [["en", "Recipient: ", "Codes: "], ["ja", "宛先：", "コード："]]) {
    const doc = newDoc();
    const card = render(doc, resultModel(bounce([finding()]), { t: T[lang], lang, trigger: "auto" }));
    assert.equal(card.querySelector(".wb-address .wb-label").textContent, label, lang);
    assert.equal(card.querySelector(".wb-codes .wb-label").textContent, codes, lang);
    assert.equal(card.querySelector(".wb-address").textContent, label + "kijitora@example.jp", lang);
  }
});

test("the card is a labelled live region with a keyboard-reachable close button", () => {
  const doc = newDoc();
  let closed = false;
  const shown = show(doc, resultModel(bounce([finding()]), { t: T.en, lang: "en", trigger: "auto" }), {
    onClose: () => (closed = true),
  });
  const card = shown.card;
  assert.equal(card.getAttribute("role"), "region");
  assert.equal(card.getAttribute("aria-label"), T.en("cardRegionLabel"));
  assert.equal(card.getAttribute("aria-live"), "polite");
  const close = card.querySelector("button.wb-close");
  assert.equal(close.type, "button");
  assert.equal(close.getAttribute("aria-label"), T.en("cardClose"));
  assert.equal(close.tabIndex, 0, "a real button is in the tab order");
  close.click();
  assert.equal(shown.host.isConnected, false, "closing removes the card's element from the message");
  assert.equal(doc.body.firstElementChild.localName, "div");
  assert.ok(closed);
});

test("temporary failures get the temporary badge", () => {
  const doc = newDoc();
  const model = resultModel(bounce([finding({ temporary: true, reason: "mailboxfull" })], "delay"), {
    t: T.en, lang: "en", trigger: "auto",
  });
  const li = render(doc, model).querySelector(".wb-recipient");
  assert.equal(li.dataset.temporary, "true");
  assert.equal(li.dataset.state, "temporary", "no timing (an older host): temporary from `temporary`, as before");
  assert.equal(li.querySelector(".wb-badge").className, "wb-badge wb-badge-temporary");
});

const WHO = [
  ["sender", "You (the sender)", "お客様（送信者）"],
  ["sender-admin", "Your mail administrator or provider", "お客様側のメール管理者・プロバイダー"],
  ["recipient", "The recipient", "受信者（送信先の相手）"],
  ["recipient-admin", "The recipient's mail administrator", "受信側のメール管理者"],
  ["nobody", "Nobody: nothing needs doing", "対応は不要です"],
];
for (const [who, en, ja] of WHO) {
  test(`who=${who} is labelled in English and Japanese`, () => {
    for (const [lang, label] of [["en", en], ["ja", ja]]) {
      const f = finding();
      f.card = { ...f.card, who };
      const card = render(newDoc(), resultModel(bounce([f]), { t: T[lang], lang, trigger: "auto" }));
      assert.equal(card.querySelector(".wb-who-value").textContent, label);
      assert.equal(card.getAttribute("lang"), lang);
    }
  });
}

test("many recipients fold into a details element after the first few", () => {
  const findings = Array.from({ length: OPEN_RECIPIENTS + 3 }, (_, i) => finding({ address: `u${i}@example.org` }));
  const card = render(newDoc(), resultModel(bounce(findings), { t: T.en, lang: "en", trigger: "auto" }));
  assert.equal(card.querySelectorAll(":scope > ol.wb-recipients > li").length, OPEN_RECIPIENTS);
  const more = card.querySelector("details.wb-more");
  assert.equal(more.querySelectorAll("li.wb-recipient").length, 3);
  assert.equal(more.querySelector("summary").textContent, "3 more recipients");
  assert.equal(card.querySelectorAll(".wb-recipient").length, findings.length);
});

test("a new card replaces the old one instead of stacking", () => {
  const doc = newDoc();
  const first = show(doc, loadingModel({ t: T.en, lang: "en", trigger: "button" }), { css: CSS });
  const second = show(doc, resultModel(bounce([finding()]), { t: T.en, lang: "en", trigger: "button" }),
    { css: CSS, shown: first });
  assert.equal(second.host, first.host);
  assert.equal(doc.querySelectorAll("whybounce-card").length, 1);
  assert.equal(second.root.querySelectorAll(".wb-card").length, 1);
  assert.equal(second.root.querySelectorAll("style").length, 1);
  assert.equal(second.card.dataset.state, "result");
});

test("after the card was closed, the next one gets a new place at the top", () => {
  const doc = newDoc();
  const first = show(doc, loadingModel({ t: T.en, lang: "en", trigger: "button" }));
  first.card.querySelector("button.wb-close").click();
  const second = show(doc, resultModel(bounce([finding()]), { t: T.en, lang: "en", trigger: "button" }), { shown: first });
  assert.notEqual(second.host, first.host);
  assert.equal(doc.body.firstElementChild, second.host);
  assert.equal(doc.querySelectorAll("whybounce-card").length, 1);
});

// The message is written by a stranger: it may carry the card's old id, its class names, its element
// name, and a stylesheet aimed at all of them.
const HOSTILE_MESSAGE = `<!DOCTYPE html><html><head><style>
#whybounce-card, .wb-card, whybounce-card { display: none !important; }
</style></head><body>
<div hidden><section id="whybounce-card" class="wb-card">forged card</section></div>
<whybounce-card>forged host</whybounce-card><p>bounce body</p></body></html>`;

test("a message's element with the card's id, class or name is never used or changed", () => {
  const doc = new JSDOM(HOSTILE_MESSAGE).window.document;
  const before = doc.body.innerHTML;
  let shown = show(doc, loadingModel({ t: T.en, lang: "en", trigger: "button" }), { css: CSS });
  shown = show(doc, resultModel(bounce([finding()]), { t: T.en, lang: "en", trigger: "button" }), { css: CSS, shown });
  assert.equal(doc.body.firstElementChild, shown.host);
  shown.host.remove();
  assert.equal(doc.body.innerHTML, before, "the message's own nodes are exactly as they were");
  assert.equal(doc.getElementById("whybounce-card").textContent, "forged card");
});

test("the card is out of the message's reach: a closed shadow root holding card.css", () => {
  const doc = newDoc();
  const shown = show(doc, resultModel(bounce([finding()]), { t: T.en, lang: "en", trigger: "auto" }), { css: CSS });
  assert.equal(shown.host.shadowRoot, null, "closed: the document cannot open it");
  assert.equal(doc.querySelector(".wb-card, .wb-recipient, style"), null, "nothing of the card is in the document");
  assert.equal(shown.root.querySelector("style").textContent, CSS);
  assert.ok(shown.root.querySelector(".wb-recipient"));
});

test("card.css resets its host element with !important and styles nothing outside the card", () => {
  assert.doesNotMatch(CSS, /#whybounce-card/, "the card is not found by an id any more");
  const host = CSS.match(/:host \{([^}]*)\}/)[1];
  for (const decl of ["all: initial !important", "display: block !important", "visibility: visible !important",
    "position: static !important", "opacity: 1 !important"]) {
    assert.ok(host.includes(decl), `:host lacks ${decl}`);
  }
  assert.match(CSS, /:host::before \{ content: none !important; display: none !important; \}/);
  const rules = CSS.replace(/\/\*[\s\S]*?\*\//g, "").replace(/@media[^{]*\{/g, "").split("}");
  const selectors = rules.filter((r) => r.includes("{")).flatMap((r) => r.split("{")[0].split(","));
  assert.ok(selectors.length > 40);
  for (const one of selectors) {
    assert.match(one.trim(), /^(:host|\.wb-card)/, `a rule outside the card: ${one.trim()}`);
  }
});

test("the missing-host card says so and shows the install command", () => {
  const card = render(newDoc(), errorModel("host-missing", { t: T.en, lang: "en", trigger: "auto" }));
  assert.equal(card.dataset.state, "error");
  assert.equal(card.dataset.error, "host-missing");
  assert.match(card.querySelector(".wb-message").textContent, /not installed/);
  assert.equal(card.querySelector(".wb-command").textContent, "pipx install whybounce && whybounce-host install");
});

test("the too-large card says how to explain such a bounce anyway: its server's reply, through the text menu item", () => {
  for (const [lang, item] of [["en", "“Explain this error text”"], ["ja", "「このエラー文を説明」"]]) {
    const card = render(newDoc(), errorModel("too-large", { t: T[lang], lang, trigger: "auto" }));
    assert.equal(card.dataset.error, "too-large");
    const hint = card.querySelector(".wb-hint").textContent;
    assert.ok(hint.includes(item) && hint.includes("550"), hint);
    assert.equal(T[lang]("menuExplainText"), item.slice(1, -1), "the hint names the menu item as it is labelled");
    assert.equal(card.querySelector(".wb-command"), null);
  }
});

test("a not-bounce answer to the button says so in plain words", () => {
  const card = render(newDoc(), resultModel(bounce([], "not-bounce"), { t: T.ja, lang: "ja", trigger: "button" }));
  assert.equal(card.dataset.state, "not-bounce");
  assert.equal(card.querySelector(".wb-message").textContent, T.ja("notBounce"));
  assert.equal(card.querySelector(".wb-heading").textContent, T.ja("cardHeadingInfo"));
});

// Hostile text in every field that comes from the message or the host.
const PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "<iframe src=javascript:alert(1)></iframe>",
];
const FIELDS = [
  ["diagnostic", (f, p) => (f.diagnostic = p)],
  ["title", (f, p) => (f.card.title = p)],
  ["actions", (f, p) => (f.card.actions = [p, "second " + p])],
  ["cause", (f, p) => (f.card.cause = p)],
  ["address", (f, p) => (f.address = p)],
  ["evidence", (f, p) => (f.card.evidence = p)],
  ["remote_mta", (f, p) => (f.remote_mta = p)],
  ["reason", (f, p) => (f.reason = p)],
];
const ALLOWED_TAGS = new Set([
  "section", "div", "h2", "h3", "button", "p", "span", "strong", "ol", "ul", "li", "figure", "figcaption",
  "blockquote", "code", "details", "summary", "dl", "dt", "dd",
]);

for (const payload of PAYLOADS) {
  for (const [field, inject] of FIELDS) {
    test(`${field} = ${payload} stays text`, () => {
      const f = finding();
      f.card = { ...f.card };
      inject(f, payload);
      const doc = newDoc();
      const shown = show(doc, resultModel(bounce([f]), { t: T.en, lang: "en", trigger: "auto" }));
      const card = shown.card;
      for (const node of card.querySelectorAll("*")) {
        assert.ok(ALLOWED_TAGS.has(node.localName), `unexpected <${node.localName}> created from ${field}`);
        for (const attr of node.attributes) {
          assert.ok(!attr.name.startsWith("on"), `event handler attribute ${attr.name}`);
        }
      }
      assert.equal(doc.querySelectorAll("img, script, svg, iframe").length, 0);
      assert.equal(shown.root.querySelectorAll("img, script, svg, iframe").length, 0);
      assert.ok(card.textContent.includes(payload), "the payload is shown literally");
    });
  }
}

// --- the four delivery states, from real host answers -----------------------------------------------------

function cardOf(name) {
  const lang = name.endsWith(".ja") ? "ja" : "en";
  const ctx = { t: T[lang], lang, trigger: "auto" };
  const answer = hostAnswer(name);
  return render(newDoc(), name.startsWith("line-") ? lineModel(answer, ctx) : resultModel(answer, ctx));
}

// answer -> data-state, data-temporary, badge, text next to the badge (null: none)
const CARD_STATES = [
  ["lhost-outlook-06", "delayed", "true", "Not delivered yet (still retrying)", "Retried until Fri, 30 Jan 2015 21:28:58 -0800"],
  ["lhost-outlook-06.ja", "delayed", "true", "未配達（再送中）", "再送期限：2015年1月30日（金）21:28:58 UTC-08:00"],
  ["line-450-mailbox-full", "temporary", "true", "Temporary", null],
  ["line-450-mailbox-full.ja", "temporary", "true", "一時的なエラー", null],
  ["postfix-conn-refused-expired", "given-up", "false", "Failed after retries", null],
  ["postfix-conn-refused-expired.ja", "given-up", "false", "配達失敗（再送打ち切り）", null],
  ["lhost-postfix-01", "permanent", "false", "Permanent", null],
  ["lhost-postfix-01.ja", "permanent", "false", "恒久的なエラー", null],
];
for (const [name, state, temporary, badge, retry] of CARD_STATES) {
  test(`the card of ${name}: ${state}, "${badge}"`, () => {
    const card = cardOf(name);
    const li = card.querySelector(".wb-recipient");
    assert.equal(li.dataset.state, state);
    assert.equal(li.dataset.temporary, temporary);
    const badges = li.querySelectorAll(".wb-badge");
    assert.equal(badges.length, 1);
    assert.equal(badges[0].className, `wb-badge wb-badge-${state}`);
    assert.equal(badges[0].textContent, badge);
    const next = li.querySelector(".wb-title-line .wb-retry");
    assert.equal(next ? next.textContent : null, retry);
    if (temporary === "true") assert.equal(card.querySelector(".wb-badge-permanent"), null, "no permanent badge");
  });
}

test("a delay notice's card: the delayed badge, until when, nobody to act for now, and the host's own first action", () => {
  const card = cardOf("lhost-outlook-06");
  const li = card.querySelector(".wb-recipient");
  assert.equal(card.querySelector(".wb-heading").textContent, "Why this message is delayed");
  assert.equal(li.querySelector(".wb-title-line").textContent,
    "Not delivered yet: your mail server is still trying Not delivered yet (still retrying) " +
    "Retried until Fri, 30 Jan 2015 21:28:58 -0800");
  assert.equal(li.querySelector(".wb-who-value").textContent, "Nobody for now: the mail servers retry on their own");
  assert.match(li.querySelector(".wb-action").textContent, /Do not send it again now/);
  assert.doesNotMatch(card.textContent, /Permanent/);
});

test("an inferred status is marked in the codes line and in the administrator details", () => {
  for (const [name, code, admin] of [
    ["lhost-biglobe-01", "5.2.2 (inferred)", "5.2.2 (inferred by whybounce from the reason; not given by the server)"],
    ["lhost-biglobe-01.ja", "5.2.2（推定）", "5.2.2（サーバーが示したものではなく、whybounce が理由から推定したものです）"],
  ]) {
    const li = cardOf(name).querySelector(".wb-recipient");
    const codes = [...li.querySelectorAll(".wb-code")];
    assert.deepEqual(codes.map((c) => c.textContent), [code], name);
    assert.equal(codes[0].className, "wb-code wb-code-inferred");
    assert.equal(codes[0].title, admin);
    const dds = [...li.querySelectorAll("details.wb-admin dd")].map((d) => d.textContent);
    assert.ok(dds.includes(admin), name);
    assert.ok(!dds.includes("5.2.2") && !codes.some((c) => c.textContent === "5.2.2"), "never the bare code");
  }
  const plain = cardOf("lhost-postfix-01").querySelector(".wb-code");
  assert.equal(plain.className, "wb-code");
  assert.equal(plain.title, "");
});

test("the administrator details name the reason for people with its word, and how long delivery was tried", () => {
  assert.equal(cardOf("lhost-postfix-01").querySelector(".wb-reason-word").textContent, "Unknown recipient (userunknown)");
  assert.equal(cardOf("lhost-postfix-01.ja").querySelector(".wb-reason-word").textContent, "宛先不明（userunknown）");
  const details = cardOf("lhost-sendmail-10.ja").querySelector("details.wb-admin");
  const rows = [...details.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]);
  assert.deepEqual(rows.find(([k]) => k === "未配達の期間"), ["未配達の期間", "12 時間"]);
});

// session 60 (u60): an out-of-office text and a complaint report's "Feedback-Type: abuse" stood under "The server said:"
for (const [name, caption] of [["vacation-bsd", "The automatic reply said:"], ["vacation-bsd.ja", "自動応答の文面："],
  ["arf-01", "The report said:"], ["arf-01.ja", "報告の内容："], ["lhost-postfix-01", "The server said:"],
  ["lhost-postfix-01.ja", "相手サーバーの応答："]]) {
  test(`${name}: the quoted words are captioned "${caption}"`, () => {
    const card = cardOf(name);
    assert.ok(card.querySelector(".wb-diagnostic").textContent, name);
    assert.equal(card.querySelector(".wb-server figcaption").textContent, caption);
  });
}

// session 60 (u60): the popup's details of "hello this is not an error" said "Part of a bounce message." and "onhold"
test("a pasted text that is no reply gets no administrator details: nothing in it is a finding", () => {
  for (const name of ["line-unrecognised", "line-unrecognised.ja"]) {
    const card = cardOf(name);
    assert.equal(card.querySelector("details.wb-admin"), null, name);
    assert.equal(card.querySelector(".wb-reason-word"), null, name);
    assert.equal(card.querySelector(".wb-diagnostic").textContent, "hello this is not an error", name);
  }
  assert.ok(cardOf("line-450-mailbox-full").querySelector("details.wb-admin"), "a reply keeps its details");
});

test("card.css styles every badge, in both themes, readable (4.5:1)", () => {
  for (const [state, name] of [["permanent", "perm"], ["temporary", "temp"], ["given-up", "givenup"], ["delayed", "delay"]]) {
    assert.match(CSS, new RegExp(`\\.wb-card \\.wb-badge-${state} \\{ background: var\\(--wb-${name}-bg\\); color: var\\(--wb-${name}-fg\\); \\}`));
    for (const [theme, block] of themes(CSS)) {
      const v = Object.fromEntries([...block.matchAll(/--wb-([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
      assert.ok(contrast(v[name + "-fg"], v[name + "-bg"]) >= 4.5, `${theme} ${state}`);
    }
  }
  assert.match(CSS, /\.wb-card \.wb-retry \{/);
  assert.match(CSS, /\.wb-card code\.wb-code-inferred \{/);
});
