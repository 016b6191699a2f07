// Header-only pre-check: could this message be a bounce at all?
//
// Runs before anything is sent to the native host automatically, so ordinary mail, big
// newsletters and encrypted mail never leave Thunderbird. It reads headers only (never the
// body) and errs on the side of "maybe": the host makes the real decision. The toolbar
// button skips this check and always asks the host.

// Senders that only machines use. Matched against the whole From header (name + address).
const SENDER_PATTERNS = [
  /mailer[-_ ]?daemon/i,
  /\bpost[-_]?master@/i,
  /\bmail[-_ ]?delivery\b/i, // "Mail Delivery System", "Mail Delivery Subsystem"
  /\bmicrosoftexchange[0-9a-f]*@/i, // Exchange / Outlook NDR sender
  /@sns\.amazonaws\.com/i, // Amazon SES bounce notifications delivered by SNS e-mail
];

// A mailing list's own notice addresses, which its manager refuses posts from (the host reads which notices are
// refusals): <list>-owner@ (GNU Mailman's refusals, fml's -admin@ aside), mlmmj's <list>+owner@, Mailman 3's
// <list>-bounces@ (a moderator's refusal). A person's mail relayed by a list keeps the person's From.
const LIST_NOTICE_SENDER = /[-+](owner|bounces)@/i;
// SmartList 3.15's answers come from "SmartList <<list>-request@>" (formail -i"From: SmartList <$listreq>" in
// .etc/rc.submit, rc.request and its scripts), its refusal of a post from a non-member among them, with no
// Auto-Submitted; a person's mail from a -request address has no such name.
const SMARTLIST_SENDER = /\bSmartList\s*<[^>]*-request@/i;

// Subjects of bounces in English and Japanese (decoded Subject header).
const SUBJECT_PATTERNS = [
  /undeliver(able|ed)/i,
  /\bnon[- ]?deliver/i,
  /\bdelivery (status|failure|failed|notification|report|problem|incomplete|has failed|delayed)/i,
  /\b(mail|message) delivery (failed|failure)/i,
  /\bfailure notice\b/i,
  /\breturned mail\b/i,
  /\b(could|can) ?not be delivered\b/i,
  /\b(couldn't|can't|was not|wasn't) (be )?delivered\b/i,
  /\bdelayed mail\b/i,
  /\bwarning: could not send\b/i,
  /\bmail system error\b/i,
  /\bloop (alert|detected)\b/i,
  /\bdelivery status\b/i,
  /配信(不能|エラー|失敗|できません|されませんでした)/,
  /配送(不能|エラー|失敗)/,
  /(メール|送信)エラー/,
  /不達/,
  /届きませんでした|届けられませんでした/,
  /送信(できません|できませんでした|に失敗)/,
  /宛先(不明|エラー)/,
  /エラー(通知|メール)/,
];

// Top-level content types that are never a bounce and must never be shipped.
const NEVER_TYPES = [/^multipart\/encrypted\b/i, /^application\/(x-)?pkcs7-mime\b/i];

/** Lower-case the header names of a HeadersDictionary (name -> array of values). */
export function normaliseHeaders(headers) {
  const out = {};
  for (const [name, values] of Object.entries(headers || {})) {
    const key = name.toLowerCase();
    const list = Array.isArray(values) ? values : [values];
    out[key] = (out[key] || []).concat(list.map((v) => String(v)));
  }
  return out;
}

function first(headers, name) {
  const v = headers[name];
  return v && v.length ? v[0] : "";
}

/**
 * Decide from the headers alone whether a message could be a bounce.
 * @param {object} headers HeadersDictionary (header name -> array of decoded values)
 * @returns {{maybe: boolean, signal: string}} signal names the first rule that decided
 */
export function couldBeBounce(headers) {
  const h = normaliseHeaders(headers);
  const contentType = first(h, "content-type").trim();
  if (NEVER_TYPES.some((re) => re.test(contentType))) {
    return { maybe: false, signal: "encrypted" };
  }
  if (/^multipart\/report\b/i.test(contentType)) {
    return { maybe: true, signal: "multipart-report" };
  }
  if (h["x-failed-recipients"] && h["x-failed-recipients"].length) {
    return { maybe: true, signal: "x-failed-recipients" };
  }
  const returnPath = h["return-path"] || [];
  if (returnPath.some((v) => /^\s*<\s*>\s*$/.test(v))) {
    return { maybe: true, signal: "null-sender" };
  }
  const from = (h.from || []).join(" ");
  if (SENDER_PATTERNS.some((re) => re.test(from))) {
    return { maybe: true, signal: "daemon-sender" };
  }
  if ((h.from || []).some((v) => LIST_NOTICE_SENDER.test(v) || SMARTLIST_SENDER.test(v))) {
    return { maybe: true, signal: "list-notice" };
  }
  const auto = h["auto-submitted"] || [];
  if (auto.some((v) => v.trim() !== "" && !/^no\b/i.test(v.trim()))) {
    return { maybe: true, signal: "auto-submitted" };
  }
  const subject = (h.subject || []).join(" ");
  if (SUBJECT_PATTERNS.some((re) => re.test(subject))) {
    return { maybe: true, signal: "subject" };
  }
  return { maybe: false, signal: "none" };
}
