// lib/model.js and lib/i18n.js: what the card says for each kind of answer and error, in both
// languages, and that the two string catalogs agree.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import {
  resultModel, lineModel, errorModel, loadingModel, versionNotice, periodText, untilText, INSTALL_COMMAND, UPGRADE_HOST_COMMAND,
  ERROR_MESSAGES, STATES,
} from "../../extension/lib/model.js";
import { effectiveLang, makeTranslator } from "../../extension/lib/i18n.js";
import { translators, readCatalog } from "./helpers/catalogs.js";
import { EXTENSION } from "./helpers/paths.js";
import { hostAnswer, olderHostAnswer } from "./helpers/host-answers.js";

let T;
before(async () => {
  T = await translators();
});

const f = (over = {}) => ({
  address: "a@example.org", reason: "userunknown", status: "5.1.1", reply_code: "550", command: "RCPT",
  temporary: false, remote_mta: "mx.example.org", diagnostic: "550 5.1.1 unknown",
  card: { lang: "en", title: "No such mailbox", cause: "c", who: "sender", actions: ["a"], evidence: "e" }, ...over,
});

for (const [option, ui, lang] of [
  ["auto", "ja", "ja"], ["auto", "ja-JP", "ja"], ["auto", "en-US", "en"], ["auto", "de", "en"], ["auto", "", "en"],
  ["ja", "en-US", "ja"], ["en", "ja", "en"],
]) {
  test(`language option ${option} with UI ${ui || "(none)"} -> ${lang}`, () => {
    assert.equal(effectiveLang(option, ui), lang);
  });
}

// kind -> state, heading key, badge of the first recipient, summary key, the finding
const KINDS = [
  ["bounce", "result", "cardHeading", "permanent", "kindBounceOne", f()],
  ["delay", "result", "cardHeadingDelay", "temporary", "kindDelayOne", f({ temporary: true })],
  ["delivered", "result", "cardHeadingInfo", null, "kindDelivered", f({ reason: "delivered" })],
  ["vacation", "result", "cardHeadingInfo", null, "kindVacation", f({ reason: "vacation" })],
  ["feedback", "result", "cardHeadingInfo", null, "kindFeedback", f({ reason: "feedback" })],
  ["not-bounce", "not-bounce", "cardHeadingInfo", undefined, null, null],
];
for (const [kind, state, headingKey, badge, summaryKey, finding] of KINDS) {
  test(`result of kind ${kind} -> ${state} card`, () => {
    const result = { kind, is_bounce: kind === "bounce" || kind === "delay", recipients: finding ? [finding] : [] };
    const model = resultModel(result, { t: T.en, lang: "en", trigger: "auto" });
    assert.equal(model.state, state);
    assert.equal(model.labels.heading, T.en(headingKey));
    if (state === "result") {
      const first = model.recipients[0];
      assert.equal(first.badge ? first.badge.kind : null, badge);
      assert.equal(model.summary, T.en(summaryKey, "1"));
    }
  });
}

test("several recipients are counted in the summary line", () => {
  const result = { kind: "bounce", is_bounce: true, recipients: [f(), f({ address: "b@example.org" })] };
  assert.equal(resultModel(result, { t: T.en, lang: "en", trigger: "auto" }).summary, "Delivery failed for 2 recipients.");
  assert.equal(resultModel(result, { t: T.ja, lang: "ja", trigger: "auto" }).summary, "2 件の宛先への配送に失敗しました。");
});

test("a finding without card or address still renders with words, not blanks", () => {
  const model = resultModel(
    { kind: "bounce", is_bounce: true, recipients: [{ address: null, reason: null, temporary: false }] },
    { t: T.ja, lang: "ja", trigger: "auto" }
  );
  const r = model.recipients[0];
  assert.equal(r.address, T.ja("addressUnknown"));
  assert.equal(r.reason, "undefined");
  assert.equal(r.whoLabel, T.ja("who_nobody"));
  assert.deepEqual(r.actions, []);
});

for (const code of Object.keys(ERROR_MESSAGES)) {
  test(`error ${code} is explained in both languages`, () => {
    for (const lang of ["en", "ja"]) {
      const model = errorModel(code, { t: T[lang], lang, trigger: "button" });
      assert.equal(model.state, "error");
      assert.equal(model.message, T[lang](ERROR_MESSAGES[code]));
      const needsInstall = code === "host-missing" || code === "host-broken";
      assert.equal(model.command, needsInstall ? INSTALL_COMMAND : null);
    }
  });
}

