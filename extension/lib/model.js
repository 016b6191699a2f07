// Turn a host answer (contract.md) into the card's view model: plain data, every label already
// in the card's language, so the message display script only renders what it is given.

import { compareVersions } from "./host.js";

export const INSTALL_COMMAND = "pipx install whybounce && whybounce-host install";
export const UPGRADE_HOST_COMMAND = "pipx upgrade whybounce && whybounce-host install";

// Recipients shown open on the card; the rest fold into a <details> (bounces can list hundreds).
export const OPEN_RECIPIENTS = 5;
export const WHO_VALUES = ["sender", "sender-admin", "recipient", "recipient-admin", "nobody"];
const NOT_FAILURES = new Set(["delivered", "vacation", "feedback"]);
const KIND_SUMMARY = {
  bounce: "kindBounce",
  delay: "kindDelay",
  delivered: "kindDelivered",
  vacation: "kindVacation",
  feedback: "kindFeedback",
};

// Message key for each error code the card can show (see host.js ERROR_CODES).
export const ERROR_MESSAGES = {
  "host-missing": "errorHostMissing",
  "host-broken": "errorHostBroken",
  "host-timeout": "errorHostTimeout",
  "too-large": "errorTooLarge",
  "bad-request": "errorHostFailed",
  internal: "errorHostFailed",
  "read-failed": "errorReadFailed",
};

function whoKey(who, pop3 = false) {
  const w = WHO_VALUES.includes(who) ? who : "nobody";
  // a POP3 answer is read by the mailbox's owner, not a sender (the core's who_labels_pop3, as the CLI says it)
  return "who_" + w.replace("-", "_") + (pop3 ? "_pop3" : "");
}

// Card heading by state and kind: only a real failure is introduced as "why it bounced".
function heading(t, state, kind) {
  if (state === "error") return t("cardHeadingError");
  if (state === "result" && kind === "delay") return t("cardHeadingDelay");
  if (state === "result" && kind === "bounce") return t("cardHeading");
  return t("cardHeadingInfo");
}

function labels(t, state, kind) {
  return {
    heading: heading(t, state, kind),
    close: t("cardClose"),
    region: t("cardRegionLabel"),
    address: t("labelAddress"),
    who: t("labelWho"),
    actions: t("labelActions"),
    serverSaid: t("labelServerSaid"),
    codes: t("labelCodes"),
    admin: t("labelAdmin"),
    remoteMta: t("labelRemoteMta"),
    command: t("labelCommand"),
    status: t("labelStatus"),
    replyCode: t("labelReplyCode"),
    evidence: t("labelEvidence"),
    triedFor: t("labelTriedFor"),
    reason: t("labelReason"),
    topic: t("labelTopic"),
    protocol: t("labelProtocol"),
    foundIn: t("labelFoundIn"),
  };
}

/** Which side to update when host and extension versions differ, as a sentence (or null). */
export function versionNotice(hostVersion, extensionVersion, t) {
  if (!hostVersion || !extensionVersion) return null;
  const cmp = compareVersions(hostVersion, extensionVersion);
  if (cmp === 0) return null;
  if (cmp < 0) return { text: t("versionHostOlder", hostVersion, extensionVersion), command: UPGRADE_HOST_COMMAND };
  return { text: t("versionExtensionOlder", hostVersion, extensionVersion), command: null };
}

// The badge of each delivery state the host reports (finding.timing.state, contract.md): whether the
// message may still arrive and whether sending it again can help. `temporary` is what data-temporary
// says: true while delivery goes on or a later attempt may work, false once it is over.
export const STATES = {
  delayed: { key: "badgeDelayed", temporary: true }, // a delay notice: still retrying, do not resend
  temporary: { key: "badgeTemporary", temporary: true }, // a temporary refusal (a pasted reply)
  "given-up": { key: "badgeGivenUp", temporary: false }, // temporary refusals until the retrying stopped
  limit: { key: "badgeLimit", temporary: true }, // refused for a sending-rate limit: a later send works, nothing retries
  permanent: { key: "badgePermanent", temporary: false },
};

function timingOf(f) {
  return f.timing && typeof f.timing === "object" && STATES[f.timing.state] ? f.timing : null;
}

/**
 * The finding's delivery state: the host's `timing.state`; without it (an older host), temporary or
 * permanent from `temporary` for a failure, as before; null for a report that is no failure.
 */
function stateOf(f, failure) {
  const timing = timingOf(f);
  if (timing) return timing.state;
  if (!failure) return null;
  return f.temporary ? "temporary" : "permanent";
}

