// lib/precheck.js: the header-only look that decides whether a displayed message may be sent to
// the host automatically. Measured on the whole shared corpus and on hand-made negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { couldBeBounce } from "../../extension/lib/precheck.js";
import { headersOfFile } from "./helpers/eml.js";
import { CORPUS, FIXTURES, REPO } from "./helpers/paths.js";

// Real bounces that carry none of the header signals: the pre-check lets them through only
// when the user presses the button. Each is named with why.
const KNOWN_SILENT = new Map([
  ["rfc3834-03.eml", "an auto-reply (vacation) without Auto-Submitted: not a bounce to show automatically"],
]);

function corpusFiles(dir) {
  return readdirSync(path.join(CORPUS, dir))
    .filter((f) => f.endsWith(".eml"))
    .sort();
}

test("every labelled bounce in the corpus passes the pre-check (except the known silent ones)", () => {
  const missed = [];
  const files = corpusFiles("bounces");
  for (const file of files) {
    const verdict = couldBeBounce(headersOfFile(path.join(CORPUS, "bounces", file)));
    if (!verdict.maybe && !KNOWN_SILENT.has(file)) missed.push(file);
    if (verdict.maybe && KNOWN_SILENT.has(file)) missed.push(`${file} (listed as silent but passes now: update the list)`);
  }
  assert.deepEqual(missed, []);
  assert.ok(files.length > 400, `corpus read (${files.length} files)`);
});

test("the unlabelled bounces pass too, apart from complaint reports", () => {
  const missed = corpusFiles("unlabelled").filter((file) => {
    const verdict = couldBeBounce(headersOfFile(path.join(CORPUS, "unlabelled", file)));
    return !verdict.maybe && !file.startsWith("arf-");
  });
  assert.deepEqual(missed, []);
});

const NEGATIVES = [
  [path.join(CORPUS, "not-bounces", "is-not-bounce-01.eml"), "none"],
  [path.join(CORPUS, "not-bounces", "is-not-bounce-02.eml"), "none"],
  [path.join(FIXTURES, "handmade-newsletter.eml"), "none"],
  [path.join(FIXTURES, "handmade-pgp-encrypted.eml"), "encrypted"],
  [path.join(FIXTURES, "handmade-smime-encrypted.eml"), "encrypted"],
  [path.join(FIXTURES, "handmade-ordinary-ja.eml"), "none"],
  [path.join(FIXTURES, "handmade-reply-about-delivery.eml"), "none"],
];
for (const [file, signal] of NEGATIVES) {
  test(`${path.basename(file)} is never sent automatically (${signal})`, () => {
    assert.deepEqual(couldBeBounce(headersOfFile(file)), { maybe: false, signal });
  });
}

test("the home-made bounce format of rb-issue-368 is caught by its headers", () => {
  const verdict = couldBeBounce(headersOfFile(path.join(CORPUS, "not-bounces", "rb-issue-368-bug.eml")));
  assert.equal(verdict.maybe, true);
});