test("an unknown error code falls back to the generic explanation", () => {
  assert.equal(errorModel("kaboom", { t: T.en, lang: "en", trigger: "auto" }).errorCode, "internal");
});

for (const [host, ext, expect] of [
  ["0.1.0", "0.1.0", null],
  ["0.0.9", "0.1.0", "host"],
  ["0.2.0", "0.1.0", "extension"],
  [undefined, "0.1.0", null],
]) {
  test(`host ${host} / extension ${ext}: update ${expect || "nothing"}`, () => {
    const notice = versionNotice(host, ext, T.en);
    if (expect === null) return assert.equal(notice, null);
    assert.ok(notice.text.includes(host) && notice.text.includes(ext));
    if (expect === "host") {
      assert.match(notice.text, /update the helper/);
      assert.equal(notice.command, UPGRADE_HOST_COMMAND);
    } else {
      assert.match(notice.text, /update the add-on/);
      assert.equal(notice.command, null);
    }
  });
}

test("loading model has no recipients and says it is working", () => {
  const m = loadingModel({ t: T.en, lang: "en", trigger: "button" });
  assert.equal(m.state, "loading");
  assert.equal(m.message, T.en("loading"));
});

test("translator fills named placeholders and falls back to English", () => {
  const t = makeTranslator(
    { hi: { message: "こんにちは $NAME$", placeholders: { name: { content: "$1" } } } },
    { hi: { message: "hi" }, bye: { message: "bye $$1" } }
  );
  assert.equal(t("hi", "花子"), "こんにちは 花子");
  assert.equal(t("bye"), "bye $1");
  assert.throws(() => t("nope"), /missing message nope/);
});

function placeholdersOf(entry) {
  return Object.keys(entry.placeholders || {}).sort();
}

test("the English and Japanese catalogs have the same keys and placeholders", async () => {
  const en = await readCatalog("_locales/en/messages.json");
  const ja = await readCatalog("_locales/ja/messages.json");
  assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.deepEqual(placeholdersOf(ja[key]), placeholdersOf(en[key]), key);
    for (const name of placeholdersOf(en[key])) {
      for (const [lang, cat] of [["en", en], ["ja", ja]]) {
        assert.ok(cat[key].message.includes(`$${name.toUpperCase()}$`), `${lang}:${key} uses $${name}$`);
      }
    }
    assert.notEqual(ja[key].message, "", key);
  }
});

// The Japanese catalog speaks as the core's Japanese cards do: a bounce is an エラーメール (the word
// Japanese mail users and providers' help pages use; "バウンス" is senders' jargon), and a label after
// Japanese text ends in a full-width colon (宛先：), as the CLI's labels and this catalog's own 再送期限：.
test("the Japanese catalog says エラーメール, not バウンス, and puts full-width colons after Japanese words", async () => {
  const ja = await readCatalog("_locales/ja/messages.json");
  for (const [key, entry] of Object.entries(ja)) {
    assert.ok(!entry.message.includes("バウンス"), `ja:${key}: ${entry.message}`);
    assert.doesNotMatch(entry.message, /[^\x00-\x7f]:(\s|$)/u, `ja:${key} has a half-width colon: ${entry.message}`);
  }
  assert.equal(ja.menuExplainSelected.message, "選択したエラーメールを説明");
  assert.equal(ja.labelWho.message, "対応が必要な方：");
});

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "_locales" ? [] : sourceFiles(p);
    return /\.(js|html|json)$/.test(name) ? [p] : [];
  });
}

