// lib/model.js and lib/i18n.js: what the card says for each kind of answer and error, in both
// languages, and that the two string catalogs agree.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import {
  resultModel, errorModel, loadingModel, versionNotice, INSTALL_COMMAND, UPGRADE_HOST_COMMAND, ERROR_MESSAGES,
} from "../../extension/lib/model.js";
import { effectiveLang, makeTranslator } from "../../extension/lib/i18n.js";
import { translators, readCatalog } from "./helpers/catalogs.js";
import { EXTENSION } from "./helpers/paths.js";

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
