// summary/summary.js in its real page (summary.html in jsdom), talking to the real background logic
// (lib/app.js with a fake `browser` and a fake host): the chart, "Copy addresses that failed
// permanently" and "Export CSV", in English and Japanese.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../extension/lib/app.js";
import { fakeBrowser, FakeHost } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { hostAnswer, olderHostAnswer } from "./helpers/host-answers.js";
import { closePage, openPage } from "./helpers/page.js";

afterEach(closePage);

// The blobs behind the object URLs the page makes, to read what Export CSV saved (byte for byte:
// Blob.text() would drop the byte order mark).
const blobs = new Map();
const savedText = async (url) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await blobs.get(url).arrayBuffer());
const createObjectURL = URL.createObjectURL;
URL.createObjectURL = (blob) => {
  const url = createObjectURL(blob);
  blobs.set(url, blob);
  return url;
};

// Real host answers (helpers/host-answers.js), in the language asked: a permanent refusal, a delay notice,
// a bounce the sending server gave up on, a permanent refusal whose status whybounce inferred, a delay
// notice from an older host (no `timing`: counted from `temporary`), and a message that is no bounce.
const ANSWERS = {
  one: (lang) => hostAnswerIn("lhost-postfix-01", lang),
  two: (lang) => hostAnswerIn("lhost-gmail-06", lang),
  three: (lang) => hostAnswerIn("lhost-sendmail-10", lang),
  four: (lang) => hostAnswerIn("lhost-biglobe-01", lang),
  five: () => olderHostAnswer("lhost-outlook-06"),
  six: () => ({ kind: "not-bounce", is_bounce: false, recipients: [] }),
};

function hostAnswerIn(name, lang) {
  try {
    return hostAnswer(lang === "ja" ? name + ".ja" : name);
  } catch (e) {
    return hostAnswer(name);
  }
}

async function openSummary(settings = {}) {
  const messages = {};
  Object.keys(ANSWERS).forEach((name, i) => {
    const raw = Buffer.from(name);
    messages[i + 1] = { hdr: { id: i + 1, subject: name, date: new Date("2025-03-03T10:00:00Z"), size: raw.length }, raw };
  });
  const host = new FakeHost({ answer: async (req) => ANSWERS[Buffer.from(req.raw, "base64").toString()](req.lang) });
  const browser = fakeBrowser({ messages, host, settings });
  const app = createApp(browser, { fetchJson: readCatalog });
  const token = await app.openSummary(Object.values(messages).map((m) => m.hdr));

  const clipboard = [];
  const saved = [];
  const { win: window, doc } = await openPage("summary/summary.html", {
    hash: token,
    globals: {
      navigator: { clipboard: { writeText: async (text) => clipboard.push(text) } },
      requestAnimationFrame: (fn) => setTimeout(fn, 0),
      browser: { runtime: { sendMessage: (msg) => app.onRuntimeMessage(msg, { id: browser.runtime.id }) } },
    },
    prepare(w) {
      w.document.addEventListener("click", (event) => {
        const link = event.target.closest && event.target.closest("a[download]");
        if (link) {
          saved.push({ name: link.download, url: link.href });
          event.preventDefault(); // jsdom cannot navigate; Thunderbird saves the file here
        }
      }, true);
    },
  });
  for (let i = 0; i < 500 && doc.body.dataset.done !== "true"; i++) await new Promise((r) => setTimeout(r, 5));
  assert.equal(doc.body.dataset.done, "true");
  await new Promise((r) => setTimeout(r, 5)); // the last frame's redraw
  return { doc: window.document, window, clipboard, saved };
}

const click = async (doc, id) => {
  doc.getElementById(id).click();
  await new Promise((r) => setTimeout(r, 0));
};

const textOf = (doc, sel) => [...doc.querySelectorAll(sel)].map((n) => n.textContent);

