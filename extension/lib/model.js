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

function whoKey(who) {
  const w = WHO_VALUES.includes(who) ? who : "nobody";
  return "who_" + w.replace("-", "_");
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

function finding(f, kind, t) {
  const card = f.card || {};
  const failure = !NOT_FAILURES.has(f.reason) && (kind === "bounce" || kind === "delay");
  let badge = null;
  if (failure) {
    badge = f.temporary
      ? { kind: "temporary", text: t("badgeTemporary") }
      : { kind: "permanent", text: t("badgePermanent") };
  }
  const codes = [];
  if (f.reply_code) codes.push(f.reply_code);
  if (f.status) codes.push(f.status);
  if (f.command) codes.push(f.command);
  return {
    address: f.address || t("addressUnknown"),
    addressKnown: Boolean(f.address),
    reason: f.reason || "undefined",
    title: card.title || f.reason || t("reasonUnknown"),
    badge,
    cause: card.cause || "",
    who: WHO_VALUES.includes(card.who) ? card.who : "nobody",
    whoLabel: t(whoKey(card.who)),
    actions: Array.isArray(card.actions) ? card.actions.map(String) : [],
    diagnostic: f.diagnostic || "",
    codes,
    admin: [
      ["remoteMta", f.remote_mta],
      ["command", f.command],
      ["status", f.status],
      ["replyCode", f.reply_code],
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
  const recipients = result.recipients.map((f) => finding(f, result.kind, t));
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
    hint: code === "host-missing" || code === "host-broken" ? t("installHint") : "",
    command,
  };
}

const LINE_PROTOCOLS = { smtp: "lineSmtp", pop3: "linePop3", "bounce-text": "lineBounceText" };

/**
 * View model for the host's answer to a pasted text (op "line"): one finding, shown like a recipient
 * of a bounce but without an address when the text names none. A POP3 answer has a topic instead of
 * a reason; a reply without a reply code or status (as Thunderbird quotes them) gets no
 * permanent/temporary badge, because nothing in it says which.
 * @param {object} result `result` of the host's line answer
 * @param {object} ctx {t, lang, trigger}
 */
export function lineModel(result, { t, lang, trigger }) {
  const f = result || {};
  const pop3 = f.protocol === "pop3";
  const r = finding(f, "bounce", t);
  r.address = f.address || "";
  if (pop3) {
    r.reason = "";
    r.topic = f.topic || "";
    r.title = (f.card && f.card.title) || r.topic || t("reasonUnknown");
  }
  if (pop3 || !(f.reply_code || f.status)) r.badge = null;
  const wrapper = f.wrapper && typeof f.wrapper === "object" ? f.wrapper : null;
  r.admin = [
    ["protocol", t(LINE_PROTOCOLS[f.protocol] || "lineBounceText")],
    ...(pop3 && r.topic ? [["topic", r.topic]] : []),
    ...(wrapper ? [["foundIn", [wrapper.program, wrapper.message, wrapper.stage].filter(Boolean).join(" ")]] : []),
    ...r.admin,
  ];
  let summary = t(LINE_PROTOCOLS[f.protocol] || "lineBounceText");
  if (wrapper) summary += " " + t("lineFromThunderbird");
  return {
    lang,
    trigger,
    notice: null,
    labels: { ...labels(t, "result", "line"), heading: t("lineHeading") },
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
