// Host answers to `line` requests, in the shape `whybounce line --json` gives (contract.md), for the
// fake host: an SMTP reply found inside Thunderbird's send-error dialog, a POP3 -ERR answer and a bare
// SMTP reply with its codes. Card texts are shortened; the tests look at structure, not wording.

export const DIALOG_TEXT =
  "Sending of the message failed.\nAn error occurred while sending mail. The mail server responded:\n" +
  '<bob@elsewhere.example>... Relaying denied.\nPlease check the message recipient "bob@elsewhere.example" and try again.';

const card = (title, who = "sender", reasonName = null) => ({
  lang: "en", title, cause: "Cause of " + title, who, actions: ["Do something about " + title], evidence: "e",
  ...(reasonName ? { reason_name: reasonName } : {}),
});

export const RELAYING_IN_DIALOG = {
  address: "bob@elsewhere.example", reason: "norelaying", status: null, reply_code: null, command: null,
  temporary: false, remote_mta: null, diagnostic: "<bob@elsewhere.example>... Relaying denied",
  card: card("Your outgoing server would not send the message on", "sender", "Relaying refused (norelaying)"),
  rule: "reason.norelaying.relaying-denied", timing: { state: "permanent" }, protocol: "smtp", topic: null, warnings: [],
  wrapper: { program: "thunderbird", message: "errorSendingRcptCommand", lang: "en", protocol: "smtp", stage: "RCPT", server: null },
};

export const POP3_LOCKED = {
  address: null, reason: null, status: null, reply_code: null, command: null, temporary: false, remote_mta: null,
  diagnostic: "-ERR Mailbox is locked by another session",
  card: card("The mailbox or message is in use (POP3)", "sender", "The mailbox or message is in use (POP3) (message-locked)"),
  rule: "pop3 topic message-locked", protocol: "pop3", topic: "message-locked", warnings: [], wrapper: null,
};

export const USER_UNKNOWN = {
  address: "taro@example.jp", reason: "userunknown", status: "5.1.1", reply_code: "550", command: null,
  temporary: false, remote_mta: null, diagnostic: "550 5.1.1 <taro@example.jp>... User unknown",
  card: card("The recipient's address does not exist", "sender", "Unknown recipient (userunknown)"), rule: "status 5.1.1",
  timing: { state: "permanent" }, protocol: "smtp", topic: null, warnings: [], wrapper: null,
};

/** The fake host's answer to a line request, chosen by the text's words. */
export function answerLine(req) {
  if (req.op !== "line") throw Object.assign(new Error("unexpected op"), { code: "bad-request" });
  if (/Relaying denied/.test(req.text)) return RELAYING_IN_DIALOG;
  if (/^-ERR/.test(req.text)) return POP3_LOCKED;
  return USER_UNKNOWN;
}