test("the summary tab draws the chart and copies the permanently failed addresses, one per line", async () => {
  const { doc, clipboard } = await openSummary();
  const rows = [...doc.querySelectorAll("#chart svg g.row")];
  assert.deepEqual(rows.map((g) => [g.dataset.reason, g.querySelector(".count").textContent]),
    [["mailboxfull", "2"], ["blocked", "1"], ["expired", "1"], ["userunknown", "1"]]);
  const parts = (reason) => [...doc.querySelectorAll(`#chart g.row[data-reason="${reason}"] rect`)]
    .map((r) => [r.getAttribute("class"), r.dataset.count]);
  assert.deepEqual(parts("mailboxfull"), [["bar permanent", "1"], ["bar temporary", "1"]], "a delay is no permanent failure");
  assert.deepEqual(parts("blocked"), [["bar given-up", "1"]], "given up after retries: a part of its own");
  assert.deepEqual(parts("expired"), [["bar temporary", "1"]], "an older host's delay: temporary");
  assert.equal(doc.querySelector('#chart g.row[data-reason="mailboxfull"] title').textContent,
    "2 recipients: 1 permanent, 0 failed after retries, 1 temporary or still retrying");
  assert.equal(doc.querySelector("#chart svg title").textContent, "Recipients per reason");
  assert.deepEqual(textOf(doc, "#chart-legend .legend-item"), ["Permanent", "Failed after retries", "Temporary or still retrying"]);
  assert.deepEqual([...doc.querySelectorAll("#counts tbody tr")].map((tr) => tr.dataset.reason),
    rows.map((g) => g.dataset.reason), "the chart and the counts table agree");
  assert.deepEqual(textOf(doc, "#counts tbody tr td:first-child"), ["Mailbox full (mailboxfull)",
    "Sending server blocked (blocked)", "Not delivered yet: your mail server is still trying (expired)",
    "Unknown recipient (userunknown)"], "the reason's name; an older host sends none: its card's title, as before");

  // the table's state column shows the card's badge
  const table = [...doc.querySelectorAll("#results tbody tr")].map((tr) => [tr.querySelector(".recipient").textContent,
    tr.querySelector(".state").dataset.state || null, tr.querySelector(".state").textContent]);
  assert.deepEqual(table, [
    ["kijitora@example.org", "permanent", "Permanent"],
    ["kijitora@example.jp", "delayed", "Not delivered yet (still retrying)"],
    ["kijitora@example.or.jp", "given-up", "Failed after retries"],
    ["postmaster@mxr.biglobe.ne.jp", "permanent", "Permanent"],
    ["kijitora@example.com", "temporary", "Temporary"],
  ]);
  assert.equal(doc.querySelector("#results thead button[data-sort=state]").textContent, "State");

  const button = doc.getElementById("copy-permanent");
  assert.equal(button.textContent, "Copy addresses that failed permanently (2)");
  assert.equal(button.disabled, false);
  await click(doc, "copy-permanent");
  assert.deepEqual(clipboard, ["kijitora@example.org\npostmaster@mxr.biglobe.ne.jp\n"], "neither delayed nor given up");
  assert.equal(doc.getElementById("copy-status").textContent, "Copied 2 address(es), one per line.");
});

test("sorting by state puts the most final first", async () => {
  const { doc } = await openSummary();
  const button = doc.querySelector("#results thead button[data-sort=state]");
  button.click();
  assert.deepEqual(textOf(doc, "#results tbody .state").map((t) => t.split(" ")[0]),
    ["Permanent", "Permanent", "Failed", "Temporary", "Not"]);
  assert.equal(button.closest("th").getAttribute("aria-sort"), "ascending");
});

