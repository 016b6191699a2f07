// The summary tab's data (rows, counts, sorting, CSV) and the bounded-concurrency pool.
import { test } from "node:test";
import assert from "node:assert/strict";
import { csvCell, csvFile, csvFileName, toCsv } from "../../extension/lib/csv.js";
import {
  rowsForMessage, countByReason, sortRows, rowsToCsv, chartData, permanentAddresses, COLUMNS,
} from "../../extension/lib/summary-data.js";
import { STATES } from "../../extension/lib/model.js";
import { mapPool } from "../../extension/lib/pool.js";

// OWASP CSV injection: formula starters get an apostrophe; RFC 4180 quoting on top.
const CELLS = [
  ["plain", "plain"],
  ["=1+2", "'=1+2"],
  ["+33 1 23", "'+33 1 23"],
  ["-5", "'-5"],
  ["@SUM(A1)", "'@SUM(A1)"],
  ["\tindent", "'\tindent"],
  ["\rreturn", "\"'\rreturn\""],
  ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ["a,b", '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ["two\nlines", '"two\nlines"'],
  ["a=b", "a=b"],
  ["", ""],
  [null, ""],
  [undefined, ""],
  [42, "42"],
];
for (const [input, output] of CELLS) {
  test(`csvCell(${JSON.stringify(input)}) = ${JSON.stringify(output)}`, () => {
    assert.equal(csvCell(input), output);
  });
}

test("records end in CRLF", () => {
  assert.equal(toCsv([["a", "b"], ["c", "=d"]]), "a,b\r\nc,'=d\r\n");
});

const badge = (state) => (state ? { kind: state, text: "badge " + state, temporary: STATES[state].temporary } : null);
const model = (recipients, subject = "") => ({
  state: "result",
  originalSubject: subject,
  recipients: recipients.map(([address, reason, title, state, reasonTitle]) => ({
    address, reason, title, reasonTitle, badge: badge(state),
  })),
});

test("rows carry one line per recipient with the original subject when known", () => {
  const rows = rowsForMessage(
    { id: 7, subject: "Undelivered Mail", date: "2025-03-03T10:00:00.000Z" },
    model([
      ["a@x.org", "userunknown", "No such mailbox", "permanent", "Unknown recipient"],
      ["b@x.org", "mailboxfull", "Mailbox full", "delayed"],
      ["c@x.org", "expired", "Delivery given up", "given-up"],
      ["d@x.org", "mailboxfull", "Mailbox full", "temporary"],
      ["e@x.org", "delivered", "Delivered", null],
    ], "Invoice")
  );
  assert.deepEqual(rows.map((r) => [r.recipient, r.reason, r.state, r.stateText, r.temporary, r.subject, r.messageId]), [
    ["a@x.org", "userunknown", "permanent", "badge permanent", false, "Invoice", 7],
    ["b@x.org", "mailboxfull", "delayed", "badge delayed", true, "Invoice", 7],
    ["c@x.org", "expired", "given-up", "badge given-up", false, "Invoice", 7],
    ["d@x.org", "mailboxfull", "temporary", "badge temporary", true, "Invoice", 7],
    ["e@x.org", "delivered", null, "", null, "Invoice", 7],
  ]);
  assert.deepEqual(rows.map((r) => r.reasonTitle), ["Unknown recipient", "Mailbox full", "Delivery given up", "Mailbox full",
    "Delivered"], "the reason's name, else the card's title");
  assert.deepEqual(rowsForMessage({ id: 1 }, { state: "not-bounce" }), []);
});

const ROWS = [
  { recipient: "c@x", reason: "userunknown", title: "No such mailbox", state: "permanent", temporary: false, date: "2025-01-03", subject: "s3" },
  { recipient: "a@x", reason: "mailboxfull", title: "Mailbox full", state: "delayed", temporary: true, date: "2025-01-01", subject: "s1" },
  { recipient: "b@x", reason: "userunknown", title: "No such mailbox", state: "permanent", temporary: false, date: "2025-01-02", subject: "s2" },
  { recipient: "d@x", reason: "expired", title: "Given up", reasonTitle: "Delivery time ran out", state: "given-up", temporary: false, date: "2025-01-04", subject: "s4" },
];

test("counts per reason, most frequent first", () => {
  assert.deepEqual(countByReason(ROWS), [
    { reason: "userunknown", title: "No such mailbox", count: 2 },
    { reason: "expired", title: "Delivery time ran out", count: 1 },
    { reason: "mailboxfull", title: "Mailbox full", count: 1 },
  ]);
});

for (const [column, direction, order] of [
  ["recipient", "ascending", ["a@x", "b@x", "c@x", "d@x"]],
  ["recipient", "descending", ["d@x", "c@x", "b@x", "a@x"]],
  ["date", "ascending", ["a@x", "b@x", "c@x", "d@x"]],
  ["reason", "ascending", ["d@x", "a@x", "c@x", "b@x"]],
  ["temporary", "descending", ["a@x", "c@x", "b@x", "d@x"]],
  // the most final first: permanent, failed after retries, temporary, not delivered yet
  ["state", "ascending", ["c@x", "b@x", "d@x", "a@x"]],
  ["state", "descending", ["a@x", "d@x", "c@x", "b@x"]],
]) {
  test(`sort by ${column} ${direction}`, () => {
    assert.deepEqual(sortRows(ROWS, column, direction).map((r) => r.recipient), order);
  });
}

test("the CSV export has the headings, the reason and state words and escaped cells", () => {
  assert.deepEqual(COLUMNS, ["recipient", "reason", "state", "temporary", "date", "subject"]);
  const rows = [
    { recipient: "=cmd|' /C calc'!A0", reason: "userunknown", state: "permanent", temporary: false, date: "d", subject: "@x" },
    { recipient: "b@x", reason: "expired", state: "given-up", temporary: false, date: "d", subject: "s" },
    { recipient: "c@x", reason: "delivered", state: null, temporary: null, date: "d", subject: "s" },
  ];
  assert.equal(
    rowsToCsv(rows, ["Recipient", "Reason", "State", "Temporary", "Date", "Subject"]),
    "Recipient,Reason,State,Temporary,Date,Subject\r\n'=cmd|' /C calc'!A0,userunknown,permanent,false,d,'@x\r\n" +
      "b@x,expired,given-up,false,d,s\r\nc@x,delivered,,,d,s\r\n"
  );
});

test("the pool never has more than the limit in flight and keeps input order", async () => {
  let inFlight = 0;
  let peak = 0;
  const progress = [];
  const items = Array.from({ length: 25 }, (_, i) => i);
  const results = await mapPool(
    items,
    4,
    async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, (n * 7) % 5));
      inFlight -= 1;
      if (n === 3) throw new Error("three");
      return n * 2;
    },
    (done, total) => progress.push([done, total])
  );
  assert.equal(peak, 4);
  assert.deepEqual(results.map((r) => (r.ok ? r.value : "err")), items.map((n) => (n === 3 ? "err" : n * 2)));
  assert.equal(progress.length, 25);
  assert.deepEqual(progress.at(-1), [25, 25]);
});

