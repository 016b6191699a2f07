// Did a send fail? Read from what compose.onAfterSend hands the add-on (the opt-in "explain send
// failures"), without looking at the message being sent.
//
// What Thunderbird 140.12 and 153.8 hand over, seen in the real programs (tests/e2e, docs/extension.md):
// a send that the SMTP server refused (550 at RCPT TO) arrives as sendInfo = {mode: "sendNow",
// messages: [], headerMessageId: undefined} (153 adds `details`, the message itself) - no `error`, and
// nothing of the server's reply, which Thunderbird shows only in its own "Send Message Error" dialog. A
// successful send carries the new message's headerMessageId. `error`, when Thunderbird sets it, is its
// fixed English "Message operation failed" (ext-compose.js).
//
// So a send failed when `error` is set, or when a send-now came back without the Message-ID of a sent
// message. Only `mode`, `error` and whether `headerMessageId` is present are read; `details` (the
// message) and `messages` (the copies saved) are never touched.

export const GENERIC_SEND_ERROR = "Message operation failed";

/**
 * @param {object} sendInfo the second argument of compose.onAfterSend
 * @returns {{text: string} | null} null when the send succeeded (or the event is not about one); else
 *   the error text Thunderbird gave, when it says more than its generic sentence ("" otherwise)
 */
export function sendFailure(sendInfo) {
  if (!sendInfo || typeof sendInfo !== "object") return null;
  const mode = sendInfo.mode;
  const error = typeof sendInfo.error === "string" ? sendInfo.error.trim() : "";
  if (error) return { text: error === GENERIC_SEND_ERROR ? "" : error };
  if (mode === "sendNow" && !sendInfo.headerMessageId) return { text: "" };
  return null;
}