test("Export CSV saves a file with the table, a byte order mark and a dated name", async () => {
  const { doc, saved } = await openSummary();
  await click(doc, "export-csv");
  assert.equal(saved.length, 1);
  assert.match(saved[0].name, /^whybounce-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await savedText(saved[0].url);
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  assert.ok(text.startsWith("\uFEFF"));
  assert.equal(lines[0], "Recipient,Reason,State,Temporary,Date,Subject");
  assert.equal(lines.length - 2, doc.querySelectorAll("#results tbody tr").length);
  assert.deepEqual(lines.slice(1, -1).map((l) => l.split(",").slice(0, 4)), [
    ["kijitora@example.org", "userunknown", "permanent", "false"],
    ["kijitora@example.jp", "mailboxfull", "delayed", "true"],
    ["kijitora@example.or.jp", "blocked", "given-up", "false"],
    ["postmaster@mxr.biglobe.ne.jp", "mailboxfull", "permanent", "false"],
    ["kijitora@example.com", "expired", "temporary", "true"],
  ]);
  assert.ok(lines.includes("kijitora@example.jp,mailboxfull,delayed,true,2025-03-03T10:00:00.000Z,TEST 3"));
  assert.match(doc.getElementById("copy-status").textContent, new RegExp(`^${saved[0].name} is saved where`));
});

test("in Japanese the chart, the legend, the states and the buttons are Japanese", async () => {
  const { doc, saved } = await openSummary({ language: "ja" });
  assert.equal(doc.documentElement.lang, "ja");
  assert.equal(doc.querySelector("#chart svg title").textContent, "理由ごとの宛先数");
  assert.deepEqual(textOf(doc, "#chart-legend .legend-item"), ["恒久的なエラー", "配達失敗（再送打ち切り）", "一時的なエラー・再送中"]);
  assert.deepEqual(textOf(doc, "#results tbody .state"),
    ["恒久的なエラー", "未配達（再送中）", "配達失敗（再送打ち切り）", "恒久的なエラー", "一時的なエラー"]);
  assert.deepEqual(textOf(doc, "#counts tbody tr td:first-child").slice(0, 2),
    ["メールボックスの容量超過（mailboxfull）", "送信サーバーのブロック（blocked）"]);
  // session 60 (u60): the tables wrote «… (mailboxfull)», half-width after Japanese words, as the chart did before
  assert.match(doc.querySelector("#results tbody .reason").textContent, /^[^ ]+（[a-z]+）$/);
  assert.equal(doc.getElementById("copy-permanent").textContent, "恒久的なエラーのアドレスをコピー（2 件）");
  assert.equal(doc.getElementById("export-csv").textContent, "CSV ファイルに保存");
  assert.equal(doc.querySelector("#chart g.row title").textContent,
    "2 件（恒久的なエラー 1 件、再送打ち切り 0 件、一時的なエラー・再送中 1 件）");
  await click(doc, "export-csv");
  const text = await savedText(saved[0].url);
  assert.ok(text.startsWith("\uFEFF宛先,理由,状態,一時的,日付,件名\r\n"));
});

test("with no permanent failure the copy button is disabled", async () => {
  const saved = { ...ANSWERS };
  try {
    ANSWERS.one = ANSWERS.six;
    ANSWERS.four = ANSWERS.six;
    const { doc } = await openSummary();
    assert.equal(doc.getElementById("copy-permanent").disabled, true);
    assert.equal(doc.getElementById("copy-permanent").textContent, "Copy addresses that failed permanently (0)");
  } finally {
    Object.assign(ANSWERS, saved);
  }
});


// Session 50 (Q50): the Japanese chart labelled its bars «メールボックスの容量超過 (mailboxfull)», half-width
// parentheses after Japanese words, where the cards write «メールボックスの容量超過（mailboxfull）».
for (const [language, label] of [["en", "Mailbox full (mailboxfull)"], ["ja", "メールボックスの容量超過（mailboxfull）"]]) {
  test(`the chart's bar label in ${language}: ${label}`, async () => {
    const { doc } = await openSummary({ language });
    const row = doc.querySelector('#chart g.row[data-reason="mailboxfull"] .label');
    assert.equal(row.textContent, label);
  });
}


// Session 50 (Q50): "1 selected message(s) were not bounces." and "1 message(s) could not be read:" under the
// table; now singular and plural as English writes them.
for (const [swap, notBounce] of [[{}, "1 selected message was not a bounce."],
  [{ one: "six" }, "2 selected messages were not bounces."]]) {
  test(`the note on messages that were not bounces: ${notBounce}`, async () => {
    const saved = { ...ANSWERS };
    try {
      for (const [name, by] of Object.entries(swap)) ANSWERS[name] = ANSWERS[by];
      const { doc } = await openSummary();
      assert.equal(doc.getElementById("not-bounces").textContent, notBounce);
    } finally {
      Object.assign(ANSWERS, saved);
    }
  });
}


for (const [broken, heading] of [[["two"], "1 message could not be read:"], [["two", "three"], "2 messages could not be read:"]]) {
  test(`the note on messages that could not be read: ${heading}`, async () => {
    const saved = { ...ANSWERS };
    try {
      for (const name of broken) ANSWERS[name] = () => { throw new Error("the helper broke"); };
      const { doc } = await openSummary();
      assert.equal(doc.querySelector("#failures p").textContent, heading);
    } finally {
      Object.assign(ANSWERS, saved);
    }
  });
}


test("a bar of one recipient says so in its tooltip: \"1 recipient: ...\"", async () => {
  const { doc } = await openSummary();
  assert.equal(doc.querySelector('#chart g.row[data-reason="blocked"] title').textContent,
    "1 recipient: 0 permanent, 1 failed after retries, 0 temporary or still retrying");
});