// One row per rule, each with the header that alone decides it.
const RULES = [
  [{ "Content-Type": ["multipart/report; report-type=delivery-status"] }, true, "multipart-report"],
  [{ "X-Failed-Recipients": ["a@example.org"] }, true, "x-failed-recipients"],
  [{ "Return-Path": ["<>"] }, true, "null-sender"],
  [{ "Return-Path": ["<bounces@example.org>"] }, false, "none"],
  [{ From: ["Mail Delivery Subsystem <mailer-daemon@googlemail.com>"] }, true, "daemon-sender"],
  [{ From: ["MAILER-DAEMON@example.jp (Mail Delivery System)"] }, true, "daemon-sender"],
  [{ From: ["postmaster@example.net"] }, true, "daemon-sender"],
  [{ From: ["Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>"] }, true, "daemon-sender"],
  [{ From: ["Postmaster Tools Newsletter <news@example.org>"] }, false, "none"],
  [{ From: ["ml-tocc-en+owner@lists.l59.example"] }, true, "list-notice"],
  [{ From: ["mm-nonmember-reject-en-owner@mm.l59.example"] }, true, "list-notice"],
  [{ From: ["mm-moderator-reject-en-bounces@mm.l59.example"] }, true, "list-notice"],
  [{ From: ["Owner Relations <owner@example.org>"] }, false, "none"],
  // Sympa 6.2.70: its DSNs come from SYMPA <sympa-request@> as multipart/report; reject.tt2 from <list>-request@
  // with Auto-Submitted: auto-generated (tests/fixtures/list-managers/sympa-*.eml)
  [{ From: ["SYMPA <sympa-request@sympa.l60.example>"], "Content-Type": ["multipart/report; report-type=delivery-status"] }, true, "multipart-report"],
  [{ From: ["sy-moderator-reject-en-request@sympa.l60.example"], "Auto-Submitted": ["auto-generated"] }, true, "auto-submitted"],
  // SmartList 3.15: its answers from "SmartList <<list>-request@>", the accept.txt refusal among them
  [{ From: ["SmartList <l60-not-on-accept-list-request@smartlist.l60.example>"] }, true, "list-notice"],
  [{ From: ["Help Desk <support-request@example.org>"] }, false, "none"],
  [{ "Auto-Submitted": ["auto-generated"] }, true, "auto-submitted"],
  [{ "Auto-Submitted": ["auto-replied"] }, true, "auto-submitted"],
  [{ "Auto-Submitted": ["no"] }, false, "none"],
  [{ Subject: ["Undelivered Mail Returned to Sender"] }, true, "subject"],
  [{ Subject: ["Delivery Status Notification (Failure)"] }, true, "subject"],
  [{ Subject: ["failure notice"] }, true, "subject"],
  [{ Subject: ["Returned mail: see transcript for details"] }, true, "subject"],
  [{ Subject: ["Mail delivery failed: returning message to sender"] }, true, "subject"],
  [{ Subject: ["Undeliverable: Quarterly figures"] }, true, "subject"],
  [{ Subject: ["Warning: could not send message for past 4 hours"] }, true, "subject"],
  [{ Subject: ["メール配信エラー"] }, true, "subject"],
  [{ Subject: ["配信不能のお知らせ"] }, true, "subject"],
  [{ Subject: ["メールが届きませんでした"] }, true, "subject"],
  [{ Subject: ["送信できませんでした"] }, true, "subject"],
  [{ Subject: ["Lunch delivery today?"] }, false, "none"],
  [{ Subject: ["配達日時のご案内"] }, false, "none"],
  [{ "content-type": ["multipart/encrypted; protocol=application/pgp-encrypted"], From: ["MAILER-DAEMON"] }, false, "encrypted"],
  [{}, false, "none"],
];
for (const [headers, maybe, signal] of RULES) {
  test(`headers ${JSON.stringify(headers)} -> ${maybe} (${signal})`, () => {
    assert.deepEqual(couldBeBounce(headers), { maybe, signal });
  });
}

// tests/fixtures/list-managers/: every refusal of a post passes (the host decides), and a list's ordinary traffic
// (a post from its author, a welcome from -request or +help, a digest) is not sent automatically.
test("list managers' refusals pass; their list posts, welcomes and digests do not", () => {
  const dir = path.join(REPO, "tests", "fixtures", "list-managers");
  const labels = readFileSync(path.join(dir, "labels.jsonl"), "utf8").split("\n").filter(Boolean).map(JSON.parse);
  const wrong = [];
  for (const lab of labels) {
    const verdict = couldBeBounce(headersOfFile(path.join(dir, lab.file)));
    if (lab.kind === "bounce" && !verdict.maybe) wrong.push(`${lab.file} stopped`);
    // Sympa marks every notice Auto-Submitted: auto-generated (its welcome, its command reports): those pass by that
    // rule (RFC 3834), and the host reads them as not bounces; the list-notice rule must not be what lets them in
    if (["list-post", "welcome", "digest"].includes(lab.case) && verdict.maybe && verdict.signal !== "auto-submitted") {
      wrong.push(`${lab.file} passes`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.equal(labels.filter((lab) => lab.kind === "bounce").length, 45 + 21 + 1); // mlmmj and Mailman; Sympa; SmartList
});
