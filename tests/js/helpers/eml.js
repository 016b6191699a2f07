// Read a message's header block the way Thunderbird's messages.getHeaders() hands it to the
// extension: lower-case names, values unfolded and RFC 2047-decoded (raw 8-bit as UTF-8).
import { readFileSync } from "node:fs";

function decodeWord(charset, encoding, text) {
  let bytes;
  if (encoding.toUpperCase() === "B") {
    bytes = Buffer.from(text, "base64");
  } else {
    const q = text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
    bytes = Buffer.from(q, "latin1");
  }
  try {
    return new TextDecoder(charset.split("*")[0].toLowerCase()).decode(bytes);
  } catch (e) {
    return bytes.toString("latin1");
  }
}

export function decodeHeaderValue(value) {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, "$1")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (m, cs, enc, text) => decodeWord(cs, enc, text));
}

/** Headers of an .eml (or the first message of an mbox) as {name: [values]}. */
export function headersOf(bytes) {
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.startsWith("From ")) text = text.slice(text.indexOf("\n") + 1);
  const end = text.search(/\r?\n\r?\n/);
  const block = end >= 0 ? text.slice(0, end) : text;
  const headers = {};
  let current = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current[1] += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    current = [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    (headers[current[0]] ||= []).push(current);
  }
  const out = {};
  for (const [name, entries] of Object.entries(headers)) out[name] = entries.map(([, v]) => decodeHeaderValue(v));
  return out;
}

export function headersOfFile(path) {
  return headersOf(readFileSync(path));
}