test("every message key the code uses exists in the catalogs", async () => {
  const en = await readCatalog("_locales/en/messages.json");
  const used = new Set();
  for (const file of sourceFiles(EXTENSION)) {
    const text = readFileSync(file, "utf-8");
    for (const m of text.matchAll(/\bt\("([A-Za-z_]+)"/g)) used.add(m[1]);
    for (const m of text.matchAll(/__MSG_([A-Za-z_]+)__/g)) used.add(m[1]);
    for (const m of text.matchAll(/data-i18n="([A-Za-z_]+)"/g)) used.add(m[1]);
  }
  assert.ok(used.size > 30, `found ${used.size} keys in use`);
  const missing = [...used].filter((k) => !(k in en));
  assert.deepEqual(missing, []);
});

// --- the delivery state, inferred codes, the reason's name and the retry period, from real host answers ---

const LINE = /^line-/;
/** The view model of a captured host answer (helpers/host-answers.js), in the answer's own language. */
function modelOf(answer, name) {
  const lang = name.endsWith(".ja") ? "ja" : "en";
  const ctx = { t: T[lang], lang, trigger: "auto" };
  return LINE.test(name) ? lineModel(answer, ctx) : resultModel(answer, ctx);
}
const first = (name, answer = hostAnswer(name)) => modelOf(answer, name).recipients[0];
const adminOf = (r) => Object.fromEntries(r.admin);

// answer -> state, badge text, data-temporary, what stands next to the badge, who-label
const STATE_CASES = [
  ["lhost-outlook-06", "delayed", "Not delivered yet (still retrying)", true,
    "Retried until Fri, 30 Jan 2015 21:28:58 -0800", "Nobody for now: the mail servers retry on their own"],
  ["lhost-outlook-06.ja", "delayed", "未配達（再送中）", true,
    "再送期限：2015年1月30日（金）21:28:58 UTC-08:00", "今はどなたも対応は不要です（メールサーバーが自動で再送します）"],
  ["lhost-gmail-06", "delayed", "Not delivered yet (still retrying)", true, "Retried for another 2 days", "The recipient"],
  ["lhost-gmail-06.ja", "delayed", "未配達（再送中）", true, "再送期限：あと 2 日", "受信者（送信先の相手）"],
  ["lhost-messagingserver-07.ja", "delayed", "未配達（再送中）", true, "再送期限：あと 3 日",
    "今はどなたも対応は不要です（メールサーバーが自動で再送します）"],
  // a rate limit the retries get past: nobody acts
  ["sendmail-rcpt-450-ratelimit-expired-delay", "delayed", "Not delivered yet (still retrying)", true,
    "Retried until the message is 2 minutes old", "Nobody for now: the mail servers retry on their own"],
  ["sendmail-rcpt-450-ratelimit-expired-delay.ja", "delayed", "未配達（再送中）", true, "再送期限：送信から 2 分",
    "今はどなたも対応は不要です（メールサーバーが自動で再送します）"],
  // Will-Retry-Until wins over the period of the notice's text
  ["postfix-conn-refused-expired-delay", "delayed", "Not delivered yet (still retrying)", true,
    "Retried until Mon, 23 Nov 2026 14:50:43 +0000 (UTC)", "Nobody for now: the mail servers retry on their own"],
  ["line-450-mailbox-full", "temporary", "Temporary", true, "", "The recipient"],
  // a pasted temporary refusal nobody has to act on: as the CLI says it, the servers retry (session 60, u60)
  ["line-451-greylisted", "temporary", "Temporary", true, "", "Nobody for now: the mail servers retry on their own"],
  ["line-451-greylisted.ja", "temporary", "一時的なエラー", true, "",
    "今はどなたも対応は不要です（メールサーバーが自動で再送します）"],
  ["line-450-mailbox-full.ja", "temporary", "一時的なエラー", true, "", "受信者（送信先の相手）"],
  // the recipient's server stayed unreachable until the retries stopped: its side must act
  ["postfix-conn-refused-expired", "given-up", "Failed after retries", false, "", "The recipient's mail administrator"],
  ["postfix-conn-refused-expired.ja", "given-up", "配達失敗（再送打ち切り）", false, "", "受信側のメール管理者"],
  ["lhost-sendmail-10", "given-up", "Failed after retries", false, "", "Your mail administrator or provider"],
  ["lhost-opensmtpd-06", "given-up", "Failed after retries", false, "", "The recipient's mail administrator"],
  // an alias passed the mail on to an address that does not exist (Postfix's "expanded from"): the forwarding's side acts
  ["lhost-postfix-01", "permanent", "Permanent", false, "", "The recipient's mail administrator"],
  ["lhost-postfix-01.ja", "permanent", "恒久的なエラー", false, "", "受信側のメール管理者"],
  ["lhost-biglobe-01", "permanent", "Permanent", false, "", "The recipient"],
];
for (const [name, state, text, temporary, retry, who] of STATE_CASES) {
  test(`${name}: the ${state} badge "${text}"`, () => {
    const r = first(name);
    assert.equal(r.state, state);
    assert.deepEqual(r.badge, { kind: state, text, temporary });
    assert.equal(r.retry, retry);
    assert.equal(r.whoLabel, who);
  });
}

// A pasted text with nothing of a reply in it is not "part of a bounce", and its words are the user's, not the server's.
for (const [name, summary, label] of [
  ["line-unrecognised", "whybounce found no mail server's reply in this text.", "The text you gave:"],
  ["line-unrecognised.ja", "この文面には、whybounce が読み取れるメールサーバーの応答が見つかりませんでした。", "入力された文面："],
]) {
  test(`${name}: the card says no server's reply was found and labels the text as the user's`, () => {
    const model = modelOf(hostAnswer(name), name);
    assert.equal(model.summary, summary);
    assert.equal(model.labels.serverSaid, label);
    assert.equal(model.recipients[0].diagnostic, "hello this is not an error");
    assert.equal(model.recipients[0].badge, null);
    // session 60 (u60): its details said "Kind of text: Part of a bounce message." and "Reason: onhold"
    assert.equal(model.recipients[0].reason, "");
    assert.deepEqual(model.recipients[0].admin, []);
  });
}

test("a reply found in Thunderbird's error message: the summary says so, the admin row names the program by its name", () => {
  const model = modelOf(hostAnswer("line-thunderbird-rcpt"), "line-thunderbird-rcpt");
  assert.equal(model.summary, "A mail server's reply while sending mail. Thunderbird's error message quoted it; "
    + "the card explains the server's reply.");
  const r = model.recipients[0];
  assert.equal(r.address, "bob@example.org");
  assert.equal(adminOf(r).foundIn, "Thunderbird: errorSendingRcptCommand (RCPT)");
  assert.equal(r.diagnostic, "554 5.7.1 <bob@example.org>: Relay access denied");
  // in Japanese no space after 「。」 (the popup read «…応答です。 Thunderbird の…»)
  assert.equal(modelOf(hostAnswer("line-thunderbird-rcpt.ja"), "line-thunderbird-rcpt.ja").summary,
    "メール送信時のメールサーバーの応答です。Thunderbird のエラーメッセージに含まれていたサーバーの応答を説明しています。");
});

test("a recognised pasted reply keeps its protocol line and \"The server said:\"", () => {
  for (const name of ["line-450-mailbox-full", "line-relaying-denied"]) {
    const model = modelOf(hostAnswer(name), name);
    assert.notEqual(model.summary, "whybounce found no mail server's reply in this text.", name);
    assert.equal(model.labels.serverSaid, "The server said:", name);
  }
});

test("a permanent badge never stands on a delayed or temporary finding; the badge is the host's state", () => {
  let seen = 0;
  for (const name of STATE_CASES.map(([n]) => n)) {
    const answer = hostAnswer(name);
    for (const [i, f] of (answer.recipients || [answer]).entries()) {
      const r = modelOf(answer, name).recipients[i];
      assert.equal(r.badge.kind, f.timing.state, name);
      if (["delayed", "temporary"].includes(f.timing.state)) {
        assert.notEqual(r.badge.kind, "permanent", name);
        assert.equal(r.badge.temporary, true, name);
      }
      seen += 1;
    }
  }
  assert.ok(seen >= STATE_CASES.length);
});

test("every state has its badge in both catalogs", () => {
  for (const { key } of Object.values(STATES)) {
    for (const lang of ["en", "ja"]) assert.notEqual(T[lang](key), "", `${lang}:${key}`);
  }
  assert.deepEqual(Object.keys(STATES), ["delayed", "temporary", "given-up", "limit", "permanent"]);
});

test("a reply quoted without its codes (Thunderbird's dialog) has no state from the host, so no badge", () => {
  const answer = hostAnswer("line-relaying-denied");
  assert.equal(answer.timing, undefined);
  assert.equal(first("line-relaying-denied").badge, null);
});

test("how long delivery was tried goes to the administrator details, in the card's language; a zero period says nothing", () => {
  assert.equal(adminOf(first("lhost-sendmail-10")).triedFor, "12 hours");
  assert.equal(adminOf(first("lhost-sendmail-10.ja")).triedFor, "12 時間");
  assert.equal(adminOf(first("lhost-messagingserver-07")).triedFor, "1 day");
  assert.equal(adminOf(first("lhost-opensmtpd-06")).triedFor, undefined, "\"delayed for more than 0 seconds\"");
  assert.equal(adminOf(first("lhost-postfix-01")).triedFor, undefined);
  assert.equal(modelOf(hostAnswer("lhost-sendmail-10"), "x").labels.triedFor, "Undelivered for");
});

for (const [text, lang, out] of [
  ["3 days", "en", "3 days"], ["3 days", "ja", "3 日"], ["1 day", "en", "1 day"], ["47 hours", "ja", "47 時間"],
  ["2 minutes", "ja", "2 分"], ["1 week", "ja", "1 週間"], ["0 seconds", "en", null], ["0 days", "ja", null],
  ["a fortnight", "en", "a fortnight"], [undefined, "en", null], ["", "ja", null],
]) {
  test(`period ${JSON.stringify(text)} in ${lang} -> ${JSON.stringify(out)}`, () => {
    assert.equal(periodText(text, lang), out);
  });
}

test("a status whybounce inferred is marked as inferred, never shown as the server's", () => {
  for (const [name, marked, admin] of [
    ["lhost-biglobe-01", "5.2.2 (inferred)", "5.2.2 (inferred by whybounce from the reason; not given by the server)"],
    ["lhost-biglobe-01.ja", "5.2.2（推定）", "5.2.2（サーバーが示したものではなく、whybounce が理由から推定したものです）"],
    ["lhost-exim-38", "4.7.25 (inferred)", "4.7.25 (inferred by whybounce from the reason; not given by the server)"],
  ]) {
    const answer = hostAnswer(name);
    assert.equal(answer.recipients[0].status_inferred, true, name);
    const r = first(name, answer);
    const status = answer.recipients[0].status;
    assert.deepEqual(r.codes.filter((c) => c.inferred), [{ text: marked, inferred: true, note: admin }], name);
    assert.ok(!r.codes.some((c) => c.text === status), `${name}: ${status} is not among the codes as it stands`);
    assert.equal(adminOf(r).status, admin, name);
  }
});

test("the server's own status is shown as it stands", () => {
  const r = first("lhost-postfix-01");
  assert.deepEqual(r.codes, [{ text: "5.1.1", inferred: false }]);
  assert.equal(adminOf(r).status, "5.1.1");
  assert.deepEqual(first("line-450-mailbox-full").codes.map((c) => c.text), ["450", "4.2.2"]);
});

test("the reason's name for people, with its word, and without it for the summary's groups", () => {
  assert.equal(first("lhost-postfix-01").reasonName, "Unknown recipient (userunknown)");
  assert.equal(first("lhost-postfix-01").reasonTitle, "Unknown recipient");
  assert.equal(first("lhost-postfix-01.ja").reasonName, "宛先不明（userunknown）");
  assert.equal(first("lhost-postfix-01.ja").reasonTitle, "宛先不明");
  const pop3 = first("line-pop3-auth-failed");
  assert.equal(adminOf(pop3).topic, "Login to the mail server failed (POP3) (auth-failed)");
  assert.equal(pop3.badge, null, "a POP3 answer has no badge");
});

// An older host sends no timing, status_inferred or reason_name: the badge comes from `temporary` as before.
for (const [name, badge] of [
  ["lhost-outlook-06", "temporary"],
  ["lhost-postfix-01", "permanent"],
  ["postfix-conn-refused-expired", "permanent"],
  ["line-450-mailbox-full", "temporary"],
  ["line-relaying-denied", null],
  ["line-pop3-auth-failed", null],
]) {
  test(`from an older host without timing, ${name} keeps today's ${badge || "missing"} badge`, () => {
    const r = first(name, olderHostAnswer(name));
    assert.equal(r.badge ? r.badge.kind : null, badge);
    assert.equal(r.state, badge);
    assert.equal(r.retry, "");
    assert.equal(r.reasonName, "");
    assert.ok(!r.codes.some((c) => c.inferred));
  });
}

test("a report that is no failure gets no badge, with or without timing", () => {
  for (const kind of ["delivered", "vacation", "feedback"]) {
    const m = resultModel({ kind, is_bounce: false, recipients: [f({ reason: kind })] }, { t: T.en, lang: "en", trigger: "auto" });
    assert.equal(m.recipients[0].badge, null);
    assert.equal(m.recipients[0].state, null);
  }
});

test("an unknown state from a newer host falls back to temporary/permanent", () => {
  const r = resultModel({ kind: "bounce", is_bounce: true, recipients: [f({ timing: { state: "someday" }, temporary: true })] },
    { t: T.en, lang: "en", trigger: "auto" }).recipients[0];
  assert.equal(r.badge.kind, "temporary");
});


// Session 50 (Q50): a Japanese card gave the retry date next to its badge as the report writes it
// («再送期限：Fri, 30 Jan 2015 ...») while its first action, from the core, says «再送は 2015年1月30日（金）... まで».
// The date next to the badge is now the one the action gives, in the card's language.
const UNTIL_CASES = [
  // value, lang, shown
  ["Fri, 30 Jan 2015 21:28:58 -0800", "en", "Fri, 30 Jan 2015 21:28:58 -0800"],
  ["Fri, 30 Jan 2015 21:28:58 -0800", "ja", "2015年1月30日（金）21:28:58 UTC-08:00"],
  ["Mon, 23 Nov 2026 14:50:43 +0000 (UTC)", "ja", "2026年11月23日（月）14:50:43 UTC"],
  ["Sat, 5 Dec 2026 22:26:28 -0000", "ja", "2026年12月5日（土）22:26:28 UTC"],
  ["5 Dec 26 07:05 JST", "ja", "日本時間 2026年12月5日（土）07:05:00"],
  ["Tue, 1 Dec 2026 09:00:00 EST", "ja", "2026年12月1日（火）09:00:00 UTC-05:00"],
  ["Sun, 6 Dec 2026 01:02:03 +0530", "ja", "2026年12月6日（日）01:02:03 UTC+05:30"],
  ["31 Feb 2026 10:00:00 +0000", "ja", "31 Feb 2026 10:00:00 +0000"],
  ["in a few days", "ja", "in a few days"],
  ["Mon, 23 Nov 2026 25:00:00 +0000", "ja", "Mon, 23 Nov 2026 25:00:00 +0000"],
];
for (const [value, lang, shown] of UNTIL_CASES) {
  test(`the retry date ${JSON.stringify(value)} in ${lang}: ${shown}`, () => {
    assert.equal(untilText(value, lang), shown);
  });
}


test("the date next to the badge of a Japanese delay notice is the date its first action gives", () => {
  const names = ["lhost-outlook-06.ja", "postfix-conn-refused-expired-delay.ja"];
  for (const name of names) {
    const answer = hostAnswer(name);
    const r = first(name, answer);
    assert.ok(answer.recipients[0].timing.retry_until, name);
    const date = r.retry.replace(/^再送期限：/, "");
    assert.notEqual(date, r.retry, name);
    assert.ok(answer.recipients[0].card.actions[0].includes(`再送は ${date} まで`), `${name}: ${date}`);
  }
});


// Session 50 (Q50): the popup told the owner of a mailbox whose POP3 login failed "Who must act: You (the
// sender)"; the CLI says "You (your mail program's settings)" (the core's who_labels_pop3). A POP3 answer's
// reader is the mailbox owner, never a sender.
const POP3_WHO = [
  // host answer, who, label
  ["line-pop3-auth-failed", "sender", "You (your mail program's settings)"],
  ["line-pop3-auth-failed.ja", "sender", "お客様（メールソフトの設定）"],
];
for (const [name, who, label] of POP3_WHO) {
  test(`${name}: who must act is said to the mailbox owner: ${label}`, () => {
    const model = modelOf(hostAnswer(name), name);
    assert.equal(model.recipients[0].who, who);
    assert.equal(model.recipients[0].whoLabel, label);
  });
}


test("no POP3 answer's who-label speaks of a sender, whoever must act, in either language", () => {
  for (const lang of ["en", "ja"]) {
    for (const who of ["sender", "sender-admin", "recipient", "recipient-admin", "nobody"]) {
      const answer = { protocol: "pop3", topic: "auth-failed", reason: null, card: { who, title: "t" } };
      const smtp = lineModel({ ...answer, protocol: "smtp" }, { t: T[lang], lang, trigger: "popup" }).recipients[0];
      const r = lineModel(answer, { t: T[lang], lang, trigger: "popup" }).recipients[0];
      assert.ok(r.whoLabel && !r.whoLabel.startsWith("who_"), `${lang} ${who}: ${r.whoLabel}`);
      assert.doesNotMatch(r.whoLabel, /sender|送信者|retry|再送/, `${lang} ${who}: ${r.whoLabel}`);
      if (who === "sender") assert.notEqual(r.whoLabel, smtp.whoLabel);
    }
  }
});