test("the pool copes with an empty list", async () => {
  assert.deepEqual(await mapPool([], 4, async () => 1), []);
});

const row = (recipient, reason, title, state, addressKnown = true) =>
  ({ recipient, addressKnown, reason, title, state, temporary: state ? STATES[state].temporary : null });
const MIXED = [
  row("a@x.org", "userunknown", "No such mailbox", "permanent"),
  row("b@x.org", "mailboxfull", "Mailbox full", "delayed"),
  row("A@X.org", "userunknown", "No such mailbox", "permanent"),
  row("(address unknown)", "userunknown", "No such mailbox", "permanent", false),
  row("c@x.org", "hostunknown", "No such domain", "permanent"),
  row("d@x.org", "delivered", "Delivered", null),
  row("e@x.org", "mailboxfull", "Mailbox full", "permanent"),
  row("f@x.org", "mailboxfull", "Mailbox full", "given-up"),
  row("g@x.org", "mailboxfull", "Mailbox full", "temporary"),
];

test("the chart's numbers: permanent, given up, temporary or delayed, and no failure per reason, most first", () => {
  assert.deepEqual(chartData(MIXED), [
    { reason: "mailboxfull", title: "Mailbox full", permanent: 1, "given-up": 1, temporary: 2, other: 0, total: 4 },
    { reason: "userunknown", title: "No such mailbox", permanent: 3, "given-up": 0, temporary: 0, other: 0, total: 3 },
    { reason: "delivered", title: "Delivered", permanent: 0, "given-up": 0, temporary: 0, other: 1, total: 1 },
    { reason: "hostunknown", title: "No such domain", permanent: 1, "given-up": 0, temporary: 0, other: 0, total: 1 },
  ]);
  assert.deepEqual(chartData([]), []);
});

test("permanently failed addresses: once each, in table order, never a delayed, temporary or given-up one, nor a missing address", () => {
  assert.deepEqual(permanentAddresses(MIXED), ["a@x.org", "c@x.org", "e@x.org"]);
  assert.deepEqual(permanentAddresses(sortRows(MIXED, "recipient", "descending")), ["e@x.org", "c@x.org", "A@X.org"]);
});

test("rows know whether the bounce named the address", () => {
  const rows = rowsForMessage({ id: 1 }, {
    state: "result",
    recipients: [
      { address: "a@x.org", addressKnown: true, reason: "userunknown", badge: badge("permanent") },
      { address: "(address unknown)", addressKnown: false, reason: "userunknown", badge: badge("permanent") },
    ],
  });
  assert.deepEqual(rows.map((r) => r.addressKnown), [true, false]);
  assert.deepEqual(permanentAddresses(rows), ["a@x.org"]);
});

test("the saved CSV file starts with a byte order mark and is named after the local date", async () => {
  const blob = csvFile("宛先,理由\r\n");
  assert.equal(blob.type, "text/csv;charset=utf-8");
  const bytes = new Uint8Array(await blob.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(new TextDecoder().decode(bytes.slice(3)), "宛先,理由\r\n");
  assert.equal(csvFileName(new Date(2025, 2, 3, 23, 59)), "whybounce-2025-03-03.csv");
});
