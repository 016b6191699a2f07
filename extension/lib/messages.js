// Reading messages through Thunderbird's API: headers for the pre-check, raw bytes for the host.

// Bigger messages are not sent to the host: a bounce is small, and base64 of a huge message
// would sit in memory twice. The host has its own limit too (answer "too-large").
export const MAX_RAW_BYTES = 20 * 1024 * 1024;

export class ReadError extends Error {
  constructor(code, detail = "") {
    super(code);
    this.name = "ReadError";
    this.code = code; // read-failed | too-large
    this.detail = detail;
  }
}

/** Base64 of bytes, in chunks (String.fromCharCode has an argument limit). */
export function bytesToBase64(bytes) {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * The message's headers without reading (or decrypting) its body. messages.getHeaders exists
 * from Thunderbird 147; on 140 getFull without decryption and content decoding is used.
 */
export async function readHeaders(messages, messageId) {
  if (typeof messages.getHeaders === "function") {
    return messages.getHeaders(messageId);
  }
  const part = await messages.getFull(messageId, { decrypt: false, decodeContent: false });
  return (part && part.headers) || {};
}

/** The message's raw bytes as base64, for the host's explain request. */
export async function readRawBase64(messages, messageId, size) {
  if (typeof size === "number" && size > MAX_RAW_BYTES) throw new ReadError("too-large");
  let file;
  try {
    file = await messages.getRaw(messageId, { data_format: "File" });
  } catch (e) {
    throw new ReadError("read-failed", String((e && e.message) || e));
  }
  if (file.size > MAX_RAW_BYTES) throw new ReadError("too-large");
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** All messages of a MessageList (pages through messages.continueList). */
export async function collectMessageList(messages, list) {
  const out = [];
  let page = list;
  while (page) {
    out.push(...(page.messages || []));
    page = page.id ? await messages.continueList(page.id) : null;
  }
  return out;
}
