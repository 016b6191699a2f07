// summary/summary.js in its real page (summary.html in jsdom), talking to the real background logic
// (lib/app.js with a fake `browser` and a fake host): the chart, "Copy addresses that failed
// permanently" and "Export CSV", in English and Japanese.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { createApp } from "../../extension/lib/app.js";
import { fakeBrowser, FakeHost } from "./helpers/fake-browser.js";
import { readCatalog } from "./helpers/catalogs.js";
import { EXTENSION } from "./helpers/paths.js";

const HTML = readFileSync(path.join(EXTENSION, "summary", "summary.html"), "utf-8");

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

const f = (address, reason, temporary, title) => ({
  address, reason, status: temporary ? "4.2.2" : "5.1.1", reply_code: temporary ? "452" : "550", command: "RCPT",
  temporary, remote_mta: "mx.example.jp", diagnostic: "d",
  card: { lang: "en", title, cause: "c", who: "sender", actions: [], evidence: "e" },
});
const ANSWERS = {
  one: {
    kind: "bounce", is_bounce: true, original: { subject: "Invoice" },
    recipients: [f("a@example.jp", "userunknown", false, "No such mailbox"),
      f("b@example.jp", "mailboxfull", true, "Mailbox full")],
  },
  two: {
    kind: "bounce", is_bounce: true, original: {},
    recipients: [f("A@EXAMPLE.JP", "userunknown", false, "No such mailbox"),
      f("c@example.org", "hostunknown", false, "No such domain"), f(null, "userunknown", false, "No such mailbox")],
  },
  three: { kind: "not-bounce", is_bounce: false, recipients: [] },
};

async function openSummary(settings = {}) {
  const messages = {};
  Object.keys(ANSWERS).forEach((name, i) => {
    const raw = Buffer.from(name);
    messages[i + 1] = { hdr: { id: i + 1, subject: name, date: new Date("2025-03-03T10:00:00Z"), size: raw.length }, raw };
  });
  const host = new FakeHost({ answer: async (req) => ANSWERS[Buffer.from(req.raw, "base64").toString()] });
  const browser = fakeBrowser({ messages, host, settings });
  const app = createApp(browser, { fetchJson: readCatalog });
  const token = await app.openSummary(Object.values(messages).map((m) => m.hdr));

  const dom = new JSDOM(HTML, { url: `moz-extension://fake-uuid/summary/summary.html#${token}` });
  const { window } = dom;
  const clipboard = [];
  const saved = [];
  window.document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[download]");
    if (link) {
      saved.push({ name: link.download, url: link.href });
      event.preventDefault(); // jsdom cannot navigate; Thunderbird saves the file here
    }
  }, true);
  const globals = {
    document: window.document,
    location: window.location,
    navigator: { clipboard: { writeText: async (text) => clipboard.push(text) } },
    requestAnimationFrame: (fn) => setTimeout(fn, 0),
    browser: { runtime: { sendMessage: (msg) => app.onRuntimeMessage(msg, { id: browser.runtime.id }) } },
  };
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  await import(`../../extension/summary/summary.js?run=${token}`);
  const doc = window.document;
  for (let i = 0; i < 500 && doc.body.dataset.done !== "true"; i++) await new Promise((r) => setTimeout(r, 5));
  assert.equal(doc.body.dataset.done, "true");
  await new Promise((r) => setTimeout(r, 5)); // the last frame's redraw
  return { doc: window.document, window, clipboard, saved };
}

const click = async (doc, id) => {
  doc.getElementById(id).click();
  await new Promise((r) => setTimeout(r, 0));
};

test("the summary tab draws the chart and copies the permanently failed addresses, one per line", async () => {
  const { doc, clipboard } = await openSummary();
  const rows = [...doc.querySelectorAll("#chart svg g.row")];
  assert.deepEqual(rows.map((g) => [g.dataset.reason, g.querySelector(".count").textContent]),
    [["userunknown", "3"], ["hostunknown", "1"], ["mailboxfull", "1"]]);
  assert.equal(doc.querySelector("#chart svg title").textContent, "Recipients per reason");
  assert.deepEqual([...doc.querySelectorAll("#chart-legend .legend-item")].map((n) => n.textContent),
    ["Permanent", "Temporary"]);
  assert.deepEqual([...doc.querySelectorAll("#counts tbody tr")].map((tr) => tr.dataset.reason),
    rows.map((g) => g.dataset.reason), "the chart and the counts table agree");

  const button = doc.getElementById("copy-permanent");
  assert.equal(button.textContent, "Copy addresses that failed permanently (2)");
  assert.equal(button.disabled, false);
  await click(doc, "copy-permanent");
  assert.deepEqual(clipboard, ["a@example.jp\nc@example.org\n"]);
  assert.equal(doc.getElementById("copy-status").textContent, "Copied 2 address(es), one per line.");
});

test("Export CSV saves a file with the table, a byte order mark and a dated name", async () => {
  const { doc, saved } = await openSummary();
  await click(doc, "export-csv");
  assert.equal(saved.length, 1);
  assert.match(saved[0].name, /^whybounce-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await savedText(saved[0].url);
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  assert.ok(text.startsWith("\uFEFF"));
  assert.equal(lines[0], "Recipient,Reason,Temporary,Date,Subject");
  assert.equal(lines.length - 2, doc.querySelectorAll("#results tbody tr").length);
  assert.ok(lines.includes("b@example.jp,mailboxfull,true,2025-03-03T10:00:00.000Z,Invoice"));
  assert.match(doc.getElementById("copy-status").textContent, new RegExp(`^${saved[0].name} is saved where`));
});

test("in Japanese the chart, the legend and the buttons are Japanese", async () => {
  const { doc, saved } = await openSummary({ language: "ja" });
  assert.equal(doc.documentElement.lang, "ja");
  assert.equal(doc.querySelector("#chart svg title").textContent, "理由ごとの宛先数");
  assert.deepEqual([...doc.querySelectorAll("#chart-legend .legend-item")].map((n) => n.textContent), ["恒久的", "一時的"]);
  assert.equal(doc.getElementById("copy-permanent").textContent, "恒久的なエラーのアドレスをコピー（2 件）");
  assert.equal(doc.getElementById("export-csv").textContent, "CSV ファイルに保存");
  assert.equal(doc.querySelector("#chart g.row title").textContent, "3 件（恒久的 3 件、一時的 0 件）");
  await click(doc, "export-csv");
  const text = await savedText(saved[0].url);
  assert.ok(text.startsWith("\uFEFF宛先,理由,一時的,日付,件名\r\n"));
});

test("with no permanent failure the copy button is disabled", async () => {
  const saved = { ...ANSWERS };
  try {
    ANSWERS.one = { ...ANSWERS.one, recipients: [ANSWERS.one.recipients[1]] };
    ANSWERS.two = ANSWERS.three;
    const { doc } = await openSummary();
    assert.equal(doc.getElementById("copy-permanent").disabled, true);
    assert.equal(doc.getElementById("copy-permanent").textContent, "Copy addresses that failed permanently (0)");
  } finally {
    Object.assign(ANSWERS, saved);
  }
});