const PERIOD = /^(\d{1,6}) (second|minute|hour|day|week)s?$/;

/**
 * A period as the host writes it ("3 days", "1 hour") in the card's language ("3 日"); null for a zero
 * period (it says nothing) or none. Intl names the units, so no catalog entry per unit is needed.
 */
export function periodText(text, lang) {
  if (typeof text !== "string" || !text) return null;
  const m = PERIOD.exec(text.trim());
  if (!m) return text;
  const n = Number(m[1]);
  if (!n) return null;
  try {
    return new Intl.NumberFormat(lang, { style: "unit", unit: m[2], unitDisplay: "long" }).format(n);
  } catch (e) {
    return text;
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ZONES = { ut: 0, utc: 0, gmt: 0, z: 0, edt: -240, est: -300, cdt: -300, cst: -360, mdt: -360, mst: -420,
  pdt: -420, pst: -480, jst: 540 };
const JA_WEEKDAYS = "日月火水木金土";

/**
 * A report's date (Will-Retry-Until: an RFC 5322 date-time, obsolete zone names of its section 4.3 included)
 * as the card's own first action writes it: in English as the report writes it; in Japanese the same instant
 * in Japanese date order with its offset kept ("2015年1月30日（金）21:28:58 UTC-08:00"), as the core's
 * cards.until_text does, so that the line next to the badge and the action below it give one date in one
 * form. A value that is no such date stays as written.
 */
export function untilText(value, lang) {
  const text = String(value);
  if (lang !== "ja") return text;
  let words = text.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  if (words.length && ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].includes(words[0].slice(0, 3).toLowerCase())) {
    words = words.slice(1);
  }
  const digits = (w) => /^\d+$/.test(w);
  if (words.length < 4 || !digits(words[0]) || !MONTHS.includes(words[1].slice(0, 3).toLowerCase()) || !digits(words[2])) {
    return text;
  }
  const day = Number(words[0]);
  const month = MONTHS.indexOf(words[1].slice(0, 3).toLowerCase()) + 1;
  let year = Number(words[2]);
  year += year < 50 ? 2000 : year < 1000 ? 1900 : 0;
  const clock = words[3].split(":");
  if (![2, 3].includes(clock.length) || !clock.every((part) => /^\d{1,2}$/.test(part))) return text;
  const [hour, minute] = [Number(clock[0]), Number(clock[1])];
  const second = clock.length === 3 ? Number(clock[2]) : 0;
  const zone = words.length > 4 ? words[4] : "-0000";
  let offset;
  if (/^[+-]\d{4}$/.test(zone)) {
    offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3))) * (zone[0] === "-" ? -1 : 1);
  } else if (Object.hasOwn(ZONES, zone.toLowerCase())) {
    offset = ZONES[zone.toLowerCase()];
  } else {
    return text;
  }
  if (!(day >= 1 && day <= 31 && hour < 24 && minute < 60 && second <= 60)) return text;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return text; // 31 February
  const pad = (n) => String(n).padStart(2, "0");
  const when = `${year}年${month}月${day}日（${JA_WEEKDAYS[date.getUTCDay()]}）${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (offset === 540) return `日本時間 ${when}`;
  if (offset === 0) return `${when} UTC`;
  const abs = Math.abs(offset);
  return `${when} UTC${offset > 0 ? "+" : "-"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Until when the sending server keeps trying, in a few words for next to the badge: the date the report
 * gives (Will-Retry-Until, written as the card's first action writes it: untilText), else how much longer,
 * else up to which age. Only while delivery goes on: the card's first action says the same in a sentence.
 */
function retryText(timing, t, lang) {
  if (!timing || !STATES[timing.state].temporary) return "";
  if (timing.retry_until) return t("retryUntil", untilText(timing.retry_until, lang));
  const more = periodText(timing.retry_for, lang);
  if (more) return t("retryFor", more);
  const age = periodText(timing.max_age, lang);
  if (age) return t("retryMaxAge", age);
  return "";
}

/** The reason's name without its word: "Unknown recipient (userunknown)" -> "Unknown recipient". */
function nameWithoutWord(name, word) {
  if (!name || !word) return name || "";
  for (const suffix of [` (${word})`, `（${word}）`]) {
    if (name.endsWith(suffix)) return name.slice(0, -suffix.length);
  }
  return name;
}

// The caption of the quoted words when they are not a mail server's reply, by reason.
const SAID_LABELS = { vacation: "labelAutoReplySaid", feedback: "labelReportSaid" };

function finding(f, kind, t, lang) {
  const card = f.card || {};
  const failure = !NOT_FAILURES.has(f.reason) && (kind === "bounce" || kind === "delay");
  const state = stateOf(f, failure);
  const timing = timingOf(f);
  const badge = state ? { kind: state, text: t(STATES[state].key), temporary: STATES[state].temporary } : null;
  // A status the bounce did not give is whybounce's inference from the reason: never shown as the server's.
  const inferred = Boolean(f.status && f.status_inferred);
  const inferredNote = inferred ? t("codeInferredAdmin", f.status) : "";
  const codes = [];
  if (f.reply_code) codes.push({ text: f.reply_code, inferred: false });
  if (f.status) codes.push(inferred ? { text: t("codeInferred", f.status), inferred, note: inferredNote } : { text: f.status, inferred });
  if (f.command) codes.push({ text: f.command, inferred: false });
  const who = WHO_VALUES.includes(card.who) ? card.who : "nobody";
  const reasonName = typeof card.reason_name === "string" ? card.reason_name : "";
  return {
    address: f.address || t("addressUnknown"),
    addressKnown: Boolean(f.address),
    reason: f.reason || "undefined",
    reasonName,
    reasonTitle: nameWithoutWord(reasonName, f.reason || f.topic),
    title: card.title || f.reason || t("reasonUnknown"),
    badge,
    state,
    retry: retryText(timing, t, lang),
    cause: card.cause || "",
    who,
    // nobody has to act *for now* on a failure still in progress (a delay notice, a pasted temporary refusal):
    // the servers retry on their own; "nothing needs doing" is for a report that is no failure. As the
    // core's who_label: the retry label whenever the host gave the finding a delivery state (timing.state).
    whoLabel: who === "nobody" && timing ? t("who_nobody_retrying") : t(whoKey(who)),
    actions: Array.isArray(card.actions) ? card.actions.map(String) : [],
    diagnostic: f.diagnostic || "",
    // an auto-reply's or a complaint report's words are not a server's (the core's evidence_vacation/_feedback)
    saidLabel: SAID_LABELS[f.reason] ? t(SAID_LABELS[f.reason]) : "",
    codes,
    admin: [
      ["remoteMta", f.remote_mta],
      ["command", f.command],
      ["status", inferred ? inferredNote : f.status],
      ["replyCode", f.reply_code],
      ["triedFor", timing ? periodText(timing.tried_for, lang) : null],
      ["evidence", card.evidence],
    ].filter(([, v]) => v !== null && v !== undefined && v !== ""),
  };
}

/**
 * View model for a host result.
 * @param {object} result `result` of the host's explain answer
 * @param {object} ctx {t, lang, trigger: "auto"|"button", notice}
 */
export function resultModel(result, { t, lang, trigger, notice = null }) {
  if (!result || result.kind === "not-bounce" || !Array.isArray(result.recipients) || !result.recipients.length) {
    const kind = (result && result.kind) || "not-bounce";
    return { lang, trigger, notice, labels: labels(t, "not-bounce", kind), state: "not-bounce", kind, message: t("notBounce") };
  }
  const base = { lang, trigger, labels: labels(t, "result", result.kind), notice };
  const recipients = result.recipients.map((f) => finding(f, result.kind, t, lang));
  let key = KIND_SUMMARY[result.kind] || "kindBounce";
  if (recipients.length === 1 && (key === "kindBounce" || key === "kindDelay")) key += "One";
  return {
    ...base,
    state: "result",
    kind: result.kind,
    isBounce: Boolean(result.is_bounce),
    format: result.format || "",
    originalSubject: (result.original && result.original.subject) || "",
    summary: t(key, String(recipients.length)),
    recipients,
    openCount: OPEN_RECIPIENTS,
    moreText:
      recipients.length > OPEN_RECIPIENTS ? t("labelMoreRecipients", String(recipients.length - OPEN_RECIPIENTS)) : "",
  };
}

/** View model shown while the host works. */
export function loadingModel({ t, lang, trigger }) {
  return { lang, trigger, labels: labels(t, "loading"), notice: null, state: "loading", message: t("loading") };
}

/** What the user can do next, for the errors where something can be done. */
function hintOf(code, t) {
  if (code === "host-missing" || code === "host-broken") return t("installHint");
  // a bounce is this large when it carries the original message back: its server's reply can still be explained
  if (code === "too-large") return t("errorTooLargeHint");
  return "";
}

/** View model for an error: plain words, and the one command that fixes it where there is one. */
export function errorModel(code, { t, lang, trigger }) {
  const key = ERROR_MESSAGES[code] || "errorHostFailed";
  let command = null;
  if (code === "host-missing" || code === "host-broken") command = INSTALL_COMMAND;
  return {
    lang,
    trigger,
    labels: labels(t, "error"),
    notice: null,
    state: "error",
    errorCode: ERROR_MESSAGES[code] ? code : "internal",
    message: t(key),
    hint: hintOf(code, t),
    command,
  };
}

// The mail programs whose error messages the host unwraps (core/whybounce/data/wrappers.yaml), by name.
const PROGRAM_NAMES = { thunderbird: "Thunderbird" };

/** "Thunderbird: errorSendingRcptCommand (RCPT)": the program by its name, its message's id, the stage it names. */
function foundIn(wrapper) {
  const program = PROGRAM_NAMES[wrapper.program] || String(wrapper.program || "");
  const message = [program, wrapper.message].filter(Boolean).join(": ");
  return wrapper.stage ? `${message} (${wrapper.stage})` : message;
}

const LINE_PROTOCOLS = { smtp: "lineSmtp", pop3: "linePop3", "bounce-text": "lineBounceText" };

/**
 * A pasted text in which the host found nothing of a server's reply: no known words (its rule
 * `none.unknown-words`), no reply code, no status of the server's, no address, no SMTP command.
 */
function unrecognised(f) {
  return f.rule === "none.unknown-words" && !f.reply_code && !(f.status && !f.status_inferred) && !f.address
    && !f.command && f.protocol !== "pop3";
}

/**
 * View model for the host's answer to a pasted text (op "line"): one finding, shown like a recipient
 * of a bounce but without an address when the text names none. A POP3 answer has a topic instead of
 * a reason, and no badge. The badge follows the host's `timing`; from an older host without it, a
 * reply without a reply code or status (as Thunderbird quotes them) gets no permanent/temporary
 * badge, because nothing in it says which.
 * @param {object} result `result` of the host's line answer
 * @param {object} ctx {t, lang, trigger}
 */
export function lineModel(result, { t, lang, trigger }) {
  const f = result || {};
  const pop3 = f.protocol === "pop3";
  const r = finding(f, "bounce", t, lang);
  r.address = f.address || "";
  if (pop3) {
    r.whoLabel = t(whoKey(r.who, true));
    r.reason = "";
    r.topic = f.topic || "";
    r.title = (f.card && f.card.title) || r.topic || t("reasonUnknown");
  }
  const serverCodes = f.reply_code || (f.status && !f.status_inferred);
  if (pop3 || (!timingOf(f) && !serverCodes)) {
    r.badge = null;
    r.state = null;
    r.retry = "";
  }
  const wrapper = f.wrapper && typeof f.wrapper === "object" ? f.wrapper : null;
  r.admin = [
    ["protocol", t(LINE_PROTOCOLS[f.protocol] || "lineBounceText")],
    ...(pop3 && r.topic ? [["topic", r.reasonName || r.topic]] : []),
    ...(wrapper ? [["foundIn", foundIn(wrapper)]] : []),
    ...r.admin,
  ];
  let summary = t(LINE_PROTOCOLS[f.protocol] || "lineBounceText");
  if (wrapper) summary += (lang === "ja" ? "" : " ") + t("lineFromThunderbird"); // no space after 「。」
  const lineLabels = { ...labels(t, "result", "line"), heading: t("lineHeading") };
  if (unrecognised(f)) {
    // nothing in the text is a server's: say so, and show it as the user's own text, not as the server's words
    summary = t("lineUnrecognised");
    lineLabels.serverSaid = t("labelYouPasted");
    // nor is it "part of a bounce", and it has no reason (the host's "onhold" is no finding: cards.unrecognised_card)
    r.reason = "";
    r.admin = r.admin.filter(([key]) => key !== "protocol");
  }
  return {
    lang,
    trigger,
    notice: null,
    labels: lineLabels,
    state: "result",
    kind: "line",
    isBounce: false,
    format: "",
    originalSubject: "",
    summary,
    recipients: [r],
    openCount: 1,
    moreText: "",
  };
}

/** View model for a send that failed without the server's words: what happened and how to get them. */
export function sendFailedModel({ t, lang }) {
  return {
    lang,
    trigger: "send",
    labels: { ...labels(t, "notice"), heading: t("sendFailedHeading") },
    notice: null,
    state: "send-failed",
    message: t("sendFailedMessage"),
    hint: t("sendFailedHint"),
    command: null,
  };
}
